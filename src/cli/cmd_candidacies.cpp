// `councilgraph candidacies`: which state sought which seat or office, and when it said so.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"candidacies", 36, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "candidacies",
         .help = "Candidacies of states for a body or office: the term sought and when the candidacy was stated",
         .from = {"--state", "Only the candidacies of this state"},
         .to = {"--body", "Only candidacies for this body (or its sub-bodies)"},
         .selection = "at,from,to",
         .empty_note = "no candidacy matches (terms actually served: `members`)",
         .examples = {
             {"candidacies --state Belgium",
              "the seats Belgium sought, and when it said so"},
             {"candidacies --body \"Security Council\" --evidence",
              "candidacies for the Council, with the quotes"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return candidacies_table(v.graph(), query_candidacies(v, f, lang), lang);
         }});
}};

}  // namespace
}  // namespace councilgraph::cli
