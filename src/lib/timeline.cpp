// The timeline: time on the horizontal axis (one column per year), actors on the vertical one
// (one row per caster, holder or member), built with dot and rank constraints: every year is a
// plaintext node, the cells of a year share its rank, and each actor's cells are chained so the
// row stays straight. No second drawing engine.
#include <councilgraph/diagram.hpp>

#include "diagram_parts.hpp"
#include "legend.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

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
    if (opts.by_dossier) dossiers_of = text_dossiers(view);

    // Window years: spans are cut to the selected window. A span with an open end (a permanent
    // seat since 1945) runs on to the window's last year, or to the last year the selection
    // dates anything; an open start is not known, so only the end year is drawn.
    const DayRange win = view.selection().window;
    const int win_lo = win.lo == DayRange::min ? 0 : civil_from_days(win.lo).year;
    int win_hi = win.hi == DayRange::max ? 0 : civil_from_days(win.hi).year;
    if (!win_hi)
        for (EdgeIndex i : view.edges()) {
            auto [lo, hi] = years_of(g.edge(i));
            win_hi = std::max({win_hi, lo, hi});
        }
    std::map<std::pair<Vertex, int>, Cell> cells;
    std::map<Vertex, int> first_year;
    std::size_t undated = 0, totals = 0, relations = 0;
    std::set<EdgeKind> kinds;
    std::set<Vertex> targets_seen;
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
        // "Russia had vetoed texts on Syria sixteen times" is no event of one year.
        if (is_total(g, e)) {
            ++totals;
            continue;
        }
        if (lo == 0) lo = hi;
        if (hi == 0) hi = e.time.start ? std::max(lo, win_hi) : lo;
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
            for (Vertex tg : targets) {
                cells[{s, y}].events.push_back({i, tg});
                targets_seen.insert(tg);
            }
            auto [it, fresh] = first_year.try_emplace(s, y);
            if (!fresh) it->second = std::min(it->second, y);
        }
    }
    // One target for every cell (the Council of a composition): the lines name what was done,
    // with its dates, rather than the same body again and again.
    const bool one_target = targets_seen.size() == 1;

    int y_lo = 0, y_hi = 0;
    for (const auto& [key, c] : cells) {
        if (!y_lo || key.second < y_lo) y_lo = key.second;
        y_hi = std::max(y_hi, key.second);
    }
    std::vector<Vertex> actors;
    for (const auto& [v, y] : first_year) actors.push_back(v);
    // Rows by first appearance, the longest first (the permanent seats above the terms that
    // began with them), then by id.
    std::map<Vertex, int> last_year;
    for (const auto& [key, c] : cells) last_year[key.first] = std::max(last_year[key.first], key.second);
    std::sort(actors.begin(), actors.end(), [&](Vertex a, Vertex b) {
        return std::tuple{first_year[a], -last_year[a], g.node(a).id} < std::tuple{first_year[b], -last_year[b], g.node(b).id};
    });

    const std::size_t node_total = cells.size() + actors.size() + static_cast<std::size_t>(y_lo ? y_hi - y_lo + 1 : 0);
    const LayoutPlan plan = plan_layout("dot", LayoutCost{node_total, node_total, 1}, opts.force, false);

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
    // dot stacks the nodes of a rank in the reverse of their order in the file (with rankdir=LR):
    // rows are written last first so that the first reads at the top, and the year headers after
    // them, above the rows.
    std::map<int, DiagramCluster> ranks;
    for (int y = y_lo; y_lo && y <= y_hi; ++y) ranks[y] = DiagramCluster{"timeline_rank_" + std::to_string(y), {{"rank", "same"}}, {}};
    DiagramCluster head_rank{"timeline_rank_head", {{"rank", "min"}}, {}};
    std::reverse(actors.begin(), actors.end());
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
            // Lines of the cell: per kind, target and qualifier. Dated events are counted (Syria
            // ×2); spans are states, not events, so two sources of one term make one line. A line
            // without a qualifier gives way to a line saying more of the same relation (a
            // member relation with no seat type beside the elected term).
            struct Line {
                std::size_t events = 0, spans = 0;
                std::set<std::string> dates;
            };
            std::map<std::tuple<EdgeKind, Vertex, std::string>, Line> groups;
            std::map<EdgeKind, std::size_t> by_kind;
            for (const auto& ev : events) {
                const Edge& e = g.edge(ev.edge);
                Line& l = groups[{e.kind, ev.target, qualifier(e, w, lang)}];
                if (e.time.date) {
                    ++l.events;
                    l.dates.insert(e.time.date->str());
                } else {
                    ++l.spans;
                }
                ++by_kind[e.kind];
            }
            for (auto it2 = groups.begin(); it2 != groups.end();) {
                const auto& [k, tg, q] = it2->first;
                bool said_better = false;
                if (q.empty())
                    for (const auto& [key2, l2] : groups)
                        if (std::get<0>(key2) == k && std::get<1>(key2) == tg && !std::get<2>(key2).empty()) said_better = true;
                it2 = said_better ? groups.erase(it2) : std::next(it2);
            }
            std::vector<std::pair<std::size_t, std::string>> lines;
            for (const auto& [key, l] : groups) {
                const auto& [k, tg, q] = key;
                std::string what;
                if (one_target) {
                    what = w.kind(lang, k) + (q.empty() ? "" : " (" + q + ")");
                } else {
                    what = g.node(tg).name.in(lang);
                    // Wrapped, not cut: a cut name ("accès humanitaire transfronta…") cannot be
                    // read, and a cut by bytes could split a character.
                    std::string wrapped;
                    for (const auto& line : wrap_lines(what, 32)) wrapped += (wrapped.empty() ? "" : "\n") + line;
                    what = std::move(wrapped);
                    if (!q.empty()) what += " (" + q + ")";
                    else if (kinds.size() > 1) what = w.kind(lang, k) + ": " + what;
                }
                if (one_target && l.events && l.dates.size() <= 3) {
                    std::string dates;
                    for (const auto& dt : l.dates) dates += (dates.empty() ? " " : ", ") + dt;
                    what += dates;
                } else if (l.events > 1) {
                    what += " " + w.fill(lang, "edge.times", {{"n", std::to_string(l.events)}});
                }
                lines.emplace_back(std::max<std::size_t>(l.events, 1), what);
            }
            std::stable_sort(lines.begin(), lines.end(), [](const auto& x, const auto& y2) { return x.first > y2.first; });
            std::string label;
            constexpr std::size_t max_lines = 4;
            for (std::size_t j = 0; j < lines.size() && j < max_lines; ++j) label += (j ? "\n" : "") + lines[j].second;
            if (lines.size() > max_lines) label += "\n+" + std::to_string(lines.size() - max_lines);
            EdgeKind main_kind = by_kind.begin()->first;
            for (const auto& [k, n] : by_kind)
                if (n > by_kind[main_kind]) main_kind = k;
            // The cell's pen is the theme's for its main relation, variants included (a permanent
            // seat as the legend draws it).
            const Edge* main_edge = nullptr;
            std::size_t point_events = 0;
            for (const auto& ev : events) {
                if (!main_edge && g.edge(ev.edge).kind == main_kind) main_edge = &g.edge(ev.edge);
                if (g.edge(ev.edge).time.date) ++point_events;
            }
            const GvAttrs es = theme.edge_style(*main_edge);
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
                       {"penwidth", point_events > 1 ? "2" : "1"}, {"fontsize", "9"}, {"margin", "0.05,0.03"},
                       {"label", escape_label(label)}, {"tooltip", escape_label(tip)},
                       {"id", escape_label("timeline:cell:" + an.id + ":" + std::to_string(y))}};
            ranks[y].nodes.push_back(d.nodes.size());
            d.nodes.push_back(DiagramNode{cname, std::move(ca)});
            d.edges.push_back(DiagramEdge{cname + ":row", prev, cname, {{"color", "#d0d0d0"}, {"arrowhead", "none"}, {"weight", "10"}}, {}});
            prev = cname;
        }
    }
    // Column headers: the years, chained so that every year gets its column even when empty.
    head_rank.nodes.push_back(d.nodes.size());
    d.nodes.push_back(DiagramNode{"timeline:axis", {{"shape", "plaintext"}, {"label", escape_label(w.get(lang, "timeline.actors"))}, {"fontsize", "10"}}});
    for (int y = y_lo; y_lo && y <= y_hi; ++y) {
        ranks[y].nodes.push_back(d.nodes.size());
        d.nodes.push_back(DiagramNode{year_name(y), {{"shape", "plaintext"}, {"label", std::to_string(y)}, {"fontsize", "10"},
                                                     {"fontcolor", "#555555"}, {"tooltip", std::to_string(y)}}});
        const std::string prev = y == y_lo ? std::string("timeline:axis") : year_name(y - 1);
        d.edges.push_back(DiagramEdge{"timeline:axis:" + std::to_string(y), prev, year_name(y), {{"style", "invis"}, {"weight", "100"}}, {}});
    }
    d.clusters.push_back(std::move(head_rank));
    for (auto& [y, c] : ranks) d.clusters.push_back(std::move(c));

    if (theme.legend && opts.legend) {
        DrawnKinds dk;
        for (Vertex a : actors) dk.nodes[static_cast<std::size_t>(g.node(a).kind)] = true;
        std::deque<Edge> store;
        for (const Edge* e : shown) dk.edges.push_back(&styled_as(g, *e, store));
        LegendNotes notes;
        if (undated) notes.lines.push_back(w.fill(lang, undated == 1 ? "timeline.undated.one" : "timeline.undated", {{"n", std::to_string(undated)}}));
        if (totals) notes.lines.push_back(w.fill(lang, totals == 1 ? "timeline.totals.one" : "timeline.totals", {{"n", std::to_string(totals)}}));
        d.html_label = legend_html(theme, lang, title, actors.size(), relations, dk, notes);
    }
    return d;
}

}  // namespace councilgraph::detail
