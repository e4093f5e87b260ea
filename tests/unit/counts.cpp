// Grouped counts (`--count-by`) over query rows, and the record queries (`resolutions`,
// `meetings`) over the test data.
#include <councilgraph/counts.hpp>
#include <councilgraph/error.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/reconcile.hpp>
#include <councilgraph/record.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace councilgraph;

namespace {

const Graph& data() {
    static const Graph g = [] {
        const std::string d = COUNCILGRAPH_TEST_DATA;
        const std::vector<std::string> paths{d + "/fixture", d + "/queries", d + "/council"};
        Dataset ds = load_checked(paths);
        derive_times(ds);  // texts get their lives from their dates, as the CLI's graph does
        return Graph(std::move(ds));
    }();
    return g;
}

Table two_columns() {
    Table t;
    t.columns = {shown("by"), shown("dossier", ValueType::list), hidden("date")};
    t.add({std::string("Russia"), std::vector<std::string>{"Syria", "Yemen"}, std::string("2019-12-20")});
    t.add({std::string("Russia"), std::vector<std::string>{"Syria"}, std::string("2020-07-10")});
    t.add({std::string("China"), std::vector<std::string>{}, std::string("1999")});
    t.add({std::string(""), std::vector<std::string>{"Syria", "Syria"}, std::string()});
    return t;
}

std::vector<std::string> keys(const Table& t, std::size_t col) {
    std::vector<std::string> out;
    for (const auto& r : t.rows) out.push_back(cell_text(r[col]));
    return out;
}

}  // namespace

TEST_CASE("count_rows groups by a field, most first, ties by key") {
    const std::vector<std::string> by{"by"};
    const Table c = count_rows(two_columns(), by, CountOrder::count);
    REQUIRE(c.columns.size() == 2);
    CHECK(c.columns[1].field == "count");
    CHECK(c.columns[1].type == ValueType::integer);
    CHECK(keys(c, 0) == std::vector<std::string>{"Russia", "(none)", "China"});
    CHECK(keys(c, 1) == std::vector<std::string>{"2", "1", "1"});
}

TEST_CASE("a list cell counts its row once under each distinct item") {
    const std::vector<std::string> by{"dossier"};
    const Table c = count_rows(two_columns(), by, CountOrder::key);
    CHECK(keys(c, 0) == std::vector<std::string>{"(none)", "Syria", "Yemen"});
    CHECK(keys(c, 1) == std::vector<std::string>{"1", "3", "1"});
}

TEST_CASE("year, month and decade come from the date; two fields group by both") {
    const std::vector<std::string> ym{"year", "month"};
    const Table c = count_rows(two_columns(), ym, CountOrder::key);
    CHECK(keys(c, 0) == std::vector<std::string>{"(none)", "1999", "2019", "2020"});
    CHECK(keys(c, 1) == std::vector<std::string>{"(none)", "1999-??", "2019-12", "2020-07"});
    const std::vector<std::string> dec{"decade", "by"};
    const Table d = count_rows(two_columns(), dec, CountOrder::key);
    CHECK(keys(d, 0) == std::vector<std::string>{"(none)", "1990s", "2010s", "2020s"});
    CHECK(keys(d, 1) == std::vector<std::string>{"(none)", "China", "Russia", "Russia"});
}

TEST_CASE("an unknown field names the fields there are; bad lists are refused") {
    const std::vector<std::string> bad{"votes"};
    REQUIRE_THROWS_AS(count_rows(two_columns(), bad, CountOrder::count), UsageError);
    try {
        (void)count_rows(two_columns(), bad, CountOrder::count);
    } catch (const UsageError& e) {
        CHECK(std::string(e.what()) == "--count-by: unknown field 'votes' (fields of these rows: by, dossier, date, year, month, decade, member)");
    }
    const std::vector<std::string> member{"member"};
    const Table m = count_rows(two_columns(), member, CountOrder::count);
    CHECK(m.columns.front().field == "member");
    CHECK(keys(m, 0) == std::vector<std::string>{"Russia", "(none)", "China"});
    CHECK_THROWS_AS(parse_count_fields("year,,by"), UsageError);
    CHECK_THROWS_AS(parse_count_fields("year,year"), UsageError);
    CHECK(parse_count_fields("year,by") == std::vector<std::string>{"year", "by"});
    CHECK_THROWS_AS(parse_count_order("most"), UsageError);
}

TEST_CASE("vetoes counted by caster over the test data add up to the rows, stated totals left out") {
    const Graph& g = data();
    const View all(g, Selection{});
    const Table t = vetoes_table(g, query_vetoes(all, {}, Lang::en), Lang::en);
    const std::vector<std::string> by{"by"};
    std::size_t totals = 0;
    const Table c = count_rows(t, by, CountOrder::count, &totals);
    std::int64_t sum = 0;
    for (const auto& r : c.rows) sum += std::get<std::int64_t>(r[1]);
    // The stated total ("16 vetoes by Russia on Syria") is not one veto: left out, and said so.
    std::size_t stated = 0;
    for (std::size_t r = 0; r < t.rows.size(); ++r) stated += states_total(t, r);
    CHECK(stated == 1);
    CHECK(totals == stated);
    CHECK(sum == static_cast<std::int64_t>(t.rows.size() - stated));
    CHECK(cell_text(c.rows.front()[0]) == "Russia");
}

TEST_CASE("resolutions lists texts with their outcome, vetoes and tally") {
    const Graph& g = data();
    const View all(g, Selection{});
    const auto rows = query_resolutions(all, {}, Lang::en);
    const Vertex d961 = *g.find("draft:S/2019/961");
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const TextOutcomeRow& r) { return r.text == d961; });
    REQUIRE(it != rows.end());
    CHECK(it->outcome == "vetoed");
    CHECK(it->vetoed_by.size() == 2);
    RecordFilter failed;
    failed.outcomes = {"failed"};
    const auto f = query_resolutions(all, failed, Lang::en);
    REQUIRE(f.size() == 1);
    CHECK(g.node(f.front().text).id == "draft:small-arms-2020");
    RecordFilter res;
    res.kinds = {NodeKind::resolution};
    for (const auto& r : query_resolutions(all, res, Lang::en)) CHECK(r.outcome == "adopted");
    CHECK_THROWS_AS(parse_outcomes("adopted,lost"), UsageError);
}

TEST_CASE("a bounded window leaves undated texts out and keeps dated ones") {
    const Graph& g = data();
    Selection sel;
    sel.window = window_at(*parse_date("2018"));
    const View v(g, sel);
    const auto rows = query_resolutions(v, {}, Lang::en);
    REQUIRE(!rows.empty());
    for (const auto& r : rows) {
        CHECK(!r.time.undated());
        CHECK(r.time.days().overlaps(sel.window));
    }
}
