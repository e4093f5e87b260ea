#pragma once
// Helpers shared by the query families (query.cpp, query_graph.cpp); not public API.

#include <councilgraph/names.hpp>
#include <councilgraph/query.hpp>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph::detail {

/// A fact of one edge.
Fact fact_of(const Graph& g, EdgeIndex i);
/// Text of one attribute, empty when absent.
std::string attr_text(const Attrs& a, std::string_view key);
/// `key=value; ...` of the attributes not already shown in their own column, and not date notes.
std::string details_text(const Attrs& a, std::initializer_list<std::string_view> shown);
/// The notes explaining how a date was resolved (`date_resolved`, `period_basis`).
std::string date_note(const Attrs& a);
/// Space-separated edge ids.
std::string ids_text(const Graph& g, std::span<const EdgeIndex> edges);
/// `; `-separated display names and ids.
std::string names_text(const Graph& g, std::span<const Vertex> vs, Lang lang);
std::string node_ids_text(const Graph& g, std::span<const Vertex> vs);
/// Resolves an optional name.
std::optional<Vertex> resolve_opt(const Graph& g, const std::optional<std::string>& name,
                                  std::span<const NodeKind> prefer);
/// The hidden `date`, `start`, `end` columns (as written in the data) and their cells.
std::vector<Column> time_columns();
void add_time_cells(std::vector<std::string>& cells, const TimeSpan& t);
/// Edges of `kind` in the view, from `from` (when set) to a vertex of `to_scope` (when not empty).
std::vector<EdgeIndex> select_edges(const View& view, EdgeKind kind, std::optional<Vertex> from,
                                    const std::vector<char>& to_scope);
/// Order of roles in listings: penholder and chair before co- and vice- roles.
int role_rank(std::string_view role);

}  // namespace councilgraph::detail
