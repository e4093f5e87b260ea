#include <councilgraph/table.hpp>
#include <councilgraph/native.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace councilgraph {

OutputFormat parse_output_format(std::string_view s) {
    if (s == "table") return OutputFormat::table;
    if (s == "json") return OutputFormat::json;
    if (s == "csv") return OutputFormat::csv;
    throw UsageError("--format: unknown format '" + std::string(s) + "' (expected table, json or csv)");
}

void Table::add(std::vector<std::string> cells, std::vector<Evidence> ev) {
    cells.resize(columns.size());
    rows.push_back(std::move(cells));
    evidence.push_back(std::move(ev));
}

std::size_t display_width(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string evidence_line(const Evidence& e) {
    std::string s = e.source;
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

namespace {

std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
}

void write_text(std::ostream& out, const Table& t, bool with_evidence) {
    std::vector<std::size_t> cols;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c].in_table) cols.push_back(c);
    std::vector<std::size_t> width(t.columns.size(), 0);
    for (auto c : cols) {
        width[c] = display_width(t.columns[c].heading);
        for (const auto& r : t.rows) width[c] = std::max(width[c], display_width(one_line(r[c])));
    }
    auto line = [&](auto cell) {
        std::string s;
        for (std::size_t k = 0; k < cols.size(); ++k) {
            const auto c = cols[k];
            std::string v = one_line(cell(c));
            s += v;
            if (k + 1 < cols.size()) s += std::string(width[c] - display_width(v) + 2, ' ');
        }
        while (!s.empty() && s.back() == ' ') s.pop_back();
        out << s << '\n';
    };
    line([&](std::size_t c) { return t.columns[c].heading; });
    line([&](std::size_t c) { return std::string(width[c], '-'); });
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        line([&](std::size_t c) { return t.rows[r][c]; });
        if (with_evidence)
            for (const auto& e : t.evidence[r]) out << "    ↳ " << one_line(evidence_line(e)) << '\n';
    }
}


}  // namespace

void write_table(std::ostream& out, const Table& t, OutputFormat fmt, bool with_evidence) {
    switch (fmt) {
        case OutputFormat::table:
            write_text(out, t, with_evidence);
            break;
        case OutputFormat::json: {
            auto arr = nlohmann::ordered_json::array();
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                nlohmann::ordered_json o;
                for (std::size_t c = 0; c < t.columns.size(); ++c) o[t.columns[c].field] = t.rows[r][c];
                o["evidence"] = evidence_json(t.evidence[r]);
                arr.push_back(std::move(o));
            }
            out << arr.dump(2) << '\n';
            break;
        }
        case OutputFormat::csv: {
            std::string head;
            for (const auto& c : t.columns) head += csv_field(c.field) + ",";
            out << head << "evidence\r\n";
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                std::string s;
                for (const auto& cell : t.rows[r]) s += csv_field(cell) + ",";
                std::string ev;
                for (const auto& e : t.evidence[r]) ev += (ev.empty() ? "" : " | ") + evidence_line(e);
                out << s << csv_field(ev) << "\r\n";
            }
            break;
        }
    }
}

}  // namespace councilgraph
