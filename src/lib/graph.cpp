#include <councilgraph/graph.hpp>

#include <algorithm>

namespace councilgraph {

Graph::Graph(Dataset data) : sources_(std::move(data.sources)) {
    std::sort(data.nodes.begin(), data.nodes.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(data.edges.begin(), data.edges.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(sources_.begin(), sources_.end(), [](auto& a, auto& b) { return a.id < b.id; });
    node_copy_ = data.nodes;
    g_ = BGraph(data.nodes.size());
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const auto kind = data.nodes[i].kind;
        g_[i] = std::move(data.nodes[i]);
        nodes_by_kind_[static_cast<std::size_t>(kind)].push_back(i);
    }
    for (Vertex v = 0; v < boost::num_vertices(g_); ++v) by_id_.emplace(g_[v].id, v);
    edges_.reserve(data.edges.size());
    for (auto& e : data.edges) {
        auto f = by_id_.find(e.from);
        auto t = by_id_.find(e.to);
        if (f == by_id_.end() || t == by_id_.end())
            throw Error("edge '" + e.id + "' refers to an unknown node; validate the data before building");
        const auto idx = static_cast<EdgeIndex>(edges_.size());
        by_kind_[static_cast<std::size_t>(e.kind)].push_back(idx);
        e.index = idx;
        edges_.push_back(boost::add_edge(f->second, t->second, std::move(e), g_).first);
    }
    names_ = NameIndex(node_copy_);
}

EdgeIndex Graph::index(EdgeDesc e) const { return g_[e].index; }

std::optional<Vertex> Graph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

Vertex Graph::resolve(std::string_view name, std::span<const NodeKind> prefer, std::vector<Vertex>* also) const {
    std::vector<std::uint32_t> others;
    const auto v = names_.resolve(name, prefer, also ? &others : nullptr);  // vertices are in node_copy_ order
    if (also) also->assign(others.begin(), others.end());
    return v;
}

std::vector<EdgeIndex> Graph::incident(Vertex v) const {
    std::vector<EdgeIndex> out;
    for (auto [it, end] = boost::out_edges(v, g_); it != end; ++it) out.push_back(g_[*it].index);
    for (auto [it, end] = boost::in_edges(v, g_); it != end; ++it)
        if (boost::source(*it, g_) != v) out.push_back(g_[*it].index);  // self-loops once
    std::sort(out.begin(), out.end());
    return out;
}

const Source* Graph::find_source(std::string_view id) const {
    auto it = std::lower_bound(sources_.begin(), sources_.end(), id, [](const Source& s, std::string_view x) { return s.id < x; });
    return it != sources_.end() && it->id == id ? &*it : nullptr;
}

Dataset Graph::to_dataset() const {
    Dataset d;
    d.sources = sources_;
    d.nodes = node_copy_;
    d.edges.reserve(edges_.size());
    for (auto e : edges_) d.edges.push_back(g_[e]);
    return d;
}

}  // namespace councilgraph
