// `councilgraph votes`: how states voted on drafts and resolutions.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"votes", 32, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "votes",
         .help = "Votes (yes, no, abstain, absent) on drafts and resolutions",
         .from = {"--by", "Only votes cast by this state"},
         .to = {"--on", "Only votes on this resolution or draft (or what concerns it)"},
         .selection = "at,from,to,dossier",
         .empty_note = "no vote matches (vetoes: `vetoes`; sponsors of a text: `sponsors`)",
         .examples = {
             {"votes --by Belgium",
              "how Belgium voted"},
             {"votes --dossier \"Syria humanitarian\" --format csv",
              "the votes on Syria humanitarian texts, for a spreadsheet"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return votes_table(v.graph(), query_votes(v, f, lang), lang);
         }});
}};

}  // namespace
}  // namespace councilgraph::cli
