#pragma once
/// \file graph.hpp
/// The frozen, indexed graph: a Boost.Graph adjacency_list whose bundles are the model's Node and
/// Edge, built once from a validated Dataset. Vertices are in node-id order, edges in edge-id order;
/// nothing is ever removed, so descriptors and indices stay valid.

#include <councilgraph/model.hpp>
#include <councilgraph/names.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace councilgraph {

/// The Boost.Graph type. `vecS` vertices give a built-in vertex index; parallel edges are kept.
using BGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = BGraph::vertex_descriptor;
using EdgeDesc = BGraph::edge_descriptor;
/// Position of an edge in id order, 0 .. edge_count()-1.
using EdgeIndex = std::uint32_t;

class Graph {
public:
    /// Builds from a validated data set (see load_checked). Throws Error on a dangling id.
    explicit Graph(Dataset data);
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    Graph(Graph&&) = default;

    [[nodiscard]] const BGraph& bgl() const noexcept { return g_; }
    [[nodiscard]] std::size_t node_count() const noexcept { return boost::num_vertices(g_); }
    [[nodiscard]] std::size_t edge_count() const noexcept { return edges_.size(); }

    [[nodiscard]] const Node& node(Vertex v) const { return g_[v]; }
    [[nodiscard]] const Edge& edge(EdgeIndex i) const { return g_[edges_[i]]; }
    [[nodiscard]] EdgeDesc desc(EdgeIndex i) const { return edges_[i]; }
    [[nodiscard]] Vertex source(EdgeIndex i) const { return boost::source(edges_[i], g_); }
    [[nodiscard]] Vertex target(EdgeIndex i) const { return boost::target(edges_[i], g_); }
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

    [[nodiscard]] const std::vector<Source>& sources() const noexcept { return sources_; }
    /// Source by id, nullptr when absent.
    [[nodiscard]] const Source* find_source(std::string_view id) const;

    /// Gives the data set back (for writing it out again): nodes, edges and sources in id order.
    [[nodiscard]] Dataset to_dataset() const;

private:
    BGraph g_;
    std::vector<EdgeDesc> edges_;
    std::unordered_map<std::string_view, Vertex> by_id_;  // views into g_'s bundles
    std::array<std::vector<EdgeIndex>, edge_kind_count> by_kind_;
    std::array<std::vector<Vertex>, node_kind_count> nodes_by_kind_;
    std::vector<Source> sources_;
    std::vector<Node> node_copy_;  // contiguous nodes for the name index (same order as vertices)
    NameIndex names_;
};

}  // namespace councilgraph
