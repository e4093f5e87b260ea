#pragma once
/// \file model.hpp
/// The data model: sources, nodes and edges with their kinds, names, attributes, time and evidence.
/// See docs/data-format.md for the JSON form of each.

#include <councilgraph/error.hpp>
#include <councilgraph/time.hpp>

#include <array>
#include <cstdint>
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
/// Attributes, ordered by key so output is deterministic.
using Attrs = std::map<std::string, AttrValue, std::less<>>;
/// Locale-independent text form of a value (`true`, `3`, `0.5`, text as is).
[[nodiscard]] std::string to_string(const AttrValue& v);

/// Where a fact comes from: a quote in a source text, or a record of an imported data set.
struct Evidence {
    std::string source;   ///< a Source id
    std::string quote;    ///< exact text (curated facts); empty for records
    std::string lang;     ///< language of the quote
    std::string locator;  ///< where in the source (e.g. `L451-456`)
    std::string record;   ///< the imported row or key (imported facts); empty for quotes
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

/// A source document or data set that evidence refers to.
struct Source {
    std::string id, title, file, url, note, lang;
    std::optional<Date> date;
    Location origin;  ///< where it was defined
    friend bool operator==(const Source& a, const Source& b) {
        return a.id == b.id && a.title == b.title && a.file == b.file && a.url == b.url &&
               a.note == b.note && a.lang == b.lang && a.date == b.date;
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

/// A relation between two nodes, with its time and evidence.
struct Edge {
    std::string id;  ///< explicit or derived (see docs/data-format.md)
    bool explicit_id = false;
    EdgeKind kind{};
    std::string from, to;
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
