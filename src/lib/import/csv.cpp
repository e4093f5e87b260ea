#include <councilgraph/import.hpp>

namespace councilgraph {

namespace {

[[noreturn]] void csv_error(const std::string& file, int line, const std::string& what, int column = 0) {
    throw DataError({Diagnostic{Location(file, line, column), what}});
}

// Length of the UTF-8 sequence at `i` (RFC 3629: no overlong forms, no surrogates, at most
// U+10FFFF), or 0 when the bytes there are not UTF-8.
std::size_t utf8_sequence(std::string_view t, std::size_t i) {
    const auto b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
    const unsigned c = b(0);
    const auto cont = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// Bytes of the line end at `i` (LF, CRLF or a lone CR), 0 when there is none.
std::size_t line_end(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    if (t[i] == '\n') return 1;
    if (t[i] == '\r') return i + 1 < t.size() && t[i + 1] == '\n' ? 2 : 1;
    return 0;
}

// The whole text must be UTF-8: a stray Latin-1 byte would otherwise reach the data files and
// every output. Reported at its line and column (characters), before any row is read.
void check_utf8(std::string_view t, const std::string& file) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < t.size();) {
        if (const auto e = line_end(t, i)) {
            i += e;
            ++line;
            column = 1;
            continue;
        }
        const auto n = utf8_sequence(t, i);
        if (n == 0) {
            static constexpr char hex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(t[i]);
            csv_error(file, line,
                      std::string("not UTF-8 (byte 0x") + hex[byte >> 4] + hex[byte & 15] +
                          "; a Latin-1 or Windows-1252 file can be converted with iconv -f windows-1252 -t utf-8)",
                      column);
        }
        i += n;
        ++column;
    }
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file, const CsvOptions& opts) {
    check_utf8(text, file);
    std::vector<CsvRecord> out;
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    int line = 1;
    while (i < n) {
        // At the start of a record.
        if (const auto e = line_end(text, i)) {
            i += e;
            ++line;
            continue;  // blank line
        }
        if (opts.skip_comments && text[i] == '#') {
            while (i < n && !line_end(text, i)) ++i;
            continue;
        }
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool done = false;
        while (!done) {
            field.clear();
            if (i < n && text[i] == '"') {
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) csv_error(file, opened, "unterminated quoted field (a \" opened here is never closed)");
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (const auto e = line_end(text, i)) {
                        field.append(text.substr(i, e));
                        i += e;
                        ++line;
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (i < n && text[i] != ',' && !line_end(text, i))
                    csv_error(file, line, "unexpected text after a closing quote (expected a comma or the end of the line)");
            } else {
                while (i < n && text[i] != ',' && !line_end(text, i)) {
                    if (text[i] == '"')
                        csv_error(file, line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                    field += text[i++];
                }
            }
            rec.fields.push_back(field);
            if (i >= n) {
                done = true;
            } else if (text[i] == ',') {
                ++i;
            } else {  // line end
                i += line_end(text, i);
                ++line;
                done = true;
            }
        }
        out.push_back(std::move(rec));
    }
    return out;
}

CsvTable::CsvTable(std::string_view text, std::string file, const std::vector<std::string>& required,
                   const CsvOptions& opts)
    : file_(std::move(file)) {
    auto recs = parse_csv(text, file_, opts);
    if (recs.empty()) csv_error(file_, 0, "empty file (expected a header line)");
    header_ = recs.front().fields;
    for (std::size_t c = 0; c < header_.size(); ++c) index_.emplace(header_[c], c);
    std::vector<Diagnostic> missing;
    for (const auto& r : required)
        if (!index_.contains(r))
            missing.push_back({Location(file_, recs.front().line), "header lacks the column '" + r + "'"});
    if (!missing.empty()) throw DataError(std::move(missing));
    rows_.assign(std::make_move_iterator(recs.begin() + 1), std::make_move_iterator(recs.end()));
}

const std::string& CsvTable::get(const CsvRecord& row, std::string_view column) const {
    static const std::string empty;
    auto it = index_.find(column);
    if (it == index_.end()) throw Error("internal: no column '" + std::string(column) + "' in " + file_);
    return it->second < row.fields.size() ? row.fields[it->second] : empty;
}

bool CsvTable::has_column(std::string_view column) const { return index_.contains(column); }

std::string ImportReport::summary() const {
    std::string s = file + ": " + std::to_string(read) + " rows read: " + std::to_string(imported) + " imported (" +
                    std::to_string(repaired) + " repaired, " + std::to_string(warned) + " with a warning), " +
                    std::to_string(skipped) + " skipped";
    return s;
}

}  // namespace councilgraph
