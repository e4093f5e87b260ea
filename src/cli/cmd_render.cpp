// `councilgraph render [selection] [-o FILE] [--type svg|png|pdf|dot] [--engine ...]`: a
// relationship diagram of the selection through Graphviz's libraries. The library builds the
// diagram (diagram.hpp), writes DOT (dot.hpp) or renders it (render.hpp); this file only parses,
// reports progress and shows Graphviz's warnings.
#include "cli.hpp"

#include <councilgraph/dot.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/style.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

namespace councilgraph::cli {
namespace {

struct RenderArgs {
    SelectionOptions sel;
    NetworkArgs network;
    std::string output, type, engine = "auto", theme, cluster = "none", title;
    bool no_legend = false, no_edge_labels = false, no_merge = false, by_dossier = false, isolated = false,
         timeline = false, force = false, undated = false;
};

OutputType choose_type(const RenderArgs& a) {
    if (!a.type.empty()) {
        if (auto t = parse_output_type(a.type)) return *t;
        throw UsageError("--type: unknown output type '" + a.type + "' (expected svg, png, pdf or dot)");
    }
    if (a.output.empty() || a.output == "-") return OutputType::dot;
    if (auto t = output_type_for(a.output)) return *t;
    throw UsageError("-o " + a.output + ": cannot tell the output type from the file name (use .svg, .png, .pdf or .dot, or give --type)");
}

// Lays out and renders; when that takes more than a second, says so on stderr (the layout runs
// on this thread, as Graphviz wants; the other thread only prints).
std::string render_with_progress(const Diagram& diagram, OutputType type, std::vector<std::string>& warnings) {
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    std::mutex m;
    std::condition_variable cv;
    bool done = false, announced = false;
    std::thread progress([&] {
        std::unique_lock lock(m);
        if (!cv.wait_for(lock, std::chrono::seconds(1), [&] { return done; })) {
            std::cerr << "render: laying out " << diagram.nodes.size() << " nodes and " << diagram.edges.size()
                      << " edges with " << diagram.engine << "..." << std::endl;
            announced = true;
        }
    });
    std::string content;
    try {
        Renderer renderer;
        content = renderer.render(diagram, type);
        warnings = renderer.warnings();
    } catch (...) {
        {
            std::lock_guard lock(m);
            done = true;
        }
        cv.notify_all();
        progress.join();
        throw;
    }
    {
        std::lock_guard lock(m);
        done = true;
    }
    cv.notify_all();
    progress.join();
    if (announced) {
        const double s = std::chrono::duration<double>(clock::now() - start).count();
        std::cerr << fmt::format("render: done in {:.1f} s", s) << std::endl;
    }
    return content;
}

void run(Context& ctx, const RenderArgs& a) {
    const OutputType type = choose_type(a);
    const auto cluster = parse_cluster_by(a.cluster);
    if (!cluster) throw UsageError("--cluster: unknown grouping '" + a.cluster + "' (expected none, dossier, bloc or kind)");
    const bool to_stdout = a.output.empty() || a.output == "-";
    if (to_stdout && type != OutputType::dot && type != OutputType::svg && isatty(STDOUT_FILENO))
        throw UsageError("render: not writing " + std::string(to_string(type)) + " to a terminal; give -o FILE");
    if (a.timeline && a.engine != "auto" && a.engine != "dot")
        throw UsageError("--timeline is drawn with dot; leave out --engine " + a.engine);

    DiagramOptions opts;
    opts.lang = ctx.language();
    opts.cluster = *cluster;
    opts.legend = !a.no_legend;
    opts.edge_labels = !a.no_edge_labels;
    opts.engine = a.engine;
    opts.title = a.title;
    opts.merge = !a.no_merge;
    opts.by_dossier = a.by_dossier;
    opts.isolated = a.isolated;
    opts.timeline = a.timeline;
    opts.force = a.force;
    opts.undated = a.undated;
    (void)plan_layout(opts.engine, 0, 0);  // rejects an unknown engine before the data is loaded

    const std::filesystem::path theme_path =
        a.theme.empty() ? std::filesystem::path(default_theme_path()) : std::filesystem::path(a.theme);
    const Theme theme = Theme::load(theme_path);

    const Graph& g = ctx.graph();
    const DrawnView drawn = drawn_view(g, a.sel.selection(), a.network);
    const View& view = *drawn.view;
    if (view.nodes().empty())
        throw Error("render: the selection is empty, nothing to draw", ExitCode::nothing_found);
    const Diagram diagram = build_diagram(view, theme, opts);

    std::string content;
    std::vector<std::string> warnings;
    if (type == OutputType::dot) content = to_dot(diagram);
    else content = render_with_progress(diagram, type, warnings);
    for (const auto& w : warnings) std::cerr << "render: graphviz warning: " << w << "\n";
    if (to_stdout) std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    else write_file_atomic(a.output, content);
}

const Register reg{"render", 80, [](CLI::App& app, Context& ctx) {
    auto a = std::make_shared<RenderArgs>();
    auto* sub = app.add_subcommand("render", "Draw the selection as a relationship diagram (Graphviz): svg, png, pdf or dot");
    a->sel.add_to(*sub);
    a->network.add_to(*sub);
    sub->add_option("-o,--output", a->output, "Output file; its extension (.svg .png .pdf .dot) gives the type. Default: DOT on stdout");
    sub->add_option("--type,--format", a->type, "Output type when the file name does not say: svg, png, pdf or dot")
        ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "gv"}));
    sub->add_option("--engine", a->engine, "Layout: auto (by size), dot, neato, fdp, sfdp, circo or twopi")
        ->check(CLI::IsMember({"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"}));
    sub->add_option("--theme", a->theme, "Theme file (JSON); default: data/theme/default.json");
    sub->add_option("--cluster", a->cluster, "Group nodes in boxes: none, dossier, bloc (permanent/elected) or kind")
        ->check(CLI::IsMember({"none", "dossier", "bloc", "kind"}));
    sub->add_option("--title", a->title, "Legend title (default: a description of the selection)");
    sub->add_flag("--no-legend", a->no_legend, "Leave the legend out");
    sub->add_flag("--no-edge-labels", a->no_edge_labels, "Leave out edge labels (roles and periods)");
    sub->add_flag("--no-merge", a->no_merge, "Draw parallel relations one by one instead of one edge with a count");
    sub->add_flag("--by-dossier", a->by_dossier, "Draw actors against dossiers through the drafts and resolutions between them");
    sub->add_flag("--isolated", a->isolated, "Also draw entities that have no selected relation");
    sub->add_flag("--undated", a->undated, "In a time window, also draw undated relations of kinds that have dated ones (regional groups)");
    sub->add_flag("--timeline", a->timeline, "Time left to right (a column per year), a row per actor");
    sub->add_flag("--force", a->force, "Draw even above the size limits (the layout may take minutes)");
    sub->callback([&ctx, a] { run(ctx, *a); });
}};

}  // namespace
}  // namespace councilgraph::cli
