#pragma once
/// \file time.hpp
/// Dates with precision (year, month or day) and inclusive day intervals.
///
/// A `Date` of year precision covers the whole year, month precision the whole month. Every date
/// maps to a closed range of day numbers (days since 1970-01-01), so comparing facts of mixed
/// precision is plain integer arithmetic.

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace councilgraph {

/// How precise a date is.
enum class Precision : std::uint8_t { year, month, day };

/// A calendar date as precise as its source: `2019`, `2019-03` or `2019-03-08`.
struct Date {
    int year = 0;
    int month = 0;  ///< 1-12, 0 when precision is year
    int day = 0;    ///< 1-31, 0 when precision is below day

    [[nodiscard]] Precision precision() const noexcept;
    /// First day covered, as days since 1970-01-01.
    [[nodiscard]] std::int32_t first_day() const noexcept;
    /// Last day covered, as days since 1970-01-01.
    [[nodiscard]] std::int32_t last_day() const noexcept;
    /// The canonical text form, as written in the data (`2019`, `2019-03`, `2019-03-08`).
    [[nodiscard]] std::string str() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nullopt when malformed or impossible (month 13,
/// 30 February). `why`, when given, receives what was expected.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text, std::string* why = nullptr);

/// Parses like parse_date but throws UsageError naming `what` (e.g. `--at`).
[[nodiscard]] Date parse_date_arg(std::string_view text, std::string_view what);

/// Days since 1970-01-01 of a proleptic Gregorian date.
[[nodiscard]] std::int32_t days_from_civil(int y, int m, int d) noexcept;
/// Number of days in a month (leap years handled).
[[nodiscard]] int days_in_month(int y, int m) noexcept;

/// A closed range of day numbers; the open ends are the extreme values.
struct DayRange {
    static constexpr std::int32_t min = std::numeric_limits<std::int32_t>::min();
    static constexpr std::int32_t max = std::numeric_limits<std::int32_t>::max();
    std::int32_t lo = min;
    std::int32_t hi = max;

    /// True when the two ranges share at least one day.
    [[nodiscard]] bool overlaps(const DayRange& o) const noexcept { return lo <= o.hi && o.lo <= hi; }
    [[nodiscard]] bool contains(std::int32_t day) const noexcept { return lo <= day && day <= hi; }
    [[nodiscard]] bool unbounded() const noexcept { return lo == min && hi == max; }
    friend bool operator==(const DayRange&, const DayRange&) = default;
};

/// When a relation holds: a single date, an interval with optional ends, or nothing (undated,
/// which matches every window).
struct TimeSpan {
    std::optional<Date> date;   ///< a point fact (vote, veto, speech)
    std::optional<Date> start;  ///< interval start, inclusive; absent = open
    std::optional<Date> end;    ///< interval end, inclusive; absent = open

    [[nodiscard]] bool undated() const noexcept { return !date && !start && !end; }
    /// The days this span covers (a year-precision date covers the whole year).
    [[nodiscard]] DayRange days() const noexcept;
    /// Human form: `2019-03-08`, `2019 – 2020`, `2019 –` , `– 2020`, or empty when undated.
    [[nodiscard]] std::string str() const;
};

/// A query window built from `--at` or `--from/--to`.
[[nodiscard]] DayRange window_at(const Date& at) noexcept;
/// `from` and `to` are each optional; throws UsageError when `to` ends before `from` starts.
[[nodiscard]] DayRange window_between(const std::optional<Date>& from, const std::optional<Date>& to);

}  // namespace councilgraph
