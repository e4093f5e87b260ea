#pragma once
/// \file model.hpp
/// The data model: sources, nodes and edges with their kinds, names, attributes, time and evidence.
/// See docs/data-format.md for the JSON form of each.

#include <councilgraph/atom.hpp>
#include <councilgraph/error.hpp>
#include <councilgraph/time.hpp>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace councilgraph {

/// Node kinds. The order is the order used in listings and legends.
enum class NodeKind : std::uint8_t {
    state, organisation, group, body, person, party, dossier, resolution, draft, statement,
    mission, meeting, event, document,
};
inline constexpr std::size_t node_kind_count = 14;

/// Edge kinds. The order is the order used in `show` and in legends.
enum class EdgeKind : std::uint8_t {
    member, candidate, presides, pen, chairs, veto, vote, sponsors, position, represents,
    member_of_party, participates, initiated, asks, authored, concerns, renews, endorses, mandates,
    outcome, part_of, succeeds, contributes, cooperates,
    agreement,  ///< derived: two actors that vote or sponsor alike (agreement_network in query.hpp)
};
inline constexpr std::size_t edge_kind_count = 25;

/// All node kinds, in enum order.
[[nodiscard]] std::span<const NodeKind> all_node_kinds() noexcept;
/// All edge kinds, in enum order.
[[nodiscard]] std::span<const EdgeKind> all_edge_kinds() noexcept;

/// The data-format name of a kind (`state`, `member_of_party`...).
[[nodiscard]] std::string_view to_string(NodeKind k) noexcept;
[[nodiscard]] std::string_view to_string(EdgeKind k) noexcept;
/// The id prefix of a node kind (`state`, `org`, `res`, `prst`...), without the colon.
[[nodiscard]] std::string_view id_prefix(NodeKind k) noexcept;
/// Parse a kind name; nullopt when unknown.
[[nodiscard]] std::optional<NodeKind> parse_node_kind(std::string_view s) noexcept;
[[nodiscard]] std::optional<EdgeKind> parse_edge_kind(std::string_view s) noexcept;
/// Whether an edge of kind `e` may go from a node of kind `from` to one of kind `to`.
[[nodiscard]] bool edge_fits(EdgeKind e, NodeKind from, NodeKind to) noexcept;
/// The node kinds an edge kind accepts at its tail (`from`) or head (`to`), for messages.
[[nodiscard]] std::vector<NodeKind> allowed_from(EdgeKind e);
[[nodiscard]] std::vector<NodeKind> allowed_to(EdgeKind e);

/// Parse a comma-separated list of kinds (`pen,veto`); throws UsageError naming the bad one.
[[nodiscard]] std::vector<NodeKind> parse_node_kinds(std::string_view list);
[[nodiscard]] std::vector<EdgeKind> parse_edge_kinds(std::string_view list);

/// A UI language for names.
enum class Lang : std::uint8_t { en, nl, fr };
[[nodiscard]] std::optional<Lang> parse_lang(std::string_view s) noexcept;
[[nodiscard]] std::string_view to_string(Lang l) noexcept;

/// A name in the three languages; `en` is always present, the others may be empty.
struct Names {
    std::string en, nl, fr;
    /// The name in `lang`, falling back to English.
    [[nodiscard]] const std::string& in(Lang lang) const noexcept;
    friend bool operator==(const Names&, const Names&) = default;
};

/// An attribute value: text, integer, real or boolean.
using AttrValue = std::variant<std::string, std::int64_t, double, bool>;

/// Attributes, ordered by key so output is deterministic: one sorted array of (key, value) pairs,
/// with the part of `std::map`'s interface the library uses. A record's attributes take one heap
/// block (a map took one per attribute, and a million edges carry a million attribute sets).
/// Unlike a map, inserting or erasing moves the other pairs: keep no reference or iterator into
/// the attributes across an insertion or an erasure.
class Attrs {
public:
    using key_type = std::string;
    using mapped_type = AttrValue;
    using value_type = std::pair<std::string, AttrValue>;
    using iterator = std::vector<value_type>::iterator;
    using const_iterator = std::vector<value_type>::const_iterator;
    using size_type = std::size_t;

    Attrs() = default;
    /// From pairs in any order; of a repeated key the first value is kept (as in a map).
    Attrs(std::initializer_list<value_type> init);

    [[nodiscard]] iterator begin() noexcept { return items_.begin(); }
    [[nodiscard]] iterator end() noexcept { return items_.end(); }
    [[nodiscard]] const_iterator begin() const noexcept { return items_.begin(); }
    [[nodiscard]] const_iterator end() const noexcept { return items_.end(); }
    [[nodiscard]] const_iterator cbegin() const noexcept { return items_.begin(); }
    [[nodiscard]] const_iterator cend() const noexcept { return items_.end(); }
    [[nodiscard]] size_type size() const noexcept { return items_.size(); }
    [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
    void clear() noexcept { items_.clear(); }

    /// The pair of `key`, or end().
    [[nodiscard]] iterator find(std::string_view key);
    [[nodiscard]] const_iterator find(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const { return find(key) != end(); }
    [[nodiscard]] size_type count(std::string_view key) const { return contains(key) ? 1 : 0; }
    /// The value of `key`; an empty text is inserted first when the key is absent.
    AttrValue& operator[](std::string_view key);
    /// The value of `key`; throws std::out_of_range when absent.
    [[nodiscard]] AttrValue& at(std::string_view key);
    [[nodiscard]] const AttrValue& at(std::string_view key) const;
    /// Inserts (key, value) unless `key` is there; returns the key's pair and whether it was added.
    template <typename K, typename V>
    std::pair<iterator, bool> emplace(K&& key, V&& value) {
        const std::string_view k(key);
        auto it = lower(k);
        if (it != items_.end() && it->first == k) return {it, false};
        return {items_.emplace(it, std::string(std::forward<K>(key)), AttrValue(std::forward<V>(value))), true};
    }
    /// Inserts the pair unless its key is there (see emplace).
    std::pair<iterator, bool> insert(value_type v) { return emplace(std::move(v.first), std::move(v.second)); }
    /// Removes `key`; returns how many pairs were removed (0 or 1).
    size_type erase(std::string_view key);
    /// Removes the pair at `pos`; returns the pair after it.
    iterator erase(const_iterator pos) { return items_.erase(pos); }

    friend bool operator==(const Attrs&, const Attrs&) = default;

private:
    std::vector<value_type> items_;  // sorted by key, keys unique
    [[nodiscard]] iterator lower(std::string_view key);
};
/// Locale-independent text form of a value (`true`, `3`, `0.5`, text as is).
[[nodiscard]] std::string to_string(const AttrValue& v);

/// Where a fact comes from: a quote in a source text, or a record of an imported data set.
/// Its texts are interned (40 bytes in all: a million edges cite a handful of sources).
struct Evidence {
    Atom source;   ///< a Source id
    Atom quote;    ///< exact text (curated facts); empty for records
    Atom lang;     ///< language of the quote
    Atom locator;  ///< where in the source (e.g. `L451-456`)
    Atom record;   ///< the imported row or key (imported facts); empty for quotes
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

/// A source document or data set that evidence refers to.
struct Source {
    std::string id, title, file, url, note, lang;
    /// A few words that name the source where space is short (evidence lines, `--source`); empty
    /// when the data gives none (the id then stands alone).
    std::string short_title;
    std::optional<Date> date;
    Location origin;  ///< where it was defined
    friend bool operator==(const Source& a, const Source& b) {
        return a.id == b.id && a.title == b.title && a.file == b.file && a.url == b.url &&
               a.note == b.note && a.lang == b.lang && a.date == b.date && a.short_title == b.short_title;
    }
};

/// Where a node or an edge was defined, in 8 bytes (a million edges must not carry a million
/// copies of a path): the data file, as a number (see origin_file), and the record's position in
/// that file's `nodes` or `edges` array. `file` 0 means built in memory (an importer, a test).
struct Origin {
    std::uint32_t file = 0;   ///< origin_file_id() of the data file; 0 = not from a file
    std::uint32_t index = 0;  ///< position in the file's array
};
/// The number of a data file's name for Origin (the same name always gives the same number).
[[nodiscard]] std::uint32_t origin_file_id(const std::string& file);
/// The file name of an origin_file_id() number; empty for 0.
[[nodiscard]] const std::string& origin_file(std::uint32_t id);
/// The location of a record: its file and JSON pointer (`/edges/12`, with `array` = "edges");
/// an empty location for a record not from a file.
[[nodiscard]] Location origin_location(const Origin& o, std::string_view array);

/// An entity: a state, a person, a resolution...
struct Node {
    std::string id;
    NodeKind kind{};
    Names name;
    std::vector<std::string> aliases;
    Attrs attrs;
    std::vector<Evidence> evidence;
    /// When the entity exists or happens (a resolution's adoption, a meeting's day, a state's
    /// existence); undated = always. Derived from `attrs` (see derive_times in reconcile.hpp).
    TimeSpan life;
    Origin origin;  ///< where it was defined
    friend bool operator==(const Node& a, const Node& b) {
        return a.id == b.id && a.kind == b.kind && a.name == b.name && a.aliases == b.aliases &&
               a.attrs == b.attrs && a.evidence == b.evidence;
    }
};

/// A relation between two nodes, with its time and evidence. Its id and ends are interned texts,
/// 8 bytes each (the ends are a few thousand node ids repeated over a million edges).
struct Edge {
    Atom id;  ///< explicit or derived (see docs/data-format.md)
    bool explicit_id = false;
    EdgeKind kind{};
    Atom from, to;
    TimeSpan time;
    /// True when `time` is not stated but follows from the ends' lives (see derive_times).
    bool time_derived = false;
    Attrs attrs;
    std::vector<Evidence> evidence;
    Origin origin;  ///< where it was defined
    std::uint32_t index = 0;  ///< position in the built Graph's edge order (set by Graph)
    friend bool operator==(const Edge& a, const Edge& b) {
        return a.id == b.id && a.kind == b.kind && a.from == b.from && a.to == b.to &&
               a.time.date == b.time.date && a.time.start == b.time.start &&
               a.time.end == b.time.end && a.attrs == b.attrs && a.evidence == b.evidence;
    }
};

/// Everything loaded from the data files, before the graph is built. Sorted by id.
struct Dataset {
    std::vector<Source> sources;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    /// Data files that a file was imported against (its top-level `imported_against`): pairs of
    /// (the file, a required file as a path relative to the file's folder).
    std::vector<std::pair<std::string, std::string>> imported_against;
};

}  // namespace councilgraph
