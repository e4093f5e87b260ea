// `councilgraph pens`: who held which pen, with whom, when — and where it says so.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"pens", 30, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "pens",
         .help = "Penholders and co-penholders by dossier and period, with their co-holders (no options: the overview)",
         .from = {"--holder", "Only pens held by this state, organisation or person"},
         .to = {"--text", "Only pens on this resolution, draft or statement (or what concerns it)"},
         .selection = "at,from,to,dossier",
         .empty_note = "no pen matches (chairs of committees and working groups: `chairs`; sponsors of texts: `sponsors`)",
         .examples = {
             {"pens --at 2019",
              "who held which pen in 2019, and with whom"},
             {"pens --dossier \"Syria humanitarian\" --evidence",
              "the Syria humanitarian pen over time, with the quotes"},
             {"pens --holder Belgium --format json",
              "Belgium's pens as JSON, for jq or pandas"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return pens_table(v.graph(), query_pens(v, f, lang), lang);
         },
         .reads = {EdgeKind::pen}});
}};

}  // namespace
}  // namespace councilgraph::cli
