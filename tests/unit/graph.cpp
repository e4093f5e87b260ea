// The built Graph survives being moved: its edge descriptors, id lookup and name index keep
// referring to its own storage (Boost 1.74's adjacency_list copies where a move was meant, so a
// Graph holding it by value would keep descriptors into the moved-from graph's freed edge list).
#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

Graph build(const std::filesystem::path& folder) {
    const std::vector<std::string> paths{folder.string()};
    return Graph(load_checked(paths));
}

struct Snapshot {
    std::vector<std::string> node_ids, edge_ids, edge_from;
    Vertex belgium = 0;
};

Snapshot snapshot(const Graph& g) {
    Snapshot s;
    for (const auto& n : g.nodes()) s.node_ids.push_back(n.id);
    for (const auto& e : g.edges()) {
        s.edge_ids.push_back(e.id);
        s.edge_from.push_back(e.from);
    }
    s.belgium = g.resolve("Belgium");
    return s;
}

/// Everything `g` answers refers to `g` itself and matches what the graph answered before the move.
void check_intact(const Graph& g, const Snapshot& before) {
    REQUIRE(g.node_count() == before.node_ids.size());
    REQUIRE(g.edge_count() == before.edge_ids.size());
    REQUIRE(g.edge_count() > 0);
    std::set<const EdgeRef*> own;
    for (auto [it, end] = boost::edges(g.bgl()); it != end; ++it) own.insert(&g.bgl()[*it]);
    REQUIRE(own.size() == g.edge_count());
    std::size_t foreign = 0, wrong = 0;
    for (EdgeIndex i = 0; i < g.edge_count(); ++i) {
        if (!own.count(&g.bgl()[g.desc(i)])) {
            ++foreign;  // a descriptor into another graph's storage: never read it
            continue;
        }
        const Edge& e = g.bgl()[g.desc(i)];
        wrong += g.index(g.desc(i)) != i || &e != &g.edge(i) || e.id != before.edge_ids[i] ||
                 g.node(g.source(i)).id != before.edge_from[i];
    }
    CHECK(foreign == 0);
    CHECK(wrong == 0);
    std::size_t lost = 0;
    for (Vertex v = 0; v < before.node_ids.size(); ++v) {
        const std::string id = before.node_ids[v];  // a fresh copy: the lookup must not need the old string
        const auto found = g.find(id);
        lost += !found || *found != v;
    }
    CHECK(lost == 0);
    CHECK(g.resolve("Belgium") == before.belgium);
    CHECK(g.node(g.resolve("Belgium")).id == before.node_ids[before.belgium]);
}

}  // namespace

TEST_CASE("a moved Graph keeps its descriptors, ids and names", "[graph]") {
    auto first = std::make_unique<Graph>(build(std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / "data"));
    const Snapshot before = snapshot(*first);
    Graph moved(std::move(*first));
    first.reset();  // whatever the moved-from graph still owned is freed now
    check_intact(moved, before);

    SECTION("and so does a move-assigned one") {
        Graph target = build(std::filesystem::path(COUNCILGRAPH_TEST_DATA) / "fixture");
        {
            Graph middle(std::move(moved));
            target = std::move(middle);
        }
        check_intact(target, before);
    }
}
