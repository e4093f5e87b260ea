#include <councilgraph/model.hpp>
#include <councilgraph/validate.hpp>

#include <algorithm>
#include <charconv>
#include <deque>
#include <initializer_list>
#include <mutex>
#include <unordered_map>

namespace councilgraph {

Attrs::Attrs(std::initializer_list<value_type> init) {
    items_.reserve(init.size());
    for (const auto& [k, v] : init) emplace(k, v);
}

Attrs::iterator Attrs::lower(std::string_view key) {
    return std::lower_bound(items_.begin(), items_.end(), key,
                            [](const value_type& p, std::string_view k) { return std::string_view(p.first) < k; });
}

Attrs::iterator Attrs::find(std::string_view key) {
    auto it = lower(key);
    return it != items_.end() && it->first == key ? it : items_.end();
}

Attrs::const_iterator Attrs::find(std::string_view key) const { return const_cast<Attrs*>(this)->find(key); }

AttrValue& Attrs::operator[](std::string_view key) { return emplace(key, std::string()).first->second; }

AttrValue& Attrs::at(std::string_view key) {
    auto it = find(key);
    if (it == items_.end()) throw std::out_of_range("Attrs::at: no attribute '" + std::string(key) + "'");
    return it->second;
}

const AttrValue& Attrs::at(std::string_view key) const { return const_cast<Attrs*>(this)->at(key); }

Attrs::size_type Attrs::erase(std::string_view key) {
    auto it = find(key);
    if (it == items_.end()) return 0;
    items_.erase(it);
    return 1;
}


namespace {

constexpr std::array<std::string_view, node_kind_count> node_names = {
    "state", "organisation", "group", "body", "person", "party", "dossier", "resolution", "draft",
    "statement", "mission", "meeting", "event", "document"};
constexpr std::array<std::string_view, node_kind_count> node_prefixes = {
    "state", "org", "group", "body", "person", "party", "dossier", "res", "draft",
    "prst", "mission", "meeting", "event", "doc"};
constexpr std::array<std::string_view, edge_kind_count> edge_names = {
    "member", "candidate", "presides", "pen", "chairs", "veto", "vote", "sponsors", "position",
    "represents", "member_of_party", "participates", "initiated", "asks", "authored", "concerns",
    "renews", "endorses", "mandates", "outcome", "part_of", "succeeds", "contributes", "cooperates", "agreement"};

template <std::size_t N, typename E>
constexpr std::array<E, N> iota_kinds() {
    std::array<E, N> a{};
    for (std::size_t i = 0; i < N; ++i) a[i] = static_cast<E>(i);
    return a;
}
constexpr auto node_kinds_all = iota_kinds<node_kind_count, NodeKind>();
constexpr auto edge_kinds_all = iota_kinds<edge_kind_count, EdgeKind>();

using K = NodeKind;
using Mask = std::uint32_t;
constexpr Mask bit(K k) { return Mask{1} << static_cast<unsigned>(k); }
constexpr Mask mask(std::initializer_list<K> ks) {
    Mask m = 0;
    for (K k : ks) m |= bit(k);
    return m;
}
constexpr Mask any = (Mask{1} << node_kind_count) - 1;
constexpr Mask actor = mask({K::state, K::organisation, K::person, K::party, K::group, K::body});
constexpr Mask outcome_doc = mask({K::resolution, K::draft, K::statement});

struct Rule {
    Mask from, to;
};
// Indexed by EdgeKind; the table in docs/data-format.md mirrors it.
constexpr std::array<Rule, edge_kind_count> rules = {{
    /* member */ {mask({K::state, K::organisation}), mask({K::body, K::organisation, K::group})},
    /* candidate */ {mask({K::state}), mask({K::body})},
    /* presides */ {mask({K::state, K::person}), mask({K::body, K::meeting})},
    /* pen */ {mask({K::state, K::organisation, K::person}), mask({K::dossier}) | outcome_doc},
    /* chairs */ {mask({K::state, K::person, K::organisation}),
                  mask({K::body, K::group, K::dossier, K::meeting, K::event})},
    /* veto */ {mask({K::state}), mask({K::draft, K::dossier})},
    /* vote */ {mask({K::state}), mask({K::draft, K::resolution})},
    /* sponsors */ {mask({K::state, K::organisation, K::person, K::group}),
                    outcome_doc | mask({K::meeting, K::event})},
    /* position */ {actor, any},
    /* represents */ {mask({K::person}), mask({K::state, K::organisation, K::party, K::body, K::group})},
    /* member_of_party */ {mask({K::person}), mask({K::party})},
    /* participates */ {actor, mask({K::meeting, K::event})},
    /* initiated */ {actor, outcome_doc | mask({K::meeting, K::event, K::dossier, K::document, K::body, K::group})},
    /* asks */ {mask({K::person, K::party}), actor},
    /* authored */ {actor, mask({K::document, K::statement})},
    /* concerns */ {outcome_doc | mask({K::meeting, K::event, K::body, K::mission, K::document, K::dossier}),
                    mask({K::dossier, K::state, K::mission, K::body, K::organisation})},
    /* renews */ {outcome_doc, mask({K::mission, K::body, K::dossier, K::resolution, K::document, K::organisation, K::event})},
    /* endorses */ {outcome_doc, mask({K::mission, K::body, K::dossier, K::resolution, K::document, K::organisation, K::event})},
    /* mandates */ {outcome_doc, mask({K::mission, K::body, K::dossier, K::resolution, K::document, K::organisation, K::event})},
    /* outcome */ {mask({K::meeting}), outcome_doc},
    /* part_of */ {mask({K::state, K::organisation, K::body, K::mission, K::dossier, K::group}),
                   mask({K::state, K::organisation, K::body, K::group, K::dossier})},
    /* succeeds */ {any, any},  // same kind on both ends, checked in edge_fits
    /* contributes */ {mask({K::state, K::organisation}),
                       mask({K::mission, K::organisation, K::body, K::dossier, K::event})},
    /* cooperates */ {actor, actor},
    /* agreement */ {actor, actor},
}};

std::vector<NodeKind> kinds_in(Mask m) {
    std::vector<NodeKind> out;
    for (auto k : node_kinds_all)
        if (m & bit(k)) out.push_back(k);
    return out;
}

template <typename E, std::size_t N>
std::optional<E> parse_kind(std::string_view s, const std::array<std::string_view, N>& names) {
    auto it = std::find(names.begin(), names.end(), s);
    if (it == names.end()) return std::nullopt;
    return static_cast<E>(it - names.begin());
}

template <typename E, std::size_t N>
std::vector<E> parse_kind_list(std::string_view list, const std::array<std::string_view, N>& names,
                               const char* what) {
    std::vector<E> out;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        auto comma = list.find(',', pos);
        if (comma == std::string_view::npos) comma = list.size();
        auto item = list.substr(pos, comma - pos);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) {
            auto k = parse_kind<E>(item, names);
            if (!k) {
                std::string all;
                std::vector<std::string> cands;
                for (auto n : names) {
                    all += (all.empty() ? "" : ", ") + std::string(n);
                    cands.emplace_back(n);
                }
                const auto near = closest(item, cands, 1);
                throw UsageError(std::string("unknown ") + what + " kind '" + std::string(item) + "' (" +
                                 (near.empty() ? "expected one of: " + all : "did you mean '" + near[0] + "'?") + ")");
            }
            if (std::find(out.begin(), out.end(), *k) == out.end()) out.push_back(*k);
        }
        pos = comma + 1;
    }
    return out;
}

}  // namespace

std::span<const NodeKind> all_node_kinds() noexcept { return node_kinds_all; }
std::span<const EdgeKind> all_edge_kinds() noexcept { return edge_kinds_all; }
std::string_view to_string(NodeKind k) noexcept { return node_names[static_cast<std::size_t>(k)]; }
std::string_view to_string(EdgeKind k) noexcept { return edge_names[static_cast<std::size_t>(k)]; }
std::string_view id_prefix(NodeKind k) noexcept { return node_prefixes[static_cast<std::size_t>(k)]; }
std::optional<NodeKind> parse_node_kind(std::string_view s) noexcept { return parse_kind<NodeKind>(s, node_names); }
std::optional<EdgeKind> parse_edge_kind(std::string_view s) noexcept { return parse_kind<EdgeKind>(s, edge_names); }

bool edge_fits(EdgeKind e, NodeKind from, NodeKind to) noexcept {
    const Rule& r = rules[static_cast<std::size_t>(e)];
    if (e == EdgeKind::succeeds && from != to) return false;
    return (r.from & bit(from)) && (r.to & bit(to));
}
std::vector<NodeKind> allowed_from(EdgeKind e) { return kinds_in(rules[static_cast<std::size_t>(e)].from); }
std::vector<NodeKind> allowed_to(EdgeKind e) { return kinds_in(rules[static_cast<std::size_t>(e)].to); }

std::vector<NodeKind> parse_node_kinds(std::string_view list) {
    return parse_kind_list<NodeKind>(list, node_names, "node");
}
std::vector<EdgeKind> parse_edge_kinds(std::string_view list) {
    return parse_kind_list<EdgeKind>(list, edge_names, "edge");
}

std::optional<Lang> parse_lang(std::string_view s) noexcept {
    if (s == "en") return Lang::en;
    if (s == "nl") return Lang::nl;
    if (s == "fr") return Lang::fr;
    return std::nullopt;
}
std::string_view to_string(Lang l) noexcept {
    switch (l) {
        case Lang::nl: return "nl";
        case Lang::fr: return "fr";
        default: return "en";
    }
}

const std::string& Names::in(Lang lang) const noexcept {
    if (lang == Lang::nl && !nl.empty()) return nl;
    if (lang == Lang::fr && !fr.empty()) return fr;
    return en;
}

namespace {
struct OriginFiles {
    std::mutex mutex;
    std::deque<std::string> names{std::string()};  // a deque: references stay valid as it grows
    std::unordered_map<std::string, std::uint32_t> ids;
};
OriginFiles& origin_files() {
    static OriginFiles f;
    return f;
}
}  // namespace

std::uint32_t origin_file_id(const std::string& file) {
    auto& f = origin_files();
    std::lock_guard lock(f.mutex);
    auto [it, fresh] = f.ids.try_emplace(file, static_cast<std::uint32_t>(f.names.size()));
    if (fresh) f.names.push_back(file);
    return it->second;
}

const std::string& origin_file(std::uint32_t id) {
    auto& f = origin_files();
    std::lock_guard lock(f.mutex);
    return id < f.names.size() ? f.names[id] : f.names[0];
}

Location origin_location(const Origin& o, std::string_view array) {
    if (o.file == 0) return {};
    std::string ptr = "/";
    ptr += array;
    ptr += '/';
    ptr += std::to_string(o.index);
    return Location{origin_file(o.file), 0, 0, std::move(ptr)};
}

std::string to_string(const AttrValue& v) {
    struct Visitor {
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(double d) const {
            char buf[32];
            auto r = std::to_chars(buf, buf + sizeof buf, d);  // shortest round-trip, no locale
            return {buf, r.ptr};
        }
    };
    return std::visit(Visitor{}, v);
}

}  // namespace councilgraph
