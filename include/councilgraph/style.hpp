#pragma once
/// \file style.hpp
/// From a View to a styled diagram, in one include: the theme (theme.hpp), the layout plan
/// (layout_plan.hpp), the escaping of labels (label.hpp) and the Diagram (diagram.hpp).
/// Nothing here calls Graphviz.

#include <councilgraph/diagram.hpp>
#include <councilgraph/label.hpp>
#include <councilgraph/layout_plan.hpp>
#include <councilgraph/theme.hpp>
