// State names in Dutch and French from CLDR (ICU), the file of historical states, and how both
// merge with the data's own names.
#include <councilgraph/error.hpp>
#include <councilgraph/state_names.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

using namespace councilgraph;

TEST_CASE("CLDR names a territory by its alpha-3 code in three languages") {
    CHECK(cldr_country_name("BRA", Lang::fr) == std::optional<std::string>("Brésil"));
    CHECK(cldr_country_name("ZAF", Lang::nl) == std::optional<std::string>("Zuid-Afrika"));
    CHECK(cldr_country_name("ZAF", Lang::fr) == std::optional<std::string>("Afrique du Sud"));
    CHECK(cldr_country_name("GBR", Lang::en) == std::optional<std::string>("United Kingdom"));
    CHECK(cldr_short_country_name("GBR", Lang::en) == std::optional<std::string>("UK"));
    CHECK_FALSE(cldr_country_name("SUN", Lang::en));  // the USSR: not an ISO 3166 code ICU lists
    CHECK_FALSE(cldr_country_name("xx", Lang::en));
}

TEST_CASE("add_state_names fills empty names, keeps the data's, and adds the others as aliases") {
    auto node = [](std::string id, NodeKind k, Names n) {
        Node x;
        x.id = std::move(id);
        x.kind = k;
        x.name = std::move(n);
        return x;
    };
    Dataset d;
    d.nodes = {node("state:BRA", NodeKind::state, {"Brazil", "", ""}),
               node("state:NLD", NodeKind::state, {"Kingdom of the Netherlands", "Koninkrijk der Nederlanden", ""}),
               node("state:YUG", NodeKind::state, {"Federal Republic of Yugoslavia", "", ""}),
               node("dossier:BRA", NodeKind::dossier, {"Brazil dossier", "", ""})};
    StateNames historical;
    historical["state:YUG"] = {"Yugoslavia", "Joegoslavië", "Yougoslavie"};
    CHECK(add_state_names(d, historical) == 3);
    CHECK(d.nodes[0].name.fr == "Brésil");
    CHECK(d.nodes[0].name.nl == "Brazilië");
    CHECK(d.nodes[1].name.nl == "Koninkrijk der Nederlanden");  // the data's own name is kept...
    CHECK(std::find(d.nodes[1].aliases.begin(), d.nodes[1].aliases.end(), "Nederland") != d.nodes[1].aliases.end());  // ...CLDR's is an alias
    CHECK(d.nodes[1].name.fr == "Pays-Bas");
    CHECK(d.nodes[2].name.nl == "Joegoslavië");
    CHECK(std::find(d.nodes[2].aliases.begin(), d.nodes[2].aliases.end(), "Yugoslavia") != d.nodes[2].aliases.end());
    CHECK(d.nodes[3].name.fr.empty());  // only states
}

TEST_CASE("the historical names file is checked: a bad entry names the file, place and what was expected") {
    const std::string path = "state_names_test.json";
    std::ofstream(path) << "{\"states\": {\"state:YUG\": {\"de\": \"Jugoslawien\"}}}";
    try {
        (void)load_state_names(path);
        FAIL("no error");
    } catch (const DataError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].str().find("state_names_test.json:1:") == 0);
        CHECK(e.diagnostics()[0].str().find("/states/state:YUG/de: unknown language 'de' (expected en, nl or fr)") != std::string::npos);
    }
    std::remove(path.c_str());
    const auto shipped = load_state_names(std::string(COUNCILGRAPH_SOURCE_DIR) + "/data/mappings/state_names.json");
    CHECK(shipped.at("state:ZAR").fr == "Zaïre");
}
