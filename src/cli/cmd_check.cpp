// `councilgraph check [PATH...] [--sources DIR]`: load and validate, report every problem.
#include "cli.hpp"

#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>

#include <iostream>

namespace councilgraph::cli {
namespace {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string sources;
};

void run(Context& ctx, const CheckOptions& o) {
    LoadOptions lo;
    if (!o.sources.empty()) {
        if (!std::filesystem::is_directory(o.sources))
            throw UsageError("--sources: '" + o.sources + "' is not a folder");
        lo.sources_dir = o.sources;
    }
    auto paths = !o.paths.empty() ? o.paths
                 : !ctx.data_paths.empty() ? ctx.data_paths
                                           : std::vector<std::string>{default_data_path()};
    auto r = load(paths, lo);
    for (const auto& d : r.problems) std::cerr << d.str() << '\n';
    std::size_t quotes = 0;
    for (const auto& e : r.data.edges)
        for (const auto& ev : e.evidence) quotes += !ev.quote.empty();
    for (const auto& n : r.data.nodes)
        for (const auto& ev : n.evidence) quotes += !ev.quote.empty();
    if (!r.problems.empty()) {
        std::cerr << r.problems.size() << (r.problems.size() == 1 ? " problem" : " problems") << " found\n";
        ctx.status = static_cast<int>(ExitCode::bad_input);
        return;
    }
    // Disagreements between the records (votes against the veto list, tallies, seats) are facts
    // about the sources, listed but not problems of the data.
    const auto disagreements = cross_check_votes(r.data);
    for (const auto& d : disagreements) std::cerr << d.str() << '\n';
    if (!disagreements.empty())
        std::cerr << disagreements.size() << " cross-check disagreement" << (disagreements.size() == 1 ? "" : "s")
                  << " between the vote records and the veto list, meeting tallies or membership (listed, not errors)\n";
    std::cout << "ok: " << r.data.sources.size() << " sources, " << r.data.nodes.size() << " nodes, "
              << r.data.edges.size() << " edges, " << quotes << " quotes"
              << (lo.sources_dir ? " (all found in their sources)" : " (not checked against sources: use --sources DIR)")
              << '\n';
}

const Register reg{"check", 10, [](CLI::App& app, Context& ctx) {
    auto o = std::make_shared<CheckOptions>();
    auto* sub = app.add_subcommand("check", "Validate data files and report every problem (exit 2 if any)");
    sub->add_option("paths", o->paths, "Data files or folders (default: --data, or the project's data/)");
    sub->add_option("--sources", o->sources, "Folder of source texts: check every quote against its source");
    sub->callback([&ctx, o] { run(ctx, *o); });
}};

}  // namespace
}  // namespace councilgraph::cli
