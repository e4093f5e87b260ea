// `councilgraph members`: the Council's composition at a date or in a year.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"members", 35, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "members",
        "Members of the Council (or of --body): permanent and elected, split terms as stated", "--state",
        "Only the terms of this state", "--body", "Members of this body instead of the Security Council",
        "at,from,to,year", "no member matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return members_table(v.graph(), query_members(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
