// Queries on the fixture: time edges, co-holders, merging, dossier scope, paths, centralities.
#include <councilgraph/error.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

const Graph& fixture() {
    static const Graph g = [] {
        std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture",
                                       std::string(COUNCILGRAPH_TEST_DATA) + "/queries"};
        return Graph(load_checked(paths));
    }();
    return g;
}

Selection at(const char* day) {
    Selection s;
    s.window = window_at(*parse_date(day));
    return s;
}

std::vector<std::string> holder_ids(const Graph& g, const std::vector<PenRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(g.node(r.fact.from).id);
    return out;
}

}  // namespace

TEST_CASE("a year-precision pen covers its last day and not the next") {
    const Graph& g = fixture();
    RelationFilter f;
    f.to = "Syria humanitarian access";
    const View last(g, at("2019-12-31")), next(g, at("2020-01-01"));
    auto in_2019 = holder_ids(g, query_pens(last, f, Lang::en));
    auto in_2020 = holder_ids(g, query_pens(next, f, Lang::en));
    CHECK(std::count(in_2019.begin(), in_2019.end(), "state:KWT") == 1);
    CHECK(std::count(in_2020.begin(), in_2020.end(), "state:KWT") == 0);
    CHECK(std::count(in_2020.begin(), in_2020.end(), "state:BEL") == 1);  // res 2504 is 2020-01-10, not yet
}

TEST_CASE("co-holders are those holding the same dossier's pen inside the window") {
    const Graph& g = fixture();
    RelationFilter f;
    f.from = "Belgique";
    const View v(g, at("2020-06"));
    const auto rows = query_pens(v, f, Lang::en);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].with.size() == 1);
    CHECK(g.node(rows[0].with[0]).id == "state:DEU");
    const View all(g, Selection{});
    const auto overall = query_pens(all, f, Lang::en);
    REQUIRE(!overall.empty());
    CHECK(overall[0].with.size() == 2);  // Germany and Kuwait over 2019-2020
}

TEST_CASE("every pen row carries evidence") {
    const Graph& g = fixture();
    const View v(g, Selection{});
    for (const auto& r : query_pens(v, {}, Lang::en)) CHECK(!r.fact.evidence.empty());
    for (const auto& r : query_vetoes(v, {}, Lang::en)) CHECK(!r.evidence.empty());
}

TEST_CASE("a dossier filter catches drafts concerning it and sub-dossiers") {
    const Graph& g = fixture();
    const auto scope = scope_of(g, *g.find("dossier:syria"));
    CHECK(scope[*g.find("dossier:syria-humanitarian")]);
    CHECK(scope[*g.find("draft:S/2019/961")]);
    CHECK_FALSE(scope[*g.find("dossier:afghanistan")]);
    RelationFilter f;
    f.from = "Russia";
    f.to = "Syrie";
    const auto rows = query_vetoes(View(g, Selection{}), f, Lang::en);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].count == 16);
}

TEST_CASE("edges stating the same fact merge, keeping all evidence") {
    const Graph& g = fixture();
    // Three permanent members share one quote but are different facts; two vetoes on one draft too.
    static constexpr std::string_view same[] = {"role"};
    const auto facts = merge_facts(g, g.edges_of(EdgeKind::veto), same);
    CHECK(facts.size() == g.edges_of(EdgeKind::veto).size());
    std::vector<EdgeIndex> twice{g.edges_of(EdgeKind::pen)[0], g.edges_of(EdgeKind::pen)[0]};
    const auto one = merge_facts(g, twice, same);
    REQUIRE(one.size() == 1);
    CHECK(one[0].edges.size() == 2);
    CHECK(one[0].evidence.size() == g.edge(twice[0]).evidence.size());
}

TEST_CASE("members: --at a term's first day includes it, the day before does not") {
    const Graph& g = fixture();
    auto ids = [&](const char* day) {
        std::vector<std::string> out;
        for (const auto& f : query_members(View(g, at(day)), {}, Lang::en)) out.push_back(g.node(f.from).id);
        return out;
    };
    const auto first = ids("2019-01-01"), before = ids("2018-12-31");
    CHECK(std::count(first.begin(), first.end(), "state:BEL") == 1);
    CHECK(std::count(before.begin(), before.end(), "state:BEL") == 0);
    CHECK(first.front() == "state:CHN");  // permanent members first
}

TEST_CASE("unknown names throw NameError with exit code 2") {
    const Graph& g = fixture();
    RelationFilter f;
    f.from = "Belgum";
    try {
        (void)query_chairs(View(g, Selection{}), f, Lang::en);
        FAIL("expected NameError");
    } catch (const NameError& e) {
        CHECK(e.exit_code() == ExitCode::bad_input);
        CHECK(std::string(e.what()).find("Belgium") != std::string::npos);
    }
}

TEST_CASE("shortest path walks edges both ways and reports none when cut") {
    const Graph& g = fixture();
    const View all(g, Selection{});
    const auto p = shortest_path(all, *g.find("state:KWT"), *g.find("state:SWE"));
    REQUIRE(p);
    REQUIRE(p->size() == 2);
    CHECK((*p)[0].forward);
    CHECK_FALSE((*p)[1].forward);
    CHECK(path_text(g, *p, *g.find("state:KWT"), Lang::nl) ==
          "Koeweit —sponsors (2018-12)→ Resolutie 2449 ←sponsors (2018-12)— Zweden");
    Selection pens;
    pens.edge_kinds = {EdgeKind::pen};
    CHECK_FALSE(shortest_path(View(g, pens), *g.find("state:KWT"), *g.find("state:SWE")));
    CHECK(shortest_path(all, *g.find("state:KWT"), *g.find("state:KWT"))->empty());
}

TEST_CASE("betweenness counts each pair once on the undirected view") {
    const Graph& g = fixture();
    Selection s;
    s.edge_kinds = {EdgeKind::sponsors};  // Kuwait - res 2449 - Sweden: a path of three
    const auto rows = centrality(View(g, s), Metric::betweenness, {}, 0);
    REQUIRE(!rows.empty());
    CHECK(g.node(rows[0].node).id == "res:2449");
    CHECK(rows[0].score == Approx(1.0));
}

TEST_CASE("copen pairs only overlapping pens inside the window") {
    const Graph& g = fixture();
    static constexpr NodeKind states[] = {NodeKind::state};
    const auto y2020 = agreement(View(g, at("2020")), Metric::copen, states, 0);
    REQUIRE(y2020.size() == 1);
    CHECK(g.node(y2020[0].a).id == "state:BEL");
    CHECK(g.node(y2020[0].b).id == "state:DEU");
    CHECK(!y2020[0].evidence.empty());
    const auto y2019 = agreement(View(g, at("2019")), Metric::copen, states, 0);
    CHECK(y2019.size() == 3);
    CHECK_THROWS_AS(parse_metric("pagerank"), UsageError);
}
