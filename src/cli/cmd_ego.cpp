// `councilgraph ego NAME`: the neighbourhood of an entity, as relations with evidence.
#include "cli.hpp"

#include <councilgraph/rows.hpp>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    std::vector<std::string> words;  ///< the name, possibly unquoted over several words
};

const Register reg{"ego", 41, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand("ego", "The neighbourhood of an entity: every relation within --depth steps");
    sub->add_option("name", args->words, "The centre (name, alias or id); quotes optional")->required()->expected(1, -1);
    sub->add_option("--depth", args->sel.depth, "How many relations away (default 1)")->check(CLI::NonNegativeNumber);
    args->sel.add_to(*sub, "at,from,to,nodes,edges,dossier,source");
    sub->callback([&ctx, args] {
        Selection s = args->sel.selection();
        s.around = join_words(args->words);
        const View view(ctx.graph(), s);
        // Curated relations first: the quoted facts, not hundreds of imported records, lead.
        ctx.print(edge_table(ctx.graph(), curated_first(ctx.graph(), view.edges()), ctx.language()), "no relation in this selection");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
