#pragma once
// The legend of a diagram (private to the diagram builder).

#include <councilgraph/diagram.hpp>

#include <string>
#include <vector>

namespace councilgraph::detail {

/// The legend as an HTML-like label: `title`, the counts, then the node kinds and edge kinds
/// (with their theme variants) present in `view`, each drawn in its theme style.
std::string legend_html(const View& view, const Theme& theme, const std::string& title,
                        const std::vector<DiagramNode>& nodes, std::size_t edge_count);

}  // namespace councilgraph::detail
