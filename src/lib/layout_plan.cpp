// The layout plan: engine and Graphviz limits chosen by the size of the selection.
#include <councilgraph/layout_plan.hpp>

#include <algorithm>

namespace councilgraph {

LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges) {
    LayoutPlan p;
    if (engine == "auto") {
        p.engine = (nodes <= 150 && edges <= 400) ? "dot" : "sfdp";
    } else if (std::find(layout_engines.begin(), layout_engines.end(), engine) != layout_engines.end()) {
        p.engine = std::string(engine);
    } else {
        throw UsageError("--engine: unknown layout engine '" + std::string(engine) +
                         "' (expected auto, dot, neato, fdp, sfdp, circo or twopi)");
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
        if (p.engine == "circo" && edges > 600)
            throw UsageError("--engine circo: " + std::to_string(edges) +
                             " relations are too many for circo (it takes minutes beyond 600); use sfdp or dot, "
                             "or narrow the selection");
        p.graph["overlap"] = "prism";
        // Routing splines around obstacles is what makes these engines slow (twopi took 9 s on
        // 147 nodes and 331 edges): straight lines beyond 120 edges, and no edge labels beyond 300.
        p.graph["splines"] = edges > 120 ? "line" : "true";
        if (edges > 300) p.edge_labels = false;
        if (p.engine == "neato" || p.engine == "fdp") p.graph["maxiter"] = size > 200 ? "300" : "1000";
        if (p.engine == "twopi" || p.engine == "circo") p.graph["ranksep"] = "1.2";
    }
    return p;
}


}  // namespace councilgraph
