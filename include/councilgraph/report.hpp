#pragma once
/// \file report.hpp
/// Term reports: the balance of one member's Council term (what it did, what it met, what it
/// stood for, who carried it), written from the graph, every line with its evidence. The report
/// is data (sections of items, each with the evidence behind it); report_markdown and report_html
/// write it, so the CLI, the explorer or a Python user can reuse the same report.

#include <councilgraph/diagram.hpp>
#include <councilgraph/graph.hpp>
#include <councilgraph/theme.hpp>
#include <councilgraph/time.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace councilgraph {

/// One line of a report: a lead (what it is about: a dossier, a body, a month), the text, and
/// the evidence of every fact it states. `conflict` marks a line whose sources disagree (the
/// differing values are both in `text`).
struct ReportItem {
    std::string lead;
    std::string text;
    std::vector<Evidence> evidence;
    bool conflict = false;
};

/// A section of a report: its key (`term`, `presidencies`, `pens`, `chairs`, `vetoes`, `votes`,
/// `resolutions`, `positions`, `people`, `stated`), its title in the report's language, its
/// items, and, when it has none, a note saying that the data has nothing and where it would come
/// from.
struct ReportSection {
    std::string key;
    std::string title;
    std::vector<ReportItem> items;
    std::string empty_note;
};

/// The report of one state over one window.
struct Report {
    Vertex state{};
    Lang lang = Lang::en;
    std::optional<Date> from, to;  ///< the window, as chosen (a term, or --from/--to)
    std::string title;             ///< "Belgium on the Security Council, 2019 – 2020"
    std::string window_text;       ///< "2019-01-01 – 2020-12-31"
    std::vector<ReportSection> sections;
    /// Lines with a quote among their evidence (curated sources), and lines from imported records
    /// alone; a report with no curated line says it is from the public record alone.
    std::size_t curated_lines = 0, imported_lines = 0;
};

/// What the user asked: the state (a name in any language, or an id) and the window. With no
/// window, the state's latest elected Council term in the data; a state with none (a permanent
/// member) needs a window.
struct ReportRequest {
    std::string state;
    std::optional<Date> from, to;
    Lang lang = Lang::en;
};

/// Parses `--term 2019-2020` (or `2018`) into the first and last day of those years; throws
/// UsageError otherwise.
[[nodiscard]] std::pair<Date, Date> parse_term(std::string_view term);

/// Builds the report from the graph. Words come from `words` (keys `report.*`). Throws NameError
/// for an unknown state, UsageError for a window that cannot be chosen.
[[nodiscard]] Report build_report(const Graph& g, const ReportRequest& req, const Words& words);

/// A diagram of the report and its caption: the member's network of the term (pens, chairs,
/// presidencies, positions, people, by dossier) and its timeline.
struct ReportDiagram {
    std::string key;      ///< `network` or `timeline`
    std::string caption;
    Diagram diagram;
};
/// The report's diagrams (those whose selection is not empty), built with `theme`.
[[nodiscard]] std::vector<ReportDiagram> report_diagrams(const Graph& g, const Report& r, const Theme& theme);

/// A drawn diagram: its caption and either the file it was written to (Markdown links it) or its
/// SVG text (HTML inlines it).
struct DrawnDiagram {
    std::string caption;
    std::string file;
    std::string svg;
};

/// The report as JSON (`councilgraph --format json report`, the Python module): `state_id`,
/// `lang`, `from` and `to` (dates as text, null when open), `title`, `window`, `curated_lines`,
/// `imported_lines` and `sections`, each with its `key`, `title`, `empty_note` (empty when it has
/// items) and `items`, each with its `lead`, `text`, `conflict` and `evidence` (as in query rows).
[[nodiscard]] nlohmann::ordered_json report_json(const Graph& g, const Report& r);

/// The report as Markdown: a heading per section, a list item per line, a footnote per piece of
/// evidence (source title, locator and quote, or the imported record), diagrams as images.
[[nodiscard]] std::string report_markdown(const Graph& g, const Report& r, const Words& words,
                                          const std::vector<DrawnDiagram>& diagrams);
/// The report as one self-contained HTML page (no external reference: styles inline, SVG
/// inlined), with the same sections, footnotes and diagrams.
[[nodiscard]] std::string report_html(const Graph& g, const Report& r, const Words& words,
                                      const std::vector<DrawnDiagram>& diagrams);

}  // namespace councilgraph
