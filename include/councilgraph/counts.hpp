#pragma once
/// \file counts.hpp
/// Grouped counts over any query's rows (`--count-by year,by`): one mechanism for every command,
/// working on the Table the command's column spec produced, so a field counts the way it is
/// written in JSON and CSV.

#include <councilgraph/table.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// How grouped counts are ordered.
enum class CountOrder {
    count,  ///< most rows first, then by key
    key,    ///< by key (years and months in time order), ascending
};
/// Parses `count` or `key`; throws UsageError otherwise.
[[nodiscard]] CountOrder parse_count_order(std::string_view s);

/// Parses `--count-by FIELD[,FIELD]` into its fields; throws UsageError on an empty item or a
/// repeated field.
[[nodiscard]] std::vector<std::string> parse_count_fields(std::string_view list);

/// The fields `t` can be counted by: every column's field (shown or not), then the derived
/// `year`, `month` and `decade` when the rows have a `date` or `start` column, and `member` (the
/// actor: the first of `by`, `state`, `holder`, `member`, `sponsor`, `actor`, `asked_by` the rows have).
[[nodiscard]] std::vector<std::string> countable_fields(const Table& t);

/// Whether row `row` of `t` states a total rather than one event: its `count` cell is filled ("16
/// vetoes by Russia on Syria", as stated on 2021-02-03). count_rows leaves such rows out, since
/// counting one would add one to where it belongs sixteen.
[[nodiscard]] bool states_total(const Table& t, std::size_t row);

/// Rows of `t` grouped by the values of `fields` and counted (rows that state a total left out,
/// see states_total; `totals`, when given, receives how many): one column per field (text) and
/// `count` (integer). A list cell (the dossiers of a veto) counts the row once under each of its
/// items, so the counts of a list field can add up to more than the rows; an empty cell or list
/// is the key `(none)`. The group columns are named as asked (`member`, not the field it stands for). `year` (`YYYY`), `month` (`YYYY-MM`) and `decade` (`1990s`) come from the
/// row's `date`, else its `start` (a term counts in the year it began). An unknown field throws
/// UsageError listing the fields there are. Groups carry no evidence (the rows they count do).
[[nodiscard]] Table count_rows(const Table& t, std::span<const std::string> fields, CountOrder order,
                               std::size_t* totals = nullptr);

}  // namespace councilgraph
