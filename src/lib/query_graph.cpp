// Paths, centralities and agreement between actors.
#include "query_util.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>

namespace councilgraph {

using namespace detail;

std::optional<std::vector<PathStep>> shortest_path(const View& view, Vertex a, Vertex b) {
    const Graph& g = view.graph();
    if (a == b) return std::vector<PathStep>{};
    const auto& bg = g.bgl();
    // Breadth-first in both directions; neighbours in edge-id order so the answer is stable.
    constexpr EdgeIndex none = static_cast<EdgeIndex>(-1);
    std::vector<EdgeIndex> via(g.node_count(), none);
    std::vector<char> seen(g.node_count(), 0);
    seen[a] = 1;
    std::deque<Vertex> q{a};
    std::vector<EdgeIndex> around;
    while (!q.empty() && !seen[b]) {
        const Vertex v = q.front();
        q.pop_front();
        around.clear();
        for (auto [it, end] = boost::out_edges(v, bg); it != end; ++it) around.push_back(bg[*it].index);
        for (auto [it, end] = boost::in_edges(v, bg); it != end; ++it) around.push_back(bg[*it].index);
        std::sort(around.begin(), around.end());
        for (EdgeIndex i : around) {
            if (!view.has_edge(i)) continue;
            const Vertex w = g.source(i) == v ? g.target(i) : g.source(i);
            if (seen[w]) continue;
            seen[w] = 1;
            via[w] = i;
            q.push_back(w);
        }
    }
    if (!seen[b]) return std::nullopt;
    std::vector<PathStep> steps;
    for (Vertex v = b; v != a;) {
        const EdgeIndex i = via[v];
        const bool forward = g.target(i) == v;
        steps.push_back({i, forward});
        v = forward ? g.source(i) : g.target(i);
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
}

namespace {

std::string step_label(const Graph& g, const Edge& e) {
    std::string inner;
    for (auto key : {"role", "type", "vote", "stance", "office"}) {
        const std::string v = attr_text(e.attrs, key);
        if (!v.empty()) inner += (inner.empty() ? "" : ", ") + v;
    }
    const std::string when = e.time.str();
    if (!when.empty()) inner += (inner.empty() ? "" : ", ") + when;
    (void)g;
    return std::string(to_string(e.kind)) + (inner.empty() ? "" : " (" + inner + ")");
}

}  // namespace

std::string path_text(const Graph& g, std::span<const PathStep> steps, Vertex a, Lang lang) {
    std::string s = g.node(a).name.in(lang);
    for (const auto& st : steps) {
        const Edge& e = g.edge(st.edge);
        const Vertex next = st.forward ? g.target(st.edge) : g.source(st.edge);
        s += st.forward ? " —" + step_label(g, e) + "→ " : " ←" + step_label(g, e) + "— ";
        s += g.node(next).name.in(lang);
    }
    return s;
}

Metric parse_metric(std::string_view s) {
    if (s == "degree") return Metric::degree;
    if (s == "betweenness") return Metric::betweenness;
    if (s == "copen") return Metric::copen;
    if (s == "covote") return Metric::covote;
    throw UsageError("--metric: unknown metric '" + std::string(s) +
                     "' (expected degree, betweenness, copen or covote)");
}

namespace {

bool kind_in(std::span<const NodeKind> kinds, NodeKind k) {
    return kinds.empty() || std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

}  // namespace

std::vector<ScoreRow> centrality(const View& view, Metric m, std::span<const NodeKind> kinds, std::size_t top) {
    const Graph& g = view.graph();
    if (m != Metric::degree && m != Metric::betweenness)
        throw UsageError("centrality: the metric must be degree or betweenness");
    std::vector<std::size_t> degree(g.node_count(), 0);
    for (EdgeIndex i : view.edges()) {
        ++degree[g.source(i)];
        if (g.target(i) != g.source(i)) ++degree[g.target(i)];
    }
    std::vector<double> score(g.node_count(), 0);
    if (m == Metric::degree) {
        for (Vertex v = 0; v < g.node_count(); ++v) score[v] = static_cast<double>(degree[v]);
    } else {
        // The view's relations as an undirected skeleton (vertex numbers only, no bundles):
        // diplomacy links run both ways for "who stands between whom".
        using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
        U u(g.node_count());
        for (EdgeIndex i : view.edges())
            if (g.source(i) != g.target(i)) boost::add_edge(g.source(i), g.target(i), u);
        boost::brandes_betweenness_centrality(
            u, boost::centrality_map(boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, u))));
        // Boost already halves the scores of an undirected graph: each pair counts once.
    }
    std::vector<ScoreRow> rows;
    for (Vertex v : view.nodes())
        if (kind_in(kinds, g.node(v).kind) && degree[v] > 0) rows.push_back({0, v, score[v], degree[v]});
    std::stable_sort(rows.begin(), rows.end(), [](const ScoreRow& x, const ScoreRow& y) { return x.score > y.score; });
    if (top && rows.size() > top) rows.resize(top);
    for (std::size_t k = 0; k < rows.size(); ++k) rows[k].rank = k + 1;
    return rows;
}

std::vector<PairRow> agreement(const View& view, Metric m, std::span<const NodeKind> kinds, std::size_t top) {
    const Graph& g = view.graph();
    if (m != Metric::copen && m != Metric::covote) throw UsageError("agreement: the metric must be copen or covote");
    const DayRange window = view.selection().window;
    std::map<std::pair<Vertex, Vertex>, PairRow> pairs;
    auto add_ev = [](PairRow& p, const Edge& e) {
        for (const auto& ev : e.evidence)
            if (std::find(p.evidence.begin(), p.evidence.end(), ev) == p.evidence.end()) p.evidence.push_back(ev);
    };
    // Group the relevant edges by what they are on (dossier or text), then pair within a group.
    std::map<Vertex, std::vector<EdgeIndex>> on;
    if (m == Metric::copen) {
        for (EdgeIndex i : view.edges_of(EdgeKind::pen))
            if (kind_in(kinds, g.node(g.source(i)).kind))
                for (Vertex d : dossiers_of(g, g.target(i))) on[d].push_back(i);
    } else {
        for (EdgeIndex i : view.edges_of(EdgeKind::vote))
            if (kind_in(kinds, g.node(g.source(i)).kind)) on[g.target(i)].push_back(i);
    }
    for (const auto& [what, edges] : on) {
        // Per pair and object: counted once, however many edges state it.
        std::map<std::pair<Vertex, Vertex>, std::pair<bool, bool>> seen;  // (shared, agree)
        for (std::size_t x = 0; x < edges.size(); ++x)
            for (std::size_t y = x + 1; y < edges.size(); ++y) {
                const Edge& ex = g.edge(edges[x]);
                const Edge& ey = g.edge(edges[y]);
                Vertex a = g.source(edges[x]), b = g.source(edges[y]);
                if (a == b) continue;
                if (m == Metric::copen) {
                    const DayRange dx = ex.time.days(), dy = ey.time.days();
                    const DayRange both{std::max(dx.lo, window.lo), std::min(dx.hi, window.hi)};
                    if (!dy.overlaps(both)) continue;
                }
                if (b < a) std::swap(a, b);
                auto& p = pairs[{a, b}];
                p.a = a;
                p.b = b;
                add_ev(p, ex);
                add_ev(p, ey);
                auto& s = seen[{a, b}];
                s.first = true;
                if (m == Metric::covote && attr_text(ex.attrs, "vote") == attr_text(ey.attrs, "vote")) s.second = true;
            }
        for (const auto& [ab, s] : seen) {
            auto& p = pairs[ab];
            p.on.push_back(what);
            ++p.shared;
            if (s.second) ++p.agree;
        }
    }
    std::vector<PairRow> rows;
    for (auto& [ab, p] : pairs) rows.push_back(std::move(p));
    std::stable_sort(rows.begin(), rows.end(), [&](const PairRow& x, const PairRow& y) {
        if (m == Metric::covote) {
            // Agreement rate first (x.agree/x.shared > y.agree/y.shared), then how many texts.
            const auto l = x.agree * y.shared, r = y.agree * x.shared;
            if (l != r) return l > r;
        }
        return x.shared > y.shared;
    });
    if (top && rows.size() > top) rows.resize(top);
    return rows;
}

}  // namespace councilgraph
