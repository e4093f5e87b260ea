// `councilgraph votes`: how states voted on drafts and resolutions.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"votes", 32, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "votes", "Votes (yes, no, abstain, absent) on drafts and resolutions", "--by",
        "Only votes cast by this state", "--on", "Only votes on this resolution or draft (or what concerns it)",
        "at,from,to,dossier", "no vote matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return votes_table(v.graph(), query_votes(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
