// `councilgraph pens`: who held which pen, with whom, when — and where it says so.
#include "query_cli.hpp"

namespace councilgraph::cli {
namespace {

const Register reg{"pens", 30, [](CLI::App& app, Context& ctx) {
    add_query_command(
        app, ctx, "pens",
        "Penholders and co-penholders by dossier and period, with their co-holders (no options: the overview)",
        "--holder", "Only pens held by this state, organisation or person", "--text",
        "Only pens on this resolution, draft or statement (or what concerns it)", "at,from,to,dossier",
        "no pen matches", [](const View& v, const RelationFilter& f, Lang lang) {
            return pens_table(v.graph(), query_pens(v, f, lang), lang);
        });
}};

}  // namespace
}  // namespace councilgraph::cli
