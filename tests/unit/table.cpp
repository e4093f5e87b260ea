// Output specs and tables: typed JSON per column type, CSV formula neutralisation, tables that fit
// a width without losing any shown value, and docs/cli.md listing every field with its type.
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/record.hpp>
#include <councilgraph/rows.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

const Graph& data() {
    static const Graph g = [] {
        const std::string d = COUNCILGRAPH_TEST_DATA;
        const std::vector<std::string> paths{d + "/fixture", d + "/queries", d + "/council"};
        return Graph(load_checked(paths));
    }();
    return g;
}

/// Every command's table over the whole test data, by command name.
std::vector<std::pair<std::string, Table>> every_table() {
    const Graph& g = data();
    const View all(g, Selection{});
    const Lang en = Lang::en;
    std::vector<std::pair<std::string, Table>> out;
    out.emplace_back("pens", pens_table(g, query_pens(all, {}, en), en));
    out.emplace_back("vetoes", vetoes_table(g, query_vetoes(all, {}, en), en));
    out.emplace_back("votes", votes_table(g, query_votes(all, {}, en), en));
    out.emplace_back("sponsors", sponsors_table(g, query_sponsors(all, {}, en), en));
    out.emplace_back("chairs", chairs_table(g, query_chairs(all, {}, en), en));
    out.emplace_back("members", members_table(g, query_members(all, {}, en), en));
    out.emplace_back("presidencies", presidencies_table(g, query_presidencies(all, {}, en), en));
    out.emplace_back("positions", positions_table(g, query_positions(all, {}, en), en));
    out.emplace_back("candidacies", candidacies_table(g, query_candidacies(all, {}, en), en));
    out.emplace_back("questions", questions_table(g, query_questions(all, {}, en), en));
    out.emplace_back("resolutions", resolutions_table(g, query_resolutions(all, {}, en), en));
    const Vertex a = g.resolve("Kuwait"), b = g.resolve("Russia");
    out.emplace_back("path", path_table(g, *shortest_path(all, a, b), a, en));
    for (Metric m : {Metric::degree, Metric::betweenness})
        out.emplace_back("stats", centrality_table(g, centrality(all, m, {}, 0), m, en));
    for (Metric m : {Metric::copen, Metric::covote})
        out.emplace_back("stats", agreement_table(g, agreement(all, m, {}, 0), m, en));
    out.emplace_back("ego", edge_table(g, all.edges(), en));
    return out;
}

bool has_type(const nlohmann::json& v, ValueType t) {
    switch (t) {
        case ValueType::text: return v.is_string();
        case ValueType::integer: return v.is_number_integer() || v.is_null();
        case ValueType::number: return v.is_number() || v.is_null();
        case ValueType::boolean: return v.is_boolean() || v.is_null();
        case ValueType::list:
            if (!v.is_array()) return false;
            for (const auto& x : v)
                if (!x.is_string()) return false;
            return true;
    }
    return false;
}

std::string collapse(std::string_view s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// The field list docs/cli.md shows for a table: "`dossier` (list), `text`, ..., `evidence`".
std::string doc_fields(const Table& t) {
    std::string s;
    for (const auto& c : t.columns) {
        s += "`" + c.field + "`";
        if (c.type != ValueType::text) s += " (" + std::string(to_string(c.type)) + ")";
        s += ", ";
    }
    return s + "`evidence`";
}

/// Bytes of the first four code points of `s`.
std::size_t prefix4(const std::string& s) {
    std::size_t i = 0, cp = 0;
    for (; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && cp++ == 4) break;
    return i;
}

}  // namespace

TEST_CASE("JSON values have their column's type, for every command") {
    for (const auto& [name, t] : every_table()) {
        INFO(name);
        REQUIRE(!t.empty());
        const auto j = nlohmann::json::parse(table_json(t));
        REQUIRE(j.size() == t.rows.size());
        for (const auto& row : j) {
            REQUIRE(row.size() == t.columns.size() + 1);
            for (const auto& c : t.columns) {
                INFO(c.field);
                CHECK(has_type(row.at(c.field), c.type));
            }
            CHECK(row.at("evidence").is_array());
        }
    }
}

TEST_CASE("numbers are numbers: a stated veto count and centrality scores") {
    const Graph& g = data();
    const View all(g, Selection{});
    const auto vetoes = nlohmann::json::parse(table_json(vetoes_table(g, query_vetoes(all, {}, Lang::en), Lang::en)));
    bool counted = false;
    for (const auto& r : vetoes)
        if (!r["count"].is_null()) counted = r["count"] == 16;
    CHECK(counted);
    const auto deg = nlohmann::json::parse(table_json(centrality_table(g, centrality(all, Metric::degree, {}, 0), Metric::degree, Lang::en)));
    REQUIRE(deg.size() > 2);
    // jq's max_by(.degree) needs numbers: the first row has the highest degree as a number.
    CHECK(deg[0]["degree"].get<std::int64_t>() >= deg[1]["degree"].get<std::int64_t>());
    CHECK(deg[0]["rank"] == 1);
}

TEST_CASE("docs/cli.md lists every command's fields with their types") {
    std::ifstream in(std::string(COUNCILGRAPH_SOURCE_DIR) + "/docs/cli.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = collapse(ss.str());
    for (const auto& [name, t] : every_table()) {
        INFO(name << ": docs/cli.md should list " << doc_fields(t));
        CHECK(doc.find(doc_fields(t)) != std::string::npos);
    }
}

TEST_CASE("CSV: text a spreadsheet would run as a formula gets an apostrophe") {
    CHECK(csv_safe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    CHECK(csv_safe("+1") == "'+1");
    CHECK(csv_safe("-2+3") == "'-2+3");
    CHECK(csv_safe("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_safe("\tx") == "'\tx");
    CHECK(csv_safe("\rx") == "'\rx");
    CHECK(csv_safe("Belgium") == "Belgium");
    CHECK(csv_safe("") == "");
    Table t;
    t.columns = {shown("name"), shown("n", ValueType::integer)};
    t.add({std::string("=1+1"), std::int64_t{-3}});
    std::ostringstream out;
    write_table(out, t, OutputFormat::csv, false);
    // The text cell is neutralised; a number we write ourselves is left as it is.
    CHECK(out.str() == "name,n,evidence\r\n'=1+1,-3,\r\n");
}

TEST_CASE("wrap_text breaks at spaces, splits only words longer than the width, keeps every character") {
    CHECK(wrap_text("Syria humanitarian access", 12) == std::vector<std::string>{"Syria", "humanitarian", "access"});
    CHECK(wrap_text("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
    CHECK(wrap_text("Côte d'Ivoire", 6) == std::vector<std::string>{"Côte", "d'Ivoi", "re"});
    CHECK(wrap_text("", 5) == std::vector<std::string>{""});
    CHECK(wrap_text("short", 0) == std::vector<std::string>{"short"});
}

TEST_CASE("tables fit their width and still show every value") {
    for (std::size_t width : {60u, 80u, 100u, 120u}) {
        for (const auto& [name, t] : every_table()) {
            INFO(name << " at " << width);
            std::ostringstream out;
            write_table(out, t, OutputFormat::table, TableStyle{true, width});
            const std::string text = out.str();
            std::istringstream lines(text);
            std::string line;
            while (std::getline(lines, line)) {
                INFO(line);
                CHECK(display_width(line) <= width);
            }
            // Nothing is cut: the table holds at least the characters of its headings and shown
            // cells (the rule aside; free text moved under its row repeats its heading), and
            // every word starts somewhere in it.
            std::size_t want = 0, have = 0;
            auto ink = [](std::string_view s) {
                std::size_t n = 0;
                for (std::size_t i = 0; i < s.size(); ++i)
                    if (s[i] != ' ' && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
                return n;
            };
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                bool any = false;  // a free-text column without a value may leave the table
                for (const auto& row : t.rows) any = any || !cell_text(row[c]).empty();
                if (t.columns[c].in_table && (any || t.columns[c].width != WidthClass::text))
                    want += ink(t.columns[c].heading);
            }
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                for (std::size_t c = 0; c < t.columns.size(); ++c)
                    if (t.columns[c].in_table) want += ink(cell_text(t.rows[r][c], true));
                for (const auto& e : t.evidence[r]) want += ink("↳" + evidence_line(e));
            }
            std::istringstream again(text);
            while (std::getline(again, line))
                if (line.find_first_not_of("- ") != std::string::npos) have += ink(line);
            CHECK(have >= want);
            const std::string flat = collapse(text);
            for (const auto& row : t.rows)
                for (std::size_t c = 0; c < t.columns.size(); ++c) {
                    if (!t.columns[c].in_table) continue;
                    std::istringstream ws(cell_text(row[c], true));
                    std::string w;
                    while (ws >> w) {
                        // A word longer than its column is split, but at least 4 characters stay together.
                        if (display_width(w) > 4) w = w.substr(0, prefix4(w));
                        INFO(t.columns[c].field << ": " << w);
                        CHECK(flat.find(w) != std::string::npos);
                    }
                }
        }
    }
}

TEST_CASE("without a width, a table keeps one line per row") {
    const Graph& g = data();
    const View all(g, Selection{});
    const Table t = positions_table(g, query_positions(all, {}, Lang::en), Lang::en);
    std::ostringstream out;
    write_table(out, t, OutputFormat::table, TableStyle{false, 0});
    std::size_t lines = 0;
    for (char c : out.str()) lines += c == '\n';
    CHECK(lines == t.rows.size() + 2);
}
