#include "export/common.hpp"

#include <councilgraph/table.hpp>

namespace councilgraph {

namespace {

using detail::PropTable;
using detail::PropType;

std::string_view neo_type(PropType t) {
    switch (t) {
        case PropType::boolean: return "boolean";
        case PropType::int32:
        case PropType::int64: return "long";
        case PropType::real: return "double";
        case PropType::text: return "string";
    }
    return "string";
}

// RFC 4180 quoting, as neo4j-admin reads it. Line breaks become spaces: neo4j-admin wants one
// record per line unless --multiline-fields is given, and other readers disagree on them.
std::string field(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    out += '"';
    return out;
}

// A text property that a spreadsheet would run as a formula gets the query CSV's apostrophe
// (csv_safe). Only properties: ids must stay raw because neo4j-admin joins relationships to nodes
// by them (and every id starts with its kind's prefix, a letter); labels and types are ours.
std::string property(std::string_view s) { return field(csv_safe(s)); }

void header(std::string& out, const PropTable& t) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        out += ',';
        out += t.columns[c].name;  // [A-Za-z0-9_.-]: no ':' or ',' by construction
        out += ':';
        out += neo_type(t.columns[c].type);
    }
    out += '\n';
}

void values(std::string& out, const PropTable& t, std::size_t row) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        out += ',';
        const auto& v = t.rows[row][c];
        if (!v) continue;  // empty: no property
        out += t.columns[c].type == PropType::text ? property(*v) : *v;
    }
    out += '\n';
}

}  // namespace

Neo4jCsv to_neo4j_csv(const Dataset& data, const ExportOptions& opts) {
    const PropTable nodes = detail::node_props(data, opts);
    const PropTable edges = detail::edge_props(data);
    Neo4jCsv out;
    out.nodes = ":ID,:LABEL";
    header(out.nodes, nodes);
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const Node& n = data.nodes[i];
        out.nodes += field(n.id) + ',' + detail::pascal_case(to_string(n.kind));
        values(out.nodes, nodes, i);
    }
    out.relationships = ":START_ID,:END_ID,:TYPE";
    header(out.relationships, edges);
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        const Edge& e = data.edges[i];
        std::string type(to_string(e.kind));
        for (char& c : type) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        out.relationships += field(e.from) + ',' + field(e.to) + ',' + type;
        values(out.relationships, edges, i);
    }
    return out;
}

}  // namespace councilgraph
