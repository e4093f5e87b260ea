// `councilgraph positions`: stated positions with stance, summary and quote.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"positions", 37, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "positions",
         .help = "Stated positions: actor, stance, on what, when, summary and quote",
         .from = {"--actor", "Only positions of this actor (state, person, party, group...)"},
         .to = {"--on", "Only positions on this entity (or on what concerns it)"},
         .selection = "at,from,to,dossier",
         .empty_note = "no position matches (parliamentary questions: `questions`; everything about an entity: `show NAME`)",
         .examples = {
             {"positions --actor \"Sophie Wilmès\"",
              "what the minister said, with the quotes"},
             {"positions --dossier \"Syria humanitarian\"",
              "the stances on Syria humanitarian access"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return positions_table(v.graph(), query_positions(v, f, lang), lang);
         },
         .reads = {EdgeKind::position}});
}};

}  // namespace
}  // namespace councilgraph::cli
