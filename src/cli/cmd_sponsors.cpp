// `councilgraph sponsors`: who sponsored or co-sponsored which text.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"sponsors", 33, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "sponsors",
         .help = "Sponsors and co-sponsors of drafts, resolutions and statements",
         .from = {"--by", "Only texts sponsored by this actor"},
         .to = {"--of", "Only sponsors of this text (or of what concerns it)"},
         .selection = "at,from,to,dossier",
         .empty_note = "no sponsorship matches (who held the pen on a dossier: `pens`)",
         .explain_empty = sponsors_not_recorded,
         .examples = {
             {"sponsors --by Belgium",
              "the texts Belgium sponsored, with their co-sponsors"},
             {"sponsors --dossier \"Syria humanitarian\"",
              "who sponsored the Syria humanitarian texts"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return sponsors_table(v.graph(), query_sponsors(v, f, lang), lang);
         }});
}};

}  // namespace
}  // namespace councilgraph::cli
