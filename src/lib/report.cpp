// Term reports: the queries of query.hpp, asked for one state and one window, turned into
// sections of sourced lines. Nothing here reads the data directly that a query already answers.
#include <councilgraph/report.hpp>

#include <councilgraph/error.hpp>
#include <councilgraph/label.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/view.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace councilgraph {

namespace {

std::string name_of(const Graph& g, Vertex v, Lang lang) { return g.node(v).name.in(lang); }

std::string names_of(const Graph& g, const std::vector<Vertex>& vs, Lang lang) {
    std::string s;
    for (Vertex v : vs) s += (s.empty() ? "" : ", ") + name_of(g, v, lang);
    return s;
}

// Curation notes and the attributes a line already says in words are not repeated as details.
bool shown_as_detail(std::string_view key) {
    static constexpr std::string_view hidden[] = {"note",      "lang_note", "wording", "also_stated_by", "role",
                                                  "type",      "type_note", "term",    "vote",           "draft",
                                                  "date_resolved", "period_basis", "stance", "summary", "office",
                                                  "with", "partners", "seat", "held_by"};
    return std::find(std::begin(hidden), std::end(hidden), key) == std::end(hidden);
}

std::string humanised(std::string_view key) {
    std::string s(key);
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

// `resolutions negotiated: 3; presidential statements: 3`.
std::string details(const Attrs& attrs) {
    std::string s;
    for (const auto& [k, v] : attrs)
        if (shown_as_detail(k)) s += (s.empty() ? "" : "; ") + humanised(k) + ": " + to_string(v);
    return s;
}

// Sources disagree where a merged fact holds two values of one attribute (`a | b`).
bool disagrees(const Attrs& attrs) {
    for (const auto& [k, v] : attrs)
        if (shown_as_detail(k) || k == "role" || k == "type" || k == "vote")
            if (to_string(v).find(" | ") != std::string::npos) return true;
    return false;
}

std::string with_details(std::string text, const Attrs& attrs) {
    const std::string d = details(attrs);
    if (!d.empty()) text += (text.empty() ? "" : " (") + d + (text.empty() ? "" : ")");
    return text;
}

std::string when(const TimeSpan& t) { return t.str(); }

std::string year_range(const Report& r) {
    if (r.from && r.to && r.from->year != r.to->year)
        return std::to_string(r.from->year) + " – " + std::to_string(r.to->year);
    if (r.from) return std::to_string(r.from->year);
    return r.to ? std::to_string(r.to->year) : std::string();
}

struct Builder {
    const Graph& g;
    const Report& r;
    const Words& w;
    Lang lang;
    DayRange window;
    Vertex state;

    [[nodiscard]] std::string word(std::string_view key) const { return w.get(lang, key); }
    [[nodiscard]] std::string value(std::string_view v) const { return w.value(lang, v); }

    [[nodiscard]] Selection selection() const {
        Selection s;
        s.window = window;
        return s;
    }
    [[nodiscard]] RelationFilter of_state() const { return {g.node(state).id, std::nullopt}; }

    [[nodiscard]] ReportSection section(std::string key) const {
        ReportSection s;
        s.key = key;
        s.title = word("report.section." + key);
        s.empty_note = word("report.empty." + key);
        return s;
    }
};

ReportSection term_section(const Builder& b, std::vector<Fact>& during) {
    ReportSection s = b.section("term");
    const View all(b.g, Selection{});
    std::vector<Fact> earlier;
    for (Fact& f : query_members(all, b.of_state(), b.lang)) {
        if (f.time.days().overlaps(b.window)) during.push_back(std::move(f));
        else if (f.time.days().hi < b.window.lo) earlier.push_back(std::move(f));
    }
    for (const Fact& f : during) {
        const auto type = f.attrs.find("type");
        std::string text = type != f.attrs.end() ? b.value(to_string(type->second)) : b.word("report.member");
        if (!f.time.undated()) text += ", " + when(f.time);
        if (auto t = f.attrs.find("term"); t != f.attrs.end()) text += " (" + b.word("report.term") + " " + to_string(t->second) + ")";
        s.items.push_back({name_of(b.g, f.to, b.lang), text, f.evidence, disagrees(f.attrs)});
    }
    if (!earlier.empty()) {
        std::string text;
        std::vector<Evidence> ev;
        for (const Fact& f : earlier) {
            text += (text.empty() ? "" : "; ") + when(f.time);
            ev.insert(ev.end(), f.evidence.begin(), f.evidence.end());
        }
        s.items.push_back({b.word("report.earlier_terms"), text, ev, false});
    }
    for (const Fact& f : query_candidacies(all, b.of_state(), b.lang)) {
        std::string text = name_of(b.g, f.to, b.lang);
        if (auto t = f.attrs.find("term"); t != f.attrs.end()) text += ", " + to_string(t->second);
        if (!f.time.undated()) text += " (" + b.word("report.stated") + " " + when(f.time) + ")";
        s.items.push_back({b.word("report.candidacy"), with_details(text, f.attrs), f.evidence, disagrees(f.attrs)});
    }
    return s;
}

// What the sources state of the term itself (counts, assessments, the slogan): the attributes of
// the membership facts of the window.
ReportSection stated_section(const Builder& b, const std::vector<Fact>& during) {
    ReportSection s = b.section("stated");
    for (const Fact& f : during)
        for (const auto& [k, v] : f.attrs)
            if (shown_as_detail(k) && k != "veto_right")
                s.items.push_back({humanised(k), to_string(v), f.evidence, to_string(v).find(" | ") != std::string::npos});
    return s;
}

// Texts adopted in one month: the outcomes (resolutions, statements) whose life falls in it.
std::vector<Vertex> adopted_in(const Graph& g, const DayRange& month) {
    std::vector<Vertex> out;
    for (NodeKind k : {NodeKind::resolution, NodeKind::statement})
        for (Vertex v : g.nodes_of(k)) {
            const TimeSpan& life = g.node(v).life;
            if (!life.undated() && month.contains(life.days().lo)) out.push_back(v);
        }
    return out;
}

ReportSection presidencies_section(const Builder& b) {
    ReportSection s = b.section("presidencies");
    const View v(b.g, b.selection());
    for (const Fact& f : query_presidencies(v, b.of_state(), b.lang)) {
        const DayRange month = f.time.days();
        std::size_t meetings = 0;
        std::vector<Evidence> ev = f.evidence;
        for (Vertex m : b.g.nodes_of(NodeKind::meeting)) {
            const TimeSpan& life = b.g.node(m).life;
            if (!life.undated() && month.contains(life.days().lo)) ++meetings;
        }
        std::string text = name_of(b.g, f.to, b.lang);
        if (meetings) text += "; " + b.w.fill(b.lang, "report.meetings", {{"n", std::to_string(meetings)}});
        const auto adopted = adopted_in(b.g, month);
        if (!adopted.empty()) {
            text += "; " + b.w.fill(b.lang, "report.adopted", {{"n", std::to_string(adopted.size())}}) + ": " +
                    names_of(b.g, adopted, b.lang);
            for (Vertex a : adopted)
                for (const Evidence& e : b.g.node(a).evidence) ev.push_back(e);
        }
        s.items.push_back({when(f.time), with_details(text, f.attrs), ev, disagrees(f.attrs)});
    }
    return s;
}

ReportSection pens_section(const Builder& b, std::set<Vertex>& pen_dossiers) {
    ReportSection s = b.section("pens");
    const View v(b.g, b.selection());
    for (const PenRow& p : query_pens(v, b.of_state(), b.lang)) {
        pen_dossiers.insert(p.dossiers.begin(), p.dossiers.end());
        std::string text = b.value(to_string(p.fact.attrs.count("role") ? p.fact.attrs.at("role") : AttrValue{std::string("pen")}));
        if (!p.fact.time.undated()) text += ", " + when(p.fact.time);
        if (!p.with.empty()) text += ", " + b.word("report.with") + " " + names_of(b.g, p.with, b.lang);
        s.items.push_back({names_of(b.g, p.dossiers.empty() ? std::vector{p.fact.to} : p.dossiers, b.lang),
                           with_details(text, p.fact.attrs), p.fact.evidence, disagrees(p.fact.attrs)});
    }
    return s;
}

ReportSection chairs_section(const Builder& b) {
    ReportSection s = b.section("chairs");
    const View v(b.g, b.selection());
    for (const Fact& f : query_chairs(v, b.of_state(), b.lang)) {
        std::string text = f.attrs.count("role") ? b.value(to_string(f.attrs.at("role"))) : b.word("edge.chairs");
        if (!f.time.undated()) text += ", " + when(f.time);
        s.items.push_back({name_of(b.g, f.to, b.lang), with_details(text, f.attrs), f.evidence, disagrees(f.attrs)});
    }
    return s;
}

ReportSection vetoes_section(const Builder& b, const std::set<Vertex>& pen_dossiers) {
    ReportSection s = b.section("vetoes");
    const View v(b.g, b.selection());
    // Texts the state sponsored, and how it voted on each text.
    std::set<Vertex> sponsored;
    for (const TextRow& t : query_sponsors(v, b.of_state(), b.lang)) sponsored.insert(t.fact.to);
    std::map<Vertex, std::string> voted;
    for (const TextRow& t : query_votes(v, b.of_state(), b.lang))
        if (auto it = t.fact.attrs.find("vote"); it != t.fact.attrs.end()) voted[t.fact.to] = to_string(it->second);
    // One line per draft: its casters together (China, Russia), the evidence of every veto.
    std::vector<std::pair<const VetoRow*, std::vector<const VetoRow*>>> drafts;
    const auto rows = query_vetoes(v, {}, b.lang);
    for (const VetoRow& row : rows) {
        if (row.count) continue;  // a total stated by a source (Russia ×16 on Syria) is not a veto of the term
        auto it = std::find_if(drafts.begin(), drafts.end(), [&](const auto& d) {
            return d.first->target == row.target && d.first->time.str() == row.time.str();
        });
        if (it == drafts.end()) drafts.push_back({&row, {&row}});
        else it->second.push_back(&row);
    }
    for (const auto& [first, all] : drafts) {
        std::string casters;
        std::vector<Evidence> ev;
        bool conflict = false;
        for (const VetoRow* row : all) {
            casters += (casters.empty() ? "" : ", ") + (row->fact ? name_of(b.g, row->fact->from, b.lang) : b.word("report.caster_unnamed"));
            for (const Evidence& e : row->evidence)
                if (std::find(ev.begin(), ev.end(), e) == ev.end()) ev.push_back(e);
            conflict = conflict || (row->fact && disagrees(row->fact->attrs));
        }
        const VetoRow& row = *first;
        std::string text = casters;
        if (!row.time.undated()) text += ", " + when(row.time);
        if (!row.dossiers.empty() && row.dossiers != std::vector{row.target})
            text += " — " + names_of(b.g, row.dossiers, b.lang);
        std::vector<std::string> marks;
        for (Vertex d : row.dossiers)
            if (pen_dossiers.count(d)) {
                marks.push_back(b.w.fill(b.lang, "report.held_pen", {{"name", name_of(b.g, b.state, b.lang)}, {"dossier", name_of(b.g, d, b.lang)}}));
                break;
            }
        if (sponsored.count(row.target))
            marks.push_back(b.w.fill(b.lang, "report.sponsored", {{"name", name_of(b.g, b.state, b.lang)}}));
        if (auto it = voted.find(row.target); it != voted.end())
            marks.push_back(b.w.fill(b.lang, "report.voted", {{"name", name_of(b.g, b.state, b.lang)}, {"vote", b.value(it->second)}}));
        for (const auto& m : marks) text += "; " + m;
        s.items.push_back({name_of(b.g, row.target, b.lang), text, ev, conflict});
    }
    return s;
}

ReportSection votes_section(const Builder& b) {
    ReportSection s = b.section("votes");
    const View v(b.g, b.selection());
    const auto rows = query_votes(v, b.of_state(), b.lang);
    if (rows.empty()) return s;
    std::map<std::string, std::size_t> counts;
    std::vector<Evidence> all;
    for (const TextRow& t : rows) {
        const auto it = t.fact.attrs.find("vote");
        const std::string vote = it == t.fact.attrs.end() ? std::string("?") : to_string(it->second);
        ++counts[vote];
        if (vote != "yes") {
            std::string text = b.value(vote);
            if (!t.fact.time.undated()) text += ", " + when(t.fact.time);
            if (!t.dossiers.empty()) text += " — " + names_of(b.g, t.dossiers, b.lang);
            s.items.push_back({name_of(b.g, t.fact.to, b.lang), text, t.fact.evidence, disagrees(t.fact.attrs)});
        } else {
            all.insert(all.end(), t.fact.evidence.begin(), t.fact.evidence.end());
        }
    }
    std::string summary;
    for (const auto& [vote, n] : counts) summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + b.value(vote);
    // The yes votes are counted, not listed: their records stand behind the count.
    s.items.insert(s.items.begin(), ReportItem{b.w.fill(b.lang, "report.votes_cast", {{"n", std::to_string(rows.size())}}), summary, all, false});
    return s;
}

ReportSection sponsored_section(const Builder& b) {
    ReportSection s = b.section("sponsored");
    const View v(b.g, b.selection());
    for (const TextRow& t : query_sponsors(v, b.of_state(), b.lang)) {
        const auto role = t.fact.attrs.find("role");
        std::string text = role == t.fact.attrs.end() ? std::string() : b.value(to_string(role->second));
        if (!t.fact.time.undated()) text += (text.empty() ? "" : ", ") + when(t.fact.time);
        if (!t.with.empty())
            text += ", " + (t.with.size() <= 5 ? b.word("report.with") + " " + names_of(b.g, t.with, b.lang)
                                               : b.w.fill(b.lang, "report.cosponsors", {{"n", std::to_string(t.with.size())}}));
        if (!t.dossiers.empty()) text += " — " + names_of(b.g, t.dossiers, b.lang);
        s.items.push_back({name_of(b.g, t.fact.to, b.lang), text, t.fact.evidence, disagrees(t.fact.attrs)});
    }
    return s;
}

ReportSection resolutions_section(const Builder& b) {
    ReportSection s = b.section("resolutions");
    std::map<std::string, std::vector<Vertex>> by_dossier;  // by dossier name; "" = no dossier
    std::size_t total = 0;
    std::vector<Evidence> every;  // the record of each text, once, behind the total
    for (Vertex v : b.g.nodes_of(NodeKind::resolution)) {
        const TimeSpan& life = b.g.node(v).life;
        if (life.undated() || !b.window.contains(life.days().lo)) continue;
        ++total;
        every.insert(every.end(), b.g.node(v).evidence.begin(), b.g.node(v).evidence.end());
        const auto ds = dossiers_of(b.g, v);
        if (ds.empty()) by_dossier[""].push_back(v);
        for (Vertex d : ds) by_dossier[name_of(b.g, d, b.lang)].push_back(v);
    }
    if (total == 0) return s;
    std::vector<std::pair<std::string, std::vector<Vertex>>> groups(by_dossier.begin(), by_dossier.end());
    // Most texts first; the unlinked ones last.
    std::stable_sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) {
        if (x.first.empty() != y.first.empty()) return y.first.empty();
        return x.second.size() > y.second.size();
    });
    for (const auto& [dossier, texts] : groups) {
        std::vector<Evidence> ev;
        for (Vertex t : texts)
            for (const Evidence& e : b.g.node(t).evidence) ev.push_back(e);
        std::string lead = dossier.empty() ? b.word("report.no_dossier") : dossier;
        s.items.push_back({lead, std::to_string(texts.size()) + ": " + names_of(b.g, texts, b.lang), ev, false});
    }
    s.items.insert(s.items.begin(), ReportItem{b.word("report.adopted_total"), std::to_string(total), every, false});
    return s;
}

ReportSection people_section(const Builder& b, std::vector<Vertex>& people) {
    ReportSection s = b.section("people");
    const View v(b.g, b.selection());
    for (EdgeIndex i : v.edges_of(EdgeKind::represents)) {
        if (b.g.target(i) != b.state) continue;
        const Edge& e = b.g.edge(i);
        const Vertex p = b.g.source(i);
        if (std::find(people.begin(), people.end(), p) == people.end()) people.push_back(p);
        std::string text = e.attrs.count("office") ? to_string(e.attrs.at("office")) : b.word("edge.represents");
        if (!e.time.undated()) text += ", " + when(e.time);
        s.items.push_back({name_of(b.g, p, b.lang), with_details(text, e.attrs), e.evidence, false});
    }
    std::stable_sort(s.items.begin(), s.items.end(), [](const ReportItem& x, const ReportItem& y) { return x.lead < y.lead; });
    return s;
}

ReportSection positions_section(const Builder& b, const std::vector<Vertex>& people) {
    ReportSection s = b.section("positions");
    const View v(b.g, b.selection());
    std::vector<Vertex> actors{b.state};
    actors.insert(actors.end(), people.begin(), people.end());
    for (Vertex a : actors)
        for (const Fact& f : query_positions(v, {b.g.node(a).id, std::nullopt}, b.lang)) {
            std::string text;
            if (auto st = f.attrs.find("stance"); st != f.attrs.end()) text = b.value(to_string(st->second));
            if (auto su = f.attrs.find("summary"); su != f.attrs.end()) text += (text.empty() ? "" : ": ") + to_string(su->second);
            if (a != b.state) text += " (" + name_of(b.g, a, b.lang) + ")";
            if (!f.time.undated()) text += ", " + when(f.time);
            s.items.push_back({name_of(b.g, f.to, b.lang), text, f.evidence, disagrees(f.attrs)});
        }
    return s;
}

// The latest elected Council term of the state in the data, as whole years.
std::pair<Date, Date> latest_term(const Graph& g, Vertex state, const Words& w, Lang lang) {
    const View all(g, Selection{});
    std::optional<TimeSpan> best;
    for (const Fact& f : query_members(all, {g.node(state).id, std::nullopt}, lang)) {
        const DayRange d = f.time.days();
        if (d.lo == DayRange::min || d.hi == DayRange::max) continue;
        if (!best || d.lo > best->days().lo) best = f.time;
    }
    if (!best)
        throw UsageError("report: " + w.fill(lang, "report.no_term", {{"name", g.node(state).name.in(lang)}}));
    const Date lo = best->start ? *best->start : *best->date;
    const Date hi = best->end ? *best->end : (best->date ? *best->date : lo);
    return {Date{lo.year, 1, 1}, Date{hi.year, 12, 31}};
}

}  // namespace

std::pair<Date, Date> parse_term(std::string_view term) {
    const auto bad = [&] { return UsageError("--term: expected YYYY-YYYY or YYYY (e.g. 2019-2020), not '" + std::string(term) + "'"); };
    const auto dash = term.find('-');
    const std::string_view a = term.substr(0, dash);
    const std::string_view z = dash == std::string_view::npos ? a : term.substr(dash + 1);
    const auto year = [&](std::string_view y) {
        if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) throw bad();
        return std::stoi(std::string(y));
    };
    const int from = year(a), to = year(z);
    if (to < from) throw UsageError("--term: " + std::string(term) + " ends before it starts");
    return {Date{from, 1, 1}, Date{to, 12, 31}};
}

Report build_report(const Graph& g, const ReportRequest& req, const Words& words) {
    static constexpr NodeKind states[] = {NodeKind::state};
    Report r;
    r.lang = req.lang;
    r.state = g.resolve(req.state, states);  // a name of another kind is a NameError naming what it is
    r.from = req.from;
    r.to = req.to;
    if (!r.from && !r.to) std::tie(r.from, r.to) = latest_term(g, r.state, words, req.lang);
    const DayRange window = window_between(r.from, r.to);
    const std::string name = g.node(r.state).name.in(req.lang);
    r.title = words.fill(req.lang, "report.title", {{"name", name}, {"years", year_range(r)}});
    r.window_text = TimeSpan{std::nullopt, r.from, r.to}.str();

    const Builder b{g, r, words, req.lang, window, r.state};
    std::vector<Fact> during;
    std::set<Vertex> pen_dossiers;
    std::vector<Vertex> people;
    ReportSection term = term_section(b, during);
    ReportSection pens = pens_section(b, pen_dossiers);
    ReportSection people_s = people_section(b, people);
    r.sections.push_back(std::move(term));
    r.sections.push_back(stated_section(b, during));
    r.sections.push_back(presidencies_section(b));
    r.sections.push_back(std::move(pens));
    r.sections.push_back(chairs_section(b));
    r.sections.push_back(vetoes_section(b, pen_dossiers));
    r.sections.push_back(votes_section(b));
    r.sections.push_back(sponsored_section(b));
    r.sections.push_back(resolutions_section(b));
    r.sections.push_back(positions_section(b, people));
    r.sections.push_back(std::move(people_s));
    for (const auto& s : r.sections)
        for (const auto& item : s.items) {
            const bool quoted = std::any_of(item.evidence.begin(), item.evidence.end(), [](const Evidence& e) { return !e.quote.empty(); });
            ++(quoted ? r.curated_lines : r.imported_lines);
        }
    return r;
}

std::vector<ReportDiagram> report_diagrams(const Graph& g, const Report& r, const Theme& theme) {
    std::vector<ReportDiagram> out;
    Selection sel;
    sel.window = window_between(r.from, r.to);
    sel.around = g.node(r.state).id;
    sel.depth = 1;
    sel.edge_kinds = {EdgeKind::pen, EdgeKind::chairs, EdgeKind::presides, EdgeKind::position, EdgeKind::represents,
                      EdgeKind::candidate, EdgeKind::sponsors, EdgeKind::veto};
    const std::string name = g.node(r.state).name.in(r.lang);
    const auto add = [&](std::string key, const Selection& s, DiagramOptions o) {
        const View view(g, s);
        if (view.edges().empty()) return;
        o.lang = r.lang;
        o.title = theme.words.fill(r.lang, "report.diagram." + key, {{"name", name}, {"years", year_range(r)}});
        out.push_back({key, o.title, build_diagram(view, theme, o)});
    };
    DiagramOptions network;
    network.by_dossier = true;
    add("network", sel, network);
    Selection tl = sel;
    tl.edge_kinds = {EdgeKind::pen, EdgeKind::chairs, EdgeKind::presides, EdgeKind::candidate};
    DiagramOptions timeline;
    timeline.timeline = true;
    add("timeline", tl, timeline);
    return out;
}

namespace {

// One footnote per distinct set of evidence (a line's sources), numbered in order of first use:
// two lines stated by the same passages share a number.
struct Footnotes {
    std::vector<const std::vector<Evidence>*> notes;
    std::optional<std::size_t> number(const std::vector<Evidence>& ev) {
        if (ev.empty()) return std::nullopt;
        for (std::size_t n = 0; n < notes.size(); ++n)
            if (*notes[n] == ev) return n + 1;
        notes.push_back(&ev);
        return notes.size();
    }
};

// `seed-000, L451-456: “quote”` or `dhl-vetoes: line 12: ...`; the sources' titles are listed once.
std::string evidence_text(const Evidence& e) {
    std::string s = e.source;
    if (!e.locator.empty()) s += ", " + e.locator;
    if (!e.record.empty()) s += ": " + e.record;
    if (!e.quote.empty()) s += ": “" + e.quote + "”";
    return s;
}

// The sources the footnotes cite, in id order: `seed-000: Title, 2021-02-03, url`.
std::vector<std::string> cited_sources(const Graph& g, const Footnotes& fn) {
    std::set<std::string> ids;
    for (const auto* ev : fn.notes)
        for (const Evidence& e : *ev) ids.insert(e.source);
    std::vector<std::string> out;
    for (const auto& id : ids) {
        std::string s = id;
        if (const Source* src = g.find_source(id)) {
            if (!src->title.empty()) s += ": " + src->title;
            if (src->date) s += ", " + src->date->str();
            if (!src->url.empty()) s += ", " + src->url;
        }
        out.push_back(s);
    }
    return out;
}

std::string md_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '`' || c == '\\' || c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}


std::string provenance(const Report& r, const Words& w) {
    if (r.curated_lines == 0) return w.get(r.lang, "report.from_record");
    return w.fill(r.lang, "report.from_both", {{"curated", std::to_string(r.curated_lines)}, {"imported", std::to_string(r.imported_lines)}});
}

}  // namespace

std::string report_markdown(const Graph& g, const Report& r, const Words& w, const std::vector<DrawnDiagram>& diagrams) {
    Footnotes fn;
    std::string out = "# " + md_escape(r.title) + "\n\n";
    out += "_" + md_escape(r.window_text) + ". " + md_escape(provenance(r, w)) + "_\n";
    for (const auto& s : r.sections) {
        out += "\n## " + md_escape(s.title) + "\n\n";
        if (s.items.empty()) out += "_" + md_escape(s.empty_note) + "_\n";
        for (const auto& item : s.items) {
            out += "- **" + md_escape(item.lead) + "**";
            if (!item.text.empty()) out += " — " + md_escape(item.text);
            if (item.conflict) out += " _(" + md_escape(w.get(r.lang, "report.conflict")) + ")_";
            if (auto n = fn.number(item.evidence)) out += "[^" + std::to_string(*n) + "]";
            out += "\n";
        }
    }
    if (!diagrams.empty()) {
        out += "\n## " + md_escape(w.get(r.lang, "report.section.diagrams")) + "\n\n";
        for (const auto& d : diagrams) out += "![" + md_escape(d.caption) + "](" + d.file + ")\n\n";
    }
    if (!fn.notes.empty()) {
        out += "\n";
        for (std::size_t n = 0; n < fn.notes.size(); ++n)
{
            out += "[^" + std::to_string(n + 1) + "]:";
            for (std::size_t i = 0; i < fn.notes[n]->size(); ++i)
                out += (i ? " · " : " ") + md_escape(evidence_text((*fn.notes[n])[i]));
            out += "\n";
        }
        out += "\n## " + md_escape(w.get(r.lang, "report.section.sources")) + "\n\n";
        for (const auto& src : cited_sources(g, fn)) out += "- " + md_escape(src) + "\n";
    }
    return out;
}

std::string report_html(const Graph& g, const Report& r, const Words& w, const std::vector<DrawnDiagram>& diagrams) {
    Footnotes fn;
    std::string body;
    for (const auto& s : r.sections) {
        body += "<section id=\"" + s.key + "\"><h2>" + escape_html(s.title) + "</h2>\n";
        if (s.items.empty()) body += "<p class=\"empty\">" + escape_html(s.empty_note) + "</p>\n";
        else body += "<ul>\n";
        for (const auto& item : s.items) {
            body += "<li><b>" + escape_html(item.lead) + "</b>";
            if (!item.text.empty()) body += " — " + escape_html(item.text);
            if (item.conflict) body += " <em class=\"conflict\">(" + escape_html(w.get(r.lang, "report.conflict")) + ")</em>";
            if (auto n = fn.number(item.evidence)) {
                const std::string k = std::to_string(*n);
                body += "<sup><a href=\"#fn" + k + "\">" + k + "</a></sup>";
            }
            body += "</li>\n";
        }
        if (!s.items.empty()) body += "</ul>\n";
        body += "</section>\n";
    }
    if (!diagrams.empty()) {
        body += "<section id=\"diagrams\"><h2>" + escape_html(w.get(r.lang, "report.section.diagrams")) + "</h2>\n";
        for (const auto& d : diagrams)
            body += "<figure>" + d.svg + "<figcaption>" + escape_html(d.caption) + "</figcaption></figure>\n";
        body += "</section>\n";
    }
    if (!fn.notes.empty()) {
        body += "<section id=\"notes\"><h2>" + escape_html(w.get(r.lang, "report.section.notes")) + "</h2>\n<ol>\n";
        for (std::size_t n = 0; n < fn.notes.size(); ++n)
{
            body += "<li id=\"fn" + std::to_string(n + 1) + "\">";
            for (std::size_t i = 0; i < fn.notes[n]->size(); ++i)
                body += (i ? "<br>" : "") + escape_html(evidence_text((*fn.notes[n])[i]));
            body += "</li>\n";
        }
        body += "</ol>\n<h3>" + escape_html(w.get(r.lang, "report.section.sources")) + "</h3>\n<ul>\n";
        for (const auto& src : cited_sources(g, fn)) body += "<li>" + escape_html(src) + "</li>\n";
        body += "</ul></section>\n";
    }
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(r.lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    out += "<title>" + escape_html(r.title) + "</title>\n<style>\n"
           "body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}\n"
           "h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}\n"
           ".empty{color:#666;font-style:italic}.conflict{color:#a33}sup a{text-decoration:none}\n"
           "#notes li{font-size:.85em;color:#444}figure{margin:1em 0;overflow:auto}figure svg{max-width:100%;height:auto}\n"
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + escape_html(r.title) + "</h1>\n<p><i>" + escape_html(r.window_text) + ". " +
           escape_html(provenance(r, w)) + "</i></p>\n";
    out += body + "</body>\n</html>\n";
    return out;
}

}  // namespace councilgraph
