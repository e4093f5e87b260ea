#pragma once
// Private helpers shared by the export writers: the property columns of nodes and edges (one
// naming scheme for every flat format), evidence as JSON, and the GEXF day bounds of a date.

#include <councilgraph/export.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace councilgraph::detail {

/// The value type of a column, chosen from every value it holds.
enum class PropType : std::uint8_t { boolean, int32, int64, real, text };

/// One property column: fixed (`attr` empty) or an attribute (`attr` is its key).
struct Column {
    std::string name;  ///< property name (see export.hpp)
    PropType type = PropType::text;
    std::string attr;  ///< the attribute key, for attribute columns
    bool is_attr = false;
};

/// Columns and per-element values as text (nullopt = no value), in column order.
struct PropTable {
    std::vector<Column> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;  ///< one per node / edge, data order
};

/// Node properties: id, kind, label, name_en, name_nl, name_fr, aliases, evidence, attributes.
[[nodiscard]] PropTable node_props(const Dataset& data, const ExportOptions& opts);
/// Edge properties: id, kind, label, date, start, end, evidence, attributes.
[[nodiscard]] PropTable edge_props(const Dataset& data);

/// A node / an edge as a JSON object of the same properties, values with their JSON types
/// (aliases and evidence as arrays). `id` is first.
[[nodiscard]] nlohmann::ordered_json node_object(const Node& n, const ExportOptions& opts);
[[nodiscard]] nlohmann::ordered_json edge_object(const Edge& e);

/// The Cytoscape.js document of `to_cytoscape` (shared with the HTML explorer, which embeds it).
[[nodiscard]] nlohmann::ordered_json cytoscape_json(const Dataset& data, const ExportOptions& opts);

/// Compact JSON text, UTF-8 kept as is.
[[nodiscard]] std::string json_text(const nlohmann::ordered_json& j);

/// `YYYY-MM-DD` of the first / last day a date covers (`2019` -> `2019-01-01` / `2019-12-31`).
[[nodiscard]] std::string first_day_iso(const Date& d);
[[nodiscard]] std::string last_day_iso(const Date& d);

/// `member_of_party` -> `MemberOfParty` (Neo4j labels).
[[nodiscard]] std::string pascal_case(std::string_view snake);

}  // namespace councilgraph::detail
