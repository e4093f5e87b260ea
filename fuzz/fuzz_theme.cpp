// Themes: a theme file's text through the theme reader.
#include "common.hpp"

#include <councilgraph/style.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    fuzz::expect_clean([&] { (void)Theme::parse(fuzz::text(data, size), "fuzz-theme.json"); });
    return 0;
}
