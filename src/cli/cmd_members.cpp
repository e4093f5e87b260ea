// `councilgraph members`: the Council's composition at a date or in a year.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"members", 35, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx,
        {.name = "members",
         .help = "Members of the Council (or of --body): permanent and elected, split terms as stated",
         .from = {"--state", "Only the terms of this state"},
         .to = {"--body", "Members of this body instead of the Security Council"},
         .selection = "at,from,to,year",
         .empty_note = "no member matches (seats sought: `candidacies`)",
         .examples = {
             {"members --year 2019",
              "the fifteen members in 2019"},
             {"members --state Netherlands --evidence",
              "the Netherlands' terms, with the quotes"}},
         .run = [](const View& v, const RelationFilter& f, Lang lang) {
             return members_table(v.graph(), query_members(v, f, lang), lang);
         },
         .reads = {EdgeKind::member}});
}};

}  // namespace
}  // namespace councilgraph::cli
