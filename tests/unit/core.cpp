// The core loader: the fast path agrees with the precise one, nothing on the load path is quadratic,
// and the loader-side hardening (duplicate keys, number ranges, NUL bytes, non-regular files).
#include <algorithm>
#include <councilgraph/graph.hpp>
#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/validate.hpp>

#include "fast_load.hpp"
#include "sort_by_id.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

using namespace councilgraph;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir(const char* name) {
    const auto dir = fs::temp_directory_path() / name;
    fs::create_directories(dir);
    return dir;
}

std::string edges_json(std::size_t n, const std::string& edge) {
    std::string s = R"({"format": "councilgraph/1", "sources": [{"id": "s", "title": "S"}],
  "nodes": [{"id": "state:A", "kind": "state", "name": {"en": "A"}},
            {"id": "dossier:d", "kind": "dossier", "name": {"en": "D"}}],
  "edges": [)";
    for (std::size_t i = 0; i < n; ++i) s += (i ? ",\n" : "\n") + edge;
    return s + "]}";
}

// The reference: every data file in the repository, clean or broken.
std::vector<fs::path> json_files() {
    std::vector<fs::path> out;
    for (const char* dir : {"data", "tests/data"})
        for (const auto& e : fs::recursive_directory_iterator(fs::path(COUNCILGRAPH_SOURCE_DIR) / dir))
            if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("the fast path accepts only what the precise path accepts, and reads the same records", "[load][core]") {
    std::size_t fast = 0, files = 0;
    for (const auto& f : json_files()) {
        const std::string text = read_file(f);
        Dataset a, b;
        std::vector<Diagnostic> problems;
        const bool ok = detail::fast_parse(text, f.string(), a);
        detail::precise_parse(text, f.string(), b, problems);
        ++files;
        if (!ok) {
            CHECK(a.sources.empty());
            CHECK(a.nodes.empty());
            CHECK(a.edges.empty());
            continue;
        }
        ++fast;
        INFO(f.string());
        CHECK(problems.empty());
        CHECK(a.sources == b.sources);
        CHECK(a.nodes == b.nodes);
        REQUIRE(a.edges.size() == b.edges.size());
        for (std::size_t i = 0; i < a.edges.size(); ++i) {
            CHECK(a.edges[i] == b.edges[i]);
            CHECK(a.edges[i].explicit_id == b.edges[i].explicit_id);
            CHECK(a.edges[i].origin.index == b.edges[i].origin.index);
        }
        for (std::size_t i = 0; i < a.nodes.size(); ++i) CHECK(a.nodes[i].origin.index == b.nodes[i].origin.index);
    }
    CHECK(files > 20);
    CHECK(fast > 5);  // the curated data files take the fast path
}

TEST_CASE("the fast path gives up on every broken or unusual form", "[load][core]") {
    const std::string head = R"({"format": "councilgraph/1", "nodes": [{"id": "state:A", "kind": "state", "name": {"en": "A"}, "attrs": {"x": )";
    Dataset d;
    for (const char* v : {"1e400", "18446744073709551615", "-9223372036854775809", "null", "[1]", "01", "1.", "\"\\ud800\"", "\"\x01\""}) {
        INFO(v);
        CHECK_FALSE(detail::fast_parse(head + v + "}}]}", "t.json", d));
    }
    CHECK(detail::fast_parse(head + "-9223372036854775808}}]}", "t.json", d));
    CHECK(std::get<std::int64_t>(d.nodes.at(0).attrs.at("x")) == std::numeric_limits<std::int64_t>::min());
    d = {};
    CHECK_FALSE(detail::fast_parse(std::string(R"({"format": "councilgraph/1"})") + '\0' + "garbage", "t.json", d));
    CHECK_FALSE(detail::fast_parse(R"({"format": "councilgraph/1", "format": "councilgraph/1"})", "t.json", d));
    CHECK(detail::fast_parse(R"({"format": "councilgraph/1"})", "t.json", d));
}

TEST_CASE("10,000 identical undated edges get ~2, ~3... in load order, in linear time", "[load][core][quadratic]") {
    const auto dir = temp_dir("councilgraph-core-repeats");
    const std::size_t n = 10000;
    write_file_atomic(dir / "t.json", edges_json(n, R"({"kind": "pen", "from": "state:A", "to": "dossier:d", "evidence": [{"source": "s", "record": "r"}]})"));
    const std::vector<std::string> paths{(dir / "t.json").string()};
    auto d = load_checked(paths);
    REQUIRE(d.edges.size() == n);
    std::set<std::string> ids;
    for (const auto& e : d.edges) ids.insert(e.id);
    CHECK(ids.size() == n);
    CHECK(ids.count("pen:state:A>dossier:d"));
    CHECK(ids.count("pen:state:A>dossier:d~2"));
    CHECK(ids.count("pen:state:A>dossier:d~10000"));
    CHECK_FALSE(ids.count("pen:state:A>dossier:d~10001"));
}

TEST_CASE("an explicit id that looks derived is skipped by the numbering", "[load][core]") {
    const auto dir = temp_dir("councilgraph-core-explicit");
    std::string e = R"({"kind": "pen", "from": "state:A", "to": "dossier:d", "evidence": [{"source": "s", "record": "r"}]})";
    std::string x = R"({"id": "pen:state:A>dossier:d~2", "kind": "pen", "from": "state:A", "to": "dossier:d", "evidence": [{"source": "s", "record": "x"}]})";
    write_file_atomic(dir / "t.json", edges_json(1, e + ",\n" + e + ",\n" + x + ",\n" + e));
    const std::vector<std::string> paths{(dir / "t.json").string()};
    auto d = load_checked(paths);
    std::vector<std::string> ids;
    for (const auto& ed : d.edges) ids.push_back(ed.id + (ed.evidence[0].record == "x" ? " x" : ""));
    CHECK(ids == std::vector<std::string>{"pen:state:A>dossier:d", "pen:state:A>dossier:d~2 x", "pen:state:A>dossier:d~3",
                                          "pen:state:A>dossier:d~4"});
}

TEST_CASE("suggestions for a 10,000-character name are bounded", "[names][core][quadratic]") {
    std::vector<std::string> cands;
    for (int i = 0; i < 40000; ++i) cands.push_back("candidate name " + std::to_string(i));
    CHECK(closest(std::string(10000, 'x'), cands).empty());
    CHECK(closest("candidate name 1234x", cands, 1) == std::vector<std::string>{"candidate name 1234"});
}

TEST_CASE("the banded distance finds what the full distance finds", "[names][core]") {
    std::mt19937 rng(7);
    auto word = [&] {
        std::string s(1 + rng() % 12, 'a');
        for (auto& c : s) c = static_cast<char>('a' + rng() % 3);
        return s;
    };
    for (int round = 0; round < 200; ++round) {
        const auto w = word();
        std::vector<std::string> cands;
        for (int i = 0; i < 30; ++i) cands.push_back(word());
        // The reference: the full distance, the same rule.
        const std::size_t max = std::max<std::size_t>(2, w.size() / 3);
        std::vector<std::pair<std::size_t, std::string>> ref;
        for (const auto& c : cands)
            if (auto dd = edit_distance(w, c); dd <= max && dd < std::max(w.size(), c.size())) ref.emplace_back(dd, c);
        std::sort(ref.begin(), ref.end());
        std::vector<std::string> want;
        for (auto& [dd, c] : ref)
            if (want.size() < 3 && std::find(want.begin(), want.end(), c) == want.end()) want.push_back(c);
        CHECK(closest(w, cands) == want);
    }
}

TEST_CASE("a FIFO given as data is refused at once, not read", "[load][core]") {
    const auto dir = temp_dir("councilgraph-core-fifo");
    const auto fifo = dir / "pipe.json";
    fs::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::vector<std::string> paths{fifo.string()};
    auto r = load(paths);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].str() == fifo.string() + ": not a regular file (a FIFO, device or socket?); give a data file or a folder");
    CHECK_THROWS_AS(read_file(fifo), DataError);
    fs::remove(fifo);
}

TEST_CASE("a big file read through the fast path builds the same graph as through the precise path", "[load][core]") {
    // Curated data: load (fast path), and precise_parse + validate, give the same data set.
    std::vector<std::string> paths{std::string(COUNCILGRAPH_SOURCE_DIR) + "/data"};
    auto fast = load_checked(paths);
    Dataset precise;
    std::vector<Diagnostic> problems;
    for (const auto& f : expand_data_paths(paths, problems)) detail::precise_parse(read_file(f), f, precise, problems);
    auto more = validate(precise, std::nullopt);
    CHECK(problems.empty());
    CHECK(more.empty());
    CHECK(fast.sources == precise.sources);
    CHECK(fast.nodes == precise.nodes);
    CHECK(fast.edges == precise.edges);
}

TEST_CASE("a meetings table citing S/RES/200000000 reports it at once, with bounded notes", "[import][core][quadratic]") {
    const auto maps = load_mappings(fs::path(COUNCILGRAPH_SOURCE_DIR) / "data" / "mappings");
    std::vector<std::string> p{(fs::path(COUNCILGRAPH_TEST_DATA) / "fixture").string()};
    const ExistingData existing(load_checked(p));
    auto csv = read_file(fs::path(COUNCILGRAPH_TEST_DATA) / "import" / "meetings.csv");
    csv += "2019,2019-06-03,3 June,S/PV.9999,,,A test,,S/RES/200000000 (2019),resolution,S/RES/200000000 (2019),,,,x.html,\n";
    auto r = import_meetings(csv, "meetings.csv", maps, existing);
    const bool reported = std::any_of(r.report.notes.begin(), r.report.notes.end(), [](const Diagnostic& n) {
        return n.message.find("resolution number 200000000 is out of range") != std::string::npos;
    });
    CHECK(reported);
    for (const auto& n : r.report.notes) CHECK(n.message.size() < 400);
    for (const auto& n : r.data.nodes) CHECK(n.id != "res:200000000");
}

TEST_CASE("sorting by id is a stable sort, for long shared prefixes and repeats too", "[core]") {
    struct R {
        std::string id;
        int n;
    };
    std::mt19937 rng(3);
    std::vector<R> v;
    const std::string prefix = "vote:state:S000>res:0000000000";  // longer than the 24-byte keys
    for (int i = 0; i < 5000; ++i) {
        std::string id = (rng() % 2 ? prefix : std::string("a")) + std::to_string(rng() % 700);
        if (rng() % 5 == 0) id.resize(rng() % (id.size() + 1));
        v.push_back({id, i});
    }
    auto want = v;
    std::stable_sort(want.begin(), want.end(), [](const R& a, const R& b) { return a.id < b.id; });
    detail::sort_by_id(v);
    REQUIRE(v.size() == want.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        CHECK(v[i].id == want[i].id);
        CHECK(v[i].n == want[i].n);
    }
}

TEST_CASE("the imported real data reads the same through the fast path as through the precise path", "[load][core][realdata]") {
    const fs::path realdata = fs::path(COUNCILGRAPH_SOURCE_DIR) / ".." / "shared" / "realdata";
    if (!fs::exists(realdata)) {
        WARN("skipped: ../shared/realdata is absent");
        return;
    }
    std::vector<std::string> p{std::string(COUNCILGRAPH_SOURCE_DIR) + "/data"};
    const auto results = import_all(realdata, load_mappings(fs::path(COUNCILGRAPH_SOURCE_DIR) / "data" / "mappings"),
                                    ExistingData(load_checked(p)));
    REQUIRE(results.size() == 4);  // vetoes, meetings, membership, votes
    for (const auto& r : results) {
        const std::string text = to_native_text(r.result.data);
        Dataset a, b;
        std::vector<Diagnostic> problems;
        REQUIRE(detail::fast_parse(text, "imported.json", a));
        detail::precise_parse(text, "imported.json", b, problems);
        CHECK(problems.empty());
        CHECK(a.sources == b.sources);
        CHECK(a.nodes == b.nodes);
        CHECK(a.edges == b.edges);
        CHECK(a.nodes.size() + a.edges.size() > 100);
    }
}

TEST_CASE("attributes are kept in key order whatever the order they come in, the first of a repeated key kept", "[core]") {
    Attrs a{{"vote", std::string("yes")}, {"abstained", false}, {"count", std::int64_t{3}}, {"vote", std::string("no")}};
    a.emplace("b", 0.5);
    CHECK_FALSE(a.emplace("count", std::int64_t{9}).second);
    a["later"] = std::string("x");
    std::vector<std::string> keys;
    for (const auto& [k, v] : a) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"abstained", "b", "count", "later", "vote"});
    CHECK(a.at("vote") == AttrValue(std::string("yes")));
    CHECK(a.at("count") == AttrValue(std::int64_t{3}));
    CHECK(a["new"] == AttrValue(std::string()));  // operator[] adds an empty text, as a map did
    CHECK(a.size() == 6);
    CHECK(a.erase("new") == 1);
    CHECK(a.erase("new") == 0);
    CHECK_FALSE(a.contains("new"));
    CHECK(a.find("zzz") == a.end());
    CHECK_THROWS_AS(a.at("zzz"), std::out_of_range);
    Attrs b{{"vote", std::string("yes")}, {"later", std::string("x")}, {"count", std::int64_t{3}}, {"b", 0.5},
            {"abstained", false}};
    CHECK(a == b);
}

TEST_CASE("every edge of the built graph is where its ends say, out of its source and into its target", "[graph][core]") {
    std::vector<std::string> paths{std::string(COUNCILGRAPH_SOURCE_DIR) + "/data"};
    const Graph g(load_checked(paths));
    REQUIRE(g.edge_count() > 100);
    std::vector<std::size_t> out(g.node_count(), 0), in(g.node_count(), 0);
    for (EdgeIndex i = 0; i < g.edge_count(); ++i) {
        const Edge& e = g.edge(i);
        CHECK(e.index == i);
        CHECK(g.index(g.desc(i)) == i);
        CHECK(g.node(g.source(i)).id == e.from);
        CHECK(g.node(g.target(i)).id == e.to);
        ++out[g.source(i)];
        ++in[g.target(i)];
    }
    std::size_t seen = 0;
    for (Vertex v = 0; v < g.node_count(); ++v) {
        std::size_t o = 0, n = 0;
        for (auto [it, end] = boost::out_edges(v, g.bgl()); it != end; ++it, ++o) {
            const Edge& e = g.bgl()[*it];
            CHECK(e.from == g.node(v).id);
            CHECK(boost::target(*it, g.bgl()) == g.target(e.index));
        }
        for (auto [it, end] = boost::in_edges(v, g.bgl()); it != end; ++it, ++n) {
            const Edge& e = g.bgl()[*it];
            CHECK(e.to == g.node(v).id);
            CHECK(boost::source(*it, g.bgl()) == g.source(e.index));
        }
        CHECK(o == out[v]);
        CHECK(n == in[v]);
        seen += o;
    }
    CHECK(seen == g.edge_count());
}

TEST_CASE("an Atom is one shared copy of its text and reads like a string", "[core]") {
    const std::string text = "state:BEL";
    const Atom a = text, b(std::string_view("state:BEL")), c = "state:NLD", none;
    // Equal texts are one copy: interning the same text again gives the same characters.
    CHECK(a.data() == b.data());
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a < c);
    CHECK(a == "state:BEL");
    CHECK("state:BEL" == a);
    CHECK(a == text);
    CHECK(std::string_view(a) == text);
    CHECK(std::string(a) == text);
    CHECK(a.size() == text.size());
    CHECK(std::string(a.c_str()) == text);
    CHECK(a.starts_with("state:"));
    CHECK(a.substr(6) == "BEL");
    CHECK("[" + a + "]" == "[state:BEL]");
    CHECK(a + '|' + c == "state:BEL|state:NLD");
    CHECK(none.empty());
    CHECK(none == "");
    CHECK(Atom("").empty());
    CHECK(std::string(none.c_str()).empty());
    std::ostringstream os;
    os << a;
    CHECK(os.str() == text);
    // Texts with the same bytes but different lengths (a prefix, an embedded NUL) are different.
    const Atom prefix = "state:BE", nul(std::string_view("state:BEL\0x", 11));
    CHECK(prefix != a);
    CHECK(nul != a);
    CHECK(nul.size() == 11);
    // Many distinct texts (the table grows) stay distinct and findable.
    std::vector<Atom> many;
    for (int i = 0; i < 20000; ++i) many.emplace_back("t" + std::to_string(i));
    for (int i = 0; i < 20000; i += 997) CHECK(Atom("t" + std::to_string(i)).data() == many[static_cast<std::size_t>(i)].data());
    CHECK(std::set<Atom>(many.begin(), many.end()).size() == many.size());
    // A text longer than a block of the pool.
    const std::string big(1 << 21, 'x');
    CHECK(Atom(big).size() == big.size());
    CHECK(Atom(big).data() == Atom(big).data());
}

TEST_CASE("curated + imported data load the same through the fast path as through the precise path, ids included", "[load][core][realdata]") {
    const fs::path realdata = fs::path(COUNCILGRAPH_SOURCE_DIR) / ".." / "shared" / "realdata";
    if (!fs::exists(realdata)) {
        WARN("skipped: ../shared/realdata is absent");
        return;
    }
    const std::string data = std::string(COUNCILGRAPH_SOURCE_DIR) + "/data";
    std::vector<std::string> curated{data};
    const auto results = import_all(realdata, load_mappings(fs::path(COUNCILGRAPH_SOURCE_DIR) / "data" / "mappings"),
                                    ExistingData(load_checked(curated)));
    const auto dir = temp_dir("councilgraph-core-both-paths");
    std::vector<std::string> paths{data};
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto f = (dir / ("imported-" + std::to_string(i) + ".json")).string();
        std::ofstream(f) << to_native_text(results[i].result.data);
        paths.push_back(f);
    }
    // The loader (the fast path on every clean file), against each file read by the precise path
    // and then validated: the same records in the same order, with the same derived edge ids.
    const auto fast = load_checked(paths);
    Dataset precise;
    std::vector<Diagnostic> problems;
    for (const auto& f : expand_data_paths(paths, problems)) detail::precise_parse(read_file(f), f, precise, problems);
    const auto more = validate(precise, std::nullopt);
    CHECK(problems.empty());
    CHECK(more.empty());
    REQUIRE(fast.edges.size() > 50000);
    CHECK(fast.sources == precise.sources);
    CHECK(fast.nodes == precise.nodes);
    REQUIRE(fast.edges.size() == precise.edges.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < fast.edges.size(); ++i) {
        const Edge &a = fast.edges[i], &b = precise.edges[i];
        if (!(a == b) || a.explicit_id != b.explicit_id || a.origin.file != b.origin.file || a.origin.index != b.origin.index) ++differ;
    }
    CHECK(differ == 0);
    // And the graphs built from them agree edge by edge, ends included.
    const Graph gf(fast), gp(std::move(precise));
    REQUIRE(gf.edge_count() == gp.edge_count());
    for (EdgeIndex i = 0; i < gf.edge_count(); i += 97) {
        CHECK(gf.edge(i).id == gp.edge(i).id);
        CHECK(gf.source(i) == gp.source(i));
        CHECK(gf.target(i) == gp.target(i));
    }
    fs::remove_all(dir);
}
