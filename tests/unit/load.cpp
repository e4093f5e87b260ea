#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/validate.hpp>
#include <councilgraph/view.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace councilgraph;

namespace {
const std::string fixture = std::string(COUNCILGRAPH_TEST_DATA) + "/fixture";

// Loads `text` as the file t.json (in a temporary folder) and returns the problems as printed.
std::vector<std::string> parse(std::string_view text, Dataset& d) {
    const auto dir = std::filesystem::temp_directory_path() / "councilgraph-load-test";
    std::filesystem::create_directories(dir);
    write_file_atomic(dir / "t.json", text);
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir);
    const std::vector<std::string> paths{"t.json"};
    auto r = load(paths);
    std::filesystem::current_path(cwd);
    d = std::move(r.data);
    std::vector<std::string> out;
    for (const auto& p : r.problems) out.push_back(p.str());
    return out;
}
}  // namespace

TEST_CASE("diagnostics name the file, line:column, JSON pointer and what was expected", "[load]") {
    Dataset d;
    auto p = parse(R"({"format": "councilgraph/1",
  "nodes": [{"id": "state:KWT", "kind": "state", "name": {"en": "Kuwait"}}],
  "edges": [{"kind": "veto", "from": "state:KWT",
             "to": "state:KWTT", "evidence": [{"source": "s", "record": "row 1"}]}],
  "sources": [{"id": "s", "title": "S"}]})",
                   d);
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "t.json:4:20: /edges/0/to: unknown node 'state:KWTT' (did you mean 'state:KWT'?)");
}

TEST_CASE("all problems are reported, not only the first", "[load]") {
    Dataset d;
    auto p = parse(R"({"format": "councilgraph/1", "nodes": [
  {"id": "state:X", "kind": "stat", "name": {"en": "X"}},
  {"id": "res:1", "kind": "draft", "name": {"en": "R"}},
  {"id": "state:Y", "kind": "state", "name": {"fr": "Y"}}]})",
                   d);
    REQUIRE(p.size() == 3);
    CHECK(p[0] == "t.json:2:29: /nodes/0/kind: unknown node kind 'stat' (did you mean 'state'?)");
    CHECK(p[1] == "t.json:3:10: /nodes/1/id: id 'res:1' does not fit kind 'draft' (expected 'draft:...')");
    CHECK(p[2] == "t.json:4:46: /nodes/2/name: missing field 'en' in name");
}

TEST_CASE("columns count characters, not bytes, in lines with accents", "[load]") {
    Dataset d;
    auto p = parse("{\"format\": \"councilgraph/1\", \"nodes\": [{\"id\": \"state:X\", \"kind\": \"state\", \"name\": {\"en\": \"Koweït\"}, \"attrs\": {\"é\": null}}]}", d);
    REQUIRE(p.size() == 1);
    // `null` is character 116 but byte 118: "Koweït" and "é" each hold a two-byte letter.
    CHECK(p[0] == "t.json:1:116: /nodes/0/attrs/é: expected a string, number or boolean, found null");
}

TEST_CASE("edges without an id get a stable derived one; repeats are numbered", "[load]") {
    Dataset d;
    auto p = parse(R"({"format": "councilgraph/1", "sources": [{"id": "s", "title": "S"}],
  "nodes": [{"id": "state:A", "kind": "state", "name": {"en": "A"}}, {"id": "dossier:d", "kind": "dossier", "name": {"en": "D"}}],
  "edges": [{"kind": "pen", "from": "state:A", "to": "dossier:d", "start": "2019", "evidence": [{"source": "s", "record": "1"}]},
            {"kind": "pen", "from": "state:A", "to": "dossier:d", "start": "2019", "evidence": [{"source": "s", "record": "2"}]}]})",
                   d);
    CHECK(p.empty());
    REQUIRE(d.edges.size() == 2);
    CHECK(d.edges[0].id == "pen:state:A>dossier:d@2019");
    CHECK(d.edges[1].id == "pen:state:A>dossier:d@2019~2");
}

TEST_CASE("the fixture loads, builds a frozen graph with id and kind indices", "[graph]") {
    const std::vector<std::string> paths{fixture};
    LoadOptions opts;
    opts.sources_dir = fixture + "/sources";
    Graph g(load_checked(paths, opts));
    CHECK(g.node_count() == 27);
    CHECK(g.edge_count() == 32);
    CHECK(g.edges_of(EdgeKind::pen).size() == 4);
    CHECK(g.edges_of(EdgeKind::veto).size() == 3);
    CHECK(g.nodes_of(NodeKind::state).size() == 12);
    auto bel = g.find("state:BEL");
    REQUIRE(bel);
    CHECK(g.node(*bel).name.fr == "Belgique");
    CHECK(g.resolve("België") == *bel);
    CHECK(g.find_source("fixture")->file == "fixture-note.txt");
    for (EdgeIndex i = 0; i + 1 < g.edge_count(); ++i) CHECK(g.edge(i).id < g.edge(i + 1).id);
    // incident edges of Belgium: member, pen, chairs, presides, represents, position
    CHECK(g.incident(*bel).size() == 6);
}

TEST_CASE("a view selects by time, kind, ego and dossier", "[view]") {
    const std::vector<std::string> paths{fixture};
    Graph g(load_checked(paths));
    Selection s;
    s.edge_kinds = {EdgeKind::pen};
    s.window = window_at(*parse_date("2020-06-01"));
    View v(g, s);
    std::vector<std::string> holders;
    for (EdgeIndex i : v.edges()) holders.push_back(g.node(g.source(i)).id);
    CHECK(holders == std::vector<std::string>{"state:BEL", "state:DEU"});  // Kuwait's pen ended in 2019

    Selection d;
    d.dossier = "Syria humanitarian";
    d.edge_kinds = {EdgeKind::veto};
    View dv(g, d);
    CHECK(dv.edges().size() == 2);  // both vetoes of S/2019/961, which concerns the dossier

    Selection e;
    e.around = "Kuwait";
    e.depth = 1;
    View ev(g, e);
    CHECK(ev.anchor() == g.find("state:KWT"));
    // Kuwait's three relations, and the tie between two of its neighbours (2449 renews the dossier).
    CHECK(ev.edges().size() == 4);
    CHECK(ev.has_node(*g.find("res:2449")));
    CHECK_FALSE(ev.has_node(*g.find("state:BEL")));

    View all(g, Selection{});
    CHECK(all.nodes().size() == g.node_count());
    CHECK(all.edges().size() == g.edge_count());
}

TEST_CASE("the native writer round-trips the data set losslessly", "[native]") {
    const std::vector<std::string> paths{fixture};
    Dataset a = load_checked(paths);
    const std::string text = to_native_text(a);
    Dataset b;
    std::vector<Diagnostic> problems;
    parse_data_text(text, "roundtrip.json", b, problems);
    auto more = validate(b, std::nullopt);
    CHECK(problems.empty());
    CHECK(more.empty());
    CHECK(a.sources == b.sources);
    CHECK(a.nodes == b.nodes);
    CHECK(a.edges == b.edges);
    CHECK(to_native_text(b) == text);  // deterministic bytes
}

TEST_CASE("quotes are compared after folding white space, no-break spaces included", "[validate]") {
    CHECK(normalize_space("  a \n\t b\xC2\xA0" "c\xE2\x80\xAF" "d  ") == "a b c d");
    CHECK(normalize_space("Côte d’Ivoire") == "Côte d’Ivoire");
}

TEST_CASE("atomic writes leave no file behind on failure", "[native]") {
    CHECK_THROWS_AS(write_file_atomic("/nonexistent-dir/x.json", "x"), Error);
    const auto tmp = std::filesystem::temp_directory_path() / "councilgraph-atomic-test.json";
    write_file_atomic(tmp, "hello");
    CHECK(std::filesystem::file_size(tmp) == 5);
    std::filesystem::remove(tmp);
}
