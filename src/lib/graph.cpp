#include <councilgraph/graph.hpp>

#include "atom_pool.hpp"
#include "sort_by_id.hpp"

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <mutex>
#include <string>
#include <utility>

namespace councilgraph {

// The time index: per edge kind, the kind's edges in classes by length (class c holds the edges
// whose hi - lo has bit width c, so it is below 2^c), each class sorted by first day. An edge of
// class c overlaps a window only if it starts in [w.lo - (2^c - 1), w.hi]: two binary searches per
// class, and the near misses scanned are edges of similar length that end just before the window.
// (One list sorted by start with a running maximum of the ends degrades to a full scan as soon as
// one open-ended edge starts early; an interval tree is more code for the same answers.)
struct Graph::TimeIndex {
    struct Entry {
        std::int32_t lo, hi;
        std::uint32_t pos;  // in edges_of(kind)
    };
    static constexpr std::size_t classes = 34;  // bit widths 0..33 of a difference of two int32
    struct Kind {
        std::once_flag built;
        std::vector<Entry> entries;               // by class, then first day
        std::array<std::uint32_t, classes + 1> begin{};  // class c: entries [begin[c], begin[c+1])
    };
    std::array<Kind, edge_kind_count> kinds;
    std::once_flag lives_built;
    std::vector<DayRange> lives;
    std::vector<std::uint8_t> loose;  // per edge: time derived or undated
};

namespace {

unsigned length_class(DayRange d) {
    const std::int64_t len = std::int64_t{d.hi} - d.lo;
    return len <= 0 ? 0U : static_cast<unsigned>(std::bit_width(static_cast<std::uint64_t>(len)));
}

}  // namespace

Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;
Graph::~Graph() = default;

void Graph::overlapping(EdgeKind k, DayRange w, std::vector<std::uint32_t>& out) const {
    using Entry = TimeIndex::Entry;
    auto& ix = time_->kinds[static_cast<std::size_t>(k)];
    std::call_once(ix.built, [&] {
        const auto edges = edges_of(k);
        std::vector<Entry> a(edges.size()), b(edges.size());
        for (std::size_t p = 0; p < edges.size(); ++p) {
            const DayRange d = edges_[edges[p]].time.days();
            a[p] = Entry{d.lo, d.hi, static_cast<std::uint32_t>(p)};
        }
        // Stable counting sorts (least significant first): the low and the high half of the first
        // day, then the length class; ties keep position order. O(n) where a comparison sort of
        // the day was half the cost of the build.
        auto pass = [](const std::vector<Entry>& from, std::vector<Entry>& to, std::size_t buckets, auto key) {
            std::vector<std::uint32_t> at(buckets + 1, 0);
            for (const Entry& e : from) ++at[key(e) + 1];
            for (std::size_t i = 0; i < buckets; ++i) at[i + 1] += at[i];
            for (const Entry& e : from) to[at[key(e)]++] = e;
            return at;
        };
        auto biased = [](const Entry& e) { return static_cast<std::uint32_t>(e.lo) ^ 0x80000000U; };
        pass(a, b, 1U << 16, [&](const Entry& e) { return biased(e) & 0xffffU; });
        pass(b, a, 1U << 16, [&](const Entry& e) { return biased(e) >> 16; });
        ix.entries.resize(edges.size());
        const auto starts = pass(a, ix.entries, TimeIndex::classes,
                                 [](const Entry& e) { return length_class(DayRange{e.lo, e.hi}); });
        // `starts` ends as each class's end: class c begins where c - 1 ends.
        for (std::size_t c = 0; c < TimeIndex::classes; ++c) ix.begin[c + 1] = starts[c];
    });
    for (std::size_t c = 0; c < TimeIndex::classes; ++c) {
        const auto first = ix.entries.begin() + ix.begin[c], last = ix.entries.begin() + ix.begin[c + 1];
        if (first == last) continue;
        const std::int64_t from = std::int64_t{w.lo} - ((std::int64_t{1} << c) - 1);
        auto it = std::partition_point(first, last, [&](const Entry& e) { return e.lo < from; });
        for (; it != last && it->lo <= w.hi; ++it)
            if (it->hi >= w.lo) out.push_back(it->pos);
    }
}

std::span<const DayRange> Graph::lives() const {
    std::call_once(time_->lives_built, [&] {
        time_->lives.reserve(nodes_.size());
        for (const Node& n : nodes_) time_->lives.push_back(n.life.days());
        time_->loose.reserve(edges_.size());
        for (const Edge& e : edges_) time_->loose.push_back(e.time_derived || e.time.undated());
    });
    return time_->lives;
}

std::span<const std::uint8_t> Graph::loose_times() const {
    (void)lives();
    return time_->loose;
}

Graph::Graph(Dataset data)
    : nodes_(std::move(data.nodes)), edges_(std::move(data.edges)), sources_(std::move(data.sources)),
      time_(std::make_unique<TimeIndex>()) {
    // validate() leaves the data sorted: then these only check it.
    detail::sort_by_id(nodes_);
    detail::sort_by_id(edges_);
    detail::sort_by_id(sources_);
    by_id_.reserve(nodes_.size());
    for (Vertex v = 0; v < nodes_.size(); ++v) {
        nodes_by_kind_[static_cast<std::size_t>(nodes_[v].kind)].push_back(v);
        by_id_.emplace(nodes_[v].id, v);
    }
    if (edges_.size() >= std::numeric_limits<EdgeIndex>::max())
        throw Error("too many edges: " + std::to_string(edges_.size()) + " (at most 4,294,967,294)");
    if (nodes_.size() >= std::numeric_limits<std::uint32_t>::max())
        throw Error("too many nodes: " + std::to_string(nodes_.size()) + " (at most 4,294,967,294)");
    // The ends of every edge first, then the whole CSR graph at once (its out-edges grouped by
    // source, stable, so each vertex's out-edges keep id order).
    // Ends as 32-bit pairs (the graph reads them as its own pairs) and the bundles made on the fly
    // from the index: 8 bytes per edge while the graph is built, instead of 32.
    using Ends = std::pair<std::uint32_t, std::uint32_t>;
    std::vector<Ends> ends;
    ends.reserve(edges_.size());
    // The ends by Atom (see AtomIndex): no id is hashed as text for each edge.
    detail::AtomIndex vertex_of(nodes_.size());
    for (Vertex v = 0; v < nodes_.size(); ++v) vertex_of.insert(Atom(nodes_[v].id), static_cast<std::uint32_t>(v));
    for (std::size_t i = 0; i < edges_.size(); ++i) {
        Edge& e = edges_[i];
        const auto f = vertex_of.find(e.from);
        const auto t = vertex_of.find(e.to);
        if (f == detail::AtomIndex::none || t == detail::AtomIndex::none)
            throw Error("edge '" + e.id + "' refers to an unknown node; validate the data before building");
        const auto idx = static_cast<EdgeIndex>(i);
        by_kind_[static_cast<std::size_t>(e.kind)].push_back(idx);
        e.index = idx;
        ends.emplace_back(f, t);
    }
    const Edge* const first = edges_.data();
    auto ref = [first](EdgeIndex i) { return EdgeRef{i, first + i}; };
    auto refs = boost::make_transform_iterator(boost::counting_iterator<EdgeIndex>(0), ref);
    g_ = std::make_unique<BGraph>(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), refs, nodes_.size());
    std::vector<Ends>().swap(ends);
    descs_.resize(edges_.size());
    for (auto [it, end] = boost::edges(*g_); it != end; ++it) descs_[(*g_)[*it].index] = *it;
    names_ = NameIndex(nodes_);
}

EdgeIndex Graph::index(EdgeDesc e) const { return (*g_)[e].index; }

std::optional<Vertex> Graph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

Vertex Graph::resolve(std::string_view name, std::span<const NodeKind> prefer, std::vector<Vertex>* also) const {
    std::vector<std::uint32_t> others;
    const auto v = names_.resolve(name, prefer, also ? &others : nullptr);  // vertices are in nodes_ order
    if (also) also->assign(others.begin(), others.end());
    return v;
}

std::vector<EdgeIndex> Graph::incident(Vertex v) const {
    std::vector<EdgeIndex> out;
    for (auto [it, end] = boost::out_edges(v, *g_); it != end; ++it) out.push_back((*g_)[*it].index);
    for (auto [it, end] = boost::in_edges(v, *g_); it != end; ++it)
        if (boost::source(*it, *g_) != v) out.push_back((*g_)[*it].index);  // self-loops once
    std::sort(out.begin(), out.end());
    return out;
}

const Source* Graph::find_source(std::string_view id) const {
    auto it = std::lower_bound(sources_.begin(), sources_.end(), id, [](const Source& s, std::string_view x) { return s.id < x; });
    return it != sources_.end() && it->id == id ? &*it : nullptr;
}

Dataset Graph::to_dataset() const {
    Dataset d;
    d.sources = sources_;
    d.nodes = nodes_;
    d.edges = edges_;
    return d;
}

}  // namespace councilgraph
