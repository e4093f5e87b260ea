// Votes benchmark: `votes_bench REALDATA DATA_PATH...` times the votes import (against the other
// three imports, made first and not timed) and the vote and sponsor queries over DATA_PATH plus
// that import: median CPU milliseconds of --runs N (default 5). CPU time, because the machine is
// shared: wall time on a loaded host says little.
#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/reconcile.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace councilgraph;

namespace {

double median_cpu_ms(int runs, const std::function<void()>& f) {
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        const auto c0 = std::clock();
        f();
        ms.push_back(1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> paths;
    std::string realdata;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::stoi(argv[++i]));
        else if (realdata.empty()) realdata = a;
        else paths.push_back(a);
    }
    if (realdata.empty() || paths.empty()) {
        std::fprintf(stderr, "usage: votes_bench [--runs N] REALDATA DATA_PATH... (e.g. ../shared/realdata data)\n");
        return 2;
    }
    const std::filesystem::path root = std::filesystem::path(argv[0]).parent_path() / ".." / ".." / "data" / "mappings";
    const auto maps = load_mappings(std::filesystem::exists(root) ? root : std::filesystem::path("data/mappings"));
    ExistingData existing(load_checked(paths));
    auto all = import_all(realdata, maps, existing);
    for (std::size_t i = 0; i + 1 < all.size(); ++i) existing.add(all[i].result.data);
    const auto file = (std::filesystem::path(realdata) / "sc_votes_per_member_votingagent" / "sc_votes_per_member_votingagent.csv").string();
    const std::string text = read_file(file);
    ImportResult votes;
    const double import_ms = median_cpu_ms(runs, [&] { votes = import_votes(text, file, maps, existing); });
    std::size_t vote_edges = 0, sponsor_edges = 0;
    for (const auto& e : votes.data.edges) (e.kind == EdgeKind::vote ? vote_edges : sponsor_edges) += 1;
    std::printf("import votes: %zu rows, %zu vote + %zu sponsors edges: %.0f ms\n", votes.report.read, vote_edges, sponsor_edges, import_ms);

    // The graph of DATA_PATH plus the four imports, loaded as the CLI loads them.
    const auto tmp = std::filesystem::temp_directory_path() / "councilgraph-votes-bench";
    std::filesystem::create_directories(tmp);
    std::vector<std::string> with_imports = paths;
    for (auto& o : all) {
        const auto out = tmp / o.name;
        write_file_atomic(out, to_native_text(o.name == "votingagent-votes.json" ? votes.data : o.result.data));
        with_imports.push_back(out.string());
    }
    std::vector<SameAs> same_as;
    for (const auto& f : same_as_files(paths))
        for (auto& s : load_same_as(f)) same_as.push_back(std::move(s));
    const Graph g(unify(load_checked(with_imports), same_as));
    std::filesystem::remove_all(tmp);
    std::printf("graph: %zu nodes, %zu edges\n", g.node_count(), g.edge_count());
    const View everything(g, Selection{});
    Selection term;
    term.window = window_between(parse_date("2019-01-01"), parse_date("2020-12-31"));
    const View belgian_term(g, term);
    struct Q {
        const char* what;
        std::function<std::size_t()> run;
    };
    const Q queries[] = {
        {"votes --on S/2018/156", [&] { return query_votes(everything, {std::nullopt, std::string("S/2018/156")}, Lang::en).size(); }},
        {"votes --on S/2018/1110 (res 2449, by its draft)", [&] { return query_votes(everything, {std::nullopt, std::string("S/2018/1110")}, Lang::en).size(); }},
        {"votes --by Belgium --from 2019 --to 2020", [&] { return query_votes(belgian_term, {std::string("Belgium"), std::nullopt}, Lang::en).size(); }},
        {"sponsors --by Belgium", [&] { return query_sponsors(everything, {std::string("Belgium"), std::nullopt}, Lang::en).size(); }},
        {"sponsors --of 2652", [&] { return query_sponsors(everything, {std::nullopt, std::string("Resolution 2652 (2022)")}, Lang::en).size(); }},
        {"stats --metric covote --kind state 2019-2020", [&] { static const NodeKind k[] = {NodeKind::state}; return agreement(belgian_term, Metric::covote, k, 0).size(); }},
        {"stats --metric covote --kind state (1994-2025)", [&] { static const NodeKind k[] = {NodeKind::state}; return agreement(everything, Metric::covote, k, 20).size(); }},
        {"stats --metric cosponsor --kind state", [&] { static const NodeKind k[] = {NodeKind::state}; return agreement(everything, Metric::cosponsor, k, 20).size(); }},
        {"--network covote 2019-2020 --min-agreement 97", [&] {
             NetworkOptions o;
             o.min_agreement = 0.97;
             return agreement_network(belgian_term, o).edges.size();
         }},
        {"--network cosponsor (1994-2025) --min-shared 30", [&] {
             NetworkOptions o;
             o.metric = Metric::cosponsor;
             o.min_shared = 30;
             return agreement_network(everything, o).edges.size();
         }},
    };
    for (const auto& q : queries) {
        std::size_t rows = 0;
        const double ms = median_cpu_ms(runs, [&] { rows = q.run(); });
        std::printf("%-48s %6zu rows  %8.1f ms\n", q.what, rows, ms);
    }
}
