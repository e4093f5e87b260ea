// `councilgraph chairs`: chairs, vice-chairs, facilitators and focal points of Council bodies.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"chairs", 34, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "chairs",
         .help = "Chairs, vice-chairs, facilitators and focal points of bodies, groups and formats",
         .from = {"--holder", "Only roles held by this state, person or organisation"},
         .to = {"--body", "Only this body, group, format or dossier (and its sub-bodies)"},
         .selection = "at,from,to,dossier",
         .empty_note = "no chair matches (Council presidencies: `presidencies`; who presided a meeting: `show MEETING`)",
         .examples = {
             {"chairs --holder Belgium",
              "what Belgium chaired, and when"},
             {"chairs --at 2019",
              "every chair held in 2019"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return chairs_table(v.graph(), query_chairs(v, f, lang), lang);
         },
         .reads = {EdgeKind::chairs}});
}};

}  // namespace
}  // namespace councilgraph::cli
