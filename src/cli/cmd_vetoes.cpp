// `councilgraph vetoes`: vetoed drafts, who cast each veto, and the veto counts sources state.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"vetoes", 31, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "vetoes",
         .help = "Vetoes: date, caster, draft, dossier, and the counts the sources state",
         .from = {"--by", "Only vetoes cast by this state"},
         .to = {"--draft", "Only vetoes on this draft"},
         .selection = "at,from,to,dossier",
         .empty_note = "no veto matches (how each state voted: `votes`)",
         .examples = {
             {"vetoes --from 2019 --to 2020",
              "the vetoes cast during Belgium's term"},
             {"vetoes --by Russia --dossier Syria",
              "Russia's vetoes on Syria, with the counts the sources state"},
             {"vetoes --count-by by,decade --sort key",
              "how many vetoes each member cast per decade"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return vetoes_table(v.graph(), query_vetoes(v, f, lang), lang);
         }});
}};

}  // namespace
}  // namespace councilgraph::cli
