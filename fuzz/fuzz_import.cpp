// One importer (chosen at build time by FUZZ_IMPORTER: vetoes, meetings, membership or votes) on a CSV,
// against the fixture data, with the project's mappings; the result must be writable.
#include "common.hpp"

#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>

#include <filesystem>
#include <string>

namespace {

struct Fixture {
    councilgraph::ImportMappings maps = councilgraph::load_mappings(COUNCILGRAPH_SOURCE_DIR "/data/mappings");
    councilgraph::ExistingData existing = [] {
        std::vector<std::string> p{COUNCILGRAPH_SOURCE_DIR "/tests/data/fixture"};
        return councilgraph::ExistingData(councilgraph::load_checked(p));
    }();
    std::string entities = councilgraph::read_file(COUNCILGRAPH_SOURCE_DIR "/tests/data/import/entities.csv");
    std::string aliases = councilgraph::read_file(COUNCILGRAPH_SOURCE_DIR "/tests/data/import/country_aliases.csv");
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    static const Fixture fx;
    const std::string_view what = FUZZ_IMPORTER;
    fuzz::expect_clean([&] {
        ImportResult r;
        if (what == "vetoes") {
            r = import_vetoes(fuzz::text(data, size), "fuzz.csv", fx.maps, fx.existing);
        } else if (what == "meetings") {
            r = import_meetings(fuzz::text(data, size), "fuzz.csv", fx.maps, fx.existing);
        } else if (what == "votes") {
            r = import_votes(fuzz::text(data, size), "fuzz.csv", fx.maps, fx.existing);
            (void)cross_check_votes(r.data);
        } else {
            MembershipFiles f;
            f.terms = std::string(fuzz::text(data, size));
            f.terms_file = "fuzz.csv";
            f.entities = fx.entities;
            f.entities_file = "entities.csv";
            f.aliases = fx.aliases;
            f.aliases_file = "country_aliases.csv";
            r = import_membership(f, fx.maps, fx.existing);
        }
        (void)r.report.summary();
        (void)to_native_text(r.data);  // throws nlohmann's type_error on bytes that are not UTF-8
    });
    return 0;
}
