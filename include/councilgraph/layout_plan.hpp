#pragma once
/// \file layout_plan.hpp
/// The layout plan: which Graphviz engine draws a selection, and with which limits, so that no
/// render takes more than seconds.

#include <councilgraph/theme.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace councilgraph {

/// The layout engines councilgraph offers.
inline constexpr std::array<std::string_view, 6> layout_engines{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

/// The engine and Graphviz limits for a selection of `nodes` nodes and `edges` edges.
/// `auto` picks dot up to 150 nodes and 400 edges, sfdp above; dot beyond 60 nodes gets
/// network-simplex and crossing-minimisation limits, so no selection of the data set takes more
/// than seconds (measurements in docs/render.md). Throws UsageError on an unknown engine.
struct LayoutPlan {
    std::string engine;
    GvAttrs graph;  ///< graph attributes the engine needs (nslimit, mclimit, overlap...)
    bool edge_labels = true;  ///< false when labels would make the layout too slow
};
[[nodiscard]] LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges);

}  // namespace councilgraph
