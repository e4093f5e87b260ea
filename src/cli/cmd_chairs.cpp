// `councilgraph chairs`: chairs, vice-chairs, facilitators and focal points of Council bodies.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"chairs", 34, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "chairs", "Chairs, vice-chairs, facilitators and focal points of bodies, groups and formats",
        "--holder", "Only roles held by this state, person or organisation", "--body",
        "Only this body, group, format or dossier (and its sub-bodies)", "at,from,to,dossier",
        "no chair matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return chairs_table(v.graph(), query_chairs(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
