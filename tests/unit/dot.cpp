// The DOT writer and the escaping rules (STYLE.md): one escaping function per layer, output
// deterministic, themes validated with positioned messages, layout limits by size.
#include <catch2/catch.hpp>

#include <councilgraph/dot.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/style.hpp>

using namespace councilgraph;

TEST_CASE("escape_label doubles backslashes, encodes & and line breaks, drops control characters") {
    CHECK(escape_label("a\\b") == "a\\\\b");
    CHECK(escape_label("\\N") == "\\\\N");
    CHECK(escape_label("x & y") == "x &amp; y");
    CHECK(escape_label("two\nlines\r\nthree\rfour") == "two\\nlines\\nthree\\nfour");
    CHECK(escape_label(std::string("tab\there\x01")) == "tab here ");
    CHECK(escape_label("Côte d'Ivoire \"q\" <b>") == "Côte d'Ivoire \"q\" <b>");
}

TEST_CASE("escape_html escapes markup") {
    CHECK(escape_html("<b>a & \"b\"</b>") == "&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;");
}

TEST_CASE("dot_quote escapes quotes and keeps the closing quote safe") {
    CHECK(dot_quote("plain") == "\"plain\"");
    CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(dot_quote("pair \\\\ stays") == "\"pair \\\\ stays\"");
    CHECK(dot_quote("ends\\") == "\"ends\\\\\"");
    CHECK(dot_quote("a\\\"") == "\"a\\\\\\\"\"");
    CHECK(dot_quote("digraph") == "\"digraph\"");
}

TEST_CASE("wrap_label breaks at spaces by characters, not bytes") {
    CHECK(wrap_label("Working Group on Children and Armed Conflict") == "Working Group on\\nChildren and Armed\\nConflict");
    CHECK(wrap_label("Côte d'Ivoire") == "Côte d'Ivoire");
    // 20 characters (39 bytes) and a word fit in 22 characters.
    CHECK(wrap_label("Éééééééééééééééééééé x", 22) == "Éééééééééééééééééééé x");
    CHECK(wrap_label("Éééééééééééééééééééé xy", 22) == "Éééééééééééééééééééé\\nxy");
    CHECK(wrap_label("a\nb") == "a\\nb");
}

TEST_CASE("the same view and options give byte-identical DOT") {
    const std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture"};
    const Graph g(load_checked(paths));
    const Theme t = Theme::load(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/theme/default.json");
    DiagramOptions o;
    o.cluster = ClusterBy::dossier;
    const std::string a = to_dot(View(g, Selection{}), t, o);
    const Graph g2(load_checked(paths));
    CHECK(a == to_dot(View(g2, Selection{}), t, o));
    CHECK(a.find("subgraph \"cluster_dossier:syria-humanitarian\"") != std::string::npos);
}

TEST_CASE("themes are checked, with the place of each problem") {
    const std::string bad = R"({"format": "councilgraph-theme/1",
  "nodes": {"stat": {"shape": "box"}},
  "edges": {"pen": {"label": "x", "color": ["red"]}},
  "variants": [{"edge": "pen", "attr": "role", "equals": "x"}]})";
    try {
        (void)Theme::parse(bad, "bad.json");
        FAIL("no error");
    } catch (const DataError& e) {
        std::vector<std::string> got;
        for (const auto& d : e.diagnostics()) got.push_back(d.str());
        REQUIRE(got.size() == 4);
        CHECK(got[0] == "bad.json:2:21: /nodes/stat: unknown node kind 'stat'");
        CHECK(got[1] == "bad.json:3:44: /edges/pen/color: expected a string, number or boolean");
        CHECK(got[2] == "bad.json:3:30: /edges/pen/label: attribute 'label' is set by councilgraph and cannot be themed");
        CHECK(got[3] == "bad.json:4:16: /variants/0: missing field 'style' in variant");
    }
    CHECK_THROWS_AS(Theme::parse("{", "x.json"), DataError);
    CHECK_THROWS_AS(Theme::parse(R"({"format": "other"})", "x.json"), DataError);
}

TEST_CASE("the layout plan bounds the work by selection size") {
    CHECK(plan_layout("auto", 40, 60).engine == "dot");
    CHECK(plan_layout("auto", 40, 60).graph.empty());
    CHECK(plan_layout("auto", 400, 900).engine == "sfdp");
    const auto big_dot = plan_layout("dot", 400, 900);
    CHECK(big_dot.graph.at("nslimit") == "1");
    CHECK(big_dot.graph.at("mclimit") == "0.1");
    CHECK_FALSE(big_dot.edge_labels);
    CHECK(plan_layout("neato", 147, 331).graph.at("splines") == "line");
    CHECK_THROWS_AS(plan_layout("circo", 320, 900), UsageError);
    CHECK_THROWS_WITH(plan_layout("spring", 1, 1), Catch::Contains("unknown layout engine 'spring'"));
}
