#include <councilgraph/graph.hpp>

#include "sort_by_id.hpp"

#include <algorithm>

namespace councilgraph {

Graph::Graph(Dataset data)
    : nodes_(std::move(data.nodes)), edges_(std::move(data.edges)), sources_(std::move(data.sources)) {
    // validate() leaves the data sorted: then these only check it.
    detail::sort_by_id(nodes_);
    detail::sort_by_id(edges_);
    detail::sort_by_id(sources_);
    g_ = std::make_unique<BGraph>(nodes_.size());
    by_id_.reserve(nodes_.size());
    for (Vertex v = 0; v < nodes_.size(); ++v) {
        nodes_by_kind_[static_cast<std::size_t>(nodes_[v].kind)].push_back(v);
        by_id_.emplace(nodes_[v].id, v);
    }
    descs_.reserve(edges_.size());
    for (std::size_t i = 0; i < edges_.size(); ++i) {
        Edge& e = edges_[i];
        auto f = by_id_.find(e.from);
        auto t = by_id_.find(e.to);
        if (f == by_id_.end() || t == by_id_.end())
            throw Error("edge '" + e.id + "' refers to an unknown node; validate the data before building");
        const auto idx = static_cast<EdgeIndex>(i);
        by_kind_[static_cast<std::size_t>(e.kind)].push_back(idx);
        e.index = idx;
        descs_.push_back(boost::add_edge(f->second, t->second, EdgeRef{idx, &e}, *g_).first);
    }
    names_ = NameIndex(nodes_);
}

EdgeIndex Graph::index(EdgeDesc e) const { return (*g_)[e].index; }

std::optional<Vertex> Graph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

Vertex Graph::resolve(std::string_view name, std::span<const NodeKind> prefer, std::vector<Vertex>* also) const {
    std::vector<std::uint32_t> others;
    const auto v = names_.resolve(name, prefer, also ? &others : nullptr);  // vertices are in nodes_ order
    if (also) also->assign(others.begin(), others.end());
    return v;
}

std::vector<EdgeIndex> Graph::incident(Vertex v) const {
    std::vector<EdgeIndex> out;
    for (auto [it, end] = boost::out_edges(v, *g_); it != end; ++it) out.push_back((*g_)[*it].index);
    for (auto [it, end] = boost::in_edges(v, *g_); it != end; ++it)
        if (boost::source(*it, *g_) != v) out.push_back((*g_)[*it].index);  // self-loops once
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
    d.nodes = nodes_;
    d.edges = edges_;
    return d;
}

}  // namespace councilgraph
