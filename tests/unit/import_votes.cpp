// The votes import: on rows cut by hand from the real VotingAgent file (tests/data/import/votes/,
// laid out like ../shared/realdata so `import_all` runs on it), one broken-row kind per draft, with
// the report lines; on a fixture in the DHL voting-data layout; and on the real files when present.
#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/reconcile.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <filesystem>
#include <map>
#include <set>

using namespace councilgraph;

namespace {

const std::filesystem::path realdata_dir = std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / ".." / "shared" / "realdata";

/// The fixtures cut from ../shared/realdata at test time by tests/data/import/votes/cut.py (the
/// VotingAgent file may not be copied into the project); empty when ../shared/realdata is absent.
const std::filesystem::path& votes_fixture() {
    static const std::filesystem::path dir = [] {
        if (!std::filesystem::exists(realdata_dir / "sc_votes_per_member_votingagent")) return std::filesystem::path{};
        const auto out = std::filesystem::temp_directory_path() / ("councilgraph-votes-fixture-" + std::to_string(::getpid()));
        const std::string cmd = "/usr/bin/python3 '" + std::string(COUNCILGRAPH_TEST_DATA) + "/import/votes/cut.py' '" +
                                realdata_dir.string() + "' '" + out.string() + "' >/dev/null";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("cut.py failed: " + cmd);
        return out;
    }();
    return dir;
}
#define REQUIRE_VOTES_FIXTURE()                                                          \
    if (votes_fixture().empty()) {                                                       \
        WARN("skipped: ../shared/realdata is absent (the votes fixtures are cut from it)"); \
        return;                                                                          \
    }
const std::filesystem::path mappings_dir = std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / "data" / "mappings";

/// state → vote on `target`.
std::map<std::string, std::string> votes_on(const Dataset& d, std::string_view target) {
    std::map<std::string, std::string> out;
    for (const auto& e : d.edges)
        if (e.kind == EdgeKind::vote && e.to == target) out[e.from] = std::get<std::string>(e.attrs.at("vote"));
    return out;
}

std::set<std::string> voters(const Dataset& d, std::string_view target, std::string_view vote) {
    std::set<std::string> out;
    for (const auto& [s, v] : votes_on(d, target))
        if (v == vote) out.insert(s);
    return out;
}

std::set<std::string> sponsors_of(const Dataset& d, std::string_view target) {
    std::set<std::string> out;
    for (const auto& e : d.edges)
        if (e.kind == EdgeKind::sponsors && e.to == target) out.insert(e.from);
    return out;
}

/// The message of the note at `line` containing `part`, or empty.
std::string note_at(const ImportReport& r, int line, std::string_view part) {
    for (const auto& d : r.notes)
        if (d.where.line == line && d.message.find(part) != std::string::npos) return d.message;
    return {};
}

}  // namespace

TEST_CASE("votes: each broken-row kind of the real file is repaired or skipped, and reported", "[import][votes]") {
    REQUIRE_VOTES_FIXTURE();
    auto results = import_all(votes_fixture() / "votes", load_mappings(mappings_dir), ExistingData{});
    REQUIRE(results.size() == 4);
    REQUIRE(results[3].name == "votingagent-votes.json");
    const auto& r = results[3].result;
    const auto& d = r.data;

    // 410 rows of 28 drafts. Skipped: the adopted repeat of the 1995 veto (15), the duplicate
    // S/2020/667 and S/2020/684 drafts (15 + 15), two drafts whose rows belong to another vote
    // (15 + 13), and five rows giving a state a second time (2441, 797, 1054 twice, 2602).
    CHECK(r.report.read == 410);
    CHECK(r.report.skipped == 15 + 15 + 15 + 15 + 13 + 5);
    CHECK(r.report.imported == r.report.read - r.report.skipped);

    // Day and month swapped: the meetings data's date wins, all fifteen votes dated by it.
    CHECK(note_at(r.report, 5, "date") ==
          "res:893 (S/1994/11): date 1994-06-01 has day and month swapped: 1994-01-06 taken from dhl-meetings line 2: S/PV.3326 (lines 5-19, 15 rows)");
    std::size_t dated = 0;
    for (const auto& e : d.edges)
        if (e.kind == EdgeKind::vote && e.to == "res:893") dated += e.time.date->str() == "1994-01-06";
    CHECK(dated == 15);
    // A vetoed draft repeated as adopted (IDs 75-80): the veto list decides.
    CHECK(note_at(r.report, 20, "given twice") ==
          "draft:S/1995/394: S/1995/394 is given twice: as adopted here and as vetoed at lines 35-49, 15 rows (the data imported against says vetoed, dhl-vetoes line 2: S/1995/394): these rows are skipped (lines 20-34, 15 rows)");
    CHECK(voters(d, "draft:S/1995/394", "no") == std::set<std::string>{"state:USA"});
    // A draft whose rows name 2018 members in 1995 and contradict the tally.
    CHECK(note_at(r.report, 50, "the rows give the tally 10-1-4 where dhl-meetings line 3: S/PV.3551 has 14-0-1").find("all skipped") != std::string::npos);
    CHECK(votes_on(d, "res:1003").empty());
    // "Ethipia", corrected by data/mappings/corrections.json.
    CHECK(!note_at(r.report, 161, "Member State 'Ethipia' corrected to 'Ethiopia'").empty());
    CHECK(votes_on(d, "draft:S/2018/516").at("state:ETH") == "abstain");
    // Non-breaking space in the symbol; the "No" voters of the veto.
    CHECK(note_at(r.report, 135, "non-breaking") ==
          "draft:S/2018/156: a non-breaking space around the draft or resolution symbol removed (lines 135-149, 15 rows)");
    CHECK(voters(d, "draft:S/2018/156", "no") == std::set<std::string>{"state:BOL", "state:RUS"});
    CHECK(votes_on(d, "draft:S/2018/156").size() == 15);
    // Duplicated (draft, member) pairs with two votes: the meetings tally decides.
    CHECK(note_at(r.report, 177, "given twice") ==
          "state:RUS is given twice for res:2441 (S/2018/985) (also line 166, abstain), with another vote (yes); the vote that makes the tally 13-0-2 of dhl-meetings line 9: S/PV.8389 is kept: row skipped");
    CHECK(votes_on(d, "res:2441").at("state:RUS") == "abstain");
    CHECK(votes_on(d, "draft:S/2020/797").at("state:RUS") == "no");
    CHECK(votes_on(d, "draft:S/2020/1054").at("state:RUS") == "yes");
    CHECK(votes_on(d, "draft:S/2020/1054").at("state:VNM") == "yes");
    CHECK(voters(d, "draft:S/2020/1054", "abstain").size() == 10);
    // Nothing decides for res:2602 (China is missing): the first is kept, the tally stays listed.
    CHECK(!note_at(r.report, 362, "no single choice gives the tally 13-0-2").empty());
    CHECK(!note_at(r.report, 349, "tally cross-check: res:2602 is 13-0-2 in dhl-meetings line 21: S/PV.8890, but its 14 vote rows give 13-0-1").empty());
    // Yes and No reversed (S/2019/962): the meetings tally 5-6-4 wins.
    CHECK(!note_at(r.report, 211, "tally 6-5-4 is 5-6-4 in dhl-meetings line 12: S/PV.8697: Yes and No are reversed").empty());
    CHECK(voters(d, "draft:S/2019/962", "yes").size() == 5);
    CHECK(votes_on(d, "draft:S/2019/962").at("state:RUS") == "yes");
    CHECK(votes_on(d, "draft:S/2019/962").at("state:USA") == "no");
    // Repeated drafts: the veto list and the adopted resolution win.
    CHECK(!note_at(r.report, 241, "S/2020/667 is given twice: as failed here and as vetoed at lines 256-270").empty());
    CHECK(votes_on(d, "draft:S/2020/667").size() == 15);
    CHECK(voters(d, "draft:S/2020/667", "no") == std::set<std::string>{"state:CHN", "state:RUS"});
    CHECK(!note_at(r.report, 286, "S/2020/684 is given twice: as failed here and as adopted at lines 271-285").empty());
    CHECK(votes_on(d, "draft:S/2020/684").empty());
    CHECK(voters(d, "res:2533", "yes").size() == 12);
    // One symbol for two resolutions: both kept, reported.
    CHECK(!note_at(r.report, 120, "S/2006/372 is also given for res:1685").empty());
    CHECK(votes_on(d, "res:1684").size() == 15);
    CHECK(votes_on(d, "res:1685").size() == 15);
    // Fewer than 15 rows; no symbol at all.
    CHECK(!note_at(r.report, 78, "12 members recorded where the Council has 15").empty());
    CHECK(votes_on(d, "draft:2000-06-23-unnamed-423").size() == 12);
    // Lower-case symbol; Draft and Resolution swapped (2025), one symbol for two of them.
    CHECK(!note_at(r.report, 90, "Draft 's/2004/25' written with a lower-case 's': read as S/2004/25").empty());
    CHECK(!note_at(r.report, 469, "Draft 'S/RES/2779(2025)' and Resolution 'S/2025/270' are swapped").empty());
    // The votes name the draft; the graph makes it the resolution's alias (derive_draft_symbols).
    for (const auto& e : d.edges)
        if (e.kind == EdgeKind::vote && e.to == "res:2779") CHECK(to_string(e.attrs.at("draft")) == "S/2025/270");
    Dataset named = d;
    derive_draft_symbols(named);
    const auto* r2779 = [&]() -> const Node* {
        for (const auto& n : named.nodes)
            if (n.id == "res:2779") return &n;
        return nullptr;
    }();
    REQUIRE(r2779);
    CHECK(r2779->aliases == std::vector<std::string>{"S/2025/270"});
    CHECK(votes_on(d, "res:2781").size() == 6);
    // Amendments are their own texts.
    CHECK(!note_at(r.report, 226, "Draft 'S/2020/24 amendment' is an amendment").empty());
    CHECK(votes_on(d, "draft:S/2020/24-amendment").size() == 15);
    CHECK(votes_on(d, "draft:2023-12-22-oral-amendment").size() == 15);
    // Sponsor lists: split names, backtick, period, Excel markers, stray quote, mixed names.
    CHECK(note_at(r.report, 301, "Cabo") == "res:2535: sponsor 'Cabo,Verde' read as 'Cabo Verde' (two list items joined into one name) (lines 301-315, 15 rows)");
    CHECK(sponsors_of(d, "res:2535").contains("state:CPV"));
    CHECK(!note_at(r.report, 181, "sponsor 'Côte d`Ivoire' read as 'Côte d'Ivoire' (a backtick read as an apostrophe)").empty());
    CHECK(sponsors_of(d, "res:2462").contains("state:CIV"));
    CHECK(!note_at(r.report, 196, "sponsor 'Uruguay.' read as 'Uruguay' (a trailing period removed)").empty());
    CHECK(sponsors_of(d, "res:2474").contains("state:URY"));
    CHECK(sponsors_of(d, "res:2474").contains("state:CZE"));  // "Czech Republic"
    CHECK(!note_at(r.report, 364, "5 Excel line-break markers").empty());
    CHECK(!note_at(r.report, 364, "sponsor 'Spain  and Sweden.' read as 'Spain', 'Sweden'").empty());
    const auto s2652 = sponsors_of(d, "res:2652");
    CHECK(s2652.size() == 28);  // the 28 names of the list, each once
    for (const char* s : {"state:ALB", "state:CZE", "state:ESP", "state:SWE"}) CHECK(s2652.contains(s));  // "Czechia"
    CHECK(votes_on(d, "res:893").contains("state:CZE"));                                        // "Czech Republic"
    // Cross-checks: the veto list's S/2019/186 has no vote rows in this fixture.
    CHECK(std::count_if(r.report.notes.begin(), r.report.notes.end(), [](const Diagnostic& n) {
              return n.message.find("veto cross-check") != std::string::npos && n.message.find("draft:S/2019/186") != std::string::npos;
          }) == 2);
    // Every vote carries its record.
    for (const auto& e : d.edges)
        if (e.kind == EdgeKind::vote) {
            REQUIRE(e.evidence.size() == 1);
            CHECK(e.evidence[0].source == "votingagent-votes");
            CHECK(e.evidence[0].record.starts_with("line "));
        }

    // The four outputs load together without a problem, and `check` finds the same disagreements.
    const auto dir = std::filesystem::temp_directory_path() / "cg-votes-fixture";
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (const auto& o : results) {
        write_file_atomic(dir / o.name, to_native_text(o.result.data));
        paths.push_back((dir / o.name).string());
    }
    auto loaded = load(paths);
    for (const auto& p : loaded.problems) UNSCOPED_INFO(p.str());
    CHECK(loaded.problems.empty());
    const auto checks = cross_check_votes(loaded.data);
    std::size_t in_report = 0;
    for (const auto& n : r.report.notes) in_report += n.message.find("cross-check") != std::string::npos;
    CHECK(checks.size() == in_report);
    std::filesystem::remove_all(dir);
}

TEST_CASE("votes: what a text concerns comes from its agenda item where the meetings data says nothing", "[import][votes]") {
    REQUIRE_VOTES_FIXTURE();
    auto results = import_all(votes_fixture() / "votes", load_mappings(mappings_dir), ExistingData{});
    const auto named = [&](std::string_view file) -> const Dataset& {
        for (const auto& r : results)
            if (r.name == file) return r.result.data;
        FAIL("no " << file);
        throw std::logic_error("unreachable");
    };
    const auto concerns = [](const Dataset& d) {
        std::map<std::string, std::string> out;  // text → dossier
        for (const auto& e : d.edges)
            if (e.kind == EdgeKind::concerns) out[e.from] = e.to;
        return out;
    };
    const auto by_meetings = concerns(named("dhl-meetings.json"));
    const auto by_votes = concerns(named("votingagent-votes.json"));
    // After 2022 the meetings data ends: the votes' agenda item, through the meetings.topic mapping.
    CHECK(by_votes.at("res:2779") == "dossier:sudan");
    CHECK(by_votes.at("res:2652") == "dossier:peace-and-security");
    CHECK(!by_meetings.contains("res:2779"));
    // Where the meetings data says what a text concerns, the votes import adds nothing of its own.
    REQUIRE(by_meetings.contains("res:2462"));
    CHECK(!by_votes.contains("res:2462"));
    for (const auto& [text, dossier] : by_votes) CHECK(!by_meetings.contains(text));
    for (const auto& e : named("votingagent-votes.json").edges)
        if (e.kind == EdgeKind::concerns) {
            REQUIRE(e.evidence.size() == 1);
            CHECK(e.evidence[0].record.find("Agenda item") != std::string::npos);
        }
}

TEST_CASE("votes: the DHL voting-data layout, from a fixture made of the real file's rows", "[import][votes]") {
    REQUIRE_VOTES_FIXTURE();
    auto base = import_all(votes_fixture() / "votes", load_mappings(mappings_dir), ExistingData{});
    ExistingData existing;
    for (std::size_t i = 0; i < 3; ++i) existing.add(base[i].result.data);
    const auto file = votes_fixture() / "votes-dhl-layout.csv";
    auto r = import_votes(read_file(file), "votes-dhl-layout.csv", load_mappings(mappings_dir), existing);
    REQUIRE(r.data.sources.size() == 1);
    CHECK(r.data.sources[0].id == "undl-votes");
    CHECK(r.report.read == 30);
    CHECK(r.report.skipped == 0);
    // The four comment lines come first: the first data row is line 6.
    CHECK(note_at(r.report, 6, "date") ==
          "res:893 (S/1994/11): date 1994-06-01 has day and month swapped: 1994-01-06 taken from dhl-meetings line 2: S/PV.3326 (lines 6-20, 15 rows)");
    CHECK(votes_on(r.data, "res:893").size() == 15);
    CHECK(votes_on(r.data, "res:2462").size() == 15);
    CHECK(votes_on(r.data, "res:2462").at("state:CIV") == "yes");  // by ms_code
    CHECK(votes_on(r.data, "res:893").at("state:CZE") == "yes");
}

TEST_CASE("votes: a file in neither layout is unusable, naming the columns", "[import][votes]") {
    const auto maps = load_mappings(mappings_dir);
    try {
        (void)import_votes("Year,Date,Vote\n1994,1994-01-06,Yes\n", "v.csv", maps, ExistingData{});
        FAIL("expected a DataError");
    } catch (const DataError& e) {
        REQUIRE(!e.diagnostics().empty());
        CHECK(e.diagnostics()[0].str() ==
              "v.csv:1: header lacks the column 'Resolution' (the VotingAgent layout; the DHL layout has 'ms_vote')");
    }
}

TEST_CASE("votes: the real file, checked by hand against its SOURCE.md", "[import][votes][realdata]") {
    const std::filesystem::path realdata = std::filesystem::path(COUNCILGRAPH_SOURCE_DIR) / ".." / "shared" / "realdata";
    if (!std::filesystem::exists(realdata / "sc_votes_per_member_votingagent")) {
        WARN("skipped: ../shared/realdata is absent");
        return;
    }
    auto results = import_all(realdata, load_mappings(mappings_dir), ExistingData{});
    REQUIRE(results.size() == 4);
    const auto& r = results[3].result;
    const auto& d = r.data;
    CHECK(r.report.read == 29929);
    // The "No" voters of the nine vetoed drafts of 2018-2020 (SOURCE.md's table).
    const std::map<std::string, std::set<std::string>> vetoed = {
        {"draft:S/2018/156", {"state:RUS", "state:BOL"}},
        {"draft:S/2018/321", {"state:RUS", "state:BOL"}},
        {"draft:S/2018/516", {"state:USA"}},
        {"draft:S/2019/186", {"state:CHN", "state:RUS", "state:ZAF"}},
        {"draft:S/2019/756", {"state:CHN", "state:RUS"}},
        {"draft:S/2019/961", {"state:CHN", "state:RUS"}},
        {"draft:S/2020/654", {"state:CHN", "state:RUS"}},
        {"draft:S/2020/667", {"state:CHN", "state:RUS"}},
        {"draft:S/2020/852", {"state:USA"}},
    };
    for (const auto& [draft, no] : vetoed) {
        INFO(draft);
        CHECK(voters(d, draft, "no") == no);
        CHECK(votes_on(d, draft).size() == 15);
    }
    // Drafts per year and outcome, 2018-2020 (SOURCE.md: 2018 60 = 44 unanimous + 9 majority + 4
    // failed + 3 vetoed; 2019 58 = 43 + 9 + 3 + 3; 2020 66 = 44 + 13 + 6 + 3, of which two failed
    // drafts are repeats that the import skips: ID 1711 of S/2020/667 and ID 1715 of S/2020/684).
    struct Count {
        int unanimous = 0, majority = 0, failed = 0, vetoed = 0;
        bool operator==(const Count&) const = default;
    };
    std::map<std::string, std::array<int, 3>> tally;
    std::map<std::string, int> year;
    std::map<std::string, bool> p5_no;
    static const std::set<std::string> p5 = {"state:CHN", "state:FRA", "state:GBR", "state:RUS", "state:USA"};
    for (const auto& e : d.edges) {
        if (e.kind != EdgeKind::vote) continue;
        const auto v = std::get<std::string>(e.attrs.at("vote"));
        ++tally[e.to][v == "yes" ? 0 : v == "no" ? 1 : 2];
        year[e.to] = e.time.date->year;
        if (v == "no" && p5.contains(e.from)) p5_no[e.to] = true;
    }
    std::map<int, Count> per_year;
    for (const auto& [t, y] : year) {
        if (y < 2018 || y > 2020) continue;
        auto& c = per_year[y];
        const auto& tl = tally[t];
        if (t.starts_with("res:")) (tl[1] == 0 && tl[2] == 0 ? c.unanimous : c.majority)++;
        else (p5_no[t] && tl[0] >= 9 ? c.vetoed : c.failed)++;
    }
    CHECK(per_year[2018] == Count{44, 9, 4, 3});
    CHECK(per_year[2019] == Count{44, 8, 3, 3});  // res 2454 is "Adopted by majority" in the file, but 15-0-0 there and in DHL
    CHECK(per_year[2020] == Count{44, 13, 4, 3});
    // The veto cross-check: one exception, S/1996/952 (the Secretary-General's reappointment,
    // which the veto list does not have).
    std::set<std::string> veto_exceptions;
    for (const auto& n : r.report.notes)
        if (n.message.starts_with("veto cross-check")) veto_exceptions.insert(n.message);
    CHECK(veto_exceptions == std::set<std::string>{
              "veto cross-check: state:USA voted no on draft:S/1996/952 (14-1-0, a veto), but the veto list does not name it (votingagent-votes line 2856: ID 192: S/1996/952 United States No)"});
}
