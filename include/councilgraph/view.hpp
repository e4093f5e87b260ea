#pragma once
/// \file view.hpp
/// The selection shared by queries, render and export: a time window, node and edge kinds, an
/// ego neighbourhood and a dossier. "The 2019 pens around Belgium" means the same in all three.

#include <councilgraph/graph.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <string>
#include <vector>

namespace councilgraph {

/// What to select. Every field is optional; an empty Selection selects the whole graph.
struct Selection {
    /// The time window. An edge is in it when its time (stated, or derived from its ends) overlaps
    /// it; an undated edge always is. An edge whose time is derived or undated also needs the
    /// lives of both its ends to overlap the window (a 2005 resolution's `concerns` is not in
    /// 2019), while an edge's own stated time vouches for its ends.
    DayRange window;
    std::vector<NodeKind> node_kinds; ///< empty = every kind; an edge needs both ends of these kinds
    std::vector<EdgeKind> edge_kinds; ///< empty = every kind
    std::optional<std::string> around;///< a name: keep what lies within `depth` edges of it
    int depth = 1;
    std::optional<std::string> dossier;///< a name: the dossier, what concerns it, and their edges
    /// Provenance: edges with at least one piece of evidence from these (empty = all). Each item is
    /// `curated` (a quote), `imported` (a record) or a source: its id (`seed-002`, `dhl-vetoes`),
    /// title or short title (a View takes each as its id: see source_ids in sources.hpp).
    std::vector<std::string> sources;

    /// True when the selection restricts edges (so isolated nodes drop out).
    [[nodiscard]] bool restricts_edges() const noexcept;
};

/// Parses `--source curated|imported|ID,...` into Selection::sources; throws UsageError on an
/// empty item.
[[nodiscard]] std::vector<std::string> parse_sources(std::string_view list);

/// Whether a piece of evidence is from one of `sources` (see Selection::sources).
[[nodiscard]] bool evidence_from(const Evidence& e, std::span<const std::string> sources) noexcept;

/// A selected subgraph. Cheap to query; holds a reference to the graph, copies nothing of it.
/// Building one costs what it selects, not the size of the graph: only the selected edge kinds
/// are visited, a window goes through the graph's time index (Graph::overlapping), `around` and
/// `dossier` through the edges incident to what they reach; plus a bit per node and per edge.
class View {
public:
    /// Resolves the selection's names against `g`; throws NameError or UsageError.
    View(const Graph& g, const Selection& sel);

    [[nodiscard]] const Graph& graph() const noexcept { return *g_; }
    [[nodiscard]] bool has_node(Vertex v) const { return (node_bits_[v >> 6] >> (v & 63)) & 1U; }
    [[nodiscard]] bool has_edge(EdgeIndex e) const { return (edge_bits_[e >> 6] >> (e & 63)) & 1U; }
    /// Selected vertices in id order.
    [[nodiscard]] const std::vector<Vertex>& nodes() const noexcept { return nodes_; }
    /// Selected edges in id order.
    [[nodiscard]] const std::vector<EdgeIndex>& edges() const noexcept { return edges_; }
    /// Selected edges of one kind, in id order.
    [[nodiscard]] std::span<const EdgeIndex> edges_of(EdgeKind k) const noexcept {
        return by_kind_[static_cast<std::size_t>(k)];
    }
    /// The anchor of `around`, if any.
    [[nodiscard]] std::optional<Vertex> anchor() const noexcept { return anchor_; }
    [[nodiscard]] const Selection& selection() const noexcept { return sel_; }

private:
    const Graph* g_;
    Selection sel_;
    std::optional<Vertex> anchor_;
    std::vector<std::uint64_t> node_bits_, edge_bits_;
    std::vector<Vertex> nodes_;
    std::vector<EdgeIndex> edges_;
    std::array<std::vector<EdgeIndex>, edge_kind_count> by_kind_;
};

}  // namespace councilgraph
