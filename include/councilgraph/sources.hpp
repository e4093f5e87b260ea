#pragma once
/// \file sources.hpp
/// The sources facts cite, by name: `sources` lists each one with its title, date, language, kind
/// (a document quoted, or a data set whose records were imported) and how many facts cite it.

#include <councilgraph/columns.hpp>
#include <councilgraph/graph.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// A source and what cites it.
struct SourceRow {
    const Source* source = nullptr;
    std::string kind;           ///< `document` (quoted), `data set` (records imported) or `reference` (neither)
    std::size_t facts = 0;      ///< relations citing it
    std::size_t entities = 0;   ///< entities (nodes) citing it
};

/// Every source of the graph, in id order, with its citations counted.
[[nodiscard]] std::vector<SourceRow> query_sources(const Graph& g);

/// The source `name` names: its id (`seed-000`), the id with a `source:` prefix
/// (`source:seed-000`), or its title or short title (case, accents and punctuation aside); null
/// when it names none.
[[nodiscard]] const Source* named_source(const Graph& g, std::string_view name);

/// `--source` items as Selection::sources takes them: `curated` and `imported` as they are, every
/// other item (an id, a title or a short title) as its source's id. Throws NameError for an item
/// that names no source, with the nearest id or short title.
[[nodiscard]] std::vector<std::string> source_ids(const Graph& g, std::span<const std::string> names);

/// The relations whose evidence cites `source`, grouped by kind in the model's order, each group
/// in edge order.
[[nodiscard]] std::vector<EdgeIndex> citing(const Graph& g, const Source& source);

/// Columns of `sources`.
[[nodiscard]] const TableSpec<SourceRow>& sources_spec();
[[nodiscard]] Table sources_table(const Graph& g, std::span<const SourceRow> rows);

}  // namespace councilgraph
