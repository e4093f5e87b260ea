#include "against.hpp"

#include <catch2/catch.hpp>

using councilgraph::detail::missing_against;

TEST_CASE("imported_against: moved imports load with the data of the same names", "[load][against]") {
    // Imported in build/imported against data/, then copied to /elsewhere/imported.
    const std::vector<std::pair<std::string, std::string>> against = {
        {"/elsewhere/imported/dhl-vetoes.json", "../../data/000-be-chamber-2021.json"},
        {"/elsewhere/imported/dhl-vetoes.json", "../../data/shared.json"}};
    CHECK_FALSE(missing_against({"/project/data/000-be-chamber-2021.json", "/project/data/shared.json",
                                 "/elsewhere/imported/dhl-vetoes.json"},
                                against));
    const auto missing = missing_against({"/project/data/shared.json", "/elsewhere/imported/dhl-vetoes.json"}, against);
    REQUIRE(missing);
    CHECK(missing->where.file == "/elsewhere/imported/dhl-vetoes.json");
    CHECK(missing->message.find("000-be-chamber-2021.json") != std::string::npos);
    CHECK(missing->message.find("shared.json") == std::string::npos);
}
