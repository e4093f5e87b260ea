#include <catch2/catch.hpp>

#include <councilgraph/export.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/validate.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <unistd.h>
#include <sys/stat.h>
#include <fstream>
#include <iterator>
#include <thread>

using namespace councilgraph;
namespace fs = std::filesystem;

namespace {

const std::string fixture = std::string(COUNCILGRAPH_TEST_DATA) + "/fixture";
const std::string hostile = std::string(COUNCILGRAPH_TEST_DATA) + "/hostile-export";

Graph load_graph(const std::string& path) {
    const std::vector<std::string> paths{path};
    return Graph(load_checked(paths));
}

// A scratch folder removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("cg-export-test-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

Dataset round_trip(const Dataset& data, const fs::path& file) {
    write_export(data, ExportFormat::native, file);
    const std::vector<std::string> paths{file.string()};
    return load_checked(paths);
}

}  // namespace

TEST_CASE("the whole graph exported natively loads back as the same graph", "[export]") {
    for (const auto& path : {fixture, hostile}) {
        INFO(path);
        const Graph g = load_graph(path);
        const Dataset all = select_dataset(View(g, Selection{}));
        const Dataset original = g.to_dataset();
        REQUIRE(all.nodes.size() == original.nodes.size());
        REQUIRE(all.edges.size() == original.edges.size());
        TempDir tmp;
        const Dataset back = round_trip(all, tmp.path / "all.json");
        CHECK(back.sources == original.sources);
        CHECK(back.nodes == original.nodes);  // ids, kinds, names, aliases, attrs, evidence
        CHECK(back.edges == original.edges);  // ids, ends, time, attrs, evidence
        // And the text is a fixed point: exporting what was loaded gives the same bytes.
        CHECK(to_native_text(back) == to_native_text(all));
    }
}

TEST_CASE("a selection saved natively loads back on its own", "[export]") {
    const Graph g = load_graph(fixture);
    Selection sel;
    sel.around = "Belgium";
    sel.window = window_at(Date{2019, 0, 0});
    const View view(g, sel);
    const Dataset part = select_dataset(view);
    REQUIRE(part.edges.size() == view.edges().size());
    REQUIRE(!part.edges.empty());
    CHECK(part.nodes.size() < g.node_count());
    TempDir tmp;
    const Dataset back = round_trip(part, tmp.path / "part.json");
    CHECK(back.nodes == part.nodes);
    CHECK(back.edges == part.edges);
    CHECK(back.sources.size() == 1);  // only the cited source comes along
}

TEST_CASE("export output is byte-for-byte deterministic", "[export]") {
    const Graph a = load_graph(hostile);
    const Graph b = load_graph(hostile);
    const Dataset da = select_dataset(View(a, Selection{}));
    const Dataset db = select_dataset(View(b, Selection{}));
    for (auto f : {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::node_link, ExportFormat::cytoscape,
                   ExportFormat::dot, ExportFormat::native}) {
        INFO(to_string(f));
        CHECK(export_text(da, f) == export_text(db, f));
    }
    CHECK(to_neo4j_csv(da).nodes == to_neo4j_csv(db).nodes);
    CHECK(to_neo4j_csv(da).relationships == to_neo4j_csv(db).relationships);
}

TEST_CASE("attribute keys map to distinct, safe column names", "[export]") {
    CHECK(property_name("role") == "role");
    CHECK(property_name("date_resolved") == "date_resolved");
    CHECK(property_name("type") == "attr_type");    // GEXF's edge type
    CHECK(property_name("id") == "attr_id");
    CHECK(property_name("attr_x") == "attr_attr_x");
    CHECK(property_name("a b") == "a.20b");
    CHECK(property_name("x:y") == "x.3Ay");         // ':' would split a Neo4j header
    CHECK(property_name("a.b") == "a.2Eb");
    CHECK(property_name("") == "attr_");
    std::set<std::string> seen;
    for (const char* k : {"type", "attr_type", "a b", "a.20b", "a.b", "a.2Eb", "", "attr_", "id", "attr_id"})
        CHECK(seen.insert(property_name(k)).second);
}

TEST_CASE("ids become XML NMTOKENs without collisions", "[export]") {
    CHECK(xml_token("state:BEL") == "state:BEL");
    CHECK(xml_token("draft:S/RES/2231") == "draft:S.2FRES.2F2231");
    CHECK(xml_token("dossier:x.y") == "dossier:x.2Ey");
    CHECK(xml_token("dossier:x.2Ey") != xml_token("dossier:x.y"));
}

TEST_CASE("XML escaping covers markup, line breaks and characters XML cannot carry", "[export]") {
    CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
    CHECK(xml_escape("a\nb\r\tc") == "a&#10;b&#13;&#9;c");
    CHECK(xml_escape(std::string("x\x01y")) == "x\xEF\xBF\xBDy");
    CHECK(xml_escape("\xEF\xBF\xBF") == "\xEF\xBF\xBD");
    CHECK(xml_escape("Côte d’Ivoire 中文") == "Côte d’Ivoire 中文");
}

TEST_CASE("GEXF spells cover the days a relation holds", "[export][gexf]") {
    const Graph g = load_graph(fixture);
    const std::string gexf = to_gexf(select_dataset(View(g, Selection{})));
    CHECK(gexf.find("mode=\"dynamic\"") != std::string::npos);
    CHECK(gexf.find("timeformat=\"date\"") != std::string::npos);
    CHECK(gexf.find("schemaLocation") == std::string::npos);
    // The one spell of an edge, as written.
    auto spell = [&](const std::string& id) -> std::string {
        const auto at = gexf.find("id=\"" + id + "\"");
        if (at == std::string::npos) return "no edge " + id;
        const auto s = gexf.find("<spell ", at), e = gexf.find("/>", s);
        return s < gexf.find("</edge>", at) ? gexf.substr(s, e + 2 - s) : "no spell";
    };
    // Germany 2019-2020 (year precision): first day of 2019 to last day of 2020.
    CHECK(spell("member:state:DEU&gt;body:unsc@2019") == "<spell start=\"2019-01-01\" end=\"2020-12-31\"/>");
    // Presidency in February 2020 (month precision, leap year).
    CHECK(spell("presides:state:BEL&gt;body:unsc@2020-02") == "<spell start=\"2020-02-01\" end=\"2020-02-29\"/>");
    // A veto on one day.
    CHECK(spell("veto:state:RUS&gt;draft:S/2020/667@2020-07-10") == "<spell start=\"2020-07-10\" end=\"2020-07-10\"/>");
    // Wilmès from October 2020, open end: no end bound.
    CHECK(spell("represents:person:sophie-wilmes&gt;state:BEL@2020-10") == "<spell start=\"2020-10-01\"/>");
    // A permanent member (undated) has no spell: it holds on every day.
    CHECK(spell("member:state:CHN&gt;body:unsc") == "no spell");
    // The member type is not called `type` (Gephi's edge type).
    CHECK(gexf.find("title=\"attr_type\"") != std::string::npos);
    CHECK(gexf.find("title=\"type\"") == std::string::npos);
}

TEST_CASE("Cytoscape: an edge id that is also a node id is renamed, not dropped", "[export][cyjs]") {
    const Graph g = load_graph(hostile);
    const auto doc = nlohmann::json::parse(to_cytoscape(select_dataset(View(g, Selection{}))));
    std::set<std::string> ids;
    for (const auto& n : doc["elements"]["nodes"]) {
        CHECK(n["data"]["value"] == n["data"]["id"]);
        ids.insert(n["data"]["id"].get<std::string>());
    }
    bool renamed = false;
    for (const auto& e : doc["elements"]["edges"]) {
        CHECK(ids.insert(e["data"]["id"].get<std::string>()).second);
        CHECK(e["data"]["key"].is_string());
        renamed |= e["data"]["id"] == "edge:state:XAA";
    }
    CHECK(renamed);
    CHECK(doc["elements"]["edges"].size() == g.edge_count());
}

TEST_CASE("node-link JSON keeps every value with its JSON type", "[export][json]") {
    const Graph g = load_graph(hostile);
    const auto doc = nlohmann::json::parse(to_node_link(select_dataset(View(g, Selection{}))));
    CHECK(doc["multigraph"] == true);
    CHECK(doc.contains("links"));
    const auto& q = doc["nodes"][4];
    REQUIRE(q["id"] == "state:\"Q\"");
    CHECK(q["label"] == "The \"Quote\" & <Angle> state");
    CHECK(q["attr_attr_x"] == 1);
    CHECK(q[".C3.BCn.C3.AF"] == true);
    CHECK(q["x.3Ay"] == 2.5);
    CHECK(q["aliases"].size() == 4);
}

TEST_CASE("Neo4j CSV: quoted text, typed columns, one line per record", "[export][csv]") {
    const Graph g = load_graph(hostile);
    const Neo4jCsv csv = to_neo4j_csv(select_dataset(View(g, Selection{})));
    CHECK(csv.nodes.starts_with(":ID,:LABEL,id:string,kind:string,label:string,"));
    CHECK(csv.nodes.find(",big:long,") != std::string::npos);
    CHECK(csv.nodes.find(",ratio:double,") != std::string::npos);
    CHECK(csv.nodes.find("\"state:\"\"Q\"\"\",State,") != std::string::npos);
    CHECK(csv.nodes.find("\"Back\\slash Land\"") != std::string::npos);  // line break -> space
    CHECK(std::count(csv.nodes.begin(), csv.nodes.end(), '\n') == 1 + 8);
    CHECK(csv.relationships.starts_with(":START_ID,:END_ID,:TYPE,id:string,"));
    CHECK(std::count(csv.relationships.begin(), csv.relationships.end(), '\n') == 1 + 9);
}

TEST_CASE("the csv export writes a whole folder or nothing", "[export][csv]") {
    const Graph g = load_graph(fixture);
    const Dataset data = select_dataset(View(g, Selection{}));
    TempDir tmp;
    const fs::path dir = tmp.path / "neo";
    write_export(data, ExportFormat::neo4j_csv, dir);
    CHECK(fs::exists(dir / "nodes.csv"));
    CHECK(fs::exists(dir / "relationships.csv"));
    // Again into the existing folder: replaced, other files left alone, no temporary files left.
    write_file_atomic(dir / "README", "mine");
    write_export(data, ExportFormat::neo4j_csv, dir);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 3);
    // A file where the folder should be: an error naming it, and the file untouched.
    write_file_atomic(tmp.path / "plain", "x");
    CHECK_THROWS_WITH(write_export(data, ExportFormat::neo4j_csv, tmp.path / "plain"),
                      Catch::Contains("plain: cannot write the csv export: it is a file, not a folder"));
    // A folder that cannot be created leaves nothing behind.
    CHECK_THROWS_AS(write_export(data, ExportFormat::neo4j_csv, tmp.path / "missing" / "neo"), Error);
    CHECK(!fs::exists(tmp.path / "missing"));
}

TEST_CASE("format names and extensions", "[export]") {
    CHECK(parse_export_format("graphml") == ExportFormat::graphml);
    CHECK(parse_export_format("cytoscape") == ExportFormat::cytoscape);
    CHECK(parse_export_format("neo4j") == ExportFormat::neo4j_csv);
    CHECK(!parse_export_format("xml"));
    CHECK(export_format_for_path("out/x.GraphML") == ExportFormat::graphml);
    CHECK(export_format_for_path("x.gv") == ExportFormat::dot);
    CHECK(!export_format_for_path("folder"));
    CHECK_THROWS_AS(export_text(Dataset{}, ExportFormat::neo4j_csv), UsageError);
}

TEST_CASE("Neo4j CSV: formula cells are neutralised in properties, never in ids", "[export][csv]") {
    const std::string text = R"J({"format": "councilgraph/1",
      "sources": [{"id": "s", "title": "S"}],
      "nodes": [
        {"id": "state:XAA", "kind": "state", "name": {"en": "=1+2", "nl": "@SUM(A1:A9)", "fr": "+cmd|' /C calc'!A0"},
         "aliases": ["-2+3"], "attrs": {"note": "\tx", "n": -5, "r": "\rcr", "ok": "a=b"}},
        {"id": "dossier:x", "kind": "dossier", "name": {"en": "X"}}],
      "edges": [{"kind": "pen", "from": "state:XAA", "to": "dossier:x", "attrs": {"role": "=HYPERLINK(\"http://x\")"},
                 "evidence": [{"source": "s", "record": "r"}]}]})J";
    Dataset ds;
    std::vector<Diagnostic> problems;
    parse_data_text(text, "f.json", ds, problems);
    REQUIRE(problems.empty());
    REQUIRE(validate(ds, std::nullopt).empty());
    const auto csv = to_neo4j_csv(ds);
    CHECK(csv.nodes.find("\"'=1+2\"") != std::string::npos);
    CHECK(csv.nodes.find("\"'@SUM(A1:A9)\"") != std::string::npos);
    CHECK(csv.nodes.find("\"'+cmd|' /C calc'!A0\"") != std::string::npos);
    CHECK(csv.nodes.find("\"'\tx\"") != std::string::npos);
    CHECK(csv.nodes.find("\"' cr\"") != std::string::npos);  // the CR itself becomes a space
    CHECK(csv.nodes.find("\"a=b\"") != std::string::npos);   // not at the start: not a formula
    CHECK(csv.nodes.find(",-5") != std::string::npos);       // a typed number is a number
    CHECK(csv.relationships.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);
    // No cell starts with a formula character unless it is a typed number.
    for (const auto* table : {&csv.nodes, &csv.relationships})
        for (std::size_t p = 0; (p = table->find(",\"", p)) != std::string::npos; ++p) {
            const char c = (*table)[p + 2];
            CHECK((c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r'));
        }
    CHECK(csv.nodes.find("\n\"state:XAA\",State,") != std::string::npos);  // the id itself, raw
    CHECK(csv.relationships.find("\n\"state:XAA\",\"dossier:x\",PEN,") != std::string::npos);
}

TEST_CASE("the csv export replaces the folder in one swap and cleans what killed runs left", "[export][csv]") {
    const Graph g = load_graph(fixture);
    const Dataset data = select_dataset(View(g, Selection{}));
    TempDir tmp;
    const fs::path dir = tmp.path / "neo";
    // A killed run's temporaries (pid 999999999 cannot exist), and a running one's (ours: kept).
    const std::string dead = "999999999", alive = std::to_string(::getppid());
    fs::create_directories(tmp.path / ("neo.tmp-" + dead));
    write_file_atomic(tmp.path / ("neo.tmp-" + dead) / "nodes.csv", "stale");
    fs::create_directories(tmp.path / ("neo.old-" + dead));
    fs::create_directories(tmp.path / ("neo.tmp-" + alive));
    write_export(data, ExportFormat::neo4j_csv, dir);
    CHECK(!fs::exists(tmp.path / ("neo.tmp-" + dead)));
    CHECK(!fs::exists(tmp.path / ("neo.old-" + dead)));
    CHECK(fs::exists(tmp.path / ("neo.tmp-" + alive)));
    // Into the existing folder, through a symlink: the folder it names is replaced, the link and
    // other files stay, nothing is left beside it.
    fs::create_directories(dir / "sub");
    write_file_atomic(dir / "sub" / "keep", "k");
    write_file_atomic(dir / "nodes.csv", "old");
    fs::create_directory_symlink(dir, tmp.path / "link");
    write_export(data, ExportFormat::neo4j_csv, tmp.path / "link");
    CHECK(fs::is_symlink(tmp.path / "link"));
    CHECK(read_file(dir / "sub" / "keep") == "k");
    CHECK(read_file(dir / "nodes.csv") == to_neo4j_csv(data).nodes);
    CHECK(read_file(dir / "relationships.csv") == to_neo4j_csv(data).relationships);
    std::set<std::string> beside;
    for (const auto& e : fs::directory_iterator(tmp.path)) beside.insert(e.path().filename().string());
    CHECK(beside == std::set<std::string>{"link", "neo", "neo.tmp-" + alive});
    // A single file export cleans its own stale temporary.
    write_file_atomic(tmp.path / ("x.graphml.tmp-" + dead), "stale");
    write_export(data, ExportFormat::graphml, tmp.path / "x.graphml");
    CHECK(!fs::exists(tmp.path / ("x.graphml.tmp-" + dead)));
}

TEST_CASE("write errors carry the system's reason", "[export]") {
    TempDir tmp;
    write_file_atomic(tmp.path / "file", "x");
    CHECK_THROWS_WITH(write_file_atomic(tmp.path / "file" / "y.json", "{}"),
                      Catch::Contains("file/y.json: cannot write: Not a directory"));
    CHECK_THROWS_WITH(write_export(Dataset{}, ExportFormat::neo4j_csv, tmp.path / "file" / "neo"),
                      Catch::Contains("Not a directory"));
    CHECK_THROWS_WITH(write_file_atomic(tmp.path / "missing" / "y.json", "{}"),
                      Catch::Contains("missing/y.json: cannot write: No such file or directory"));
}

TEST_CASE("an output that is a device or a pipe is written in place, never replaced by a file", "[export]") {
    // `-o /dev/null` as root once renamed a temporary over /dev/null. A FIFO stands in for the device.
    TempDir tmp;
    const auto fifo = tmp.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] {
        std::ifstream in(fifo);
        got.assign(std::istreambuf_iterator<char>(in), {});
    });
    write_file_atomic(fifo, "through the pipe");
    reader.join();
    CHECK(got == "through the pipe");
    struct stat st {};
    REQUIRE(::stat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(std::distance(std::filesystem::directory_iterator(tmp.path), std::filesystem::directory_iterator{}) == 1);
    CHECK_THROWS_WITH(write_file_atomic(tmp.path, "x"), Catch::Contains("cannot write: it is a folder"));
}

namespace {

std::string parallel_edges(int n, bool with_explicit) {
    std::string t = R"({"format": "councilgraph/1", "sources": [{"id": "s", "title": "S"}],
      "nodes": [{"id": "state:XAA", "kind": "state", "name": {"en": "A"}}, {"id": "dossier:x", "kind": "dossier", "name": {"en": "X"}}],
      "edges": [)";
    for (int i = 0; i < n; ++i) {
        if (i) t += ",";
        t += R"({"kind": "pen", "from": "state:XAA", "to": "dossier:x", )";
        if (with_explicit && i == 3) t += R"("id": "pen:state:XAA>dossier:x~2", )";
        t += R"("evidence": [{"source": "s", "record": "row )" + std::to_string(i) + "\"}]}";
    }
    return t + "]}";
}

Dataset load_text(const std::string& text) {
    Dataset ds;
    std::vector<Diagnostic> problems;
    parse_data_text(text, "mem.json", ds, problems);
    auto more = validate(ds, std::nullopt);
    problems.insert(problems.end(), more.begin(), more.end());
    for (const auto& p : problems) UNSCOPED_INFO(p.str());
    REQUIRE(problems.empty());
    return ds;
}

std::map<std::string, std::string> id_to_record(const Dataset& d) {
    std::map<std::string, std::string> m;
    for (const auto& e : d.edges) m[e.id] = e.evidence.at(0).record;
    return m;
}

}  // namespace

TEST_CASE("native: save and load is a fixed point, edge ids included, with 10^4 parallel edges", "[export][native]") {
    for (const bool with_explicit : {false, true}) {
        const Dataset first = load_text(parallel_edges(10000, with_explicit));
        const std::string once = to_native_text(first);
        const Dataset second = load_text(once);
        CHECK(id_to_record(second) == id_to_record(first));  // every id names the same edge
        CHECK(to_native_text(second) == once);
        // Repeats in their number's order: `~2` right after the first, `~10` after `~9`.
        const auto p2 = once.find("row 1\""), p10 = once.find("row 9\""), p9 = once.find("row 8\"");
        CHECK((p2 < p9 && p9 < p10));
    }
}

TEST_CASE("native: a selection that leaves out some repeats keeps the others' ids", "[export][native]") {
    const Dataset all = load_text(parallel_edges(30, false));
    Dataset some = all;
    some.edges.clear();
    for (const auto& e : all.edges)
        if (e.id.ends_with("~2") || e.id.ends_with("~11") || e.id.ends_with("~30")) some.edges.push_back(e);
    const std::string once = to_native_text(some);
    const Dataset back = load_text(once);
    CHECK(id_to_record(back) == id_to_record(some));
    CHECK(to_native_text(back) == once);
    CHECK(once.find("\"id\": \"pen:state:XAA>dossier:x~2\"") != std::string::npos);
    CHECK(once.find("\"id\": \"pen:state:XAA>dossier:x~30\"") != std::string::npos);
}
