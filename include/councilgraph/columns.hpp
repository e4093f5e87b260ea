#pragma once
/// \file columns.hpp
/// Declarative output specs: each query command declares its columns once (field name, table
/// heading, type, width class, getter) and how to find a row's evidence. The spec turns typed
/// rows into a Table, so the text table, JSON, CSV and the field list in docs/cli.md all come from
/// the same declaration.

#include <councilgraph/graph.hpp>
#include <councilgraph/table.hpp>

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace councilgraph {

/// What a getter may read besides its row: the graph (names, ids, kinds) and the language of names.
struct RowContext {
    const Graph& graph;
    Lang lang = Lang::en;

    /// The display name of `v` in the context's language.
    [[nodiscard]] std::string name(Vertex v) const { return graph.node(v).name.in(lang); }
    /// Display names of several vertices, in the given order.
    [[nodiscard]] std::vector<std::string> names(std::span<const Vertex> vs) const;
    /// Ids of several vertices, in the given order.
    [[nodiscard]] std::vector<std::string> ids(std::span<const Vertex> vs) const;
    /// The node id of `v`.
    [[nodiscard]] const std::string& id(Vertex v) const { return graph.node(v).id; }
    /// The kind of `v` as the data format writes it (`state`, `dossier`...).
    [[nodiscard]] std::string kind(Vertex v) const { return std::string(to_string(graph.node(v).kind)); }
};

/// One column: what it is called and shown as, and how to get its value from a row.
template <class Row>
struct ColumnSpec {
    Column column;
    std::function<Value(const RowContext&, const Row&)> get;
};

/// A command's output, declared once: its columns in output order and its rows' evidence.
template <class Row>
struct TableSpec {
    std::vector<ColumnSpec<Row>> columns;
    std::function<std::vector<Evidence>(const RowContext&, const Row&)> evidence;  ///< empty: rows carry none

    /// The columns alone (for docs, completion and tests).
    [[nodiscard]] std::vector<Column> header() const {
        std::vector<Column> out;
        out.reserve(columns.size());
        for (const auto& c : columns) out.push_back(c.column);
        return out;
    }
    /// `rows` as a Table: one typed cell per column and row, with the rows' evidence.
    [[nodiscard]] Table table(std::span<const Row> rows, const RowContext& cx) const {
        Table t;
        t.columns = header();
        t.rows.reserve(rows.size());
        for (const Row& r : rows) {
            std::vector<Value> cells;
            cells.reserve(columns.size());
            for (const auto& c : columns) cells.push_back(c.get(cx, r));
            t.add(std::move(cells), evidence ? evidence(cx, r) : std::vector<Evidence>{});
        }
        t.name_sources(cx.graph.sources());
        return t;
    }
};

/// A column shown in the table (its heading is the field in capitals unless given).
[[nodiscard]] Column shown(std::string field, ValueType type = ValueType::text, WidthClass width = WidthClass::name,
                           std::string heading = {});
/// A column in JSON and CSV only (ids, kinds, the dates as written).
[[nodiscard]] Column hidden(std::string field, ValueType type = ValueType::text);

}  // namespace councilgraph
