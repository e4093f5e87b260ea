// The data loader: a data file's text through parsing, positions, validation and the graph.
#include "common.hpp"

#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/validate.hpp>
#include <councilgraph/view.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    fuzz::expect_clean([&] {
        Dataset ds;
        std::vector<Diagnostic> problems;
        parse_data_text(fuzz::text(data, size), "fuzz.json", ds, problems);
        for (const auto& p : problems)
            if (p.str().empty()) std::abort();
        if (!problems.empty()) return;
        if (!validate(ds, std::nullopt).empty()) return;
        const Graph g(ds);
        const View v(g, Selection{});
        (void)to_native_text(ds);
    });
    return 0;
}
