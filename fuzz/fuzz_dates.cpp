// Dates: parsing never fails other than by returning nothing, and a parsed date prints back to a
// text that parses to the same date and covers the same days.
#include "common.hpp"

#include <councilgraph/time.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace councilgraph;
    fuzz::expect_clean([&] {
        const auto t = fuzz::text(data, size);
        std::string why;
        const auto d = parse_date(t, &why);
        if (!d) {
            if (why.empty()) std::abort();  // a refusal says why
            return;
        }
        const auto again = parse_date(d->str());
        if (!again || again->str() != d->str() || again->first_day() != d->first_day() ||
            again->last_day() != d->last_day() || d->first_day() > d->last_day())
            std::abort();
        (void)window_at(*d);
        (void)parse_date_arg(t, "--at");
    });
    return 0;
}
