// Positions of JSON values and the nesting limit: no shape of input exhausts the stack or the
// memory, and every problem still points at its member.
#include "json_positions.hpp"

#include <councilgraph/load.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace councilgraph;
using detail::json_positions;

namespace {

detail::TextPos at(const detail::PositionTable& t, std::string_view pointer) {
    auto it = t.find(pointer);
    REQUIRE(it != t.end());
    return it->second;
}

}  // namespace

TEST_CASE("positions: every value by pointer, keys decoded, columns in characters", "[json_positions]") {
    const std::string text = "{\n  \"a\": [1, {\"b\": true}],\n  \"caf\\u00e9 \\\"q\\\"\\n~/x\": \"é\", \"z\": null,\n  \"\\ud83d\\ude00\": 2\n}";
    const auto t = json_positions(text);
    CHECK(at(t, "").line == 1);
    CHECK(at(t, "/a").line == 2);
    CHECK(at(t, "/a").column == 8);
    CHECK(at(t, "/a/1/b").column == 18);
    CHECK(at(t, "/café \"q\"\n~0~1x").line == 3);
    // "é" is one character: `z`'s value starts where it would with an ASCII letter.
    CHECK(at(t, "/z").column == 37);
    CHECK(at(t, "/\xF0\x9F\x98\x80").line == 4);
    CHECK(t.find("/a/2") == t.end());
    CHECK(t.nearest("/a/1/c/d")->second.column == 12);  // a missing member: its object
    CHECK(t.size() == 8);
}

TEST_CASE("positions: deep nesting is walked without recursion", "[json_positions]") {
    // 200,000 nested arrays crashed the recursive walker (stack overflow).
    const std::size_t depth = 200000;
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    const auto t = json_positions(text);
    CHECK(t.size() == depth);
    std::string deepest;
    for (std::size_t i = 1; i < depth; ++i) deepest += "/0";
    CHECK(at(t, deepest).column == static_cast<int>(depth));
}

TEST_CASE("positions: memory is linear, not pointer length times values", "[json_positions]") {
    // A 100 KB key over 50,000 values stored 50,000 copies of the key (5 GB) as whole pointers.
    const std::string key(100000, 'k');
    std::string text = "{\"" + key + "\": [0";
    for (int i = 1; i < 50000; ++i) text += ",0";
    text += "]}";
    const auto start = std::chrono::steady_clock::now();
    const auto t = json_positions(text);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));  // generous guard
    CHECK(t.size() == 50002);
    CHECK(at(t, "/" + key + "/49999").column == static_cast<int>(key.size() + 7 + 2 * 49999));
}

TEST_CASE("positions: text that is not JSON is walked as far as it goes, never further", "[json_positions]") {
    for (const std::string& bad : std::initializer_list<std::string>{"", "[", "{\"a\"", "{\"a\":", "[1 2]", "{\"a\" 1}", "[,]", "]", "{1:2}", "\"open", "[\"\\",
                                  "{\"a\":[}", std::string("[\0]", 3)}) {
        const auto t = json_positions(bad);
        CHECK(t.size() <= 3);
    }
}

TEST_CASE("nesting limit: counted before parsing, outside strings only", "[json_positions]") {
    const std::string ok = std::string(detail::max_json_depth, '[') + std::string(detail::max_json_depth, ']');
    CHECK(!detail::json_depth_problem(ok, "f.json"));
    const std::string deep = "{\"a\":\n  " + std::string(detail::max_json_depth, '[');
    const auto p = detail::json_depth_problem(deep, "f.json");
    REQUIRE(p);
    CHECK(p->str() == "f.json:2:66: invalid JSON: more than 64 nested arrays and objects (the nesting limit)");
    CHECK(!detail::json_depth_problem("[\"" + std::string(1000, '[') + "\"]", "f.json"));
    CHECK(!detail::json_depth_problem("[\"\\\"" + std::string(1000, '{') + "\"]", "f.json"));
    CHECK(detail::json_depth_problem("[\"\\\\\"" + std::string(1000, '{'), "f.json"));  // `\\` ends the escape
}

TEST_CASE("nesting limit: a 200 KB file of nested arrays is one precise problem", "[json_positions][load]") {
    Dataset ds;
    std::vector<Diagnostic> problems;
    const std::string text = "{\"format\": \"councilgraph/1\", \"nodes\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
    parse_data_text(text, "deep.json", ds, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].str() == "deep.json:1:102: invalid JSON: more than 64 nested arrays and objects (the nesting limit)");
}
