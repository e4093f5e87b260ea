#pragma once
/// \file rows.hpp
/// The generic relation row: any set of edges as a Table with the ids and display names of both
/// ends, the time as written in the data, and the attributes. Queries with no special columns,
/// `show` and `ego` use it; documented in docs/cli.md.

#include <councilgraph/columns.hpp>
#include <councilgraph/graph.hpp>
#include <councilgraph/table.hpp>

#include <span>

namespace councilgraph {

/// Columns of a relation as stated: relation, from, to, when, details (table) plus from_id,
/// to_id, from_kind, to_kind, date, start, end, id (JSON/CSV); `details` is `attrs_text`.
[[nodiscard]] const TableSpec<EdgeIndex>& edge_spec();
/// `edges` through edge_spec, each row with its edge's evidence.
[[nodiscard]] Table edge_table(const Graph& g, std::span<const EdgeIndex> edges, Lang lang);

/// Whether a relation is stated by a curated source (some evidence is a quote, not a record).
[[nodiscard]] bool is_curated(const Edge& e) noexcept;
/// `edges` with the curated relations first, each part in its given order: what `show` and `ego`
/// list, so the facts quoted from the seeds are not pushed down by hundreds of imported records.
[[nodiscard]] std::vector<EdgeIndex> curated_first(const Graph& g, std::vector<EdgeIndex> edges);

/// `key=value; key=value` of an attribute map, keys sorted.
[[nodiscard]] std::string attrs_text(const Attrs& a);

/// The node's heading block for `show`: names, aliases, attributes.
[[nodiscard]] Table node_table(const Graph& g, Vertex v);

}  // namespace councilgraph
