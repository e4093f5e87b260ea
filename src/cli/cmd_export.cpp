// `councilgraph export [--format F] [selection] [-o PATH]`: write a selection of the graph in a
// format another tool reads. The format comes from --format (this subcommand's own option, matched
// before the global --format) or from the extension of -o.
#include "cli.hpp"

#include <councilgraph/export.hpp>

#include <iostream>

namespace councilgraph::cli {
namespace {

struct ExportArgs {
    std::string format;
    std::string output;
    SelectionOptions sel;
    NetworkArgs network;
};

constexpr std::string_view format_list = "graphml, gexf, json, cyjs, csv, dot, native or html";

ExportFormat choose_format(const ExportArgs& a) {
    if (!a.format.empty()) {
        if (auto f = parse_export_format(a.format)) return *f;
        throw UsageError("--format: unknown export format '" + a.format + "' (expected " + std::string(format_list) + ")");
    }
    if (!a.output.empty() && a.output != "-")
        if (auto f = export_format_for_path(a.output)) return *f;
    throw UsageError("export: give --format (" + std::string(format_list) + ")" +
                     (a.output.empty() || a.output == "-" ? std::string()
                                                          : "; the extension of '" + a.output + "' does not say which"));
}

void run(Context& ctx, const ExportArgs& a) {
    const ExportFormat f = choose_format(a);
    const bool to_stdout = a.output.empty() || a.output == "-";
    if (f == ExportFormat::neo4j_csv && to_stdout)
        throw UsageError("export --format csv writes a folder (nodes.csv, relationships.csv): give -o FOLDER");
    ExportOptions opts;
    opts.lang = ctx.language();
    if (f == ExportFormat::dot || f == ExportFormat::html) opts.theme = Theme::load(default_theme_path());
    const Selection sel = a.sel.selection();
    const Graph& g = ctx.graph();
    const DrawnView drawn = drawn_view(g, sel, a.network);
    const Dataset data = select_dataset(*drawn.view);
    if (to_stdout) {
        std::cout << export_text(data, f, opts);
        return;
    }
    write_export(data, f, a.output, opts);
    std::cerr << "wrote " << a.output << " (" << to_string(f) << ": " << data.nodes.size() << " nodes, "
              << data.edges.size() << " edges)\n";
}

const Register reg{"export", 90, [](CLI::App& app, Context& ctx) {
    auto a = std::make_shared<ExportArgs>();
    auto* sub = app.add_subcommand("export", "Write a selection for Gephi, yEd, NetworkX, igraph, Cytoscape, Neo4j, Graphviz, or as an HTML explorer");
    sub->add_option("-t,--format,--to-format", a->format,
                    "graphml, gexf, json (node-link), cyjs (Cytoscape.js), csv (Neo4j folder), dot, native, "
                    "html (a self-contained explorer page) (default: from the extension of -o)");
    sub->add_option("-o,--output", a->output, "Output file (a folder for csv); '-' or absent: standard output");
    a->sel.add_to(*sub);
    a->network.add_to(*sub);
    sub->callback([&ctx, a] { run(ctx, *a); });
}};

}  // namespace
}  // namespace councilgraph::cli
