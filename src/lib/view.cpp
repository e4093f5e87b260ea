#include <councilgraph/view.hpp>

#include <councilgraph/query.hpp>
#include <councilgraph/sources.hpp>

#include <algorithm>
#include <bit>

namespace councilgraph {

bool Selection::restricts_edges() const noexcept {
    return !window.unbounded() || !edge_kinds.empty() || around || dossier || !sources.empty();
}

std::vector<std::string> parse_sources(std::string_view list) {
    std::vector<std::string> out;
    for (std::size_t p = 0; p <= list.size();) {
        auto c = list.find(',', p);
        if (c == std::string_view::npos) c = list.size();
        auto item = list.substr(p, c - p);
        if (item.empty()) throw UsageError("--source: expected curated, imported or source ids separated by commas, got '" + std::string(list) + "'");
        out.emplace_back(item);
        p = c + 1;
    }
    return out;
}

bool evidence_from(const Evidence& e, std::span<const std::string> sources) noexcept {
    for (const auto& s : sources)
        if (s == "curated" ? e.record.empty() : s == "imported" ? !e.record.empty() : s == e.source) return true;
    return false;
}

namespace {

using Bits = std::vector<std::uint64_t>;

void set_bit(Bits& b, std::size_t i) { b[i >> 6] |= std::uint64_t{1} << (i & 63); }
bool test_bit(const Bits& b, std::size_t i) { return (b[i >> 6] >> (i & 63)) & 1U; }

/// Calls f(i) for the set bits of `b`, in increasing order.
template <class F>
void for_each_bit(const Bits& b, F f) {
    for (std::size_t w = 0; w < b.size(); ++w)
        for (std::uint64_t x = b[w]; x != 0; x &= x - 1) f(w * 64 + static_cast<std::size_t>(std::countr_zero(x)));
}

/// Calls f(i) for every edge touching `v` (a self-loop twice).
template <class F>
void for_incident(const Graph& g, Vertex v, F f) {
    const BGraph& b = g.bgl();
    for (auto [it, end] = boost::out_edges(v, b); it != end; ++it) f(b[*it].index);
    for (auto [it, end] = boost::in_edges(v, b); it != end; ++it) f(b[*it].index);
}

template <class Kind>
std::uint64_t kind_mask(const std::vector<Kind>& kinds, std::size_t count) {
    if (kinds.empty()) return count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
    std::uint64_t m = 0;
    for (Kind k : kinds) m |= std::uint64_t{1} << static_cast<unsigned>(k);
    return m;
}

}  // namespace

View::View(const Graph& g, const Selection& sel) : g_(&g), sel_(sel) {
    static_assert(edge_kind_count <= 64 && node_kind_count <= 64);
    if (!sel_.sources.empty()) sel_.sources = source_ids(g, sel_.sources);
    const auto nv = g.node_count();
    const auto ne = g.edge_count();
    node_bits_.assign((nv + 63) / 64, 0);
    edge_bits_.assign((ne + 63) / 64, 0);
    if (sel.depth < 0) throw UsageError("--depth must be 0 or more");

    const std::uint64_t node_kinds = kind_mask(sel.node_kinds, node_kind_count);
    const std::uint64_t edge_kinds = kind_mask(sel.edge_kinds, edge_kind_count);
    auto kind_ok = [&](Vertex v) { return (node_kinds >> static_cast<unsigned>(g.node(v).kind)) & 1U; };
    const DayRange window = sel.window;
    const bool windowed = !window.unbounded();
    const std::span<const DayRange> lives = windowed ? g.lives() : std::span<const DayRange>{};
    const std::span<const std::uint8_t> loose = windowed ? g.loose_times() : std::span<const std::uint8_t>{};

    // The edge filter, but for kind and time: an edge whose time is derived or undated needs both
    // ends alive in the window; provenance; both ends of selected kinds; the dossier's scope.
    std::vector<char> scope;
    auto keep = [&](EdgeIndex i) {
        const Vertex s = g.source(i), t = g.target(i);
        if (windowed && loose[i] && (!lives[s].overlaps(window) || !lives[t].overlaps(window))) return false;
        if (!sel_.sources.empty()) {
            const auto& evs = g.edge(i).evidence;
            if (std::none_of(evs.begin(), evs.end(), [&](const Evidence& ev) { return evidence_from(ev, sel_.sources); }))
                return false;
        }
        if (!sel.node_kinds.empty() && (!kind_ok(s) || !kind_ok(t))) return false;
        return scope.empty() || scope[s] || scope[t];
    };
    auto ok = [&](EdgeIndex i) {
        const Edge& e = g.edge(i);
        return ((edge_kinds >> static_cast<unsigned>(e.kind)) & 1U) && e.time.days().overlaps(window) && keep(i);
    };
    auto select = [&](EdgeIndex i) {
        if (test_bit(edge_bits_, i)) return;
        set_bit(edge_bits_, i);
        by_kind_[static_cast<std::size_t>(g.edge(i).kind)].push_back(i);
    };

    std::vector<Vertex> anchors, scope_nodes;
    if (sel.dossier) {
        static constexpr NodeKind dossier_kind[] = {NodeKind::dossier};
        const Vertex d = g.resolve(*sel.dossier, dossier_kind);
        scope = scope_of(g, d);  // the dossier, its sub-dossiers, and what concerns any of them
        for (Vertex v = 0; v < nv; ++v)
            if (scope[v]) scope_nodes.push_back(v);
        anchors.push_back(d);
    }
    if (sel.around) {
        const Vertex a = g.resolve(*sel.around);
        anchor_ = a;
        anchors.push_back(a);
        // Breadth-first over selected edges, both directions; then the selected edges between
        // the vertices reached.
        std::vector<int> dist(nv, -1);
        dist[a] = 0;
        std::vector<Vertex> reached{a};
        for (std::size_t head = 0; head < reached.size(); ++head) {
            const Vertex v = reached[head];
            if (dist[v] == sel.depth) continue;
            for_incident(g, v, [&](EdgeIndex i) {
                if (!ok(i)) return;
                const Vertex w = g.source(i) == v ? g.target(i) : g.source(i);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    reached.push_back(w);
                }
            });
        }
        for (Vertex v : reached)
            for_incident(g, v, [&](EdgeIndex i) {
                if (dist[g.source(i)] >= 0 && dist[g.target(i)] >= 0 && ok(i)) select(i);
            });
    } else if (sel.dossier) {
        for (Vertex v : scope_nodes)
            for_incident(g, v, [&](EdgeIndex i) {
                if (ok(i)) select(i);
            });
    } else {
        std::vector<std::uint32_t> hits;
        Bits picked;
        for (std::size_t k = 0; k < edge_kind_count; ++k) {
            if (!((edge_kinds >> k) & 1U)) continue;
            const auto all = g.edges_of(static_cast<EdgeKind>(k));
            auto& mine = by_kind_[k];
            if (!windowed) {
                for (EdgeIndex i : all)
                    if (keep(i)) mine.push_back(i);
                continue;
            }
            // The time index gives positions in no order: a bit per position puts them in id order
            // (and the rest of the filter then reads the edges in that order).
            hits.clear();
            g.overlapping(static_cast<EdgeKind>(k), window, hits);
            if (hits.empty()) continue;
            picked.assign((all.size() + 63) / 64, 0);
            for (std::uint32_t p : hits) set_bit(picked, p);
            for_each_bit(picked, [&](std::size_t p) {
                if (keep(all[p])) mine.push_back(all[p]);
            });
        }
        for (const auto& mine : by_kind_)
            for (EdgeIndex i : mine) set_bit(edge_bits_, i);
    }
    for (auto& mine : by_kind_)
        if (!std::is_sorted(mine.begin(), mine.end())) std::sort(mine.begin(), mine.end());

    if (sel.restricts_edges()) {
        for (const auto& mine : by_kind_)
            for (EdgeIndex i : mine) {
                set_bit(node_bits_, g.source(i));
                set_bit(node_bits_, g.target(i));
            }
        for (Vertex a : anchors) set_bit(node_bits_, a);
    } else {
        for (std::size_t k = 0; k < node_kind_count; ++k)
            if ((node_kinds >> k) & 1U)
                for (Vertex v : g.nodes_of(static_cast<NodeKind>(k))) set_bit(node_bits_, v);
    }
    for_each_bit(node_bits_, [&](std::size_t v) { nodes_.push_back(static_cast<Vertex>(v)); });
    std::size_t count = 0;
    for (const auto& mine : by_kind_) count += mine.size();
    edges_.reserve(count);
    for_each_bit(edge_bits_, [&](std::size_t i) { edges_.push_back(static_cast<EdgeIndex>(i)); });
}

}  // namespace councilgraph
