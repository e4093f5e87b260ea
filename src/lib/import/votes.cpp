// Per-member votes: one row per (draft, member state). Two layouts: the VotingAgent extract
// (Year, Date, Resolution, Meeting, Draft, ..., Submitted by, Outcome results, Vote, Member State,
// ID) and the DHL "Security Council Voting Data" (undl_id, ms_code, ms_name, ms_vote, date,
// resolution, draft, ...). Rows are handled per draft (a group of rows), because the facts that
// settle a row (the meeting's date, its tally, the veto list) are about the draft.
#include "common.hpp"

#include <algorithm>
#include <charconv>
#include <regex>
#include <set>

namespace councilgraph {

namespace {

using detail::Builder;

constexpr std::string_view nbsp = "\xC2\xA0";

/// Trims ASCII white space and non-breaking spaces; says whether a non-breaking space was cut.
std::string trim_all(std::string_view s, bool* had_nbsp = nullptr) {
    bool cut = false;
    for (bool again = true; again;) {
        again = false;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
        if (s.starts_with(nbsp)) s.remove_prefix(nbsp.size()), cut = again = true;
        if (s.ends_with(nbsp)) s.remove_suffix(nbsp.size()), cut = again = true;
    }
    if (had_nbsp) *had_nbsp = *had_nbsp || cut;
    return std::string(s);
}

std::string lines_of(int first, int last, std::size_t n) {
    return first == last ? "line " + std::to_string(first)
                         : "lines " + std::to_string(first) + "-" + std::to_string(last) + ", " + std::to_string(n) + " rows";
}

std::string tally_str(const std::array<int, 3>& t) {
    return std::to_string(t[0]) + "-" + std::to_string(t[1]) + "-" + std::to_string(t[2]);
}

std::optional<std::array<int, 3>> parse_tally(std::string_view s) {
    static const std::regex re(R"((\d{1,2})-(\d{1,2})-(\d{1,2}))");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(s.begin(), s.end(), m, re)) return std::nullopt;
    return std::array<int, 3>{std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str())};
}

/// One input row in either layout, as the fields this import uses.
struct In {
    int line = 0;
    std::string group, date, resolution, meeting, draft, agenda, topic, submitted, outcome, vote, member, code;
    std::vector<std::string> corrected;  // corrections.json entries applied, reported with the row
};

/// A draft put to the vote: its rows and what they say about it, settled once.
struct Group {
    std::vector<In> rows;
    std::string key;                // the file's draft id (VotingAgent `ID`) or a composite key
    std::string symbol;             // S/yyyy/nnn, or empty
    std::string symbols;            // every symbol the Draft cell names, `; `-joined
    std::string draft_note;         // free text after the symbol ("as orally revised")
    bool amendment = false, oral = false;
    int res_num = 0, res_year = 0;  // adopted resolution, 0 when none
    std::string result;             // adopted | vetoed | failed
    std::optional<Date> date;       // as the file gives it
    std::string target;             // res:N or draft:...
    bool skip = false;
    std::vector<std::string> repairs, warnings;  // group notes, on its first line
    [[nodiscard]] int first() const { return rows.front().line; }
    [[nodiscard]] int last() const { return rows.back().line; }
};

/// `8188`, `PV.8780`, `S/PV.9072`, `S/PV9180` → `meeting:S/PV.<n>`; empty for the VTC numbers (`V131`).
std::string meeting_id(std::string_view m) {
    static const std::regex re(R"((?:S/)?(?:PV\.?)?(\d{3,5}))");
    std::match_results<std::string_view::const_iterator> r;
    if (!std::regex_match(m.begin(), m.end(), r, re)) return {};
    return "meeting:S/PV." + r[1].str();
}

/// The vote values of both layouts → the data format's words.
std::string vote_word(std::string_view v) {
    const std::string f = fold(v);
    if (f == "yes" || f == "y") return "yes";
    if (f == "no" || f == "n") return "no";
    if (f == "abstain" || f == "abstention" || f == "a") return "abstain";
    if (f == "x" || f == "non voting" || f == "not voting" || f == "absent") return "non-voting";
    return {};
}

/// State names → ids: the existing states' names and aliases, then names.json.
class StateNames {
public:
    StateNames(const ImportMappings& maps, const ExistingData& existing) : maps_(maps) {
        // A state's own name before another's alias: "Congo" is the Republic of the Congo even
        // where the curated data gives the Democratic Republic of the Congo that alias.
        for (const auto& [id, n] : existing.nodes()) {
            if (n.kind != NodeKind::state) continue;
            for (const auto* s : {&n.name.en, &n.name.nl, &n.name.fr})
                if (!s->empty()) by_name_.emplace(fold(*s), id);
            by_name_.emplace(fold(id.substr(6)), id);  // ISO3 codes (the DHL layout's ms_code)
        }
        for (const auto& [id, n] : existing.nodes())
            if (n.kind == NodeKind::state)
                for (const auto& a : n.aliases) by_alias_.emplace(fold(a), id);
    }
    [[nodiscard]] std::string find(std::string_view name) const {
        const auto key = fold(name);
        if (key.empty()) return {};
        if (auto it = maps_.names.find(key); it != maps_.names.end()) return it->second;
        if (auto it = by_name_.find(key); it != by_name_.end()) return it->second;
        if (auto it = by_alias_.find(key); it != by_alias_.end()) return it->second;
        return {};
    }

private:
    const ImportMappings& maps_;
    std::map<std::string, std::string, std::less<>> by_name_, by_alias_;
};

/// Who held a Council seat when, from the member edges to `body:unsc`; a year counts as covered
/// only when all ten elected seats are known in it (the membership data is incomplete at its ends).
class Seats {
public:
    template <typename Edges>
    explicit Seats(const Edges& edges) {
        std::map<int, std::set<std::string>> elected;
        for (const auto& ref : edges) {
            const Edge& e = deref(ref);
            if (e.kind != EdgeKind::member || e.to != "body:unsc") continue;
            seats_[e.from].push_back(e.time.days());
            auto t = e.attrs.find("type");
            if (t != e.attrs.end() && to_string(t->second) == "elected" && e.time.start && e.time.end)
                for (int y = e.time.start->year; y <= e.time.end->year; ++y) elected[y].insert(e.from);
        }
        for (const auto& [y, states] : elected)
            if (states.size() >= 10) covered_.insert(y);
    }
    [[nodiscard]] bool covers(int year) const { return covered_.contains(year); }
    [[nodiscard]] bool seated(const std::string& state, std::int32_t day) const {
        auto it = seats_.find(state);
        return it != seats_.end() && std::any_of(it->second.begin(), it->second.end(), [&](const DayRange& r) { return r.contains(day); });
    }

private:
    static const Edge& deref(const Edge& e) { return e; }
    static const Edge& deref(const Edge* e) { return *e; }
    std::map<std::string, std::vector<DayRange>, std::less<>> seats_;
    std::set<int> covered_;
};

/// `893 (1994)`, `2367(2017)`, `2541 (2020`, `Resolution 2620 (2022)`, `S/RES/2700 (2023)`,
/// `S/RES/2776/2025` → number and year; the missing parenthesis is a repair.
bool parse_resolution(std::string_view s, int& num, int& year, bool& repaired) {
    static const std::regex re(R"((?:Resolution\s+|S/RES/)?(\d{1,4})\s*(?:\((\d{4})(\)?)|/(\d{4})))");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(s.begin(), s.end(), m, re)) return false;
    num = std::stoi(m[1].str());
    year = std::stoi(m[2].matched ? m[2].str() : m[4].str());
    repaired = m[2].matched && m[3].length() == 0;
    return true;
}

/// The current members' permanent seats at a day, from the mappings.
bool permanent_on(const ImportMappings& maps, const std::string& state, std::int32_t day) {
    return std::any_of(maps.permanent_seats.begin(), maps.permanent_seats.end(),
                       [&](const Edge& s) { return s.from == state && s.time.days().contains(day); });
}

/// Splits a "Submitted by" list into names: on commas and semicolons, then on " and " where the
/// whole piece is not one name ("Spain and Sweden", but not "Bosnia and Herzegovina"); adjacent
/// pieces that are no name alone but one together ("Cabo", "Verde") are joined. Line breaks inside
/// the cell are soft wraps. Every change to a piece is reported.
struct SponsorName {
    std::string raw, name, id;
    std::vector<std::string> fixes;
};

/// `name` as one state, or as states joined by " and ": their ids, empty when some part is none.
std::vector<std::pair<std::string, std::string>> resolve_and(const std::string& name, const StateNames& names, int depth = 0) {
    if (auto id = names.find(name); !id.empty()) return {{name, id}};
    if (depth > 8) return {};
    for (auto p = name.find(" and "); p != std::string::npos; p = name.find(" and ", p + 1)) {
        auto left = trim_all(name.substr(0, p));
        auto right = trim_all(name.substr(p + 5));
        if (right.starts_with("the ")) right = right.substr(4);
        const auto l = names.find(left);
        if (l.empty()) continue;
        auto rest = resolve_and(right, names, depth + 1);
        if (rest.empty()) continue;
        rest.insert(rest.begin(), {left, l});
        return rest;
    }
    return {};
}

std::vector<SponsorName> split_sponsors(std::string s, const StateNames& names, std::vector<std::string>& list_fixes) {
    std::vector<SponsorName> out;
    if (auto p = s.find("_x000D_"); p != std::string::npos) {
        int n = 0;
        for (; p != std::string::npos; p = s.find("_x000D_"), ++n) s.replace(p, 7, " ");
        list_fixes.push_back("the list holds " + std::to_string(n) + " Excel line-break marker" + (n == 1 ? "" : "s") +
                             " '_x000D_' with a line break: read as a space");
    }
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    std::vector<std::string> pieces;
    std::string cur;
    for (char c : s) {
        if (c == ',' || c == ';') {
            pieces.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    pieces.push_back(cur);
    auto clean = [](const std::string& raw, std::vector<std::string>& fixes) {
        std::string t = trim_all(raw);
        if (t.find('"') != std::string::npos) {
            t.erase(std::remove(t.begin(), t.end(), '"'), t.end());
            fixes.push_back("a stray '\"' removed");
        }
        if (t.find('`') != std::string::npos) {
            std::replace(t.begin(), t.end(), '`', '\'');
            fixes.push_back("a backtick read as an apostrophe");
        }
        if (!t.empty() && t.back() == '.') {
            t.pop_back();
            fixes.push_back("a trailing period removed");
        }
        static const std::regex count(R"(\s*\(\d+\)$)");
        if (std::regex_search(t, count)) {
            t = std::regex_replace(t, count, "");
            fixes.push_back("a trailing count removed");
        }
        if (t.find("  ") != std::string::npos) {
            while (t.find("  ") != std::string::npos) t.erase(t.find("  "), 1);
        }
        t = trim_all(t);
        if (t.starts_with("and ")) t = t.substr(4);
        if (t.starts_with("the ")) t = t.substr(4);
        return t;
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        std::vector<std::string> fixes;
        std::string raw = trim_all(pieces[i]);
        std::string name = clean(pieces[i], fixes);
        if (name.empty()) continue;
        auto parts = resolve_and(name, names);
        if (parts.empty() && i + 1 < pieces.size()) {
            // "Cabo,Verde": two pieces that are one name.
            std::vector<std::string> f2;
            const auto next = clean(pieces[i + 1], f2);
            auto joined = resolve_and(name + " " + next, names);
            if (!next.empty() && !joined.empty() && resolve_and(next, names).empty()) {
                raw += "," + trim_all(pieces[i + 1]);
                name += " " + next;
                parts = std::move(joined);
                fixes.push_back("two list items joined into one name");
                for (auto& f : f2) fixes.push_back(f);
                ++i;
            }
        }
        if (parts.empty()) {
            out.push_back({raw, name, {}, fixes});
            continue;
        }
        if (parts.size() > 1) fixes.push_back("split on 'and'");
        for (auto& [n, id] : parts) out.push_back({raw, n, id, fixes});
    }
    return out;
}

}  // namespace

ImportResult import_votes(std::string_view text, const std::string& file, const ImportMappings& maps,
                          const ExistingData& existing) {
    CsvOptions opts;
    opts.skip_comments = true;  // a fixture may say where its rows come from
    CsvTable t(text, file, {}, opts);
    // Which layout: the DHL voting data has `ms_vote`.
    const bool dhl = t.has_column("ms_vote");
    const std::vector<std::string> required =
        dhl ? std::vector<std::string>{"ms_code", "ms_name", "ms_vote", "date", "resolution", "draft"}
            : std::vector<std::string>{"Date", "Resolution", "Meeting", "Draft", "Submitted by", "Outcome results", "Vote", "Member State", "ID"};
    {
        int header_line = 1;  // after the comment lines
        for (std::size_t p = 0; p < text.size() && text[p] == '#'; ++header_line) {
            p = text.find('\n', p);
            p = p == std::string_view::npos ? text.size() : p + 1;
        }
        std::vector<Diagnostic> missing;
        for (const auto& r : required)
            if (!t.has_column(r))
                missing.push_back({Location(file, header_line), "header lacks the column '" + r + "'" +
                                   (dhl ? std::string(" (the DHL voting-data layout, recognised by 'ms_vote')") : std::string(" (the VotingAgent layout; the DHL layout has 'ms_vote')"))});
        if (!missing.empty()) throw DataError(std::move(missing));
    }
    Source src;
    if (dhl) {
        src.id = "undl-votes";
        src.short_title = "UN Digital Library votes";
        src.title = "Security Council Voting Data (UN Dag Hammarskjold Library): how each member voted on each adopted resolution";
        src.file = std::filesystem::path(file).filename().string();
        src.url = "https://digitallibrary.un.org";
        src.note = "UN terms of use; imported by councilgraph import votes";
    } else {
        src.id = "votingagent-votes";
        src.short_title = "Voting-Agent votes 1994-2025";
        src.title = "Security Council votes per member state on every draft put to a vote, 1994 - June 2025 (oliverunv/Voting-Agent, data/sc_voting.xlsx, an extract of a UN Secretariat voting dashboard)";
        src.file = "sc_votes_per_member_votingagent.csv";
        src.url = "https://github.com/oliverunv/Voting-Agent";
        src.note = "No licence stated (public UN voting records); imported by councilgraph import votes; dates, duplicates and tallies settled against the meetings data and the veto list";
    }
    Builder b(maps, existing, file, src);
    const StateNames names(maps, existing);

    // ---- rows → groups (one per draft put to the vote), in file order ----
    std::vector<Group> groups;
    std::map<std::string, std::size_t> group_of;
    for (auto row : t.rows()) {
        In in;
        in.corrected = detail::corrections_applied(maps, t, row, "votes");
        in.line = row.line;
        auto get = [&](const char* c) { return t.has_column(c) ? t.get(row, c) : std::string(); };
        if (dhl) {
            in.date = get("date");
            in.resolution = get("resolution");
            in.draft = get("draft");
            in.meeting = get("meeting");
            in.agenda = get("agenda");
            in.topic = get("description");
            in.outcome = "Adopted";
            in.vote = get("ms_vote");
            in.member = get("ms_name");
            in.code = get("ms_code");
            in.group = in.resolution + '\x1f' + in.draft + '\x1f' + in.date;
        } else {
            in.date = get("Date");
            in.resolution = get("Resolution");
            in.meeting = get("Meeting");
            in.draft = get("Draft");
            in.agenda = get("Agenda item");
            in.topic = get("Topic");
            in.submitted = get("Submitted by");
            in.outcome = get("Outcome results");
            in.vote = get("Vote");
            in.member = get("Member State");
            in.group = get("ID");
        }
        auto [it, fresh] = group_of.emplace(in.group, groups.size());
        if (fresh) {
            groups.emplace_back();
            groups.back().key = dhl ? std::string() : in.group;
        }
        groups[it->second].rows.push_back(std::move(in));
    }

    // Resolutions adopted at each meeting, from the meetings data.
    std::map<std::string, std::vector<std::size_t>> adopted_at;
    for (std::size_t i = 0; i < existing.reference_edges().size(); ++i) {
        const Edge& e = existing.reference_edges()[i];
        if (e.kind == EdgeKind::outcome && e.to.starts_with("res:")) adopted_at[e.from].push_back(i);
    }

    // ---- what each group is about ----
    static const std::regex sym_re(R"([Ss]/(\d{4})[/-](\d+))");
    for (auto& g : groups) {
        const In& f = g.rows.front();
        bool nb = false;
        std::string draft = trim_all(f.draft, &nb);
        std::string res = trim_all(f.resolution, &nb);
        for (auto p = res.find(nbsp); p != std::string::npos; p = res.find(nbsp)) {
            res.replace(p, nbsp.size(), " ");
            nb = true;
        }
        if (nb) g.repairs.push_back("a non-breaking space around the draft or resolution symbol removed");
        for (const auto& r : g.rows)
            if (r.draft != f.draft || r.resolution != f.resolution || r.date != f.date || r.outcome != f.outcome)
                g.warnings.push_back("line " + std::to_string(r.line) + " gives another draft, resolution, date or outcome than line " +
                                     std::to_string(f.line) + " for the same draft id: the first is used");
        static const std::regex draft_sym(R"(S/\d{4}/\d+)"), res_like(R"(S/RES/.*)");
        if (std::regex_match(draft, res_like) && std::regex_match(res, draft_sym)) {
            g.repairs.push_back("Draft '" + draft + "' and Resolution '" + res + "' are swapped: read the other way round");
            std::swap(draft, res);
        }
        // The resolution.
        if (!res.empty()) {
            bool fixed = false;
            if (fold(res) == "missing") {
                g.warnings.push_back("Resolution is 'Missing'");
            } else if (!parse_resolution(res, g.res_num, g.res_year, fixed)) {
                g.warnings.push_back("Resolution '" + res + "' is not a resolution number: ignored");
            } else if (fixed) {
                g.repairs.push_back("Resolution '" + res + "' lacks its closing parenthesis: read as " +
                                    std::to_string(g.res_num) + " (" + std::to_string(g.res_year) + ")");
            }
        }
        // The draft: a symbol, perhaps several, perhaps with words after it; or an amendment.
        const std::string lower = fold(draft);
        g.amendment = lower.find("amendment") != std::string::npos;
        g.oral = g.amendment && draft.find("S/") == std::string::npos && draft.find("s/") == std::string::npos;
        std::vector<std::string> syms;
        bool bad_case = false, dash = false;
        for (auto it = std::sregex_iterator(draft.begin(), draft.end(), sym_re); it != std::sregex_iterator(); ++it) {
            const std::string m = (*it).str();
            bad_case = bad_case || m[0] == 's';
            dash = dash || m.find('-') != std::string::npos;
            syms.push_back("S/" + (*it)[1].str() + "/" + (*it)[2].str());
        }
        if (bad_case) g.repairs.push_back("Draft '" + draft + "' written with a lower-case 's': read as " + syms.front());
        if (dash) g.repairs.push_back("Draft '" + draft + "' has '-' for '/': read as " + syms.front());
        if (!syms.empty()) {
            g.symbol = syms.front();
            for (const auto& s : syms) g.symbols += (g.symbols.empty() ? "" : "; ") + s;
            if (syms.size() > 1) g.warnings.push_back("Draft names " + std::to_string(syms.size()) + " symbols (" + g.symbols + "): filed under the first");
            std::string rest = std::regex_replace(draft, sym_re, "");
            rest = trim_all(rest);
            for (const char* junk : {";", ",", "and"})
                while (rest.starts_with(junk)) rest = trim_all(rest.substr(std::string_view(junk).size()));
            if (!rest.empty() && !g.amendment) g.draft_note = trim_all(draft.substr(draft.find(syms.back().substr(7)) + syms.back().size() - 7));
        } else if (!draft.empty() && !g.oral) {
            g.warnings.push_back("Draft '" + draft + "' is not a draft symbol");
            g.draft_note = draft;
        }
        if (g.amendment)
            g.repairs.push_back("Draft '" + draft + "' is an amendment, not a draft resolution: filed as its own text" +
                                (g.symbol.empty() ? std::string() : " (an amendment to " + g.symbol + ")"));
        // The outcome.
        const std::string oc = fold(f.outcome);
        if (oc.starts_with("adopted")) g.result = "adopted";
        else if (oc.find("veto") != std::string::npos) g.result = "vetoed";
        else if (oc.starts_with("not adopted")) g.result = "failed";
        if (g.result.empty()) {
            g.skip = true;
            g.warnings.push_back("outcome '" + f.outcome + "' is none of the known ones: draft skipped");
        }
        if (g.result == "adopted" && g.res_num == 0 && !g.amendment)
            g.warnings.push_back("adopted, but no resolution number is given");
        if (g.result != "adopted" && g.res_num != 0) {
            g.warnings.push_back("not adopted, but a resolution number is given (" + std::to_string(g.res_num) + "): ignored");
            g.res_num = 0;
        }
        g.date = parse_date(detail::trim(f.date));
        if (!g.date || g.date->precision() != Precision::day) {
            g.skip = true;
            g.warnings.push_back("date '" + f.date + "' is not YYYY-MM-DD: draft skipped");
        }
        // The target node: the resolution, checked against the one the data imported against
        // has under that number; else the resolution adopted at the row's meeting.
        const std::string meeting = meeting_id(trim_all(f.meeting));
        if (g.res_num != 0) {
            g.target = "res:" + std::to_string(g.res_num);
            if (const Node* n = existing.node(g.target)) {
                const auto sym = n->attrs.find("symbol");
                const std::string known = sym == n->attrs.end() ? std::string() : to_string(sym->second);
                const std::string want = "(" + std::to_string(g.res_year) + ")";
                const int draft_year = g.symbol.empty() ? 0 : std::stoi(g.symbol.substr(2, 4));
                const int date_year = g.date ? g.date->year : 0;
                if (!known.empty() && known.find(want) == std::string::npos) {
                    const bool year_typo = known.find("(" + std::to_string(draft_year) + ")") != std::string::npos ||
                                           known.find("(" + std::to_string(date_year) + ")") != std::string::npos;
                    if (year_typo) {
                        g.repairs.push_back("resolution " + std::to_string(g.res_num) + " (" + std::to_string(g.res_year) + ") has a wrong year: " +
                                            known + " in the data imported against, of the draft's year");
                    } else {
                        g.warnings.push_back("resolution " + std::to_string(g.res_num) + " (" + std::to_string(g.res_year) + ") is " + known +
                                             " in the data imported against: the number is wrong");
                        g.target.clear();
                        g.res_num = 0;
                    }
                }
            }
        }
        if (g.result == "adopted" && g.res_num == 0 && !g.amendment && !meeting.empty()) {
            std::set<std::string> adopted;
            for (auto i : adopted_at[meeting]) adopted.insert(existing.reference_edges()[i].to);
            if (adopted.size() == 1) {
                g.target = *adopted.begin();
                g.res_num = std::stoi(g.target.substr(4));
                if (const Node* n = existing.node(g.target); n && n->attrs.contains("symbol")) {
                    const auto sym = to_string(n->attrs.at("symbol"));
                    g.res_year = std::stoi(sym.substr(sym.rfind('(') + 1, 4));
                }
                g.repairs.push_back("filed under " + g.target + ", the one resolution adopted at " + meeting.substr(8) +
                                    " in the data imported against");
            }
        }
        if (g.target.empty()) {
            const std::string day = g.date ? g.date->str() : f.date;
            if (g.oral) g.target = "draft:" + day + "-" + [&] { std::string s; for (char c : lower) s += c == ' ' ? '-' : c; return s; }();
            else if (g.amendment && !g.symbol.empty()) g.target = "draft:" + g.symbol + "-amendment";
            else if (!g.symbol.empty()) g.target = "draft:" + g.symbol;
            else g.target = "draft:" + day + "-unnamed-" + (g.key.empty() ? std::to_string(g.first()) : g.key);
            if (g.symbol.empty() && !g.oral && g.res_num == 0)
                g.warnings.push_back("no draft symbol: filed as " + g.target);
        }
    }

    // ---- the reference facts: dates, tallies and vetoers from the meetings data and veto list ----
    struct Ref {
        std::optional<Date> date;
        std::optional<std::array<int, 3>> tally;
        std::string result;  // adopted | vetoed | failed, when known
        std::set<std::string> vetoers;
        std::string where;   // evidence, for messages
    };
    auto ref_of = [&](const std::string& target) {
        Ref r;
        for (auto i : existing.reference_edges_to(target)) {
            const Edge& e = existing.reference_edges()[i];
            if (e.kind == EdgeKind::outcome) {
                if (!r.date && e.time.date) r.date = e.time.date;
                if (auto v = e.attrs.find("vote"); v != e.attrs.end() && !r.tally) r.tally = parse_tally(to_string(v->second));
                if (auto v = e.attrs.find("result"); v != e.attrs.end() && r.result.empty()) r.result = to_string(v->second);
                if (r.where.empty() && !e.evidence.empty()) r.where = e.evidence.front().source + " " + e.evidence.front().record;
            } else if (e.kind == EdgeKind::veto) {
                r.vetoers.insert(e.from);
                if (!r.date && e.time.date) r.date = e.time.date;
                r.result = "vetoed";
                if (!e.evidence.empty()) r.where = e.evidence.front().source + " " + e.evidence.front().record;
            }
        }
        if (const Node* n = existing.node(target)) {
            for (const char* k : {"adopted", "date"})
                if (auto a = n->attrs.find(k); !r.date && a != n->attrs.end()) r.date = parse_date(to_string(a->second));
            if (auto a = n->attrs.find("result"); r.result.empty() && a != n->attrs.end()) r.result = to_string(a->second);
            if (n->kind == NodeKind::resolution && r.result.empty()) r.result = "adopted";
            if (r.where.empty() && !n->evidence.empty()) r.where = n->evidence.front().source + " " + n->evidence.front().record;
        }
        return r;
    };
    const bool have_meetings = std::any_of(existing.reference_edges().begin(), existing.reference_edges().end(),
                                           [](const Edge& e) { return e.kind == EdgeKind::outcome; });
    if (!have_meetings)
        b.note(0, "the data imported against has no meeting outcomes (import the meetings data first, or pass it with --against): dates and tallies are not checked");

    // ---- drafts given twice: the one the reference data agrees with is kept ----
    {
        std::map<std::string, std::vector<std::size_t>> by_symbol;
        for (std::size_t i = 0; i < groups.size(); ++i)
            if (!groups[i].skip && !groups[i].symbol.empty() && !groups[i].amendment) by_symbol[groups[i].symbol].push_back(i);
        for (auto& [sym, idx] : by_symbol) {
            if (idx.size() < 2) continue;
            const Ref dref = ref_of("draft:" + sym);
            for (std::size_t a = 0; a < idx.size(); ++a)
                for (std::size_t c = a + 1; c < idx.size(); ++c) {
                    Group& x = groups[idx[a]];
                    Group& y = groups[idx[c]];
                    if (x.skip || y.skip) continue;
                    const std::string where_x = lines_of(x.first(), x.last(), x.rows.size());
                    const std::string where_y = lines_of(y.first(), y.last(), y.rows.size());
                    if (x.result == "adopted" && y.result == "adopted" && x.target != y.target) {
                        y.warnings.push_back(sym + " is also given for " + x.target + " (" + where_x +
                                             "): one of the two symbols is wrong; both kept under their resolutions");
                        continue;
                    }
                    // Which one the references support: the veto list, the meetings data's outcome,
                    // the adopted resolution; else the one with a resolution number, else the first.
                    auto support = [&](const Group& g) {
                        const Ref r = ref_of(g.target);
                        int s = 0;
                        if (!r.result.empty() && r.result == g.result) s += 2;
                        if (!dref.result.empty() && dref.result == g.result) s += 2;
                        if (r.date && g.date && r.date->str() == g.date->str()) s += 1;
                        if (g.res_num != 0 || g.result != "adopted") s += 1;  // an adoption without a resolution is suspect
                        return s;
                    };
                    const int sx = support(x), sy = support(y);
                    Group& lose = sy > sx ? x : y;
                    const Group& keep = sy > sx ? y : x;
                    const std::string said = dref.result.empty() ? std::string() : " (the data imported against says " + dref.result +
                                                                                  (dref.where.empty() ? "" : ", " + dref.where) + ")";
                    lose.skip = true;
                    lose.warnings.push_back(sym + " is given twice: as " + lose.result + " here and as " + keep.result + " at " +
                                            lines_of(keep.first(), keep.last(), keep.rows.size()) + said + ": these rows are skipped");
                    (void)where_y;
                }
        }
    }

    // ---- each group: members, votes, settled against the references; then facts ----
    const Seats seats(existing.reference_edges());
    std::set<std::string> unknown_members;
    for (auto& g : groups) {
        const Ref r = ref_of(g.target);
        const std::string span = lines_of(g.first(), g.last(), g.rows.size());
        const std::string label = g.target + (g.symbol.empty() || g.target == "draft:" + g.symbol ? "" : " (" + g.symbol + ")");
        // The date: the meetings data (or veto list) wins.
        std::optional<Date> date = g.date;
        bool date_repaired = false;
        if (!g.skip && g.date) {
            if (r.date && r.date->precision() == Precision::day) {
                if (r.date->str() != g.date->str()) {
                    const Date swapped{g.date->year, g.date->day, g.date->month};
                    const bool is_swap = g.date->day <= 12 && swapped.str() == r.date->str();
                    g.repairs.push_back("date " + g.date->str() + (is_swap ? " has day and month swapped" : " disagrees with the data imported against") +
                                        ": " + r.date->str() + " taken from " + r.where);
                    date = r.date;
                    date_repaired = true;
                }
            } else if (g.date->day <= 12 && g.date->day != g.date->month) {
                g.warnings.push_back("date " + g.date->str() + " may have day and month swapped (day <= 12) and no meeting in the data imported against confirms it: kept");
            }
        }
        // The rows: one vote per state; a state given twice keeps the vote the tally supports.
        struct Vote {
            std::size_t row;
            std::string state, vote;
        };
        std::vector<Vote> votes;
        std::map<std::string, std::vector<std::size_t>> by_state;  // state → indices into votes
        std::map<std::size_t, std::string> row_skip;               // row index → why skipped
        std::map<std::size_t, std::string> row_repair;
        if (!g.skip)
            for (std::size_t i = 0; i < g.rows.size(); ++i) {
                const In& in = g.rows[i];
                std::string state;
                const std::string name = trim_all(in.member);
                if (dhl && !in.code.empty()) state = names.find(trim_all(in.code));
                if (state.empty()) state = names.find(name);
                const std::string v = vote_word(trim_all(in.vote));
                if (state.empty()) {
                    row_skip[i] = "member state '" + name + "' is not in the crosswalk (the membership import, data/mappings/names.json): row skipped";
                    unknown_members.insert(name);
                    continue;
                }
                if (v.empty()) {
                    row_skip[i] = "vote '" + in.vote + "' is none of Yes, No, Abstain (Y, N, A, X): row skipped";
                    continue;
                }
                by_state[state].push_back(votes.size());
                votes.push_back({i, state, v});
            }
        // Duplicates: the same vote twice is one vote; two different votes, the tally decides.
        std::vector<std::string> conflict_states;
        for (auto& [state, idx] : by_state) {
            if (idx.size() < 2) continue;
            std::set<std::string> kinds;
            for (auto k : idx) kinds.insert(votes[k].vote);
            if (kinds.size() > 1) conflict_states.push_back(state);
        }
        std::map<std::string, std::size_t> chosen;  // state → index into votes
        for (auto& [state, idx] : by_state) chosen[state] = idx.front();
        std::string choice_note;
        if (!conflict_states.empty() && conflict_states.size() <= 4) {
            // Try every choice of one vote per conflicting state; keep the one whose tally is the
            // meetings data's.
            std::vector<std::size_t> pick(conflict_states.size(), 0);
            std::optional<std::map<std::string, std::size_t>> found;
            int found_count = 0;
            for (bool more = true; more;) {
                std::map<std::string, std::size_t> c = chosen;
                for (std::size_t k = 0; k < conflict_states.size(); ++k) c[conflict_states[k]] = by_state[conflict_states[k]][pick[k]];
                std::array<int, 3> tl{0, 0, 0};
                for (auto& [s, vi] : c) {
                    const auto& v = votes[vi].vote;
                    tl[v == "yes" ? 0 : v == "no" ? 1 : 2] += v == "non-voting" ? 0 : 1;
                }
                if (r.tally && tl == *r.tally) {
                    if (!found) found = c;
                    ++found_count;
                }
                more = false;
                for (std::size_t k = 0; k < pick.size(); ++k) {
                    if (++pick[k] < by_state[conflict_states[k]].size()) {
                        more = true;
                        break;
                    }
                    pick[k] = 0;
                }
            }
            if (found && found_count == 1) {
                chosen = *found;
                choice_note = "the vote that makes the tally " + tally_str(*r.tally) + " of " + r.where + " is kept";
            } else {
                choice_note = r.tally ? "no single choice gives the tally " + tally_str(*r.tally) + " of " + r.where + ": the first is kept"
                                      : "no tally in the data imported against decides: the first is kept";
            }
        }
        for (auto& [state, idx] : by_state)
            for (auto k : idx) {
                if (chosen[state] == k) continue;
                const Vote& kept = votes[chosen[state]];
                const bool same = votes[k].vote == kept.vote;
                row_skip[votes[k].row] = state + " is given twice for " + label + " (also line " + std::to_string(g.rows[kept.row].line) + ", " +
                                         kept.vote + ")" + (same ? ": the same vote, row skipped" : ", with another vote (" + votes[k].vote + "); " + choice_note + ": row skipped");
            }
        // The tally against the meetings data: Yes and No reversed is repaired; other
        // disagreements are the cross-check's to report.
        std::array<int, 3> tally{0, 0, 0};
        std::size_t kept_rows = 0;
        for (auto& [s, vi] : chosen) {
            const auto& v = votes[vi].vote;
            if (v != "non-voting") ++tally[v == "yes" ? 0 : v == "no" ? 1 : 2];
            ++kept_rows;
        }
        bool reversed = false;
        if (!g.skip && r.tally && tally != *r.tally && tally[0] == (*r.tally)[1] && tally[1] == (*r.tally)[0] && tally[2] == (*r.tally)[2] && tally[0] != tally[1]) {
            reversed = true;
            g.repairs.push_back("tally " + tally_str(tally) + " is " + tally_str(*r.tally) + " in " + r.where + ": Yes and No are reversed here, so each Yes is read as No and each No as Yes");
        }
        if (!g.skip && r.tally && tally != *r.tally && !reversed && date && seats.covers(date->year)) {
            std::string outside;
            for (auto& [st, vi] : chosen)
                if (!seats.seated(st, date->first_day())) outside += (outside.empty() ? "" : ", ") + st;
            if (!outside.empty()) {
                g.skip = true;
                g.warnings.push_back("the rows give the tally " + tally_str(tally) + " where " + r.where + " has " + tally_str(*r.tally) +
                                     ", and name states that held no Council seat on " + date->str() + " in the membership data (" + outside +
                                     "): the rows belong to another vote, all skipped");
            }
        }
        if (!g.skip && kept_rows < 15 && !dhl)
            g.warnings.push_back(std::to_string(kept_rows) + " members recorded where the Council has 15: the others' votes are not in the file");
        if (!g.skip && kept_rows > 15)
            g.warnings.push_back(std::to_string(kept_rows) + " different states recorded where the Council has 15");
        // The file's own outcome against the veto list.
        std::set<std::string> p5_no;
        if (!g.skip && g.date) {
            for (auto& [s, vi] : chosen) {
                std::string v = votes[vi].vote;
                if (reversed && (v == "yes" || v == "no")) v = v == "yes" ? "no" : "yes";
                if (v == "no" && permanent_on(maps, s, date->first_day())) p5_no.insert(s);
            }
            if (g.result == "vetoed" && p5_no.empty())
                g.warnings.push_back("outcome is a veto, but no permanent member votes No here");
            if (g.result == "adopted" && !p5_no.empty() && g.res_num == 0)
                g.warnings.push_back("outcome is 'adopted', but a permanent member votes No and no resolution is given");
        }

        // ---- facts ----
        if (!g.skip) {
            Node n;
            n.id = g.target;
            if (g.res_num != 0) {
                n.kind = NodeKind::resolution;
                n.name = detail::resolution_names(std::to_string(g.res_num) + " (" + std::to_string(g.res_year) + ")");
                n.attrs["symbol"] = "S/RES/" + std::to_string(g.res_num) + " (" + std::to_string(g.res_year) + ")";
                n.attrs["adopted"] = date->str();
                // The draft's symbol is on its votes and sponsorships (`draft`); the graph makes
                // it an alias of the resolution (derive_draft_symbols), whoever defines the node.
            } else {
                n.kind = NodeKind::draft;
                n.name = g.oral ? detail::oral_amendment_names(date->str())
                       : g.amendment ? detail::amendment_names(g.symbol)
                       : g.symbol.empty() ? detail::unnamed_draft_names(date->str())
                                          : detail::draft_names(g.symbol);
                if (!g.symbol.empty() && !g.amendment) n.attrs["symbol"] = g.symbol;
                if (g.amendment && !g.symbol.empty()) n.attrs["amends"] = g.symbol;
                n.attrs["result"] = g.result;
                n.attrs["date"] = date->str();
            }
            const In& f = g.rows.front();
            if (!trim_all(f.agenda).empty()) n.attrs["agenda_item"] = trim_all(f.agenda);
            if (!trim_all(f.topic).empty()) n.attrs["topic"] = trim_all(f.topic);
            if (!g.draft_note.empty()) n.attrs["draft_note"] = g.draft_note;
            if (g.symbols.find(';') != std::string::npos) n.attrs["drafts"] = g.symbols;
            n.evidence.push_back(b.record(g.first(), (g.key.empty() ? "" : "ID " + g.key + ": ") + (g.symbol.empty() ? g.target : g.symbol)));
            b.define(std::move(n));
        }
        // Sponsors, once per draft.
        std::vector<std::pair<std::string, std::vector<std::string>>> sponsor_ids;  // id, fixes
        std::vector<std::string> sponsor_notes;
        const std::string submitted = g.rows.front().submitted;
        if (!g.skip && !detail::trim(submitted).empty() && fold(submitted) != "president") {
            std::vector<std::string> list_fixes;
            const auto list = split_sponsors(submitted, names, list_fixes);
            for (const auto& f : list_fixes) g.repairs.push_back("Submitted by: " + f);
            std::vector<std::pair<std::string, std::string>> read_as;  // raw → what it was read as, with the fixes
            for (const auto& s : list) {
                if (s.id.empty()) {
                    sponsor_notes.push_back("sponsor '" + s.raw + "' is not a state in the crosswalk: not imported");
                    continue;
                }
                if (!s.fixes.empty()) {
                    std::string fx;
                    for (const auto& x : s.fixes) fx += (fx.empty() ? "" : ", ") + x;
                    if (!read_as.empty() && read_as.back().first == s.raw) read_as.back().second.insert(read_as.back().second.find(" ("), ", '" + s.name + "'");
                    else read_as.push_back({s.raw, "'" + s.name + "' (" + fx + ")"});
                }
                if (std::none_of(sponsor_ids.begin(), sponsor_ids.end(), [&](const auto& p) { return p.first == s.id; }))
                    sponsor_ids.push_back({s.id, s.fixes});
                else
                    sponsor_notes.push_back("sponsor '" + s.raw + "' is listed twice: once imported");
            }
            for (const auto& [raw, as] : read_as) g.repairs.push_back("sponsor '" + raw + "' read as " + as);
        }
        for (auto& w : sponsor_notes) g.warnings.push_back(std::move(w));

        // The group's notes on its first line, then each row.
        for (std::size_t i = 0; i < g.rows.size(); ++i) {
            const In& in = g.rows[i];
            b.begin_row(in.line);
            for (const auto& c : in.corrected) b.repaired(in.line, c);
            if (i == 0) {
                for (auto* list : {&g.repairs, &g.warnings}) {
                    std::vector<std::string> once;
                    for (auto& w : *list)
                        if (std::find(once.begin(), once.end(), w) == once.end()) once.push_back(std::move(w));
                    *list = std::move(once);
                }
                for (const auto& w : g.repairs) b.repaired(in.line, label + ": " + w + (g.rows.size() > 1 ? " (" + span + ")" : ""));
                for (const auto& w : g.warnings) {
                    const std::string msg = label + ": " + w + (g.rows.size() > 1 ? " (" + span + ")" : "");
                    if (g.skip) b.skip(in.line, msg);
                    else b.warn(in.line, msg);
                }
                if (g.skip && g.warnings.empty()) b.skip(in.line, label + ": skipped (" + span + ")");
            } else if (g.skip) {
                b.covered_by_group_note(Builder::GroupNote::skipped);
            } else if (!g.repairs.empty()) {
                b.covered_by_group_note(Builder::GroupNote::repaired);
            } else if (!g.warnings.empty()) {
                b.covered_by_group_note(Builder::GroupNote::warned);
            }
            if (g.skip) {
                b.end_row();
                continue;
            }
            if (auto s = row_skip.find(i); s != row_skip.end()) {
                b.skip(in.line, s->second);
                b.end_row();
                continue;
            }
            // This row's vote.
            const auto vit = std::find_if(votes.begin(), votes.end(), [&](const Vote& v) { return v.row == i; });
            if (vit == votes.end()) {
                b.end_row();
                continue;
            }
            std::string v = vit->vote;
            if (reversed && (v == "yes" || v == "no")) v = v == "yes" ? "no" : "yes";
            if (trim_all(in.member) != detail::trim(in.member))
                b.repaired(in.line, "member state '" + in.member + "' has stray spaces");
            if (!b.need(vit->state)) {
                b.skip(in.line, "no node for " + vit->state + " (import the membership data first, or pass it with --against): row skipped");
                b.end_row();
                continue;
            }
            Edge e;
            e.kind = EdgeKind::vote;
            e.from = vit->state;
            e.to = g.target;
            e.time.date = date;
            e.attrs["vote"] = v;
            if (!g.symbol.empty()) e.attrs["draft"] = g.symbol;
            e.evidence.push_back(b.record(in.line, (g.key.empty() ? "" : "ID " + g.key + ": ") + (g.symbol.empty() ? g.target : g.symbol) + " " +
                                                       trim_all(in.member) + " " + trim_all(in.vote)));
            b.add(std::move(e));
            (void)date_repaired;
            b.end_row();
        }
        // What the text concerns, from its agenda item, where the meetings data does not say (it
        // ends in 2022; the votes run to 2025): the meeting tables' mapping of agenda titles.
        if (!g.skip && !b.existing().has_concerns(g.target)) {
            const std::string agenda = trim_all(g.rows.front().agenda);
            const std::string dossier = agenda.empty() ? std::string() : detail::find_dossier(maps, "meetings.topic", agenda);
            if (!dossier.empty() && b.need(dossier)) {
                Edge c;
                c.kind = EdgeKind::concerns;
                c.from = g.target;
                c.to = dossier;
                c.evidence.push_back(b.record(g.first(), (g.key.empty() ? "" : "ID " + g.key + ": ") + "Agenda item"));
                b.add(std::move(c));
            }
        }
        // A permanent member's No on a draft that had the nine votes it needed is a veto. The veto
        // list is the reference (its vetoes are not given again); the vote record supplies those it
        // does not name, above all the vetoes after its end (8 July 2022), marked as derived.
        if (!g.skip && date && g.res_num == 0 && !p5_no.empty() && (reversed ? tally[1] : tally[0]) >= 9) {
            const std::array<int, 3> real = reversed ? std::array<int, 3>{tally[1], tally[0], tally[2]} : tally;
            for (const auto& state : p5_no) {
                bool listed = false;
                for (auto i : existing.reference_edges_to(g.target)) {
                    const Edge& x = existing.reference_edges()[i];
                    if (x.kind == EdgeKind::veto && x.from == state) listed = true;
                }
                if (listed) continue;
                const auto c = chosen.find(state);
                if (c == chosen.end() || !b.need(state)) continue;
                const In& in = g.rows[votes[c->second].row];
                Edge e;
                e.kind = EdgeKind::veto;
                e.from = state;
                e.to = g.target;
                e.time.date = date;
                e.attrs["derived"] = std::string("from the vote record: a permanent member's No on a draft with " +
                                                 std::to_string(real[0]) + " votes in favour (" + tally_str(real) +
                                                 "); the veto list does not name it");
                e.evidence.push_back(b.record(in.line, (g.key.empty() ? "" : "ID " + g.key + ": ") + (g.symbol.empty() ? g.target : g.symbol) +
                                                           " " + trim_all(in.member) + " " + trim_all(in.vote)));
                b.note(in.line, label + ": " + state + " voted No with " + tally_str(real) + ": a veto the veto list does not name, added from the vote record");
                b.add(std::move(e));
            }
        }
        for (const auto& [id, fixes] : sponsor_ids) {
            if (!b.need(id)) {
                b.warn(g.first(), label + ": no node for sponsor " + id + ": not imported");
                continue;
            }
            Edge s;
            s.kind = EdgeKind::sponsors;
            s.from = id;
            s.to = g.target;
            s.time.date = date;
            s.attrs["role"] = std::string(sponsor_ids.size() == 1 ? "sponsor" : "co-sponsor");
            if (!g.symbol.empty()) s.attrs["draft"] = g.symbol;
            s.evidence.push_back(b.record(g.first(), (g.key.empty() ? "" : "ID " + g.key + ": ") + "Submitted by"));
            b.add(std::move(s));
        }
    }
    auto result = b.finish();

    // Cross-checks over what the existing data holds plus this import.
    Dataset both;
    for (const auto& [id, n] : existing.nodes())
        if (n.kind == NodeKind::draft || n.kind == NodeKind::resolution) both.nodes.push_back(n);
    for (const auto& n : result.data.nodes) both.nodes.push_back(n);
    both.edges = existing.reference_edges();
    // Where each message points: an existing edge at its data file's record (or this file when it
    // has none: the message names the record), a vote of this import at its CSV line.
    std::vector<Location> where;
    where.reserve(both.edges.size());
    for (const auto& e : both.edges) {
        auto l = origin_location(e.origin, "edges");
        where.push_back(l.file.empty() ? Location(file) : std::move(l));
    }
    for (const auto& e : result.data.edges) {
        if (e.kind != EdgeKind::vote) continue;
        int line = 0;
        if (!e.evidence.empty() && e.evidence.front().record.starts_with("line ")) line = std::atoi(e.evidence.front().record.c_str() + 5);
        both.edges.push_back(e);
        where.push_back(Location(file, line));
    }
    const auto at = [&](const Edge& e) { return where[static_cast<std::size_t>(&e - both.edges.data())]; };
    for (auto& d : cross_check_votes(both, at)) result.report.notes.push_back(std::move(d));
    return result;
}

// ---- cross-checks ------------------------------------------------------------------------------

std::vector<Diagnostic> cross_check_votes(const Dataset& data, const std::function<Location(const Edge&)>& where) {
    const auto at = [&](const Edge* e) { return where ? where(*e) : origin_location(e->origin, "edges"); };
    std::map<std::string, std::vector<const Edge*>, std::less<>> votes, vetoes, outcomes;
    std::map<std::string, std::vector<const Edge*>, std::less<>> seats;  // state → member edges to the Council
    std::int32_t first_vote = DayRange::max, last_vote = DayRange::min, last_veto = DayRange::min, first_veto = DayRange::max;
    for (const auto& e : data.edges) {
        if (e.kind == EdgeKind::vote && e.time.date) {
            votes[e.to].push_back(&e);
            first_vote = std::min(first_vote, e.time.date->first_day());
            last_vote = std::max(last_vote, e.time.date->first_day());
        } else if (e.kind == EdgeKind::veto && e.time.date && e.time.date->precision() == Precision::day && e.to.starts_with("draft:") &&
                   !e.attrs.contains("derived")) {
            // Vetoes derived from the votes are checked as what they are, votes.

            vetoes[e.to].push_back(&e);
            last_veto = std::max(last_veto, e.time.date->first_day());
            first_veto = std::min(first_veto, e.time.date->first_day());
        } else if (e.kind == EdgeKind::outcome && e.attrs.contains("vote")) {
            outcomes[e.to].push_back(&e);
        } else if (e.kind == EdgeKind::member && e.to == "body:unsc") {
            seats[e.from].push_back(&e);
        }
    }
    std::vector<Diagnostic> out;
    if (votes.empty()) return out;
    const Seats seated(data.edges);
    auto ev = [](const Edge& e) {
        return e.evidence.empty() ? e.from + " -> " + e.to : e.evidence.front().source + " " + e.evidence.front().record;
    };
    auto permanent = [&](const std::string& state, std::int32_t day) {
        auto it = seats.find(state);
        if (it == seats.end()) return false;
        return std::any_of(it->second.begin(), it->second.end(), [&](const Edge* m) {
            auto t = m->attrs.find("type");
            return t != m->attrs.end() && to_string(t->second) == "permanent" && m->time.days().contains(day);
        });
    };
    // Vetoes → votes.
    for (const auto& [draft, vs] : vetoes)
        for (const Edge* v : vs) {
            const auto day = v->time.date->first_day();
            if (day < first_vote || day > last_vote) continue;
            auto it = votes.find(draft);
            if (it == votes.end()) {
                out.push_back({at(v), "veto cross-check: " + v->from + " vetoed " + draft + " on " + v->time.date->str() + " (" + ev(*v) +
                                              "), but no vote on " + draft + " is recorded"});
                continue;
            }
            const Edge* mine = nullptr;
            for (const Edge* x : it->second)
                if (x->from == v->from) mine = x;
            if (!mine)
                out.push_back({at(v), "veto cross-check: " + v->from + " vetoed " + draft + " (" + ev(*v) + "), but its vote is not recorded"});
            else if (auto a = mine->attrs.find("vote"); a == mine->attrs.end() || to_string(a->second) != "no")
                out.push_back({at(mine), "veto cross-check: " + v->from + " vetoed " + draft + " (" + ev(*v) + "), but its vote is '" +
                                                 (a == mine->attrs.end() ? std::string() : to_string(a->second)) + "' (" + ev(*mine) + ")"});
        }
    // Votes → vetoes, tallies, seats.
    std::map<std::string, const Node*, std::less<>> nodes;
    for (const auto& n : data.nodes) nodes.emplace(n.id, &n);
    for (const auto& [target, vs] : votes) {
        std::array<int, 3> tally{0, 0, 0};
        for (const Edge* x : vs) {
            const auto v = to_string(x->attrs.at("vote"));
            if (v == "yes") ++tally[0];
            else if (v == "no") ++tally[1];
            else if (v == "abstain") ++tally[2];
        }
        const auto nit = nodes.find(target);
        const bool is_draft = nit != nodes.end() ? nit->second->kind == NodeKind::draft : target.starts_with("draft:");
        const auto day = vs.front()->time.date->first_day();
        if (is_draft && tally[0] >= 9 && day >= first_veto && day <= last_veto)
            for (const Edge* x : vs)
                if (to_string(x->attrs.at("vote")) == "no" && permanent(x->from, day)) {
                    const auto vt = vetoes.find(target);
                    const bool listed = vt != vetoes.end() && std::any_of(vt->second.begin(), vt->second.end(), [&](const Edge* v) { return v->from == x->from; });
                    if (!listed)
                        out.push_back({at(x), "veto cross-check: " + x->from + " voted no on " + target + " (" + tally_str(tally) +
                                                      ", a veto), but the veto list does not name it (" + ev(*x) + ")"});
                }
        if (auto o = outcomes.find(target); o != outcomes.end()) {
            for (const Edge* m : o->second) {
                const auto want = parse_tally(to_string(m->attrs.at("vote")));
                if (want && *want != tally)
                    out.push_back({at(vs.front()), "tally cross-check: " + target + " is " + to_string(m->attrs.at("vote")) + " in " + ev(*m) +
                                                           ", but its " + std::to_string(vs.size()) + " vote rows give " + tally_str(tally)});
                break;
            }
        }
        const int year = vs.front()->time.date->year;
        if (seated.covers(year)) {
            std::string outside;
            const Edge* first = nullptr;
            for (const Edge* x : vs) {
                if (!seated.seated(x->from, day)) {
                    outside += (outside.empty() ? "" : ", ") + x->from;
                    if (!first) first = x;
                }
            }
            if (first)
                out.push_back({at(first), "membership cross-check: " + target + " (" + vs.front()->time.date->str() + "): " + outside +
                                                  " voted but held no Council seat that day in the membership data"});
        }
    }
    std::sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.message) < std::tie(b.where.file, b.where.line, b.message);
    });
    return out;
}

}  // namespace councilgraph
