// `councilgraph vetoes`: vetoed drafts, who cast each veto, and the veto counts sources state.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"vetoes", 31, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "vetoes", "Vetoes: date, caster, draft, dossier, and the counts the sources state",
        "--by", "Only vetoes cast by this state", "--draft", "Only vetoes on this draft",
        "at,from,to,dossier", "no veto matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return vetoes_table(v.graph(), query_vetoes(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
