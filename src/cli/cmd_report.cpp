// `councilgraph report STATE [--term YYYY-YYYY | --from/--to] [-o FILE.md|FILE.html]`: the
// balance of a member's Council term, every line with a footnote. The library builds the report
// (report.hpp) and its diagrams; this file renders the diagrams and writes the files.
#include "cli.hpp"

#include <councilgraph/native.hpp>
#include <councilgraph/render.hpp>
#include <councilgraph/report.hpp>

#include <filesystem>
#include <iostream>

namespace councilgraph::cli {
namespace {

struct ReportArgs {
    std::vector<std::string> state;
    std::string term, from, to, output, type;
    bool no_diagrams = false;
};

void run(Context& ctx, const ReportArgs& a) {
    std::string type = a.type;
    const bool to_stdout = a.output.empty() || a.output == "-";
    // `--format json` with no file and no --type: the report as data (report_json).
    if (type.empty() && to_stdout && ctx.output_format() == OutputFormat::json) type = "json";
    if (type.empty()) {
        const std::string ext = to_stdout ? std::string(".md") : std::filesystem::path(a.output).extension().string();
        if (ext == ".md" || ext == ".markdown") type = "md";
        else if (ext == ".html" || ext == ".htm") type = "html";
        else throw UsageError("-o " + a.output + ": cannot tell the report type from the file name (use .md or .html, or give --type)");
    }
    if (!a.term.empty() && (!a.from.empty() || !a.to.empty()))
        throw UsageError("report: give --term or --from/--to, not both");
    ReportRequest req;
    req.state = join_words(a.state);
    req.lang = ctx.language();
    if (!a.term.empty()) std::tie(req.from, req.to) = parse_term(a.term);
    if (!a.from.empty()) req.from = parse_date_arg(a.from, "--from");
    if (!a.to.empty()) req.to = parse_date_arg(a.to, "--to");
    (void)window_between(req.from, req.to);  // a window that ends before it starts is refused here

    const Theme theme = Theme::load(default_theme_path());
    const Graph& g = ctx.graph();
    const Report report = build_report(g, req, theme.words);
    if (type == "json") {
        std::cout << report_json(g, report).dump(2) << '\n';
        return;
    }

    // Everything is made in memory first: a failure leaves no file behind.
    std::vector<DrawnDiagram> drawn;
    std::vector<std::pair<std::filesystem::path, std::string>> beside;
    const bool diagrams = !a.no_diagrams && (type == "html" || !to_stdout);
    if (diagrams) {
        Renderer renderer;
        for (const ReportDiagram& d : report_diagrams(g, report, theme)) {
            DrawnDiagram out{d.caption, {}, renderer.render(d.diagram, OutputType::svg)};
            for (const auto& w : renderer.warnings()) std::cerr << "report: graphviz warning: " << w << "\n";
            if (type == "md") {
                const std::filesystem::path out_path(a.output);
                const std::filesystem::path file = out_path.parent_path() / (out_path.stem().string() + "-" + d.key + ".svg");
                out.file = file.filename().string();
                beside.emplace_back(file, std::move(out.svg));
                out.svg.clear();
            }
            drawn.push_back(std::move(out));
        }
    }
    const std::string text =
        type == "html" ? report_html(g, report, theme.words, drawn) : report_markdown(g, report, theme.words, drawn);
    if (to_stdout) {
        std::cout << text;
        return;
    }
    for (const auto& [file, svg] : beside) write_file_atomic(file, svg);
    write_file_atomic(a.output, text);
    std::cerr << "wrote " << a.output;
    for (const auto& [file, svg] : beside) std::cerr << ", " << file.string();
    std::cerr << "\n";
}

const Register reg{"report", 75, [](CLI::App& app, Context& ctx) {
    auto a = std::make_shared<ReportArgs>();
    auto* sub = app.add_subcommand("report", "The balance of a member's Council term from the graph, every line with its source (Markdown or HTML)");
    sub->add_option("state", a->state, "The member: a name in en/nl/fr or an id (state:BEL); quotes optional")->required()->expected(1, -1);
    sub->add_option("--term", a->term, "The term as years: 2019-2020 or 2018 (default: the member's latest elected term)");
    sub->add_option("--from", a->from, "Start of the window (YYYY, YYYY-MM or YYYY-MM-DD)");
    sub->add_option("--to", a->to, "End of the window");
    sub->add_option("-o,--output", a->output, "Output file: .md (diagrams written beside it as SVG) or .html (one page, diagrams inside). Default: Markdown on stdout (with --format json: the report as JSON)");
    sub->add_option("--type,--format", a->type, "md or html when the file name does not say")->check(CLI::IsMember({"md", "html"}));
    sub->add_flag("--no-diagrams", a->no_diagrams, "Leave out the network and timeline diagrams");
    add_examples(*sub, {{"report Belgium --term 2019-2020 -o belgium.html", "Belgium's 2019-2020 term as one page, with diagrams and footnotes"},
                        {"--lang nl report Nederland --term 2018 -o nl-2018.md", "the Dutch 2018 term in Dutch, as Markdown with SVG diagrams beside it"},
                        {"report Indonesia --term 2019-2020", "a member with no curated source: the public record alone"}});
    sub->callback([&ctx, a] { run(ctx, *a); });
}};

}  // namespace
}  // namespace councilgraph::cli
