// DOT without layout. Written by hand with one escaping function (boost::write_graphviz leaves
// keywords unquoted and backslashes raw); the lead may swap it for the render task's generator.
#include "export/common.hpp"

namespace councilgraph {

namespace {

// A DOT double-quoted string. Backslashes are doubled so Graphviz's label escapes (\n \l \N \G)
// never fire on user text; a line break becomes \n (a centred line break in a label); control
// characters become U+FFFD because the SVG Graphviz would write could not carry them.
std::string dot_string(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') continue;
        else if (c == '\t') out += ' ';
        else if (c < 0x20 || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += ch;
    }
    out += '"';
    return out;
}

}  // namespace

std::string to_dot(const Dataset& data, const ExportOptions& opts) {
    std::string out = "digraph \"councilgraph\" {\n  node [shape=box];\n";
    for (const auto& n : data.nodes)
        out += "  " + dot_string(n.id) + " [label=" + dot_string(n.name.in(opts.lang)) + ", kind=" +
               dot_string(to_string(n.kind)) + "];\n";
    for (const auto& e : data.edges) {
        out += "  " + dot_string(e.from) + " -> " + dot_string(e.to) + " [id=" + dot_string(e.id) +
               ", label=" + dot_string(to_string(e.kind)) + ", kind=" + dot_string(to_string(e.kind));
        if (!e.time.undated()) out += ", time=" + dot_string(e.time.str());
        out += "];\n";
    }
    out += "}\n";
    return out;
}

}  // namespace councilgraph
