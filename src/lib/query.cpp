#include "query_util.hpp"

#include <councilgraph/rows.hpp>

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace councilgraph {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// Shared building blocks

namespace {

/// Adds one more edge's attributes and evidence to a fact (not its time).
void absorb(Fact& f, const Edge& e) {
    for (const auto& [k, v] : e.attrs) {
        auto old = f.attrs.find(k);
        if (old == f.attrs.end()) {
            f.attrs.emplace(k, v);
        } else if (old->second != v) {
            const std::string mine = to_string(v);
            std::string joined = to_string(old->second);
            // Keep every distinct statement; the sources may phrase the same fact differently.
            bool seen = false;
            for (std::size_t p = 0; p <= joined.size();) {
                auto q = joined.find(" | ", p);
                if (q == std::string::npos) q = joined.size();
                if (joined.compare(p, q - p, mine) == 0) seen = true;
                p = q + 3;
            }
            if (!seen) old->second = joined + " | " + mine;
        }
    }
    for (const auto& ev : e.evidence)
        if (std::find(f.evidence.begin(), f.evidence.end(), ev) == f.evidence.end()) f.evidence.push_back(ev);
}

/// Appends the bytes of a plain value (a key part of fixed width).
template <class T>
void append_bytes(std::string& s, const T& v) {
    s.append(reinterpret_cast<const char*>(&v), sizeof v);
}

/// True when `fine` states the same time as `coarse`, only more precisely:
/// - two dates of one event, the finer inside the coarser (`2018-03-28` in `2018-03`);
/// - two periods covering exactly the same days, each end at least as precise
///   (`2019-01-01 – 2020-12-31` for `2019 – 2020`).
/// A period inside another is not the same fact: a year-precision period covers whole years, so
/// `2018-03 – 2018-05` is part of `2018`, and `2019` part of `2019 – 2020`.
bool refines(const TimeSpan& fine, const TimeSpan& coarse) {
    if (fine.date || coarse.date) {
        if (!fine.date || !coarse.date || fine.start || fine.end || coarse.start || coarse.end) return false;
        return *fine.date != *coarse.date && coarse.date->first_day() <= fine.date->first_day() &&
               fine.date->last_day() <= coarse.date->last_day();
    }
    if (fine.undated() || fine.days() != coarse.days()) return false;
    auto at_least = [](const std::optional<Date>& a, const std::optional<Date>& b) {
        return a.has_value() == b.has_value() && (!a || a->precision() >= b->precision());
    };
    return (fine.start != coarse.start || fine.end != coarse.end) && at_least(fine.start, coarse.start) &&
           at_least(fine.end, coarse.end);
}

}  // namespace

std::vector<Fact> merge_facts(const Graph& g, std::span<const EdgeIndex> edges,
                              std::span<const std::string_view> same) {
    // 1. Edges agreeing on kind, ends, the `same` attributes and time, exactly.
    std::vector<Fact> exact;
    std::vector<std::string> group;  // the key without time, per fact
    std::unordered_map<std::string, std::size_t> at;
    at.reserve(edges.size());
    for (EdgeIndex i : edges) {
        const Edge& e = g.edge(i);
        // Kind and ends as fixed-width bytes, then each `same` value, then the three dates.
        std::string what;
        append_bytes(what, e.kind);
        append_bytes(what, g.source(i));
        append_bytes(what, g.target(i));
        for (auto k : same) {
            what += '\x1f';
            auto a = e.attrs.find(k);
            if (a == e.attrs.end()) continue;
            if (const auto* text = std::get_if<std::string>(&a->second)) what += *text;
            else what += to_string(a->second);
        }
        std::string key = what;
        for (const auto* d : {&e.time.date, &e.time.start, &e.time.end}) {
            key += static_cast<char>(d->has_value());
            if (*d) {
                append_bytes(key, (*d)->year);
                append_bytes(key, (*d)->month);
                append_bytes(key, (*d)->day);
            }
        }
        auto [it, fresh] = at.try_emplace(std::move(key), exact.size());
        if (fresh) {
            exact.push_back(fact_of(g, i));
            group.push_back(std::move(what));
            continue;
        }
        exact[it->second].edges.push_back(i);
        absorb(exact[it->second], e);
    }

    // 2. A less precise statement of the same fact (`2018-03` beside `2018-03-28`) joins the more
    // precise one, when there is only one way to read it: its refinements form a chain, and it
    // joins the finest. Two different days of one month stay two rows, and so does their month.
    // Groups as chains through `next` from their first fact: no list for the many groups of one.
    constexpr std::size_t end = static_cast<std::size_t>(-1);
    std::vector<std::size_t> next(exact.size(), end);
    std::vector<std::size_t> firsts;
    {
        std::unordered_map<std::string_view, std::size_t> last;  // group -> its latest fact
        last.reserve(exact.size());
        for (std::size_t k = 0; k < exact.size(); ++k) {
            auto [it, fresh] = last.try_emplace(group[k], k);
            if (fresh) firsts.push_back(k);
            else next[std::exchange(it->second, k)] = k;
        }
    }
    std::vector<std::size_t> into(exact.size());
    for (std::size_t k = 0; k < exact.size(); ++k) into[k] = k;
    std::vector<std::size_t> members;
    for (std::size_t first : firsts) {
        if (next[first] == end) continue;
        members.clear();
        for (std::size_t k = first; k != end; k = next[k]) members.push_back(k);
        for (std::size_t c : members) {
            std::vector<std::size_t> finer;
            for (std::size_t f : members)
                if (refines(exact[f].time, exact[c].time)) finer.push_back(f);
            if (finer.empty()) continue;
            std::size_t finest = finer.front();
            bool chain = true;
            for (std::size_t f : finer) {
                if (f == finest) continue;
                if (refines(exact[f].time, exact[finest].time)) finest = f;
                else if (!refines(exact[finest].time, exact[f].time)) chain = false;
            }
            if (chain)
                for (std::size_t f : finer)  // every member of a chain is comparable with the finest
                    if (f != finest && !refines(exact[finest].time, exact[f].time)) chain = false;
            if (chain) into[c] = finest;
        }
    }

    std::vector<Fact> out;
    std::vector<std::size_t> slot(exact.size(), exact.size());
    for (std::size_t k = 0; k < exact.size(); ++k) {
        if (into[k] != k) continue;  // the finest of a chain is never merged into another
        slot[k] = out.size();
        out.push_back(std::move(exact[k]));  // only the edges of facts merged into others are read below
    }
    bool merged = false;
    for (std::size_t k = 0; k < exact.size(); ++k) {
        if (into[k] == k) continue;
        merged = true;
        Fact& f = out[slot[into[k]]];
        f.edges.insert(f.edges.end(), exact[k].edges.begin(), exact[k].edges.end());
    }
    if (!merged) return out;
    // Rebuild merged facts in edge order (attributes and evidence in the order of their edges).
    for (Fact& f : out) {
        if (f.edges.size() < 2) continue;
        std::sort(f.edges.begin(), f.edges.end());
        const TimeSpan time = f.time;
        Fact rebuilt = fact_of(g, f.edges.front());
        rebuilt.edges = f.edges;
        for (std::size_t k = 1; k < f.edges.size(); ++k) absorb(rebuilt, g.edge(f.edges[k]));
        rebuilt.time = time;
        f = std::move(rebuilt);
    }
    std::stable_sort(out.begin(), out.end(), [](const Fact& a, const Fact& b) { return a.edges.front() < b.edges.front(); });
    return out;
}

std::vector<char> scope_of(const Graph& g, Vertex v) {
    std::vector<char> scope(g.node_count(), 0);
    scope[v] = 1;
    std::vector<Vertex> todo{v};
    while (!todo.empty()) {
        const Vertex w = todo.back();
        todo.pop_back();
        for (auto [it, end] = boost::in_edges(w, g.bgl()); it != end; ++it) {
            const Edge& e = g.bgl()[*it];
            if (e.kind != EdgeKind::concerns && e.kind != EdgeKind::part_of) continue;
            const Vertex s = boost::source(*it, g.bgl());
            if (!scope[s]) {
                scope[s] = 1;
                todo.push_back(s);
            }
        }
    }
    return scope;
}

std::vector<Vertex> dossiers_of(const Graph& g, Vertex v) {
    if (g.node(v).kind == NodeKind::dossier) return {v};
    std::vector<Vertex> out;
    for (auto [it, end] = boost::out_edges(v, g.bgl()); it != end; ++it) {
        const Vertex t = boost::target(*it, g.bgl());
        if (g.bgl()[*it].edge->kind == EdgeKind::concerns && g.node(t).kind == NodeKind::dossier &&
            std::find(out.begin(), out.end(), t) == out.end())
            out.push_back(t);
    }
    std::sort(out.begin(), out.end());  // vertices are in id order
    return out;
}

namespace detail {

Fact fact_of(const Graph& g, EdgeIndex i) {
    const Edge& e = g.edge(i);
    return Fact{{i}, e.kind, g.source(i), g.target(i), e.time, e.attrs, e.evidence};
}

std::string attr_text(const Attrs& a, std::string_view key) {
    auto it = a.find(key);
    return it == a.end() ? std::string() : to_string(it->second);
}

bool is_date_note(std::string_view key) {
    return key == "date_resolved" || key == "period_basis";
}

std::string details_text(const Attrs& a, std::initializer_list<std::string_view> shown) {
    std::string s;
    for (const auto& [k, v] : a) {
        if (is_date_note(k) || std::find(shown.begin(), shown.end(), k) != shown.end()) continue;
        s += (s.empty() ? "" : "; ") + k + "=" + to_string(v);
    }
    return s;
}

std::string date_note(const Attrs& a) {
    std::string s;
    for (const auto& [k, v] : a)
        if (is_date_note(k)) s += (s.empty() ? "" : "; ") + to_string(v);
    return s;
}

std::vector<std::string> edge_ids(const Graph& g, std::span<const EdgeIndex> edges) {
    std::vector<std::string> out;
    out.reserve(edges.size());
    for (EdgeIndex i : edges) out.push_back(g.edge(i).id);
    return out;
}

std::optional<Vertex> resolve_opt(const Graph& g, const std::optional<std::string>& name,
                                  std::span<const NodeKind> prefer) {
    if (!name) return std::nullopt;
    return g.resolve(*name, prefer);
}

std::vector<EdgeIndex> select_edges(const View& view, EdgeKind kind, std::optional<Vertex> from,
                              const std::vector<char>& to_scope) {
    const Graph& g = view.graph();
    const BGraph& bg = g.bgl();
    const auto selected = view.edges_of(kind);
    // From the smallest side: the view's edges of the kind, the holder's out-edges, or the
    // in-edges of the scope; the last two are put back in id order.
    std::size_t via_scope = 0;
    std::vector<Vertex> scope;
    if (!to_scope.empty() && !from) {
        for (Vertex v = 0; v < to_scope.size(); ++v)
            if (to_scope[v]) {
                scope.push_back(v);
                via_scope += boost::in_degree(v, bg);
            }
    }
    std::vector<EdgeIndex> out;
    auto take = [&](const EdgeDesc& e) {
        const EdgeRef& r = bg[e];
        if (r.edge->kind == kind && view.has_edge(r.index) && (to_scope.empty() || to_scope[boost::target(e, bg)]))
            out.push_back(r.index);
    };
    if (from && boost::out_degree(*from, bg) < selected.size()) {
        for (auto [it, end] = boost::out_edges(*from, bg); it != end; ++it) take(*it);
    } else if (!scope.empty() && via_scope < selected.size()) {
        for (Vertex v : scope)
            for (auto [it, end] = boost::in_edges(v, bg); it != end; ++it) take(*it);
    } else {
        for (EdgeIndex i : selected) {
            if (from && g.source(i) != *from) continue;
            if (!to_scope.empty() && !to_scope[g.target(i)]) continue;
            out.push_back(i);
        }
        return out;
    }
    std::sort(out.begin(), out.end());
    return out;
}

int role_rank(std::string_view role) {
    static constexpr std::string_view order[] = {"penholder", "chair", "co-penholder", "co-chair", "vice-chair",
                                                 "facilitator", "focal-point", "sponsor", "co-sponsor",
                                                 "yes", "no", "abstain", "absent"};
    for (std::size_t k = 0; k < std::size(order); ++k)
        if (role == order[k]) return static_cast<int>(k);
    return static_cast<int>(std::size(order));
}

}  // namespace detail

namespace {

constexpr NodeKind actor_kinds[] = {NodeKind::state, NodeKind::organisation, NodeKind::person,
                                    NodeKind::group, NodeKind::party, NodeKind::body};
constexpr NodeKind text_kinds[] = {NodeKind::draft, NodeKind::resolution, NodeKind::statement};

std::vector<char> to_scope(const Graph& g, const std::optional<std::string>& name, std::span<const NodeKind> prefer) {
    if (!name) return {};
    return scope_of(g, g.resolve(*name, prefer));
}

/// Sort key for names: folded (case- and accent-insensitive), then the raw text.
struct NameKey {
    std::string folded, raw;
    NameKey(const Graph& g, Vertex v, Lang lang) : folded(fold(g.node(v).name.in(lang))), raw(g.node(v).name.in(lang)) {}
    NameKey(const Graph& g, std::span<const Vertex> vs, Lang lang) {
        for (Vertex v : vs) {
            folded += fold(g.node(v).name.in(lang)) + '\x1f';
            raw += g.node(v).name.in(lang) + '\x1f';
        }
    }
    friend auto operator<=>(const NameKey&, const NameKey&) = default;
};

/// A NameKey held by the cache, compared by value.
struct NameRef {
    const NameKey* key;
    friend std::strong_ordering operator<=>(NameRef a, NameRef b) { return *a.key <=> *b.key; }
};

/// The NameKeys of one query, each folded once: folding names is most of the cost of sorting rows
/// that name the same few nodes again and again.
class NameKeys {
public:
    NameKeys(const Graph& g, Lang lang) : g_(g), lang_(lang) {}
    /// The key of one node's name.
    NameRef operator()(Vertex v) {
        auto it = one_.find(v);
        if (it == one_.end()) it = one_.emplace(v, NameKey(g_, v, lang_)).first;
        return {&it->second};
    }
    /// The key of a list of names (a list of one differs from the name alone).
    NameRef operator()(std::span<const Vertex> vs) {
        if (vs.size() != 1) return {&many_.emplace_back(g_, vs, lang_)};
        auto it = listed_.find(vs.front());
        if (it == listed_.end()) it = listed_.emplace(vs.front(), NameKey(g_, vs, lang_)).first;
        return {&it->second};
    }

private:
    const Graph& g_;
    Lang lang_;
    std::unordered_map<Vertex, NameKey> one_, listed_;  // nodes stay put when the map grows
    std::deque<NameKey> many_;
};

auto time_key(const TimeSpan& t) {
    const DayRange d = t.days();
    return std::pair{d.lo, d.hi};
}

/// Sorts rows by a key computed once per row (names are folded once, not per comparison); rows
/// with equal keys keep their order.
template <class Row, class KeyFn>
void sort_rows(std::vector<Row>& rows, KeyFn key) {
    using Key = decltype(key(rows.front()));
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) keyed.emplace_back(key(rows[i]), i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<Row> out;
    out.reserve(rows.size());
    for (auto& k : keyed) out.push_back(std::move(rows[k.second]));
    rows = std::move(out);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Pens

std::vector<PenRow> query_pens(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind pen_targets[] = {NodeKind::dossier, NodeKind::resolution, NodeKind::draft,
                                               NodeKind::statement};
    const auto from = resolve_opt(g, f.from, actor_kinds);
    const auto scope = to_scope(g, f.to, pen_targets);
    static constexpr std::string_view same[] = {"role"};
    std::vector<PenRow> rows;
    for (auto& fact : merge_facts(g, select_edges(view, EdgeKind::pen, from, scope), same)) {
        auto ds = dossiers_of(g, fact.to);
        rows.push_back({std::move(fact), std::move(ds), {}});
    }

    // Co-holders: every pen in the view (whatever the holder filter) on the same dossier, in a
    // period overlapping this one inside the window. The view's pens are bucketed by the dossiers
    // the rows name (a counting sort: each bucket keeps id order), not compared pairwise.
    constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
    std::vector<std::uint32_t> slot(g.node_count(), none);
    std::uint32_t buckets = 0;
    for (const auto& r : rows)
        for (Vertex d : r.dossiers)
            if (slot[d] == none) slot[d] = buckets++;
    std::vector<char> is_dossier(g.node_count(), 0);
    for (Vertex d : g.nodes_of(NodeKind::dossier)) is_dossier[d] = 1;
    std::vector<std::pair<std::uint32_t, EdgeIndex>> on;  // (bucket, pen)
    for (EdgeIndex i : view.edges_of(EdgeKind::pen)) {
        const Vertex t = g.target(i);
        if (is_dossier[t]) {
            if (slot[t] != none) on.emplace_back(slot[t], i);
        } else {
            for (Vertex d : dossiers_of(g, t))
                if (slot[d] != none) on.emplace_back(slot[d], i);
        }
    }
    std::vector<std::uint32_t> first(buckets + 1, 0);
    for (const auto& [b, _] : on) ++first[b + 1];
    for (std::uint32_t b = 0; b < buckets; ++b) first[b + 1] += first[b];
    std::vector<EdgeIndex> pens(on.size());
    {
        auto at = first;
        for (const auto& [b, i] : on) pens[at[b]++] = i;
    }
    const DayRange window = view.selection().window;
    for (auto& r : rows) {
        const DayRange mine = r.fact.time.days();
        const DayRange both{std::max(mine.lo, window.lo), std::min(mine.hi, window.hi)};
        for (Vertex d : r.dossiers)
            for (std::uint32_t k = first[slot[d]]; k < first[slot[d] + 1]; ++k) {
                const EdgeIndex i = pens[k];
                const Vertex h = g.source(i);
                if (h == r.fact.from || !g.edge(i).time.days().overlaps(both)) continue;
                if (std::find(r.with.begin(), r.with.end(), h) == r.with.end()) r.with.push_back(h);
            }
        sort_rows(r.with, [&](Vertex a) { return names(a); });
    }

    sort_rows(rows, [&](const PenRow& a) {
        const std::span<const Vertex> da = a.dossiers.empty() ? std::span<const Vertex>(&a.fact.to, 1) : a.dossiers;
        return std::tuple{names(da), time_key(a.fact.time), role_rank(attr_text(a.fact.attrs, "role")),
                          names(a.fact.from), a.fact.edges.front()};
    });
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Vetoes

std::vector<VetoRow> query_vetoes(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind veto_targets[] = {NodeKind::draft, NodeKind::dossier};
    static constexpr NodeKind states[] = {NodeKind::state};
    const auto from = resolve_opt(g, f.from, states);
    const auto scope = to_scope(g, f.to, veto_targets);
    static constexpr std::string_view same[] = {"count"};
    std::vector<VetoRow> rows;
    for (auto& fact : merge_facts(g, select_edges(view, EdgeKind::veto, from, scope), same)) {
        VetoRow r;
        r.target = fact.to;
        r.dossiers = dossiers_of(g, fact.to);
        if (g.node(fact.to).kind == NodeKind::dossier) {
            auto it = fact.attrs.find("count");
            if (it != fact.attrs.end())
                if (const auto* n = std::get_if<std::int64_t>(&it->second)) r.count = *n;
        }
        r.time = fact.time;
        r.evidence = fact.evidence;
        r.fact = std::move(fact);
        rows.push_back(std::move(r));
    }
    // Drafts the sources call vetoed without naming who cast the veto.
    if (!from) {
        const BGraph& bg = g.bgl();
        auto has_veto = [&](Vertex d) {
            for (auto [it, end] = boost::in_edges(d, bg); it != end; ++it)
                if (bg[*it].edge->kind == EdgeKind::veto) return true;
            return false;
        };
        for (Vertex d : g.nodes_of(NodeKind::draft)) {
            if (!scope.empty() && !scope[d]) continue;
            const Node& n = g.node(d);
            if (attr_text(n.attrs, "result") != "vetoed" || has_veto(d)) continue;
            if (view.selection().restricts_edges() && !view.has_node(d)) continue;
            VetoRow r;
            r.target = d;
            r.dossiers = dossiers_of(g, d);
            if (auto dt = parse_date(attr_text(n.attrs, "date"))) r.time.date = dt;
            if (!r.time.days().overlaps(view.selection().window)) continue;
            r.evidence = n.evidence;
            // The node's own evidence, else what links the draft to its dossier or outcome.
            if (r.evidence.empty())
                for (EdgeIndex i : g.incident(d))
                    if (view.has_edge(i) || !view.selection().restricts_edges())
                        for (const auto& ev : g.edge(i).evidence)
                            if (std::find(r.evidence.begin(), r.evidence.end(), ev) == r.evidence.end())
                                r.evidence.push_back(ev);
            rows.push_back(std::move(r));
        }
    }
    sort_rows(rows, [&](const VetoRow& a) {
        const NameRef who = a.fact ? names(a.fact->from) : names(std::span<const Vertex>{});
        return std::tuple{time_key(a.time), who, names(a.target), a.count};
    });
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Votes and sponsors

namespace {

std::vector<TextRow> text_rows(const View& view, const RelationFilter& f, Lang lang, EdgeKind kind,
                               std::string_view key) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    const auto from = resolve_opt(g, f.from, actor_kinds);
    const auto scope = to_scope(g, f.to, text_kinds);
    const std::string_view same[] = {key};
    std::vector<TextRow> rows;
    for (auto& fact : merge_facts(g, select_edges(view, kind, from, scope), same)) {
        auto ds = dossiers_of(g, fact.to);
        rows.push_back({std::move(fact), std::move(ds), {}});
    }
    if (kind == EdgeKind::sponsors) {
        // Co-sponsors: every other sponsor of the same text in the view, whatever the --by filter.
        std::map<Vertex, std::vector<Vertex>> by_text;
        for (EdgeIndex i : view.edges_of(EdgeKind::sponsors)) {
            auto& who = by_text[g.target(i)];
            if (std::find(who.begin(), who.end(), g.source(i)) == who.end()) who.push_back(g.source(i));
        }
        for (auto& r : rows) {
            for (Vertex v : by_text[r.fact.to])
                if (v != r.fact.from) r.with.push_back(v);
            sort_rows(r.with, [&](Vertex a) { return names(a); });
        }
    }
    // One state's votes (--by): its no-votes, then abstentions, then the rest, each by date; else
    // by text, then grouped by vote.
    const bool by_state = kind == EdgeKind::vote && from;
    auto first = [&](const TextRow& a) {
        if (!by_state) return 0;
        const auto v = attr_text(a.fact.attrs, key);
        return v == "no" ? 0 : v == "abstain" ? 1 : v == "yes" ? 3 : 2;
    };
    sort_rows(rows, [&](const TextRow& a) {
        return std::tuple{first(a), by_state ? time_key(a.fact.time) : decltype(time_key(a.fact.time)){}, names(a.fact.to),
                          time_key(a.fact.time), role_rank(attr_text(a.fact.attrs, key)), attr_text(a.fact.attrs, key),
                          names(a.fact.from)};
    });
    return rows;
}

}  // namespace

std::vector<TextRow> query_votes(const View& view, const RelationFilter& f, Lang lang) {
    return text_rows(view, f, lang, EdgeKind::vote, "vote");
}
std::vector<TextRow> query_sponsors(const View& view, const RelationFilter& f, Lang lang) {
    return text_rows(view, f, lang, EdgeKind::sponsors, "role");
}
std::string sponsors_not_recorded(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    if (!f.to) return {};
    const auto text = resolve_opt(g, f.to, text_kinds);
    if (!text || std::find(std::begin(text_kinds), std::end(text_kinds), g.node(*text).kind) == std::end(text_kinds)) return {};
    std::set<std::string> listing;  // sources that list some text's sponsors
    for (EdgeIndex i : g.edges_of(EdgeKind::sponsors)) {
        if (g.target(i) == *text) return {};
        for (const auto& ev : g.edge(i).evidence) listing.insert(ev.source);
    }
    std::set<std::string> voted;  // sources recording a vote on the text, which list sponsors elsewhere
    std::optional<Date> when;
    for (EdgeIndex i : g.incident(*text)) {
        const Edge& e = g.edge(i);
        if (e.kind != EdgeKind::vote || g.target(i) != *text) continue;
        if (!when && e.time.date) when = e.time.date;
        for (const auto& ev : e.evidence)
            if (listing.contains(ev.source)) voted.insert(ev.source);
    }
    const Node& n = g.node(*text);
    std::string msg = "no sponsor of " + n.name.in(lang) + " (" + n.id + ") is recorded in the loaded data";
    if (voted.empty()) return msg + ": no loaded source names its sponsors";
    std::string list;
    for (const auto& s : voted) list += (list.empty() ? "" : ", ") + s;
    return msg + ": " + list + (voted.size() == 1 ? " records" : " record") + " its vote" + (when ? " (" + when->str() + ")" : "") +
           " and the sponsors of other texts, but no sponsor of this one (its sponsor list is empty there)";
}

// ---------------------------------------------------------------------------------------------
// Chairs, members, presidencies, positions

std::vector<Fact> query_chairs(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind chaired[] = {NodeKind::body, NodeKind::group, NodeKind::dossier, NodeKind::meeting,
                                           NodeKind::event};
    const auto from = resolve_opt(g, f.from, actor_kinds);
    const auto scope = to_scope(g, f.to, chaired);
    static constexpr std::string_view same[] = {"role"};
    auto rows = merge_facts(g, select_edges(view, EdgeKind::chairs, from, scope), same);
    sort_rows(rows, [&](const Fact& a) {
        return std::tuple{names(a.to), time_key(a.time), role_rank(attr_text(a.attrs, "role")),
                          names(a.from)};
    });
    return rows;
}

std::vector<Fact> query_members(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind bodies[] = {NodeKind::body, NodeKind::organisation, NodeKind::group};
    const auto from = resolve_opt(g, f.from, actor_kinds);
    std::optional<Vertex> body = resolve_opt(g, f.to, bodies);
    if (!f.to) body = g.find("body:unsc");
    // A state's membership edges to one body, grouped into runs of overlapping periods (undated
    // edges overlap everything): one row per state and continuous membership, whatever the number
    // of passages that state it.
    std::map<std::pair<Vertex, Vertex>, std::vector<EdgeIndex>> by_pair;
    for (EdgeIndex i : select_edges(view, EdgeKind::member, from, {}))
        if (!body || g.target(i) == *body) by_pair[{g.source(i), g.target(i)}].push_back(i);
    std::vector<Fact> rows;
    for (auto& [pair, edges] : by_pair) {
        std::sort(edges.begin(), edges.end(), [&](EdgeIndex a, EdgeIndex b) {
            return std::pair{time_key(g.edge(a).time), a} < std::pair{time_key(g.edge(b).time), b};
        });
        std::vector<std::vector<EdgeIndex>> runs;
        std::int32_t run_hi = 0;
        for (EdgeIndex i : edges) {
            const DayRange d = g.edge(i).time.days();
            if (runs.empty() || d.lo > run_hi) {
                runs.emplace_back();
                run_hi = d.hi;
            } else {
                run_hi = std::max(run_hi, d.hi);
            }
            runs.back().push_back(i);
        }
        for (auto& run : runs) {
            std::sort(run.begin(), run.end());
            // The type: permanent over elected over any other stated type; empty when none is.
            std::string type;
            for (EdgeIndex i : run) {
                const std::string t = attr_text(g.edge(i).attrs, "type");
                if (t.empty()) continue;
                if (t == "permanent" || type.empty() || (t == "elected" && type != "permanent")) type = t;
            }
            // The period: that of the edges stating the type (else all), their union as written.
            // A passage that gives no date does not say the membership is timeless: when another
            // passage dates it, its dates are the row's (Russia's permanent seat: since 1991-12-24).
            std::vector<EdgeIndex> timed;
            for (EdgeIndex i : run)
                if (type.empty() || attr_text(g.edge(i).attrs, "type") == type) timed.push_back(i);
            if (std::any_of(timed.begin(), timed.end(), [&](EdgeIndex i) { return !g.edge(i).time.undated(); }))
                std::erase_if(timed, [&](EdgeIndex i) { return g.edge(i).time.undated(); });
            Fact fact = fact_of(g, run.front());
            for (std::size_t k = 1; k < run.size(); ++k) absorb(fact, g.edge(run[k]));
            fact.edges = run;
            if (!type.empty()) {
                fact.attrs["type"] = type;
                // "type not stated in this passage" describes an untyped passage, not the row.
                fact.attrs.erase("type_note");
            }
            if (timed.size() == 1) {
                fact.time = g.edge(timed.front()).time;
            } else {
                TimeSpan t;
                DayRange span{DayRange::max, DayRange::min};
                for (EdgeIndex i : timed) {
                    const TimeSpan& et = g.edge(i).time;
                    const DayRange d = et.days();
                    const auto& lo = et.date ? et.date : et.start;
                    const auto& hi = et.date ? et.date : et.end;
                    // On equal days, the more precise date (`2019-01-01` over `2019`).
                    auto finer = [](const std::optional<Date>& a, const std::optional<Date>& b) {
                        return a && (!b || a->precision() > b->precision());
                    };
                    if (d.lo < span.lo || (d.lo == span.lo && finer(lo, t.start))) { span.lo = d.lo; t.start = lo; }
                    if (d.hi > span.hi || (d.hi == span.hi && finer(hi, t.end))) { span.hi = d.hi; t.end = hi; }
                }
                if (span.lo == DayRange::min) t.start.reset();
                if (span.hi == DayRange::max) t.end.reset();
                fact.time = t;
            }
            rows.push_back(std::move(fact));
        }
    }
    sort_rows(rows, [&](const Fact& a) {
        auto rank = [](const Fact& x) { return attr_text(x.attrs, "type") == "permanent" ? 0 : 1; };
        return std::tuple{names(a.to), rank(a), time_key(a.time), names(a.from)};
    });
    return rows;
}

std::vector<Fact> query_presidencies(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind presiders[] = {NodeKind::state, NodeKind::person};
    static constexpr NodeKind bodies[] = {NodeKind::body};
    const auto from = resolve_opt(g, f.from, presiders);
    const auto body = resolve_opt(g, f.to, bodies);
    std::vector<EdgeIndex> sel;
    for (EdgeIndex i : select_edges(view, EdgeKind::presides, from, {}))
        if (body ? g.target(i) == *body : g.node(g.target(i)).kind == NodeKind::body) sel.push_back(i);
    auto rows = merge_facts(g, sel, {});
    sort_rows(rows, [&](const Fact& a) {
        return std::tuple{time_key(a.time), names(a.to), names(a.from)};
    });
    return rows;
}

std::vector<Fact> query_positions(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    const auto from = resolve_opt(g, f.from, actor_kinds);
    const auto scope = to_scope(g, f.to, {});
    std::vector<Fact> rows;
    for (EdgeIndex i : select_edges(view, EdgeKind::position, from, scope)) rows.push_back(fact_of(g, i));
    sort_rows(rows, [&](const Fact& a) {
        return std::tuple{names(a.from), names(a.to), time_key(a.time)};
    });
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Candidacies and questions

std::vector<Fact> query_candidacies(const View& view, const RelationFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind states[] = {NodeKind::state};
    static constexpr NodeKind bodies[] = {NodeKind::body};
    const auto from = resolve_opt(g, f.from, states);
    const auto scope = to_scope(g, f.to, bodies);
    static constexpr std::string_view same[] = {"term", "office"};
    auto rows = merge_facts(g, select_edges(view, EdgeKind::candidate, from, scope), same);
    sort_rows(rows, [&](const Fact& a) {
        return std::tuple{names(a.to), attr_text(a.attrs, "term"), time_key(a.time),
                          names(a.from), a.edges.front()};
    });
    return rows;
}

std::vector<QuestionRow> query_questions(const View& view, const QuestionFilter& f, Lang lang) {
    const Graph& g = view.graph();
    NameKeys names(g, lang);
    static constexpr NodeKind askers[] = {NodeKind::person, NodeKind::party};
    static constexpr NodeKind parties[] = {NodeKind::party};
    const auto by = resolve_opt(g, f.by, askers);
    const auto to = resolve_opt(g, f.to, actor_kinds);
    const auto party = resolve_opt(g, f.party, parties);
    std::vector<EdgeIndex> sel;
    for (EdgeIndex i : select_edges(view, EdgeKind::asks, by, {}))
        if (!to || g.target(i) == *to) sel.push_back(i);
    static constexpr std::string_view same[] = {"question"};
    std::vector<QuestionRow> rows;
    for (auto& fact : merge_facts(g, sel, same)) {
        QuestionRow r{std::move(fact), {}};
        const Vertex asker = r.fact.from;
        if (g.node(asker).kind == NodeKind::party) {
            r.parties.push_back(asker);
        } else {
            // Party membership from the whole graph (not only the view): a membership stated at a
            // later date still names the party, as long as its time covers the question's.
            const DayRange when = r.fact.time.days();
            for (auto [it, end] = boost::out_edges(asker, g.bgl()); it != end; ++it) {
                const Edge& e = g.bgl()[*it];
                const Vertex p = boost::target(*it, g.bgl());
                if (e.kind != EdgeKind::member_of_party || !e.time.days().overlaps(when)) continue;
                if (std::find(r.parties.begin(), r.parties.end(), p) == r.parties.end()) r.parties.push_back(p);
            }
            sort_rows(r.parties, [&](Vertex a) { return names(a); });
        }
        if (party && std::find(r.parties.begin(), r.parties.end(), *party) == r.parties.end()) continue;
        rows.push_back(std::move(r));
    }
    sort_rows(rows, [&](const QuestionRow& a) {
        return std::tuple{time_key(a.fact.time), names(a.fact.from), names(a.fact.to),
                          a.fact.edges.front()};
    });
    return rows;
}

}  // namespace councilgraph
