// `councilgraph show NAME`: everything known about one entity, relations grouped by kind, with
// dates and evidence.
#include "cli.hpp"

#include <councilgraph/native.hpp>
#include <councilgraph/rows.hpp>
#include <councilgraph/sources.hpp>

#include <functional>
#include <iostream>
#include <sstream>

namespace councilgraph::cli {
namespace {

/// Prints the relations of `rows` as tables, one per edge kind (rows are grouped by kind).
void kind_tables(const Table& rows, const TableStyle& style) {
    std::size_t at = 0;
    for (auto k : all_edge_kinds()) {
        Table group;
        group.columns = rows.columns;
        group.source_titles = rows.source_titles;
        for (; at < rows.rows.size() && cell_text(rows.rows[at][0]) == to_string(k); ++at) group.add(rows.rows[at], rows.evidence[at]);
        if (group.empty()) continue;
        std::cout << '\n' << to_string(k) << " (" << group.rows.size() << ")\n";
        write_table(std::cout, group, OutputFormat::table, style);
    }
    if (rows.empty()) std::cout << "\nno relations\n";
}

nlohmann::ordered_json relations_json(const Table& rows) {
    std::ostringstream out;
    write_table(out, rows, OutputFormat::json, true);
    return nlohmann::ordered_json::parse(out.str());
}

/// Writes one entity in the chosen format: in a table, `heading` (the lines above the relations)
/// and then one table per kind; in JSON, `object` with the relations under "relations"; in CSV,
/// the relations alone.
void print(Context& ctx, const std::function<void(const TableStyle&)>& heading, nlohmann::ordered_json object,
           const Table& rows) {
    switch (ctx.output_format()) {
        case OutputFormat::table: {
            TableStyle style = ctx.table_style();
            style.evidence = true;
            heading(style);
            kind_tables(rows, style);
            break;
        }
        case OutputFormat::json:
            object["relations"] = relations_json(rows);
            std::cout << object.dump(2) << '\n';
            break;
        case OutputFormat::csv:
            write_table(std::cout, rows, OutputFormat::csv, true);
            break;
    }
}

/// `show seed-000`: the source's fields and citation counts, then the relations citing it.
void run_source(Context& ctx, const Source& s) {
    const Graph& g = ctx.graph();
    SourceRow row{&s, "", 0, 0};
    for (const auto& r : query_sources(g))
        if (r.source == &s) row = r;
    const Table head = sources_table(g, std::span<const SourceRow>(&row, 1));
    const auto ids = citing(g, s);
    const Table rows = edge_table(g, ids, ctx.language());
    auto object = relations_json(head).at(0);
    object.erase("evidence");  // a source cites no source
    print(
        ctx,
        [&](const TableStyle& style) {
            std::cout << s.title << " (" << s.id << ", source)\n";
            for (std::size_t c = 0; c < head.columns.size(); ++c) {
                const std::string v = cell_text(head.rows[0][c]);
                if (head.columns[c].field == "id" || head.columns[c].field == "title") continue;  // in the heading
                if (!v.empty()) write_wrapped(std::cout, v, style.width, "  " + head.columns[c].field + ": ", "      ");
            }
        },
        std::move(object), rows);
}

void run(Context& ctx, const std::string& name) {
    const Graph& g = ctx.graph();
    const Lang lang = ctx.language();
    if (const Source* s = named_source(g, name)) return run_source(ctx, *s);
    std::vector<Vertex> also;
    const Vertex v = g.resolve(name, {}, &also);
    for (Vertex o : also)
        std::cerr << "note: '" << name << "' also names " << g.node(o).name.in(lang) << " (" << g.node(o).id
                  << "); give its id to see it\n";
    const Node& n = g.node(v);
    const auto rel = g.incident(v);
    // Grouped by kind in the model's order, each group curated first, then in id order.
    std::vector<EdgeIndex> ordered;
    for (auto k : all_edge_kinds()) {
        std::vector<EdgeIndex> group;
        for (EdgeIndex i : rel)
            if (g.edge(i).kind == k) group.push_back(i);
        for (EdgeIndex i : curated_first(g, std::move(group))) ordered.push_back(i);
    }
    const Table rows = edge_table(g, ordered, lang);

    nlohmann::ordered_json object;
    object["id"] = n.id;
    object["kind"] = std::string(to_string(n.kind));
    object["name"] = {{"en", n.name.en}, {"nl", n.name.nl}, {"fr", n.name.fr}};
    object["aliases"] = n.aliases;
    object["attrs"] = nlohmann::ordered_json::object();
    for (const auto& [k, val] : n.attrs) object["attrs"][k] = to_json(val);
    print(
        ctx,
        [&](const TableStyle& style) {
            std::cout << n.name.in(lang) << " (" << n.id << ", " << to_string(n.kind) << ")\n";
            Table head = node_table(g, v);
            head.rows.erase(head.rows.begin(), head.rows.begin() + 2);  // id and kind are in the title
            head.evidence.erase(head.evidence.begin(), head.evidence.begin() + 2);
            for (std::size_t r = 0; r < head.rows.size(); ++r) {
                write_wrapped(std::cout, cell_text(head.rows[r][1]), style.width, "  " + cell_text(head.rows[r][0]) + ": ",
                              "      ");
                for (const auto& e : head.evidence[r])
                    write_wrapped(std::cout, evidence_line(e, head.source_title(e.source)), style.width, "    ↳ ", "      ");
            }
        },
        std::move(object), rows);
}

const Register reg{"show", 20, [](CLI::App& app, Context& ctx) {
    auto words = std::make_shared<std::vector<std::string>>();
    auto* sub = app.add_subcommand("show", "Everything known about one entity: names, then relations by kind, with evidence");
    // Every remaining word is part of the name: `show transitionele justitie` needs no quotes.
    sub->add_option("name", *words, "A name or alias in en/nl/fr, an id (state:BEL), or a source's id, title or short title (seed-000); quotes optional")
        ->required()
        ->expected(1, -1);
    add_examples(*sub, {{"show Belgium", "Belgium's names, then its relations by kind with their evidence"},
                        {"show seed-000", "a source: its title, date and kind, then every relation citing it"}});
    sub->callback([&ctx, words] { run(ctx, join_words(*words)); });
}};

}  // namespace
}  // namespace councilgraph::cli
