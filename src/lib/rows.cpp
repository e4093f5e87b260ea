#include <councilgraph/rows.hpp>

#include <algorithm>

namespace councilgraph {

bool is_curated(const Edge& e) noexcept {
    return std::any_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& ev) { return ev.record.empty(); });
}

std::vector<EdgeIndex> curated_first(const Graph& g, std::vector<EdgeIndex> edges) {
    std::stable_partition(edges.begin(), edges.end(), [&](EdgeIndex i) { return is_curated(g.edge(i)); });
    return edges;
}

std::string attrs_text(const Attrs& a) {
    std::string s;
    for (const auto& [k, v] : a) s += (s.empty() ? "" : "; ") + k + "=" + to_string(v);
    return s;
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
    t.name_sources(g.sources());
    return t;
}

}  // namespace councilgraph
