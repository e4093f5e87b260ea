// Importers: the CSV reader, and each import on small fixtures cut by hand from the real files
// (tests/data/import/), including the broken rows their SOURCE.md files describe.
#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/validate.hpp>
#include "import/common.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

using namespace councilgraph;

namespace {

const std::filesystem::path fixtures = std::filesystem::path(COUNCILGRAPH_TEST_DATA) / "import";
const std::filesystem::path mappings_dir = std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / "data" / "mappings";

ExistingData fixture_data() {
    std::vector<std::string> p{(std::filesystem::path(COUNCILGRAPH_TEST_DATA) / "fixture").string()};
    return ExistingData(load_checked(p));
}

const Node* find_node(const Dataset& d, std::string_view id) {
    for (const auto& n : d.nodes)
        if (n.id == id) return &n;
    return nullptr;
}

std::vector<const Edge*> edges(const Dataset& d, EdgeKind k, std::string_view to = {}) {
    std::vector<const Edge*> out;
    for (const auto& e : d.edges)
        if (e.kind == k && (to.empty() || e.to == to)) out.push_back(&e);
    return out;
}

bool has_note(const ImportReport& r, int line, std::string_view part) {
    return std::any_of(r.notes.begin(), r.notes.end(),
                       [&](const Diagnostic& d) { return d.where.line == line && d.message.find(part) != std::string::npos; });
}

/// The imported data plus the data it was imported against must load without a problem.
void check_combines(const ImportResult& r, const std::string& tmp_name) {
    const auto out = std::filesystem::temp_directory_path() / tmp_name;
    write_file_atomic(out, to_native_text(r.data));
    std::vector<std::string> p{(std::filesystem::path(COUNCILGRAPH_TEST_DATA) / "fixture").string(), out.string()};
    auto loaded = load(p);
    for (const auto& d : loaded.problems) UNSCOPED_INFO(d.str());
    CHECK(loaded.problems.empty());
    std::filesystem::remove(out);
}

}  // namespace

TEST_CASE("csv: quoted fields hold commas, quotes and line breaks; lines are counted", "[import][csv]") {
    auto recs = parse_csv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\r\n\n3,,\n", "t.csv");
    REQUIRE(recs.size() == 4);
    CHECK(recs[1].fields == std::vector<std::string>{"1", "x, y", "say \"hi\""});
    CHECK(recs[2].fields == std::vector<std::string>{"2", "two\nlines", "z"});
    CHECK(recs[2].line == 3);
    CHECK(recs[3].line == 6);  // after the embedded line break and a blank line
    CHECK(recs[3].fields == std::vector<std::string>{"3", "", ""});
}

TEST_CASE("csv: comment lines are skipped when asked, anywhere in the file", "[import][csv]") {
    CsvOptions o;
    o.skip_comments = true;
    auto recs = parse_csv("# head\nh1,h2\n# inside\nv1,\"# not a comment\"\n", "t.csv", o);
    REQUIRE(recs.size() == 2);
    CHECK(recs[1].fields[1] == "# not a comment");
    CHECK(recs[1].line == 4);
}

TEST_CASE("csv: an unterminated quote makes the file unusable, with the line it opened on", "[import][csv]") {
    try {
        (void)parse_csv("a,b\n1,\"open\n2,3\n", "t.csv");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(e.diagnostics().at(0).str() == "t.csv:2: unterminated quoted field (a \" opened here is never closed)");
        CHECK(e.exit_code() == ExitCode::bad_input);
    }
}

TEST_CASE("csv: a missing required column is reported by name", "[import][csv]") {
    try {
        CsvTable t("x,y\n1,2\n", "t.csv", {"x", "draft"});
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(e.diagnostics().at(0).str() == "t.csv:1: header lacks the column 'draft'");
    }
}

TEST_CASE("vetoes: names win over dummies, corrections are applied, bad rows are reported", "[import]") {
    const auto maps = load_mappings(mappings_dir);
    const auto existing = fixture_data();
    const auto file = (fixtures / "vetoes.csv").string();
    auto r = import_vetoes(read_file(file), "vetoes.csv", maps, existing);

    CHECK(r.report.read == 11);  // the S/2020/654 row spans two lines
    CHECK(r.report.skipped == 2);
    CHECK(r.report.imported == 9);
    CHECK(has_note(r.report, 12, "date '13/45/2019' is not M/D/YYYY"));
    CHECK(has_note(r.report, 13, "vetoer 'Atlantis'"));
    CHECK(has_note(r.report, 13, "no vetoer named"));
    // Dummy columns wrong (SOURCE.md problem 1): all named vetoers kept, the row reported.
    CHECK(has_note(r.report, 6, "dummy columns say none but the vetoer names say state:SUN"));
    CHECK(has_note(r.report, 7, "dummy columns say state:GBR, state:USA but the vetoer names say state:FRA, state:GBR, state:USA"));
    CHECK(edges(r.data, EdgeKind::veto, "draft:S/12211").size() == 3);
    // Corrections from data/mappings/corrections.json.
    CHECK(has_note(r.report, 5, "corrected to 'S/PV.303'"));
    CHECK(find_node(r.data, "draft:S/PV.303-1"));
    auto d270 = edges(r.data, EdgeKind::veto, "draft:S/2001/270");
    REQUIRE(d270.size() == 1);
    CHECK(d270[0]->time.date->str() == "2001-03-27");
    CHECK(edges(r.data, EdgeKind::veto, "draft:S/PV.49-2").size() == 2);  // USSR and France
    // Three rows on S/PV.49 are three proposals, not duplicates.
    CHECK(find_node(r.data, "draft:S/PV.49-3"));
    // Embedded newline in a quoted cell: one row, two documents.
    const Node* d654 = find_node(r.data, "draft:S/2020/654");
    REQUIRE(d654);
    CHECK(std::get<std::string>(d654->attrs.at("documents")) == "S/2020/661;S/2020/657");
    // Merging: draft:S/2019/961 is defined by the fixture, so only referred to; the USSR is new.
    CHECK_FALSE(find_node(r.data, "draft:S/2019/961"));
    CHECK(edges(r.data, EdgeKind::veto, "draft:S/2019/961").empty());  // the fixture holds both vetoes
    CHECK(find_node(r.data, "state:SUN"));
    CHECK_FALSE(find_node(r.data, "state:RUS"));
    auto succ = edges(r.data, EdgeKind::succeeds, "state:SUN");
    REQUIRE(succ.size() == 1);
    CHECK(succ[0]->from == "state:RUS");
    // The Syria cross-border drafts concern the humanitarian dossier.
    auto conc = edges(r.data, EdgeKind::concerns, "dossier:syria-humanitarian");
    CHECK(conc.size() == 1);  // S/2020/654; the fixture already says S/2019/961 concerns it
    check_combines(r, "cg-import-vetoes.json");
}

TEST_CASE("meetings: outcomes, duplicates, corrections and rows without a record", "[import]") {
    const auto maps = load_mappings(mappings_dir);
    auto r = import_meetings(read_file(fixtures / "meetings.csv"), "meetings.csv", maps, fixture_data());
    CHECK(r.report.read == 6);
    CHECK(r.report.skipped == 1);
    CHECK(has_note(r.report, 5, "exact duplicate of line 4"));
    CHECK(has_note(r.report, 3, "corrected to 'S/RES/666 (1990)'"));
    CHECK(find_node(r.data, "res:666"));
    CHECK_FALSE(find_node(r.data, "res:663"));
    CHECK(has_note(r.report, 7, "no meeting record"));
    CHECK(find_node(r.data, "meeting:2021-02-11-1"));
    // S/PV.8697: a veto and a failed draft, each with its tally.
    std::map<std::string, std::string> result, vote;
    for (const Edge* e : edges(r.data, EdgeKind::outcome))
        if (e->from == "meeting:S/PV.8697") {
            result[e->to] = std::get<std::string>(e->attrs.at("result"));
            vote[e->to] = std::get<std::string>(e->attrs.at("vote"));
        }
    CHECK(result["draft:S/2019/961"] == "vetoed");
    CHECK(vote["draft:S/2019/961"] == "13-2-0");
    CHECK(result["draft:S/2019/962"] == "failed");
    CHECK(vote["draft:S/2019/962"] == "5-6-4");
    // S/3188 is in the outcome text as S/3188/Corr.1.
    CHECK(find_node(r.data, "draft:S/3188"));
    check_combines(r, "cg-import-meetings.json");
}

TEST_CASE("membership: crosswalk, aliases, split terms, permanent seats, bad rows", "[import]") {
    const auto maps = load_mappings(mappings_dir);
    MembershipFiles f;
    f.terms_file = "council_membership.csv";
    f.entities_file = "entities.csv";
    f.aliases_file = "country_aliases.csv";
    f.terms = read_file(fixtures / f.terms_file);
    f.entities = read_file(fixtures / f.entities_file);
    f.aliases = read_file(fixtures / f.aliases_file);
    auto r = import_membership(f, maps, fixture_data());
    CHECK(r.report.read == 14);
    CHECK(r.report.skipped == 2);
    CHECK(has_note(r.report, 18, "'Atlantis' is not in the crosswalk"));
    CHECK(has_note(r.report, 19, "are not a YYYY-YYYY term"));
    // Renamings resolve through the aliases; our own nodes carry them.
    const Node* tur = find_node(r.data, "state:TUR");
    REQUIRE(tur);
    CHECK(tur->name.en == "Türkiye");
    CHECK(std::find(tur->aliases.begin(), tur->aliases.end(), "Turkey") != tur->aliases.end());
    const Node* cze = find_node(r.data, "state:CZE");
    REQUIRE(cze);
    CHECK(cze->name.en == "Czechia");
    // Historical states with their successor's code get their own ids.
    CHECK(find_node(r.data, "state:YUG"));
    CHECK(find_node(r.data, "state:SCG"));
    CHECK(find_node(r.data, "state:ZAR"));
    CHECK(find_node(r.data, "state:COD"));
    // States the fixture defines are not redefined.
    CHECK_FALSE(find_node(r.data, "state:BEL"));
    // Elected terms; those the fixture already holds (the Italy/Netherlands split term, Belgium
    // 2019-2020 even written with days) are not repeated.
    std::map<std::string, std::string> terms;
    for (const Edge* e : edges(r.data, EdgeKind::member))
        if (std::get<std::string>(e->attrs.at("type")) == "elected") terms[e->from] += std::get<std::string>(e->attrs.at("term")) + ";";
    CHECK(terms == std::map<std::string, std::string>{{"state:CIV", "1991-1992;"}, {"state:TUR", "2009-2010;"}});
    // Permanent seats for the whole period, with the USSR/Russia and ROC/PRC successions.
    std::map<std::string, int> seats;
    for (const Edge* e : edges(r.data, EdgeKind::member))
        if (std::get<std::string>(e->attrs.at("type")) == "permanent") ++seats[e->from];
    CHECK(seats == std::map<std::string, int>{{"state:CHN", 2}, {"state:FRA", 1}, {"state:GBR", 1},
                                              {"state:RUS", 1}, {"state:SUN", 1}, {"state:USA", 1}});
    check_combines(r, "cg-import-membership.json");
}

TEST_CASE("import all: the full real files, counts checked by hand against the sources", "[import][realdata]") {
    const std::filesystem::path realdata = std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / ".." / "shared" / "realdata";
    if (!std::filesystem::exists(realdata)) {
        WARN("skipped: ../shared/realdata is absent");
        return;
    }
    auto results = import_all(realdata, load_mappings(mappings_dir), ExistingData{});  // nothing to merge with: pure counts
    REQUIRE(results.size() == 4);  // + the votes (tests/unit/import_votes.cpp)
    const auto& membership = results[0].result;
    const auto& vetoes = results[1].result;
    const auto& meetings = results[2].result;
    CHECK(membership.report.read == 171);
    CHECK(membership.report.skipped == 0);
    CHECK(vetoes.report.read == 214);
    CHECK(vetoes.report.skipped == 0);
    // 26 rows whose dummies disagree with the names (SOURCE.md), plus the corrected 1946 row.
    const auto dummy = std::count_if(vetoes.report.notes.begin(), vetoes.report.notes.end(),
                                     [](const Diagnostic& d) { return d.message.find("dummy columns") != std::string::npos; });
    CHECK(dummy == 27);
    // Veto casts per member, counted by hand from member_veto1..3 (+ France, 26 June 1946).
    std::map<std::string, int> casts;
    for (const auto& e : vetoes.data.edges)
        if (e.kind == EdgeKind::veto) ++casts[e.from];
    CHECK(casts == std::map<std::string, int>{{"state:SUN", 90}, {"state:USA", 82}, {"state:RUS", 31},
                                              {"state:GBR", 29}, {"state:CHN", 17}, {"state:FRA", 17}});
    CHECK(meetings.report.read == 9564);
    CHECK(meetings.report.skipped == 1);  // the exact duplicate S/PV.6576 row
    std::size_t resolutions = 0;
    for (const auto& n : meetings.data.nodes) resolutions += n.kind == NodeKind::resolution;
    // 2,638 distinct numbers in the source, plus 666 and 695 restored by corrections.json.
    CHECK(resolutions == 2640);
}

TEST_CASE("csv: CR-only and mixed line ends read like LF", "[import][csv]") {
    const std::string lf = "a,b\n1,\"x\ny\"\n\n2,z\n";
    auto want = parse_csv(lf, "t.csv");
    for (const std::string other : {"a,b\r1,\"x\ny\"\r\r2,z\r", "a,b\r\n1,\"x\ny\"\r\n\r2,z"}) {
        auto got = parse_csv(other, "t.csv");
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].fields == want[i].fields);
            CHECK(got[i].line == want[i].line);
        }
    }
    // A lone CR inside quotes is kept and counted as a line.
    auto recs = parse_csv("a\r\"x\ry\"\rb\r", "t.csv");
    REQUIRE(recs.size() == 3);
    CHECK(recs[1].fields[0] == "x\ry");
    CHECK(recs[2].line == 4);
}

TEST_CASE("csv: bytes that are not UTF-8 are reported at their line and column", "[import][csv]") {
    auto message = [](std::string_view text) {
        try {
            (void)parse_csv(text, "t.csv");
        } catch (const DataError& e) {
            REQUIRE(e.diagnostics().size() == 1);
            return e.diagnostics()[0].str();
        }
        return std::string("accepted");
    };
    const std::string tail = "; a Latin-1 or Windows-1252 file can be converted with iconv -f windows-1252 -t utf-8)";
    CHECK(message("a,b\nC\xC3\xB4te,Caf\xE9\n") == "t.csv:2:9: not UTF-8 (byte 0xE9" + tail);
    CHECK(message("a\rb\r\xFF") == "t.csv:3:1: not UTF-8 (byte 0xFF" + tail);
    CHECK(message("\xC0\xAF") == "t.csv:1:1: not UTF-8 (byte 0xC0" + tail);          // overlong '/'
    CHECK(message("x\xED\xA0\x80") == "t.csv:1:2: not UTF-8 (byte 0xED" + tail);     // a surrogate
    CHECK(message("x\xF4\x90\x80\x80") == "t.csv:1:2: not UTF-8 (byte 0xF4" + tail); // beyond U+10FFFF
    CHECK(message("\"x\xE2\x82\"") == "t.csv:1:3: not UTF-8 (byte 0xE2" + tail);     // cut short
    CHECK(message("\xE2\x82\xAC,\xF0\x9F\x98\x80,\xEF\xBB\xBF\n") == "accepted");
}

TEST_CASE("imported texts are named in English, Dutch and French", "[import]") {
    const auto maps = load_mappings(mappings_dir);
    const auto r = import_meetings(read_file(fixtures / "meetings.csv"), "meetings.csv", maps, fixture_data());
    const Node* res = find_node(r.data, "res:666");
    REQUIRE(res);
    CHECK(res->name.en == "Resolution 666 (1990)");
    CHECK(res->name.nl == "Resolutie 666 (1990)");
    CHECK(res->name.fr == "Résolution 666 (1990)");
    const Node* meeting = find_node(r.data, "meeting:2021-02-11-1");  // no meeting record: a word of ours
    REQUIRE(meeting);
    CHECK(meeting->name.fr.rfind("Séance (2021-02-11)", 0) == 0);
    CHECK(meeting->name.nl.rfind("Vergadering (2021-02-11)", 0) == 0);
    std::size_t texts = 0;
    for (const auto& n : r.data.nodes)
        if (n.kind == NodeKind::resolution || n.kind == NodeKind::draft || n.kind == NodeKind::statement) {
            ++texts;
            CHECK(!n.name.nl.empty());
            CHECK(!n.name.fr.empty());
            CHECK(n.name.nl != n.name.en);
            CHECK(n.name.fr != n.name.en);
        }
    CHECK(texts > 1);
    CHECK(detail::draft_names("S/2019/961").fr == "Projet de résolution S/2019/961");
    CHECK(detail::statement_names("S/PRST/2020/2").nl == "Verklaring van de voorzitter S/PRST/2020/2");
}

TEST_CASE("meetings: resolution numbers out of range are warned about; gaps are ranges", "[import][meetings]") {
    const auto maps = load_mappings(mappings_dir);
    const auto existing = fixture_data();
    const std::string hdr = "year,date,date_text,meeting_record,press_release,recording,topic,other_documents,outcome_raw,"
                            "outcome_type,resolutions,presidential_statements,drafts_failed,vote_tallies,source_file,parse_note\n";
    auto row = [](int day, std::string_view num) {
        return "2019,2019-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ",x,S/PV." + std::to_string(8400 + day) +
               ",,,Libya,,S/RES/" + std::string(num) + " (2019),resolution,S/RES/" + std::string(num) + " (2019),,,,x.html,\n";
    };
    const std::string text = hdr + row(1, "2147483648") + row(2, "200000000") + row(3, "3") + row(4, "7") + row(5, "99999");
    const auto start = std::chrono::steady_clock::now();
    const auto r = import_meetings(text, "m.csv", maps, existing);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));  // was 16 s and 6 GB for 200000000
    CHECK(has_note(r.report, 2, "resolution number 2147483648 is out of range (1-99999): not imported"));
    CHECK(has_note(r.report, 3, "resolution number 200000000 is out of range (1-99999): not imported"));
    CHECK(!find_node(r.data, "res:200000000"));
    CHECK(find_node(r.data, "res:99999"));
    CHECK(has_note(r.report, 0, "resolutions missing from the tables (numbers 1-99999): 1-2, 4-6, 8-99998 (99996 numbers)"));
}

TEST_CASE("vetoes and meetings: a draft cell with more than its symbol is the tables' draft of that symbol", "[import][vetoes]") {
    const auto maps = load_mappings(mappings_dir);
    const std::string vhdr = "year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3\n";
    const std::string vetoes = vhdr +
                               "1947,8/19/1947,8,S/471 and S/471/Add.1,S/PV.188,The Greek question,Greek Civil War,Western Europe,USSR,,\n"
                               "1947,9/15/1947,9,S/552,S/PV.202,The Greek question,Greek Civil War,Western Europe,USSR,,\n"
                               "1947,9/15/1947,9,\"S/552, S/PV.202\",S/PV.202,The Greek question,Greek Civil War,Western Europe,USSR,,\n"
                               "1986,5/23/1986,5,S/18087/Rev.1,S/PV.2686,The situation in southern Africa,Apartheid,Africa,UK,USA,\n";
    const auto v = import_vetoes(vetoes, "v.csv", maps, fixture_data());
    const Node* d471 = find_node(v.data, "draft:S/471");
    REQUIRE(d471);
    CHECK(std::get<std::string>(d471->attrs.at("listed_as")) == "S/471 and S/471/Add.1");
    CHECK(has_note(v.report, 2, "draft 'S/471 and S/471/Add.1' read as S/471"));
    CHECK(edges(v.data, EdgeKind::veto, "draft:S/471").size() == 1);
    // The second veto at S/PV.202 (the preliminary question) stays a veto of its own.
    CHECK(edges(v.data, EdgeKind::veto, "draft:S/552").size() == 1);
    CHECK(edges(v.data, EdgeKind::veto, "draft:S/552, S/PV.202").size() == 1);

    ExistingData existing = fixture_data();
    existing.add(v.data);
    const std::string mhdr = "year,date,date_text,meeting_record,press_release,recording,topic,other_documents,outcome_raw,"
                             "outcome_type,resolutions,presidential_statements,drafts_failed,vote_tallies,source_file,parse_note\n";
    const std::string meetings = mhdr +
        "1947,1947-08-19,19 August,S/PV.188,,,The Greek question,,Draft resolution S/471 & Add.1 vetoed by USSR | 9-2-0,vetoed_draft,,,S/471,9-2-0,x.html,\n"
        "1986,1986-05-23,23 May,S/PV.2686,,,The situation in southern Africa,,Draft resolution S/18087 vetoed by UK and USA | 12-2-1,vetoed_draft,,,S/18087,12-2-1,x.html,\n"
        "1972,1972-08-25,25 August,S/PV.1660,,,Admission of new Members,,Draft resolution S/10768 and Corr.1 vetoed by USSR | 3-3-9,vetoed_draft,,,S/10768,3-3-9,x.html,\n"
        // The real file's lines 120 and 923: the meeting's own number, and an amendment in a parenthesis.
        "1947,1947-09-15,15 September,S/PV.202,,,The Greek question,,\"S/RES/34 (1947) | 9-2-0 | Draft resolution S/552, S/202 (preliminary question) vetoed by USSR | 8-2-1 | Draft resolution S/552 vetoed by USSR | 9-2-0\",vetoed_draft+resolution,S/RES/34 (1947),,S/34; S/552; S/202; S/552,9-2-0; 8-2-1; 9-2-0,x.html,\n"
        "1958,1958-05-02,02 May,S/PV.817,,,Urgent measures to put an end to flights,,Draft resolution S/3995 (incorporating amendment offered by Sweden in S/3998) vetoed by USSR | 10-1-0 | Draft resolution S/3997 not adopted | 1-9-1,vetoed_draft,,,S/3995; S/3998; S/3997,10-1-0; 1-9-1,x.html,\n";
    const auto m = import_meetings(meetings, "m.csv", maps, existing);
    // One node per draft: the veto list's, which the tables' outcome edges point to.
    CHECK_FALSE(find_node(m.data, "draft:S/471"));
    CHECK(edges(m.data, EdgeKind::outcome, "draft:S/471").size() == 1);
    CHECK_FALSE(find_node(m.data, "draft:S/18087"));
    CHECK(edges(m.data, EdgeKind::outcome, "draft:S/18087/Rev.1").size() == 1);
    CHECK(has_note(m.report, 3, "draft S/18087 is S/18087/Rev.1 in the veto list"));
    // Three votes in favour: no veto could have been needed to defeat it.
    const Node* d10768 = find_node(m.data, "draft:S/10768");
    REQUIRE(d10768);
    CHECK(std::get<std::string>(d10768->attrs.at("result")) == "failed");
    CHECK(has_note(m.report, 4, "had 3 votes in favour (3-3-9) of the 9 it needed"));
    // Neither is a draft: no vetoed text without a vetoer; both reported.
    CHECK_FALSE(find_node(m.data, "draft:S/202"));
    CHECK(has_note(m.report, 5, "drafts_failed lists 'S/202', this meeting's own number (S/PV.202), not a draft symbol"));
    CHECK_FALSE(find_node(m.data, "draft:S/3998"));
    CHECK(has_note(m.report, 6, "names only inside the parenthesis of S/3995 (an amendment folded into it)"));
    const Node* d3995 = find_node(m.data, "draft:S/3995");
    REQUIRE(d3995);
    CHECK(std::get<std::string>(d3995->attrs.at("result")) == "vetoed");
}

TEST_CASE("crosswalk names: title-cased small words are lower-cased, before a parenthesis too", "[import][membership]") {
    CHECK(detail::untitle("Bosnia And Herzegovina") == "Bosnia and Herzegovina");
    CHECK(detail::untitle("Bolivia (Plurinational State Of)") == "Bolivia (Plurinational State of)");
    CHECK(detail::untitle("Venezuela (Bolivarian Republic Of)") == "Venezuela (Bolivarian Republic of)");
    CHECK(detail::untitle("Saint Vincent And The Grenadines") == "Saint Vincent and the Grenadines");
    CHECK(detail::untitle("Oman") == "Oman");
}
