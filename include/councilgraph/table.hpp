#pragma once
/// \file table.hpp
/// Result rows and their three output forms: an aligned text table (fitted to a width when asked),
/// JSON (an array of flat objects with typed values and an `evidence` array) and CSV (same
/// columns, evidence joined in one column). Every query turns its typed rows into a Table through
/// its column spec (columns.hpp); the CLI only picks the form.

#include <councilgraph/model.hpp>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace councilgraph {

/// Output forms selected by `--format`.
enum class OutputFormat { table, json, csv };
/// Parses `table`, `json` or `csv`; throws UsageError otherwise.
[[nodiscard]] OutputFormat parse_output_format(std::string_view s);

/// The type of a column's values in JSON (and how CSV writes them).
enum class ValueType {
    text,     ///< a JSON string (empty when the row has none)
    integer,  ///< a JSON integer, or null when the row has none
    number,   ///< a JSON number, or null; tables show 4 significant digits, JSON and CSV all of them
    boolean,  ///< true or false, or null
    list,     ///< a JSON array of strings (empty when none); `; `-joined in tables and CSV
};
/// `text`, `integer`, `number`, `boolean` or `list`: the names docs/cli.md uses.
[[nodiscard]] std::string_view to_string(ValueType t);

/// How a column behaves when a table must fit a width.
enum class WidthClass {
    fixed,  ///< short values (dates, roles, kinds, counts): keep their width unless nothing else can give
    name,   ///< names and lists of names: wrap at word boundaries once free text has given what it can
    text,   ///< free text (details, summaries, quotes): gives width first, wraps inside its column
};

/// A typed cell. `std::monostate` is "no value" (null in JSON, empty in tables and CSV).
using Value = std::variant<std::monostate, std::string, std::int64_t, double, bool, std::vector<std::string>>;

/// A cell as text: lists joined with `; `, numbers locale-independently (`{:.4g}` for doubles when
/// `short_numbers`, else the shortest exact form), booleans `true`/`false`, no value empty.
[[nodiscard]] std::string cell_text(const Value& v, bool short_numbers = false);

/// A column: its JSON/CSV field name, its table heading, its type and width class.
struct Column {
    std::string field;    ///< stable name used in JSON and CSV (documented in docs/cli.md)
    std::string heading;  ///< shown in the text table
    bool in_table = true; ///< false: JSON/CSV only (ids, for instance)
    ValueType type = ValueType::text;
    WidthClass width = WidthClass::name;
};

/// Rows of typed cells with their evidence.
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows;                ///< one cell per column
    std::vector<std::vector<Evidence>> evidence;         ///< one list per row
    /// The short title (Source::short_title) of each source the evidence cites, by source id;
    /// a source without one is absent. Evidence lines and JSON name the source with it.
    std::map<std::string, std::string, std::less<>> source_titles;

    /// Appends a row; `cells` must have one value per column (missing ones become no value).
    void add(std::vector<Value> cells, std::vector<Evidence> ev = {});
    [[nodiscard]] bool empty() const noexcept { return rows.empty(); }
    /// Fills source_titles from `sources` for every source the rows' evidence cites.
    void name_sources(std::span<const Source> sources);
    /// The short title of source `id`, or empty.
    [[nodiscard]] std::string_view source_title(std::string_view id) const;
};

/// How the text form is laid out.
struct TableStyle {
    bool evidence = false;  ///< print each row's evidence under it (`↳ source locator (lang): "quote"`)
    /// Fit every line into this many columns (0: no limit, one line per row). Short columns keep
    /// their width, long text wraps inside its column, evidence lines wrap under the row; a word
    /// longer than its column is broken, never cut.
    std::size_t width = 0;
};

/// Writes `t` in `fmt`; `style` applies to the table form.
void write_table(std::ostream& out, const Table& t, OutputFormat fmt, const TableStyle& style);
/// The same, with no width limit.
void write_table(std::ostream& out, const Table& t, OutputFormat fmt, bool with_evidence);

/// `t` as a JSON array (typed values and `evidence`, each item with its source's `source_title`
/// when it has one), as `--format json` writes it.
[[nodiscard]] std::string table_json(const Table& t);

/// One evidence item as a line: `seed-000 L451-456 (nl): "quote"` or `dhl-vetoes row 12`; with
/// the source's short title, `seed-000 "Chamber report on Belgium's term" L451-456 (nl): "quote"`.
[[nodiscard]] std::string evidence_line(const Evidence& e, std::string_view short_title = {});

/// Quotes a CSV field when it needs it (RFC 4180).
[[nodiscard]] std::string csv_field(std::string_view s);

/// A text cell a spreadsheet would not run as a formula: one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading apostrophe (as OWASP advises for CSV injection).
[[nodiscard]] std::string csv_safe(std::string_view s);

/// Display width of UTF-8 text (code points; good enough for Latin scripts).
[[nodiscard]] std::size_t display_width(std::string_view s);

/// `text` broken into lines of at most `width` display columns, at spaces where possible (a word
/// longer than `width` is split); never empty (an empty text is one empty line). `width` 0: one line.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

/// Writes `text` wrapped to `width` (0: no limit): the first line after `first`, the others after
/// `rest` (indents counted in the width), each ending in a newline.
void write_wrapped(std::ostream& out, std::string_view text, std::size_t width, std::string_view first,
                   std::string_view rest);

}  // namespace councilgraph
