// The CSV reader every importer uses.
#include "common.hpp"

#include <councilgraph/import.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    fuzz::expect_clean([&] {
        CsvOptions opts;
        opts.skip_comments = size > 0 && (data[0] & 1);
        (void)parse_csv(fuzz::text(data, size), "fuzz.csv", opts);
    });
    return 0;
}
