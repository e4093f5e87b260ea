#pragma once
// Helpers shared by the query families (query.cpp, query_graph.cpp); not public API.

#include <councilgraph/columns.hpp>
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
/// True for the attributes that explain how a date was resolved.
bool is_date_note(std::string_view key);
/// The notes explaining how a date was resolved (`date_resolved`, `period_basis`).
std::string date_note(const Attrs& a);
/// The ids of edges, in the given order.
std::vector<std::string> edge_ids(const Graph& g, std::span<const EdgeIndex> edges);
/// Resolves an optional name.
std::optional<Vertex> resolve_opt(const Graph& g, const std::optional<std::string>& name,
                                  std::span<const NodeKind> prefer);
/// The hidden `date`, `start`, `end` columns: a row's time as written in the data (empty when
/// absent). `time(row)` gives the row's TimeSpan.
template <class Row, class TimeOf>
void add_time_columns(std::vector<ColumnSpec<Row>>& cols, TimeOf time) {
    auto text = [](const std::optional<Date>& d) { return d ? d->str() : std::string(); };
    cols.push_back({hidden("date"), [=](const RowContext&, const Row& r) -> Value { return text(time(r).date); }});
    cols.push_back({hidden("start"), [=](const RowContext&, const Row& r) -> Value { return text(time(r).start); }});
    cols.push_back({hidden("end"), [=](const RowContext&, const Row& r) -> Value { return text(time(r).end); }});
}
/// The hidden `date_note` column: how the row's date was resolved (`attrs(row)`: its attributes).
template <class Row, class AttrsOf>
void add_date_note_column(std::vector<ColumnSpec<Row>>& cols, AttrsOf attrs) {
    cols.push_back({hidden("date_note"), [=](const RowContext&, const Row& r) -> Value { return date_note(attrs(r)); }});
}
/// The hidden `edge_ids` column (a list): `edges(row)` gives the row's edges.
template <class Row, class EdgesOf>
void add_edge_ids_column(std::vector<ColumnSpec<Row>>& cols, EdgesOf edges) {
    cols.push_back({hidden("edge_ids", ValueType::list),
                    [=](const RowContext& cx, const Row& r) -> Value { return edge_ids(cx.graph, edges(r)); }});
}
/// The time, date note and edge id columns of rows that are one fact (`fact(row)`), in that order.
template <class Row, class FactOf>
void add_fact_columns(std::vector<ColumnSpec<Row>>& cols, FactOf fact) {
    add_time_columns(cols, [=](const Row& r) -> const TimeSpan& { return fact(r).time; });
    add_date_note_column(cols, [=](const Row& r) -> const Attrs& { return fact(r).attrs; });
    add_edge_ids_column(cols, [=](const Row& r) -> std::span<const EdgeIndex> { return fact(r).edges; });
}

/// Edges of `kind` in the view, from `from` (when set) to a vertex of `to_scope` (when not empty).
std::vector<EdgeIndex> select_edges(const View& view, EdgeKind kind, std::optional<Vertex> from,
                                    const std::vector<char>& to_scope);
/// Order of roles in listings: penholder and chair before co- and vice- roles.
int role_rank(std::string_view role);

}  // namespace councilgraph::detail
