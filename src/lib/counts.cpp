#include <councilgraph/counts.hpp>
#include <councilgraph/error.hpp>

#include <algorithm>
#include <map>
#include <optional>

namespace councilgraph {

namespace {

constexpr std::string_view none_key = "(none)";
constexpr std::string_view derived[] = {"year", "month", "decade"};
/// `member` names the actor of any command: the first of these fields the rows have.
constexpr std::string_view actor_fields[] = {"by", "state", "holder", "member", "sponsor", "actor", "asked_by"};

std::optional<std::size_t> column_of(const Table& t, std::string_view field) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].field == field) return i;
    return std::nullopt;
}

/// The row's date as written (`date`, else `start`), empty when it has none.
std::string row_date(const Table& t, const std::vector<Value>& row) {
    for (auto field : {"date", "start"})
        if (auto c = column_of(t, field)) {
            std::string s = cell_text(row[*c]);
            if (!s.empty()) return s;
        }
    return {};
}

/// The keys one row gives for one field (several for a list cell).
std::vector<std::string> keys_of(const Table& t, const std::vector<Value>& row, std::string_view field) {
    if (std::find(std::begin(derived), std::end(derived), field) != std::end(derived) && !column_of(t, field)) {
        const std::string d = row_date(t, row);
        if (d.size() < 4) return {std::string(none_key)};
        if (field == "year") return {d.substr(0, 4)};
        if (field == "month") return {d.size() >= 7 ? d.substr(0, 7) : d.substr(0, 4) + "-??"};
        return {d.substr(0, 3) + "0s"};
    }
    const Value& v = row[*column_of(t, field)];
    if (const auto* l = std::get_if<std::vector<std::string>>(&v)) {
        if (l->empty()) return {std::string(none_key)};
        std::vector<std::string> out(l->begin(), l->end());
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
    std::string s = cell_text(v);
    if (s.empty()) return {std::string(none_key)};
    return {s};
}

}  // namespace

CountOrder parse_count_order(std::string_view s) {
    if (s == "count") return CountOrder::count;
    if (s == "key") return CountOrder::key;
    throw UsageError("--sort: expected count or key, got '" + std::string(s) + "'");
}

std::vector<std::string> parse_count_fields(std::string_view list) {
    std::vector<std::string> out;
    for (std::size_t p = 0; p <= list.size();) {
        auto c = list.find(',', p);
        if (c == std::string_view::npos) c = list.size();
        std::string item(list.substr(p, c - p));
        if (item.empty())
            throw UsageError("--count-by: expected field names separated by commas (year,by), got '" + std::string(list) + "'");
        if (std::find(out.begin(), out.end(), item) != out.end())
            throw UsageError("--count-by: field '" + item + "' is given twice");
        out.push_back(std::move(item));
        p = c + 1;
    }
    return out;
}

std::vector<std::string> countable_fields(const Table& t) {
    std::vector<std::string> out;
    for (const auto& c : t.columns) out.push_back(c.field);
    if (column_of(t, "date") || column_of(t, "start"))
        for (auto d : derived)
            if (!column_of(t, d)) out.emplace_back(d);
    if (!column_of(t, "member"))
        for (auto a : actor_fields)
            if (column_of(t, a)) {
                out.emplace_back("member");
                break;
            }
    return out;
}

bool states_total(const Table& t, std::size_t row) {
    const auto c = column_of(t, "count");
    return c && row < t.rows.size() && !std::holds_alternative<std::monostate>(t.rows[row][*c]);
}

Table count_rows(const Table& t, std::span<const std::string> asked, CountOrder order, std::size_t* totals) {
    const auto known = countable_fields(t);
    std::vector<std::string> fields(asked.begin(), asked.end());
    for (auto& f : fields)
        if (f == "member" && !column_of(t, f))
            for (auto a : actor_fields)
                if (column_of(t, a)) {
                    f = std::string(a);
                    break;
                }
    for (const auto& f : fields)
        if (std::find(known.begin(), known.end(), f) == known.end()) {
            std::string list;
            for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
            throw UsageError("--count-by: unknown field '" + f + "' (fields of these rows: " + list + ")");
        }
    std::map<std::vector<std::string>, std::int64_t> groups;
    if (totals) *totals = 0;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (states_total(t, r)) {
            if (totals) ++*totals;
            continue;
        }
        const auto& row = t.rows[r];
        // Every combination of the row's keys (one per field unless a list cell gives several).
        std::vector<std::vector<std::string>> combos{{}};
        for (const auto& f : fields) {
            std::vector<std::vector<std::string>> next;
            for (const auto& k : keys_of(t, row, f))
                for (const auto& c : combos) {
                    next.push_back(c);
                    next.back().push_back(k);
                }
            combos = std::move(next);
        }
        for (auto& c : combos) ++groups[std::move(c)];
    }
    std::vector<std::pair<std::vector<std::string>, std::int64_t>> sorted(groups.begin(), groups.end());
    // The map is in key order, `(none)` included ('(' sorts before digits and letters).
    if (order == CountOrder::count)
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    Table out;
    for (const auto& f : asked) {
        Column c;
        c.field = f;
        for (char ch : f) c.heading += ch == '_' ? ' ' : static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
        c.type = ValueType::text;
        c.width = WidthClass::name;
        out.columns.push_back(std::move(c));
    }
    out.columns.push_back(Column{"count", "COUNT", true, ValueType::integer, WidthClass::fixed});
    for (auto& [keys, n] : sorted) {
        std::vector<Value> cells(keys.begin(), keys.end());
        cells.emplace_back(n);
        out.add(std::move(cells));
    }
    return out;
}

}  // namespace councilgraph
