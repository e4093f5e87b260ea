#pragma once
/// \file view.hpp
/// The selection shared by queries, render and export: a time window, node and edge kinds, an
/// ego neighbourhood and a dossier. "The 2019 pens around Belgium" means the same in all three.

#include <councilgraph/graph.hpp>

#include <optional>
#include <string>
#include <vector>

namespace councilgraph {

/// What to select. Every field is optional; an empty Selection selects the whole graph.
struct Selection {
    DayRange window;                  ///< edges whose time overlaps it (undated edges always do)
    std::vector<NodeKind> node_kinds; ///< empty = every kind; an edge needs both ends of these kinds
    std::vector<EdgeKind> edge_kinds; ///< empty = every kind
    std::optional<std::string> around;///< a name: keep what lies within `depth` edges of it
    int depth = 1;
    std::optional<std::string> dossier;///< a name: the dossier, what concerns it, and their edges

    /// True when the selection restricts edges (so isolated nodes drop out).
    [[nodiscard]] bool restricts_edges() const noexcept;
};

/// A selected subgraph. Cheap to query; holds a reference to the graph, copies nothing of it.
class View {
public:
    /// Resolves the selection's names against `g`; throws NameError or UsageError.
    View(const Graph& g, const Selection& sel);

    [[nodiscard]] const Graph& graph() const noexcept { return *g_; }
    [[nodiscard]] bool has_node(Vertex v) const { return node_in_[v]; }
    [[nodiscard]] bool has_edge(EdgeIndex e) const { return edge_in_[e]; }
    /// Selected vertices in id order.
    [[nodiscard]] const std::vector<Vertex>& nodes() const noexcept { return nodes_; }
    /// Selected edges in id order.
    [[nodiscard]] const std::vector<EdgeIndex>& edges() const noexcept { return edges_; }
    /// Selected edges of one kind, in id order.
    [[nodiscard]] std::vector<EdgeIndex> edges_of(EdgeKind k) const;
    /// The anchor of `around`, if any.
    [[nodiscard]] std::optional<Vertex> anchor() const noexcept { return anchor_; }
    [[nodiscard]] const Selection& selection() const noexcept { return sel_; }

private:
    const Graph* g_;
    Selection sel_;
    std::optional<Vertex> anchor_;
    std::vector<char> node_in_, edge_in_;
    std::vector<Vertex> nodes_;
    std::vector<EdgeIndex> edges_;
};

}  // namespace councilgraph
