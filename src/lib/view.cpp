#include <councilgraph/view.hpp>

#include <councilgraph/sources.hpp>

#include <algorithm>
#include <deque>

namespace councilgraph {

bool Selection::restricts_edges() const noexcept {
    return !window.unbounded() || !edge_kinds.empty() || around || dossier || !sources.empty();
}

std::vector<std::string> parse_sources(std::string_view list) {
    std::vector<std::string> out;
    for (std::size_t p = 0; p <= list.size();) {
        auto c = list.find(',', p);
        if (c == std::string_view::npos) c = list.size();
        auto item = list.substr(p, c - p);
        if (item.empty()) throw UsageError("--source: expected curated, imported or source ids separated by commas, got '" + std::string(list) + "'");
        out.emplace_back(item);
        p = c + 1;
    }
    return out;
}

bool evidence_from(const Evidence& e, std::span<const std::string> sources) noexcept {
    for (const auto& s : sources)
        if (s == "curated" ? e.record.empty() : s == "imported" ? !e.record.empty() : s == e.source) return true;
    return false;
}

View::View(const Graph& g, const Selection& sel) : g_(&g), sel_(sel) {
    if (!sel_.sources.empty()) sel_.sources = source_ids(g, sel_.sources);
    const auto nv = g.node_count();
    const auto ne = g.edge_count();
    node_in_.assign(nv, 0);
    edge_in_.assign(ne, 0);
    if (sel.depth < 0) throw UsageError("--depth must be 0 or more");

    std::vector<char> kind_ok(nv, 1);
    if (!sel.node_kinds.empty())
        for (Vertex v = 0; v < nv; ++v)
            kind_ok[v] = std::find(sel.node_kinds.begin(), sel.node_kinds.end(), g.node(v).kind) != sel.node_kinds.end();

    // Base edge filter: kind, time, both ends of selected kinds.
    auto base = [&](EdgeIndex i) {
        const Edge& e = g.edge(i);
        if (!sel.edge_kinds.empty() &&
            std::find(sel.edge_kinds.begin(), sel.edge_kinds.end(), e.kind) == sel.edge_kinds.end())
            return false;
        if (!e.time.days().overlaps(sel.window)) return false;
        if ((e.time_derived || e.time.undated()) && !sel.window.unbounded() &&
            (!g.node(g.source(i)).life.days().overlaps(sel.window) || !g.node(g.target(i)).life.days().overlaps(sel.window)))
            return false;
        if (!sel_.sources.empty() &&
            std::none_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) { return evidence_from(ev, sel_.sources); }))
            return false;
        return kind_ok[g.source(i)] && kind_ok[g.target(i)];
    };
    for (EdgeIndex i = 0; i < ne; ++i) edge_in_[i] = base(i);

    std::vector<Vertex> anchors;
    if (sel.dossier) {
        static constexpr NodeKind dossier_kind[] = {NodeKind::dossier};
        const Vertex d = g.resolve(*sel.dossier, dossier_kind);
        // The dossier, its sub-dossiers, and what concerns any of them.
        std::vector<char> scope(nv, 0);
        scope[d] = 1;
        for (bool grew = true; grew;) {
            grew = false;
            for (auto k : {EdgeKind::concerns, EdgeKind::part_of})
                for (EdgeIndex i : g.edges_of(k))
                    if (scope[g.target(i)] && !scope[g.source(i)]) scope[g.source(i)] = grew = true;
        }
        for (EdgeIndex i = 0; i < ne; ++i)
            if (edge_in_[i] && !scope[g.source(i)] && !scope[g.target(i)]) edge_in_[i] = 0;
        anchors.push_back(d);
    }
    if (sel.around) {
        const Vertex a = g.resolve(*sel.around);
        anchor_ = a;
        anchors.push_back(a);
        // Breadth-first over selected edges, both directions.
        std::vector<int> dist(nv, -1);
        dist[a] = 0;
        std::deque<Vertex> q{a};
        while (!q.empty()) {
            Vertex v = q.front();
            q.pop_front();
            if (dist[v] == sel.depth) continue;
            for (EdgeIndex i : g.incident(v)) {
                if (!edge_in_[i]) continue;
                Vertex w = g.source(i) == v ? g.target(i) : g.source(i);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    q.push_back(w);
                }
            }
        }
        for (EdgeIndex i = 0; i < ne; ++i)
            if (edge_in_[i] && (dist[g.source(i)] < 0 || dist[g.target(i)] < 0)) edge_in_[i] = 0;
    }

    if (sel.restricts_edges()) {
        for (EdgeIndex i = 0; i < ne; ++i)
            if (edge_in_[i]) node_in_[g.source(i)] = node_in_[g.target(i)] = 1;
        for (Vertex a : anchors) node_in_[a] = 1;
    } else {
        node_in_ = kind_ok;
    }
    for (Vertex v = 0; v < nv; ++v)
        if (node_in_[v]) nodes_.push_back(v);
    for (EdgeIndex i = 0; i < ne; ++i)
        if (edge_in_[i]) edges_.push_back(i);
}

std::vector<EdgeIndex> View::edges_of(EdgeKind k) const {
    std::vector<EdgeIndex> out;
    for (EdgeIndex i : g_->edges_of(k))
        if (edge_in_[i]) out.push_back(i);
    return out;
}

}  // namespace councilgraph
