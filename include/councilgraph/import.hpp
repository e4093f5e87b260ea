#pragma once
/// \file import.hpp
/// Importers for public Security Council data sets (see docs/import.md): the DHL veto list
/// (Yordan), the DHL meeting tables (PCRC 2022) and the Council membership terms with their name
/// crosswalk (fmadore). Each turns a CSV file into a `Dataset` in the project's format whose facts
/// carry `{source, record}` evidence, and reports every row it could not use or had to repair.
///
/// Imported data is made to *add to* existing data ("against" data, normally the curated data/):
/// a node that the existing data already defines is referred to, never defined again, and an
/// edge that the existing data already holds (same kind, ends and time) is not repeated.

#include <councilgraph/error.hpp>
#include <councilgraph/model.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

// ---- CSV -------------------------------------------------------------------------------------

/// One CSV record: its fields and the physical line (1-based) where it starts.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

/// Options of the CSV reader.
struct CsvOptions {
    /// Skip lines whose first character is `#` (outside quoted fields).
    bool skip_comments = false;
};

/// Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote
/// inside quotes, quoted fields may hold commas and line breaks, CRLF, LF or CR line ends (old Mac
/// files), blank lines ignored. A UTF-8 byte-order mark is skipped. Throws DataError
/// (`file:line: ...`) on an unterminated quoted field or a quote inside an unquoted field, and
/// (`file:line:col: not UTF-8 (byte 0xE9; ...)`) when the text is not UTF-8.
[[nodiscard]] std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file,
                                               const CsvOptions& opts = {});

/// A CSV file with a header: fields looked up by column name.
class CsvTable {
public:
    /// Parses `text`; the first record is the header. Throws DataError when the file is empty or
    /// lacks one of the `required` columns (the file is then unusable).
    CsvTable(std::string_view text, std::string file, const std::vector<std::string>& required,
             const CsvOptions& opts = {});

    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    [[nodiscard]] const std::vector<CsvRecord>& rows() const noexcept { return rows_; }
    /// Field `column` of `row`; empty when the row is short. The column must exist.
    [[nodiscard]] const std::string& get(const CsvRecord& row, std::string_view column) const;
    [[nodiscard]] bool has_column(std::string_view column) const;
    /// Number of header columns.
    [[nodiscard]] std::size_t width() const noexcept { return header_.size(); }

private:
    std::string file_;
    std::vector<std::string> header_;
    std::map<std::string, std::size_t, std::less<>> index_;
    std::vector<CsvRecord> rows_;
};

// ---- Reports ---------------------------------------------------------------------------------

/// What an import did with the rows of one file. Every row read is either imported (perhaps
/// repaired, perhaps with a warning) or skipped; each repair, warning and skip is a note.
struct ImportReport {
    std::string file;          ///< the input file, as named by the user
    std::size_t read = 0;      ///< data rows read (comments and the header not counted)
    std::size_t imported = 0;  ///< rows that gave facts (including repaired ones)
    std::size_t repaired = 0;  ///< imported rows that had to be repaired (each one has a note)
    std::size_t warned = 0;    ///< imported rows with a warning but no repair
    std::size_t skipped = 0;   ///< rows that gave no facts (each one has a note)
    std::vector<Diagnostic> notes;  ///< `file:line: what; what was done`, in row order

    /// One line: `FILE: 214 rows read: 214 imported (27 repaired, 0 with a warning), 0 skipped`.
    [[nodiscard]] std::string summary() const;
};

// ---- Mappings --------------------------------------------------------------------------------

/// A node the importers may define when the existing data lacks it (USSR, the Council itself...).
/// Also a permanent seat and the names that resolve to states. Loaded from data/mappings/.
struct ImportMappings {
    /// Extra sources the mapping files cite (the Charter, a GA resolution).
    std::vector<Source> sources;
    /// Nodes the importers may need: the P5 states, the USSR, `body:unsc`, the mapped dossiers.
    std::map<std::string, Node, std::less<>> nodes;
    /// Edges that come with those nodes (the succession `state:RUS` → `state:SUN`).
    std::vector<Edge> edges;
    /// Permanent-seat spans (member edges state → body:unsc with `type: permanent`).
    std::vector<Edge> permanent_seats;
    /// Folded name → node id, beyond the crosswalk (`ussr` → `state:SUN`, `uk` → `state:GBR`).
    std::map<std::string, std::string, std::less<>> names;
    /// Crosswalk name (as written) → node id, for rows whose ISO3 is shared (Zaire → `state:ZAR`).
    std::map<std::string, std::string, std::less<>> ids;
    /// Node id → better English display name than the corpus form (`Cote D'ivoire`).
    std::map<std::string, std::string, std::less<>> display;
    /// Folded topic or agenda item → dossier id, per source field (`vetoes.agenda_item`,
    /// `vetoes.crisis_topic`, `meetings.topic`).
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> dossiers;
    /// Corrections of known errors in the sources, applied and reported as repairs.
    struct Correction {
        std::string file;    ///< `vetoes`, `meetings`, `membership` or `votes`
        std::string key_column, key_value;  ///< the row(s) it applies to
        std::string column;  ///< the field to change
        std::string from, to;  ///< expected old value, new value
        std::string reason;
        int line = 0;  ///< where the correction itself is written (mapping file's entry index)
    };
    std::vector<Correction> corrections;
    /// Where they were read from, for messages.
    std::string origin;
};

/// Loads every mapping file of `dir` (`names.json`, `dossiers.json`, `corrections.json`).
/// Throws DataError naming the file and JSON pointer on a malformed entry.
[[nodiscard]] ImportMappings load_mappings(const std::filesystem::path& dir);

// ---- Importers -------------------------------------------------------------------------------

/// What the existing data defines: node ids, and edges by (kind, from, to, time).
class ExistingData {
public:
    ExistingData() = default;
    explicit ExistingData(const Dataset& data) { add(data); }
    /// Adds more data (e.g. the output of an earlier import).
    void add(const Dataset& data);
    [[nodiscard]] bool defines(std::string_view node_id) const;
    [[nodiscard]] bool holds(const Edge& e) const;
    /// A node the existing data defines, nullptr when absent.
    [[nodiscard]] const Node* node(std::string_view id) const;
    [[nodiscard]] bool has_source(std::string_view id) const;
    /// Whether the existing data says what `id` concerns (a `concerns` edge from it).
    [[nodiscard]] bool has_concerns(std::string_view id) const { return concerning_.contains(id); }
    [[nodiscard]] std::size_t node_count() const noexcept { return nodes_.size(); }
    /// Every node, by id (the votes import resolves state names through their names and aliases).
    [[nodiscard]] const std::map<std::string, Node, std::less<>>& nodes() const noexcept { return nodes_; }
    /// The reference facts later imports cross-check against: `outcome`, `veto` and `member`
    /// edges, in the order added.
    [[nodiscard]] const std::vector<Edge>& reference_edges() const noexcept { return reference_; }
    /// Indices into `reference_edges()` of the edges ending at `to_id`.
    [[nodiscard]] std::vector<std::size_t> reference_edges_to(std::string_view to_id) const;

private:
    std::map<std::string, Node, std::less<>> nodes_;
    std::set<std::string, std::less<>> edges_;
    std::set<std::string, std::less<>> sources_;
    std::set<std::string, std::less<>> concerning_;
    std::vector<Edge> reference_;
    std::multimap<std::string, std::size_t, std::less<>> reference_to_;
};

/// The result of one import: the data to write, and the report.
struct ImportResult {
    Dataset data;
    ImportReport report;
};

/// Imports the Yordan veto list (`unsc_vetoes_1946_sept2022.csv`). Source id `dhl-vetoes`.
[[nodiscard]] ImportResult import_vetoes(std::string_view text, const std::string& file,
                                         const ImportMappings& maps, const ExistingData& existing);

/// Imports the DHL meeting tables (`dhl_sc_meetings_1946_2022.csv`). Source id `dhl-meetings`.
[[nodiscard]] ImportResult import_meetings(std::string_view text, const std::string& file,
                                           const ImportMappings& maps, const ExistingData& existing);

/// Imports per-member votes on drafts put to the vote: the VotingAgent extract
/// (`sc_votes_per_member_votingagent.csv`, source id `votingagent-votes`) or the UN Dag
/// Hammarskjold Library "Security Council Voting Data" layout (`undl_id, ms_code, ms_name, ms_vote,
/// ...`, source id `undl-votes`), recognised by its header. Gives `vote` edges state → resolution
/// (adopted) or draft (vetoed, failed), `sponsors` edges from the "Submitted by" lists, and the
/// drafts and resolutions the existing data lacks. Dates, duplicated (draft, state) rows and
/// reversed tallies are settled against the meetings data and the veto list in `existing`
/// (import those first); every repair, skip and disagreement is a note (docs/import.md).
[[nodiscard]] ImportResult import_votes(std::string_view text, const std::string& file,
                                        const ImportMappings& maps, const ExistingData& existing);

/// Cross-checks per-member votes against the other records in `data`: every veto in the veto
/// list is a permanent member's "no" on a draft voted on here, and every permanent member's "no"
/// on a draft with nine or more "yes" votes is in the veto list (each within the period both
/// cover); each tally in the meetings data (`outcome` edges' `vote`) equals the count of vote
/// edges; each voter held a Council seat that day (where the membership data covers the year).
/// One diagnostic per disagreement, at the place `where(edge)` gives for the vote or veto edge
/// (by default its origin in its data file, `file: /edges/12`), sorted.
[[nodiscard]] std::vector<Diagnostic> cross_check_votes(const Dataset& data,
                                                        const std::function<Location(const Edge&)>& where = {});

/// The three files of the membership folder.
struct MembershipFiles {
    std::string terms, terms_file;        ///< council_membership.csv
    std::string entities, entities_file;  ///< entities.csv (name → ISO3, regional group)
    std::string aliases, aliases_file;    ///< country_aliases.csv
};

/// Imports Council terms and the state crosswalk. Source id `fmadore-membership`. The report
/// covers the terms file; crosswalk problems are notes too, under their own file names.
[[nodiscard]] ImportResult import_membership(const MembershipFiles& files, const ImportMappings& maps,
                                             const ExistingData& existing);

/// Records in `out.imported_against` the files of `existing` that define nodes `out` refers to
/// without defining them, as paths relative to `out_dir` (where `out` is written), so that
/// loading `out` without them is one clear error instead of a dangling reference per edge.
void record_imported_against(Dataset& out, const ExistingData& existing, const std::filesystem::path& out_dir);

/// File names, in import order, that `import all` writes into its output folder.
struct ImportAllOutput {
    std::string name;  ///< e.g. `fmadore-membership.json`
    ImportResult result;
};

/// Imports all four sources found under `realdata` (the folders named in docs/import.md), each
/// against `existing` plus the imports before it, so no two files define the same node.
[[nodiscard]] std::vector<ImportAllOutput> import_all(const std::filesystem::path& realdata,
                                                      const ImportMappings& maps, ExistingData existing);

}  // namespace councilgraph
