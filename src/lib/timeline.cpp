// The timeline: time on the horizontal axis (one column per year), actors on the vertical one
// (one row per caster, holder or member), built with dot and rank constraints: every year is a
// plaintext node, the cells of a year share its rank, and each actor's cells are chained so the
// row stays straight. No second drawing engine.
#include <councilgraph/diagram.hpp>

#include "diagram_parts.hpp"
#include "legend.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace councilgraph::detail {

namespace {

bool is_actor(NodeKind k) {
    return k == NodeKind::state || k == NodeKind::organisation || k == NodeKind::group || k == NodeKind::person ||
           k == NodeKind::party || k == NodeKind::body;
}

struct Event {
    EdgeIndex edge;
    Vertex target;  // the other end (or the dossier, by dossier)
};

struct Cell {
    std::vector<Event> events;
};

}  // namespace

Diagram build_timeline(const View& view, const Theme& theme, const DiagramOptions& opts) {
    const Graph& g = view.graph();
    const Words& w = theme.words;
    const Lang lang = opts.lang;

    // The dossiers of drafts and resolutions, for --by-dossier.
    std::map<Vertex, std::vector<Vertex>> dossiers_of;
    if (opts.by_dossier)
        for (EdgeIndex i : g.edges_of(EdgeKind::concerns))
            if ((g.node(g.source(i)).kind == NodeKind::draft || g.node(g.source(i)).kind == NodeKind::resolution) &&
                g.node(g.target(i)).kind == NodeKind::dossier)
                dossiers_of[g.source(i)].push_back(g.target(i));

    // Window years: spans are cut to the selected window.
    const DayRange win = view.selection().window;
    const int win_lo = win.lo == DayRange::min ? 0 : civil_from_days(win.lo).year;
    const int win_hi = win.hi == DayRange::max ? 0 : civil_from_days(win.hi).year;
    std::map<std::pair<Vertex, int>, Cell> cells;
    std::map<Vertex, int> first_year;
    std::size_t undated = 0, relations = 0;
    std::set<EdgeKind> kinds;
    std::vector<const Edge*> shown;
    for (EdgeIndex i : view.edges()) {
        const Edge& e = g.edge(i);
        const Vertex s = g.source(i), t = g.target(i);
        if (!is_actor(g.node(s).kind) || e.kind == EdgeKind::concerns || e.kind == EdgeKind::part_of) continue;
        auto [lo, hi] = years_of(e);
        if (lo == 0 && hi == 0) {
            ++undated;
            continue;
        }
        if (lo == 0) lo = hi;
        if (hi == 0) hi = lo;
        // Spans are cut to the window, and to a century.
        if (win_lo) lo = std::max(lo, win_lo);
        if (win_hi) hi = std::min(hi, win_hi);
        if (hi - lo > 100) hi = lo + 100;
        std::vector<Vertex> targets{t};
        if (auto it = dossiers_of.find(t); it != dossiers_of.end()) targets = it->second;
        ++relations;
        kinds.insert(e.kind);
        shown.push_back(&e);
        for (int y = lo; y <= hi; ++y) {
            if (!e.time.days().overlaps(DayRange{Date{y, 1, 1}.first_day(), Date{y, 12, 31}.last_day()})) continue;
            for (Vertex tg : targets) cells[{s, y}].events.push_back({i, tg});
            auto [it, fresh] = first_year.try_emplace(s, y);
            if (!fresh) it->second = std::min(it->second, y);
        }
    }

    int y_lo = 0, y_hi = 0;
    for (const auto& [key, c] : cells) {
        if (!y_lo || key.second < y_lo) y_lo = key.second;
        y_hi = std::max(y_hi, key.second);
    }
    std::vector<Vertex> actors;
    for (const auto& [v, y] : first_year) actors.push_back(v);
    std::sort(actors.begin(), actors.end(), [&](Vertex a, Vertex b) {
        return std::pair{first_year[a], g.node(a).id} < std::pair{first_year[b], g.node(b).id};
    });

    const std::size_t node_total = cells.size() + actors.size() + static_cast<std::size_t>(y_lo ? y_hi - y_lo + 1 : 0);
    const LayoutPlan plan = plan_layout("dot", LayoutCost{node_total, node_total, 1}, opts.force);

    Diagram d;
    d.engine = "dot";
    std::string title = opts.title;
    if (title.empty()) {
        std::string k;
        for (auto kind : kinds) k += (k.empty() ? "" : ", ") + w.kind(lang, kind);
        title = w.get(lang, "title.timeline") + (k.empty() ? "" : " · " + k);
        if (y_lo) title += " · " + year_span(y_lo, y_hi);
        if (opts.by_dossier) title += " · " + w.get(lang, "title.by_dossier");
    }
    d.comment = "councilgraph render --timeline: " + one_line(title) + "; theme " + (theme.name.empty() ? "(unnamed)" : one_line(theme.name)) + "; engine dot";
    d.graph = theme.graph;
    for (const auto& [k, v] : plan.graph) d.graph[k] = v;
    d.graph["layout"] = "dot";
    d.graph["rankdir"] = "LR";
    d.graph["newrank"] = "true";
    d.graph["ranksep"] = "0.15";
    d.graph["nodesep"] = "0.12";
    d.graph["splines"] = "line";
    d.node_defaults = theme.node;
    d.edge_defaults = theme.edge;

    auto year_name = [](int y) { return "timeline:year:" + std::to_string(y); };
    // Column headers: the years, chained so that every year gets its column even when empty.
    std::map<int, DiagramCluster> ranks;
    d.nodes.push_back(DiagramNode{"timeline:axis", {{"shape", "plaintext"}, {"label", escape_label(w.get(lang, "timeline.actors"))}, {"fontsize", "10"}}});
    DiagramCluster head_rank{"timeline_rank_head", {{"rank", "min"}}, {0}};
    for (int y = y_lo; y_lo && y <= y_hi; ++y) {
        ranks[y] = DiagramCluster{"timeline_rank_" + std::to_string(y), {{"rank", "same"}}, {d.nodes.size()}};
        d.nodes.push_back(DiagramNode{year_name(y), {{"shape", "plaintext"}, {"label", std::to_string(y)}, {"fontsize", "10"},
                                                     {"fontcolor", "#555555"}, {"tooltip", std::to_string(y)}}});
        const std::string prev = y == y_lo ? std::string("timeline:axis") : year_name(y - 1);
        d.edges.push_back(DiagramEdge{"timeline:axis:" + std::to_string(y), prev, year_name(y), {{"style", "invis"}, {"weight", "100"}}});
    }

    for (Vertex a : actors) {
        const Node& an = g.node(a);
        const std::string aname = graphviz_name("timeline:row:" + an.id);
        DiagramNode row{aname, theme.node_style(an.kind)};
        row.attrs["label"] = wrap_label(an.name.in(lang));
        row.attrs["tooltip"] = escape_tooltip(an.name.in(lang) + " (" + an.id + ", " + w.kind(lang, an.kind) + ")");
        row.attrs["id"] = escape_label(an.id);
        head_rank.nodes.push_back(d.nodes.size());
        d.nodes.push_back(std::move(row));
        std::string prev = aname;
        for (int y = y_lo; y <= y_hi; ++y) {
            auto it = cells.find({a, y});
            if (it == cells.end()) continue;
            const auto& events = it->second.events;
            // Lines of the cell: per target (and kind when several kinds), with a count.
            std::map<std::pair<std::string, std::string>, std::size_t> counts;
            std::map<EdgeKind, std::size_t> by_kind;
            for (const auto& ev : events) {
                const Edge& e = g.edge(ev.edge);
                std::string what = g.node(ev.target).name.in(lang);
                if (what.size() > 32) what = what.substr(0, 30) + "…";
                if (const std::string q = qualifier(e, w, lang); !q.empty() && kinds.size() > 1) what += " (" + q + ")";
                else if (kinds.size() > 1) what = w.kind(lang, e.kind) + ": " + what;
                ++counts[{w.kind(lang, e.kind), what}];
                ++by_kind[e.kind];
            }
            std::vector<std::pair<std::size_t, std::string>> lines;
            for (const auto& [key, n] : counts)
                lines.emplace_back(n, key.second + (n > 1 ? " " + w.fill(lang, "edge.times", {{"n", std::to_string(n)}}) : ""));
            std::stable_sort(lines.begin(), lines.end(), [](const auto& x, const auto& y2) { return x.first > y2.first; });
            std::string label;
            constexpr std::size_t max_lines = 4;
            for (std::size_t j = 0; j < lines.size() && j < max_lines; ++j) label += (j ? "\n" : "") + lines[j].second;
            if (lines.size() > max_lines) label += "\n+" + std::to_string(lines.size() - max_lines);
            EdgeKind main_kind = by_kind.begin()->first;
            for (const auto& [k, n] : by_kind)
                if (n > by_kind[main_kind]) main_kind = k;
            const GvAttrs& es = theme.edges[static_cast<std::size_t>(main_kind)];
            const std::string colour = es.count("color") ? es.at("color") : "#444444";
            std::string tip = an.name.in(lang) + ", " + std::to_string(y) + "\n" +
                              w.fill(lang, "tooltip.merged", {{"n", std::to_string(events.size())}});
            for (const auto& ev : events) {
                const Edge& e = g.edge(ev.edge);
                tip += "\n• " + w.kind(lang, e.kind) + " " + (e.time.str().empty() ? "—" : e.time.str()) + ": " +
                       g.node(g.target(ev.edge)).name.in(lang);
                if (ev.target != g.target(ev.edge)) tip += " (" + g.node(ev.target).name.in(lang) + ")";
                for (const auto& line : evidence_lines(g, e)) tip += "\n   " + line;
            }
            const std::string cname = graphviz_name("timeline:cell:" + an.id + ":" + std::to_string(y));
            GvAttrs ca{{"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", "white"}, {"color", colour},
                       {"penwidth", events.size() > 1 ? "2" : "1"}, {"fontsize", "9"}, {"margin", "0.05,0.03"},
                       {"label", escape_label(label)}, {"tooltip", escape_label(tip)},
                       {"id", escape_label("timeline:cell:" + an.id + ":" + std::to_string(y))}};
            ranks[y].nodes.push_back(d.nodes.size());
            d.nodes.push_back(DiagramNode{cname, std::move(ca)});
            d.edges.push_back(DiagramEdge{cname + ":row", prev, cname, {{"color", "#d0d0d0"}, {"arrowhead", "none"}, {"weight", "10"}}});
            prev = cname;
        }
    }
    d.clusters.push_back(std::move(head_rank));
    for (auto& [y, c] : ranks) d.clusters.push_back(std::move(c));

    if (theme.legend && opts.legend) {
        DrawnKinds dk;
        for (Vertex a : actors) dk.nodes[static_cast<std::size_t>(g.node(a).kind)] = true;
        dk.edges = shown;
        LegendNotes notes;
        if (undated) notes.lines.push_back(w.fill(lang, "timeline.undated", {{"n", std::to_string(undated)}}));
        d.html_label = legend_html(theme, lang, title, actors.size(), relations, dk, notes);
    }
    return d;
}

}  // namespace councilgraph::detail
