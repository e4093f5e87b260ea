#pragma once
// Argument plumbing shared by the query commands (pens, vetoes, votes, ...): each command adds
// its own name filters and a subset of the selection options, then builds a View and prints the
// library's Table. No domain logic here.

#include "cli.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/query.hpp>

#include <memory>
#include <optional>
#include <string>

namespace councilgraph::cli {

/// Options of one query command: the selection (time window, dossier...) and two name filters.
struct QueryArgs {
    SelectionOptions sel;
    std::string from, to;
    std::string year;  ///< --year YYYY (members): the same as --at YYYY

    [[nodiscard]] RelationFilter filter() const {
        RelationFilter f;
        if (!from.empty()) f.from = from;
        if (!to.empty()) f.to = to;
        return f;
    }
};

/// Adds a query subcommand: `from_opt`/`to_opt` name the two filters (empty: not offered),
/// `which` the selection options, `run` turns the view and filter into a Table.
template <class Run>
CLI::App* add_query_command(CLI::App& app, Context& ctx, const std::string& name, const std::string& help,
                            const std::string& from_opt, const std::string& from_help,
                            const std::string& to_opt, const std::string& to_help, std::string_view which,
                            std::string empty_note, Run run) {
    auto args = std::make_shared<QueryArgs>();
    auto* sub = app.add_subcommand(name, help);
    if (!from_opt.empty()) sub->add_option(from_opt, args->from, from_help);
    if (!to_opt.empty()) sub->add_option(to_opt, args->to, to_help);
    args->sel.add_to(*sub, which);
    if (which.find("year") != std::string_view::npos)
        sub->add_option("--year", args->year, "Relations that hold at any time in this year (YYYY); same as --at YYYY");
    sub->callback([&ctx, args, run, empty_note] {
        if (!args->year.empty()) {
            if (!args->sel.at.empty()) throw UsageError("--year cannot be combined with --at");
            if (args->year.size() != 4) throw UsageError("--year: expected a year YYYY, got '" + args->year + "'");
            args->sel.at = args->year;
        }
        const Graph& g = ctx.graph();
        const View view(g, args->sel.selection());
        ctx.print(run(view, args->filter(), ctx.language()), empty_note);
    });
    return sub;
}

}  // namespace councilgraph::cli
