#pragma once
/// \file graph.hpp
/// The frozen, indexed graph, built once from a validated Dataset: the nodes and edges in two arrays
/// in id order, and a Boost.Graph compressed_sparse_row_graph over them whose edge bundle is only a
/// reference (index and pointer) into the edge array, so no record is stored twice. Vertices are in
/// node-id order, edges in edge-id order; nothing is ever added or removed after the build, so
/// descriptors and indices stay valid.

#include <councilgraph/model.hpp>
#include <councilgraph/names.hpp>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace councilgraph {

/// Position of an edge in id order, 0 .. edge_count()-1.
using EdgeIndex = std::uint32_t;

/// The edge bundle of the Boost.Graph: the edge's position and the edge (owned by Graph).
/// `const Edge& e = g.bgl()[desc];` reads the edge itself.
struct EdgeRef {
    EdgeIndex index = 0;
    const Edge* edge = nullptr;
    operator const Edge&() const noexcept { return *edge; }  // NOLINT(google-explicit-constructor)
};

/// The Boost.Graph type: a bidirectional compressed sparse row graph (out- and in-edges of a vertex
/// in two flat arrays, a few bytes per edge, no heap block per edge), with a built-in vertex index;
/// parallel edges are kept. Vertex v is `Graph::node(v)`; an edge's bundle refers to
/// `Graph::edge(i)`. The out- and in-edges of a vertex come in no particular order: sort by the
/// bundle's index for id order.
using BGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeRef, boost::no_property,
                                                  std::size_t, EdgeIndex>;
using Vertex = BGraph::vertex_descriptor;
using EdgeDesc = BGraph::edge_descriptor;

class Graph {
public:
    /// Builds from a validated data set (see load_checked). Throws Error on a dangling id.
    explicit Graph(Dataset data);
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    /// Moving keeps every descriptor, index and name lookup valid in the new Graph, in constant
    /// time; a moved-from Graph may only be destroyed or assigned to.
    Graph(Graph&&) noexcept;
    /// As the move constructor.
    Graph& operator=(Graph&&) noexcept;
    ~Graph();

    [[nodiscard]] const BGraph& bgl() const noexcept { return *g_; }
    [[nodiscard]] std::size_t node_count() const noexcept { return nodes_.size(); }
    [[nodiscard]] std::size_t edge_count() const noexcept { return edges_.size(); }
    /// Every node, in vertex (id) order.
    [[nodiscard]] std::span<const Node> nodes() const noexcept { return nodes_; }
    /// Every edge, in index (id) order.
    [[nodiscard]] std::span<const Edge> edges() const noexcept { return edges_; }

    [[nodiscard]] const Node& node(Vertex v) const { return nodes_[v]; }
    [[nodiscard]] const Edge& edge(EdgeIndex i) const { return edges_[i]; }
    [[nodiscard]] EdgeDesc desc(EdgeIndex i) const { return descs_[i]; }
    [[nodiscard]] Vertex source(EdgeIndex i) const { return boost::source(descs_[i], *g_); }
    [[nodiscard]] Vertex target(EdgeIndex i) const { return boost::target(descs_[i], *g_); }
    /// The index of an edge descriptor (edges carry it in their bundle).
    [[nodiscard]] EdgeIndex index(EdgeDesc e) const;

    /// Node by exact id, nullopt when absent.
    [[nodiscard]] std::optional<Vertex> find(std::string_view id) const;
    /// Resolves a user's name (id, name or alias in any language); throws NameError.
    /// `also` receives other nodes with the same exact name (see NameIndex::resolve).
    [[nodiscard]] Vertex resolve(std::string_view name, std::span<const NodeKind> prefer = {},
                                 std::vector<Vertex>* also = nullptr) const;
    [[nodiscard]] const NameIndex& names() const noexcept { return names_; }

    /// Edge indices of one kind, in id order.
    [[nodiscard]] std::span<const EdgeIndex> edges_of(EdgeKind k) const {
        return by_kind_[static_cast<std::size_t>(k)];
    }
    /// Vertices of one kind, in id order.
    [[nodiscard]] std::span<const Vertex> nodes_of(NodeKind k) const {
        return nodes_by_kind_[static_cast<std::size_t>(k)];
    }
    /// Edge indices touching a vertex (out and in), in id order.
    [[nodiscard]] std::vector<EdgeIndex> incident(Vertex v) const;
    /// Appends to `out` the position in edges_of(k) of every edge of kind `k` whose days
    /// (`time.days()`) overlap `w`, in no particular order. The first call for a kind builds that
    /// kind's time index (its edges sorted by first day within classes of similar length;
    /// O(n log n) in the kind's edges, 12 bytes an edge, safe to call from several threads); each
    /// call then costs a binary search per length class plus the edges it appends and a few near
    /// misses, not a visit of every edge.
    void overlapping(EdgeKind k, DayRange w, std::vector<std::uint32_t>& out) const;
    /// The days of every node's life (`node(v).life.days()`), indexed by vertex; built on first
    /// use (safe from several threads).
    [[nodiscard]] std::span<const DayRange> lives() const;
    /// Per edge index, 1 when the edge's time is derived or undated (so the lives of its ends
    /// decide whether it is in a window: see Selection::window); built with lives().
    [[nodiscard]] std::span<const std::uint8_t> loose_times() const;

    [[nodiscard]] const std::vector<Source>& sources() const noexcept { return sources_; }
    /// Source by id, nullptr when absent.
    [[nodiscard]] const Source* find_source(std::string_view id) const;

    /// Gives the data set back (for writing it out again): nodes, edges and sources in id order.
    [[nodiscard]] Dataset to_dataset() const;

private:
    std::vector<Node> nodes_;  // vertex order (id order)
    std::vector<Edge> edges_;  // id order
    // On the heap so that a move leaves it in place: adjacency_list has no move constructor
    // (Boost 1.74 declares only a copy), and descs_ point into its edge storage.
    std::unique_ptr<BGraph> g_;
    std::vector<EdgeDesc> descs_;
    std::unordered_map<std::string_view, Vertex> by_id_;  // views into nodes_
    std::array<std::vector<EdgeIndex>, edge_kind_count> by_kind_;
    std::array<std::vector<Vertex>, node_kind_count> nodes_by_kind_;
    std::vector<Source> sources_;
    NameIndex names_;
    struct TimeIndex;  // built lazily (graph.cpp)
    std::unique_ptr<TimeIndex> time_;
};

}  // namespace councilgraph
