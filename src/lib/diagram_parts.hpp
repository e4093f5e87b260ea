#pragma once
// Pieces shared by the diagram builder, the timeline and the legend (private to src/lib).

#include <councilgraph/diagram.hpp>

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace councilgraph::detail {

/// The word that says what kind of relation this particular edge is (role, vote, stance, type,
/// office or result), in `lang` when the words table has it; empty when the data says nothing.
std::string qualifier(const Edge& e, const Words& w, Lang lang);
/// The raw attribute value qualifier() translates (the key for merging).
std::string qualifier_value(const Edge& e);

/// Whether an edge states a total (a veto, vote or sponsorship with an integer `count`: "16
/// vetoes on Syria so far") rather than one relation; never one that ends at a draft or
/// resolution (one text: its count is a rank, "the 12th veto").
bool is_total(const Graph& g, const Edge& e);

/// The relation as the theme should style it: `e` itself, or (kept in `store`) a copy without a
/// `count` that is not a total, since the theme draws totals by that attribute.
const Edge& styled_as(const Graph& g, const Edge& e, std::deque<Edge>& store);

/// First and last year an edge covers (0 when open or undated).
std::pair<int, int> years_of(const Edge& e);
/// `2011`, `2011–2022`, or empty.
std::string year_span(int lo, int hi);

/// One evidence line per piece of evidence of `e`: `“quote” — title (source, locator)` or the
/// imported record.
std::vector<std::string> evidence_lines(const Graph& g, const Edge& e);
/// The tooltip of one relation: `kind: from → to, period; attrs` then its evidence lines.
std::string edge_tooltip(const Graph& g, const Edge& e, const Words& w, Lang lang);

/// The shortest dates naming the days of a window (`2019`, `2018 – 2020`, `from 2020-02`).
std::string window_text(const DayRange& w, const Words& words, Lang lang);

/// Proleptic Gregorian date of a day number (days since 1970-01-01).
Date civil_from_days(std::int32_t z);

/// Whether a node kind is a text that concerns dossiers (a draft or a resolution).
bool is_item(NodeKind k);
/// The dossiers each draft or resolution concerns, for --by-dossier; with a `--dossier`
/// selection only that dossier and its parts (part_of, transitively), each once.
std::map<Vertex, std::vector<Vertex>> text_dossiers(const View& view);

/// Lays out the selection as a timeline (see DiagramOptions::timeline).
Diagram build_timeline(const View& view, const Theme& theme, const DiagramOptions& opts);

/// Removes control characters (for one-line texts such as the DOT comment).
std::string one_line(std::string_view s);

}  // namespace councilgraph::detail
