#include <councilgraph/error.hpp>
#include <councilgraph/time.hpp>

#include <catch2/catch.hpp>

using namespace councilgraph;

TEST_CASE("dates parse at three precisions and print as written", "[time]") {
    CHECK(parse_date("2019")->str() == "2019");
    CHECK(parse_date("2019-03")->str() == "2019-03");
    CHECK(parse_date("2019-03-08")->str() == "2019-03-08");
    CHECK(parse_date("2019")->precision() == Precision::year);
    CHECK(parse_date("2019-03")->precision() == Precision::month);
    CHECK(parse_date("2019-03-08")->precision() == Precision::day);
}

TEST_CASE("impossible and malformed dates are refused with the reason", "[time]") {
    std::string why;
    CHECK_FALSE(parse_date("2019-13", &why));
    CHECK(why == "month must be 01 to 12");
    CHECK_FALSE(parse_date("2019-02-29", &why));
    CHECK(why == "no such day in that month");
    CHECK(parse_date("2020-02-29"));  // leap year
    CHECK_FALSE(parse_date("1900-02-29"));
    CHECK(parse_date("2000-02-29"));
    for (const char* bad : {"", "19", "2019-3", "2019/03/08", "2019-03-08T00", "abcd", "2019-00"})
        CHECK_FALSE(parse_date(bad));
    CHECK_THROWS_WITH(parse_date_arg("2019-13-01", "--at"), "--at: '2019-13-01' is not a date: month must be 01 to 12");
}

TEST_CASE("a date covers its whole year or month", "[time]") {
    const Date y = *parse_date("2019");
    CHECK(y.first_day() == days_from_civil(2019, 1, 1));
    CHECK(y.last_day() == days_from_civil(2019, 12, 31));
    const Date feb = *parse_date("2020-02");
    CHECK(feb.last_day() - feb.first_day() == 28);  // 29 days in February 2020
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);
}

TEST_CASE("time spans: --at a day inside a year-precision fact matches; term ends are inclusive", "[time]") {
    TimeSpan term{std::nullopt, parse_date("2019-01-01"), parse_date("2020-12-31")};
    CHECK(term.days().overlaps(window_at(*parse_date("2019-01-01"))));
    CHECK(term.days().overlaps(window_at(*parse_date("2020-12-31"))));
    CHECK_FALSE(term.days().overlaps(window_at(*parse_date("2018-12-31"))));
    CHECK_FALSE(term.days().overlaps(window_at(*parse_date("2021-01-01"))));
    TimeSpan year{parse_date("2019"), std::nullopt, std::nullopt};
    CHECK(year.days().overlaps(window_at(*parse_date("2019-06-01"))));
    TimeSpan open_end{std::nullopt, parse_date("2020-10"), std::nullopt};
    CHECK(open_end.days().overlaps(window_at(*parse_date("2030"))));
    CHECK(open_end.str() == "2020-10 –");
    TimeSpan undated;
    CHECK(undated.undated());
    CHECK(undated.days().overlaps(window_at(*parse_date("1946"))));
    CHECK(TimeSpan{std::nullopt, parse_date("2018"), parse_date("2018")}.str() == "2018");
}

TEST_CASE("query windows from --from/--to: open ends, reversed range refused", "[time]") {
    auto w = window_between(parse_date("2019"), parse_date("2020"));
    CHECK(w.lo == days_from_civil(2019, 1, 1));
    CHECK(w.hi == days_from_civil(2020, 12, 31));
    CHECK(window_between(std::nullopt, std::nullopt).unbounded());
    CHECK_THROWS_AS(window_between(parse_date("2020"), parse_date("2019")), UsageError);
}
