#pragma once
/// \file query.hpp
/// The questions users ask: who held which pen, who vetoed, voted, sponsored, chaired, presided,
/// sat on the Council, said what — at any date — plus paths, neighbourhoods and centralities.
///
/// Every query reads a `View` (time window, kinds, ego, dossier: the same selection render and
/// export use), never copies the graph, and returns typed rows. Each command's output is declared
/// once, as a `TableSpec` (`*_spec`: field, heading, type, width class and getter per column);
/// `*_table` turns rows into a `Table` (text, JSON or CSV) through it. The fields and their types
/// are listed in docs/cli.md. Every row carries the evidence of the edges it comes from.
///
/// Names are resolved with Graph::resolve (NameError, exit 2, with suggestions). A query that
/// resolves but matches nothing returns no rows.

#include <councilgraph/columns.hpp>
#include <councilgraph/table.hpp>
#include <councilgraph/view.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// One stated fact: the edges that say the same thing (same kind, ends, time and key attribute,
/// e.g. the same pen stated by three sources) merged into one row with all their evidence.
struct Fact {
    std::vector<EdgeIndex> edges;     ///< at least one, in id order
    EdgeKind kind{};
    Vertex from{}, to{};
    TimeSpan time;
    Attrs attrs;                      ///< union; a key with differing values has them joined by ` | `
    std::vector<Evidence> evidence;   ///< distinct, in edge order
};

/// Merges `edges` into facts: edges agreeing on kind, ends, time and the value of every attribute
/// named in `same` are one fact. Facts come in the order of their first edge.
[[nodiscard]] std::vector<Fact> merge_facts(const Graph& g, std::span<const EdgeIndex> edges,
                                            std::span<const std::string_view> same);

/// The node itself and everything that is about it, transitively: what `concerns` it and what is
/// `part_of` it (a draft concerning Syria humanitarian access, a sub-dossier, a committee of the
/// Council). A flag per vertex.
[[nodiscard]] std::vector<char> scope_of(const Graph& g, Vertex v);

/// The dossiers a node is about: itself when it is a dossier, else the dossiers it `concerns`,
/// in id order (possibly none).
[[nodiscard]] std::vector<Vertex> dossiers_of(const Graph& g, Vertex v);

/// Filters on the two ends of a relation, as names given by the user (any language, alias or
/// id). `from`: the actor (holder, caster, sponsor, member, speaker). `to`: the object (body,
/// draft, resolution); it also matches what concerns the object or is part of it (see scope_of).
struct RelationFilter {
    std::optional<std::string> from;
    std::optional<std::string> to;
};

// ---------------------------------------------------------------------------------------------
// Pens

/// A pen held on a dossier (or on a text: resolution, draft, statement).
struct PenRow {
    Fact fact;                   ///< from = holder, to = dossier or text
    std::vector<Vertex> dossiers;///< the dossier(s): the target, or what the text concerns
    std::vector<Vertex> with;    ///< other holders of a pen on the same dossier(s) in an
                                 ///< overlapping period inside the view's window, by name
};
/// Pens in the view, sorted by dossier name, then period start, penholder before co-penholder,
/// then holder name. `f.from`: the holder; `f.to`: a dossier or text.
[[nodiscard]] std::vector<PenRow> query_pens(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `pens` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<PenRow>& pens_spec();
[[nodiscard]] Table pens_table(const Graph& g, std::span<const PenRow> rows, Lang lang);

// ---------------------------------------------------------------------------------------------
// Vetoes, votes, sponsors

/// A veto on a draft (with its caster, or none when the source does not name it: a draft with
/// `result: vetoed` and no veto edge), or a stated count of vetoes on a dossier.
struct VetoRow {
    std::optional<Fact> fact;     ///< the veto edge(s); empty for a draft whose caster is unnamed
    Vertex target{};              ///< the draft, or the dossier of a stated count
    std::vector<Vertex> dossiers; ///< what the draft concerns (the dossier itself for a count)
    std::optional<std::int64_t> count; ///< `attrs.count` of a stated count
    TimeSpan time;                ///< the veto's date (the draft's `attrs.date` when unnamed)
    std::vector<Evidence> evidence;
};
/// Vetoes in the view, sorted by date then caster. `f.from`: the caster; `f.to`: a draft or dossier.
[[nodiscard]] std::vector<VetoRow> query_vetoes(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `vetoes` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<VetoRow>& vetoes_spec();
[[nodiscard]] Table vetoes_table(const Graph& g, std::span<const VetoRow> rows, Lang lang);

/// A vote or a sponsorship on a draft, resolution or statement, with what the text concerns.
struct TextRow {
    Fact fact;
    std::vector<Vertex> dossiers;
    std::vector<Vertex> with;  ///< sponsors: the other sponsors of the same text in the view, by name
};
/// Votes in the view, sorted by text, date, vote, state. `f.from`: the state; `f.to`: the text.
[[nodiscard]] std::vector<TextRow> query_votes(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `votes` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<TextRow>& votes_spec();
[[nodiscard]] Table votes_table(const Graph& g, std::span<const TextRow> rows, Lang lang);
/// Sponsorships, sorted by text, date, role, sponsor, each with its co-sponsors (`with`: every
/// other sponsor of the same text in the view, whatever `f.from`). `f.from`: the sponsor; `f.to`:
/// the text.
[[nodiscard]] std::vector<TextRow> query_sponsors(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `sponsors` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<TextRow>& sponsors_spec();
[[nodiscard]] Table sponsors_table(const Graph& g, std::span<const TextRow> rows, Lang lang);
/// Why `sponsors --of TEXT` finds nothing, when the graph holds no sponsorship of that text at all
/// (in any window): which loaded sources record a vote on it while listing the sponsors of other
/// texts (their sponsor list is empty for this one), or that no loaded source names its sponsors.
/// Empty when `f.to` is unset or not a text, or when the text has sponsors outside the view.
[[nodiscard]] std::string sponsors_not_recorded(const View& view, const RelationFilter& f, Lang lang);

// ---------------------------------------------------------------------------------------------
// Chairs, members, presidencies, positions

/// Chairs, vice-chairs, facilitators, focal points of a body, group, dossier or meeting; sorted by
/// body name, start, role, holder. `f.from`: the holder; `f.to`: the body (and its sub-bodies).
[[nodiscard]] std::vector<Fact> query_chairs(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `chairs` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<Fact>& chairs_spec();
[[nodiscard]] Table chairs_table(const Graph& g, std::span<const Fact> rows, Lang lang);

/// Membership terms of a body (default: the Security Council, `body:unsc`, when the data has it):
/// permanent members first, then elected by start of term, then by name. Split terms show as the
/// data states them (`attrs.term`). `f.from`: the member; `f.to`: the body (exact, default UNSC).
[[nodiscard]] std::vector<Fact> query_members(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `members` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<Fact>& members_spec();
[[nodiscard]] Table members_table(const Graph& g, std::span<const Fact> rows, Lang lang);

/// Presidencies of a body (state → body, usually one month of the Council), sorted by date.
/// `f.from`: the state; `f.to`: the body.
[[nodiscard]] std::vector<Fact> query_presidencies(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `presidencies` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<Fact>& presidencies_spec();
[[nodiscard]] Table presidencies_table(const Graph& g, std::span<const Fact> rows, Lang lang);

/// Stated positions (never merged: each has its own summary), sorted by actor, object, date.
/// `f.from`: the actor; `f.to`: the object (and what concerns it).
[[nodiscard]] std::vector<Fact> query_positions(const View& view, const RelationFilter& f, Lang lang);
/// The QUOTE column shows the first quote in `lang` when there is one, else the first quote.
/// Columns of `positions` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<Fact>& positions_spec();
[[nodiscard]] Table positions_table(const Graph& g, std::span<const Fact> rows, Lang lang);

// ---------------------------------------------------------------------------------------------
// Candidacies and parliamentary questions

/// Candidacies (`candidate` edges, state → body): `attrs.term` is the term sought, the edge's time
/// when the candidacy was stated (so `--at` selects by when it was stated, not by the term).
/// Sorted by body name, term sought, stated date, state. `f.from`: the state; `f.to`: the body
/// (and its sub-bodies). Candidacies are not memberships: query_members never lists them.
[[nodiscard]] std::vector<Fact> query_candidacies(const View& view, const RelationFilter& f, Lang lang);
/// Columns of `candidacies` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<Fact>& candidacies_spec();
[[nodiscard]] Table candidacies_table(const Graph& g, std::span<const Fact> rows, Lang lang);

/// Filters of `questions`, as names given by the user.
struct QuestionFilter {
    std::optional<std::string> by;     ///< the asker (a person or a party)
    std::optional<std::string> to;     ///< whom the question was put to
    std::optional<std::string> party;  ///< the asker's party (member_of_party), or the asking party
};
/// A question (`asks` edge, person or party → actor; `attrs.question`, `attrs.topic`...).
struct QuestionRow {
    Fact fact;                    ///< from = the asker, to = the addressee
    std::vector<Vertex> parties;  ///< the asker's parties at the time of the question (the asker
                                  ///< itself when it is a party), by name
};
/// Questions in the view, sorted by date, asker, addressee, then the order of the data. The same
/// question stated twice (e.g. in two languages) is one row.
[[nodiscard]] std::vector<QuestionRow> query_questions(const View& view, const QuestionFilter& f, Lang lang);
/// Columns of `questions` (JSON/CSV fields in order; the shown ones in the table).
[[nodiscard]] const TableSpec<QuestionRow>& questions_spec();
[[nodiscard]] Table questions_table(const Graph& g, std::span<const QuestionRow> rows, Lang lang);

// ---------------------------------------------------------------------------------------------
// Graph questions

/// One step of a path: the edge and the direction it is walked in.
struct PathStep {
    EdgeIndex edge{};
    bool forward = true;  ///< true when walked from the edge's `from` to its `to`
};
/// A shortest chain of relations from `a` to `b` over the view's edges, walked in either
/// direction (breadth-first; among equal lengths the one through lower edge ids). Empty when
/// `a == b`; nullopt when they are not connected in the view.
[[nodiscard]] std::optional<std::vector<PathStep>> shortest_path(const View& view, Vertex a, Vertex b);
/// One step of a path as a row: its number and its ends as walked.
struct PathRow {
    std::size_t step = 0;  ///< 1-based
    PathStep walk;
    Vertex from{}, to{};   ///< as walked (the edge's own ends when `walk.forward`)
};
/// The steps of a path from `a` as rows.
[[nodiscard]] std::vector<PathRow> path_rows(const Graph& g, std::span<const PathStep> steps, Vertex a);
/// Columns of `path`.
[[nodiscard]] const TableSpec<PathRow>& path_spec();
/// One row per step: step number, from, relation, to, with dates and evidence.
[[nodiscard]] Table path_table(const Graph& g, std::span<const PathStep> steps, Vertex a, Lang lang);
/// The chain as one readable line: `Belgium —pen (co-penholder, 2019 – 2020)→ Syria ... ←veto— Russia`.
[[nodiscard]] std::string path_text(const Graph& g, std::span<const PathStep> steps, Vertex a, Lang lang);

/// Centrality and agreement measures for `stats`.
enum class Metric { degree, betweenness, copen, covote, cosponsor };
[[nodiscard]] Metric parse_metric(std::string_view s);  ///< throws UsageError
/// The name parse_metric reads (`covote`).
[[nodiscard]] std::string_view to_string(Metric m) noexcept;

/// A node's score (degree: number of relations in the view; betweenness: Brandes, on the view
/// taken as undirected, each pair of endpoints counted once).
struct ScoreRow {
    std::size_t rank = 0;  ///< 1-based position in the ranking
    Vertex node{};
    double score = 0;
    std::size_t relations = 0;  ///< relations of the node in the view
};
/// Scores of the view's nodes of `kinds` (empty = all), highest first, ties by id; at most `top`
/// rows (0 = all).
[[nodiscard]] std::vector<ScoreRow> centrality(const View& view, Metric m, std::span<const NodeKind> kinds,
                                               std::size_t top);
/// Columns of `stats --metric degree|betweenness` (the score column is named after the metric).
[[nodiscard]] const TableSpec<ScoreRow>& centrality_spec(Metric m);
[[nodiscard]] Table centrality_table(const Graph& g, std::span<const ScoreRow> rows, Metric m, Lang lang);

/// Agreement between two actors: shared pens (copen), co-voting (covote) or shared sponsorships
/// (cosponsor).
struct PairRow {
    Vertex a{}, b{};                ///< a's id < b's id
    std::vector<Vertex> on;         ///< copen, cosponsor: the dossiers or texts shared; covote: the
                                    ///< texts the two voted on differently; by id
    std::size_t shared = 0;         ///< copen: dossiers shared; covote, cosponsor: texts both voted on or sponsored
    std::size_t agree = 0;          ///< covote: texts both voted the same way
    double coincidence = 0;         ///< covote: sum of 1 per identical vote, 1/2 per vote against an abstention
    std::vector<Evidence> evidence; ///< of every pen, vote or sponsorship counted
    std::optional<Date> first, last;///< the earliest and latest date of what was counted
};
/// copen: pairs holding a pen on the same dossier in overlapping periods inside the window.
/// covote: pairs voting yes, no or abstain on the same text (a non-voting member is not counted),
/// and how often alike: `agree / shared` identical votes, and `coincidence / shared` the
/// voting-coincidence score (yes or no against an abstention is half an agreement, yes against no
/// none). Highest identical-vote rate first, then most texts. cosponsor: pairs sponsoring the same
/// text, most texts first. At most `top` rows (0 = all); `kinds` restricts both actors (empty = all).
[[nodiscard]] std::vector<PairRow> agreement(const View& view, Metric m, std::span<const NodeKind> kinds,
                                             std::size_t top);
/// Columns of `stats --metric copen|covote|cosponsor`.
[[nodiscard]] const TableSpec<PairRow>& agreement_spec(Metric m);
[[nodiscard]] Table agreement_table(const Graph& g, std::span<const PairRow> rows, Metric m, Lang lang);

/// Which rate of a covote pair an agreement network uses (see `agreement`).
enum class AgreementScore : std::uint8_t {
    identical,    ///< identical votes / texts both voted on
    coincidence,  ///< the voting-coincidence score (an abstention against yes or no is half)
};
/// `identical` or `coincidence`; throws UsageError otherwise.
[[nodiscard]] AgreementScore parse_agreement_score(std::string_view s);

/// What an agreement network joins: pairs of `agreement` over the view, kept by thresholds.
struct NetworkOptions {
    Metric metric = Metric::covote;                    ///< covote, cosponsor or copen
    AgreementScore score = AgreementScore::identical;  ///< covote: the rate compared and drawn
    double min_agreement = 0;                          ///< covote: the least rate joined (0-1)
    std::size_t min_shared = 1;                        ///< the fewest texts (copen: dossiers) shared
    std::vector<NodeKind> kinds;                       ///< the actors joined (empty = every kind)
};

/// The agreement network of a view, as a data set that renders and exports like any other (build
/// a Graph of it): the actors of the pairs kept, copied with their names, aliases and evidence, and
/// one undirected `agreement` edge per pair (`agreement:A>B`, A's id < B's), dated from the first
/// to the last text counted, with attributes `metric`; `shared` (texts both voted on, sponsored;
/// copen: dossiers); covote: `agree` (identical votes), `identical` and `coincidence` (the two
/// rates), `agreement` (the rate `score` chose) and `differ_on` (the ids of the texts voted on
/// differently); cosponsor, copen: `on` (the ids shared). Its evidence is one record per source of
/// what was counted (`covote of state:BEL and state:DEU: 122 texts both voted on`); the sources
/// are included. The pairs are `agreement(view, opts.metric, opts.kinds, 0)`, one implementation.
[[nodiscard]] Dataset agreement_network(const View& view, const NetworkOptions& opts);

}  // namespace councilgraph
