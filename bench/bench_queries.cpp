// The main queries on a generated graph of 10^6 edges. Run: build-rel/bench/bench_queries
// (Release build with -DCOUNCILGRAPH_BENCH=ON). Figures are reported, never asserted in tests.
#include <councilgraph/query.hpp>

#include <benchmark/benchmark.h>

#include <memory>
#include <random>
#include <string>

using namespace councilgraph;

namespace {

constexpr int n_states = 193, n_dossiers = 20000, n_drafts = 60000, n_bodies = 400;
constexpr std::size_t n_edges = 1'000'000;

Date year(int y) { return Date{y, 0, 0}; }

/// A deterministic synthetic data set: pens, chairs, members, votes, vetoes, positions, concerns.
const Graph& big() {
    static const std::unique_ptr<Graph> g = [] {
        Dataset d;
        d.sources.push_back({"gen", "generated", "", "", "", "en", "", std::nullopt, {}});
        auto node = [&](std::string id, NodeKind k, std::string name) {
            Node n;
            n.id = std::move(id);
            n.kind = k;
            n.name.en = std::move(name);
            d.nodes.push_back(std::move(n));
        };
        for (int i = 0; i < n_states; ++i) node("state:S" + std::to_string(i), NodeKind::state, "State " + std::to_string(i));
        for (int i = 0; i < n_dossiers; ++i) node("dossier:d" + std::to_string(i), NodeKind::dossier, "Dossier " + std::to_string(i));
        for (int i = 0; i < n_drafts; ++i) node("draft:t" + std::to_string(i), NodeKind::draft, "Draft " + std::to_string(i));
        for (int i = 0; i < n_bodies; ++i) node("body:b" + std::to_string(i), NodeKind::body, "Body " + std::to_string(i));
        node("body:unsc", NodeKind::body, "Security Council");
        std::mt19937 rng(42);
        auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        auto st = [&] { return "state:S" + std::to_string(pick(n_states)); };
        d.edges.reserve(n_edges);
        for (std::size_t i = 0; i < n_edges; ++i) {
            Edge e;
            const int y = 1990 + pick(32);
            const auto r = i % 20;
            if (i < n_drafts) {
                e.kind = EdgeKind::concerns;
                e.from = "draft:t" + std::to_string(i);
                e.to = "dossier:d" + std::to_string(pick(n_dossiers));
            } else if (r < 4) {
                e.kind = EdgeKind::pen;
                e.from = st();
                e.to = "dossier:d" + std::to_string(pick(n_dossiers));
                e.time.start = year(y);
                e.time.end = year(y + pick(3));
                e.attrs["role"] = std::string(pick(2) ? "penholder" : "co-penholder");
            } else if (r < 10) {
                e.kind = EdgeKind::vote;
                e.from = st();
                e.to = "draft:t" + std::to_string(pick(n_drafts));
                e.time.date = Date{y, 1 + pick(12), 1 + pick(28)};
                static const char* votes[] = {"yes", "no", "abstain"};
                e.attrs["vote"] = std::string(votes[pick(3)]);
            } else if (r < 11) {
                e.kind = EdgeKind::veto;
                e.from = st();
                e.to = "draft:t" + std::to_string(pick(n_drafts));
                e.time.date = Date{y, 1 + pick(12), 0};
            } else if (r < 13) {
                e.kind = EdgeKind::chairs;
                e.from = st();
                e.to = "body:b" + std::to_string(pick(n_bodies));
                e.time.start = year(y);
                e.time.end = year(y + 1);
                e.attrs["role"] = std::string("chair");
            } else if (r < 14 && i % 400 == 13) {
                e.kind = EdgeKind::member;
                e.from = st();
                e.to = "body:unsc";
                e.time.start = year(y);
                e.time.end = year(y + 1);
                e.attrs["type"] = std::string("elected");
            } else {
                e.kind = EdgeKind::position;
                e.from = st();
                e.to = "dossier:d" + std::to_string(pick(n_dossiers));
                e.time.date = year(y);
                e.attrs["stance"] = std::string("supports");
            }
            e.id = std::string(to_string(e.kind)) + ":" + std::to_string(i);
            e.evidence.push_back({"gen", "", "", "", "row " + std::to_string(i)});
            d.edges.push_back(std::move(e));
        }
        return std::make_unique<Graph>(std::move(d));
    }();
    return *g;
}

Selection at_day() {
    Selection s;
    s.window = window_at(Date{2010, 6, 1});
    return s;
}

void BM_view_at_date(benchmark::State& state) {
    const Graph& g = big();
    benchmark::DoNotOptimize(View(g, at_day()).edges().size());  // the time index, built once (BM_time_index)
    for (auto _ : state) benchmark::DoNotOptimize(View(g, at_day()).edges().size());
}
/// The first windowed View of a process builds the time index of the kinds it selects; the
/// build is timed here on a graph of its own (call_once: a Graph builds it once).
void BM_time_index(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        auto g = std::make_unique<Graph>(big().to_dataset());
        state.ResumeTiming();
        benchmark::DoNotOptimize(View(*g, at_day()).edges().size());
        state.PauseTiming();
        g.reset();
        state.ResumeTiming();
    }
}
void BM_pens_overview_at_date(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, at_day());
    for (auto _ : state) benchmark::DoNotOptimize(query_pens(v, {}, Lang::en).size());
}
void BM_pens_all_time(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    for (auto _ : state) benchmark::DoNotOptimize(query_pens(v, {}, Lang::en).size());
}
void BM_pens_of_holder(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    RelationFilter f;
    f.from = "State 7";
    for (auto _ : state) benchmark::DoNotOptimize(query_pens(v, f, Lang::en).size());
}
void BM_vetoes_on_dossier(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    RelationFilter f;
    f.to = "dossier:d42";
    for (auto _ : state) benchmark::DoNotOptimize(query_vetoes(v, f, Lang::en).size());
}
void BM_members_at_date(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, at_day());
    for (auto _ : state) benchmark::DoNotOptimize(query_members(v, {}, Lang::en).size());
}
void BM_positions_of_actor(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    RelationFilter f;
    f.from = "state:S3";
    for (auto _ : state) benchmark::DoNotOptimize(query_positions(v, f, Lang::en).size());
}
void BM_shortest_path(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    const Vertex a = *g.find("dossier:d1"), b = *g.find("body:b399");
    for (auto _ : state) benchmark::DoNotOptimize(shortest_path(v, a, b));
}
void BM_degree(benchmark::State& state) {
    const Graph& g = big();
    const View v(g, Selection{});
    static constexpr NodeKind states[] = {NodeKind::state};
    for (auto _ : state) benchmark::DoNotOptimize(centrality(v, Metric::degree, states, 20).size());
}
void BM_copen_one_year(benchmark::State& state) {
    const Graph& g = big();
    Selection s;
    s.window = window_at(year(2010));
    const View v(g, s);
    for (auto _ : state) benchmark::DoNotOptimize(agreement(v, Metric::copen, {}, 20).size());
}

}  // namespace

BENCHMARK(BM_view_at_date)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_time_index)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_pens_overview_at_date)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_pens_all_time)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_pens_of_holder)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_vetoes_on_dossier)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_members_at_date)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_positions_of_actor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_shortest_path)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_degree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_copen_one_year)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
