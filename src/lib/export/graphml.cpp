#include "export/common.hpp"

namespace councilgraph {

namespace {

using detail::Column;
using detail::PropTable;
using detail::PropType;

std::string_view graphml_type(PropType t) {
    switch (t) {
        case PropType::boolean: return "boolean";
        case PropType::int32: return "int";
        case PropType::int64: return "long";
        case PropType::real: return "double";
        case PropType::text: return "string";
    }
    return "string";
}

void write_keys(std::string& out, const PropTable& t, std::string_view domain, std::string_view prefix) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const Column& col = t.columns[c];
        out += "  <key id=\"";
        out += prefix;
        out += std::to_string(c);
        out += "\" for=\"";
        out += domain;
        out += "\" attr.name=\"";
        // igraph keeps the element id in a vertex/edge attribute `id`: ours is named apart.
        out += col.is_attr || col.name != "id" ? col.name : std::string("councilgraph_id");  // NMTOKENs by construction
        out += "\" attr.type=\"";
        out += graphml_type(col.type);
        out += "\"/>\n";
    }
}

void write_data(std::string& out, const PropTable& t, std::size_t row, std::string_view prefix) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const auto& v = t.rows[row][c];
        if (!v) continue;
        out += "      <data key=\"";
        out += prefix;
        out += std::to_string(c);
        out += "\">";
        out += xml_escape(*v);
        out += "</data>\n";
    }
}

}  // namespace

std::string to_graphml(const Dataset& data, const ExportOptions& opts) {
    const PropTable nodes = detail::node_props(data, opts);
    const PropTable edges = detail::edge_props(data);
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n";
    out += "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n";
    out += "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
    write_keys(out, nodes, "node", "n");
    write_keys(out, edges, "edge", "e");
    out += "  <graph id=\"councilgraph\" edgedefault=\"directed\">\n";
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        out += "    <node id=\"" + xml_token(data.nodes[i].id) + "\">\n";
        write_data(out, nodes, i, "n");
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        const Edge& e = data.edges[i];
        out += "    <edge id=\"" + xml_token(e.id) + "\" source=\"" + xml_token(e.from) + "\" target=\"" +
               xml_token(e.to) + "\">\n";
        write_data(out, edges, i, "e");
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

}  // namespace councilgraph
