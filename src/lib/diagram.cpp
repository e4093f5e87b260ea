// The diagram builder: a View and a Theme become the styled graph Graphviz will receive.
#include <councilgraph/diagram.hpp>

#include "legend.hpp"

#include <algorithm>

namespace councilgraph {

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

    if (theme.legend && opts.legend) d.html_label = detail::legend_html(view, theme, title, d.nodes, d.edges.size());
    return d;
}

}  // namespace councilgraph
