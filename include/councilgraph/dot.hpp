#pragma once
/// \file dot.hpp
/// Writing a Diagram as Graphviz DOT text, before layout: the same graph the renderer lays out,
/// byte-identical for the same data and options. Shared by `render --type dot` and
/// `export --format dot`. No Graphviz library call is made here.

#include <councilgraph/style.hpp>

#include <string>
#include <string_view>

namespace councilgraph {

/// A DOT quoted string (with the quotes) holding exactly the cgraph value `value`: `"` becomes
/// `\"`; backslashes stay as they are, because values from escape_label only hold them in
/// pairs or in `\n`; a lone trailing backslash is doubled so the closing quote survives.
[[nodiscard]] std::string dot_quote(std::string_view value);

/// The diagram as DOT text: a comment, graph/node/edge defaults, clusters, nodes, then edges,
/// each object on one line, attributes in name order; ends with a newline.
[[nodiscard]] std::string to_dot(const Diagram& d);

/// `to_dot(build_diagram(view, theme, opts))`.
[[nodiscard]] std::string to_dot(const View& view, const Theme& theme, const DiagramOptions& opts = {});

}  // namespace councilgraph
