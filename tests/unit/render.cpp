// Rendering through Graphviz: structure of the SVG (one <g class="node"> per selected entity,
// titles are ids, tooltips carry the evidence), magic bytes of PNG/PDF, hostile names, Graphviz
// errors as exceptions, and the DOT writer agreeing with the graph built through cgraph's API.
#include <catch2/catch.hpp>

#include <councilgraph/dot.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/style.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

using namespace councilgraph;
namespace pt = boost::property_tree;

// One Renderer for the whole test run: Graphviz wants one context per process (tests/unit/render_diagram.cpp uses it too).
Renderer& renderer();
Renderer& renderer() {
    static Renderer r;
    return r;
}

namespace {

const Theme& theme() {
    static const Theme t = Theme::load(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/theme/default.json");
    return t;
}

const Graph& data(const std::string& which) {
    static std::map<std::string, std::unique_ptr<Graph>> cache;
    auto& g = cache[which];
    if (!g) {
        std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/" + which};
        g = std::make_unique<Graph>(load_checked(paths));
    }
    return *g;
}


struct SvgInfo {
    std::set<std::string> node_titles;
    std::vector<std::string> edge_tooltips;
    std::vector<std::string> texts;
    std::size_t edges = 0;
};

// Parses the SVG as XML (throws if it is not well-formed) and collects nodes, edges and text.
SvgInfo read_svg(const std::string& svg) {
    std::istringstream in(svg);
    pt::ptree doc;
    pt::read_xml(in, doc);
    SvgInfo info;
    std::function<void(const pt::ptree&, const std::string&)> walk = [&](const pt::ptree& t, const std::string& cls) {
        for (const auto& [name, child] : t) {
            if (name == "g") {
                const std::string c = child.get<std::string>("<xmlattr>.class", "");
                if (c == "node") info.node_titles.insert(child.get<std::string>("title"));
                if (c == "edge") ++info.edges;
                walk(child, c.empty() ? cls : c);
            } else if (name == "a") {
                if (cls == "edge") info.edge_tooltips.push_back(child.get<std::string>("<xmlattr>.xlink:title", ""));
                walk(child, cls);
            } else if (name == "text") {
                info.texts.push_back(child.data());
            } else if (name != "<xmlattr>") {
                walk(child, cls);
            }
        }
    };
    walk(doc, "");
    return info;
}

// agwrite orders subgraphs by cgraph's internal ids (string addresses): sort the blocks.
std::string sorted_subgraphs(const std::string& dot) {
    std::string rest;
    std::vector<std::string> blocks;
    std::istringstream in(dot);
    std::string line, block;
    bool inside = false;
    while (std::getline(in, line)) {
        if (!inside && line.rfind("\tsubgraph ", 0) == 0) inside = true;
        (inside ? block : rest) += line + "\n";
        if (inside && line == "\t}") {
            blocks.push_back(block);
            block.clear();
            inside = false;
        }
    }
    std::sort(blocks.begin(), blocks.end());
    for (const auto& b : blocks) rest += b;
    return rest;
}

std::set<std::string> ids(const View& v) {
    std::set<std::string> out;
    for (Vertex n : v.nodes()) out.insert(v.graph().node(n).id);
    return out;
}

}  // namespace

TEST_CASE("SVG has one node per selected entity, titled with its id, and one edge per relation") {
    const Graph& g = data("fixture");
    for (const char* engine : {"dot", "neato", "fdp", "sfdp", "circo", "twopi"}) {
        Selection s;
        s.edge_kinds = {EdgeKind::pen, EdgeKind::veto, EdgeKind::chairs};
        const View v(g, s);
        DiagramOptions o;
        o.engine = engine;
        const std::string svg = renderer().render(build_diagram(v, theme(), o), OutputType::svg);
        const SvgInfo info = read_svg(svg);
        INFO(engine);
        CHECK(info.node_titles == ids(v));
        CHECK(info.edges == v.edges().size());
        CHECK(info.edge_tooltips.size() == v.edges().size());
    }
}

TEST_CASE("every edge tooltip carries its evidence quote and source") {
    const Graph& g = data("fixture");
    Selection s;
    s.edge_kinds = {EdgeKind::veto};
    const View v(g, s);
    const SvgInfo info = read_svg(renderer().render(build_diagram(v, theme(), {}), OutputType::svg));
    REQUIRE(info.edge_tooltips.size() == 3);
    for (const auto& t : info.edge_tooltips) {
        CHECK((t.find("veto: Russia") != std::string::npos || t.find("veto: China") != std::string::npos));
        CHECK(t.find("vetoed draft S/") != std::string::npos);
        CHECK(t.find("Fixture note for councilgraph tests (fixture, L") != std::string::npos);
    }
}

TEST_CASE("PNG and PDF are non-empty with the right magic bytes") {
    const Graph& g = data("fixture");
    const View v(g, Selection{});
    const Diagram d = build_diagram(v, theme(), {});
    const std::string png = renderer().render(d, OutputType::png);
    REQUIRE(png.size() > 1000);
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    const std::string pdf = renderer().render(d, OutputType::pdf);
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.substr(0, 5) == "%PDF-");
}

TEST_CASE("hostile names survive DOT, SVG labels and tooltips") {
    const Graph& g = data("hostile/hostile.json");
    const View v(g, Selection{});
    const Diagram d = build_diagram(v, theme(), {});
    const SvgInfo info = read_svg(renderer().render(d, OutputType::svg));
    CHECK(info.node_titles == ids(v));
    auto has_text = [&](const std::string& t) {
        return std::find(info.texts.begin(), info.texts.end(), t) != info.texts.end();
    };
    // Labels wrap at spaces; every piece must come out exactly as written.
    CHECK(has_text("The \"Quote\" State"));
    CHECK(has_text("Back\\slash \\n \\N Land"));
    CHECK(has_text("\\"));
    CHECK(has_text("<b>Less</b> & More"));
    CHECK(has_text("&amp; <br/>"));
    CHECK(has_text("Two"));
    CHECK(has_text("Lines"));
    CHECK(has_text("Côte d'Ivoire"));
    CHECK(has_text("Türkiye"));
    CHECK(has_text("{braces} committee; ->"));
    CHECK(has_text("[x=\"y\"]"));
    const std::string quote = "“The \"Quote\" State said: a \\ backslash, <b>tags</b> & ampersands &amp; entities must survive.”";
    std::size_t with_quote = 0;
    for (const auto& t : info.edge_tooltips) with_quote += t.find(quote) != std::string::npos;
    CHECK(with_quote == 4);
    bool backslash_name = false;
    for (const auto& t : info.edge_tooltips)
        backslash_name |= t.find("position: Back\\slash \\n \\N Land \\ → Türkiye") != std::string::npos;
    CHECK(backslash_name);
}

TEST_CASE("the DOT text holds exactly what the graph built through cgraph's API holds") {
    for (const char* which : {"fixture", "hostile/hostile.json"}) {
        const Graph& g = data(which);
        for (auto cluster : {ClusterBy::none, ClusterBy::kind, ClusterBy::dossier, ClusterBy::bloc}) {
            DiagramOptions o;
            o.cluster = cluster;
            const Diagram d = build_diagram(View(g, Selection{}), theme(), o);
            INFO(which << " " << to_string(cluster));
            const std::string from_text = sorted_subgraphs(renderer().canonical_dot(to_dot(d)));
            const std::string from_api = sorted_subgraphs(renderer().cgraph_dot(d));
            CHECK((from_api.find("\"state:BEL\"") != std::string::npos || std::string(which) != "fixture"));
            CHECK(from_text == from_api);
            if (from_text != from_api && std::getenv("COUNCILGRAPH_DUMP")) {
                std::ofstream("/tmp/from_text.dot") << from_text;
                std::ofstream("/tmp/from_api.dot") << from_api;
            }
        }
    }
}

TEST_CASE("Graphviz errors become exceptions, not stderr noise") {
    const Graph& g = data("fixture");
    Diagram d = build_diagram(View(g, Selection{}), theme(), {});
    d.html_label = "<TABLE><TR><TD>unclosed";
    CHECK_THROWS_WITH(renderer().render(d, OutputType::svg), Catch::Contains("graphviz:"));
    Diagram e = build_diagram(View(g, Selection{}), theme(), {});
    e.engine = "nonesuch";
    CHECK_THROWS_WITH(renderer().render(e, OutputType::svg), Catch::Contains("layout with nonesuch failed"));
    // The renderer still works afterwards.
    CHECK_FALSE(renderer().render(build_diagram(View(g, Selection{}), theme(), {}), OutputType::svg).empty());
}

TEST_CASE("only one Renderer at a time") {
    (void)renderer();
    CHECK_THROWS_WITH(Renderer(), Catch::Contains("only one Renderer"));
}
