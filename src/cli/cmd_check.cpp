// `councilgraph check [PATH...] [--sources DIR]`: load and validate, report every problem.
#include "cli.hpp"

#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/reconcile.hpp>

#include <iostream>

namespace councilgraph::cli {
namespace {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string sources;
    bool reconcile = false;
};

void run(Context& ctx, const CheckOptions& o) {
    LoadOptions lo;
    if (!o.sources.empty()) {
        if (!std::filesystem::is_directory(o.sources))
            throw UsageError("--sources: '" + o.sources + "' is not a folder");
        lo.sources_dir = o.sources;
    }
    auto paths = !o.paths.empty() ? o.paths : ctx.paths();
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
    std::vector<SameAs> same_as;
    for (const auto& f : same_as_files(paths)) {
        auto more = load_same_as(f);
        same_as.insert(same_as.end(), more.begin(), more.end());
    }
    const auto counts = std::to_string(r.data.sources.size()) + " sources, " + std::to_string(r.data.nodes.size()) +
                        " nodes, " + std::to_string(r.data.edges.size()) + " edges, " + std::to_string(quotes) + " quotes";
    ReconcileReport rep;
    const Dataset one = unify(std::move(r.data), same_as, &rep);
    // Disagreements between sources are facts about the data, not errors: listed, exit 0.
    for (const auto& c : rep.conflicts) std::cout << "conflict: " << c.str() << '\n';
    if (o.reconcile)
        for (const auto& c : propose_same_as(one))
            std::cout << "candidate: " << c.curated << " = " << c.imported << " (" << c.why << ")\n";
    std::cout << "ok: " << counts
              << (lo.sources_dir ? " (all found in their sources)" : " (not checked against sources: use --sources DIR)");
    if (rep.merged_nodes || rep.merged_edges)
        std::cout << "; same_as: " << rep.merged_nodes << " nodes merged, " << rep.merged_edges << " statements folded into the record's";
    if (!rep.conflicts.empty())
        std::cout << "; " << rep.conflicts.size() << (rep.conflicts.size() == 1 ? " conflict" : " conflicts") << " between sources (listed above)";
    std::cout << '\n';
}

const Register reg{"check", 10, [](CLI::App& app, Context& ctx) {
    auto o = std::make_shared<CheckOptions>();
    auto* sub = app.add_subcommand("check", "Validate data files and report every problem (exit 2 if any)");
    sub->add_option("paths", o->paths, "Data files or folders (default: --data, or the shipped data set)");
    sub->add_option("--sources", o->sources, "Folder of source texts: check every quote against its source");
    sub->add_flag("--reconcile", o->reconcile,
                  "Also propose same_as candidates (curated = imported node: same kind, compatible date, matching number or title) for review");
    sub->callback([&ctx, o] { run(ctx, *o); });
}};

}  // namespace
}  // namespace councilgraph::cli
