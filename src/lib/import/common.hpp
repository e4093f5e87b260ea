#pragma once
// Shared machinery of the importers: a builder that defines nodes only when the existing data
// lacks them, skips edges the existing data already holds, and keeps the row report.

#include <councilgraph/import.hpp>
#include <councilgraph/names.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace councilgraph::detail {

/// The key under which an edge counts as "the same fact": kind, ends and time.
std::string edge_key(const Edge& e);

/// Trims ASCII white space at both ends.
std::string trim(std::string_view s);

/// `Bosnia And Herzegovina` → `Bosnia and Herzegovina`: lower-cases the connective words the
/// title-cased corpus forms capitalise.
std::string untitle(std::string_view s);

/// The names of an imported text in English, Dutch and French, as the UN's documents write them
/// (text_names.cpp), so a French or Dutch table or diagram has no English word of ours:
/// "Resolution 2449 (2018)", "Resolutie 2449 (2018)", "Résolution 2449 (2018)".
Names resolution_names(std::string_view number_and_year);
/// "Draft resolution S/2019/961", "Ontwerpresolutie ...", "Projet de résolution ...".
Names draft_names(std::string_view symbol);
/// "Presidential statement S/PRST/2020/2", "Verklaring van de voorzitter ...", "Déclaration du Président ...".
Names statement_names(std::string_view symbol);
/// "Amendment to draft resolution S/2020/24", "Amendement op ontwerpresolutie ...", "Amendement au projet de résolution ...".
Names amendment_names(std::string_view symbol);
/// "Oral amendment put to the vote on 2023-12-22" and its Dutch and French.
Names oral_amendment_names(std::string_view date);
/// "Draft put to the vote on 2020-10-01 (symbol not recorded)" and its Dutch and French.
Names unnamed_draft_names(std::string_view date);
/// "Proposal vetoed at S/PV.23 (agenda item)" and its Dutch and French (the 1940s veto list).
Names vetoed_proposal_names(std::string_view meeting, std::string_view agenda);

/// "S/PV.8733 (2020-02-26): topic", or without a record "Meeting (2020-04-21): topic" /
/// "Vergadering ..." / "Séance ..."; the agenda title stays as the record gives it.
Names meeting_names(std::string_view record, std::string_view date, std::string_view topic);

/// Looks a folded text up in one field's dossier map (exact entries, then `prefix*` entries).
std::string find_dossier(const ImportMappings& maps, std::string_view field, std::string_view text);

class Builder;

/// Notes the topics that left texts without a dossier, most frequent first, with their counts
/// (`field`: the mapping field to add them to).
void report_unmapped(Builder& b, const std::map<std::string, int>& unmapped, std::string_view field,
                     const std::map<std::string, int>* meetings = nullptr);

class Builder {
public:
    Builder(const ImportMappings& maps, const ExistingData& existing, std::string file, Source source);

    /// Makes sure `id` is defined somewhere: in the existing data, in this import, or (taken from
    /// the mappings) defined now. Returns false when nobody can define it.
    bool need(const std::string& id);
    /// Defines a node unless the existing data or this import already does.
    void define(Node n);
    /// Whether this import defines `id`.
    [[nodiscard]] bool defines(std::string_view id) const { return nodes_.contains(id); }
    [[nodiscard]] Node* own(std::string_view id);
    /// Adds an edge unless an equal one is already there; needs both ends.
    void add(Edge e);
    /// Adds a source cited by the mappings, once.
    void cite(const std::string& source_id);

    /// Notes about the current row. A row with a skip note counts as skipped, else imported.
    void begin_row(int line);
    void repaired(int line, const std::string& what);
    void warn(int line, const std::string& what);
    void skip(int line, const std::string& what);
    void end_row();
    /// How a note about a whole group of rows (a draft's fifteen votes share one note, which
    /// names their lines) counts the group's other rows.
    enum class GroupNote { repaired, warned, skipped };
    /// Counts the current row as the group note says, without a note of its own.
    void covered_by_group_note(GroupNote how);
    /// A note not about one row (a gap the whole file has).
    void note(int line, const std::string& what, const std::string& file = {});

    [[nodiscard]] Evidence record(int line, const std::string& key = {}) const;
    [[nodiscard]] const ImportMappings& maps() const noexcept { return maps_; }
    [[nodiscard]] const ExistingData& existing() const noexcept { return existing_; }
    [[nodiscard]] const std::string& source_id() const noexcept { return source_.id; }

    [[nodiscard]] ImportResult finish();

private:
    const ImportMappings& maps_;
    const ExistingData& existing_;
    std::string file_;
    Source source_;
    std::map<std::string, Node, std::less<>> nodes_;
    std::vector<Edge> edges_;
    std::map<std::string, std::size_t> edge_keys_;  // edge_key → index in edges_
    std::set<std::string> cited_;
    ImportReport report_;
    enum class RowState { clean, repaired, warned, skipped } row_ = RowState::clean;
    bool in_row_ = false;
};

/// Applies the corrections for `file_kind` to one CSV row; returns what each applied one did.
std::vector<std::string> corrections_applied(const ImportMappings& maps, const CsvTable& t, CsvRecord& row,
                                             std::string_view file_kind);
/// Applies the corrections for `file_kind` to one CSV row, reporting each applied one.
void apply_corrections(Builder& b, const CsvTable& t, CsvRecord& row, std::string_view file_kind);

}  // namespace councilgraph::detail
