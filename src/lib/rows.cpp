#include <councilgraph/rows.hpp>

namespace councilgraph {

std::string attrs_text(const Attrs& a) {
    std::string s;
    for (const auto& [k, v] : a) s += (s.empty() ? "" : "; ") + k + "=" + to_string(v);
    return s;
}

Table edge_table(const Graph& g, std::span<const EdgeIndex> edges, Lang lang) {
    Table t;
    t.columns = {{"relation", "RELATION"}, {"from", "FROM"}, {"to", "TO"}, {"when", "WHEN"},
                 {"details", "DETAILS"},   {"from_id", "", false}, {"to_id", "", false},
                 {"from_kind", "", false}, {"to_kind", "", false}, {"date", "", false},
                 {"start", "", false},     {"end", "", false},     {"id", "", false}};
    for (EdgeIndex i : edges) {
        const Edge& e = g.edge(i);
        const Node& f = g.node(g.source(i));
        const Node& to = g.node(g.target(i));
        t.add({std::string(to_string(e.kind)), f.name.in(lang), to.name.in(lang), e.time.str(), attrs_text(e.attrs),
               f.id, to.id, std::string(to_string(f.kind)), std::string(to_string(to.kind)),
               e.time.date ? e.time.date->str() : "", e.time.start ? e.time.start->str() : "",
               e.time.end ? e.time.end->str() : "", e.id},
              e.evidence);
    }
    return t;
}

Table node_table(const Graph& g, Vertex v) {
    const Node& n = g.node(v);
    Table t;
    t.columns = {{"field", "FIELD"}, {"value", "VALUE"}};
    t.add({"id", n.id});
    t.add({"kind", std::string(to_string(n.kind))});
    t.add({"name.en", n.name.en});
    if (!n.name.nl.empty()) t.add({"name.nl", n.name.nl});
    if (!n.name.fr.empty()) t.add({"name.fr", n.name.fr});
    std::string al;
    for (const auto& a : n.aliases) al += (al.empty() ? "" : ", ") + a;
    if (!al.empty()) t.add({"aliases", al});
    for (const auto& [k, val] : n.attrs) t.add({"attrs." + k, to_string(val)});
    if (!n.evidence.empty()) t.evidence.back() = n.evidence;
    return t;
}

}  // namespace councilgraph
