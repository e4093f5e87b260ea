// The Yordan veto list: one row per vetoed draft (or per vetoed proposal, in the 1940s), the
// vetoing members by name. The 0/1 dummy columns are cross-checked, never trusted.
#include "common.hpp"

#include <charconv>
#include <regex>
#include <set>

namespace councilgraph {

namespace {

using detail::Builder;

/// `M/D/YYYY` → Date, nullopt when malformed.
std::optional<Date> parse_us_date(std::string_view s) {
    int v[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        auto slash = i < 2 ? s.find('/') : s.size();
        if (slash == std::string_view::npos) return std::nullopt;
        auto part = s.substr(0, slash);
        auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), v[i]);
        if (ec != std::errc{} || p != part.data() + part.size() || part.empty()) return std::nullopt;
        s = i < 2 ? s.substr(slash + 1) : std::string_view{};
    }
    char buf[16];
    auto r = std::to_chars(buf, buf + sizeof buf, v[2]);
    std::string iso(buf, r.ptr);
    auto two = [](int x) { return std::string(x < 10 ? "0" : "") + std::to_string(x); };
    iso += '-' + two(v[0]) + '-' + two(v[1]);
    return parse_date(iso);
}

bool is_pv(std::string_view s) { return s.starts_with("S/PV."); }

/// The document symbol a draft cell names: `S/471 and S/471/Add.1`, `S/3710 (as amended)`,
/// `S/3188/Corr.1` and `S/9696 and Corr.1 & 2` are S/471, S/3710, S/3188 and S/9696 (addenda and
/// corrigenda belong to their draft; a revision, `S/18087/Rev.1`, is the text put to the vote and
/// stays). The meeting tables name the same drafts by these symbols, so the two imports meet on
/// one node. The cell itself when it starts with no symbol (the 1940s meeting records).
std::string draft_symbol(const std::string& cell) {
    static const std::regex re(R"(^S/\d+(?:/\d+)?(?:/Rev\.\s?\d+)?)");
    if (is_pv(cell)) return cell;
    std::smatch m;
    if (!std::regex_search(cell, m, re)) return cell;
    std::string sym = m.str();
    if (auto sp = sym.find("Rev. "); sp != std::string::npos) sym.erase(sp + 4, 1);
    return sym;
}

std::string join(const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s) out += (out.empty() ? "" : ", ") + x;
    return out.empty() ? "none" : out;
}

}  // namespace

ImportResult import_vetoes(std::string_view text, const std::string& file, const ImportMappings& maps,
                           const ExistingData& existing) {
    static const std::vector<std::string> required = {"date", "draft", "meeting_record", "agenda_item",
                                                      "crisis_topic", "member_veto1", "member_veto2", "member_veto3"};
    static const char* dummy_columns[] = {"China", "France", "Russia", "USSR", "USA", "UK"};
    CsvTable t(text, file, required);
    Source src;
    src.id = "dhl-vetoes";
    src.short_title = "Veto list 1946-2022 (Yordan)";
    src.title = "UN Security Council vetoes 1946 - 8 July 2022 (Yordan, World Politics Data Lab), from the Dag Hammarskjold Library veto list";
    src.file = "unsc_vetoes_1946_sept2022.csv";
    src.url = "https://github.com/world-politics-datalab/vetoes-un-security-council";
    src.note = "MIT licence; imported by councilgraph import vetoes; vetoers taken from the name columns";
    Builder b(maps, existing, file, src);

    std::map<std::string, int> unmapped;  // agenda item → drafts without a dossier
    std::map<std::string, int> pv_count;  // 1940s rows whose draft cell is a meeting record
    for (auto row : t.rows()) {
        const int line = row.line;
        b.begin_row(line);
        detail::apply_corrections(b, t, row, "vetoes");
        if (row.fields.size() != t.width())
            b.warn(line, std::to_string(row.fields.size()) + " fields where the header has " +
                             std::to_string(t.width()) + ": missing fields read as empty");
        const auto date = parse_us_date(detail::trim(t.get(row, "date")));
        const std::string cell = detail::trim(t.get(row, "draft"));
        // A second veto on a draft at one meeting (`S/552, S/PV.202`: the preliminary question)
        // keeps its cell, so it is not merged with the first.
        std::string symbol = draft_symbol(cell);
        if (symbol != cell && b.defines("draft:" + symbol)) symbol = cell;
        if (!date) {
            b.skip(line, "date '" + t.get(row, "date") + "' is not M/D/YYYY: row skipped");
            b.end_row();
            continue;
        }
        if (cell.empty()) {
            b.skip(line, "no draft symbol: row skipped");
            b.end_row();
            continue;
        }
        // Vetoers by name; the dummies only cross-checked.
        std::set<std::string> by_name, by_dummy;
        std::vector<std::string> unknown;
        for (const char* col : {"member_veto1", "member_veto2", "member_veto3"}) {
            const auto name = detail::trim(t.get(row, col));
            if (name.empty()) continue;
            auto it = maps.names.find(fold(name));
            if (it == maps.names.end()) unknown.push_back(name);
            else by_name.insert(it->second);
        }
        for (const char* col : dummy_columns) {
            if (!t.has_column(col) || detail::trim(t.get(row, col)) != "1") continue;
            auto it = maps.names.find(fold(col));
            if (it != maps.names.end()) by_dummy.insert(it->second);
        }
        for (const auto& u : unknown)
            b.warn(line, "vetoer '" + u + "' is not a known permanent member name (data/mappings/names.json): not imported");
        if (by_name.empty()) {
            b.skip(line, "no vetoer named in member_veto1..3: row skipped");
            b.end_row();
            continue;
        }
        if (by_name != by_dummy)
            b.repaired(line, "the 0/1 dummy columns say " + join(by_dummy) + " but the vetoer names say " +
                                 join(by_name) + ": used the names");

        std::string draft_id = "draft:" + symbol;
        Node draft;
        draft.kind = NodeKind::draft;
        const std::string agenda = detail::trim(t.get(row, "agenda_item"));
        if (is_pv(symbol)) {
            // The 1940s list gives the meeting, not a draft symbol; several proposals can be
            // vetoed at one meeting, so each gets its own node, numbered in file order.
            draft_id += "-" + std::to_string(++pv_count[symbol]);
            draft.name = detail::vetoed_proposal_names(symbol, agenda);
        } else {
            draft.name = detail::draft_names(symbol);
            draft.attrs["symbol"] = symbol;
            if (cell != symbol) {
                draft.attrs["listed_as"] = cell;
                b.repaired(line, "draft '" + cell + "' read as " + symbol + " (the cell kept as 'listed_as')");
            }
        }
        draft.id = draft_id;
        draft.attrs["result"] = std::string("vetoed");
        draft.attrs["date"] = date->str();
        if (!agenda.empty()) draft.attrs["agenda_item"] = agenda;
        for (const char* col : {"crisis_topic", "region"})
            if (t.has_column(col) && !detail::trim(t.get(row, col)).empty()) draft.attrs[col] = detail::trim(t.get(row, col));
        const Evidence ev = b.record(line, cell);
        draft.evidence.push_back(ev);

        // The meeting: a record symbol, or (2020 written procedure) document symbols.
        std::string meeting = detail::trim(t.get(row, "meeting_record"));
        std::string meeting_id;
        if (is_pv(meeting) && meeting.find_first_of(" \n") == std::string::npos) {
            draft.attrs["meeting"] = meeting;
            meeting_id = "meeting:" + meeting;
        } else if (!meeting.empty()) {
            std::string docs;
            for (char c : meeting) docs += (c == '\n' || c == '\r') ? ';' : c;
            while (docs.find(";;") != std::string::npos) docs.erase(docs.find(";;"), 1);
            draft.attrs["documents"] = docs;
            b.repaired(line, "meeting_record '" + docs + "' holds document symbols, not a meeting record (2020 written procedure): kept as the draft's 'documents'");
        }
        if (b.defines(draft_id))
            b.warn(line, draft_id + " is already defined by an earlier row: its veto edges are added to it");
        b.define(std::move(draft));

        for (const auto& state : by_name) {
            if (!b.need(state)) {
                b.warn(line, "no node for " + state + ": veto not imported");
                continue;
            }
            Edge e;
            e.kind = EdgeKind::veto;
            e.from = state;
            e.to = draft_id;
            e.time.date = date;
            // Who held the seat that day (the Chinese seat: Republic of China until 1971).
            bool seat = false;
            for (const auto& s : maps.permanent_seats)
                if (s.from == state && s.time.days().contains(date->first_day())) {
                    seat = true;
                    if (auto h = s.attrs.find("held_by"); h != s.attrs.end()) e.attrs["held_by"] = h->second;
                }
            if (!seat) b.warn(line, state + " held no permanent seat on " + date->str() + " (data/mappings/names.json)");
            e.evidence.push_back(ev);
            b.add(std::move(e));
        }
        if (!meeting_id.empty() && b.existing().defines(meeting_id)) {
            Edge o;
            o.kind = EdgeKind::outcome;
            o.from = meeting_id;
            o.to = draft_id;
            o.time.date = date;
            o.attrs["result"] = std::string("vetoed");
            o.evidence.push_back(ev);
            b.add(std::move(o));
        }
        std::string dossier = detail::find_dossier(maps, "vetoes.agenda_item", agenda);
        if (dossier.empty()) dossier = detail::find_dossier(maps, "vetoes.crisis_topic", t.get(row, "crisis_topic"));
        if (dossier.empty() || !b.need(dossier)) ++unmapped[agenda.empty() ? "(no agenda item)" : agenda];
        if (!dossier.empty() && b.need(dossier)) {
            Edge c;
            c.kind = EdgeKind::concerns;
            c.from = draft_id;
            c.to = dossier;
            c.evidence.push_back(ev);
            b.add(std::move(c));
        }
        b.end_row();
    }
    detail::report_unmapped(b, unmapped, "vetoes.agenda_item or vetoes.crisis_topic");
    return b.finish();
}

}  // namespace councilgraph
