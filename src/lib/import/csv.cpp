#include <councilgraph/import.hpp>

namespace councilgraph {

namespace {

[[noreturn]] void csv_error(const std::string& file, int line, const std::string& what) {
    throw DataError({Diagnostic{Location(file, line), what}});
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file, const CsvOptions& opts) {
    std::vector<CsvRecord> out;
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    int line = 1;
    while (i < n) {
        // At the start of a record.
        if (text[i] == '\n' || (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')) {
            i += text[i] == '\r' ? 2 : 1;
            ++line;
            continue;  // blank line
        }
        if (opts.skip_comments && text[i] == '#') {
            while (i < n && text[i] != '\n') ++i;
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
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    csv_error(file, line, "unexpected text after a closing quote (expected a comma or the end of the line)");
            } else {
                while (i < n && text[i] != ',' && text[i] != '\n' && !(text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')) {
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
                i += text[i] == '\r' ? 2 : 1;
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
