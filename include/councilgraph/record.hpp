#pragma once
/// \file record.hpp
/// The public record as queries: the texts the Council decided on (resolutions adopted,
/// presidential statements, drafts with their outcome: adopted, vetoed, failed) and its meetings
/// (every meeting, with or without an outcome). Both read the same `View` as every other query:
/// a text or meeting is selected by its own date (its life) against the window, by the dossier
/// scope (what `concerns` the dossier) and by the provenance of its own evidence; it does not need
/// a relation in the view, so a meeting with no outcome and no dossier is still listed.

#include <councilgraph/columns.hpp>
#include <councilgraph/table.hpp>
#include <councilgraph/view.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Filters of `resolutions` and `meetings` besides the view.
struct RecordFilter {
    /// Outcomes to keep (empty = all): `adopted`, `vetoed`, `failed` (texts and meetings), `none`
    /// (meetings with no outcome). A meeting matches when any of its outcomes does.
    std::vector<std::string> outcomes;
    /// Kinds of texts to keep (empty = resolution, statement and draft).
    std::vector<NodeKind> kinds;
};

/// Parses `--outcome adopted,vetoed,...`; throws UsageError naming a value that is not one of
/// adopted, vetoed, failed, none.
[[nodiscard]] std::vector<std::string> parse_outcomes(std::string_view list);

/// A text the Council decided on: a resolution, a statement or a draft, with its outcome.
struct TextOutcomeRow {
    Vertex text{};
    std::string outcome;             ///< adopted, vetoed, failed (a draft's `result` as stated), or empty
    TimeSpan time;                   ///< the text's date (adoption, vote)
    std::string tally;               ///< `Y-N-A`: as the meeting record states it, else counted from the votes
    bool tally_counted = false;      ///< true when `tally` was counted from `vote` relations
    std::vector<Vertex> vetoed_by;   ///< casters of vetoes on the text, by name
    std::vector<Vertex> meetings;    ///< the meetings it was the outcome of
    std::vector<Vertex> dossiers;    ///< what it concerns
    std::string topic;               ///< the agenda item: the text's `topic`/`agenda_item`, else its meeting's topic
    std::vector<Evidence> evidence;  ///< the text's own, its outcome's and its vetoes'
};
/// Resolutions, statements and drafts in the view, sorted by date, then symbol. A draft's outcome
/// is its `result` (`vetoed` when a veto is recorded on it); resolutions are adopted, presidential
/// statements adopted. Undated texts are listed only when the window is unbounded (sorted last).
[[nodiscard]] std::vector<TextOutcomeRow> query_resolutions(const View& view, const RecordFilter& f, Lang lang);
/// Columns of `resolutions` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<TextOutcomeRow>& resolutions_spec();
[[nodiscard]] Table resolutions_table(const Graph& g, std::span<const TextOutcomeRow> rows, Lang lang);

/// A meeting, with the texts that were its outcome.
struct MeetingRow {
    Vertex meeting{};
    TimeSpan time;                   ///< the meeting's day
    std::vector<Vertex> texts;       ///< its outcomes (resolutions, statements, drafts), in edge order
    std::vector<std::string> results;///< the outcome of each text, parallel to `texts`
    std::vector<Vertex> dossiers;    ///< what it concerns
    std::vector<Evidence> evidence;  ///< the meeting's own and its outcomes'
};
/// Meetings in the view (with or without an outcome), sorted by date, then record, then id;
/// undated ones only when the window is unbounded.
[[nodiscard]] std::vector<MeetingRow> query_meetings(const View& view, const RecordFilter& f, Lang lang);
/// Columns of `meetings` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<MeetingRow>& meetings_spec();
[[nodiscard]] Table meetings_table(const Graph& g, std::span<const MeetingRow> rows, Lang lang);

}  // namespace councilgraph
