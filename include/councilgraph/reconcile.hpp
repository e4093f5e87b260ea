#pragma once
/// \file reconcile.hpp
/// One graph of the curated facts (quotes from the seeds) and the imported public record:
/// - **time**: nodes get their lifespans from their attributes (a resolution's adoption, a
///   meeting's day, a state's dissolution); an edge whose own time is unstated gets the time its
///   ends imply, marked as derived;
/// - **same_as**: a mapping file (data/mappings/same_as.json, data with reasons) says which
///   curated node is which imported node; they merge into one node that keeps both names, both
///   ids and all evidence;
/// - **conflicts**: where the two sources state one fact differently (a veto "in March 2018" and
///   the record's 10 April 2018), the fact is kept once with the record's value, the other
///   statement stays on it as a `conflict` note with its evidence, and the conflict is listed;
/// - **draft symbols**: a draft that was adopted is its resolution; the votes and sponsorships
///   on the resolution name the draft (`draft: S/2018/1110`), and that symbol becomes an alias of
///   the resolution, so `S/2018/1110` and `res:2449` are one node.
///
/// These steps run between loading and building the graph: `Graph(unify(load_checked(...)))`.
/// docs/cli.md states the time rules; docs/data-format.md the mapping file.

#include <councilgraph/model.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace councilgraph {

/// True when a piece of evidence is a record of an imported data set (not a quote).
[[nodiscard]] inline bool is_record(const Evidence& e) noexcept { return !e.record.empty(); }
/// True when every piece of evidence of a fact is an imported record (and there is at least one).
[[nodiscard]] bool only_records(std::span<const Evidence> evs) noexcept;

// ---- Time ------------------------------------------------------------------------------------

/// The life a node's attributes state: `date`, `adopted`, `year` or `month` give a point in time;
/// `founded`/`dissolved` (or `start`/`end`) an interval with open ends. Values that are not dates
/// (`adopted: unanimously`, `date: early 2019`) state nothing. Undated when nothing is stated.
[[nodiscard]] TimeSpan life_of(const Attrs& attrs);

/// Sets every node's `life` and every edge's derived time, in this order:
/// 1. a node's life from its attributes (life_of); a resolution, draft or statement without one
///    takes the date of the meeting `outcome` that adopted or rejected it;
/// 2. an edge without a stated time whose ends have lives takes the time they imply
///    (`time_derived = true`): `concerns`, `renews`, `endorses`, `mandates` and `part_of` hold
///    from the later start of the two ends on (a resolution concerns its dossier from its
///    adoption on); every other kind takes the life of its dated end (both dated: the one that
///    starts later). A `former: true` edge without an end whose source is dated ends the day
///    before that date.
/// Stated times are never changed; edges between undated ends stay undated (they hold always).
void derive_times(Dataset& data);

// ---- same_as ---------------------------------------------------------------------------------

/// One entry of a same_as file: a curated node (or edge) and the imported node (or edge) that is
/// the same thing, with the reason a person accepted it.
struct SameAs {
    std::string curated;          ///< id of the curated node or edge
    std::string curated_source;   ///< the curated source that states it (`seed-000`)
    std::string imported;         ///< id of the imported node or edge
    std::string imported_source;  ///< the imported data set that defines it (`dhl-vetoes`)
    std::string reason;           ///< the record's row and the seed's quote, date, sponsors
    Location origin;              ///< the mapping file and the entry's JSON pointer
    Location curated_at, imported_at;  ///< where its `curated` and `imported` members are
};

/// Reads a same_as file (`{"about": ..., "same_as": [entry...]}`). Throws DataError naming the
/// file and JSON pointer of a malformed entry.
[[nodiscard]] std::vector<SameAs> load_same_as(const std::filesystem::path& file);

/// The same_as files that go with the data paths the user gave: `P/mappings/same_as.json` for a
/// folder P, `dirname(F)/mappings/same_as.json` for a file F, when it exists; each once.
[[nodiscard]] std::vector<std::filesystem::path> same_as_files(std::span<const std::string> data_paths);

/// Two sources stating one fact differently.
struct Conflict {
    std::string id;        ///< the merged node or edge
    std::string what;      ///< `time`, or the attribute (`date`)
    std::string kept;      ///< the value the graph keeps (the record's)
    std::vector<Evidence> kept_evidence;
    std::string other;     ///< the value the other source states
    std::vector<Evidence> other_evidence;
    /// `draft:S/2018/321: date: dhl-vetoes says 2018-04-10 (kept); seed-004 L46 says 2018-03`.
    [[nodiscard]] std::string str() const;
};

/// What reconciliation did.
struct ReconcileReport {
    std::size_t merged_nodes = 0;  ///< same_as node entries applied
    std::size_t merged_edges = 0;  ///< curated edges folded into their imported twin
    std::vector<Conflict> conflicts;  ///< in id order
};

/// Applies the entries whose two sources are both loaded: merges each curated node into its
/// imported twin (the record's id; the curated names, the imported name and the curated id as
/// aliases; attributes and evidence of both), points every edge at the merged node, then folds
/// each curated edge into the imported edge of the same kind between the same ends (and each
/// same_as edge entry into its twin). Where the two disagree on a date, the record's is kept and
/// the other is listed as a Conflict and noted on the fact (`conflict` attribute).
/// Throws DataError (file, JSON pointer) for an applicable entry whose curated or imported id is
/// not in the data, or whose two nodes differ in kind.
ReconcileReport reconcile(Dataset& data, std::span<const SameAs> entries);

/// A possible same_as entry for a person to review.
struct Candidate {
    std::string curated, imported;
    int score = 0;    ///< higher is likelier
    std::string why;  ///< `same kind; date 2018-07-13 = 2018-07-13; title shares: arms, embargo, south, sudan`
};

/// Curated nodes (resolutions, drafts, statements, meetings) with no same_as entry and imported
/// nodes of the same kind, a compatible date and a matching number, topic or title; best first
/// per curated node, at most `per_node` each.
[[nodiscard]] std::vector<Candidate> propose_same_as(const Dataset& data, std::size_t per_node = 3);

// ---- Draft symbols ---------------------------------------------------------------------------

/// Gives each text the draft symbols that the `vote` and `sponsors` edges on it state in their
/// `draft` attribute, as aliases (each once, after its own aliases, in symbol order), so a user
/// finds an adopted resolution by its draft's symbol. A symbol that is the text's own (its
/// `symbol` attribute, its name or an alias already) is not repeated; a symbol that some other
/// node is, by id (`draft:S/2020/684`, a draft of its own) or by its `symbol` attribute, is not
/// given, so one draft is never two nodes. Returns the aliases given.
std::size_t derive_draft_symbols(Dataset& data);

// ---- The whole step --------------------------------------------------------------------------

/// reconcile, derive_draft_symbols, then derive_times. `report` (optional) receives what reconcile did.
[[nodiscard]] Dataset unify(Dataset data, std::span<const SameAs> entries, ReconcileReport* report = nullptr);

}  // namespace councilgraph
