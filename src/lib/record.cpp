// `resolutions` and `meetings`: texts and meetings selected by their own dates, so that a meeting
// with no relation in the window still counts (about one meeting in ten has no outcome and no
// dossier the mapping knows).
#include "query_util.hpp"

#include <councilgraph/record.hpp>

#include <algorithm>
#include <tuple>

namespace councilgraph {

using namespace detail;

namespace {

using V = Value;
using VT = ValueType;
using WC = WidthClass;
using Cx = RowContext;

constexpr std::string_view outcome_names[] = {"adopted", "vetoed", "failed", "none"};

/// The nodes the view's dossier scope holds (all when the selection names no dossier).
std::vector<char> dossier_scope(const View& view) {
    const Graph& g = view.graph();
    if (!view.selection().dossier) return std::vector<char>(g.node_count(), 1);
    static constexpr NodeKind dossier_kind[] = {NodeKind::dossier};
    return scope_of(g, g.resolve(*view.selection().dossier, dossier_kind));
}

/// Whether a node is selected by the view's window and provenance, on its own date and evidence
/// (and, for provenance, the evidence of `also`: its outcome relations).
bool node_selected(const View& view, Vertex v, std::span<const EdgeIndex> also) {
    const Graph& g = view.graph();
    const Selection& sel = view.selection();
    // An undated text or meeting cannot be counted in a year: a bounded window leaves it out.
    const TimeSpan& life = g.node(v).life;
    if (!sel.window.unbounded() && life.undated()) return false;
    if (!life.days().overlaps(sel.window)) return false;
    if (sel.sources.empty()) return true;
    auto from = [&](const std::vector<Evidence>& evs) {
        return std::any_of(evs.begin(), evs.end(), [&](const Evidence& e) { return evidence_from(e, sel.sources); });
    };
    if (from(g.node(v).evidence)) return true;
    return std::any_of(also.begin(), also.end(), [&](EdgeIndex i) { return from(g.edge(i).evidence); });
}

void add_evidence(std::vector<Evidence>& out, const std::vector<Evidence>& evs) {
    for (const auto& e : evs)
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
}

/// Edges of `kind` into `v`, in id order.
std::vector<EdgeIndex> in_of(const Graph& g, Vertex v, EdgeKind kind) {
    std::vector<EdgeIndex> out;
    for (auto [it, end] = boost::in_edges(v, g.bgl()); it != end; ++it)
        if (g.bgl()[*it].edge->kind == kind) out.push_back(g.index(*it));
    std::sort(out.begin(), out.end());
    return out;
}

/// Sort key of a time: undated last, then by first day, then last day.
std::tuple<bool, std::int32_t, std::int32_t> when_key(const TimeSpan& t) {
    const DayRange d = t.days();
    return {t.undated(), d.lo, d.hi};
}

/// The text's outcome as one word.
std::string outcome_of(const Graph& g, Vertex v, bool vetoed) {
    const Node& n = g.node(v);
    switch (n.kind) {
        case NodeKind::resolution: return "adopted";
        case NodeKind::statement: {
            const std::string type = attr_text(n.attrs, "type");
            return type.empty() || type == "presidential" ? "adopted" : "issued";
        }
        default: break;
    }
    if (vetoed) return "vetoed";
    return attr_text(n.attrs, "result");
}

bool wanted(std::span<const std::string> outcomes, std::string_view o) {
    return outcomes.empty() || std::find(outcomes.begin(), outcomes.end(), o) != outcomes.end();
}

}  // namespace

std::vector<std::string> parse_outcomes(std::string_view list) {
    std::vector<std::string> out;
    for (std::size_t p = 0; p <= list.size();) {
        auto c = list.find(',', p);
        if (c == std::string_view::npos) c = list.size();
        const std::string item(list.substr(p, c - p));
        if (std::find(std::begin(outcome_names), std::end(outcome_names), item) == std::end(outcome_names))
            throw UsageError("--outcome: expected adopted, vetoed, failed or none (comma-separated), got '" + item + "'");
        out.push_back(item);
        p = c + 1;
    }
    return out;
}

std::vector<TextOutcomeRow> query_resolutions(const View& view, const RecordFilter& f, Lang lang) {
    const Graph& g = view.graph();
    const auto scope = dossier_scope(view);
    static constexpr NodeKind all_texts[] = {NodeKind::resolution, NodeKind::statement, NodeKind::draft};
    const std::span<const NodeKind> kinds = f.kinds.empty() ? std::span<const NodeKind>(all_texts) : f.kinds;
    std::vector<TextOutcomeRow> rows;
    for (NodeKind k : kinds)
        for (Vertex v : g.nodes_of(k)) {
            if (!scope[v]) continue;
            const auto outcomes = in_of(g, v, EdgeKind::outcome);
            if (!node_selected(view, v, outcomes)) continue;
            const auto vetoes = in_of(g, v, EdgeKind::veto);
            TextOutcomeRow r;
            r.text = v;
            r.outcome = outcome_of(g, v, !vetoes.empty());
            if (!wanted(f.outcomes, r.outcome)) continue;
            const Node& n = g.node(v);
            r.time = n.life;
            add_evidence(r.evidence, n.evidence);
            for (EdgeIndex i : outcomes) {
                const Vertex m = g.source(i);
                if (std::find(r.meetings.begin(), r.meetings.end(), m) == r.meetings.end()) r.meetings.push_back(m);
                if (r.tally.empty()) r.tally = attr_text(g.edge(i).attrs, "vote");
                add_evidence(r.evidence, g.edge(i).evidence);
            }
            for (EdgeIndex i : vetoes) {
                const Vertex s = g.source(i);
                if (std::find(r.vetoed_by.begin(), r.vetoed_by.end(), s) == r.vetoed_by.end()) r.vetoed_by.push_back(s);
                add_evidence(r.evidence, g.edge(i).evidence);
            }
            std::sort(r.vetoed_by.begin(), r.vetoed_by.end(),
                      [&](Vertex a, Vertex b) { return fold(g.node(a).name.in(lang)) < fold(g.node(b).name.in(lang)); });
            if (r.tally.empty()) {
                int yes = 0, no = 0, abstain = 0;
                for (EdgeIndex i : in_of(g, v, EdgeKind::vote)) {
                    const std::string vote = attr_text(g.edge(i).attrs, "vote");
                    yes += vote == "yes";
                    no += vote == "no";
                    abstain += vote == "abstain";
                }
                if (yes + no + abstain > 0) {
                    r.tally = std::to_string(yes) + "-" + std::to_string(no) + "-" + std::to_string(abstain);
                    r.tally_counted = true;
                }
            }
            r.dossiers = dossiers_of(g, v);
            r.topic = attr_text(n.attrs, "topic");
            if (r.topic.empty()) r.topic = attr_text(n.attrs, "agenda_item");
            if (r.topic.empty())
                for (Vertex m : r.meetings)
                    if (r.topic = attr_text(g.node(m).attrs, "topic"); !r.topic.empty()) break;
            rows.push_back(std::move(r));
        }
    std::sort(rows.begin(), rows.end(), [&](const TextOutcomeRow& a, const TextOutcomeRow& b) {
        return std::tuple{when_key(a.time), g.node(a.text).kind, g.node(a.text).id} <
               std::tuple{when_key(b.time), g.node(b.text).kind, g.node(b.text).id};
    });
    return rows;
}

std::vector<MeetingRow> query_meetings(const View& view, const RecordFilter& f, Lang) {
    const Graph& g = view.graph();
    const auto scope = dossier_scope(view);
    std::vector<MeetingRow> rows;
    for (Vertex m : g.nodes_of(NodeKind::meeting)) {
        if (!scope[m]) continue;
        std::vector<EdgeIndex> outcomes;
        for (auto [it, end] = boost::out_edges(m, g.bgl()); it != end; ++it)
            if (g.bgl()[*it].edge->kind == EdgeKind::outcome) outcomes.push_back(g.index(*it));
        std::sort(outcomes.begin(), outcomes.end());
        if (!node_selected(view, m, outcomes)) continue;
        MeetingRow r;
        r.meeting = m;
        r.time = g.node(m).life;
        add_evidence(r.evidence, g.node(m).evidence);
        for (EdgeIndex i : outcomes) {
            const Vertex t = g.target(i);
            if (std::find(r.texts.begin(), r.texts.end(), t) != r.texts.end()) continue;
            r.texts.push_back(t);
            std::string res = attr_text(g.edge(i).attrs, "result");
            if (res.empty()) res = outcome_of(g, t, !in_of(g, t, EdgeKind::veto).empty());
            r.results.push_back(res);
            add_evidence(r.evidence, g.edge(i).evidence);
        }
        if (!f.outcomes.empty()) {
            const bool any = std::any_of(r.results.begin(), r.results.end(), [&](const std::string& o) { return wanted(f.outcomes, o); });
            if (!any && !(r.results.empty() && wanted(f.outcomes, "none"))) continue;
        }
        r.dossiers = dossiers_of(g, m);
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [&](const MeetingRow& a, const MeetingRow& b) {
        return std::tuple{when_key(a.time), attr_text(g.node(a.meeting).attrs, "record"), g.node(a.meeting).id} <
               std::tuple{when_key(b.time), attr_text(g.node(b.meeting).attrs, "record"), g.node(b.meeting).id};
    });
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Columns

namespace {

/// A text's symbol as the record writes it (`S/RES/2449 (2018)`, `S/2019/961`), else its name.
std::string symbol_of(const Cx& cx, Vertex v) {
    const std::string s = attr_text(cx.graph.node(v).attrs, "symbol");
    return s.empty() ? cx.name(v) : s;
}

/// A resolution's number (from `res:2449`), else nothing.
V number_of(const Cx& cx, Vertex v) {
    const Node& n = cx.graph.node(v);
    if (n.kind != NodeKind::resolution || !n.id.starts_with("res:")) return {};
    std::int64_t x = 0;
    for (char c : std::string_view(n.id).substr(4)) {
        if (c < '0' || c > '9') return {};
        x = x * 10 + (c - '0');
    }
    return x;
}

/// The meetings' records (`S/PV.8690`), else their names.
std::vector<std::string> records_of(const Cx& cx, std::span<const Vertex> meetings) {
    std::vector<std::string> out;
    for (Vertex m : meetings) {
        const std::string rec = attr_text(cx.graph.node(m).attrs, "record");
        out.push_back(rec.empty() ? cx.name(m) : rec);
    }
    return out;
}

}  // namespace

const TableSpec<TextOutcomeRow>& resolutions_spec() {
    static const TableSpec<TextOutcomeRow> spec = [] {
        using R = TextOutcomeRow;
        TableSpec<R> s;
        s.columns = {
            {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.time.str(); }},
            {shown("symbol", VT::text, WC::name), [](const Cx& cx, const R& r) -> V { return symbol_of(cx, r.text); }},
            {shown("outcome", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.outcome; }},
            {shown("tally", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.tally; }},
            {shown("vetoed_by", VT::list, WC::name, "VETOED BY"), [](const Cx& cx, const R& r) -> V { return cx.names(r.vetoed_by); }},
            {shown("dossier", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.dossiers); }},
            {shown("topic", VT::text, WC::text), [](const Cx&, const R& r) -> V { return r.topic; }},
            {shown("meeting", VT::list, WC::fixed), [](const Cx& cx, const R& r) -> V { return records_of(cx, r.meetings); }},
            {hidden("kind"), [](const Cx& cx, const R& r) -> V { return cx.kind(r.text); }},
            {hidden("number", VT::integer), [](const Cx& cx, const R& r) -> V { return number_of(cx, r.text); }},
            {hidden("title"), [](const Cx& cx, const R& r) -> V {
                 const std::string t = attr_text(cx.graph.node(r.text).attrs, "title");
                 return t.empty() ? cx.name(r.text) : t;
             }},
            {hidden("id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.text); }},
            {hidden("tally_source"), [](const Cx&, const R& r) -> V {
                 return r.tally.empty() ? "" : r.tally_counted ? "votes" : "meeting record";
             }},
            {hidden("vetoed_by_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.vetoed_by); }},
            {hidden("dossier_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.dossiers); }},
            {hidden("meeting_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.meetings); }},
        };
        add_time_columns(s.columns, [](const R& r) -> const TimeSpan& { return r.time; });
        s.evidence = [](const Cx&, const R& r) { return r.evidence; };
        return s;
    }();
    return spec;
}

Table resolutions_table(const Graph& g, std::span<const TextOutcomeRow> rows, Lang lang) {
    return resolutions_spec().table(rows, {g, lang});
}

const TableSpec<MeetingRow>& meetings_spec() {
    static const TableSpec<MeetingRow> spec = [] {
        using R = MeetingRow;
        TableSpec<R> s;
        auto outcomes = [](const R& r) {
            std::vector<std::string> out;
            for (const auto& o : r.results)
                if (std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
            std::sort(out.begin(), out.end());
            return out;
        };
        s.columns = {
            {shown("when", VT::text, WC::fixed), [](const Cx&, const R& r) -> V { return r.time.str(); }},
            {shown("record", VT::text, WC::fixed), [](const Cx& cx, const R& r) -> V {
                 return attr_text(cx.graph.node(r.meeting).attrs, "record");
             }},
            {shown("topic", VT::text, WC::text), [](const Cx& cx, const R& r) -> V {
                 const std::string t = attr_text(cx.graph.node(r.meeting).attrs, "topic");
                 return t.empty() ? cx.name(r.meeting) : t;
             }},
            {shown("outcome", VT::list, WC::fixed), [=](const Cx&, const R& r) -> V { return outcomes(r); }},
            {shown("texts", VT::list), [](const Cx& cx, const R& r) -> V {
                 std::vector<std::string> out;
                 for (std::size_t i = 0; i < r.texts.size(); ++i) out.push_back(symbol_of(cx, r.texts[i]) + " " + r.results[i]);
                 return out;
             }},
            {shown("dossier", VT::list), [](const Cx& cx, const R& r) -> V { return cx.names(r.dossiers); }},
            {hidden("id"), [](const Cx& cx, const R& r) -> V { return cx.id(r.meeting); }},
            {hidden("name"), [](const Cx& cx, const R& r) -> V { return cx.name(r.meeting); }},
            {hidden("text_ids", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.texts); }},
            {hidden("text_outcomes", VT::list), [](const Cx&, const R& r) -> V { return r.results; }},
            {hidden("dossier_id", VT::list), [](const Cx& cx, const R& r) -> V { return cx.ids(r.dossiers); }},
        };
        add_time_columns(s.columns, [](const R& r) -> const TimeSpan& { return r.time; });
        s.evidence = [](const Cx&, const R& r) { return r.evidence; };
        return s;
    }();
    return spec;
}

Table meetings_table(const Graph& g, std::span<const MeetingRow> rows, Lang lang) {
    return meetings_spec().table(rows, {g, lang});
}

}  // namespace councilgraph
