#include <catch2/catch.hpp>

#include <councilgraph/export.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <unistd.h>

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
