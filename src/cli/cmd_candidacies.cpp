// `councilgraph candidacies`: which state sought which seat or office, and when it said so.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"candidacies", 36, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "candidacies",
        "Candidacies of states for a body or office: the term sought and when the candidacy was stated",
        "--state", "Only the candidacies of this state", "--body", "Only candidacies for this body (or its sub-bodies)",
        "at,from,to", "no candidacy matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return candidacies_table(v.graph(), query_candidacies(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
