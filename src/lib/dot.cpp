#include <councilgraph/dot.hpp>

namespace councilgraph {

std::string dot_quote(std::string_view value) {
    std::string out = "\"";
    out.reserve(value.size() + 2);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            // The DOT lexer keeps `\\` as two characters and reads `\"` as a quote: a pair passes
            // through; a lone backslash that would swallow the closing quote is doubled.
            if (i + 1 < value.size() && value[i + 1] == '\\') {
                out += "\\\\";
                ++i;
            } else if (i + 1 == value.size() || value[i + 1] == '"' || value[i + 1] == '\n') {
                out += "\\\\";
            } else {
                out += '\\';
            }
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

namespace {

void attr_list(std::string& out, const GvAttrs& attrs, const char* key_name = nullptr, const std::string* key = nullptr,
               const GvAttrs* html = nullptr) {
    out += " [";
    bool first = true;
    if (key_name) {
        out += key_name;
        out += '=';
        out += dot_quote(*key);
        first = false;
    }
    for (const auto& [k, v] : attrs) {
        if (!first) out += ", ";
        first = false;
        out += k;
        out += '=';
        out += dot_quote(v);
    }
    if (html)
        for (const auto& [k, v] : *html) {
            if (!first) out += ", ";
            first = false;
            out += k + "=<" + v + ">";
        }
    out += ']';
}

}  // namespace

std::string to_dot(const Diagram& d) {
    std::string out;
    std::string comment = d.comment;
    for (char& c : comment)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    if (!comment.empty()) out += "// " + comment + "\n";
    out += "digraph " + dot_quote(d.name) + " {\n";
    if (!d.graph.empty()) {
        out += "  graph";
        attr_list(out, d.graph);
        out += ";\n";
    }
    if (!d.html_label.empty()) out += "  label=<" + d.html_label + ">;\n";
    if (!d.node_defaults.empty()) {
        out += "  node";
        attr_list(out, d.node_defaults);
        out += ";\n";
    }
    if (!d.edge_defaults.empty()) {
        out += "  edge";
        attr_list(out, d.edge_defaults);
        out += ";\n";
    }
    for (const auto& n : d.nodes) {
        out += "  " + dot_quote(n.name);
        if (!n.attrs.empty()) attr_list(out, n.attrs);
        out += ";\n";
    }
    for (const auto& c : d.clusters) {
        out += "  subgraph " + dot_quote(c.name) + " {\n";
        if (!c.attrs.empty()) {
            out += "    graph";
            attr_list(out, c.attrs);
            out += ";\n";
        }
        for (std::size_t i : c.nodes) out += "    " + dot_quote(d.nodes[i].name) + ";\n";
        out += "  }\n";
    }
    for (const auto& e : d.edges) {
        out += "  " + dot_quote(e.tail) + " -> " + dot_quote(e.head);
        attr_list(out, e.attrs, "key", &e.name, &e.html);
        out += ";\n";
    }
    out += "}\n";
    return out;
}

std::string to_dot(const View& view, const Theme& theme, const DiagramOptions& opts) {
    return to_dot(build_diagram(view, theme, opts));
}

}  // namespace councilgraph
