// Output never depends on the user's locale: a global C++ locale that writes 2,5 and groups
// thousands must not change numbers in tables, native JSON or exports.
#include <councilgraph/export.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/table.hpp>

#include <catch2/catch.hpp>

#include <locale>
#include <sstream>

using namespace councilgraph;

namespace {
struct CommaDecimal : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};
struct GlobalLocale {
    std::locale old;
    explicit GlobalLocale(const std::locale& l) : old(std::locale::global(l)) {}
    ~GlobalLocale() { std::locale::global(old); }
};
}  // namespace

TEST_CASE("a hostile global locale changes no number we write", "[locale]") {
    GlobalLocale guard(std::locale(std::locale::classic(), new CommaDecimal));
    CHECK(to_string(AttrValue{2.5}) == "2.5");
    CHECK(to_string(AttrValue{std::int64_t{12345}}) == "12345");

    Dataset d;
    std::vector<Diagnostic> problems;
    parse_data_text(R"({"format": "councilgraph/1", "sources": [{"id": "s", "title": "S"}],
      "nodes": [{"id": "state:A", "kind": "state", "name": {"en": "A"}, "attrs": {"share": 2.5, "seats": 12345}}]})",
                    "t.json", d, problems);
    REQUIRE(problems.empty());
    const auto native = to_native_text(d);
    CHECK(native.find("2.5") != std::string::npos);
    CHECK(native.find("12345") != std::string::npos);
    for (auto f : {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::node_link, ExportFormat::cytoscape}) {
        const auto text = export_text(d, f, {});
        CHECK(text.find("2.5") != std::string::npos);
        CHECK(text.find("2,5") == std::string::npos);
        CHECK(text.find("12.345") == std::string::npos);
    }
    std::ostringstream out;
    Table t;
    t.columns = {{"n", "N"}};
    t.add({to_string(AttrValue{1234.5})});
    write_table(out, t, OutputFormat::table, false);
    CHECK(out.str().find("1234.5") != std::string::npos);
}
