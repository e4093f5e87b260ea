// Lifespans, derived edge times, same_as merging and conflicts (reconcile.hpp), and the time rule
// of View that uses them.
#include <councilgraph/graph.hpp>
#include <councilgraph/reconcile.hpp>
#include <councilgraph/view.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace councilgraph;

namespace {

Node node(const char* id, NodeKind k, Attrs a = {}, std::vector<Evidence> ev = {}) {
    Node n;
    n.id = id;
    n.kind = k;
    n.name.en = id;
    n.attrs = std::move(a);
    n.evidence = std::move(ev);
    return n;
}

Edge edge(const char* id, EdgeKind k, const char* from, const char* to, TimeSpan t, std::vector<Evidence> ev) {
    Edge e;
    e.id = id;
    e.kind = k;
    e.from = from;
    e.to = to;
    e.time = t;
    e.evidence = std::move(ev);
    return e;
}

TimeSpan on(const char* d) { return TimeSpan{parse_date(d), {}, {}}; }
const Evidence quote{"seed-004", "in maart 2018", "nl", "L46", ""};
const Evidence record{"dhl-vetoes", "", "", "", "line 204: S/2018/321"};

Dataset sample() {
    Dataset d;
    d.sources = {Source{"seed-004", "letter", "", "", "", "nl", "", parse_date("2019-02-15"), {}},
                 Source{"dhl-vetoes", "vetoes", "", "", "", "", "", {}, {}}};
    d.nodes = {node("state:RUS", NodeKind::state), node("dossier:syria", NodeKind::dossier),
               node("draft:syria-cw-2018-03", NodeKind::draft, {{"date", std::string("2018-03")}}, {quote}),
               node("draft:S/2018/321", NodeKind::draft, {{"date", std::string("2018-04-10")}}, {record}),
               node("res:2005", NodeKind::resolution, {{"adopted", std::string("2005-06-01")}}, {record})};
    d.edges = {edge("v1", EdgeKind::veto, "state:RUS", "draft:syria-cw-2018-03", on("2018-03"), {quote}),
               edge("v2", EdgeKind::veto, "state:RUS", "draft:S/2018/321", on("2018-04-10"), {record}),
               edge("c1", EdgeKind::concerns, "res:2005", "dossier:syria", {}, {record}),
               edge("c2", EdgeKind::concerns, "draft:syria-cw-2018-03", "dossier:syria", {}, {quote})};
    return d;
}

SameAs entry(const char* curated, const char* imported) {
    SameAs s;
    s.curated = curated;
    s.curated_source = "seed-004";
    s.imported = imported;
    s.imported_source = "dhl-vetoes";
    s.reason = "test";
    s.curated_at = s.imported_at = s.origin = Location{"same_as.json", 3, 5, "/same_as/0"};
    s.imported_at.pointer += "/imported";
    return s;
}

}  // namespace

TEST_CASE("life_of reads dates from a node's attributes; words that are not dates state nothing") {
    CHECK(life_of({{"adopted", std::string("2015-07-20")}}).str() == "2015-07-20");
    CHECK(life_of({{"year", std::int64_t{2017}}}).str() == "2017");
    CHECK(life_of({{"adopted", std::string("unanimously")}}).undated());
    CHECK(life_of({{"dissolved", std::string("1991-12-26")}}).str() == "– 1991-12-26");
}

TEST_CASE("derive_times: an undated concerns holds from the text's adoption on, marked derived") {
    Dataset d = sample();
    derive_times(d);
    const auto& c1 = *std::find_if(d.edges.begin(), d.edges.end(), [](const Edge& e) { return e.id == "c1"; });
    CHECK(c1.time_derived);
    CHECK(c1.time.start == parse_date("2005-06-01"));
    CHECK(!c1.time.end);
    const auto& v1 = *std::find_if(d.edges.begin(), d.edges.end(), [](const Edge& e) { return e.id == "v1"; });
    CHECK_FALSE(v1.time_derived);  // stated times are never changed
}

TEST_CASE("View: a derived edge needs both ends alive in the window") {
    Graph g(unify(sample(), {}));
    Selection s;
    s.window = window_at(*parse_date("2019"));
    const View v(g, s);
    CHECK_FALSE(v.has_node(*g.find("res:2005")));  // adopted 2005: not in 2019 through its concerns
    s.window = window_at(*parse_date("2005"));
    CHECK(View(g, s).has_node(*g.find("res:2005")));
}

TEST_CASE("reconcile: one node, both ids, the record's date kept and the other listed") {
    Dataset d = sample();
    const SameAs e[] = {entry("draft:syria-cw-2018-03", "draft:S/2018/321")};
    ReconcileReport rep;
    Graph g(unify(std::move(d), e, &rep));
    CHECK(!g.find("draft:syria-cw-2018-03"));
    const auto v = *g.find("draft:S/2018/321");
    CHECK(g.resolve("draft:syria-cw-2018-03") == v);  // the curated id is an alias
    REQUIRE(g.edges_of(EdgeKind::veto).size() == 1);  // one veto, not two
    const Edge& veto = g.edge(g.edges_of(EdgeKind::veto)[0]);
    CHECK(veto.time.str() == "2018-04-10");
    CHECK(veto.evidence.size() == 2);
    CHECK(to_string(veto.attrs.at("conflict")) == "seed-004 L46 says 2018-03");
    REQUIRE(rep.conflicts.size() == 2);  // the draft's date and the veto's time
    CHECK(rep.conflicts[0].str() == "draft:S/2018/321: date: dhl-vetoes says 2018-04-10 (kept); seed-004 L46 says 2018-03");
}

TEST_CASE("reconcile: an entry naming a missing id is an error at its JSON pointer") {
    Dataset d = sample();
    const SameAs e[] = {entry("draft:syria-cw-2018-03", "draft:S/2018/999")};
    try {
        reconcile(d, e);
        FAIL("no error");
    } catch (const DataError& err) {
        REQUIRE(err.diagnostics().size() == 1);
        CHECK(err.diagnostics()[0].str() ==
              "same_as.json:3:5: /same_as/0/imported: no node 'draft:S/2018/999' in the loaded data (its source dhl-vetoes is loaded)");
    }
}

TEST_CASE("reconcile: an entry whose imported source is not loaded does not apply") {
    Dataset d = sample();
    d.sources.pop_back();
    const SameAs e[] = {entry("draft:syria-cw-2018-03", "draft:S/2018/999")};
    CHECK(reconcile(d, e).merged_nodes == 0);
}

TEST_CASE("Selection::sources selects by provenance") {
    Graph g(unify(sample(), {}));
    Selection s;
    s.sources = parse_sources("curated");
    const View v(g, s);
    for (EdgeIndex i : v.edges()) CHECK(g.edge(i).evidence[0].record.empty());
    CHECK(v.edges().size() == 2);
    CHECK_THROWS_AS(parse_sources("curated,"), UsageError);
}

TEST_CASE("a resolution is found by the symbol of its draft, stated on its votes and sponsorships") {
    Dataset d;
    d.sources = {Source{"rec", "record", "", "", "", "", "", {}, {}}};
    const Evidence r{"rec", "", "", "", "line 2"};
    d.nodes = {node("draft:S/2020/684", NodeKind::draft, {{"symbol", std::string("S/2020/684")}}, {r}),
               node("res:2449", NodeKind::resolution, {{"adopted", std::string("2018-12-13")}}, {r}),
               node("res:2533", NodeKind::resolution, {{"adopted", std::string("2020-07-13")}}, {r}),
               node("state:BEL", NodeKind::state), node("state:KWT", NodeKind::state)};
    d.nodes[1].aliases = {"Syria cross-border renewal"};
    auto vote = [&](const char* id, const char* from, const char* to, const char* draft) {
        Edge e = edge(id, EdgeKind::vote, from, to, on("2018-12-13"), {r});
        e.attrs["vote"] = std::string("yes");
        e.attrs["draft"] = std::string(draft);
        return e;
    };
    d.edges = {vote("a1", "state:BEL", "res:2449", "S/2018/1110"), vote("a2", "state:KWT", "res:2449", "S/2018/1110"),
               vote("a3", "state:BEL", "res:2533", "S/2020/684")};
    Edge s = edge("a4", EdgeKind::sponsors, "state:KWT", "res:2449", on("2018-12-13"), {r});
    s.attrs["draft"] = std::string("S/2018/1110");
    d.edges.push_back(s);
    CHECK(derive_draft_symbols(d) == 1);
    CHECK(d.nodes[1].aliases == std::vector<std::string>{"Syria cross-border renewal", "S/2018/1110"});
    // S/2020/684 is a draft of its own (a failed vote): never a second name of resolution 2533.
    CHECK(d.nodes[2].aliases.empty());
    CHECK(derive_draft_symbols(d) == 0);  // given once
    const Graph g(unify(d, {}));
    static constexpr NodeKind texts[] = {NodeKind::draft, NodeKind::resolution};
    CHECK(g.node(g.resolve("S/2018/1110", texts)).id == "res:2449");
    CHECK(g.node(g.resolve("S/2020/684", texts)).id == "draft:S/2020/684");
}
