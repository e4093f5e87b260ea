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

namespace {

const Edge* agreement_edge(const Dataset& d, std::string_view a, std::string_view b) {
    for (const auto& e : d.edges)
        if (e.from == a && e.to == b) return &e;
    return nullptr;
}

double number_attr(const Edge& e, const char* key) {
    const auto& v = e.attrs.at(key);
    if (const auto* x = std::get_if<double>(&v)) return *x;
    return static_cast<double>(std::get<std::int64_t>(v));
}

}  // namespace

TEST_CASE("the co-voting network joins the pairs whose agreement passes the threshold") {
    const Graph& g = fixture();
    const View all(g, Selection{});
    NetworkOptions o;
    o.min_agreement = 0.5;
    const Dataset identical = agreement_network(all, o);
    REQUIRE(identical.edges.size() == 2);
    const Edge* cr = agreement_edge(identical, "state:CHN", "state:RUS");
    REQUIRE(cr);
    CHECK(cr->kind == EdgeKind::agreement);
    CHECK(cr->id == "agreement:state:CHN>state:RUS");
    CHECK(number_attr(*cr, "shared") == 2);
    CHECK(number_attr(*cr, "agreement") == 1);
    CHECK(cr->time.start->str() == "2019-12-20");
    CHECK(cr->time.end->str() == "2020-01-10");
    REQUIRE(cr->evidence.size() == 1);
    CHECK(cr->evidence[0].source == "queries-fixture");
    CHECK(cr->evidence[0].record == "covote of state:CHN and state:RUS: 2 texts both voted on");
    REQUIRE(agreement_edge(identical, "state:BEL", "state:DEU"));
    CHECK(identical.nodes.size() == 4);
    REQUIRE(identical.sources.size() == 1);  // the source its evidence cites, so the file loads back
    CHECK(identical.sources[0].id == "queries-fixture");

    // The coincidence score counts an abstention against a yes as half: Belgium and Russia 0.25.
    o.score = AgreementScore::coincidence;
    o.min_agreement = 0.2;
    const Dataset coincidence = agreement_network(all, o);
    const Edge* br = agreement_edge(coincidence, "state:BEL", "state:RUS");
    REQUIRE(br);
    CHECK(number_attr(*br, "agreement") == 0.25);
    CHECK(number_attr(*br, "identical") == 0);
    CHECK(!agreement_edge(coincidence, "state:CHN", "state:DEU"));  // yes against no: 0
    o.min_shared = 2;
    CHECK(agreement_network(all, o).edges.size() == 3);  // CHN-RUS, BEL-CHN, BEL-RUS

    // A graph of its own: drawn like any selection, width following the agreement.
    const Graph net(coincidence);
    const View nv(net, Selection{});
    CHECK(nv.edges().size() == coincidence.edges.size());
    o.metric = Metric::cosponsor;
    o.min_shared = 1;
    const Dataset cos = agreement_network(all, o);
    REQUIRE(cos.edges.size() == 1);
    CHECK(cos.edges[0].from == "state:KWT");
    CHECK(cos.edges[0].to == "state:SWE");
    CHECK(to_string(cos.edges[0].attrs.at("on")) == "res:2449");
    CHECK(!cos.edges[0].attrs.contains("agreement"));
    CHECK_THROWS_AS(parse_agreement_score("kappa"), UsageError);
}

TEST_CASE("an empty sponsor list says which source recorded the vote but no sponsor") {
    const Graph& g = fixture();
    const View all(g, Selection{});
    RelationFilter f;
    f.to = "S/2019/961";
    CHECK(query_sponsors(all, f, Lang::en).empty());
    CHECK(sponsors_not_recorded(all, f, Lang::en) ==
          "no sponsor of Draft S/2019/961 (draft:S/2019/961) is recorded in the loaded data: no loaded source names its sponsors");
    f.to = "Resolution 2449";  // sponsored (Kuwait, Sweden): nothing to explain
    CHECK(sponsors_not_recorded(all, f, Lang::en).empty());

    // A source that lists sponsors of other drafts and records this draft's votes.
    Dataset d;
    d.sources = {Source{"rec", "record", "", "", "", "", "", {}, {}}};
    const Evidence r{"rec", "", "", "", "line 2"};
    for (const char* id : {"draft:S/1", "draft:S/2", "state:BEL"}) {
        Node n;
        n.id = id;
        n.kind = std::string_view(id).starts_with("draft") ? NodeKind::draft : NodeKind::state;
        n.name.en = id;
        n.evidence = {r};
        d.nodes.push_back(n);
    }
    Edge s;
    s.id = "e1";
    s.kind = EdgeKind::sponsors;
    s.from = "state:BEL";
    s.to = "draft:S/1";
    s.evidence = {r};
    Edge v = s;
    v.id = "e2";
    v.kind = EdgeKind::vote;
    v.to = "draft:S/2";
    v.time.date = parse_date("2019-12-20");
    v.attrs["vote"] = std::string("yes");
    d.edges = {s, v};
    const Graph rg(d);
    f.to = "draft:S/2";
    CHECK(sponsors_not_recorded(View(rg, Selection{}), f, Lang::en) ==
          "no sponsor of draft:S/2 (draft:S/2) is recorded in the loaded data: rec records its vote (2019-12-20) and the "
          "sponsors of other texts, but no sponsor of this one (its sponsor list is empty there)");
}
