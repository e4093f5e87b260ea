// The diagram builder and its plan: merged edges and their tooltips, totals, the timeline, the
// words in every language, the size limits, DOT ids that stay distinct, and inert SVG.
#include <catch2/catch.hpp>

#include <councilgraph/dot.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/style.hpp>

#include <algorithm>
#include <memory>
#include <regex>
#include <set>

using namespace councilgraph;

Renderer& renderer();  // tests/unit/render.cpp: one context per process

namespace {

const Theme& theme() {
    static const Theme t = Theme::load(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/theme/default.json");
    return t;
}

const Graph& times() {
    static const Graph g(load_checked(std::vector<std::string>{std::string(COUNCILGRAPH_TEST_DATA) + "/render-time"}));
    return g;
}

const DiagramNode& node_named(const Diagram& d, const std::string& name) {
    auto it = std::find_if(d.nodes.begin(), d.nodes.end(), [&](const DiagramNode& n) { return n.name == name; });
    REQUIRE(it != d.nodes.end());
    return *it;
}

const Graph& vetoes() {
    static const Graph g(load_checked(std::vector<std::string>{std::string(COUNCILGRAPH_TEST_DATA) + "/render"}));
    return g;
}


std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

const DiagramEdge& edge_named(const Diagram& d, const std::string& name) {
    auto it = std::find_if(d.edges.begin(), d.edges.end(), [&](const DiagramEdge& e) { return e.name == name; });
    REQUIRE(it != d.edges.end());
    return *it;
}

}  // namespace

TEST_CASE("parallel vetoes by dossier are one edge with the count, the period and every quote") {
    Selection s;
    s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
    DiagramOptions o;
    o.by_dossier = true;
    const Diagram d = build_diagram(View(vetoes(), s), theme(), o);
    const auto& rus = edge_named(d, "veto:state:RUS>dossier:syria");
    CHECK(rus.attrs.at("label") == "×5, 2011–2019");
    CHECK(std::stod(rus.attrs.at("penwidth")) > 3);
    // The stated total is its own, thinner, dashed edge, never added to the count.
    const auto& total = edge_named(d, "veto:state:RUS>dossier:syria@2021-02");
    CHECK(total.attrs.at("label") == "16 in all\\nas stated 2021-02");
    CHECK(total.attrs.at("style") == "dashed");
    // No draft is drawn and no concerns edge: actors against dossiers.
    for (const auto& n : d.nodes) CHECK(n.name.rfind("draft:", 0) == std::string::npos);
    CHECK(d.edges.size() == 4);

    o.merge = false;
    const Diagram each = build_diagram(View(vetoes(), s), theme(), o);
    CHECK(each.edges.size() == 8);
}

TEST_CASE("by dossier around a caster, the dossiers two steps away are drawn with the rerouted vetoes") {
    // Around the United States with only vetoes selected, the dossier is not in the view (it is
    // reached through the draft's `concerns`); drawn by dossier, the veto ends on it, so it is drawn.
    Selection s;
    s.edge_kinds = {EdgeKind::veto};
    s.around = "state:USA";
    DiagramOptions o;
    o.by_dossier = true;
    const View v(vetoes(), s);
    REQUIRE_FALSE(v.has_node(*vetoes().find("dossier:middle-east")));
    const Diagram d = build_diagram(v, theme(), o);
    CHECK(edge_named(d, "veto:state:USA>dossier:middle-east").attrs.count("label"));
    CHECK(std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.name == "dossier:middle-east"; }));
    CHECK(std::none_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.name == "draft:F"; }));
    CHECK_NOTHROW(renderer().render(d, OutputType::svg));
}

TEST_CASE("the SVG tooltip of a merged edge carries every merged quote") {
    Selection s;
    s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
    DiagramOptions o;
    o.by_dossier = true;
    const View v(vetoes(), s);
    const std::string svg = renderer().render(build_diagram(v, theme(), o), OutputType::svg);
    const std::regex title_re("xlink:title=\"(veto: Russia → Syria&#10;5 relations:[^\"]*)\"");
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, title_re));
    const std::string tip = m[1];
    std::size_t quotes = 0;
    for (EdgeIndex i : v.edges_of(EdgeKind::veto)) {
        const Edge& e = vetoes().edge(i);
        if (e.from != "state:RUS" || e.attrs.count("count")) continue;
        ++quotes;
        INFO(e.evidence.front().quote);
        CHECK(tip.find(e.evidence.front().quote) != std::string::npos);
    }
    CHECK(quotes == 5);
    CHECK(count(tip, "through Draft ") == 5);
}

TEST_CASE("the timeline has one column per year and one row per actor") {
    Selection s;
    s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
    DiagramOptions o;
    o.timeline = true;
    o.by_dossier = true;
    const Diagram d = build_diagram(View(vetoes(), s), theme(), o);
    CHECK(d.engine == "dot");
    std::set<std::string> years, rows;
    for (const auto& n : d.nodes) {
        if (n.name.rfind("timeline:year:", 0) == 0) years.insert(n.name.substr(14));
        if (n.name.rfind("timeline:row:", 0) == 0) rows.insert(n.name.substr(13));
    }
    // The stated total of 2021 ("sixteen times by February 2021") is no event of 2021: not a
    // column, counted in the legend.
    CHECK(years == std::set<std::string>{"2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"});
    CHECK(d.html_label.find("1 total stated by a source is not on the timeline") != std::string::npos);
    CHECK(rows == std::set<std::string>{"state:CHN", "state:RUS", "state:USA"});
    // Each cell shares the rank of its year.
    bool found_2012 = false;
    for (const auto& c : d.clusters) {
        if (c.name != "timeline_rank_2012") continue;
        found_2012 = true;
        CHECK(c.attrs.at("rank") == "same");
        std::set<std::string> members;
        for (auto i : c.nodes) members.insert(d.nodes[i].name);
        CHECK(members == std::set<std::string>{"timeline:year:2012", "timeline:cell:state:RUS:2012"});
    }
    CHECK(found_2012);
    const auto cell = std::find_if(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.name == "timeline:cell:state:RUS:2012"; });
    REQUIRE(cell != d.nodes.end());
    CHECK(cell->attrs.at("label") == "Syria ×2");
    // It lays out.
    CHECK(renderer().render(d, OutputType::svg).find("Syria ×2") != std::string::npos);
}

TEST_CASE("French and Dutch diagrams have no English word of the words table left") {
    const Words& w = theme().words;
    for (Lang lang : {Lang::fr, Lang::nl}) {
        Selection s;
        s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
        DiagramOptions o;
        o.lang = lang;
        o.by_dossier = true;
        const Diagram d = build_diagram(View(vetoes(), s), theme(), o);
        std::string text = d.html_label;
        for (const auto& e : d.edges) text += "\n" + (e.attrs.count("label") ? e.attrs.at("label") : "");
        for (const auto& key : w.keys()) {
            const std::string en = w.get(Lang::en, key), other = w.get(lang, key);
            if (en == other || en.find('{') != std::string::npos || en.size() < 4) continue;
            INFO(to_string(lang) << " " << key << " = " << en);
            CHECK(text.find(">" + en + "<") == std::string::npos);
            CHECK(text.find("> " + en + "<") == std::string::npos);
        }
        CHECK(text.find(lang == Lang::fr ? "au total" : "in totaal") != std::string::npos);
        CHECK(text.find(lang == Lang::fr ? "entités" : "entiteiten") != std::string::npos);
    }
}

TEST_CASE("a words or theme file that is not JSON gets the loader's one-line syntax message") {
    // The same message as a data file: file:line:col, the reason, no nlohmann prefix or raw echo.
    const std::string text = "{\"format\": \"councilgraph-words/1\",\n  \"en\": {\"x\": }}";
    for (int which = 0; which < 2; ++which) {
        try {
            if (which == 0) (void)Words::parse(text, "w.json");
            else (void)Theme::parse(text, "t.json");
            FAIL("no error");
        } catch (const DataError& e) {
            REQUIRE(e.diagnostics().size() == 1);
            const std::string msg = e.diagnostics()[0].str();
            CHECK(msg.rfind(which == 0 ? "w.json:2:15: invalid JSON: syntax error" : "t.json:2:15: invalid JSON: syntax error", 0) == 0);
            CHECK(msg.find("json.exception") == std::string::npos);
            CHECK(msg.find("last read") == std::string::npos);
        }
    }
}

TEST_CASE("a words table needs every English word in every language") {
    const std::string text = R"({"format": "councilgraph-words/1",
  "en": {"node.state": "state", "legend.entities": "{n} entities"},
  "nl": {"node.state": "staat"},
  "fr": {"node.state": "État", "legend.entities": "{n} entités"}})";
    try {
        (void)Words::parse(text, "w.json");
        FAIL("no error");
    } catch (const DataError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].str() == "w.json:3:9: /nl: missing 'legend.entities' (every word of en needs a translation)");
    }
    const Words ok = Words::parse(R"({"format": "councilgraph-words/1", "en": {"x": "{n} of {m}"}, "nl": {"x": "{n} van {m}"}, "fr": {"x": "{n} sur {m}"}})", "w.json");
    CHECK(ok.fill(Lang::nl, "x", {{"n", "3"}, {"m", "4"}}) == "3 van 4");
}

TEST_CASE("auto draws with dot unless a rank would be a column too tall to print") {
    // Six casters against 40 dossiers: dot stacks the 40 in one column (3,958 px tall).
    CHECK(plan_layout("auto", LayoutCost{46, 77, 1, 40}).engine == "neato");
    CHECK(plan_layout("auto", LayoutCost{13, 10, 1, 7}).engine == "dot");
    CHECK(plan_layout("dot", LayoutCost{46, 77, 1, 40}).engine == "dot");
    CHECK(plan_layout("auto", LayoutCost{400, 500, 1, 40}).engine == "sfdp");
}

TEST_CASE("outside dot, an edge label is drawn on its line at the end with fewer edges") {
    Selection s;
    s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
    DiagramOptions o;
    o.by_dossier = true;
    o.engine = "twopi";
    const Diagram d = build_diagram(View(vetoes(), s), theme(), o);
    // Syria has three drawn edges (China's and Russia's two), Russia two: the label is at
    // Russia's end, on a white box; China's, with one edge, at China's.
    const auto& rus = edge_named(d, "veto:state:RUS>dossier:syria");
    CHECK_FALSE(rus.attrs.count("label"));
    REQUIRE(rus.html.count("taillabel"));
    CHECK(rus.html.at("taillabel").find(">×5, 2011–2019<") != std::string::npos);
    CHECK(rus.html.at("taillabel").find(R"(BGCOLOR="white")") != std::string::npos);
    CHECK(rus.attrs.at("labelangle") == "0");
    CHECK(edge_named(d, "veto:state:CHN>dossier:syria").html.count("taillabel"));
    CHECK(edge_named(d, "veto:state:USA>dossier:middle-east").html.count("headlabel"));
    // The two edges between Russia and Syria (the stated total and the vetoes) put their labels
    // one after the other along the lines, not on top of each other.
    const auto& total = edge_named(d, "veto:state:RUS>dossier:syria@2021-02");
    REQUIRE(total.html.count("taillabel"));
    CHECK(total.html.at("taillabel").find("16 in all<BR/>as stated 2021-02") != std::string::npos);
    CHECK(std::stod(rus.attrs.at("labeldistance")) > std::stod(total.attrs.at("labeldistance")) + 5);
    // In DOT the label is HTML-like, and Graphviz draws it.
    const std::string dot = to_dot(d);
    CHECK(dot.find("taillabel=<<TABLE") != std::string::npos);
    const std::string svg = renderer().render(d, OutputType::svg);
    CHECK(svg.find(">×5, 2011–2019</text>") != std::string::npos);
    // dot keeps its own labels, beside the edge in a rank of their own.
    o.engine = "dot";
    const Diagram dd = build_diagram(View(vetoes(), s), theme(), o);
    CHECK(edge_named(dd, "veto:state:RUS>dossier:syria").attrs.at("label") == "×5, 2011–2019");
    CHECK(edge_named(dd, "veto:state:RUS>dossier:syria").html.empty());
}

TEST_CASE("above its limit a layout is refused with one line saying how to narrow it") {
    CHECK_THROWS_WITH(plan_layout("sfdp", LayoutCost{40000, 1000, 10}),
                      "render: 40,000 entities are too many for sfdp (its layout is slow beyond 15,000 entities); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), or give --force");
    CHECK_THROWS_WITH(plan_layout("dot", LayoutCost{9335, 8081, 1254}),
                      "render: 9,335 entities are too many for dot (its layout is slow beyond 2,000 entities); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), use --engine sfdp, or give --force");
    // A timeline is always dot: its refusal does not offer another engine.
    CHECK_THROWS_WITH(plan_layout("dot", LayoutCost{2789, 2789, 1}, false, false),
                      "render: 2,789 entities are too many for dot (its layout is slow beyond 2,000 entities); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), or give --force");
    CHECK_THROWS_AS(plan_layout("circo", 320, 900), UsageError);
    CHECK_NOTHROW(plan_layout("dot", LayoutCost{9335, 8081, 1254}, true));
    // The whole record with its votes (12,540 entities, 53,908 relations) is refused for sfdp too.
    CHECK_THROWS_WITH(plan_layout("auto", LayoutCost{12540, 53908, 100}),
                      "render: 53,908 relations are too many for sfdp (its layout is slow beyond 20,000 relations); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), or give --force");
    // When the same selection by dossier would fit, the refusal offers it with its size; not
    // when it would not fit either, nor when it is no smaller.
    const LayoutCost by{191, 4441, 1}, too_big{300, 25000, 1};
    CHECK_THROWS_WITH(plan_layout("auto", LayoutCost{2237, 29003, 40}, false, true, &by),
                      "render: 29,003 relations are too many for sfdp (its layout is slow beyond 20,000 relations); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), draw actors against dossiers with "
                      "--by-dossier (191 entities, 4,441 relations), or give --force");
    CHECK_THROWS_WITH(plan_layout("auto", LayoutCost{2237, 29003, 40}, false, true, &too_big),
                      "render: 29,003 relations are too many for sfdp (its layout is slow beyond 20,000 relations); narrow the "
                      "selection (--at, --from/--to, --edges, --nodes, --around, --dossier), or give --force");
    CHECK_FALSE(within_limits("auto", LayoutCost{2237, 29003, 40}));
    CHECK(within_limits("auto", by));
    // Many components: packed in an array, not one by one.
    const LayoutPlan big = plan_layout("auto", LayoutCost{9335, 8081, 1254});
    CHECK(big.engine == "sfdp");
    CHECK(big.graph.at("packmode") == "array");
    CHECK(big.graph.at("splines") == "line");
    CHECK_FALSE(big.edge_labels);
}

TEST_CASE("entities without a drawn relation are left out unless asked, and counted") {
    const Graph g(load_checked(std::vector<std::string>{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture"}));
    const View v(g, Selection{});
    const Diagram d = build_diagram(v, theme(), {});
    DiagramOptions all;
    all.isolated = true;
    const Diagram e = build_diagram(v, theme(), all);
    CHECK(e.nodes.size() == v.nodes().size());
    const std::size_t left = e.nodes.size() - d.nodes.size();
    REQUIRE(left > 0);
    CHECK(d.html_label.find(std::to_string(left) + " entities without a selected relation are not drawn") != std::string::npos);
}

TEST_CASE("distinct ids stay distinct Graphviz nodes, whatever quotes and backslashes they hold") {
    const std::vector<std::string> ids{"state:a\\\"", "state:a\"", "state:a\\", "state:a\\\\", "state:a%5C", "state:a"};
    std::set<std::string> names;
    for (const auto& id : ids) names.insert(graphviz_name(id));
    CHECK(names.size() == ids.size());
    Diagram d;
    d.engine = "dot";
    for (const auto& id : ids) d.nodes.push_back(DiagramNode{graphviz_name(id), {{"label", escape_label(id)}}});
    for (std::size_t i = 1; i < ids.size(); ++i)
        d.edges.push_back(DiagramEdge{graphviz_name("e" + ids[i]), d.nodes[i - 1].name, d.nodes[i].name, {}, {}});
    const std::string back = renderer().canonical_dot(to_dot(d));
    for (const auto& n : d.nodes) CHECK(back.find(dot_quote(n.name) + "\t[") != std::string::npos);
    CHECK(count(back, " -> ") == ids.size() - 1);
    CHECK(back == renderer().cgraph_dot(d));
}

TEST_CASE("an SVG with a script, a handler or an outside reference is caught") {
    const std::string head = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
    CHECK_FALSE(svg_problem(head + "<g id=\"a\"><title>x &lt;script&gt; onload=</title><!-- <script> --><path fill=\"url(#g)\"/></g></svg>"));
    CHECK(svg_problem(head + "<script>alert(1)</script></svg>") == std::optional<std::string>("a <script> element"));
    CHECK(svg_problem(head + "<g onload=\"alert(1)\"></g></svg>") == std::optional<std::string>("an event handler (onload)"));
    CHECK(svg_problem(head + "<a xlink:href=\"javascript:alert(1)\"></a></svg>") == std::optional<std::string>("a link or style attribute (xlink:href)"));
    CHECK(svg_problem(head + "<path fill=\"url(https://x.org/p)\"/></svg>") == std::optional<std::string>("an external url() in fill"));
    CHECK(svg_problem("<?xml-stylesheet href=\"x.css\"?>" + head + "</svg>") == std::optional<std::string>("a stylesheet reference"));
    CHECK(svg_problem(head + "<image/></svg>") == std::optional<std::string>("a <image> element"));
    // What Graphviz writes for hostile data passes, without its DOCTYPE.
    const Graph g(load_checked(std::vector<std::string>{std::string(COUNCILGRAPH_TEST_DATA) + "/hostile/hostile.json"}));
    const std::string svg = renderer().render(build_diagram(View(g, Selection{}), theme(), {}), OutputType::svg);
    CHECK_FALSE(svg_problem(svg));
    CHECK(svg.find("<!DOCTYPE") == std::string::npos);
}

TEST_CASE("themes are data: colours, shapes, fonts from known sets, no reference to anything outside") {
    const std::string bad = R"J({"format": "councilgraph-theme/1",
  "graph": {"stylesheet": "x.css", "bgcolor": "url(x)"},
  "node": {"fontname": "javascript:alert(1)", "shape": "box", "color": "#2b5d8a"},
  "edge": {"URL": "https://example.org", "arrowhead": "tee", "penwidth": "1e9"}})J";
    try {
        (void)Theme::parse(bad, "t.json");
        FAIL("no error");
    } catch (const DataError& e) {
        std::vector<std::string> got;
        for (const auto& d : e.diagnostics()) got.push_back(d.str());
        REQUIRE(got.size() == 5);
        CHECK(got[0] == "t.json:2:47: /graph/bgcolor: 'url(x)' is not a valid bgcolor (expected a colour: a name such as 'red', or '#rrggbb' / '#rrggbbaa', or a list 'a:b')");
        CHECK(got[1] == "t.json:2:27: /graph/stylesheet: attribute 'stylesheet' refers to files, links or markup and cannot be themed");
        CHECK(got[2].rfind("t.json:3:24: /node/fontname: 'javascript:alert(1)' is not a valid fontname", 0) == 0);
        CHECK(got[3] == "t.json:4:19: /edge/URL: attribute 'URL' is set by councilgraph and cannot be themed");
        CHECK(got[4] == "t.json:4:74: /edge/penwidth: '1e9' is not a valid penwidth (expected a number)");
    }
}

TEST_CASE("a composition timeline names what each member did, a permanent seat runs to the window's end") {
    Selection s;
    s.around = "Security Council";
    s.edge_kinds = {EdgeKind::member, EdgeKind::presides};
    s.window = window_between(Date{2019, 1, 1}, Date{2020, 12, 31});
    DiagramOptions o;
    o.timeline = true;
    const Diagram d = build_diagram(View(times(), s), theme(), o);
    // One target (the Council): the cells say the relation, with the presidency's month.
    CHECK(node_named(d, "timeline:cell:state:BEL:2020").attrs.at("label") == "member (elected)\\npresides 2020-02");
    CHECK(node_named(d, "timeline:cell:state:BEL:2019").attrs.at("label") == "member (elected)");
    // The seat held since 1945 with no end is in both years of the window.
    CHECK(node_named(d, "timeline:cell:state:USA:2019").attrs.at("label") == "member (permanent)");
    CHECK(node_named(d, "timeline:cell:state:USA:2020").attrs.at("label") == "member (permanent)");
    // Rows are written last first: dot stacks a rank's nodes in the reverse of the file's order.
    std::vector<std::string> rows;
    for (const auto& n : d.nodes)
        if (n.name.rfind("timeline:row:", 0) == 0) rows.push_back(n.name.substr(13));
    CHECK(rows == std::vector<std::string>{"state:USA", "state:BEL"});
    CHECK(d.nodes.back().name == "timeline:year:2020");
}

TEST_CASE("in a time window, undated relations of a dated kind are left out and counted, and --undated draws them") {
    Selection s;
    s.edge_kinds = {EdgeKind::member};
    s.window = window_at(Date{2019, 0, 0});
    DiagramOptions o;
    const Diagram d = build_diagram(View(times(), s), theme(), o);
    for (const auto& n : d.nodes) CHECK(n.name != "group:weog");
    CHECK(d.html_label.find("1 undated relation is not drawn in this window (--undated draws it)") != std::string::npos);
    o.undated = true;
    const Diagram all = build_diagram(View(times(), s), theme(), o);
    CHECK(std::any_of(all.nodes.begin(), all.nodes.end(), [](const DiagramNode& n) { return n.name == "group:weog"; }));
    CHECK(all.html_label.find("undated") == std::string::npos);
    o.lang = Lang::nl;
    const Diagram nl = build_diagram(View(times(), s), theme(), o);
    const auto weog = std::find_if(nl.edges.begin(), nl.edges.end(), [](const DiagramEdge& e) { return e.head == "group:weog"; });
    REQUIRE(weog != nl.edges.end());
    CHECK(weog->attrs.at("label") == "regionale groep");
    // Without a window nothing is left out.
    o.undated = false;
    Selection no_window;
    no_window.edge_kinds = {EdgeKind::member};
    const Diagram timeless = build_diagram(View(times(), no_window), theme(), o);
    CHECK(std::any_of(timeless.nodes.begin(), timeless.nodes.end(), [](const DiagramNode& n) { return n.name == "group:weog"; }));
}

TEST_CASE("by dossier, a dossier selection draws texts to that dossier and its parts, and a veto of one text is no total") {
    Selection s;
    s.edge_kinds = {EdgeKind::veto, EdgeKind::concerns};
    DiagramOptions o;
    o.by_dossier = true;
    // Without --dossier: to both dossiers of draft G, and the legend says a text went to each.
    const Diagram both = build_diagram(View(times(), s), theme(), o);
    const auto& cw = edge_named(both, "veto:state:RUS>dossier:syria-cw");
    edge_named(both, "veto:state:RUS>dossier:middle-east");
    CHECK(both.html_label.find("a text about several dossiers is drawn to each of them") != std::string::npos);
    // Its count (12) is a rank: drawn as one veto (solid, dated), never as a stated total.
    CHECK(cw.attrs.at("label") == "2018-04-10");
    CHECK(cw.attrs.at("style").find("dashed") == std::string::npos);
    CHECK(both.html_label.find("a total as stated") == std::string::npos);
    // No concerns edge is drawn, not even the dossiers' own part_of/concerns ties.
    for (const auto& e : both.edges) CHECK(e.name.rfind("concerns:", 0) == std::string::npos);
    // With --dossier Syria: only Syria and its parts (chemical weapons), not the Middle East.
    s.dossier = "Syria";
    const Diagram syria = build_diagram(View(times(), s), theme(), o);
    edge_named(syria, "veto:state:RUS>dossier:syria-cw");
    for (const auto& e : syria.edges) CHECK(e.head != "dossier:middle-east");
    CHECK(syria.html_label.find("several dossiers") == std::string::npos);
}
