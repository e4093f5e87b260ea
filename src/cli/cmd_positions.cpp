// `councilgraph positions`: stated positions with stance, summary and quote.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"positions", 37, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "positions", "Stated positions: actor, stance, on what, when, summary and quote", "--actor",
        "Only positions of this actor (state, person, party, group...)", "--on",
        "Only positions on this entity (or on what concerns it)", "at,from,to,dossier",
        "no position matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return positions_table(v.graph(), query_positions(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
