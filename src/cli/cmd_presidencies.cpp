// `councilgraph presidencies`: which state presided the Council in which month.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"presidencies", 36, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "presidencies",
         .help = "Council presidencies (one month each), by date",
         .from = {"--state", "Only presidencies held by this state"},
         .to = {"--body", "Only presidencies of this body (default: every body)"},
         .selection = "at,from,to",
         .empty_note = "no presidency matches (chairs of committees and working groups: `chairs`)",
         .examples = {
             {"presidencies --state Belgium",
              "the months Belgium presided the Council"},
             {"presidencies --from 2019 --to 2020",
              "the presidencies of 2019 and 2020"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return presidencies_table(v.graph(), query_presidencies(v, f, lang), lang);
         }});
}};

}  // namespace
}  // namespace councilgraph::cli
