#pragma once
/// \file rows.hpp
/// The generic relation row: any set of edges as a Table with the ids and display names of both
/// ends, the time as written in the data, and the attributes. Queries with no special columns,
/// `show` and `ego` use it; documented in docs/cli.md.

#include <councilgraph/graph.hpp>
#include <councilgraph/table.hpp>

#include <span>

namespace councilgraph {

/// Columns: relation, from, to, when, details (table) plus from_id, to_id, from_kind, to_kind,
/// date, start, end, id and one `attr.<key>`-free `details` text (JSON/CSV).
[[nodiscard]] Table edge_table(const Graph& g, std::span<const EdgeIndex> edges, Lang lang);

/// `key=value; key=value` of an attribute map, keys sorted.
[[nodiscard]] std::string attrs_text(const Attrs& a);

/// The node's heading block for `show`: names, aliases, attributes.
[[nodiscard]] Table node_table(const Graph& g, Vertex v);

}  // namespace councilgraph
