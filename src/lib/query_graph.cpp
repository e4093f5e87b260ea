// Paths, centralities and agreement between actors.
#include "query_util.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <set>

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
    if (s == "cosponsor") return Metric::cosponsor;
    throw UsageError("--metric: unknown metric '" + std::string(s) +
                     "' (expected degree, betweenness, copen, covote or cosponsor)");
}

std::string_view to_string(Metric m) noexcept {
    switch (m) {
        case Metric::degree: return "degree";
        case Metric::betweenness: return "betweenness";
        case Metric::copen: return "copen";
        case Metric::covote: return "covote";
        case Metric::cosponsor: return "cosponsor";
    }
    return "?";
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
    if (m != Metric::copen && m != Metric::covote && m != Metric::cosponsor)
        throw UsageError("agreement: the metric must be copen, covote or cosponsor");
    const DayRange window = view.selection().window;
    struct Acc {
        PairRow row;
        std::vector<EdgeIndex> counted;  // the edges counted: their evidence, for the rows kept
    };
    std::map<std::pair<Vertex, Vertex>, Acc> pairs;
    // Group the relevant edges by what they are on (dossier or text), then pair within a group.
    std::map<Vertex, std::vector<EdgeIndex>> on;
    if (m == Metric::copen) {
        for (EdgeIndex i : view.edges_of(EdgeKind::pen))
            if (kind_in(kinds, g.node(g.source(i)).kind))
                for (Vertex d : dossiers_of(g, g.target(i))) on[d].push_back(i);
    } else {
        for (EdgeIndex i : view.edges_of(m == Metric::covote ? EdgeKind::vote : EdgeKind::sponsors)) {
            if (!kind_in(kinds, g.node(g.source(i)).kind)) continue;
            if (m == Metric::covote) {
                const auto v = attr_text(g.edge(i).attrs, "vote");
                if (v != "yes" && v != "no" && v != "abstain") continue;  // non-voting, absent: nothing to compare
            }
            on[g.target(i)].push_back(i);
        }
    }
    for (const auto& [what, edges] : on) {
        // Per pair and object: counted once, however many edges state it (with the best score).
        struct Seen {
            double score = -1;
            std::vector<EdgeIndex> edges;
        };
        std::map<std::pair<Vertex, Vertex>, Seen> seen;
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
                double score = 1;
                if (m == Metric::covote) {
                    const auto vx = attr_text(ex.attrs, "vote"), vy = attr_text(ey.attrs, "vote");
                    score = vx == vy ? 1 : (vx == "abstain" || vy == "abstain") ? 0.5 : 0;
                }
                auto& s = seen[{a, b}];
                s.score = std::max(s.score, score);
                s.edges.push_back(edges[x]);
                s.edges.push_back(edges[y]);
            }
        for (auto& [ab, s] : seen) {
            auto& acc = pairs[ab];
            auto& p = acc.row;
            p.a = ab.first;
            p.b = ab.second;
            ++p.shared;
            const bool alike = s.score == 1;
            if (m == Metric::covote) {
                p.coincidence += s.score;
                if (alike) ++p.agree;
            }
            if (m != Metric::covote || !alike) p.on.push_back(what);  // covote lists the differences
            acc.counted.insert(acc.counted.end(), s.edges.begin(), s.edges.end());
        }
    }
    std::vector<Acc> accs;
    accs.reserve(pairs.size());
    for (auto& [ab, acc] : pairs) accs.push_back(std::move(acc));
    std::stable_sort(accs.begin(), accs.end(), [&](const Acc& ax, const Acc& ay) {
        const PairRow& x = ax.row;
        const PairRow& y = ay.row;
        if (m == Metric::covote) {
            // Agreement rate first (x.agree/x.shared > y.agree/y.shared), then how many texts.
            const auto l = x.agree * y.shared, r = y.agree * x.shared;
            if (l != r) return l > r;
        }
        return x.shared > y.shared;
    });
    if (top && accs.size() > top) accs.resize(top);
    // The evidence of the rows kept only: each edge's once, each piece once.
    std::vector<PairRow> rows;
    rows.reserve(accs.size());
    for (auto& acc : accs) {
        std::sort(acc.counted.begin(), acc.counted.end());
        acc.counted.erase(std::unique(acc.counted.begin(), acc.counted.end()), acc.counted.end());
        std::set<std::string> keys;
        for (EdgeIndex i : acc.counted) {
            const TimeSpan& t = g.edge(i).time;
            for (const auto& d : {t.date, t.start, t.end}) {
                if (!d) continue;
                if (!acc.row.first || d->first_day() < acc.row.first->first_day()) acc.row.first = d;
                if (!acc.row.last || d->first_day() > acc.row.last->first_day()) acc.row.last = d;
            }
        }
        for (EdgeIndex i : acc.counted)
            for (const auto& ev : g.edge(i).evidence)
                if (keys.insert(ev.source + '\x1f' + ev.record + '\x1f' + ev.locator + '\x1f' + ev.quote).second)
                    acc.row.evidence.push_back(ev);
        rows.push_back(std::move(acc.row));
    }
    return rows;
}

AgreementScore parse_agreement_score(std::string_view s) {
    if (s == "identical") return AgreementScore::identical;
    if (s == "coincidence") return AgreementScore::coincidence;
    throw UsageError("--score: unknown score '" + std::string(s) + "' (expected identical or coincidence)");
}

Dataset agreement_network(const View& view, const NetworkOptions& opts) {
    const Graph& g = view.graph();
    if (opts.min_agreement < 0 || opts.min_agreement > 1)
        throw UsageError("agreement network: the least agreement must be between 0 and 1");
    const bool covote = opts.metric == Metric::covote;
    Dataset out;
    std::set<Vertex> actors;
    std::set<std::string> cited;
    for (auto& p : agreement(view, opts.metric, opts.kinds, 0)) {
        const double shared = static_cast<double>(p.shared);
        const double identical = p.shared ? static_cast<double>(p.agree) / shared : 0.0;
        const double coincidence = p.shared ? p.coincidence / shared : 0.0;
        const double rate = opts.score == AgreementScore::identical ? identical : coincidence;
        if (p.shared < opts.min_shared || (covote && rate < opts.min_agreement)) continue;
        Edge e;
        e.kind = EdgeKind::agreement;
        e.from = g.node(p.a).id;
        e.to = g.node(p.b).id;
        e.id = "agreement:" + e.from + ">" + e.to;
        e.explicit_id = true;
        e.time.start = p.first;
        e.time.end = p.last;
        e.attrs["metric"] = std::string(to_string(opts.metric));
        e.attrs["shared"] = static_cast<std::int64_t>(p.shared);
        std::string on;
        for (Vertex v : p.on) on += (on.empty() ? "" : "; ") + g.node(v).id;
        if (covote) {
            e.attrs["agree"] = static_cast<std::int64_t>(p.agree);
            e.attrs["identical"] = identical;
            e.attrs["coincidence"] = coincidence;
            e.attrs["agreement"] = rate;
            if (!on.empty()) e.attrs["differ_on"] = on;
        } else if (!on.empty()) {
            e.attrs["on"] = on;
        }
        std::set<std::string> sources;
        for (const auto& ev : p.evidence) sources.insert(ev.source);
        const std::string what = std::string(to_string(opts.metric)) + " of " + e.from + " and " + e.to + ": " +
                                 std::to_string(p.shared) + (opts.metric == Metric::copen ? " dossier" : " text") + (p.shared == 1 ? "" : "s") +
                                 (covote ? " both voted on" : opts.metric == Metric::cosponsor ? " both sponsored" : " whose pens both held");
        for (const auto& src : sources) {
            Evidence ev;
            ev.source = src;
            ev.record = what;
            e.evidence.push_back(std::move(ev));
            cited.insert(src);
        }
        actors.insert(p.a);
        actors.insert(p.b);
        out.edges.push_back(std::move(e));
    }
    for (Vertex v : actors) {  // vertex order is id order
        out.nodes.push_back(g.node(v));
        for (const auto& ev : out.nodes.back().evidence) cited.insert(ev.source);
    }
    std::sort(out.edges.begin(), out.edges.end(), [](const Edge& x, const Edge& y) { return x.id < y.id; });
    for (const auto& s : g.sources())
        if (cited.contains(s.id)) out.sources.push_back(s);
    return out;
}

}  // namespace councilgraph
