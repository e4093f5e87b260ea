// Name lookup: any text, resolved against the fixture's names, gives a node or a NameError.
#include "common.hpp"

#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/names.hpp>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    static const Dataset ds = [] {
        std::vector<std::string> p{COUNCILGRAPH_SOURCE_DIR "/tests/data/fixture"};
        return load_checked(p);
    }();
    static const NameIndex index(ds.nodes);
    fuzz::expect_clean([&] {
        const auto t = fuzz::text(data, size);
        (void)fold(t);
        const auto i = index.resolve(t);
        if (i >= ds.nodes.size()) std::abort();
        (void)index.candidates(t);
    });
    return 0;
}
