#include "export/common.hpp"

namespace councilgraph {

namespace {

using detail::Column;
using detail::PropTable;
using detail::PropType;

std::string_view gexf_type(PropType t) {
    switch (t) {
        case PropType::boolean: return "boolean";
        case PropType::int32: return "integer";
        case PropType::int64: return "long";
        case PropType::real: return "double";
        case PropType::text: return "string";
    }
    return "string";
}

// `id` and `label` are the element's own XML attributes in GEXF, so they are not columns.
bool is_column(const Column& c) { return c.is_attr || (c.name != "id" && c.name != "label"); }

void write_attributes(std::string& out, const PropTable& t, std::string_view cls) {
    out += "    <attributes class=\"";
    out += cls;
    out += "\" mode=\"static\">\n";
    for (const Column& c : t.columns) {
        if (!is_column(c)) continue;
        out += "      <attribute id=\"" + c.name + "\" title=\"" + c.name + "\" type=\"";
        out += gexf_type(c.type);
        out += "\"/>\n";
    }
    out += "    </attributes>\n";
}

void write_attvalues(std::string& out, const PropTable& t, std::size_t row) {
    bool any = false;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const auto& v = t.rows[row][c];
        if (!v || !is_column(t.columns[c])) continue;
        if (!any) out += "        <attvalues>\n";
        any = true;
        out += "          <attvalue for=\"" + t.columns[c].name + "\" value=\"" + xml_escape(*v) + "\"/>\n";
    }
    if (any) out += "        </attvalues>\n";
}

// One spell per dated node (its life) and edge: the days the relation covers, a year or month widened to its first
// and last day; an open end is left out (Gephi reads it as unbounded). Undated: no spell.
void write_spell(std::string& out, const TimeSpan& t) {
    std::optional<Date> start = t.date ? t.date : t.start;
    std::optional<Date> end = t.date ? t.date : t.end;
    if (!start && !end) return;
    out += "        <spells>\n          <spell";
    if (start) out += " start=\"" + detail::first_day_iso(*start) + "\"";
    if (end) out += " end=\"" + detail::last_day_iso(*end) + "\"";
    out += "/>\n        </spells>\n";
}

}  // namespace

std::string to_gexf(const Dataset& data, const ExportOptions& opts) {
    const PropTable nodes = detail::node_props(data, opts);
    const PropTable edges = detail::edge_props(data);
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n";
    out += "  <meta>\n    <creator>councilgraph</creator>\n"
           "    <description>UN Security Council relations; edges carry their time as spells</description>\n"
           "  </meta>\n";
    out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
           "timerepresentation=\"interval\">\n";
    write_attributes(out, nodes, "node");
    write_attributes(out, edges, "edge");
    out += "    <nodes count=\"" + std::to_string(data.nodes.size()) + "\">\n";
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const Node& n = data.nodes[i];
        out += "      <node id=\"" + xml_escape(n.id) + "\" label=\"" + xml_escape(n.name.in(opts.lang)) + "\">\n";
        write_attvalues(out, nodes, i);
        write_spell(out, n.life);
        out += "      </node>\n";
    }
    out += "    </nodes>\n";
    out += "    <edges count=\"" + std::to_string(data.edges.size()) + "\">\n";
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        const Edge& e = data.edges[i];
        const std::string kind(to_string(e.kind));
        out += "      <edge id=\"" + xml_escape(e.id) + "\" source=\"" + xml_escape(e.from) + "\" target=\"" +
               xml_escape(e.to) + "\" label=\"" + kind + "\" kind=\"" + kind + "\">\n";
        write_attvalues(out, edges, i);
        write_spell(out, e.time);
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    return out;
}

}  // namespace councilgraph
