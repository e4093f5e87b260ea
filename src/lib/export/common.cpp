#include "export/common.hpp"
#include "atomic_write.hpp"

#include <councilgraph/dot.hpp>
#include <councilgraph/graph.hpp>
#include <councilgraph/view.hpp>

#include <councilgraph/error.hpp>
#include <councilgraph/native.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <system_error>

namespace councilgraph {

namespace {

constexpr std::array<std::pair<std::string_view, ExportFormat>, 13> format_names{{
    {"graphml", ExportFormat::graphml},     {"gexf", ExportFormat::gexf},
    {"json", ExportFormat::node_link},      {"node-link", ExportFormat::node_link},
    {"cyjs", ExportFormat::cytoscape},      {"cytoscape", ExportFormat::cytoscape},
    {"csv", ExportFormat::neo4j_csv},       {"neo4j", ExportFormat::neo4j_csv},
    {"dot", ExportFormat::dot},             {"gv", ExportFormat::dot},
    {"native", ExportFormat::native},       {"councilgraph", ExportFormat::native},
    {"html", ExportFormat::html},
}};

// Names a client gives a meaning to, or that the fixed properties use.
constexpr std::array<std::string_view, 21> reserved_names{
    "", "aliases", "councilgraph_id", "date", "end", "evidence", "id", "key", "kind", "label", "name",
    "name_en", "name_fr", "name_nl", "parent", "source", "start",  "target", "type",  "value", "weight",
};

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_hex(std::string& out, unsigned char c) {
    out += '.';
    out += hex_digits[c >> 4];
    out += hex_digits[c & 0xF];
}

bool is_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) noexcept {
    for (const auto& [n, f] : format_names)
        if (n == name) return f;
    return std::nullopt;
}

std::string_view to_string(ExportFormat f) noexcept {
    switch (f) {
        case ExportFormat::graphml: return "graphml";
        case ExportFormat::gexf: return "gexf";
        case ExportFormat::node_link: return "json";
        case ExportFormat::cytoscape: return "cyjs";
        case ExportFormat::neo4j_csv: return "csv";
        case ExportFormat::dot: return "dot";
        case ExportFormat::native: return "native";
        case ExportFormat::html: return "html";
    }
    return "?";
}

std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    if (ext == ".graphml") return ExportFormat::graphml;
    if (ext == ".gexf") return ExportFormat::gexf;
    if (ext == ".json") return ExportFormat::node_link;
    if (ext == ".cyjs") return ExportFormat::cytoscape;
    if (ext == ".dot" || ext == ".gv") return ExportFormat::dot;
    if (ext == ".html" || ext == ".htm") return ExportFormat::html;
    return std::nullopt;
}

std::string property_name(std::string_view key) {
    std::string base;
    const bool reserved = std::find(reserved_names.begin(), reserved_names.end(), key) != reserved_names.end();
    if (reserved || key.starts_with("attr_")) base = "attr_";
    base += key;
    std::string out;
    for (unsigned char c : base) {
        if (is_alnum(c) || c == '_' || c == '-') out += static_cast<char>(c);
        else append_hex(out, c);
    }
    return out;
}

std::string xml_token(std::string_view id) {
    std::string out;
    for (unsigned char c : id) {
        if (is_alnum(c) || c == '_' || c == '-' || c == ':') out += static_cast<char>(c);
        else append_hex(out, c);
    }
    if (out.empty()) out.push_back('.');  // never for valid ids; keeps the NMTOKEN non-empty (not `out = "."`: GCC 12 -O3 warns a false -Wrestrict)
    return out;
}

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '&': out += "&amp;"; continue;
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&apos;"; continue;
            case '\t': out += "&#9;"; continue;
            case '\n': out += "&#10;"; continue;
            case '\r': out += "&#13;"; continue;
            default: break;
        }
        if (c < 0x20 || c == 0x7F) {
            out += "\xEF\xBF\xBD";  // U+FFFD: XML 1.0 has no way to carry a C0 control
            continue;
        }
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
            out += "\xEF\xBF\xBD";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

Dataset select_dataset(const View& view) {
    const Graph& g = view.graph();
    Dataset out;
    std::set<std::string, std::less<>> cited;
    for (Vertex v : view.nodes()) {
        out.nodes.push_back(g.node(v));
        for (const auto& ev : out.nodes.back().evidence) cited.insert(ev.source);
    }
    for (EdgeIndex i : view.edges()) {
        // A view only selects edges whose ends it selects; checked again so a file never dangles.
        if (!view.has_node(g.source(i)) || !view.has_node(g.target(i))) continue;
        out.edges.push_back(g.edge(i));
        for (const auto& ev : out.edges.back().evidence) cited.insert(ev.source);
    }
    for (const auto& s : g.sources())
        if (cited.contains(s.id)) out.sources.push_back(s);
    return out;
}

std::string export_text(const Dataset& data, ExportFormat f, const ExportOptions& opts) {
    switch (f) {
        case ExportFormat::graphml: return to_graphml(data, opts);
        case ExportFormat::gexf: return to_gexf(data, opts);
        case ExportFormat::node_link: return to_node_link(data, opts);
        case ExportFormat::cytoscape: return to_cytoscape(data, opts);
        case ExportFormat::dot: {
            // The same DOT as `render --type dot`: one generator, styled by the theme.
            Graph g(data);
            DiagramOptions d;
            d.lang = opts.lang;
            return to_dot(View(g, Selection{}), opts.theme, d);
        }
        case ExportFormat::native: return to_native_text(data);
        case ExportFormat::html: return to_html(data, opts);
        case ExportFormat::neo4j_csv: break;
    }
    throw UsageError("the csv export is a folder of two files (nodes.csv, relationships.csv): give -o FOLDER");
}

void write_export(const Dataset& data, ExportFormat f, const std::filesystem::path& path,
                  const ExportOptions& opts) {
    if (f == ExportFormat::neo4j_csv) {
        const auto csv = to_neo4j_csv(data, opts);
        detail::write_folder_atomic(path, {{"nodes.csv", csv.nodes}, {"relationships.csv", csv.relationships}});
        return;
    }
    write_file_atomic(path, export_text(data, f, opts));
}

namespace detail {

using nlohmann::ordered_json;

std::string json_text(const ordered_json& j) { return j.dump(-1, ' ', false); }


std::string first_day_iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month ? d.month : 1, d.day ? d.day : 1);
    return buf;
}

std::string last_day_iso(const Date& d) {
    const int m = d.month ? d.month : 12;
    const int day = d.day ? d.day : days_in_month(d.year, m);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, m, day);
    return buf;
}

std::string pascal_case(std::string_view snake) {
    std::string out;
    bool up = true;
    for (char c : snake) {
        if (c == '_') {
            up = true;
            continue;
        }
        out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        up = false;
    }
    return out;
}

namespace {

PropType type_of(const AttrValue& v) {
    struct Visitor {
        PropType operator()(const std::string&) const { return PropType::text; }
        PropType operator()(bool) const { return PropType::boolean; }
        PropType operator()(double) const { return PropType::real; }
        PropType operator()(std::int64_t i) const {
            return i >= INT32_MIN && i <= INT32_MAX ? PropType::int32 : PropType::int64;
        }
    };
    return std::visit(Visitor{}, v);
}

// The narrowest type that holds both; mixed kinds of value fall back to text.
PropType join(PropType a, PropType b) {
    if (a == b) return a;
    auto numeric = [](PropType t) { return t == PropType::int32 || t == PropType::int64 || t == PropType::real; };
    if (numeric(a) && numeric(b)) {
        if (a == PropType::real || b == PropType::real) return PropType::real;
        return PropType::int64;
    }
    return PropType::text;
}

template <class Elements>
std::vector<Column> attr_columns(const Elements& elems) {
    std::map<std::string, PropType, std::less<>> types;
    for (const auto& el : elems)
        for (const auto& [k, v] : el.attrs) {
            auto [it, fresh] = types.emplace(k, type_of(v));
            if (!fresh) it->second = join(it->second, type_of(v));
        }
    std::vector<Column> cols;
    for (const auto& [k, t] : types) cols.push_back({property_name(k), t, k, true});
    return cols;
}

std::optional<std::string> opt(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

void add_attr_values(std::vector<std::optional<std::string>>& row, const std::vector<Column>& cols,
                     std::size_t first, const Attrs& attrs) {
    for (std::size_t c = first; c < cols.size(); ++c) {
        auto it = attrs.find(cols[c].attr);
        row.push_back(it == attrs.end() ? std::nullopt : std::optional<std::string>(to_string(it->second)));
    }
}

}  // namespace

PropTable node_props(const Dataset& data, const ExportOptions& opts) {
    PropTable t;
    for (const char* n : {"id", "kind", "label", "name_en", "name_nl", "name_fr", "aliases", "evidence"})
        t.columns.push_back({n, PropType::text, {}, false});
    const std::size_t fixed = t.columns.size();
    for (auto& c : attr_columns(data.nodes)) t.columns.push_back(std::move(c));
    for (const auto& n : data.nodes) {
        std::vector<std::optional<std::string>> row{
            n.id, std::string(to_string(n.kind)), n.name.in(opts.lang), n.name.en, opt(n.name.nl), opt(n.name.fr),
            n.aliases.empty() ? std::nullopt : std::optional<std::string>(json_text(ordered_json(n.aliases))),
            n.evidence.empty() ? std::nullopt : std::optional<std::string>(json_text(evidence_json(n.evidence))),
        };
        add_attr_values(row, t.columns, fixed, n.attrs);
        t.rows.push_back(std::move(row));
    }
    return t;
}

PropTable edge_props(const Dataset& data) {
    PropTable t;
    for (const char* n : {"id", "kind", "label", "date", "start", "end", "evidence"})
        t.columns.push_back({n, PropType::text, {}, false});
    const std::size_t fixed = t.columns.size();
    for (auto& c : attr_columns(data.edges)) t.columns.push_back(std::move(c));
    auto date = [](const std::optional<Date>& d) {
        return d ? std::optional<std::string>(d->str()) : std::nullopt;
    };
    for (const auto& e : data.edges) {
        const std::string kind(to_string(e.kind));
        std::vector<std::optional<std::string>> row{
            e.id, kind, kind, date(e.time.date), date(e.time.start), date(e.time.end),
            e.evidence.empty() ? std::nullopt : std::optional<std::string>(json_text(evidence_json(e.evidence))),
        };
        add_attr_values(row, t.columns, fixed, e.attrs);
        t.rows.push_back(std::move(row));
    }
    return t;
}

ordered_json node_object(const Node& n, const ExportOptions& opts) {
    ordered_json o;
    o["id"] = n.id;
    o["kind"] = std::string(to_string(n.kind));
    o["label"] = n.name.in(opts.lang);
    o["name_en"] = n.name.en;
    if (!n.name.nl.empty()) o["name_nl"] = n.name.nl;
    if (!n.name.fr.empty()) o["name_fr"] = n.name.fr;
    if (!n.aliases.empty()) o["aliases"] = n.aliases;
    if (!n.evidence.empty()) o["evidence"] = evidence_json(n.evidence);
    for (const auto& [k, v] : n.attrs) o[property_name(k)] = to_json(v);
    return o;
}

ordered_json edge_object(const Edge& e) {
    ordered_json o;
    o["id"] = e.id;
    o["kind"] = std::string(to_string(e.kind));
    o["label"] = std::string(to_string(e.kind));
    if (e.time.date) o["date"] = e.time.date->str();
    if (e.time.start) o["start"] = e.time.start->str();
    if (e.time.end) o["end"] = e.time.end->str();
    if (!e.evidence.empty()) o["evidence"] = evidence_json(e.evidence);
    for (const auto& [k, v] : e.attrs) o[property_name(k)] = to_json(v);
    return o;
}

}  // namespace detail
}  // namespace councilgraph
