// Load + build benchmark: `load_bench PATH...` loads and validates the data, builds the frozen
// graph, and prints the time of each step (median of --runs N, default 5). Run it over the
// curated data plus the imports (scripts/import-all) and under /usr/bin/time -v for peak memory.
// It also prints how many distinct texts were interned (Atom) and the memory they take.
#include <councilgraph/graph.hpp>
#include <councilgraph/load.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using clock = std::chrono::steady_clock;
    std::vector<std::string> paths;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::stoi(argv[++i]));
        else paths.push_back(a);
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: load_bench [--runs N] DATA_PATH...\n");
        return 2;
    }
    std::vector<double> load_ms, build_ms;
    std::size_t nodes = 0, edges = 0;
    for (int r = 0; r < runs; ++r) {
        auto t0 = clock::now();
        auto data = councilgraph::load_checked(paths);
        auto t1 = clock::now();
        councilgraph::Graph g(std::move(data));
        auto t2 = clock::now();
        nodes = g.node_count();
        edges = g.edge_count();
        load_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        build_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("%zu nodes, %zu edges; load+validate %.1f ms, build %.1f ms (median of %d)\n", nodes, edges,
                median(load_ms), median(build_ms), runs);
    const auto atoms = councilgraph::atom_stats();
    std::printf("interned texts: %zu, %.1f MiB (copies and table)\n", atoms.count, static_cast<double>(atoms.bytes) / (1 << 20));
    return 0;
}
