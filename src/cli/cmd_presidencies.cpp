// `councilgraph presidencies`: which state presided the Council in which month.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"presidencies", 36, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "presidencies", "Council presidencies (one month each), by date", "--state",
        "Only presidencies held by this state", "--body", "Only presidencies of this body (default: every body)",
        "at,from,to", "no presidency matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return presidencies_table(v.graph(), query_presidencies(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
