// The diagram builder: a View and a Theme become the styled graph Graphviz will receive.
// Relations are first gathered into drawn edges (merged, or rerouted to dossiers), then the
// nodes they touch are drawn, then the plan is made from what will really be laid out.
#include <councilgraph/diagram.hpp>

#include "diagram_parts.hpp"
#include "legend.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <deque>
#include <cmath>
#include <map>
#include <numeric>

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

namespace detail {

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

namespace {

constexpr const char* qualifier_keys[] = {"role", "vote", "stance", "type", "office", "result"};

}  // namespace

std::string window_text(const DayRange& w, const Words& words, Lang lang) {
    if (w.unbounded()) return {};
    // Both ends at one precision, the coarsest that names the same days: `2019 – 2020`, not
    // `2019-01-01 – 2020-12-31`, and never `2018-12 – 2018`.
    const bool open_lo = w.lo == DayRange::min, open_hi = w.hi == DayRange::max;
    const Date lo = civil_from_days(open_lo ? 0 : w.lo), hi = civil_from_days(open_hi ? 0 : w.hi);
    const bool month_lo = open_lo || lo.day == 1, month_hi = open_hi || hi.day == days_in_month(hi.year, hi.month);
    const bool year_lo = open_lo || (month_lo && lo.month == 1), year_hi = open_hi || (month_hi && hi.month == 12);
    const int precision = year_lo && year_hi ? 0 : month_lo && month_hi ? 1 : 2;
    auto text = [&](const Date& d) {
        if (precision == 0) return std::to_string(d.year);
        if (precision == 1) return Date{d.year, d.month, 0}.str();
        return d.str();
    };
    if (open_lo) return words.fill(lang, "period.until", {{"date", text(hi)}});
    if (open_hi) return words.fill(lang, "period.from", {{"date", text(lo)}});
    const std::string a = text(lo), b = text(hi);
    if (a == b) return a;
    return a + " – " + b;
}

std::string qualifier_value(const Edge& e) {
    for (const char* key : qualifier_keys)
        if (auto it = e.attrs.find(key); it != e.attrs.end()) return to_string(it->second);
    return {};
}

std::string qualifier(const Edge& e, const Words& w, Lang lang) {
    const std::string v = qualifier_value(e);
    return v.empty() ? v : w.value(lang, v);
}

bool is_item(NodeKind k) { return k == NodeKind::draft || k == NodeKind::resolution; }

bool is_total(const Graph& g, const Edge& e) {
    // Only events are counted that way ("16 Russian vetoes on Syria"); elsewhere `count` is
    // whatever the data means by it. A veto of one text is one veto: a count there is its rank
    // ("the 12th veto on Syria", stated of S/2018/321).
    if (e.kind != EdgeKind::veto && e.kind != EdgeKind::vote && e.kind != EdgeKind::sponsors) return false;
    if (auto to = g.find(e.to); to && is_item(g.node(*to).kind)) return false;
    auto it = e.attrs.find("count");
    return it != e.attrs.end() && std::holds_alternative<std::int64_t>(it->second);
}

std::pair<int, int> years_of(const Edge& e) {
    const TimeSpan& t = e.time;
    if (t.date) return {t.date->year, t.date->year};
    return {t.start ? t.start->year : 0, t.end ? t.end->year : 0};
}

std::string year_span(int lo, int hi) {
    if (lo == 0 && hi == 0) return {};
    if (lo == 0) return "– " + std::to_string(hi);
    if (hi == 0) return std::to_string(lo) + " –";
    if (lo == hi) return std::to_string(lo);
    return std::to_string(lo) + "–" + std::to_string(hi);
}

std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
    return out;
}

std::vector<std::string> evidence_lines(const Graph& g, const Edge& e) {
    std::vector<std::string> out;
    for (const auto& ev : e.evidence) {
        const Source* src = g.find_source(ev.source);
        const std::string title = src ? src->title : ev.source.str();
        std::string t;
        if (!ev.quote.empty()) {
            t = "“" + ev.quote + "” — " + title + " (" + ev.source;
            if (!ev.locator.empty()) t += ", " + ev.locator;
            t += ")";
        } else {
            t = title + " (" + ev.source + ", " + ev.record + ")";
        }
        out.push_back(std::move(t));
    }
    return out;
}

const Edge& styled_as(const Graph& g, const Edge& e, std::deque<Edge>& store) {
    if (!e.attrs.count("count") || is_total(g, e)) return e;
    Edge& c = store.emplace_back(e);
    c.attrs.erase("count");
    return c;
}

std::map<Vertex, std::vector<Vertex>> text_dossiers(const View& view) {
    const Graph& g = view.graph();
    // With --dossier, the selected dossier and its parts (part_of, transitively): the other
    // dossiers a text is about (the Middle East of a Syria draft) are beside the selection, and
    // drawing them too would count each veto twice.
    std::vector<char> keep;
    if (const auto& name = view.selection().dossier) {
        static constexpr NodeKind dk[] = {NodeKind::dossier};
        keep.assign(g.node_count(), 0);
        keep[g.resolve(*name, dk)] = 1;
        for (bool grew = true; grew;) {
            grew = false;
            for (EdgeIndex i : g.edges_of(EdgeKind::part_of))
                if (keep[g.target(i)] && !keep[g.source(i)] && g.node(g.source(i)).kind == NodeKind::dossier)
                    keep[g.source(i)] = 1, grew = true;
        }
    }
    std::map<Vertex, std::vector<Vertex>> out;
    for (EdgeIndex i : g.edges_of(EdgeKind::concerns)) {
        const Vertex s = g.source(i), t = g.target(i);
        if (is_item(g.node(s).kind) && g.node(t).kind == NodeKind::dossier && (keep.empty() || keep[t])) {
            auto& list = out[s];
            if (std::find(list.begin(), list.end(), t) == list.end()) list.push_back(t);
        }
    }
    return out;
}

std::string edge_tooltip(const Graph& g, const Edge& e, const Words& w, Lang lang) {
    std::string t = w.kind(lang, e.kind) + ": " + g.node(*g.find(e.from)).name.in(lang) + (e.kind == EdgeKind::agreement ? " – " : " → ") +
                    g.node(*g.find(e.to)).name.in(lang);
    if (auto when = e.time.str(); !when.empty()) t += ", " + when;
    for (const auto& [k, v] : e.attrs) t += "; " + k + "=" + to_string(v);
    for (const auto& line : evidence_lines(g, e)) t += "\n" + line;
    return t;
}

}  // namespace detail

namespace {

using namespace detail;

std::string describe(const View& view, const Words& w, Lang lang, const DiagramOptions& opts) {
    const Graph& g = view.graph();
    const Selection& s = view.selection();
    std::vector<std::string> parts;
    if (!s.edge_kinds.empty()) {
        std::string k;
        for (auto e : s.edge_kinds) k += (k.empty() ? "" : ", ") + w.kind(lang, e);
        parts.push_back(k);
    }
    if (!s.node_kinds.empty()) {
        std::string k;
        for (auto n : s.node_kinds) k += (k.empty() ? "" : ", ") + w.kind(lang, n);
        parts.push_back(w.fill(lang, "title.nodes", {{"list", k}}));
    }
    if (auto t = window_text(s.window, w, lang); !t.empty()) parts.push_back(t);
    if (view.anchor())
        parts.push_back(w.fill(lang, "title.around", {{"name", g.node(*view.anchor()).name.in(lang)}, {"depth", std::to_string(s.depth)}}));
    if (s.dossier) {
        static constexpr NodeKind dk[] = {NodeKind::dossier};
        parts.push_back(w.fill(lang, "title.dossier", {{"name", g.node(g.resolve(*s.dossier, dk)).name.in(lang)}}));
    }
    if (parts.empty()) parts.push_back(w.get(lang, "title.all"));
    if (opts.by_dossier) parts.push_back(w.get(lang, "title.by_dossier"));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
    return out;
}

// A relation as it will be drawn: one edge of the view, or several merged, possibly with one
// end moved from a draft or resolution to the dossier it concerns.
struct Drawn {
    EdgeKind kind{};
    Vertex tail = 0, head = 0;
    std::string key;                  // the merge key; also the drawn edge's name when merged or moved
    std::vector<EdgeIndex> edges;     // in id order
    std::vector<Vertex> via;          // per edge: the draft/resolution it went through (or tail/head itself)
    bool moved = false;
};

struct Gathered {
    std::vector<Drawn> drawn;
    std::size_t undated = 0;          // undated relations left out of a time window
    bool several_dossiers = false;    // a text was drawn to more than one dossier
};

Gathered gather(const View& view, const DiagramOptions& opts) {
    const Graph& g = view.graph();
    // The dossiers each draft or resolution concerns (whole graph: a dossier is what the text is about).
    std::map<Vertex, std::vector<Vertex>> dossiers_of;
    if (opts.by_dossier) dossiers_of = text_dossiers(view);
    // In a time window, a relation without any date (stated or derived) is left out when its kind
    // has dated relations there: regional groups are undated among the dated Council terms, so
    // they would be in every window's membership. Kinds that are timeless in the data (party
    // membership, stated positions) stay.
    std::array<bool, edge_kind_count> dated{};
    const bool windowed = !view.selection().window.unbounded() && !opts.undated;
    if (windowed)
        for (EdgeIndex i : view.edges())
            if (!g.edge(i).time.undated()) dated[static_cast<std::size_t>(g.edge(i).kind)] = true;

    Gathered out;
    std::map<std::string, std::size_t, std::less<>> by_key;
    for (EdgeIndex i : view.edges()) {
        const Edge& e = g.edge(i);
        const Vertex s = g.source(i), t = g.target(i);
        // The dossiers are what concerns stands for here: a dossier's own concerns (Syria
        // humanitarian access → the state Syria) would only tie unrelated dossiers together.
        if (opts.by_dossier && e.kind == EdgeKind::concerns) continue;
        if (windowed && e.time.undated() && dated[static_cast<std::size_t>(e.kind)]) {
            ++out.undated;
            continue;
        }
        std::vector<std::pair<Vertex, Vertex>> ends{{s, t}};
        Vertex via = is_item(g.node(t).kind) ? t : s;
        bool moved = false;
        if (opts.by_dossier) {
            if (auto it = dossiers_of.find(t); it != dossiers_of.end() && !is_item(g.node(s).kind)) {
                ends.clear();
                for (Vertex d : it->second) ends.emplace_back(s, d);
                moved = true;
                via = t;
            } else if (auto it2 = dossiers_of.find(s); it2 != dossiers_of.end() && !is_item(g.node(t).kind) &&
                                                       g.node(t).kind != NodeKind::dossier) {
                ends.clear();
                for (Vertex d : it2->second) ends.emplace_back(d, t);
                moved = true;
                via = s;
            }
            if (ends.size() > 1) out.several_dossiers = true;
        }
        for (auto [a, b] : ends) {
            std::string key = std::string(to_string(e.kind)) + ":" + g.node(a).id + ">" + g.node(b).id;
            if (const std::string q = qualifier_value(e); !q.empty()) key += "/" + q;
            if (is_total(g, e)) key += "/total";
            if (!opts.merge) key += "/" + e.id;
            auto [it, fresh] = by_key.try_emplace(key, out.drawn.size());
            if (fresh) out.drawn.push_back(Drawn{e.kind, a, b, key, {}, {}, false});
            Drawn& d = out.drawn[it->second];
            d.edges.push_back(i);
            d.via.push_back(via);
            d.moved = d.moved || moved;
        }
    }
    return out;
}

// The most nodes one rank of dot's layered drawing would hold (ranks by longest path from the
// sources; nodes on cycles count in the first rank). dot stacks a rank in one column: beyond a
// few dozen nodes the drawing is a strip too tall to print.
std::size_t widest_rank(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& links) {
    std::vector<std::vector<std::size_t>> out(n);
    std::vector<std::size_t> in(n, 0), rank(n, 0), ready;
    for (auto [a, b] : links)
        if (a != b) out[a].push_back(b), ++in[b];
    for (std::size_t v = 0; v < n; ++v)
        if (!in[v]) ready.push_back(v);
    while (!ready.empty()) {
        const std::size_t v = ready.back();
        ready.pop_back();
        for (std::size_t u : out[v]) {
            rank[u] = std::max(rank[u], rank[v] + 1);
            if (--in[u] == 0) ready.push_back(u);
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        if (in[v]) rank[v] = 0;
    std::map<std::size_t, std::size_t> width;
    std::size_t widest = 0;
    for (std::size_t v = 0; v < n; ++v) widest = std::max(widest, ++width[rank[v]]);
    return widest;
}

// Connected components of the drawn graph (union-find over node positions).
std::size_t components(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& links) {
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    std::size_t count = n;
    for (auto [a, b] : links) {
        const auto ra = find(a), rb = find(b);
        if (ra != rb) {
            parent[ra] = rb;
            --count;
        }
    }
    return count;
}

std::string fmt_number(double v) { return fmt::format("{:.3g}", v); }

// A rate as a percentage with one decimal, none when it is whole: 0.975 → "97.5", 1 → "100".
std::string percent(double rate) {
    std::string p = fmt::format("{:.1f}", 100 * rate);
    if (p.ends_with(".0")) p.resize(p.size() - 2);
    return p;
}

double number(const std::string& s, double fallback) {
    try {
        return std::stod(s);
    } catch (...) {
        return fallback;
    }
}

// The nodes a drawing will hold and its links between them (positions in `nodes`).
struct Placed {
    std::vector<Vertex> nodes;
    std::vector<std::size_t> pos;  // per vertex: its position in nodes
    std::vector<std::pair<std::size_t, std::size_t>> links;
    std::size_t left_out = 0;      // entities of the view without a drawn relation, not drawn
    LayoutCost cost() const { return {nodes.size(), links.size(), components(nodes.size(), links), widest_rank(nodes.size(), links)}; }
};

Placed place(const View& view, const DiagramOptions& opts, const std::vector<Drawn>& drawn) {
    const Graph& g = view.graph();
    Placed p;
    // Nodes: what the drawn edges touch, the anchor, and the isolated ones only when asked.
    std::vector<char> touched(g.node_count(), 0);
    for (const auto& d : drawn) touched[d.tail] = touched[d.head] = 1;
    if (view.anchor()) touched[*view.anchor()] = 1;
    // A relation drawn to a text's dossier (--by-dossier) may end outside the view (the dossier
    // lies two steps from the anchor): its dossier is drawn too. Vertices are in id order.
    for (Vertex v = 0; v < g.node_count(); ++v) {
        if (touched[v] || (opts.isolated && view.has_node(v))) p.nodes.push_back(v);
        else if (view.has_node(v) && !(opts.by_dossier && is_item(g.node(v).kind))) ++p.left_out;
    }
    p.pos.assign(g.node_count(), 0);
    for (std::size_t i = 0; i < p.nodes.size(); ++i) p.pos[p.nodes[i]] = i;
    p.links.reserve(drawn.size());
    for (const auto& d : drawn) p.links.emplace_back(p.pos[d.tail], p.pos[d.head]);
    return p;
}

}  // namespace

Diagram build_diagram(const View& view, const Theme& theme, const DiagramOptions& opts) {
    if (opts.timeline) return build_timeline(view, theme, opts);
    const Graph& g = view.graph();
    const Words& w = theme.words;
    const Lang lang = opts.lang;
    Gathered gathered = gather(view, opts);
    std::vector<Drawn>& drawn = gathered.drawn;
    const Placed placed = place(view, opts, drawn);
    const std::vector<Vertex>& node_list = placed.nodes;
    const std::vector<std::size_t>& pos = placed.pos;
    const auto& links = placed.links;
    const std::size_t left_out = placed.left_out;

    // Above the limits, a drawing of actors against dossiers may fit where every draft does not
    // (the votes of a decade: one edge per member, dossier and vote): the refusal offers it.
    std::optional<LayoutCost> by_dossier;
    if (!opts.force && !opts.by_dossier && !within_limits(opts.engine, placed.cost())) {
        DiagramOptions by = opts;
        by.by_dossier = true;
        const Gathered other = gather(view, by);
        by_dossier = place(view, by, other.drawn).cost();
    }
    const LayoutPlan plan = plan_layout(opts.engine, placed.cost(), opts.force, true, by_dossier ? &*by_dossier : nullptr);
    const bool labels_wanted = opts.edge_labels && plan.edge_labels;
    // Graphviz 2.42's dot frees the virtual nodes of labelled edges twice when the graph has
    // clusters (a crash in gvFreeLayout, reproduced with the dot program on the Belgian ego
    // network). External labels (xlabel) are placed after layout and make no virtual nodes.
    const bool use_xlabels = plan.engine == "dot" && opts.cluster != ClusterBy::none;
    // dot keeps a rank for each label, beside its edge. The other engines put a label at the
    // middle of its edge, where the edges of a hub cross (twopi's centre, the shared dossiers of
    // a veto network): there each label is drawn on its line at the end with fewer edges, where
    // the lines part, on the background colour.
    const bool end_labels = labels_wanted && plan.engine != "dot";
    std::vector<std::size_t> degree(node_list.size(), 0);
    for (auto [a, b] : links) ++degree[a], ++degree[b];
    const std::string background = theme.graph.count("bgcolor") ? theme.graph.at("bgcolor") : "white";
    std::map<std::pair<Vertex, Vertex>, double> label_room;  // points taken along each pair's lines
    std::map<Vertex, std::size_t> labels_at;                  // labels drawn at each node so far
    auto end_label = [&](const std::string& text, double fontsize) {
        std::string lines;
        std::size_t longest = 0;
        for (const auto& line : wrap_lines(text, 32)) {
            lines += (lines.empty() ? "" : "<BR/>") + escape_html(line);
            longest = std::max(longest, utf8_chars(line));
        }
        return std::pair{R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR=")" + escape_html(background) +
                             R"("><TR><TD>)" + lines + "</TD></TR></TABLE>",
                         0.6 * fontsize * static_cast<double>(longest) + 2};
    };
    const std::string title = opts.title.empty() ? describe(view, w, lang, opts) : opts.title;

    Diagram d;
    d.engine = plan.engine;
    d.comment = "councilgraph render: " + one_line(title) + "; theme " + (theme.name.empty() ? "(unnamed)" : one_line(theme.name)) +
                "; engine " + plan.engine + (opts.cluster != ClusterBy::none ? "; clusters by " + std::string(to_string(opts.cluster)) : "");
    d.graph = theme.graph;
    for (const auto& [k, v] : plan.graph) d.graph[k] = v;
    d.graph["layout"] = plan.engine;
    if (use_xlabels && labels_wanted) d.graph["forcelabels"] = "true";
    if (plan.engine == "twopi" && view.anchor()) d.graph["root"] = graphviz_name(g.node(*view.anchor()).id);
    d.node_defaults = theme.node;
    d.edge_defaults = theme.edge;

    for (Vertex v : node_list) {
        const Node& n = g.node(v);
        DiagramNode dn{graphviz_name(n.id), theme.node_style(n.kind)};
        dn.attrs["label"] = wrap_label(n.name.in(lang));
        dn.attrs["tooltip"] = escape_tooltip(n.name.in(lang) + " (" + n.id + ", " + w.kind(lang, n.kind) + ")");
        dn.attrs["id"] = escape_label(n.id);
        if (view.anchor() == v) dn.attrs["penwidth"] = "3";
        d.nodes.push_back(std::move(dn));
    }
    // Agreement edges (agreement_network): width spans 1-8 over the drawn range of their weight,
    // the agreement rate (else the count of shared texts), so the strongest ties stand out
    // whatever the threshold that kept them.
    auto weight = [](const Edge& e) {
        auto it = e.attrs.find("agreement");
        if (it == e.attrs.end()) it = e.attrs.find("shared");
        if (it == e.attrs.end()) return 0.0;
        if (const auto* x = std::get_if<double>(&it->second)) return *x;
        if (const auto* x = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*x);
        return 0.0;
    };
    double weight_lo = 0, weight_hi = 0;
    bool any_weight = false;
    for (const auto& dr : drawn) {
        const Edge& e = g.edge(dr.edges.front());
        if (e.kind != EdgeKind::agreement) continue;
        const double x = weight(e);
        weight_lo = any_weight ? std::min(weight_lo, x) : x;
        weight_hi = any_weight ? std::max(weight_hi, x) : x;
        any_weight = true;
    }
    // What the width says, in the legend: the score or count of the network drawn, and its range.
    std::string width_note;
    if (any_weight) {
        // The score is the identical-vote rate unless --score coincidence chose the other: then
        // some drawn edge scores other than its identical rate (when none does, the two agree
        // on every edge drawn, and the identical rate is what the widths show).
        const Edge* first = nullptr;
        bool identical = true;
        for (const auto& dr : drawn) {
            const Edge& e = g.edge(dr.edges.front());
            if (e.kind != EdgeKind::agreement) continue;
            if (!first) first = &e;
            const auto same = e.attrs.find("identical");
            const auto* rate = same == e.attrs.end() ? nullptr : std::get_if<double>(&same->second);
            if (e.attrs.count("agreement") && !(rate && weight(e) == *rate)) identical = false;
        }
        const auto metric = first->attrs.find("metric");
        const std::string m = metric == first->attrs.end() ? std::string() : to_string(metric->second);
        if (first->attrs.count("agreement")) {
            width_note = w.fill(lang, identical ? "legend.width.identical" : "legend.width.coincidence",
                                {{"lo", percent(weight_lo)}, {"hi", percent(weight_hi)}});
        } else {
            width_note = w.fill(lang, m == "copen" ? "legend.width.copen" : "legend.width.cosponsor",
                                {{"lo", fmt::format("{}", weight_lo)}, {"hi", fmt::format("{}", weight_hi)}});
        }
    }
    bool any_merged = false, any_total = false;
    // What each drawn edge is styled (and listed in the legend) as: its first relation, without
    // a `count` that is not a total (the theme draws totals by that attribute).
    std::deque<Edge> as_styled;
    std::vector<const Edge*> style_edges;
    for (const auto& dr : drawn) {
        const Edge& first = g.edge(dr.edges.front());
        const std::size_t n = dr.edges.size();
        const bool total = is_total(g, first);
        const bool single = n == 1 && !dr.moved;
        style_edges.push_back(&styled_as(g, first, as_styled));
        DiagramEdge de{graphviz_name(single ? first.id.str() : dr.key), graphviz_name(g.node(dr.tail).id),
                       graphviz_name(g.node(dr.head).id), theme.edge_style(*style_edges.back()), {}};
        std::string label = qualifier(first, w, lang);
        auto add_line = [&](const std::string& s) {
            if (!s.empty()) label += (label.empty() ? "" : "\n") + s;
        };
        if (first.kind == EdgeKind::agreement && n == 1) {
            const auto shared = first.attrs.find("shared");
            const std::string count = shared == first.attrs.end() ? std::string("?") : to_string(shared->second);
            if (auto a = first.attrs.find("agreement"); a != first.attrs.end()) {
                add_line(w.fill(lang, "edge.agreement.rate", {{"pct", percent(weight(first))}, {"n", count}}));
            } else {
                add_line(w.fill(lang, "edge.agreement.shared", {{"n", count}}));
            }
            const double x = weight(first);
            de.attrs["penwidth"] = fmt_number(weight_hi > weight_lo ? 1 + 7 * (x - weight_lo) / (weight_hi - weight_lo) : 4.0);
        } else if (total) {
            // A total stated by a source ("16 vetoes on Syria so far") is not one relation.
            any_total = true;
            label.clear();
            add_line(w.fill(lang, "edge.total", {{"n", to_string(first.attrs.find("count")->second)}}));
            // "as stated on 2021-02-03": a total holds up to the day it was stated (`– 2021-02-03`).
            const auto& t = first.time;
            const std::string when = t.date ? t.date->str() : t.end && !t.start ? t.end->str() : t.str();
            if (!when.empty()) add_line(w.fill(lang, "edge.stated", {{"date", when}}));
        } else if (n == 1) {
            // The shortest dates naming the same days: `2019 – 2020`, not `2019-01-01 – 2020-12-31`.
            add_line(window_text(first.time.days(), w, lang));
        } else {
            any_merged = true;
            int lo = 0, hi = 0;
            for (EdgeIndex i : dr.edges) {
                auto [a, b] = years_of(g.edge(i));
                if (a && (!lo || a < lo)) lo = a;
                if (b && b > hi) hi = b;
            }
            // The count and the years; the dates are in the tooltip (a list of them made labels
            // of three lines that a printed page has no room for).
            std::string times = w.fill(lang, "edge.times", {{"n", std::to_string(n)}});
            if (auto span = year_span(lo, hi); !span.empty()) times += ", " + span;
            add_line(times);
            // Width grows with the count, slowly, so sixteen vetoes read as more than one without
            // covering their neighbours.
            const double base = number(de.attrs.count("penwidth") ? de.attrs["penwidth"]
                                       : theme.edge.count("penwidth") ? theme.edge.at("penwidth") : "1", 1);
            de.attrs["penwidth"] = fmt_number(base + std::min(6.0, 1.5 * std::log2(static_cast<double>(n))));
        }
        if (labels_wanted && !label.empty()) {
            if (end_labels) {
                const bool at_head = degree[pos[dr.head]] <= degree[pos[dr.tail]];
                const std::string_view size = de.attrs.count("fontsize")         ? std::string_view{de.attrs["fontsize"]}
                                              : theme.edge.count("fontsize") ? std::string_view{theme.edge.at("fontsize")}
                                                                             : std::string_view{"9"};
                auto [html, width] = end_label(label, number(std::string(size), 9));
                de.html[at_head ? "headlabel" : "taillabel"] = std::move(html);
                de.attrs["labelangle"] = "0";
                // Graphviz places the label's centre this far from the end (in tens of points):
                // half the label's width, and a little, so it starts clear of the node; the
                // labels of parallel edges (presides and initiated, to one meeting) one after
                // the other along the lines.
                // Where several lines meet at one end (Namibia, vetoed by three members), each
                // further label sits a line's height farther out, where the lines have parted.
                double& along = label_room[std::minmax(dr.tail, dr.head)];
                const double stagger = 14.0 * static_cast<double>(labels_at[at_head ? dr.head : dr.tail]++);
                de.attrs["labeldistance"] = fmt_number((along + stagger + width / 2 + 12) / 10);
                along += width + 6;
            } else {
                de.attrs[use_xlabels ? "xlabel" : "label"] = wrap_label(label, 32);
            }
        }

        std::string tip;
        if (single) {
            tip = edge_tooltip(g, first, w, lang);
        } else {
            tip = w.kind(lang, dr.kind) + ": " + g.node(dr.tail).name.in(lang) + " → " + g.node(dr.head).name.in(lang);
            if (n > 1) tip += "\n" + w.fill(lang, "tooltip.merged", {{"n", std::to_string(n)}});
            for (std::size_t j = 0; j < n; ++j) {
                const Edge& e = g.edge(dr.edges[j]);
                std::string line = "• " + (e.time.str().empty() ? std::string("—") : e.time.str());
                if (dr.moved) line += ", " + w.fill(lang, "tooltip.via", {{"name", g.node(dr.via[j]).name.in(lang)}});
                for (const auto& [k, v] : e.attrs) line += "; " + k + "=" + to_string(v);
                tip += "\n" + line;
                for (const auto& ev : evidence_lines(g, e)) tip += "\n   " + ev;
            }
        }
        de.attrs["tooltip"] = escape_label(tip);
        de.attrs["id"] = escape_label(single ? first.id.str() : dr.key);
        d.edges.push_back(std::move(de));
    }

    // Clusters: each node in at most one, clusters in a fixed order.
    auto add_cluster = [&](std::string name, const std::string& label, std::vector<std::size_t> members) {
        if (members.empty()) return;
        DiagramCluster c{graphviz_name(name), theme.cluster, std::move(members)};
        c.attrs["label"] = escape_label(label);
        d.clusters.push_back(std::move(c));
    };
    switch (opts.cluster) {
        case ClusterBy::none: break;
        case ClusterBy::kind:
            for (auto k : all_node_kinds()) {
                std::vector<std::size_t> m;
                for (Vertex v : node_list)
                    if (g.node(v).kind == k) m.push_back(pos[v]);
                add_cluster("cluster_kind_" + std::string(to_string(k)), w.kind(lang, k), std::move(m));
            }
            break;
        case ClusterBy::bloc: {
            std::vector<char> perm(g.node_count(), 0), elected(g.node_count(), 0);
            for (EdgeIndex i : g.edges_of(EdgeKind::member)) {
                const Edge& e = g.edge(i);
                if (!e.time.days().overlaps(view.selection().window)) continue;
                auto it = e.attrs.find("type");
                if (it == e.attrs.end()) continue;
                const std::string t = to_string(it->second);
                if (t == "permanent") perm[g.source(i)] = 1;
                if (t == "elected") elected[g.source(i)] = 1;
            }
            std::vector<std::size_t> p, el;
            for (Vertex v : node_list) {
                if (perm[v]) p.push_back(pos[v]);
                else if (elected[v]) el.push_back(pos[v]);
            }
            add_cluster("cluster_bloc_permanent", w.get(lang, "cluster.permanent"), std::move(p));
            add_cluster("cluster_bloc_elected", w.get(lang, "cluster.elected"), std::move(el));
            break;
        }
        case ClusterBy::dossier: {
            // A node joins a dossier's box when, among the drawn edges, it touches that dossier only.
            std::vector<std::optional<Vertex>> home(g.node_count());
            std::vector<char> shared(g.node_count(), 0);
            for (const auto& dr : drawn) {
                for (auto [a, b] : {std::pair{dr.tail, dr.head}, std::pair{dr.head, dr.tail}}) {
                    if (g.node(b).kind != NodeKind::dossier || g.node(a).kind == NodeKind::dossier) continue;
                    if (home[a] && *home[a] != b) shared[a] = 1;
                    home[a] = b;
                }
            }
            for (Vertex dv : node_list) {
                if (g.node(dv).kind != NodeKind::dossier) continue;
                std::vector<std::size_t> m{pos[dv]};
                for (Vertex v : node_list)
                    if (home[v] == dv && !shared[v]) m.push_back(pos[v]);
                std::sort(m.begin(), m.end());
                add_cluster("cluster_" + g.node(dv).id, g.node(dv).name.in(lang), std::move(m));
            }
            break;
        }
    }

    if (theme.legend && opts.legend) {
        LegendNotes notes;
        notes.merged = any_merged;
        notes.total = any_total;
        notes.isolated = left_out;
        if (gathered.undated)
            notes.lines.push_back(w.fill(lang, gathered.undated == 1 ? "legend.undated.one" : "legend.undated", {{"n", std::to_string(gathered.undated)}}));
        if (gathered.several_dossiers) notes.lines.push_back(w.get(lang, "legend.several_dossiers"));
        if (any_weight && weight_hi > weight_lo) notes.lines.push_back(width_note);
        DrawnKinds kinds;
        for (Vertex v : node_list) kinds.nodes[static_cast<std::size_t>(g.node(v).kind)] = true;
        kinds.edges = style_edges;
        d.html_label = legend_html(theme, lang, title, d.nodes.size(), d.edges.size(), kinds, notes);
    }
    return d;
}

}  // namespace councilgraph
