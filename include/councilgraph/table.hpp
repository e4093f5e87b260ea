#pragma once
/// \file table.hpp
/// Result rows and their three output forms: an aligned text table, JSON (an array of flat
/// objects with an `evidence` array) and CSV (same columns, evidence joined in one column).
/// Every query turns its typed rows into a Table; the CLI only picks the form.

#include <councilgraph/model.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Output forms selected by `--format`.
enum class OutputFormat { table, json, csv };
/// Parses `table`, `json` or `csv`; throws UsageError otherwise.
[[nodiscard]] OutputFormat parse_output_format(std::string_view s);

/// A column: its JSON/CSV field name and its table heading.
struct Column {
    std::string field;    ///< stable name used in JSON and CSV (documented in docs/cli.md)
    std::string heading;  ///< shown in the text table
    bool in_table = true; ///< false: JSON/CSV only (ids, for instance)
};

/// Rows of text cells with their evidence.
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;          ///< one cell per column
    std::vector<std::vector<Evidence>> evidence;         ///< one list per row

    /// Appends a row; `cells` must have one value per column.
    void add(std::vector<std::string> cells, std::vector<Evidence> ev = {});
    [[nodiscard]] bool empty() const noexcept { return rows.empty(); }
};

/// Writes `t` in `fmt`. In table form, `with_evidence` adds the quotes under each row.
void write_table(std::ostream& out, const Table& t, OutputFormat fmt, bool with_evidence);

/// One evidence item as a line: `seed-000 L451-456 (nl): "quote"` or `dhl-vetoes row 12`.
[[nodiscard]] std::string evidence_line(const Evidence& e);

/// Quotes a CSV field when it needs it (RFC 4180).
[[nodiscard]] std::string csv_field(std::string_view s);

/// Display width of UTF-8 text (code points; good enough for Latin scripts).
[[nodiscard]] std::size_t display_width(std::string_view s);

}  // namespace councilgraph
