// `councilgraph questions`: what a member of parliament (or a party) asked whom, and when.
#include "query_cli.hpp"

#include <councilgraph/query.hpp>

#include <memory>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    CountOptions counts;
    std::string by, to, party, until;
};

const Register reg{"questions", 38, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand(
        "questions", "Parliamentary questions: who asked whom what, and when, with the asker's party");
    sub->add_option("--by", args->by, "Only questions asked by this person or party");
    sub->add_option("--to", args->to, "Only questions put to this person (a minister...) or actor");
    sub->add_option("--party", args->party, "Only questions asked by members of this party");
    // `--to` names the addressee here, so the end of the period is `--until`.
    args->sel.add_to(*sub, "at,from");
    sub->add_option("--until", args->until, "Only questions asked on or before this date");
    args->counts.add_to(*sub);
    sub->callback([&ctx, args] {
        QuestionFilter f;
        if (!args->by.empty()) f.by = args->by;
        if (!args->to.empty()) f.to = args->to;
        if (!args->party.empty()) f.party = args->party;
        if (!args->until.empty()) {
            (void)parse_date_arg(args->until, "--until");  // names the option the user typed
            args->sel.to = args->until;
        }
        const Graph& g = ctx.graph();
        const View view(g, args->sel.selection());
        const Lang lang = ctx.language();
        ctx.print(args->counts.apply(questions_table(g, query_questions(view, f, lang), lang)), "no question matches");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
