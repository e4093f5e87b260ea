// `councilgraph stats`: centralities and agreement between actors over a selection.
#include "cli.hpp"

#include <councilgraph/query.hpp>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    std::string metric = "degree", kind;
    std::size_t top = 20;
};

const Register reg{"stats", 42, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand(
        "stats", "Who is central (degree, betweenness) and who works together (copen: shared pens; covote: votes alike; cosponsor: shared sponsorships)");
    sub->add_option("--metric", args->metric, "degree, betweenness, copen, covote or cosponsor (default degree)");
    sub->add_option("--kind", args->kind, "Only rank nodes of these kinds, comma-separated (e.g. state)");
    sub->add_option("--top", args->top, "How many rows (default 20; 0 = all)");
    args->sel.add_to(*sub, "at,from,to,nodes,edges,dossier,source");
    sub->callback([&ctx, args] {
        const Metric m = parse_metric(args->metric);
        std::vector<NodeKind> kinds;
        if (!args->kind.empty()) kinds = parse_node_kinds(args->kind);
        const Graph& g = ctx.graph();
        const View view(g, args->sel.selection());
        const Lang lang = ctx.language();
        if (m == Metric::degree || m == Metric::betweenness)
            ctx.print(centrality_table(g, centrality(view, m, kinds, args->top), m, lang));
        else
            ctx.print(agreement_table(g, agreement(view, m, kinds, args->top), m, lang),
                      m == Metric::copen ? "no two actors share a pen in this selection"
                      : m == Metric::cosponsor ? "no two actors sponsored the same text in this selection"
                                               : "no two actors voted on the same text in this selection");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
