#include <councilgraph/time.hpp>
#include <councilgraph/error.hpp>

#include <charconv>

namespace councilgraph {

std::int32_t days_from_civil(int y, int m, int d) noexcept {
    // H. Hinnant's algorithm: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

int days_in_month(int y, int m) noexcept {
    static constexpr int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return len[m - 1];
}

Precision Date::precision() const noexcept {
    return day ? Precision::day : month ? Precision::month : Precision::year;
}

std::int32_t Date::first_day() const noexcept { return days_from_civil(year, month ? month : 1, day ? day : 1); }

std::int32_t Date::last_day() const noexcept {
    const int m = month ? month : 12;
    return days_from_civil(year, m, day ? day : days_in_month(year, m));
}

std::string Date::str() const {
    char buf[16];
    auto put = [](char* p, int v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10) p[i] = static_cast<char>('0' + v % 10);
    };
    put(buf, year, 4);
    std::size_t n = 4;
    if (month) {
        buf[n++] = '-';
        put(buf + n, month, 2);
        n += 2;
    }
    if (day) {
        buf[n++] = '-';
        put(buf + n, day, 2);
        n += 2;
    }
    return {buf, n};
}

std::optional<Date> parse_date(std::string_view t, std::string* why) {
    auto fail = [&](const char* msg) -> std::optional<Date> {
        if (why) *why = msg;
        return std::nullopt;
    };
    auto digits = [&](std::size_t pos, std::size_t n, int& out) {
        if (pos + n > t.size()) return false;
        for (std::size_t i = pos; i < pos + n; ++i)
            if (t[i] < '0' || t[i] > '9') return false;
        std::from_chars(t.data() + pos, t.data() + pos + n, out);
        return true;
    };
    Date d;
    if (!(t.size() == 4 || t.size() == 7 || t.size() == 10) || !digits(0, 4, d.year))
        return fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD");
    if (t.size() >= 7) {
        if (t[4] != '-' || !digits(5, 2, d.month)) return fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD");
        if (d.month < 1 || d.month > 12) return fail("month must be 01 to 12");
    }
    if (t.size() == 10) {
        if (t[7] != '-' || !digits(8, 2, d.day)) return fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD");
        if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return fail("no such day in that month");
    }
    return d;
}

Date parse_date_arg(std::string_view text, std::string_view what) {
    std::string why;
    auto d = parse_date(text, &why);
    if (!d) throw UsageError(std::string(what) + ": '" + std::string(text) + "' is not a date: " + why);
    return *d;
}

DayRange TimeSpan::days() const noexcept {
    if (date) return {date->first_day(), date->last_day()};
    DayRange r;
    if (start) r.lo = start->first_day();
    if (end) r.hi = end->last_day();
    return r;
}

std::string TimeSpan::str() const {
    if (date) return date->str();
    if (!start && !end) return {};
    if (start && end && *start == *end) return start->str();
    std::string s;
    if (start) s += start->str() + " ";
    s += "–";
    if (end) s += " " + end->str();
    return s;
}

DayRange window_at(const Date& at) noexcept { return {at.first_day(), at.last_day()}; }

DayRange window_between(const std::optional<Date>& from, const std::optional<Date>& to) {
    DayRange r;
    if (from) r.lo = from->first_day();
    if (to) r.hi = to->last_day();
    if (from && to && r.hi < r.lo)
        throw UsageError("--to " + to->str() + " is before --from " + from->str());
    return r;
}

}  // namespace councilgraph
