// The DHL meeting tables: one row per agenda item of a formal meeting, with its outcome
// (resolutions, presidential statements, vetoed and failed drafts, vote tallies).
#include "common.hpp"

#include <charconv>
#include <cstdlib>
#include <regex>
#include <set>

namespace councilgraph {

namespace {

using detail::Builder;

std::vector<std::string> split_list(std::string_view s, std::string_view sep) {
    std::vector<std::string> out;
    while (!s.empty()) {
        auto p = s.find(sep);
        auto part = detail::trim(s.substr(0, p));
        if (!part.empty()) out.push_back(part);
        if (p == std::string_view::npos) break;
        s.remove_prefix(p + sep.size());
    }
    return out;
}

/// Whether `sym` occurs in `text` as a whole symbol (not followed by more of a number).
bool has_symbol(std::string_view text, std::string_view sym) {
    for (auto p = text.find(sym); p != std::string_view::npos; p = text.find(sym, p + 1)) {
        auto after = p + sym.size();
        if (after >= text.size()) return true;
        const char c = text[after];
        const bool digit_next = after + 1 < text.size() && text[after + 1] >= '0' && text[after + 1] <= '9';
        // `S/2019/96` is not in `S/2019/961`, nor `S/2019` in `S/2019/96`; `S/3188` is in `S/3188/Corr.1`.
        if (!(c >= '0' && c <= '9') && !((c == '/' || c == '.') && digit_next)) return true;
    }
    return false;
}

/// The symbol whose parenthesis alone mentions `sym` in `text`: in `Draft resolution S/3995
/// (incorporating amendment offered by Sweden in S/3998) vetoed by USSR` S/3998 is an amendment
/// folded into S/3995, which is what was put to the vote. Empty when `sym` occurs outside the
/// parenthesis, or no symbol precedes it.
std::string owner_of_parenthesis(std::string_view text, std::string_view sym) {
    const auto open = text.find('(');
    const auto close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos || !has_symbol(text.substr(open, close - open), sym) ||
        has_symbol(text.substr(0, open), sym) || has_symbol(text.substr(close), sym))
        return {};
    static const std::regex symbol_re(R"(S/[0-9][0-9A-Za-z./]*)");
    std::string before(text.substr(0, open)), owner;
    for (auto it = std::sregex_iterator(before.begin(), before.end(), symbol_re); it != std::sregex_iterator(); ++it) owner = (*it)[0].str();
    return owner;
}

// Resolution numbers beyond this are typos (S/RES/2700 was adopted in 2023).
constexpr int max_resolution = 99999;
// A note lists at most this many gaps in the numbering, then counts the rest.
constexpr std::size_t max_listed_gaps = 50;

bool is_tally(std::string_view s) {
    static const std::regex re(R"(\d{1,2}-\d{1,2}-\d{1,2})");
    return std::regex_match(s.begin(), s.end(), re);
}

}  // namespace

ImportResult import_meetings(std::string_view text, const std::string& file, const ImportMappings& maps,
                             const ExistingData& existing) {
    static const std::vector<std::string> required = {"year", "date", "meeting_record", "topic", "outcome_raw",
                                                      "resolutions", "presidential_statements", "drafts_failed", "parse_note"};
    CsvTable t(text, file, required);
    Source src;
    src.id = "dhl-meetings";
    src.short_title = "DHL meetings 1946-2022";
    src.title = "Meetings conducted by the Security Council 1946-2022 (Dag Hammarskjold Library tables, as saved by the PCRC 2022 UN Security Council Dataset)";
    src.file = "dhl_sc_meetings_1946_2022.csv";
    src.url = "https://research.un.org/en/docs/sc/quick/meetings";
    src.note = "UN terms of use; tables converted to CSV from intreleng-research/unsc-dataset; imported by councilgraph import meetings";
    Builder b(maps, existing, file, src);

    static const std::regex pv_re(R"(S/PV\.(\d+))");
    static const std::regex res_re(R"(S/RES/(\d+)\s*\((\d{4})\))");
    static const std::regex prst_re(R"(S/PRST/\d{4}/\d+|S/\d+)");
    std::map<std::string, int> seen_rows;       // whole row text → first line (exact duplicates)
    std::map<std::string, int> no_record;       // date → count of rows without a meeting record
    std::map<std::string, std::pair<int, std::string>> res_first;  // resolution → (line, meeting)
    std::set<std::string> meetings_defined;
    std::set<int> numbers;  // adopted resolution numbers, for the gaps
    std::map<std::string, int> unmapped;  // topic → resolutions and drafts it leaves without a dossier
    std::map<std::string, int> unmapped_meetings;  // topic → agenda items (meeting rows) without a dossier

    for (auto row : t.rows()) {
        const int line = row.line;
        b.begin_row(line);
        std::string whole;
        for (const auto& f : row.fields) whole += f + '\x1f';
        if (auto [it, fresh] = seen_rows.emplace(whole, line); !fresh) {
            b.skip(line, "exact duplicate of line " + std::to_string(it->second) + ": row skipped");
            b.end_row();
            continue;
        }
        detail::apply_corrections(b, t, row, "meetings");
        if (const auto pn = detail::trim(t.get(row, "parse_note")); !pn.empty())
            b.repaired(line, "converter's note: " + pn);
        const auto date = parse_date(detail::trim(t.get(row, "date")));
        if (!date || date->precision() != Precision::day) {
            b.skip(line, "date '" + t.get(row, "date") + "' is not YYYY-MM-DD: row skipped");
            b.end_row();
            continue;
        }
        const std::string record = detail::trim(t.get(row, "meeting_record"));
        const std::string topic = detail::trim(t.get(row, "topic"));
        std::smatch m;
        std::string meeting_id, pv;
        if (std::regex_search(record, m, pv_re)) {
            pv = "S/PV." + m[1].str();
            meeting_id = "meeting:" + pv;
            if (record.find("S/PV.", static_cast<std::size_t>(m.position(0)) + 5) != std::string::npos)
                b.warn(line, "meeting_record '" + record + "' names several records: the row is filed under " + pv);
        } else {
            meeting_id = "meeting:" + date->str() + "-" + std::to_string(++no_record[date->str()]);
            b.repaired(line, "no meeting record ('" + record + "'; a 2020 written procedure or a gap in the source): filed as " + meeting_id);
        }
        if (!meetings_defined.contains(meeting_id)) {
            meetings_defined.insert(meeting_id);
            Node n;
            n.id = meeting_id;
            n.kind = NodeKind::meeting;
            n.name = detail::meeting_names(pv, date->str(), topic);
            n.attrs["date"] = date->str();
            if (!pv.empty()) n.attrs["record"] = pv;
            if (!topic.empty()) n.attrs["topic"] = topic;
            if (record.find("closed") != std::string::npos || record.find("privada") != std::string::npos)
                n.attrs["closed"] = true;
            if (t.has_column("press_release") && !detail::trim(t.get(row, "press_release")).empty())
                n.attrs["press_release"] = detail::trim(t.get(row, "press_release"));
            n.evidence.push_back(b.record(line, pv.empty() ? date->str() : pv));
            b.define(std::move(n));
        } else if (Node* n = b.own(meeting_id); n && !topic.empty()) {
            // A meeting over several agenda items (rowspan rows): keep every topic.
            auto& a = n->attrs["topic"];
            if (auto* s = std::get_if<std::string>(&a); s && s->find(topic) == std::string::npos) *s += " | " + topic;
        }
        const Evidence ev = b.record(line, pv.empty() ? date->str() : pv);
        const std::string dossier = detail::find_dossier(maps, "meetings.topic", topic);
        const bool has_dossier = !dossier.empty() && b.need(dossier);
        auto concerns = [&](const std::string& from) {
            if (!has_dossier) {
                ++(from != meeting_id ? unmapped : unmapped_meetings)[topic.empty() ? "(no topic)" : topic];
                return;
            }
            Edge c;
            c.kind = EdgeKind::concerns;
            c.from = from;
            c.to = dossier;
            c.evidence.push_back(ev);
            b.add(std::move(c));
        };
        concerns(meeting_id);

        const auto segments = split_list(t.get(row, "outcome_raw"), " | ");
        // An item's segment and the ones after it up to the next symbol: `S/2020/654 | vetoed by
        // China, Russian Federation | 13-2-0` is one item over three segments.
        struct Item {
            bool found = false, vetoed = false;
            std::string vote;
            std::string owner;  ///< the text whose parenthesis alone names this symbol (owner_of_parenthesis)
        };
        auto item = [&](std::string_view sym) {
            Item it;
            for (std::size_t i = 0; i < segments.size(); ++i) {
                if (!has_symbol(segments[i], sym)) continue;
                it.found = true;
                it.owner = owner_of_parenthesis(segments[i], sym);
                for (std::size_t j = i; j < segments.size() && (j == i || segments[j].find("S/") == std::string::npos); ++j) {
                    std::string lower = segments[j];
                    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    if (lower.find("veto") != std::string::npos) it.vetoed = true;
                    if (it.vote.empty() && is_tally(segments[j])) it.vote = segments[j];
                }
                break;
            }
            return it;
        };
        auto outcome = [&](const std::string& to, const char* result, const std::string& vote) {
            Edge o;
            o.kind = EdgeKind::outcome;
            o.from = meeting_id;
            o.to = to;
            o.time.date = date;
            o.attrs["result"] = std::string(result);
            if (!vote.empty()) o.attrs["vote"] = vote;
            o.evidence.push_back(ev);
            b.add(std::move(o));
            concerns(to);
        };

        // Adopted resolutions.
        const std::string res_cell = t.get(row, "resolutions");
        for (auto it = std::sregex_iterator(res_cell.begin(), res_cell.end(), res_re); it != std::sregex_iterator(); ++it) {
            const std::string num = (*it)[1].str(), year = (*it)[2].str();
            int number = 0;
            if (auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), number);
                ec != std::errc{} || number < 1 || number > max_resolution) {
                b.warn(line, "resolution number " + num + " is out of range (1-" + std::to_string(max_resolution) +
                                 "): not imported");
                continue;
            }
            numbers.insert(number);
            const std::string id = "res:" + num;
            if (auto [f, fresh] = res_first.emplace(num, std::pair{line, pv}); !fresh && f->second.second != pv)
                b.warn(line, "resolution " + num + " is also listed at line " + std::to_string(f->second.first) + " (" +
                                 f->second.second + "): a typo in the source; both outcomes kept");
            Node n;
            n.id = id;
            n.kind = NodeKind::resolution;
            n.name = detail::resolution_names(num + " (" + year + ")");
            n.attrs["symbol"] = "S/RES/" + num + " (" + year + ")";
            n.attrs["adopted"] = date->str();
            n.evidence.push_back(ev);
            b.define(std::move(n));
            outcome(id, "adopted", item("S/RES/" + num).vote);
        }
        // Presidential statements: S/PRST/yyyy/n, or an old-style S/nnnnn marked (PRST).
        for (const auto& sym : split_list(t.get(row, "presidential_statements"), ";")) {
            if (!std::regex_match(sym, prst_re)) {
                b.warn(line, "presidential statement '" + sym + "' is not a document symbol: not imported");
                continue;
            }
            const std::string id = "prst:" + sym;
            Node n;
            n.id = id;
            n.kind = NodeKind::statement;
            n.name = detail::statement_names(sym);
            n.attrs["symbol"] = sym;
            n.attrs["type"] = std::string("presidential");
            n.attrs["date"] = date->str();
            n.evidence.push_back(ev);
            b.define(std::move(n));
            outcome(id, "adopted", {});
        }
        // Vetoed and failed drafts: which is which is said in the outcome text.
        static const std::regex short_res_re(R"(S/(\d+))");
        for (const auto& sym : split_list(t.get(row, "drafts_failed"), ";")) {
            // The converter's regex also caught adopted resolutions as `S/2402`: a bare number
            // that is a resolution of the same row is that resolution, not a failed draft.
            if (std::smatch sm; std::regex_match(sym, sm, short_res_re)) {
                bool is_res = false;
                for (auto it = std::sregex_iterator(res_cell.begin(), res_cell.end(), res_re); it != std::sregex_iterator(); ++it)
                    if ((*it)[1].str() == sm[1].str()) {
                        is_res = true;
                        b.repaired(line, "drafts_failed lists '" + sym + "', which is " + (*it)[0].str() +
                                             " adopted at this meeting: read as that resolution, not as a failed draft");
                        break;
                    }
                if (is_res) continue;
            }
            const Item it = item(sym);
            if (!it.found) {
                b.warn(line, "draft '" + sym + "' listed in drafts_failed does not occur in the outcome text: not imported");
                continue;
            }
            if (!it.owner.empty()) {
                b.repaired(line, "drafts_failed lists '" + sym + "', which the outcome text names only inside the parenthesis of " +
                                     it.owner + " (an amendment folded into it): not imported as a text of its own");
                continue;
            }
            // `S/552, S/202 (preliminary question) vetoed by USSR` at S/PV.202: the vote on whether
            // S/552 was procedural, named by the meeting's number, not a draft.
            if (!pv.empty() && sym == "S/" + pv.substr(5)) {
                b.repaired(line, "drafts_failed lists '" + sym + "', this meeting's own number (" + pv +
                                     "), not a draft symbol: not imported as a draft");
                continue;
            }
            std::string id = "draft:" + sym;
            if (!b.existing().defines(id) && !pv.empty()) {
                // The veto list may name the revision put to the vote (S/18087/Rev.1) where this
                // table names the draft (S/18087): one text when vetoed at the same meeting.
                for (int k = 1; k <= 9; ++k) {
                    const Node* rev = b.existing().node(id + "/Rev." + std::to_string(k));
                    if (!rev) continue;
                    if (auto m = rev->attrs.find("meeting"); m != rev->attrs.end() && m->second == AttrValue(pv)) {
                        b.repaired(line, "draft " + sym + " is " + rev->id.substr(6) + " in the veto list (same meeting, " + pv + "): filed under it");
                        id = rev->id;
                        break;
                    }
                }
            }
            bool vetoed = it.vetoed;
            // A draft short of the votes it needed (9 of 15; 7 of 11 before 1966) failed whatever a
            // permanent member did: the tables call some such drafts vetoed (S/10768, 3-3-9).
            if (vetoed && !it.vote.empty()) {
                const int yes = std::atoi(it.vote.c_str());
                const int needed = date->year < 1966 ? 7 : 9;
                if (yes < needed) {
                    vetoed = false;
                    b.repaired(line, "draft " + sym + " is 'vetoed' in the outcome text, but had " + std::to_string(yes) + " votes in favour (" +
                                         it.vote + ") of the " + std::to_string(needed) + " it needed: it failed, and is recorded as failed");
                }
            }
            if (const Node* known = b.existing().node(id); known && !vetoed) {
                auto r = known->attrs.find("result");
                if (r != known->attrs.end() && r->second == AttrValue(std::string("vetoed"))) {
                    vetoed = true;
                    b.repaired(line, "draft " + sym + " is 'not adopted' here but vetoed in the veto list (" +
                                         (known->evidence.empty() ? known->id : known->evidence.front().source + " " + known->evidence.front().record) +
                                         "): outcome recorded as vetoed");
                }
            }
            Node n;
            n.id = id;
            n.kind = NodeKind::draft;
            n.name = detail::draft_names(sym);
            n.attrs["symbol"] = sym;
            n.attrs["result"] = std::string(vetoed ? "vetoed" : "failed");
            n.attrs["date"] = date->str();
            n.evidence.push_back(ev);
            b.define(std::move(n));
            outcome(id, vetoed ? "vetoed" : "failed", it.vote);
        }
        b.end_row();
    }
    detail::report_unmapped(b, unmapped, "meetings.topic", &unmapped_meetings);
    // Gaps in the resolution numbering (the source misses some), as ranges: a bounded note
    // however far apart the numbers are.
    if (!numbers.empty()) {
        const int max = *numbers.rbegin();
        std::string list;
        std::size_t gaps = 0;
        long long count = 0;
        int expected = 1;
        auto gap = [&](int lo, int hi) {
            ++gaps;
            count += hi - lo + 1;
            if (gaps > max_listed_gaps) return;
            list += (list.empty() ? "" : ", ") + std::to_string(lo) + (hi > lo ? "-" + std::to_string(hi) : "");
        };
        for (const int n : numbers) {
            if (n > expected) gap(expected, n - 1);
            expected = n + 1;
        }
        if (gaps > max_listed_gaps) list += ", and " + std::to_string(gaps - max_listed_gaps) + " more gaps";
        if (gaps)
            b.note(0, "resolutions missing from the tables (numbers 1-" + std::to_string(max) + "): " + list + " (" +
                          std::to_string(count) + (count == 1 ? " number" : " numbers") + ")");
    }
    return b.finish();
}

}  // namespace councilgraph
