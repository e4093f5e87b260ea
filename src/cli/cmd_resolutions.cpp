// `councilgraph resolutions`: what the Council adopted, issued, vetoed or let fail, by date.
#include "query_cli.hpp"

#include <councilgraph/record.hpp>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    CountOptions counts;
    std::string outcome, kind;
};

const Register reg{"resolutions", 28, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand(
        "resolutions", "Resolutions, presidential statements and drafts put to the vote, with their outcome, tally, vetoes and meeting");
    args->sel.add_to(*sub, "at,from,to,dossier,source");
    sub->add_option("--outcome", args->outcome, "Only texts with this outcome: adopted, vetoed, failed (comma-separated)");
    sub->add_option("--kind", args->kind, "Only texts of these kinds: resolution, statement, draft (comma-separated)");
    args->counts.add_to(*sub);
    add_examples(*sub, {
        {"resolutions --from 2010 --to 2020 --kind resolution --count-by year --sort key",
         "how many resolutions were adopted each year of the decade"},
        {"resolutions --outcome failed --at 2018",
         "the drafts that failed in 2018 without a veto"},
        {"resolutions --dossier Syria --outcome vetoed",
         "the vetoed drafts on Syria, with who vetoed them"}});
    sub->callback([&ctx, args] {
        RecordFilter f;
        if (!args->outcome.empty()) f.outcomes = parse_outcomes(args->outcome);
        if (std::find(f.outcomes.begin(), f.outcomes.end(), "none") != f.outcomes.end())
            throw UsageError("--outcome none: every text has an outcome; meetings without one are listed by `meetings --outcome none`");
        if (!args->kind.empty()) {
            f.kinds = parse_node_kinds(args->kind);
            for (NodeKind k : f.kinds)
                if (k != NodeKind::resolution && k != NodeKind::statement && k != NodeKind::draft)
                    throw UsageError("--kind: expected resolution, statement or draft, got '" + std::string(to_string(k)) + "'");
        }
        const Graph& g = ctx.graph();
        const View view(g, args->sel.selection());
        const Lang lang = ctx.language();
        ctx.print(args->counts.apply(resolutions_table(g, query_resolutions(view, f, lang), lang)),
                  "no text matches (meetings: `meetings`; who voted how: `votes`)");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
