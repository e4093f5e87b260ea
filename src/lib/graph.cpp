#include <councilgraph/graph.hpp>

#include "last_lookup.hpp"
#include "sort_by_id.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

namespace councilgraph {

Graph::Graph(Dataset data)
    : nodes_(std::move(data.nodes)), edges_(std::move(data.edges)), sources_(std::move(data.sources)) {
    // validate() leaves the data sorted: then these only check it.
    detail::sort_by_id(nodes_);
    detail::sort_by_id(edges_);
    detail::sort_by_id(sources_);
    by_id_.reserve(nodes_.size());
    for (Vertex v = 0; v < nodes_.size(); ++v) {
        nodes_by_kind_[static_cast<std::size_t>(nodes_[v].kind)].push_back(v);
        by_id_.emplace(nodes_[v].id, v);
    }
    if (edges_.size() >= std::numeric_limits<EdgeIndex>::max())
        throw Error("too many edges: " + std::to_string(edges_.size()) + " (at most 4,294,967,294)");
    // The ends of every edge first, then the whole CSR graph at once (its out-edges grouped by
    // source, stable, so each vertex's out-edges keep id order).
    std::vector<std::pair<Vertex, Vertex>> ends;
    std::vector<EdgeRef> refs;
    ends.reserve(edges_.size());
    refs.reserve(edges_.size());
    detail::LastLookup from_of(by_id_), to_of(by_id_);
    for (std::size_t i = 0; i < edges_.size(); ++i) {
        Edge& e = edges_[i];
        auto f = from_of.find(e.from);
        auto t = to_of.find(e.to);
        if (f == by_id_.end() || t == by_id_.end())
            throw Error("edge '" + e.id + "' refers to an unknown node; validate the data before building");
        const auto idx = static_cast<EdgeIndex>(i);
        by_kind_[static_cast<std::size_t>(e.kind)].push_back(idx);
        e.index = idx;
        ends.emplace_back(f->second, t->second);
        refs.push_back(EdgeRef{idx, &e});
    }
    g_ = std::make_unique<BGraph>(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), refs.begin(), nodes_.size());
    std::vector<std::pair<Vertex, Vertex>>().swap(ends);
    std::vector<EdgeRef>().swap(refs);
    descs_.resize(edges_.size());
    for (auto [it, end] = boost::edges(*g_); it != end; ++it) descs_[(*g_)[*it].index] = *it;
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
