// `councilgraph sources`: every source the facts cite — title (with its authors when the source
// states them), date, language, kind — and how many facts cite it.
#include "cli.hpp"

#include <councilgraph/sources.hpp>

namespace councilgraph::cli {
namespace {

const Register reg{"sources", 19, [](CLI::App& app, Context& ctx) {
    auto* sub = app.add_subcommand("sources", "Every source: id, title and authors, date, language, kind, facts citing it");
    add_examples(*sub, {{"sources", "who wrote each source, and when"},
                        {"sources --format json", "the same for a script (facts and entities are numbers)"}});
    sub->callback([&ctx] {
        const Graph& g = ctx.graph();
        ctx.print(sources_table(g, query_sources(g)), "the data cites no source");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
