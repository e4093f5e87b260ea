// `councilgraph meetings`: the Council's meetings, with or without an outcome.
#include "query_cli.hpp"

#include <councilgraph/record.hpp>

namespace councilgraph::cli {
namespace {

struct Args {
    SelectionOptions sel;
    CountOptions counts;
    std::string outcome;
};

const Register reg{"meetings", 29, [](CLI::App& app, Context& ctx) {
    auto args = std::make_shared<Args>();
    auto* sub = app.add_subcommand("meetings", "Meetings: date, record, topic, the texts adopted, vetoed or failed, dossier");
    args->sel.add_to(*sub, "at,from,to,dossier,source");
    sub->add_option("--outcome", args->outcome,
                    "Only meetings with an outcome of this kind: adopted, vetoed, failed, or none (comma-separated)");
    args->counts.add_to(*sub);
    add_examples(*sub, {
        {"meetings --at 2019 --count-by month --sort key", "how many formal meetings each month of 2019"},
        {"meetings --dossier Syria --count-by year --sort key", "meetings on Syria per year"},
        {"meetings --at 2020-03 --outcome none", "the meetings of March 2020 that adopted nothing"}});
    sub->callback([&ctx, args] {
        RecordFilter f;
        if (!args->outcome.empty()) f.outcomes = parse_outcomes(args->outcome);
        const Graph& g = ctx.graph();
        const View view(g, args->sel.selection());
        const Lang lang = ctx.language();
        ctx.print(args->counts.apply(meetings_table(g, query_meetings(view, f, lang), lang)),
                  "no meeting matches (texts and their outcomes: `resolutions`)");
    });
}};

}  // namespace
}  // namespace councilgraph::cli
