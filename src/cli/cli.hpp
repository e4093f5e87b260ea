#pragma once
// The CLI frame: global options, lazy loading of the graph, and self-registering subcommands.
// Each src/cli/cmd_*.cpp registers its subcommand with a static `Register`; main.cpp needs no
// edit when a command is added. Commands parse arguments, call the library, and print.
// The Python module (python/module.cpp) builds the same command line over a graph it loaded.

#include <councilgraph/graph.hpp>
#include <councilgraph/table.hpp>
#include <councilgraph/view.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace councilgraph::cli {

/// Options shared by every command, and the graph loaded on first use.
struct Context {
    std::vector<std::string> data_paths;  ///< --data (default: default_data_paths())
    std::string format = "table";         ///< --format
    std::string lang = "en";              ///< --lang
    bool evidence = false;                ///< --evidence (table form)
    std::size_t width = 0;                ///< --width N (0: not given)
    bool wide = false;                    ///< --wide: no width limit
    bool no_pager = false;                ///< --no-pager: never page (pager.hpp)
    int status = 0;                       ///< process exit status a command asks for

    /// The graph of --data (or the default data set), same_as mappings applied, times derived.
    /// In table form, when imported data is loaded, one note on stderr says what was loaded.
    [[nodiscard]] const Graph& graph();
    /// The data paths in use: --data, or the default data set.
    [[nodiscard]] std::vector<std::string> paths() const;
    /// Uses `g` instead of loading --data (the Python module shares one loaded graph).
    void use_graph(std::shared_ptr<const Graph> g) { graph_ = std::move(g); }
    /// Keeps the graph, if one was loaded, allocated until the process ends (reachable from a
    /// process-wide pointer, so leak checkers do not count it). The command line calls it as it
    /// ends: the system takes the memory back at once, while freeing 10^6 edges one record at a
    /// time took a fifth of the run. Not for a process that goes on (the Python module).
    void keep_graph_until_exit() const;
    [[nodiscard]] OutputFormat output_format() const { return parse_output_format(format); }
    [[nodiscard]] Lang language() const;
    /// The width tables fit: --width; else none with --wide or when stdout is not a terminal
    /// (piped output stays one row per line); else COLUMNS, else the terminal's width.
    [[nodiscard]] std::size_t table_width() const;
    /// How tables are printed: --evidence and the width.
    [[nodiscard]] TableStyle table_style() const { return {evidence, table_width()}; }
    /// Prints a table in the chosen format; in table form an empty result prints a note on stderr.
    void print(const Table& t, std::string_view empty_note = "no results") const;

private:
    std::shared_ptr<const Graph> graph_;
};

/// Selection options shared by queries, render and export: --at/--from/--to, --nodes, --edges,
/// --around/--depth, --dossier, --source. Add them to a subcommand, then call `selection()` after parsing.
struct SelectionOptions {
    std::string at, from, to, nodes, edges, around, dossier, source;
    int depth = 1;
    /// Adds the options; `which` picks a subset by name ("at,from,to,nodes,edges,around,dossier,source").
    void add_to(CLI::App& app, std::string_view which = "at,from,to,nodes,edges,around,dossier,source");
    /// The Selection these options describe; throws UsageError on a bad date or kind.
    [[nodiscard]] Selection selection() const;
    /// The time window alone.
    [[nodiscard]] DayRange window() const;
};

/// `--network covote|cosponsor|copen` with `--min-agreement PCT`, `--min-shared N` and `--score`:
/// render and export draw the agreement network of the selection (agreement_network) instead of
/// the selection itself.
struct NetworkArgs {
    std::string network, score;
    double min_agreement = -1;  ///< percent; -1: not given
    std::size_t min_shared = 1;
    void add_to(CLI::App& app);
};

/// What render and export draw from: the selection's view of the graph, or the view of its
/// agreement network (a graph of its own, owned here).
struct DrawnView {
    std::unique_ptr<Graph> network;
    std::unique_ptr<View> view;
};
/// The view of `sel` over `g`, or of its agreement network when `net` asks for one; throws
/// UsageError on a bad option.
[[nodiscard]] DrawnView drawn_view(const Graph& g, const Selection& sel, const NetworkArgs& net);

/// A real command line for the end of --help, and what it answers.
struct Example {
    std::string command;  ///< without the program name: `pens --at 2019`
    std::string what;
};
/// Ends the help of `app` with its examples.
void add_examples(CLI::App& app, const std::vector<Example>& examples);

using Registrar = std::function<void(CLI::App&, Context&)>;

struct Command {
    std::string name;
    int order;  ///< position in --help
    Registrar add;
};

/// Every registered command.
std::vector<Command>& commands();

/// `static Register r{"show", 20, [](CLI::App& app, Context& ctx) {...}};`
struct Register {
    Register(std::string name, int order, Registrar add);
};

/// Sets up `app` as the `councilgraph` command line over `ctx`: the global options and every
/// registered command, in their --help order.
void configure_app(CLI::App& app, Context& ctx);

/// The data as every command loads it: `paths` checked (throws DataError on any problem), every
/// state given its names in the three languages (state_names.hpp: CLDR and the shipped
/// mappings/state_names.json).
Dataset load_data_set(const std::vector<std::string>& paths);

/// `data` with the same_as mappings found with `paths` merged (reconcile.hpp), ready to build the
/// Graph from.
Dataset unify_data_set(Dataset data, const std::vector<std::string>& paths);

/// The shipped theme, theme/default.json of the shipped data (resources.hpp).
std::string default_theme_path();

/// The words of an unquoted positional name joined by single spaces (`show transitionele justitie`).
inline std::string join_words(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
    return s;
}

/// The display name of a vertex in the context's language.
std::string display(const Graph& g, Vertex v, Lang lang);

}  // namespace councilgraph::cli
