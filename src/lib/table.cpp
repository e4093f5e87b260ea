#include <councilgraph/columns.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/table.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>
#include <ostream>
#include <tuple>

namespace councilgraph {

OutputFormat parse_output_format(std::string_view s) {
    if (s == "table") return OutputFormat::table;
    if (s == "json") return OutputFormat::json;
    if (s == "csv") return OutputFormat::csv;
    throw UsageError("--format: unknown format '" + std::string(s) + "' (expected table, json or csv)");
}

std::string_view to_string(ValueType t) {
    switch (t) {
        case ValueType::text: return "text";
        case ValueType::integer: return "integer";
        case ValueType::number: return "number";
        case ValueType::boolean: return "boolean";
        case ValueType::list: return "list";
    }
    return "text";
}

std::string cell_text(const Value& v, bool short_numbers) {
    struct Visit {
        bool short_numbers;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t n) const { return fmt::format("{}", n); }
        std::string operator()(double d) const { return short_numbers ? fmt::format("{:.4g}", d) : fmt::format("{}", d); }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(const std::vector<std::string>& l) const {
            std::string s;
            for (const auto& x : l) s += (s.empty() ? "" : "; ") + x;
            return s;
        }
    };
    return std::visit(Visit{short_numbers}, v);
}

void Table::add(std::vector<Value> cells, std::vector<Evidence> ev) {
    cells.resize(columns.size());
    rows.push_back(std::move(cells));
    evidence.push_back(std::move(ev));
}

void Table::name_sources(std::span<const Source> sources) {
    std::map<std::string_view, const Source*> by_id;
    for (const auto& s : sources)
        if (!s.short_title.empty()) by_id.emplace(s.id, &s);
    for (const auto& ev : evidence)
        for (const auto& e : ev)
            if (auto it = by_id.find(e.source); it != by_id.end()) source_titles.emplace(e.source, it->second->short_title);
}

std::string_view Table::source_title(std::string_view id) const {
    auto it = source_titles.find(id);
    return it == source_titles.end() ? std::string_view() : std::string_view(it->second);
}

std::vector<std::string> RowContext::names(std::span<const Vertex> vs) const {
    std::vector<std::string> out;
    out.reserve(vs.size());
    for (Vertex v : vs) out.push_back(name(v));
    return out;
}

std::vector<std::string> RowContext::ids(std::span<const Vertex> vs) const {
    std::vector<std::string> out;
    out.reserve(vs.size());
    for (Vertex v : vs) out.push_back(id(v));
    return out;
}

Column shown(std::string field, ValueType type, WidthClass width, std::string heading) {
    if (heading.empty())
        for (char c : field) heading += c == '_' ? ' ' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return Column{std::move(field), std::move(heading), true, type, width};
}

Column hidden(std::string field, ValueType type) {
    return Column{std::move(field), "", false, type, WidthClass::fixed};
}

std::size_t display_width(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string evidence_line(const Evidence& e, std::string_view short_title) {
    std::string s = e.source;
    if (!short_title.empty()) s += " \"" + std::string(short_title) + "\"";
    if (!e.locator.empty()) s += " " + e.locator;
    if (!e.record.empty()) s += " " + e.record;
    if (!e.lang.empty()) s += " (" + e.lang + ")";
    if (!e.quote.empty()) s += ": \"" + e.quote + "\"";
    return s;
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_safe(std::string_view s) {
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        return "'" + std::string(s);
    return std::string(s);
}

namespace {

std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
}

/// Bytes of the first `n` code points of `s`.
std::size_t prefix_bytes(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t cp = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (cp == n) break;
            ++cp;
        }
    }
    return i;
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
    const std::string s = one_line(text);
    if (width == 0 || display_width(s) <= width) return {s};
    std::vector<std::string> lines;
    std::string cur;
    std::size_t cur_w = 0;
    auto flush = [&] {
        lines.push_back(cur);
        cur.clear();
        cur_w = 0;
    };
    std::size_t p = 0;
    while (p < s.size()) {
        while (p < s.size() && s[p] == ' ') ++p;
        if (p >= s.size()) break;
        auto q = s.find(' ', p);
        if (q == std::string::npos) q = s.size();
        std::string_view word(s.data() + p, q - p);
        p = q;
        std::size_t w = display_width(word);
        if (cur_w > 0 && cur_w + 1 + w <= width) {
            cur += ' ';
            cur += word;
            cur_w += 1 + w;
            continue;
        }
        if (cur_w > 0) flush();
        while (w > width) {  // a word longer than the column: split it, never cut it
            const std::size_t b = prefix_bytes(word, width);
            lines.emplace_back(word.substr(0, b));
            word.remove_prefix(b);
            w -= width;
        }
        cur = std::string(word);
        cur_w = w;
    }
    if (cur_w > 0 || lines.empty()) flush();
    return lines;
}

void write_wrapped(std::ostream& out, std::string_view text, std::size_t width, std::string_view first,
                   std::string_view rest) {
    if (width == 0) {
        out << first << one_line(text) << '\n';
        return;
    }
    const std::size_t indent = std::max(display_width(first), display_width(rest));
    if (width >= indent + 10) {
        const auto lines = wrap_text(text, width - indent);
        for (std::size_t k = 0; k < lines.size(); ++k) out << (k ? rest : first) << lines[k] << '\n';
        return;
    }
    // Too narrow for the indent: the label on its own line(s), then the text at the full width.
    for (const auto& l : wrap_text(first, width)) out << l << '\n';
    for (const auto& l : wrap_text(text, width)) out << l << '\n';
}

namespace {

constexpr std::size_t gap = 2;  // spaces between columns

/// Column widths that fit `limit` (0: the natural widths). Free text gives first, down to its
/// heading or 12 columns; then names, down to their longest word (at most 16) or 8; then every
/// column, down to 4. Within each step the widest columns are capped to one common level.
std::vector<std::size_t> fit_widths(const std::vector<std::size_t>& natural, const std::vector<std::size_t>& heading,
                                    const std::vector<std::size_t>& longest_word, const std::vector<WidthClass>& cls,
                                    std::size_t limit) {
    std::vector<std::size_t> w = natural;
    const std::size_t n = w.size();
    if (limit == 0 || n == 0) return w;
    const std::size_t gaps = gap * (n - 1);
    const std::size_t avail = limit > gaps + n ? limit - gaps : n;
    auto total = [&] { return std::accumulate(w.begin(), w.end(), std::size_t{0}); };
    if (total() <= avail) return w;

    // Lower every column of `in` towards its floor until the total fits (or all are at the floor).
    auto shrink = [&](auto in, auto floor_of) {
        std::vector<std::size_t> cols, floors;
        for (std::size_t c = 0; c < n; ++c)
            if (in(c)) {
                cols.push_back(c);
                floors.push_back(std::min(w[c], floor_of(c)));
            }
        if (cols.empty()) return;
        std::size_t others = 0;
        for (std::size_t c = 0; c < n; ++c)
            if (!in(c)) others += w[c];
        const std::size_t target = avail > others ? avail - others : 0;
        auto at_level = [&](std::size_t level) {
            std::size_t s = 0;
            for (std::size_t k = 0; k < cols.size(); ++k) s += std::max(floors[k], std::min(w[cols[k]], level));
            return s;
        };
        std::size_t hi = *std::max_element(natural.begin(), natural.end());
        if (at_level(hi) <= target) return;
        std::size_t lo = 0;  // the highest level whose total fits
        while (lo < hi) {
            const std::size_t mid = (lo + hi + 1) / 2;
            if (at_level(mid) <= target) lo = mid;
            else hi = mid - 1;
        }
        std::vector<std::size_t> capped;
        for (std::size_t k = 0; k < cols.size(); ++k) {
            const std::size_t c = cols[k];
            const std::size_t nw = std::max(floors[k], std::min(w[c], lo));
            if (nw < w[c] && nw == lo) capped.push_back(c);
            w[c] = nw;
        }
        // The remainder of the level's rounding goes to the capped columns, left to right.
        std::size_t spare = target > at_level(lo) ? target - at_level(lo) : 0;
        for (std::size_t c : capped) {
            if (spare == 0) break;
            const std::size_t add = std::min(spare, natural[c] - w[c]);
            w[c] += add;
            spare -= add;
        }
    };
    shrink([&](std::size_t c) { return cls[c] == WidthClass::text; },
           [&](std::size_t c) { return std::max<std::size_t>(heading[c], 12); });
    if (total() <= avail) return w;
    shrink([&](std::size_t c) { return cls[c] != WidthClass::fixed; },
           [&](std::size_t c) { return std::max<std::size_t>({std::min<std::size_t>(longest_word[c], 16), 8}); });
    if (total() <= avail) return w;
    shrink([](std::size_t) { return true; }, [](std::size_t) { return std::size_t{4}; });
    return w;
}

std::size_t longest_word(std::string_view s) {
    std::size_t best = 0;
    for (std::size_t p = 0; p <= s.size();) {
        auto q = s.find(' ', p);
        if (q == std::string_view::npos) q = s.size();
        best = std::max(best, display_width(s.substr(p, q - p)));
        p = q + 1;
    }
    return best;
}

void write_text(std::ostream& out, const Table& t, const TableStyle& style) {
    std::vector<std::size_t> all;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c].in_table) all.push_back(c);
    // Cells as text, once.
    std::vector<std::vector<std::string>> text(t.rows.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (auto c : all) text[r].push_back(one_line(cell_text(t.rows[r][c], true)));

    // `in` lists positions in `all`; returns the widths those columns get.
    auto widths_of = [&](const std::vector<std::size_t>& in) {
        const std::size_t n = in.size();
        std::vector<std::size_t> natural(n), heading(n), word(n);
        std::vector<WidthClass> cls(n);
        for (std::size_t k = 0; k < n; ++k) {
            const Column& col = t.columns[all[in[k]]];
            heading[k] = natural[k] = display_width(col.heading);
            word[k] = longest_word(col.heading);
            cls[k] = col.width;
            for (const auto& row : text) {
                natural[k] = std::max(natural[k], display_width(row[in[k]]));
                word[k] = std::max(word[k], longest_word(row[in[k]]));
            }
        }
        return std::pair{fit_widths(natural, heading, word, cls, style.width), natural};
    };
    std::vector<std::size_t> cols(all.size()), below;
    std::iota(cols.begin(), cols.end(), std::size_t{0});
    // Plain variables, not a structured binding: the lambdas below capture them (clang 14 cannot).
    std::vector<std::size_t> width, natural;
    std::tie(width, natural) = widths_of(cols);
    // Free text squeezed into a narrow column reads badly: it moves under its row (like
    // --evidence), and the other columns get its room.
    if (style.width) {
        std::vector<std::size_t> kept;
        for (std::size_t k = 0; k < cols.size(); ++k) {
            // Squeezed: narrower than 16, or some cell would run over more than 4 lines.
            bool squeezed = width[k] < natural[k] && width[k] < 16;
            if (width[k] < natural[k])
                for (std::size_t r = 0; r < text.size() && !squeezed; ++r)
                    squeezed = wrap_text(text[r][cols[k]], width[k]).size() > 4;
            (t.columns[all[cols[k]]].width == WidthClass::text && squeezed ? below : kept).push_back(cols[k]);
        }
        if (!below.empty() && !kept.empty()) {
            cols = kept;
            std::tie(width, natural) = widths_of(cols);
        } else {
            below.clear();
        }
    }
    const std::size_t n = cols.size();

    auto line = [&](const std::vector<std::string>& cells) {
        std::vector<std::vector<std::string>> parts(n);
        std::size_t height = 1;
        for (std::size_t k = 0; k < n; ++k) {
            const std::string& cell = cells[cols[k]];
            parts[k] = style.width ? wrap_text(cell, width[k]) : std::vector<std::string>{cell};
            height = std::max(height, parts[k].size());
        }
        for (std::size_t l = 0; l < height; ++l) {
            std::string s;
            for (std::size_t k = 0; k < n; ++k) {
                const std::string& v = l < parts[k].size() ? parts[k][l] : std::string();
                s += v;
                if (k + 1 < n) s += std::string(width[k] - std::min(width[k], display_width(v)) + gap, ' ');
            }
            while (!s.empty() && s.back() == ' ') s.pop_back();
            out << s << '\n';
        }
    };
    std::vector<std::string> head, rule;
    for (auto c : all) head.push_back(t.columns[c].heading);
    rule.resize(all.size());
    for (std::size_t k = 0; k < n; ++k) rule[cols[k]] = std::string(width[k], '-');
    line(head);
    line(rule);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        line(text[r]);
        for (auto k : below)
            if (!text[r][k].empty())
                write_wrapped(out, text[r][k], style.width, "    " + t.columns[all[k]].heading + ": ", "      ");
        if (style.evidence)
            for (const auto& e : t.evidence[r])
                write_wrapped(out, evidence_line(e, t.source_title(e.source)), style.width, "    ↳ ", "      ");
    }
}

nlohmann::ordered_json value_json(const Value& v) {
    struct Visit {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(const std::string& s) const { return s; }
        nlohmann::ordered_json operator()(std::int64_t n) const { return n; }
        nlohmann::ordered_json operator()(double d) const { return d; }
        nlohmann::ordered_json operator()(bool b) const { return b; }
        nlohmann::ordered_json operator()(const std::vector<std::string>& l) const { return l; }
    };
    return std::visit(Visit{}, v);
}

}  // namespace

std::string table_json(const Table& t) {
    auto arr = nlohmann::ordered_json::array();
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        nlohmann::ordered_json o = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < t.columns.size(); ++c) o[t.columns[c].field] = value_json(t.rows[r][c]);
        o["evidence"] = evidence_json(t.evidence[r], &t.source_titles);
        arr.push_back(std::move(o));
    }
    return arr.dump(2);
}

void write_table(std::ostream& out, const Table& t, OutputFormat fmt, const TableStyle& style) {
    switch (fmt) {
        case OutputFormat::table:
            write_text(out, t, style);
            break;
        case OutputFormat::json:
            out << table_json(t) << '\n';
            break;
        case OutputFormat::csv: {
            std::string head;
            for (const auto& c : t.columns) head += csv_field(c.field) + ",";
            out << head << "evidence\r\n";
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                std::string s;
                for (const auto& cell : t.rows[r]) {
                    // Numbers and booleans we write ourselves cannot be formulas; text can.
                    const bool text = std::holds_alternative<std::string>(cell) ||
                                      std::holds_alternative<std::vector<std::string>>(cell);
                    const std::string v = cell_text(cell);
                    s += csv_field(text ? csv_safe(v) : v) + ",";
                }
                std::string ev;
                for (const auto& e : t.evidence[r]) ev += (ev.empty() ? "" : " | ") + evidence_line(e, t.source_title(e.source));
                out << s << csv_field(csv_safe(ev)) << "\r\n";
            }
            break;
        }
    }
}

void write_table(std::ostream& out, const Table& t, OutputFormat fmt, bool with_evidence) {
    write_table(out, t, fmt, TableStyle{with_evidence, 0});
}

}  // namespace councilgraph
