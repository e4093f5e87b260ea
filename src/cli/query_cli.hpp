#pragma once
// Argument plumbing shared by the query commands (pens, vetoes, votes, ...): each command declares
// its name, its two name filters, the selection options it offers, what to say when nothing
// matches and its examples; `run` turns the view and filter into the library's Table. No domain
// logic here.

#include "cli.hpp"

#include <councilgraph/counts.hpp>
#include <councilgraph/error.hpp>
#include <councilgraph/query.hpp>

#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace councilgraph::cli {

/// `--count-by FIELD[,FIELD]` and `--sort count|key`, offered by every query command: the
/// command's rows counted by the library's count_rows instead of listed.
struct CountOptions {
    std::string count_by, sort;

    void add_to(CLI::App& app) {
        app.add_option("--count-by", count_by,
                       "Count the rows by these fields instead of listing them (year, month, decade, or any JSON field: by, dossier, outcome...), comma-separated");
        app.add_option("--sort", sort, "Order of the counts: count (most first, the default) or key");
    }
    /// The rows, or their counts when --count-by was given; throws UsageError on a bad field.
    [[nodiscard]] Table apply(Table t) const {
        if (count_by.empty()) {
            if (!sort.empty()) throw UsageError("--sort orders the counts of --count-by, which is not given");
            return t;
        }
        std::size_t totals = 0;
        Table counts = count_rows(t, parse_count_fields(count_by), sort.empty() ? CountOrder::count : parse_count_order(sort), &totals);
        if (totals > 0)
            std::cerr << "note: left out of the counts: " << totals << (totals == 1 ? " row that states" : " rows that state")
                      << " a total (a source's count, not one event); drop --count-by to see " << (totals == 1 ? "it" : "them")
                      << "\n";
        return counts;
    }
};

/// Options of one query command: the selection (time window, dossier...) and two name filters.
struct QueryArgs {
    SelectionOptions sel;
    CountOptions counts;
    std::string from, to;
    std::string year;  ///< --year YYYY (members): the same as --at YYYY

    [[nodiscard]] RelationFilter filter() const {
        RelationFilter f;
        if (!from.empty()) f.from = from;
        if (!to.empty()) f.to = to;
        return f;
    }
};

/// A name filter of a query command: its option (`--holder`) and help; no option: not offered.
struct FilterOption {
    std::string option, help;
};

/// A query command, declared once.
struct QueryCommand {
    std::string name;                ///< the subcommand
    std::string help;                ///< one line for --help
    FilterOption from;               ///< the actor filter (RelationFilter::from)
    FilterOption to;                 ///< the object filter (RelationFilter::to)
    std::string selection;           ///< selection options offered: "at,from,to,dossier" (+ "year")
    std::string empty_note;          ///< said on stderr when nothing matches (name related commands)
    /// A better note for an empty result, from the library (empty: `empty_note`).
    std::function<std::string(const View&, const RelationFilter&, Lang)> explain_empty = {};
    std::vector<Example> examples;   ///< shown at the end of --help
    std::function<Table(const View&, const RelationFilter&, Lang)> run;
    /// The edge kinds `run` reads, when it reads no other (empty: any): the view then selects only
    /// these, so it costs what the query needs.
    std::vector<EdgeKind> reads = {};
};

/// Adds `cmd` as a subcommand of `app`.
inline CLI::App* add_query_command(CLI::App& app, Context& ctx, QueryCommand cmd) {
    auto args = std::make_shared<QueryArgs>();
    auto* sub = app.add_subcommand(cmd.name, cmd.help);
    if (!cmd.from.option.empty()) sub->add_option(cmd.from.option, args->from, cmd.from.help);
    if (!cmd.to.option.empty()) sub->add_option(cmd.to.option, args->to, cmd.to.help);
    args->sel.add_to(*sub, cmd.selection + ",source");
    if (cmd.selection.find("year") != std::string::npos)
        sub->add_option("--year", args->year, "Relations that hold at any time in this year (YYYY); same as --at YYYY")
            ->check(CLI::Validator(
                [](std::string& v) { return v.empty() ? std::string("expected a year YYYY, got an empty value") : std::string(); },
                "YYYY"));
    args->counts.add_to(*sub);
    add_examples(*sub, cmd.examples);
    sub->callback([&ctx, args, run = std::move(cmd.run), note = std::move(cmd.empty_note), explain = std::move(cmd.explain_empty),
                   reads = std::move(cmd.reads)] {
        if (!args->year.empty()) {
            if (!args->sel.at.empty()) throw UsageError("--year cannot be combined with --at");
            if (args->year.size() != 4) throw UsageError("--year: expected a year YYYY, got '" + args->year + "'");
            args->sel.at = args->year;
        }
        const Graph& g = ctx.graph();
        Selection sel = args->sel.selection();
        if (sel.edge_kinds.empty()) sel.edge_kinds = reads;
        const View view(g, sel);
        const Table t = run(view, args->filter(), ctx.language());
        std::string why;
        if (t.empty() && explain) why = explain(view, args->filter(), ctx.language());
        ctx.print(args->counts.apply(t), why.empty() ? note : why);
    });
    return sub;
}

}  // namespace councilgraph::cli
