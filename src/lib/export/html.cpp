#include "export/common.hpp"
#include "export/web_assets.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/graph.hpp>
#include <councilgraph/names.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/style.hpp>

#include <cmath>
#include <map>
#include <set>

namespace councilgraph {

using nlohmann::ordered_json;

namespace {

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// What fold() makes of each code point, so the page folds a search exactly as the CLI does:
// fold("a" + c + "a") is "aXa" (c folds to X), "aa" (c vanishes) or "a a" (c separates words,
// the default the page assumes for every code point not listed). Read from fold() itself rather
// than copied, so the two cannot drift apart.
ordered_json fold_table() {
    ordered_json t = ordered_json::object();
    auto scan = [&](char32_t lo, char32_t hi) {
        for (char32_t cp = lo; cp <= hi; ++cp) {
            std::string probe = "a";
            append_utf8(probe, cp);
            probe += 'a';
            const std::string f = fold(probe);
            if (f == "a a") continue;
            std::string key;
            append_utf8(key, cp);
            t[key] = f.size() >= 2 ? f.substr(1, f.size() - 2) : std::string();
        }
    };
    scan(0x20, 0x7E);      // ASCII: case and punctuation
    scan(0xA0, 0x52F);     // Latin-1, Latin Extended, IPA, combining marks, Greek, Cyrillic
    scan(0x1E00, 0x1EFF);  // Latin Extended Additional
    scan(0x2000, 0x206F);  // general punctuation
    return t;
}

ordered_json attrs_json(const GvAttrs& a) {
    ordered_json o = ordered_json::object();
    for (const auto& [k, v] : a) o[k] = v;
    return o;
}

// The theme's look per kind, for the page's stylesheet and legend (defaults merged in).
ordered_json theme_json(const Theme& theme) {
    ordered_json t;
    ordered_json nodes = ordered_json::object(), edges = ordered_json::object();
    for (NodeKind k : all_node_kinds()) {
        GvAttrs a = theme.node;
        for (const auto& [key, v] : theme.node_style(k)) a[key] = v;
        nodes[std::string(to_string(k))] = attrs_json(a);
    }
    for (EdgeKind k : all_edge_kinds()) {
        GvAttrs a = theme.edge;
        for (const auto& [key, v] : theme.edges[static_cast<std::size_t>(k)]) a[key] = v;
        edges[std::string(to_string(k))] = attrs_json(a);
    }
    ordered_json variants = ordered_json::array();
    for (const auto& v : theme.variants)
        variants.push_back({{"edge", std::string(to_string(v.kind))},
                            {"attr", property_name(v.attr)},  // the name the element data uses
                            {"equals", v.equals ? ordered_json(*v.equals) : ordered_json(nullptr)},  // null: any value
                            {"style", attrs_json(v.style)}});
    t["nodes"] = std::move(nodes);
    t["edges"] = std::move(edges);
    t["variants"] = std::move(variants);
    return t;
}

ordered_json sources_json(const Dataset& data) {
    ordered_json o = ordered_json::object();
    for (const auto& s : data.sources) {
        ordered_json j;
        j["title"] = s.title;
        if (!s.file.empty()) j["file"] = s.file;
        if (s.date) j["date"] = s.date->str();
        if (!s.lang.empty()) j["lang"] = s.lang;
        if (!s.url.empty()) j["url"] = s.url;
        if (!s.note.empty()) j["note"] = s.note;
        o[s.id] = std::move(j);
    }
    return o;
}

[[maybe_unused]] ordered_json span_json(const TimeSpan& t) {  // used once the model has lives
    ordered_json o = ordered_json::object();
    if (t.date) o["date"] = t.date->str();
    if (t.start) o["start"] = t.start->str();
    if (t.end) o["end"] = t.end->str();
    return o;
}

// Node lifespans and derived edge times, for the page's time rule (view.hpp): written when the
// model has them (a node's `life`, an edge's `time_derived`), so the page follows the model as it
// grows. Templates, so that a model without these members still compiles.
template <class N>
ordered_json lives_json(const std::vector<N>& nodes) {
    ordered_json o = ordered_json::object();
    if constexpr (requires(const N& n) { n.life.undated(); })
        for (const auto& n : nodes)
            if (!n.life.undated()) o[n.id] = span_json(n.life);
    return o;
}
template <class E>
ordered_json derived_json(const std::vector<E>& edges) {
    ordered_json o = ordered_json::array();
    if constexpr (requires(const E& e) { bool(e.time_derived); })
        for (const auto& e : edges)
            if (e.time_derived) o.push_back(e.id);
    return o;
}

// The page needs a position for every node, also those without a drawn relation, which a
// diagram may leave out (DiagramOptions::isolated, where the model has it).
template <class Options>
void keep_every_node(Options& o) {
    if constexpr (requires(Options& x) { x.isolated = true; }) o.isolated = true;
}

double rounded(double v) { return std::round(v * 10.0) / 10.0; }

// Graphviz positions of the nodes, laid out as `render` would lay out the same selection, or the
// reason there are none.
ordered_json layout_json(const Dataset& data, const ExportOptions& opts) {
    ordered_json l;
    if (data.nodes.empty()) {
        l["reason"] = "empty selection";
        return l;
    }
    if (data.nodes.size() > opts.html_layout_max_nodes) {
        l["reason"] = std::to_string(data.nodes.size()) + " nodes: above " + std::to_string(opts.html_layout_max_nodes) +
                      ", Graphviz is not run at export time";
        return l;
    }
    const Graph g(data);
    DiagramOptions d;
    d.lang = opts.lang;
    keep_every_node(d);
    Diagram diagram;
    std::vector<NodePlacement> placed;
    try {
        diagram = build_diagram(View(g, Selection{}), opts.theme, d);
        Renderer renderer;
        placed = renderer.layout(diagram);
    } catch (const UsageError& e) {  // the layout plan refuses a drawing this large
        l["reason"] = e.what();
        return l;
    }
    std::map<std::string, std::string, std::less<>> id_of;  // Graphviz name -> id (they differ for ids with " or \\)
    for (const auto& n : data.nodes) id_of[graphviz_name(n.id)] = n.id;
    ordered_json pos = ordered_json::object();
    for (const auto& p : placed)
        pos[id_of.count(p.name) ? id_of[p.name] : p.name] = {rounded(p.x), rounded(p.y), rounded(p.width), rounded(p.height)};
    l["engine"] = diagram.engine;
    l["positions"] = std::move(pos);
    return l;
}

// The template with each `{{name}}` replaced by its value. The template is read once, left to
// right, so nothing inserted is ever searched for marks; each name must occur exactly once.
std::string assemble(std::string_view tpl, const std::map<std::string, std::string, std::less<>>& values) {
    std::string out;
    std::set<std::string, std::less<>> seen;
    std::size_t at = 0;
    for (;;) {
        const auto open = tpl.find("{{", at);
        if (open == std::string_view::npos) break;
        const auto close = tpl.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        const std::string_view name = tpl.substr(open + 2, close - open - 2);
        auto it = values.find(name);
        if (it == values.end() || !seen.insert(std::string(name)).second)
            throw Error("html export: the page template has an unknown or repeated {{" + std::string(name) + "}}");
        out += tpl.substr(at, open - at);
        out += it->second;
        at = close + 2;
    }
    out += tpl.substr(at);
    if (seen.size() != values.size()) throw Error("html export: the page template lacks a {{...}} mark");
    return out;
}

// A script's text must not hold `</script` (it would end the element) nor `<!--` (it changes how
// the parser looks for the end). Ours are checked, not rewritten: rewriting code could change it.
void check_script(std::string_view text, std::string_view what) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
        throw Error("html export: " + std::string(what) + " holds `</script` or `<!--` and cannot be inlined");
}

}  // namespace

std::string script_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 64);
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<') {
            out += "\\u003c";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string html_payload(const Dataset& data, const ExportOptions& opts) {
    ordered_json doc;
    doc["format"] = "councilgraph-explorer/1";
    doc["generator"] = "councilgraph export --format html";
    doc["lang"] = std::string(to_string(opts.lang));
    ordered_json kinds;
    kinds["nodes"] = ordered_json::array();
    kinds["edges"] = ordered_json::array();
    for (NodeKind k : all_node_kinds()) kinds["nodes"].push_back(std::string(to_string(k)));
    for (EdgeKind k : all_edge_kinds()) kinds["edges"].push_back(std::string(to_string(k)));
    doc["kinds"] = std::move(kinds);
    doc["theme"] = theme_json(opts.theme);
    doc["sources"] = sources_json(data);
    doc["layout"] = layout_json(data, opts);
    doc["fold"] = fold_table();
    doc["lives"] = lives_json(data.nodes);
    doc["derived"] = derived_json(data.edges);
    doc["graph"] = detail::cytoscape_json(data, opts);
    return doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string to_html(const Dataset& data, const ExportOptions& opts) {
    const std::string css = detail::joined(detail::web_css);
    const std::string app = detail::joined(detail::web_app);
    const std::string lib = detail::joined(detail::web_cytoscape);
    check_script(lib, "cytoscape.min.js");
    check_script(app, "explorer.js");
    if (css.find("</") != std::string::npos) throw Error("html export: explorer.css holds `</`");
    const std::string title = "councilgraph explorer: " + std::to_string(data.nodes.size()) + " nodes, " +
                              std::to_string(data.edges.size()) + " relations";
    return assemble(detail::joined(detail::web_template), {{"title", escape_html(title)},
                                                           {"css", css},
                                                           {"cytoscape", lib},
                                                           {"data", script_safe_json(html_payload(data, opts))},
                                                           {"app", app}});
}

}  // namespace councilgraph
