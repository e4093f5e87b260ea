// A third party's program, built against the installed package only: the pens held in a year, one
// line each, from the data set given on the command line (default: the installed data set).
#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/resources.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace councilgraph;
    try {
        const std::string year = argc > 1 ? argv[1] : "2019";
        const std::vector<std::string> paths =
            argc > 2 ? std::vector<std::string>(argv + 2, argv + argc) : default_data_paths();
        const Graph g(load_checked(paths));
        Selection sel;
        sel.window = window_at(parse_date_arg(year, "year"));
        const View view(g, sel);
        for (const auto& row : query_pens(view, {}, Lang::en))
            std::cout << g.node(row.fact.from).id << ' ' << g.node(row.fact.to).id << '\n';
    } catch (const Error& e) {
        std::cerr << "pens: " << e.what() << '\n';
        return 2;
    }
}
