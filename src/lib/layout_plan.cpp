// The layout plan: engine and Graphviz limits chosen by the cost of the drawing.
#include <councilgraph/layout_plan.hpp>

#include <algorithm>

namespace councilgraph {

namespace {

// 9335 → "9,335": counts in messages are read by people.
std::string grouped(std::size_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

}  // namespace

LayoutLimits layout_limits(std::string_view engine) noexcept {
    // dot, neato and fdp grow faster than linearly (network simplex, stress majorisation, the
    // O(n²) spring model); sfdp and twopi stay near-linear. circo's cost is in its edges.
    if (engine == "dot") return {2000, 4000};
    if (engine == "neato" || engine == "fdp") return {2000, 4000};
    if (engine == "circo") return {2000, 600};
    if (engine == "twopi") return {5000, 10000};
    // sfdp lays out 8,000 relations in about a second, the 54,000 of the whole record (30,000 of
    // them votes) in 12 s of CPU and 440 MB: a blot nobody reads. 20,000 keeps every render
    // under a few seconds; --force draws more.
    if (engine == "sfdp") return {15000, 20000};
    return {0, 0};
}

std::string resolve_engine(std::string_view engine, const LayoutCost& cost) {
    if (engine == "auto") return (cost.nodes <= 150 && cost.edges <= 400) ? (cost.widest_rank > 24 ? "neato" : "dot") : "sfdp";
    if (std::find(layout_engines.begin(), layout_engines.end(), engine) != layout_engines.end()) return std::string(engine);
    throw UsageError("--engine: unknown layout engine '" + std::string(engine) + "' (expected auto, dot, neato, fdp, sfdp, circo or twopi)");
}

bool within_limits(std::string_view engine, const LayoutCost& cost) {
    const LayoutLimits lim = layout_limits(resolve_engine(engine, cost));
    return cost.nodes <= lim.max_nodes && cost.edges <= lim.max_edges;
}

LayoutPlan plan_layout(std::string_view engine, const LayoutCost& cost, bool force, bool other_engine, const LayoutCost* by_dossier) {
    const std::size_t nodes = cost.nodes, edges = cost.edges;
    LayoutPlan p;
    p.engine = resolve_engine(engine, cost);
    const LayoutLimits lim = layout_limits(p.engine);
    if (!force && (nodes > lim.max_nodes || edges > lim.max_edges)) {
        const bool by_edges = nodes <= lim.max_nodes;
        const std::string what = by_edges ? grouped(edges) + " relations" : grouped(nodes) + " entities";
        const std::string limit = by_edges ? grouped(lim.max_edges) + " relations" : grouped(lim.max_nodes) + " entities";
        std::string hint = "narrow the selection (--at, --from/--to, --edges, --nodes, --around, --dossier)";
        if (by_dossier && by_dossier->edges < edges && within_limits(engine, *by_dossier))
            hint += ", draw actors against dossiers with --by-dossier (" + grouped(by_dossier->nodes) + " entities, " +
                    grouped(by_dossier->edges) + " relations)";
        if (other_engine && p.engine != "sfdp" && nodes <= layout_limits("sfdp").max_nodes && edges <= layout_limits("sfdp").max_edges)
            hint += ", use --engine sfdp";
        throw UsageError("render: " + what + " are too many for " + p.engine + " (its layout is slow beyond " + limit +
                         "); " + hint + ", or give --force");
    }
    const std::size_t size = std::max(nodes, edges / 2);
    if (p.engine == "dot") {
        // Network simplex and crossing minimisation are what explode on large, flat graphs.
        if (size > 150) {
            p.graph = {{"nslimit", "1"}, {"nslimit1", "1"}, {"mclimit", "0.1"}, {"searchsize", "10"}, {"remincross", "false"}};
            p.edge_labels = false;
        } else if (size > 60) {
            p.graph = {{"nslimit", "4"}, {"nslimit1", "4"}, {"mclimit", "0.5"}, {"searchsize", "30"}};
        }
    } else {
        // Overlap removal is what costs on big drawings: on the 12,500 entities of the whole
        // record, `scale` peaked at 1.27 GB (and took over 25 minutes under ASan, whose realloc
        // copies what glibc grows in place), `prism` 28 s, keeping overlaps 155 MB and no extra
        // time. Beyond 5,000 entities a drawing is an overview, not read label by label.
        p.graph["overlap"] = nodes > 5000 ? "true" : nodes > 2000 ? "scale" : "prism";
        // Routing splines around obstacles is what makes these engines slow (twopi took 9 s on
        // 147 nodes and 331 edges): straight lines beyond 120 edges, and no edge labels beyond 300.
        p.graph["splines"] = edges > 120 ? "line" : "true";
        if (edges > 300) p.edge_labels = false;
        if (p.engine == "neato" || p.engine == "fdp") p.graph["maxiter"] = size > 200 ? "300" : "1000";
        if (p.engine == "twopi" || p.engine == "circo") p.graph["ranksep"] = "1.2";
        // Components are packed one by one against a polyomino picture by default, which is
        // what took minutes on thousands of them; an array of cells takes milliseconds.
        if (cost.components > 1) p.graph["packmode"] = "array";
    }
    // A drawing of thousands of entities spans metres; bitmaps of it took half a minute to
    // paint. Beyond 1,000 entities the drawing is scaled down to fit 60 inches square.
    if (nodes > 1000) p.graph["size"] = "60,60";
    return p;
}

LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges) {
    return plan_layout(engine, LayoutCost{nodes, edges, 1});
}

}  // namespace councilgraph
