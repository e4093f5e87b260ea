#include <councilgraph/style.hpp>

#include <councilgraph/load.hpp>

#include "json_positions.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace councilgraph {

using json = nlohmann::json;

std::optional<ClusterBy> parse_cluster_by(std::string_view s) noexcept {
    if (s == "none") return ClusterBy::none;
    if (s == "dossier") return ClusterBy::dossier;
    if (s == "bloc") return ClusterBy::bloc;
    if (s == "kind") return ClusterBy::kind;
    return std::nullopt;
}

std::string_view to_string(ClusterBy c) noexcept {
    switch (c) {
        case ClusterBy::none: return "none";
        case ClusterBy::dossier: return "dossier";
        case ClusterBy::bloc: return "bloc";
        case ClusterBy::kind: return "kind";
    }
    return "none";
}

// ---------------------------------------------------------------------------------------------
// Escaping

std::string escape_label(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '&': out += "&amp;"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
                else out += c;
        }
    }
    return out;
}

std::string escape_tooltip(std::string_view text) {
    std::string plain;
    plain.reserve(text.size());
    for (char c : text) {
        if (c == '\\') plain += "⧵";
        else plain += c;
    }
    return escape_label(plain);
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
                else out += c;
        }
    }
    return out;
}

namespace {

// Number of UTF-8 characters (continuation bytes do not count).
std::size_t u8_length(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

std::string wrap_label(std::string_view text, std::size_t width) {
    // Existing line breaks are kept; each line is then filled word by word.
    std::string out;
    std::size_t start = 0;
    bool first_line = true;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(start, nl - start);
        if (!first_line) out += "\\n";
        first_line = false;
        std::size_t len = 0;
        std::size_t p = 0;
        while (p < line.size()) {
            std::size_t sp = line.find(' ', p);
            if (sp == std::string_view::npos) sp = line.size();
            std::string_view word = line.substr(p, sp - p);
            const std::size_t wl = u8_length(word);
            if (len > 0 && len + 1 + wl > width) {
                out += "\\n";
                len = 0;
            } else if (p > 0) {
                out += ' ';
                ++len;
            }
            out += escape_label(word);
            len += wl;
            p = sp + 1;
            if (sp == line.size()) break;
        }
        start = nl + 1;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Theme

namespace {

// Attributes councilgraph sets itself; a theme may not override them.
constexpr std::string_view reserved_attrs[] = {"label", "tooltip", "id", "labeltooltip", "URL", "href",
                                               "layout", "key", "root", "xlabel", "comment"};

class ThemeReader {
public:
    ThemeReader(std::string_view text, const std::string& file) : file_(file), text_(text) {}

    Theme read() {
        json doc;
        try {
            doc = json::parse(text_);
        } catch (const json::parse_error& e) {
            const auto pos = detail::position_of_offset(text_, e.byte > 0 ? e.byte - 1 : 0);
            throw DataError({{Location{file_, pos.line, pos.column}, std::string("invalid JSON: ") + e.what()}});
        }
        pos_ = detail::json_positions(text_);
        Theme t;
        if (!doc.is_object()) {
            err("", "expected a theme (a JSON object)");
            finish();
        }
        static constexpr std::string_view keys[] = {"format", "name", "legend", "graph", "node", "edge",
                                                    "cluster", "nodes", "edges", "variants"};
        for (const auto& [k, v] : doc.items())
            if (std::find(std::begin(keys), std::end(keys), k) == std::end(keys))
                err("/" + detail::pointer_escape(k),
                    "unknown field '" + k + "' in theme (expected format, name, legend, graph, node, edge, "
                    "cluster, nodes, edges, variants)");
        auto fmt_it = doc.find("format");
        if (fmt_it == doc.end() || !fmt_it->is_string() || *fmt_it != "councilgraph-theme/1")
            err(fmt_it == doc.end() ? "" : "/format", "expected \"format\": \"councilgraph-theme/1\"");
        if (auto it = doc.find("name"); it != doc.end()) {
            if (it->is_string()) t.name = it->get<std::string>();
            else err("/name", "expected a string");
        }
        if (auto it = doc.find("legend"); it != doc.end()) {
            if (it->is_boolean()) t.legend = it->get<bool>();
            else err("/legend", "expected true or false");
        }
        t.graph = attrs(doc, "graph");
        t.node = attrs(doc, "node");
        t.edge = attrs(doc, "edge");
        t.cluster = attrs(doc, "cluster");
        if (auto it = doc.find("nodes"); it != doc.end()) {
            if (!it->is_object()) err("/nodes", "expected an object of node kinds");
            else
                for (const auto& [k, v] : it->items()) {
                    const std::string p = "/nodes/" + detail::pointer_escape(k);
                    if (auto kind = parse_node_kind(k)) t.nodes[static_cast<std::size_t>(*kind)] = attr_map(v, p);
                    else err(p, "unknown node kind '" + k + "'");
                }
        }
        if (auto it = doc.find("edges"); it != doc.end()) {
            if (!it->is_object()) err("/edges", "expected an object of edge kinds");
            else
                for (const auto& [k, v] : it->items()) {
                    const std::string p = "/edges/" + detail::pointer_escape(k);
                    if (auto kind = parse_edge_kind(k)) t.edges[static_cast<std::size_t>(*kind)] = attr_map(v, p);
                    else err(p, "unknown edge kind '" + k + "'");
                }
        }
        if (auto it = doc.find("variants"); it != doc.end()) {
            if (!it->is_array()) err("/variants", "expected an array of variants");
            else
                for (std::size_t i = 0; i < it->size(); ++i) variant((*it)[i], "/variants/" + std::to_string(i), t);
        }
        finish();
        return t;
    }

private:
    void err(const std::string& ptr, std::string msg) {
        Location l{file_, 0, 0, ptr};
        for (std::string p = ptr;; p.erase(p.rfind('/'))) {
            if (auto it = pos_.find(p); it != pos_.end()) {
                l.line = it->second.line;
                l.column = it->second.column;
                break;
            }
            if (p.empty()) break;
        }
        problems_.push_back({l, std::move(msg)});
    }
    void finish() {
        if (!problems_.empty()) throw DataError(std::move(problems_));
    }

    GvAttrs attrs(const json& doc, const char* key) {
        auto it = doc.find(key);
        if (it == doc.end()) return {};
        return attr_map(*it, std::string("/") + key);
    }

    GvAttrs attr_map(const json& v, const std::string& ptr) {
        GvAttrs out;
        if (!v.is_object()) {
            err(ptr, "expected an object of Graphviz attributes");
            return out;
        }
        for (const auto& [k, val] : v.items()) {
            const std::string p = ptr + "/" + detail::pointer_escape(k);
            const bool name_ok = !k.empty() && std::all_of(k.begin(), k.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            });
            if (!name_ok) {
                err(p, "'" + k + "' is not a Graphviz attribute name");
                continue;
            }
            if (std::find(std::begin(reserved_attrs), std::end(reserved_attrs), k) != std::end(reserved_attrs)) {
                err(p, "attribute '" + k + "' is set by councilgraph and cannot be themed");
                continue;
            }
            if (val.is_string()) {
                const auto& s = val.get_ref<const std::string&>();
                if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '\\'; }))
                    err(p, "attribute values may not hold control characters or backslashes");
                else
                    out[k] = s;
            } else if (val.is_number_integer()) {
                out[k] = std::to_string(val.get<std::int64_t>());
            } else if (val.is_number()) {
                out[k] = fmt::format("{}", val.get<double>());
            } else if (val.is_boolean()) {
                out[k] = val.get<bool>() ? "true" : "false";
            } else {
                err(p, "expected a string, number or boolean");
            }
        }
        return out;
    }

    void variant(const json& v, const std::string& ptr, Theme& t) {
        if (!v.is_object()) {
            err(ptr, "expected a variant {\"edge\", \"attr\", \"equals\", \"style\"}");
            return;
        }
        Theme::Variant var;
        bool ok = true;
        for (const auto& [k, _] : v.items())
            if (k != "edge" && k != "attr" && k != "equals" && k != "style") {
                err(ptr + "/" + detail::pointer_escape(k), "unknown field '" + k + "' in variant (expected edge, attr, equals, style)");
                ok = false;
            }
        auto str = [&](const char* key) -> std::optional<std::string> {
            auto it = v.find(key);
            if (it == v.end() || !it->is_string()) {
                err(it == v.end() ? ptr : ptr + "/" + key, std::string("expected a string '") + key + "' in variant");
                return std::nullopt;
            }
            return it->get<std::string>();
        };
        auto edge = str("edge");
        auto attr = str("attr");
        auto equals = str("equals");
        if (edge) {
            if (auto k = parse_edge_kind(*edge)) var.kind = *k;
            else {
                err(ptr + "/edge", "unknown edge kind '" + *edge + "'");
                ok = false;
            }
        }
        if (!edge || !attr || !equals || !ok) return;
        var.attr = *attr;
        var.equals = *equals;
        auto st = v.find("style");
        if (st == v.end()) {
            err(ptr, "missing field 'style' in variant");
            return;
        }
        var.style = attr_map(*st, ptr + "/style");
        t.variants.push_back(std::move(var));
    }

    std::string file_;
    std::string_view text_;
    detail::PositionTable pos_;
    std::vector<Diagnostic> problems_;
};

}  // namespace

Theme Theme::parse(std::string_view text, const std::string& file) { return ThemeReader(text, file).read(); }

Theme Theme::load(const std::filesystem::path& path) {
    const std::string text = read_file(path);
    return parse(text, path.string());
}

GvAttrs Theme::node_style(NodeKind k) const { return nodes[static_cast<std::size_t>(k)]; }

GvAttrs Theme::edge_style(const Edge& e) const {
    GvAttrs out = edges[static_cast<std::size_t>(e.kind)];
    for (const auto& v : variants) {
        if (v.kind != e.kind) continue;
        auto it = e.attrs.find(v.attr);
        if (it == e.attrs.end() || to_string(it->second) != v.equals) continue;
        for (const auto& [k, val] : v.style) out[k] = val;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Layout plan

LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges) {
    LayoutPlan p;
    if (engine == "auto") {
        p.engine = (nodes <= 150 && edges <= 400) ? "dot" : "sfdp";
    } else if (std::find(layout_engines.begin(), layout_engines.end(), engine) != layout_engines.end()) {
        p.engine = std::string(engine);
    } else {
        throw UsageError("--engine: unknown layout engine '" + std::string(engine) +
                         "' (expected auto, dot, neato, fdp, sfdp, circo or twopi)");
    }
    const std::size_t size = std::max(nodes, edges / 2);
    if (p.engine == "dot") {
        // Network simplex and crossing minimisation are what explode on large, flat graphs.
        if (size > 150) {
            p.graph = {{"nslimit", "1"}, {"nslimit1", "1"}, {"mclimit", "0.1"}, {"searchsize", "10"}, {"remincross", "false"}};
            p.edge_labels = false;
        } else if (size > 60) {
            p.graph = {{"nslimit", "4"}, {"nslimit1", "4"}, {"mclimit", "0.5"}, {"searchsize", "30"}};
        }
    } else {
        if (p.engine == "circo" && edges > 600)
            throw UsageError("--engine circo: " + std::to_string(edges) +
                             " relations are too many for circo (it takes minutes beyond 600); use sfdp or dot, "
                             "or narrow the selection");
        p.graph["overlap"] = "prism";
        // Routing splines around obstacles is what makes these engines slow (twopi took 9 s on
        // 147 nodes and 331 edges): straight lines beyond 120 edges, and no edge labels beyond 300.
        p.graph["splines"] = edges > 120 ? "line" : "true";
        if (edges > 300) p.edge_labels = false;
        if (p.engine == "neato" || p.engine == "fdp") p.graph["maxiter"] = size > 200 ? "300" : "1000";
        if (p.engine == "twopi" || p.engine == "circo") p.graph["ranksep"] = "1.2";
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Diagram

namespace {

// Proleptic Gregorian date of a day number (days since 1970-01-01).
Date civil_from_days(std::int32_t z) {
    z += 719468;
    const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int32_t doe = z - era * 146097;
    const std::int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int32_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

// The shortest dates naming the days of a window: `2019`, `2018 – 2020`, `2020-02`, ...
std::string window_text(const DayRange& w) {
    if (w.unbounded()) return {};
    auto lo_text = [&] {
        Date d = civil_from_days(w.lo);
        if (d.month == 1 && d.day == 1) return std::to_string(d.year);
        if (d.day == 1) return Date{d.year, d.month, 0}.str();
        return d.str();
    };
    auto hi_text = [&] {
        Date d = civil_from_days(w.hi);
        if (d.month == 12 && d.day == 31) return std::to_string(d.year);
        if (d.day == days_in_month(d.year, d.month)) return Date{d.year, d.month, 0}.str();
        return d.str();
    };
    if (w.lo == DayRange::min) return "until " + hi_text();
    if (w.hi == DayRange::max) return "from " + lo_text();
    const std::string a = lo_text(), b = hi_text();
    if (a == b) return a;
    return a + " – " + b;
}

std::string describe(const View& view, Lang lang) {
    const Graph& g = view.graph();
    const Selection& s = view.selection();
    std::vector<std::string> parts;
    if (!s.edge_kinds.empty()) {
        std::string k;
        for (auto e : s.edge_kinds) k += (k.empty() ? "" : ", ") + std::string(to_string(e));
        parts.push_back(k);
    }
    if (!s.node_kinds.empty()) {
        std::string k;
        for (auto n : s.node_kinds) k += (k.empty() ? "" : ", ") + std::string(to_string(n));
        parts.push_back("nodes: " + k);
    }
    if (auto w = window_text(s.window); !w.empty()) parts.push_back(w);
    if (view.anchor()) parts.push_back("around " + g.node(*view.anchor()).name.in(lang) + " (depth " + std::to_string(s.depth) + ")");
    if (s.dossier) {
        static constexpr NodeKind dk[] = {NodeKind::dossier};
        parts.push_back("dossier " + g.node(g.resolve(*s.dossier, dk)).name.in(lang));
    }
    if (parts.empty()) parts.push_back("all relations");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
    return out;
}

// The word that says what kind of relation this particular edge is, if the data says.
std::string qualifier(const Edge& e) {
    for (const char* key : {"role", "vote", "stance", "type", "office", "result", "scope"}) {
        auto it = e.attrs.find(key);
        if (it != e.attrs.end()) return to_string(it->second);
    }
    return {};
}

std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
    return out;
}

std::string edge_tooltip(const Graph& g, const Edge& e, Lang lang) {
    std::string t = std::string(to_string(e.kind)) + ": " + g.node(*g.find(e.from)).name.in(lang) + " → " +
                    g.node(*g.find(e.to)).name.in(lang);
    if (auto when = e.time.str(); !when.empty()) t += ", " + when;
    for (const auto& [k, v] : e.attrs) t += "; " + k + "=" + to_string(v);
    for (const auto& ev : e.evidence) {
        const Source* src = g.find_source(ev.source);
        const std::string title = src ? src->title : ev.source;
        t += "\n";
        if (!ev.quote.empty()) {
            t += "“" + ev.quote + "” — " + title + " (" + ev.source;
            if (!ev.locator.empty()) t += ", " + ev.locator;
            t += ")";
        } else {
            t += title + " (" + ev.source + ", " + ev.record + ")";
        }
    }
    return t;
}

// A short glyph run standing for an edge's pen in the legend.
std::string line_sample(const GvAttrs& style, const GvAttrs& defaults) {
    auto get = [&](const char* k) -> std::string {
        if (auto it = style.find(k); it != style.end()) return it->second;
        if (auto it = defaults.find(k); it != defaults.end()) return it->second;
        return {};
    };
    const std::string st = get("style");
    double pw = 1;
    if (auto s = get("penwidth"); !s.empty()) {
        try {
            pw = std::stod(s);
        } catch (...) {
        }
    }
    if (st.find("dashed") != std::string::npos) return "– – –";
    if (st.find("dotted") != std::string::npos) return "· · · · ·";
    if (pw >= 2 || st.find("bold") != std::string::npos) return "━━━━";
    return "────";
}

std::string attr_or(const GvAttrs& a, const GvAttrs& b, const char* key, const char* fallback) {
    if (auto it = a.find(key); it != a.end()) return it->second;
    if (auto it = b.find(key); it != b.end()) return it->second;
    return fallback;
}

std::string legend_html(const View& view, const Theme& theme, const std::string& title,
                        const std::vector<DiagramNode>& nodes, std::size_t edge_count) {
    const Graph& g = view.graph();
    std::array<bool, node_kind_count> nk{};
    for (Vertex v : view.nodes()) nk[static_cast<std::size_t>(g.node(v).kind)] = true;
    // Edge legend entries: each kind present, and each of its variants present.
    struct Entry {
        std::string text;
        GvAttrs style;
    };
    std::vector<Entry> entries;
    for (auto k : all_edge_kinds()) {
        bool base = false;
        std::vector<char> var(theme.variants.size(), 0);
        for (EdgeIndex i : view.edges_of(k)) {
            const Edge& e = g.edge(i);
            bool any = false;
            for (std::size_t j = 0; j < theme.variants.size(); ++j) {
                const auto& v = theme.variants[j];
                if (v.kind != k) continue;
                auto it = e.attrs.find(v.attr);
                if (it != e.attrs.end() && to_string(it->second) == v.equals) var[j] = any = true;
            }
            if (!any) base = true;
        }
        if (base) entries.push_back({std::string(to_string(k)), theme.edges[static_cast<std::size_t>(k)]});
        for (std::size_t j = 0; j < var.size(); ++j) {
            if (!var[j]) continue;
            GvAttrs st = theme.edges[static_cast<std::size_t>(k)];
            for (const auto& [a, b] : theme.variants[j].style) st[a] = b;
            entries.push_back({std::string(to_string(k)) + " (" + theme.variants[j].equals + ")", st});
        }
    }

    std::string h = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)";
    h += R"(<TR><TD ALIGN="LEFT"><B>)" + escape_html(title) + "</B> <FONT POINT-SIZE=\"9\" COLOR=\"#555555\">" +
         std::to_string(nodes.size()) + (nodes.size() == 1 ? " entity, " : " entities, ") +
         std::to_string(edge_count) + (edge_count == 1 ? " relation" : " relations") + "</FONT></TD></TR>";
    constexpr std::size_t per_row = 7;
    std::vector<std::string> cells;
    for (auto k : all_node_kinds()) {
        if (!nk[static_cast<std::size_t>(k)]) continue;
        const GvAttrs& st = theme.nodes[static_cast<std::size_t>(k)];
        cells.push_back(R"(<TD BORDER="1" COLOR=")" + escape_html(attr_or(st, theme.node, "color", "black")) +
                        R"(" BGCOLOR=")" + escape_html(attr_or(st, theme.node, "fillcolor", "white")) +
                        R"(">)" + std::string(to_string(k)) + "</TD>");
    }
    for (const auto& e : entries)
        cells.push_back(R"(<TD ALIGN="LEFT"><FONT COLOR=")" + escape_html(attr_or(e.style, theme.edge, "color", "black")) +
                        R"(">)" + line_sample(e.style, theme.edge) + "</FONT> " + escape_html(e.text) + "</TD>");
    const std::size_t node_cells = cells.size() - entries.size();
    auto rows = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; i += per_row) {
            h += R"(<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2"><TR>)";
            for (std::size_t j = i; j < std::min(to, i + per_row); ++j) h += cells[j];
            h += "</TR></TABLE></TD></TR>";
        }
    };
    rows(0, node_cells);
    rows(node_cells, cells.size());
    h += "</TABLE>";
    return h;
}

}  // namespace

Diagram build_diagram(const View& view, const Theme& theme, const DiagramOptions& opts) {
    const Graph& g = view.graph();
    const LayoutPlan plan = plan_layout(opts.engine, view.nodes().size(), view.edges().size());
    // Graphviz 2.42's dot frees the virtual nodes of labelled edges twice when the graph has
    // clusters (a crash in gvFreeLayout, reproduced with the dot program on the Belgian ego
    // network): with dot and clusters the period moves to the tooltip only.
    const bool edge_labels = opts.edge_labels && plan.edge_labels && !(plan.engine == "dot" && opts.cluster != ClusterBy::none);
    const std::string title = opts.title.empty() ? describe(view, opts.lang) : opts.title;

    Diagram d;
    d.engine = plan.engine;
    d.comment = "councilgraph render: " + one_line(title) + "; theme " + (theme.name.empty() ? "(unnamed)" : one_line(theme.name)) +
                "; engine " + plan.engine + (opts.cluster != ClusterBy::none ? "; clusters by " + std::string(to_string(opts.cluster)) : "");
    d.graph = theme.graph;
    for (const auto& [k, v] : plan.graph) d.graph[k] = v;
    d.graph["layout"] = plan.engine;
    if (plan.engine == "twopi" && view.anchor()) d.graph["root"] = g.node(*view.anchor()).id;
    d.node_defaults = theme.node;
    d.edge_defaults = theme.edge;

    std::vector<std::size_t> pos(g.node_count(), 0);
    for (Vertex v : view.nodes()) {
        const Node& n = g.node(v);
        pos[v] = d.nodes.size();
        DiagramNode dn{n.id, theme.node_style(n.kind)};
        dn.attrs["label"] = wrap_label(n.name.in(opts.lang));
        dn.attrs["tooltip"] = escape_tooltip(n.name.in(opts.lang) + " (" + n.id + ", " + std::string(to_string(n.kind)) + ")");
        dn.attrs["id"] = escape_label(n.id);
        if (view.anchor() == v) dn.attrs["penwidth"] = "3";
        d.nodes.push_back(std::move(dn));
    }
    for (EdgeIndex i : view.edges()) {
        const Edge& e = g.edge(i);
        DiagramEdge de{e.id, e.from, e.to, theme.edge_style(e)};
        if (edge_labels) {
            std::string label = qualifier(e);
            if (auto when = e.time.str(); !when.empty()) label += (label.empty() ? "" : "\n") + when;
            if (!label.empty()) de.attrs["label"] = escape_label(label);
        }
        const std::string tip = escape_label(edge_tooltip(g, e, opts.lang));
        de.attrs["tooltip"] = tip;
        de.attrs["id"] = escape_label(e.id);
        d.edges.push_back(std::move(de));
    }

    // Clusters: each node in at most one, clusters in a fixed order.
    auto add_cluster = [&](std::string name, const std::string& label, std::vector<std::size_t> members) {
        if (members.empty()) return;
        DiagramCluster c{std::move(name), theme.cluster, std::move(members)};
        c.attrs["label"] = escape_label(label);
        d.clusters.push_back(std::move(c));
    };
    switch (opts.cluster) {
        case ClusterBy::none: break;
        case ClusterBy::kind:
            for (auto k : all_node_kinds()) {
                std::vector<std::size_t> m;
                for (Vertex v : view.nodes())
                    if (g.node(v).kind == k) m.push_back(pos[v]);
                add_cluster("cluster_kind_" + std::string(to_string(k)), std::string(to_string(k)), std::move(m));
            }
            break;
        case ClusterBy::bloc: {
            std::vector<std::size_t> perm, elected;
            for (Vertex v : view.nodes()) {
                bool p = false, el = false;
                for (EdgeIndex i : g.edges_of(EdgeKind::member)) {
                    if (g.source(i) != v) continue;
                    const Edge& e = g.edge(i);
                    if (!e.time.days().overlaps(view.selection().window)) continue;
                    auto it = e.attrs.find("type");
                    if (it == e.attrs.end()) continue;
                    const std::string t = to_string(it->second);
                    p = p || t == "permanent";
                    el = el || t == "elected";
                }
                if (p) perm.push_back(pos[v]);
                else if (el) elected.push_back(pos[v]);
            }
            add_cluster("cluster_bloc_permanent", "Permanent members", std::move(perm));
            add_cluster("cluster_bloc_elected", "Elected members", std::move(elected));
            break;
        }
        case ClusterBy::dossier: {
            // A node joins a dossier's box when, among the selected edges, it touches that dossier only.
            std::vector<std::optional<Vertex>> home(g.node_count());
            std::vector<char> shared(g.node_count(), 0);
            for (EdgeIndex i : view.edges()) {
                const Vertex s = g.source(i), t = g.target(i);
                for (auto [a, b] : {std::pair{s, t}, std::pair{t, s}}) {
                    if (g.node(b).kind != NodeKind::dossier || g.node(a).kind == NodeKind::dossier) continue;
                    if (home[a] && *home[a] != b) shared[a] = 1;
                    home[a] = b;
                }
            }
            for (Vertex dv : view.nodes()) {
                if (g.node(dv).kind != NodeKind::dossier) continue;
                std::vector<std::size_t> m{pos[dv]};
                for (Vertex v : view.nodes())
                    if (home[v] == dv && !shared[v]) m.push_back(pos[v]);
                std::sort(m.begin(), m.end());
                add_cluster("cluster_" + g.node(dv).id, g.node(dv).name.in(opts.lang), std::move(m));
            }
            break;
        }
    }

    if (theme.legend && opts.legend) d.html_label = legend_html(view, theme, title, d.nodes, d.edges.size());
    return d;
}

}  // namespace councilgraph
