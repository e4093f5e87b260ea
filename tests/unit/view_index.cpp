// The View selects through indexes (edge kinds, the time index, incident edges); a plain filter
// over every edge, written out here as the View was before it had them, must select exactly the
// same nodes and edges for every selection: kinds x windows x around x dossier x sources.
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/sources.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <random>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

struct Picked {
    std::vector<Vertex> nodes;
    std::vector<EdgeIndex> edges;
};

/// Every edge tested against the selection, one by one.
Picked linear(const Graph& g, const Selection& sel) {
    std::vector<std::string> sources;
    if (!sel.sources.empty()) sources = source_ids(g, sel.sources);
    const auto nv = g.node_count(), ne = g.edge_count();
    std::vector<char> node_in(nv, 0), edge_in(ne, 0), kind_ok(nv, 1);
    if (!sel.node_kinds.empty())
        for (Vertex v = 0; v < nv; ++v)
            kind_ok[v] = std::find(sel.node_kinds.begin(), sel.node_kinds.end(), g.node(v).kind) != sel.node_kinds.end();
    for (EdgeIndex i = 0; i < ne; ++i) {
        const Edge& e = g.edge(i);
        const Vertex s = g.source(i), t = g.target(i);
        bool in = sel.edge_kinds.empty() ||
                  std::find(sel.edge_kinds.begin(), sel.edge_kinds.end(), e.kind) != sel.edge_kinds.end();
        in = in && e.time.days().overlaps(sel.window);
        if (in && (e.time_derived || e.time.undated()) && !sel.window.unbounded())
            in = g.node(s).life.days().overlaps(sel.window) && g.node(t).life.days().overlaps(sel.window);
        if (in && !sources.empty())
            in = std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) { return evidence_from(ev, sources); });
        edge_in[i] = in && kind_ok[s] && kind_ok[t];
    }
    std::vector<Vertex> anchors;
    if (sel.dossier) {
        static constexpr NodeKind dossier_kind[] = {NodeKind::dossier};
        const Vertex d = g.resolve(*sel.dossier, dossier_kind);
        std::vector<char> scope(nv, 0);
        scope[d] = 1;
        for (bool grew = true; grew;) {
            grew = false;
            for (auto k : {EdgeKind::concerns, EdgeKind::part_of})
                for (EdgeIndex i : g.edges_of(k))
                    if (scope[g.target(i)] && !scope[g.source(i)]) scope[g.source(i)] = grew = true;
        }
        for (EdgeIndex i = 0; i < ne; ++i)
            if (!scope[g.source(i)] && !scope[g.target(i)]) edge_in[i] = 0;
        anchors.push_back(d);
    }
    if (sel.around) {
        const Vertex a = g.resolve(*sel.around);
        anchors.push_back(a);
        std::vector<int> dist(nv, -1);
        dist[a] = 0;
        std::deque<Vertex> q{a};
        while (!q.empty()) {
            const Vertex v = q.front();
            q.pop_front();
            if (dist[v] == sel.depth) continue;
            for (EdgeIndex i : g.incident(v)) {
                if (!edge_in[i]) continue;
                const Vertex w = g.source(i) == v ? g.target(i) : g.source(i);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    q.push_back(w);
                }
            }
        }
        for (EdgeIndex i = 0; i < ne; ++i)
            if (dist[g.source(i)] < 0 || dist[g.target(i)] < 0) edge_in[i] = 0;
    }
    if (sel.restricts_edges()) {
        for (EdgeIndex i = 0; i < ne; ++i)
            if (edge_in[i]) node_in[g.source(i)] = node_in[g.target(i)] = 1;
        for (Vertex a : anchors) node_in[a] = 1;
    } else {
        node_in = kind_ok;
    }
    Picked p;
    for (Vertex v = 0; v < nv; ++v)
        if (node_in[v]) p.nodes.push_back(v);
    for (EdgeIndex i = 0; i < ne; ++i)
        if (edge_in[i]) p.edges.push_back(i);
    return p;
}

/// The View against the plain filter, with what differs named.
void same_as_linear(const Graph& g, const Selection& sel, const std::string& what) {
    INFO(what);
    const View v(g, sel);
    const Picked p = linear(g, sel);
    REQUIRE(v.nodes() == p.nodes);
    REQUIRE(v.edges() == p.edges);
    std::vector<char> node_in(g.node_count(), 0), edge_in(g.edge_count(), 0);
    for (Vertex n : p.nodes) node_in[n] = 1;
    for (EdgeIndex e : p.edges) edge_in[e] = 1;
    std::size_t wrong_nodes = 0, wrong_edges = 0, wrong_kinds = 0;
    for (Vertex n = 0; n < g.node_count(); ++n) wrong_nodes += v.has_node(n) != static_cast<bool>(node_in[n]);
    for (EdgeIndex e = 0; e < g.edge_count(); ++e) wrong_edges += v.has_edge(e) != static_cast<bool>(edge_in[e]);
    for (std::size_t k = 0; k < edge_kind_count; ++k) {
        std::vector<EdgeIndex> mine;
        for (EdgeIndex e : p.edges)
            if (g.edge(e).kind == static_cast<EdgeKind>(k)) mine.push_back(e);
        const auto got = v.edges_of(static_cast<EdgeKind>(k));
        wrong_kinds += std::vector<EdgeIndex>(got.begin(), got.end()) != mine;
    }
    REQUIRE(wrong_nodes == 0);
    REQUIRE(wrong_edges == 0);
    REQUIRE(wrong_kinds == 0);
}

/// The selections tried: about `count` of the combinations of the axes below, drawn evenly.
void compare_everything(const Graph& g, std::size_t count) {
    // Edge kinds: none (all), each kind present alone, and two together.
    std::vector<std::vector<EdgeKind>> kinds{{}};
    for (std::size_t k = 0; k < edge_kind_count; ++k)
        if (!g.edges_of(static_cast<EdgeKind>(k)).empty()) kinds.push_back({static_cast<EdgeKind>(k)});
    if (kinds.size() >= 3) kinds.push_back({kinds[1][0], kinds[2][0]});
    // Windows: none, days, months, years and decades from 1945 to 2030, open on either side.
    std::vector<std::pair<std::string, DayRange>> windows{{"all time", DayRange{}}};
    for (int y = 1945; y <= 2030; y += 5) {
        const std::string ys = std::to_string(y);
        windows.emplace_back("at " + ys, window_at(Date{y, 0, 0}));
        windows.emplace_back("at " + ys + "-06", window_at(Date{y, 6, 0}));
        windows.emplace_back("at " + ys + "-03-15", window_at(Date{y, 3, 15}));
        windows.emplace_back(ys + " to " + std::to_string(y + 9), window_between(Date{y, 0, 0}, Date{y + 9, 0, 0}));
    }
    windows.emplace_back("from 2000", window_between(Date{2000, 0, 0}, std::nullopt));
    windows.emplace_back("to 1990", window_between(std::nullopt, Date{1990, 0, 0}));
    // Around: nobody, the best connected node at depths 0 to 2, and a few others.
    std::vector<std::pair<std::optional<std::string>, int>> arounds{{std::nullopt, 1}};
    Vertex hub = 0;
    for (Vertex v = 0; v < g.node_count(); ++v)
        if (g.incident(v).size() > g.incident(hub).size()) hub = v;
    for (int depth : {0, 1, 2}) arounds.emplace_back(g.node(hub).id, depth);
    for (NodeKind k : {NodeKind::state, NodeKind::draft, NodeKind::resolution})
        if (!g.nodes_of(k).empty()) arounds.emplace_back(g.node(g.nodes_of(k)[g.nodes_of(k).size() / 2]).id, 1);
    // Dossiers: none, and the first, middle and last.
    std::vector<std::optional<std::string>> dossiers{std::nullopt};
    const auto ds = g.nodes_of(NodeKind::dossier);
    for (std::size_t k : {std::size_t{0}, ds.size() / 2, ds.size() - 1})
        if (k < ds.size()) dossiers.emplace_back(g.node(ds[k]).id);
    // Sources: all, curated, imported, and the first source alone.
    std::vector<std::vector<std::string>> sources{{}, {"curated"}, {"imported"}};
    if (!g.sources().empty()) sources.push_back({g.sources().front().id});
    const std::vector<std::vector<NodeKind>> node_kinds{{}, {NodeKind::state, NodeKind::dossier, NodeKind::draft}};

    const std::size_t total = kinds.size() * windows.size() * arounds.size() * dossiers.size() * sources.size() * node_kinds.size();
    std::mt19937 rng(10);
    std::bernoulli_distribution draw(std::min(1.0, static_cast<double>(count) / static_cast<double>(total)));
    std::size_t tried = 0;
    for (const auto& k : kinds)
        for (const auto& [wname, w] : windows)
            for (const auto& [around, depth] : arounds)
                for (const auto& d : dossiers)
                    for (const auto& src : sources)
                        for (const auto& nk : node_kinds) {
                            if (!draw(rng)) continue;
                            Selection s;
                            s.edge_kinds = k;
                            s.window = w;
                            s.around = around;
                            s.depth = depth;
                            s.dossier = d;
                            s.sources = src;
                            s.node_kinds = nk;
                            std::string what = std::to_string(k.size()) + " edge kinds" +
                                               (k.empty() ? "" : " from " + std::string(to_string(k[0]))) + ", " + wname +
                                               ", around " + around.value_or("-") + " depth " + std::to_string(depth) +
                                               ", dossier " + d.value_or("-") + ", " + std::to_string(src.size()) +
                                               " sources" + (src.empty() ? "" : " from " + src[0]) + ", " +
                                               std::to_string(nk.size()) + " node kinds";
                            same_as_linear(g, s, what);
                            ++tried;
                        }
    REQUIRE(tried > count / 2);
}

/// A random graph with what the real data rarely combines: open, long, point and reversed-precision
/// times, undated and derived edges between nodes whose lives do not meet, self-loops, curated and
/// imported evidence.
Graph random_graph() {
    std::mt19937 rng(7);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    Dataset d;
    for (const char* id : {"s1", "s2"}) {
        Source src;
        src.id = id;
        src.title = std::string("source ") + id;
        d.sources.push_back(src);
    }
    const NodeKind node_kinds[] = {NodeKind::state, NodeKind::dossier, NodeKind::draft, NodeKind::resolution, NodeKind::body};
    auto some_date = [&] {
        const int y = 1940 + pick(90);
        switch (pick(3)) {
            case 0: return Date{y, 0, 0};
            case 1: return Date{y, 1 + pick(12), 0};
            default: return Date{y, 1 + pick(12), 1 + pick(28)};
        }
    };
    constexpr int n_nodes = 120;
    for (int i = 0; i < n_nodes; ++i) {
        Node n;
        n.id = "n" + std::to_string(100 + i);
        n.kind = node_kinds[pick(5)];
        n.name.en = "Node " + std::to_string(i);
        switch (pick(4)) {
            case 0: n.life.date = some_date(); break;
            case 1: n.life.start = some_date(); break;
            case 2: n.life.start = some_date(); n.life.end = Date{n.life.start->year + pick(30), 0, 0}; break;
            default: break;
        }
        d.nodes.push_back(std::move(n));
    }
    const EdgeKind kinds[] = {EdgeKind::pen, EdgeKind::member, EdgeKind::concerns, EdgeKind::part_of, EdgeKind::veto, EdgeKind::chairs};
    for (int i = 0; i < 3000; ++i) {
        Edge e;
        e.id = "e" + std::to_string(10000 + i);
        e.kind = kinds[pick(6)];
        e.from = d.nodes[static_cast<std::size_t>(pick(n_nodes))].id;
        e.to = pick(40) == 0 ? e.from : Atom(d.nodes[static_cast<std::size_t>(pick(n_nodes))].id);
        switch (pick(6)) {
            case 0: break;  // undated
            case 1: e.time.date = some_date(); break;
            case 2: e.time.start = some_date(); break;
            case 3: e.time.end = some_date(); break;
            case 4: e.time.start = some_date(); e.time.end = Date{e.time.start->year + pick(3), 0, 0}; break;
            default: e.time.start = some_date(); e.time.end = Date{e.time.start->year + pick(60), 12, 31}; break;
        }
        e.time_derived = !e.time.undated() && pick(3) == 0;
        for (int k = 0, n = 1 + pick(2); k < n; ++k) {
            Evidence ev;
            ev.source = pick(2) ? "s1" : "s2";
            if (pick(2)) ev.record = "row " + std::to_string(i);
            else ev.quote = "a quote";
            e.evidence.push_back(std::move(ev));
        }
        d.edges.push_back(std::move(e));
    }
    return Graph(std::move(d));
}

}  // namespace

TEST_CASE("an indexed View selects what a plain filter over every edge selects (random graph)") {
    compare_everything(random_graph(), 3000);
}

TEST_CASE("an indexed View selects what a plain filter over every edge selects (fixture)") {
    std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture",
                                   std::string(COUNCILGRAPH_TEST_DATA) + "/queries"};
    const Graph g(load_checked(paths));
    compare_everything(g, 4000);
}

// Run by the ctest entry view.index_realdata (tests/CMakeLists.txt), which imports ../shared/realdata
// first and names the folder in $ONEGRAPH_IMPORTED.
TEST_CASE("an indexed View selects what a plain filter selects (curated + imported data)", "[.view-index-realdata]") {
    const char* imported = std::getenv("ONEGRAPH_IMPORTED");
    REQUIRE(imported != nullptr);
    std::vector<std::string> paths{std::string(COUNCILGRAPH_SOURCE_DIR) + "/data", imported};
    const Graph g(load_checked(paths));
    REQUIRE(g.edge_count() > 10000);
    compare_everything(g, 400);
}
