// `councilgraph path A B`: the shortest chain of relations between two entities.
#include "cli.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/query.hpp>

#include <iostream>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    std::string a, b;
};

void run(Context& ctx, const Args& args) {
    const Graph& g = ctx.graph();
    const Lang lang = ctx.language();
    const Vertex a = g.resolve(args.a);
    const Vertex b = g.resolve(args.b);
    const View view(g, args.sel.selection());
    const auto steps = shortest_path(view, a, b);
    if (!steps) {
        std::cerr << "councilgraph: no chain of relations links " << g.node(a).name.in(lang) << " (" << g.node(a).id
                  << ") to " << g.node(b).name.in(lang) << " (" << g.node(b).id << ") in this selection\n";
        ctx.status = static_cast<int>(ExitCode::nothing_found);
        if (ctx.output_format() != OutputFormat::table) ctx.print(path_table(g, {}, a, lang));
        return;
    }
    const Table t = path_table(g, *steps, a, lang);
    if (ctx.output_format() == OutputFormat::table) {
        write_wrapped(std::cout, path_text(g, *steps, a, lang), ctx.table_width(), "", "    ");
        std::cout << '\n';
        if (steps->empty()) return;
    }
    ctx.print(t);
}

const Register reg{"path", 40, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand("path", "The shortest chain of relations between two entities, with evidence");
    sub->add_option("a", args->a, "Where the chain starts (name, alias or id)")->required();
    sub->add_option("b", args->b, "Where the chain ends")->required();
    args->sel.add_to(*sub, "at,from,to,nodes,edges,dossier,source");
    sub->callback([&ctx, args] { run(ctx, *args); });
}};

}  // namespace
}  // namespace councilgraph::cli
