// The output of every query, declared once per command: the columns (field, heading, type, width
// class, getter) and the rows' evidence. Tables, JSON and CSV all come from these specs.
#include "query_util.hpp"

#include <councilgraph/rows.hpp>

namespace councilgraph {

using namespace detail;

namespace {

using V = Value;
using VT = ValueType;
using WC = WidthClass;
using Cx = RowContext;

std::int64_t count(std::size_t n) { return static_cast<std::int64_t>(n); }

const Fact& fact_itself(const Fact& f) { return f; }

/// The first quote in `lang` when the evidence has one, else the first quote.
std::string quote_in(const std::vector<Evidence>& evidence, Lang lang) {
    const std::string_view want = to_string(lang);
    for (const auto& ev : evidence)
        if (!ev.quote.empty() && ev.lang == want) return ev.quote;
    for (const auto& ev : evidence)
        if (!ev.quote.empty()) return ev.quote;
    return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Pens

const TableSpec<PenRow>& pens_spec() {
    static const TableSpec<PenRow> spec = [] {
        using R = PenRow;
        auto on_text = [](const Cx& cx, const R& r) { return cx.graph.node(r.fact.to).kind != NodeKind::dossier; };
        TableSpec<R> s;
        s.columns = {
            {shown("dossier", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.dossiers); }},
            {shown("text"), [=](const Cx& cx, const R& r) -> V { return on_text(cx, r) ? cx.name(r.fact.to) : ""; }},
            {shown("holder"), [](const Cx& cx, const R& r) -> V { return cx.name(r.fact.from); }},
            {shown("role", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return attr_text(r.fact.attrs, "role"); }},
            {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.fact.time.str(); }},
            {shown("with", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.with); }},
            {shown("details", VT::text, WC::text),
             [](const Cx&, const R& r) -> V { return details_text(r.fact.attrs, {"role", "partners", "with"}); }},
            {hidden("dossier_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.dossiers); }},
            {hidden("text_id"), [=](const Cx& cx, const R& r) -> V { return on_text(cx, r) ? cx.id(r.fact.to) : ""; }},
            {hidden("holder_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.fact.from); }},
            {hidden("holder_kind"), [](const Cx& cx, const R& r) -> V { return cx.kind(r.fact.from); }},
            {hidden("with_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.with); }},
        };
        add_time_columns(s.columns, [](const R& r) -> const TimeSpan& { return r.fact.time; });
        add_date_note_column(s.columns, [](const R& r) -> const Attrs& { return r.fact.attrs; });
        // `partners`/`with` texts describe the whole period; the WITH column is exact at any date,
        // so the texts go to JSON/CSV only and never contradict the table.
        s.columns.push_back({hidden("partners_note"), [](const Cx&, const R& r) -> V {
            std::string partners;
            for (auto key : {"partners", "with"}) {
                const std::string v = attr_text(r.fact.attrs, key);
                if (!v.empty()) partners += (partners.empty() ? "" : "; ") + v;
            }
            return partners;
        }});
        add_edge_ids_column(s.columns, [](const R& r) -> std::span<const EdgeIndex> { return r.fact.edges; });
        s.evidence = [](const Cx&, const R& r) { return r.fact.evidence; };
        return s;
    }();
    return spec;
}

Table pens_table(const Graph& g, std::span<const PenRow> rows, Lang lang) { return pens_spec().table(rows, {g, lang}); }

// ---------------------------------------------------------------------------------------------
// Vetoes

const TableSpec<VetoRow>& vetoes_spec() {
    static const TableSpec<VetoRow> spec = [] {
        using R = VetoRow;
        auto on_draft = [](const Cx& cx, const R& r) { return cx.graph.node(r.target).kind != NodeKind::dossier; };
        TableSpec<R> s;
        s.columns = {
            {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.time.str(); }},
            {shown("by"), [](const Cx& cx, const R& r) -> V {
                 return r.fact ? cx.name(r.fact->from) : "(not named in the source)";
             }},
            {shown("draft"), [=](const Cx& cx, const R& r) -> V { return on_draft(cx, r) ? cx.name(r.target) : ""; }},
            {shown("dossier", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.dossiers); }},
            {shown("count", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V {
                 return r.count ? V{*r.count} : V{};
             }},
            {shown("details", VT::text, WC::text), [=](const Cx& cx, const R& r) -> V {
                 std::string details;
                 if (r.fact) details = details_text(r.fact->attrs, {"count"});
                 if (on_draft(cx, r)) {
                     const std::string res = attr_text(cx.graph.node(r.target).attrs, "result");
                     if (!res.empty()) details = "result=" + res + (details.empty() ? "" : "; " + details);
                 }
                 return details;
             }},
            {hidden("by_id"), [](const Cx& cx, const R& r) -> V { return r.fact ? cx.id(r.fact->from) : ""; }},
            {hidden("draft_id"), [=](const Cx& cx, const R& r) -> V { return on_draft(cx, r) ? cx.id(r.target) : ""; }},
            {hidden("dossier_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.dossiers); }},
        };
        add_time_columns(s.columns, [](const R& r) -> const TimeSpan& { return r.time; });
        add_edge_ids_column(s.columns, [](const R& r) -> std::span<const EdgeIndex> {
            return r.fact ? std::span<const EdgeIndex>(r.fact->edges) : std::span<const EdgeIndex>();
        });
        s.evidence = [](const Cx&, const R& r) { return r.evidence; };
        return s;
    }();
    return spec;
}

Table vetoes_table(const Graph& g, std::span<const VetoRow> rows, Lang lang) {
    return vetoes_spec().table(rows, {g, lang});
}

// ---------------------------------------------------------------------------------------------
// Votes and sponsors

namespace {

/// votes and sponsors: the text, when, who, the key attribute (vote or role), [with], dossier...
TableSpec<TextRow> text_spec(std::string text_field, std::string who_field, std::string key, bool with_column) {
    using R = TextRow;
    TableSpec<R> s;
    s.columns = {
        {shown(text_field), [](const Cx& cx, const R& r) -> V { return cx.name(r.fact.to); }},
        {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.fact.time.str(); }},
        {shown(who_field), [](const Cx& cx, const R& r) -> V { return cx.name(r.fact.from); }},
        {shown(key, VT::text, WC::fixed), [key](const Cx&, const R& r) -> V { return attr_text(r.fact.attrs, key); }},
    };
    if (with_column)
        s.columns.push_back({shown("with", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.with); }});
    s.columns.push_back({shown("dossier", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.dossiers); }});
    s.columns.push_back({shown("details", VT::text, WC::text), [key](const Cx&, const R& r) -> V {
        return details_text(r.fact.attrs, {key});
    }});
    s.columns.push_back({hidden(text_field + "_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.fact.to); }});
    s.columns.push_back({hidden(who_field + "_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.fact.from); }});
    s.columns.push_back({hidden("dossier_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.dossiers); }});
    if (with_column)
        s.columns.push_back({hidden("with_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.with); }});
    add_fact_columns(s.columns, [](const R& r) -> const Fact& { return r.fact; });
    s.evidence = [](const Cx&, const R& r) { return r.fact.evidence; };
    return s;
}

}  // namespace

const TableSpec<TextRow>& votes_spec() {
    static const TableSpec<TextRow> spec = text_spec("on", "state", "vote", false);
    return spec;
}
Table votes_table(const Graph& g, std::span<const TextRow> rows, Lang lang) { return votes_spec().table(rows, {g, lang}); }

const TableSpec<TextRow>& sponsors_spec() {
    static const TableSpec<TextRow> spec = text_spec("of", "sponsor", "role", true);
    return spec;
}
Table sponsors_table(const Graph& g, std::span<const TextRow> rows, Lang lang) {
    return sponsors_spec().table(rows, {g, lang});
}

// ---------------------------------------------------------------------------------------------
// Chairs, members, presidencies, positions, candidacies

namespace {

/// A spec over plain facts: `cols`, then the time, date note and edge id columns, and the evidence.
TableSpec<Fact> fact_spec(std::vector<ColumnSpec<Fact>> cols) {
    TableSpec<Fact> s;
    s.columns = std::move(cols);
    add_fact_columns(s.columns, fact_itself);
    s.evidence = [](const Cx&, const Fact& f) { return f.evidence; };
    return s;
}

V from_name(const Cx& cx, const Fact& f) { return cx.name(f.from); }
V to_name(const Cx& cx, const Fact& f) { return cx.name(f.to); }
V from_id(const Cx& cx, const Fact& f) { return cx.id(f.from); }
V to_id(const Cx& cx, const Fact& f) { return cx.id(f.to); }
V when(const Cx&, const Fact& f) { return f.time.str(); }
/// A getter of one attribute's text.
auto attr(std::string key) {
    return [key = std::move(key)](const Cx&, const Fact& f) -> V { return attr_text(f.attrs, key); };
}
/// The `details` column: the attributes not shown in a column of their own.
ColumnSpec<Fact> details(std::initializer_list<std::string_view> shown_keys) {
    std::vector<std::string> keys(shown_keys.begin(), shown_keys.end());
    return {shown("details", VT::text, WC::text), [keys](const Cx&, const Fact& f) -> V {
                std::string s;
                for (const auto& [k, v] : f.attrs) {
                    if (is_date_note(k) || std::find(keys.begin(), keys.end(), k) != keys.end()) continue;
                    s += (s.empty() ? "" : "; ") + k + "=" + to_string(v);
                }
                return s;
            }};
}

}  // namespace

const TableSpec<Fact>& chairs_spec() {
    static const TableSpec<Fact> spec = fact_spec({
        {shown("body"), to_name},
        {shown("holder"), from_name},
        {shown("role", VT::text, WC::fixed), attr("role")},
        {shown("when", VT::text, WC::fixed), when},
        details({"role"}),
        {hidden("body_id"), to_id},
        {hidden("body_kind"), [](const Cx& cx, const Fact& f) -> V { return cx.kind(f.to); }},
        {hidden("holder_id"), from_id},
    });
    return spec;
}
Table chairs_table(const Graph& g, std::span<const Fact> rows, Lang lang) { return chairs_spec().table(rows, {g, lang}); }

namespace {

/// The UN regional groups of a state: its `member` relations of type `regional group`, by name.
std::vector<Vertex> regional_groups(const Graph& g, Vertex v) {
    std::vector<Vertex> out;
    for (auto [it, end] = boost::out_edges(v, g.bgl()); it != end; ++it) {
        const Edge& e = g.bgl()[*it];
        if (e.kind != EdgeKind::member || attr_text(e.attrs, "type") != "regional group") continue;
        const Vertex t = boost::target(*it, g.bgl());
        if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

const TableSpec<Fact>& members_spec() {
    static const TableSpec<Fact> spec = fact_spec({
        {shown("member"), from_name},
        {shown("type", VT::text, WC::fixed), attr("type")},
        {shown("when", VT::text, WC::fixed), when},
        {shown("term"), attr("term")},
        {shown("body"), to_name},
        details({"type", "term"}),
        {hidden("member_id"), from_id},
        {hidden("body_id"), to_id},
        {hidden("group", VT::list), [](const Cx& cx, const Fact& f) -> V { return cx.names(regional_groups(cx.graph, f.from)); }},
    });
    return spec;
}
Table members_table(const Graph& g, std::span<const Fact> rows, Lang lang) {
    return members_spec().table(rows, {g, lang});
}

const TableSpec<Fact>& presidencies_spec() {
    static const TableSpec<Fact> spec = fact_spec({
        {shown("when", VT::text, WC::fixed), when},
        {shown("state"), from_name},
        {shown("body"), to_name},
        details({}),
        {hidden("state_id"), from_id},
        {hidden("body_id"), to_id},
    });
    return spec;
}
Table presidencies_table(const Graph& g, std::span<const Fact> rows, Lang lang) {
    return presidencies_spec().table(rows, {g, lang});
}

const TableSpec<Fact>& positions_spec() {
    static const TableSpec<Fact> spec = fact_spec({
        {shown("actor"), from_name},
        {shown("stance", VT::text, WC::fixed), attr("stance")},
        {shown("on"), to_name},
        {shown("when", VT::text, WC::fixed), when},
        {shown("summary", VT::text, WC::text), attr("summary")},
        {shown("quote", VT::text, WC::text), [](const Cx& cx, const Fact& f) -> V { return quote_in(f.evidence, cx.lang); }},
        details({"stance", "summary"}),
        {hidden("actor_id"), from_id},
        {hidden("actor_kind"), [](const Cx& cx, const Fact& f) -> V { return cx.kind(f.from); }},
        {hidden("on_id"), to_id},
        {hidden("on_kind"), [](const Cx& cx, const Fact& f) -> V { return cx.kind(f.to); }},
    });
    return spec;
}
Table positions_table(const Graph& g, std::span<const Fact> rows, Lang lang) {
    return positions_spec().table(rows, {g, lang});
}

const TableSpec<Fact>& candidacies_spec() {
    static const TableSpec<Fact> spec = fact_spec({
        {shown("state"), from_name},
        {shown("body"), to_name},
        {shown("term", VT::text, WC::fixed, "TERM SOUGHT"), attr("term")},
        {shown("stated", VT::text, WC::fixed), when},
        details({"term"}),
        {hidden("state_id"), from_id},
        {hidden("body_id"), to_id},
    });
    return spec;
}
Table candidacies_table(const Graph& g, std::span<const Fact> rows, Lang lang) {
    return candidacies_spec().table(rows, {g, lang});
}

// ---------------------------------------------------------------------------------------------
// Questions

const TableSpec<QuestionRow>& questions_spec() {
    static const TableSpec<QuestionRow> spec = [] {
        using R = QuestionRow;
        TableSpec<R> s;
        s.columns = {
            {shown("asked_by"), [](const Cx& cx, const R& r) -> V { return cx.name(r.fact.from); }},
            {shown("party", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.parties); }},
            {shown("to"), [](const Cx& cx, const R& r) -> V { return cx.name(r.fact.to); }},
            {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.fact.time.str(); }},
            {shown("question", VT::text, WC::text), [](const Cx&, const R& r) -> V { return attr_text(r.fact.attrs, "question"); }},
            {shown("details", VT::text, WC::text), [](const Cx&, const R& r) -> V { return details_text(r.fact.attrs, {"question"}); }},
            {hidden("topic"), [](const Cx&, const R& r) -> V { return attr_text(r.fact.attrs, "topic"); }},
            {hidden("asked_by_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.fact.from); }},
            {hidden("asked_by_kind"), [](const Cx& cx, const R& r) -> V { return cx.kind(r.fact.from); }},
            {hidden("party_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.parties); }},
            {hidden("to_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.fact.to); }},
        };
        add_fact_columns(s.columns, [](const R& r) -> const Fact& { return r.fact; });
        s.evidence = [](const Cx&, const R& r) { return r.fact.evidence; };
        return s;
    }();
    return spec;
}
Table questions_table(const Graph& g, std::span<const QuestionRow> rows, Lang lang) {
    return questions_spec().table(rows, {g, lang});
}

// ---------------------------------------------------------------------------------------------
// Paths and stats

std::vector<PathRow> path_rows(const Graph& g, std::span<const PathStep> steps, Vertex a) {
    std::vector<PathRow> out;
    Vertex at = a;
    for (const auto& s : steps) {
        const Vertex next = s.forward ? g.target(s.edge) : g.source(s.edge);
        out.push_back({out.size() + 1, s, at, next});
        at = next;
    }
    return out;
}

const TableSpec<PathRow>& path_spec() {
    static const TableSpec<PathRow> spec = [] {
        using R = PathRow;
        auto edge = [](const Cx& cx, const R& r) -> const Edge& { return cx.graph.edge(r.walk.edge); };
        TableSpec<R> s;
        // The row names the ends as walked; `direction` says whether that is the edge's own.
        s.columns = {
            {shown("step", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V { return count(r.step); }},
            {shown("from"), [](const Cx& cx, const R& r) -> V { return cx.name(r.from); }},
            {shown("relation", VT::text, WC::fixed),
             [=](const Cx& cx, const R& r) -> V { return std::string(to_string(edge(cx, r).kind)); }},
            {shown("to"), [](const Cx& cx, const R& r) -> V { return cx.name(r.to); }},
            {shown("when", VT::text, WC::fixed), [=](const Cx& cx, const R& r) -> V { return edge(cx, r).time.str(); }},
            {shown("details", VT::text, WC::text), [=](const Cx& cx, const R& r) -> V { return details_text(edge(cx, r).attrs, {}); }},
            {hidden("direction"), [](const Cx&, const R& r) -> V { return r.walk.forward ? "forward" : "backward"; }},
            {hidden("from_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.from); }},
            {hidden("to_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.to); }},
        };
        auto text = [](const std::optional<Date>& d) { return d ? d->str() : std::string(); };
        s.columns.push_back({hidden("date"), [=](const Cx& cx, const R& r) -> V { return text(edge(cx, r).time.date); }});
        s.columns.push_back({hidden("start"), [=](const Cx& cx, const R& r) -> V { return text(edge(cx, r).time.start); }});
        s.columns.push_back({hidden("end"), [=](const Cx& cx, const R& r) -> V { return text(edge(cx, r).time.end); }});
        s.columns.push_back({hidden("edge_ids", VT::list), [=](const Cx& cx, const R& r) -> V {
            return std::vector<std::string>{edge(cx, r).id};
        }});
        s.evidence = [=](const Cx& cx, const R& r) { return edge(cx, r).evidence; };
        return s;
    }();
    return spec;
}

Table path_table(const Graph& g, std::span<const PathStep> steps, Vertex a, Lang lang) {
    return path_spec().table(path_rows(g, steps, a), {g, lang});
}

const TableSpec<ScoreRow>& centrality_spec(Metric m) {
    auto make = [](std::string score, ValueType type) {
        using R = ScoreRow;
        TableSpec<R> s;
        s.columns = {
            {shown("rank", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V { return count(r.rank); }},
            {shown("name"), [](const Cx& cx, const R& r) -> V { return cx.name(r.node); }},
            {shown("kind", VT::text, WC::fixed), [](const Cx& cx, const R& r) -> V { return cx.kind(r.node); }},
            {shown(std::move(score), type, WC::fixed), [type](const Cx&, const R& r) -> V {
                 if (type == VT::integer) return static_cast<std::int64_t>(r.score);
                 return r.score;
             }},
            {shown("relations", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V { return count(r.relations); }},
            {hidden("id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.node); }},
        };
        return s;
    };
    static const TableSpec<ScoreRow> degree = make("degree", VT::integer);
    static const TableSpec<ScoreRow> betweenness = make("betweenness", VT::number);
    if (m != Metric::degree && m != Metric::betweenness) throw UsageError("centrality: the metric must be degree or betweenness");
    return m == Metric::degree ? degree : betweenness;
}

Table centrality_table(const Graph& g, std::span<const ScoreRow> rows, Metric m, Lang lang) {
    return centrality_spec(m).table(rows, {g, lang});
}

const TableSpec<PairRow>& agreement_spec(Metric m) {
    auto make = [](Metric k) {
        using R = PairRow;
        const bool covote = k == Metric::covote;
        TableSpec<R> s;
        s.columns = {
            {shown("a"), [](const Cx& cx, const R& r) -> V { return cx.name(r.a); }},
            {shown("b"), [](const Cx& cx, const R& r) -> V { return cx.name(r.b); }},
            {shown(k == Metric::copen ? "dossiers" : "texts", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V { return count(r.shared); }},
        };
        if (covote) {
            s.columns.push_back({shown("agree", VT::integer, WC::fixed), [](const Cx&, const R& r) -> V { return count(r.agree); }});
            s.columns.push_back({shown("rate", VT::number, WC::fixed), [](const Cx&, const R& r) -> V {
                return r.shared ? static_cast<double>(r.agree) / static_cast<double>(r.shared) : 0.0;
            }});
            s.columns.push_back({shown("coincidence", VT::number, WC::fixed), [](const Cx&, const R& r) -> V {
                return r.shared ? r.coincidence / static_cast<double>(r.shared) : 0.0;
            }});
        }
        const std::string on = covote ? "differ_on" : "on";
        s.columns.push_back({shown(on, VT::list, WC::text, covote ? "DIFFER ON" : ""), [](const Cx& cx, const R& r) -> V { return cx.names(r.on); }});
        s.columns.push_back({hidden("a_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.a); }});
        s.columns.push_back({hidden("b_id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.b); }});
        s.columns.push_back({hidden(on + "_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.on); }});
        s.evidence = [](const Cx&, const R& r) { return r.evidence; };
        return s;
    };
    static const TableSpec<PairRow> copen = make(Metric::copen);
    static const TableSpec<PairRow> covote = make(Metric::covote);
    static const TableSpec<PairRow> cosponsor = make(Metric::cosponsor);
    if (m != Metric::copen && m != Metric::covote && m != Metric::cosponsor)
        throw UsageError("agreement: the metric must be copen, covote or cosponsor");
    return m == Metric::copen ? copen : m == Metric::covote ? covote : cosponsor;
}

Table agreement_table(const Graph& g, std::span<const PairRow> rows, Metric m, Lang lang) {
    return agreement_spec(m).table(rows, {g, lang});
}

// ---------------------------------------------------------------------------------------------
// Relations as stated (show, ego)

const TableSpec<EdgeIndex>& edge_spec() {
    static const TableSpec<EdgeIndex> spec = [] {
        using R = EdgeIndex;
        auto e = [](const Cx& cx, R i) -> const Edge& { return cx.graph.edge(i); };
        auto text = [](const std::optional<Date>& d) { return d ? d->str() : std::string(); };
        TableSpec<R> s;
        s.columns = {
            {shown("relation", VT::text, WC::fixed), [=](const Cx& cx, const R& i) -> V { return std::string(to_string(e(cx, i).kind)); }},
            {shown("from"), [](const Cx& cx, const R& i) -> V { return cx.name(cx.graph.source(i)); }},
            {shown("to"), [](const Cx& cx, const R& i) -> V { return cx.name(cx.graph.target(i)); }},
            {shown("when", VT::text, WC::fixed), [=](const Cx& cx, const R& i) -> V { return e(cx, i).time.str(); }},
            {shown("details", VT::text, WC::text), [=](const Cx& cx, const R& i) -> V { return attrs_text(e(cx, i).attrs); }},
            {hidden("from_id"), [](const Cx& cx, const R& i) -> V { return cx.id(cx.graph.source(i)); }},
            {hidden("to_id"), [](const Cx& cx, const R& i) -> V { return cx.id(cx.graph.target(i)); }},
            {hidden("from_kind"), [](const Cx& cx, const R& i) -> V { return cx.kind(cx.graph.source(i)); }},
            {hidden("to_kind"), [](const Cx& cx, const R& i) -> V { return cx.kind(cx.graph.target(i)); }},
            {hidden("date"), [=](const Cx& cx, const R& i) -> V { return text(e(cx, i).time.date); }},
            {hidden("start"), [=](const Cx& cx, const R& i) -> V { return text(e(cx, i).time.start); }},
            {hidden("end"), [=](const Cx& cx, const R& i) -> V { return text(e(cx, i).time.end); }},
            {hidden("id"), [=](const Cx& cx, const R& i) -> V { return e(cx, i).id; }},
        };
        s.evidence = [=](const Cx& cx, const R& i) { return e(cx, i).evidence; };
        return s;
    }();
    return spec;
}

Table edge_table(const Graph& g, std::span<const EdgeIndex> edges, Lang lang) {
    return edge_spec().table(edges, {g, lang});
}

}  // namespace councilgraph
