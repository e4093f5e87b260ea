#pragma once
// The legend of a diagram (private to the diagram builders).

#include <councilgraph/diagram.hpp>

#include <array>
#include <string>
#include <vector>

namespace councilgraph::detail {

/// What the legend says besides the kinds: that some edges are merges of several relations,
/// that some are totals stated by a source, how many entities were left out, and a free line.
struct LegendNotes {
    bool merged = false;
    bool total = false;
    std::size_t isolated = 0;
    std::vector<std::string> lines;  ///< further plain lines (already in the diagram's language)
};

/// The kinds drawn: which node kinds, and per edge kind which of its theme variants (and the
/// plain kind) appear. Built from representative edges, one per drawn edge.
struct DrawnKinds {
    std::array<bool, node_kind_count> nodes{};
    std::vector<const Edge*> edges;
};

/// The legend as an HTML-like label: `title`, the counts, then the node and edge kinds (with
/// their theme variants) in `kinds`, each drawn in its theme style and named in `lang`.
std::string legend_html(const Theme& theme, Lang lang, const std::string& title, std::size_t node_count,
                        std::size_t edge_count, const DrawnKinds& kinds, const LegendNotes& notes);

}  // namespace councilgraph::detail
