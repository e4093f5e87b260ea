// Merging across precisions, one membership row per state, candidacies and questions
// (fixture + tests/data/council).
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

const Graph& council() {
    static const Graph g = [] {
        std::vector<std::string> paths{std::string(COUNCILGRAPH_TEST_DATA) + "/fixture",
                                       std::string(COUNCILGRAPH_TEST_DATA) + "/council"};
        return Graph(load_checked(paths));
    }();
    return g;
}

Selection year(const char* y) {
    Selection s;
    s.window = window_at(*parse_date(y));
    return s;
}

}  // namespace

TEST_CASE("members: each state once, typed by the edge that states a type") {
    const Graph& g = council();
    const auto rows = query_members(View(g, year("2019")), {}, Lang::en);
    std::vector<std::string> ids;
    for (const auto& f : rows) ids.push_back(g.node(f.from).id);
    for (const auto& id : ids) CHECK(std::count(ids.begin(), ids.end(), id) == 1);
    auto row = [&](const char* id) {
        return *std::find_if(rows.begin(), rows.end(), [&](const Fact& f) { return g.node(f.from).id == id; });
    };
    const Fact chn = row("state:CHN");
    CHECK(std::get<std::string>(chn.attrs.at("type")) == "permanent");
    CHECK(chn.time.undated());
    CHECK(chn.edges.size() == 2);
    CHECK(chn.attrs.count("type_note") == 0);
    const Fact kwt = row("state:KWT");
    CHECK(std::get<std::string>(kwt.attrs.at("type")) == "elected");
    CHECK(kwt.time.str() == "2018 – 2019");
    CHECK(kwt.evidence.size() == 2);
    CHECK(row("state:POL").attrs.count("type") == 0);
    CHECK(row("state:BEL").time.str() == "2019-01-01 – 2020-12-31");
}

TEST_CASE("members: separate terms stay separate rows; candidacies are not members") {
    const Graph& g = council();
    RelationFilter f;
    f.from = "Belgium";
    const auto rows = query_members(View(g, Selection{}), f, Lang::en);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].time.str() == "2007 – 2008");
    for (const auto& r : rows) CHECK(r.kind == EdgeKind::member);
    const auto cands = query_candidacies(View(g, Selection{}), f, Lang::en);
    CHECK(cands.size() == 4);
}

TEST_CASE("a fact at two precisions is one row; a sub-period is not") {
    const Graph& g = council();
    RelationFilter russia;
    russia.from = "Russia";
    const auto vetoes = query_vetoes(View(g, Selection{}), russia, Lang::en);
    REQUIRE(vetoes.size() == 2);
    CHECK(vetoes[0].time.str() == "2019-12-20");
    CHECK(vetoes[0].evidence.size() == 2);
    RelationFilter nld;
    nld.from = "Netherlands";
    const auto chairs = query_chairs(View(g, Selection{}), nld, Lang::en);
    CHECK(chairs.size() == 2);  // `2018` and `2018-03 – 2018-05`
}

TEST_CASE("questions carry the asker's party and filter by it") {
    const Graph& g = council();
    QuestionFilter f;
    f.party = "CD&V";
    const auto rows = query_questions(View(g, Selection{}), f, Lang::en);
    REQUIRE(rows.size() == 2);
    for (const auto& r : rows) {
        REQUIRE(r.parties.size() == 1);
        CHECK(g.node(r.parties[0]).id == "party:cd-v");
    }
    CHECK(rows[1].fact.evidence.size() == 2);  // the same question quoted in en and nl
}

TEST_CASE("sponsors list their co-sponsors whatever the --by filter") {
    const Graph& g = council();
    RelationFilter f;
    f.from = "Kuwait";
    const auto rows = query_sponsors(View(g, Selection{}), f, Lang::en);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].with.size() == 2);
    CHECK(g.node(rows[0].with[0]).id == "state:BEL");
    CHECK(g.node(rows[0].with[1]).id == "state:SWE");
}
