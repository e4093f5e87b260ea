#include <catch2/catch.hpp>

#include <councilgraph/export.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/style.hpp>

#include <nlohmann/json.hpp>

using namespace councilgraph;

namespace {

Dataset load_set(const std::string& name) {
    const std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/" + name};
    const Graph g(load_checked(paths));
    return select_dataset(View(g, Selection{}));
}

ExportOptions with_theme() {
    ExportOptions o;
    o.theme = Theme::load(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/theme/default.json");
    return o;
}

std::size_t count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("script_safe_json escapes what could end a script element", "[export][html]") {
    CHECK(script_safe_json(R"({"a":"</script><!--"})") == R"({"a":"\u003c/script>\u003c!--"})");
    CHECK(script_safe_json("\"\xE2\x80\xA8\xE2\x80\xA9\"") == R"("\u2028\u2029")");
    CHECK(script_safe_json("\"\xE2\x80\xA7 \xE2\x82\xAC\"") == "\"\xE2\x80\xA7 \xE2\x82\xAC\"");  // neighbours stay
    const std::string hostile = R"({"n":"</SCRIPT ><script>x</script>"})";
    CHECK(nlohmann::json::parse(script_safe_json(hostile)) == nlohmann::json::parse(hostile));
}

TEST_CASE("the html export is one page with the library, the data and the app", "[export][html]") {
    CHECK(parse_export_format("html") == ExportFormat::html);
    CHECK(export_format_for_path("x/explorer.HTML") == ExportFormat::html);
    CHECK(export_format_for_path("x.htm") == ExportFormat::html);
    CHECK(to_string(ExportFormat::html) == "html");

    const Dataset data = load_set("hostile-html");
    const std::string page = to_html(data, with_theme());
    CHECK(page.starts_with("<!DOCTYPE html>"));
    CHECK(count(page, "</script") == 3);
    CHECK(count(page, "<!--") == 0);
    CHECK(page.find("The Cytoscape Consortium") != std::string::npos);
    CHECK(page.find("// councilgraph explorer: the app inlined") != std::string::npos);
    CHECK(page.find("<style>\n{{css}}") == std::string::npos);
    CHECK(page == to_html(data, with_theme()));  // deterministic

    const auto doc = nlohmann::json::parse(html_payload(data, with_theme()));
    CHECK(doc["graph"]["elements"]["nodes"].size() == data.nodes.size());
    CHECK(doc["graph"]["elements"]["edges"].size() == data.edges.size());
    CHECK(doc["sources"]["hostile-html"]["title"] == "Hostile </script> source <!-- title");
    CHECK(doc["theme"]["nodes"]["state"]["fillcolor"] == "#cfe2f3");
    // The page folds as fold() does: what it makes of "Ï", "ß", "’".
    CHECK(doc["fold"]["\xC3\x8F"] == "i");
    CHECK(doc["fold"]["\xC3\x9F"] == "ss");
    CHECK(!doc["fold"].contains("\xE2\x80\x99"));
}

TEST_CASE("the html export lays the selection out with Graphviz, or says why not", "[export][html][render]") {
    const Dataset data = load_set("fixture");
    ExportOptions opts = with_theme();
    auto doc = nlohmann::json::parse(html_payload(data, opts));
    const auto& pos = doc["layout"]["positions"];
    REQUIRE(pos.size() == data.nodes.size());
    for (const auto& n : data.nodes) {
        REQUIRE(pos.contains(n.id));
        CHECK(pos[n.id][0].get<double>() >= 0);
        CHECK(pos[n.id][1].get<double>() >= 0);
        CHECK(pos[n.id][2].get<double>() > 0);
    }
    CHECK(!doc["layout"]["engine"].get<std::string>().empty());

    opts.html_layout_max_nodes = data.nodes.size() - 1;
    doc = nlohmann::json::parse(html_payload(data, opts));
    CHECK(!doc["layout"].contains("positions"));
    CHECK(doc["layout"]["reason"].get<std::string>().find("above") != std::string::npos);
}

TEST_CASE("Renderer::layout places every node of a diagram, top-left origin", "[render]") {
    const std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture"};
    const Graph g(load_checked(paths));
    const Theme theme = Theme::load(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/theme/default.json");
    const Diagram d = build_diagram(View(g, Selection{}), theme, DiagramOptions{});
    Renderer r;
    const auto placed = r.layout(d);
    REQUIRE(placed.size() == d.nodes.size());
    double max_y = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        CHECK(placed[i].name == d.nodes[i].name);
        CHECK(placed[i].x >= 0);
        CHECK(placed[i].y >= 0);
        max_y = std::max(max_y, placed[i].y);
    }
    CHECK(max_y > 0);  // not all on one line
}
