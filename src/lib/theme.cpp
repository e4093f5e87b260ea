// The theme reader: a JSON document of Graphviz attributes per kind, checked like data.
#include <councilgraph/theme.hpp>

#include <councilgraph/load.hpp>

#include "json_positions.hpp"
#include "theme_values.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace councilgraph {

using json = nlohmann::json;

namespace {

// Attributes councilgraph sets itself; a theme may not override them.
constexpr std::string_view reserved_attrs[] = {"label", "tooltip", "id", "labeltooltip", "URL", "href",
                                               "layout", "key", "root", "xlabel", "comment"};

class ThemeReader {
public:
    ThemeReader(std::string_view text, const std::string& file) : file_(file), text_(text) {}

    Theme read() {
        if (auto deep = detail::json_depth_problem(text_, file_)) throw DataError({std::move(*deep)});
        json doc;
        try {
            doc = json::parse(text_);
        } catch (const json::parse_error& e) {
            throw DataError({detail::json_syntax_problem(text_, file_, e.byte, e.what())});
        }
        pos_ = detail::json_positions(text_);
        Theme t;
        if (!doc.is_object()) {
            err("", "expected a theme (a JSON object)");
            finish();
        }
        static constexpr std::string_view keys[] = {"format", "name", "legend", "words", "graph", "node", "edge",
                                                    "cluster", "nodes", "edges", "variants"};
        for (const auto& [k, v] : doc.items())
            if (std::find(std::begin(keys), std::end(keys), k) == std::end(keys))
                err("/" + detail::pointer_escape(k),
                    "unknown field '" + k + "' in theme (expected format, name, legend, words, graph, node, edge, "
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
        if (auto it = doc.find("words"); it != doc.end()) {
            if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
                err("/words", "expected the name of a words file (e.g. \"words.json\")");
            } else {
                const std::filesystem::path p = std::filesystem::path(file_).parent_path() / it->get<std::string>();
                try {
                    t.words = Words::load(p);
                } catch (const DataError& e) {
                    for (const auto& d : e.diagnostics()) problems_.push_back(d);
                } catch (const Error& e) {
                    err("/words", e.what());
                }
            }
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
            std::string s;
            if (val.is_string()) {
                s = val.get<std::string>();
                if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '\\'; })) {
                    err(p, "attribute values may not hold control characters or backslashes");
                    continue;
                }
            } else if (val.is_number_integer()) {
                s = std::to_string(val.get<std::int64_t>());
            } else if (val.is_number()) {
                s = fmt::format("{}", val.get<double>());
            } else if (val.is_boolean()) {
                s = val.get<bool>() ? "true" : "false";
            } else {
                err(p, "expected a string, number or boolean");
                continue;
            }
            if (auto problem = detail::check_theme_value(k, s)) err(p, *problem);
            else out[k] = std::move(s);
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
        std::optional<std::string> equals;
        if (auto it = v.find("equals"); it != v.end()) {
            if (it->is_string()) equals = it->get<std::string>();
            else {
                err(ptr + "/equals", "expected a string 'equals' in variant (or leave it out to match any value)");
                ok = false;
            }
        }
        if (edge) {
            if (auto k = parse_edge_kind(*edge)) var.kind = *k;
            else {
                err(ptr + "/edge", "unknown edge kind '" + *edge + "'");
                ok = false;
            }
        }
        if (!edge || !attr || !ok) return;
        var.attr = *attr;
        var.equals = equals;
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
    for (const auto& v : variants)
        if (v.matches(e))
            for (const auto& [k, val] : v.style) out[k] = val;
    return out;
}

bool Theme::Variant::matches(const Edge& e) const {
    if (e.kind != kind) return false;
    auto it = e.attrs.find(attr);
    return it != e.attrs.end() && (!equals || to_string(it->second) == *equals);
}

}  // namespace councilgraph
