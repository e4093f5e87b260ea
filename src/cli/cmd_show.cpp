// `councilgraph show NAME`: everything known about one entity, relations grouped by kind, with
// dates and evidence.
#include "cli.hpp"

#include <councilgraph/native.hpp>
#include <councilgraph/rows.hpp>

#include <iostream>
#include <sstream>

namespace councilgraph::cli {
namespace {

void run(Context& ctx, const std::string& name) {
    const Graph& g = ctx.graph();
    const Lang lang = ctx.language();
    std::vector<Vertex> also;
    const Vertex v = g.resolve(name, {}, &also);
    for (Vertex o : also)
        std::cerr << "note: '" << name << "' also names " << g.node(o).name.in(lang) << " (" << g.node(o).id
                  << "); give its id to see it\n";
    const Node& n = g.node(v);
    const auto rel = g.incident(v);
    // Grouped by kind in the model's order, each group in id order.
    std::vector<EdgeIndex> ordered;
    for (auto k : all_edge_kinds())
        for (EdgeIndex i : rel)
            if (g.edge(i).kind == k) ordered.push_back(i);
    Table rows = edge_table(g, ordered, lang);

    switch (ctx.output_format()) {
        case OutputFormat::table: {
            std::cout << n.name.in(lang) << " (" << n.id << ", " << to_string(n.kind) << ")\n";
            Table head = node_table(g, v);
            head.rows.erase(head.rows.begin(), head.rows.begin() + 2);  // id and kind are in the title
            head.evidence.erase(head.evidence.begin(), head.evidence.begin() + 2);
            TableStyle style = ctx.table_style();
            style.evidence = true;
            for (std::size_t r = 0; r < head.rows.size(); ++r) {
                write_wrapped(std::cout, cell_text(head.rows[r][1]), style.width, "  " + cell_text(head.rows[r][0]) + ": ",
                              "      ");
                for (const auto& e : head.evidence[r]) write_wrapped(std::cout, evidence_line(e), style.width, "    ↳ ", "      ");
            }
            std::size_t at = 0;
            for (auto k : all_edge_kinds()) {
                Table group;
                group.columns = rows.columns;
                for (; at < rows.rows.size() && cell_text(rows.rows[at][0]) == to_string(k); ++at)
                    group.add(rows.rows[at], rows.evidence[at]);
                if (group.empty()) continue;
                std::cout << '\n' << to_string(k) << " (" << group.rows.size() << ")\n";
                write_table(std::cout, group, OutputFormat::table, style);
            }
            if (rows.empty()) std::cout << "\nno relations\n";
            break;
        }
        case OutputFormat::json: {
            nlohmann::ordered_json o;
            o["id"] = n.id;
            o["kind"] = std::string(to_string(n.kind));
            o["name"] = {{"en", n.name.en}, {"nl", n.name.nl}, {"fr", n.name.fr}};
            o["aliases"] = n.aliases;
            o["attrs"] = nlohmann::ordered_json::object();
            for (const auto& [k, val] : n.attrs) o["attrs"][k] = to_json(val);
            std::ostringstream rel_json;
            write_table(rel_json, rows, OutputFormat::json, true);
            o["relations"] = nlohmann::ordered_json::parse(rel_json.str());
            std::cout << o.dump(2) << '\n';
            break;
        }
        case OutputFormat::csv:
            write_table(std::cout, rows, OutputFormat::csv, true);
            break;
    }
}

const Register reg{"show", 20, [](CLI::App& app, Context& ctx) {
    auto words = std::make_shared<std::vector<std::string>>();
    auto* sub = app.add_subcommand("show", "Everything known about one entity: names, then relations by kind, with evidence");
    // Every remaining word is part of the name: `show transitionele justitie` needs no quotes.
    sub->add_option("name", *words, "A name or alias in en/nl/fr, or an id (state:BEL); quotes optional")
        ->required()
        ->expected(1, -1);
    sub->callback([&ctx, words] { run(ctx, join_words(*words)); });
}};

}  // namespace
}  // namespace councilgraph::cli
