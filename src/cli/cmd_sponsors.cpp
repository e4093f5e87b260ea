// `councilgraph sponsors`: who sponsored or co-sponsored which text.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"sponsors", 33, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "sponsors", "Sponsors and co-sponsors of drafts, resolutions and statements", "--by",
        "Only texts sponsored by this actor", "--of", "Only sponsors of this text (or of what concerns it)",
        "at,from,to,dossier", "no sponsorship matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return sponsors_table(v.graph(), query_sponsors(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
