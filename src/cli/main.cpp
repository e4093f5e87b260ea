#include "cli.hpp"
#include "pager.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/query.hpp>
#include <councilgraph/reconcile.hpp>
#include <councilgraph/resources.hpp>
#include <councilgraph/state_names.hpp>
#include <councilgraph/validate.hpp>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace councilgraph::cli {

std::vector<Command>& commands() {
    static std::vector<Command> all;
    return all;
}

Register::Register(std::string name, int order, Registrar add) {
    commands().push_back({std::move(name), order, std::move(add)});
}

std::string default_theme_path() { return default_theme_file().string(); }

Dataset load_data_set(const std::vector<std::string>& paths) {
    auto data = load_checked(paths);
    // Every state's name in the three languages: CLDR, and the shipped file of historical states.
    add_state_names(data, load_state_names(default_mappings_dir() / "state_names.json"));
    return data;
}

Dataset unify_data_set(Dataset data, const std::vector<std::string>& paths) {
    std::vector<SameAs> same_as;
    for (const auto& f : same_as_files(paths)) {
        auto more = load_same_as(f);
        same_as.insert(same_as.end(), more.begin(), more.end());
    }
    return unify(std::move(data), same_as);
}

namespace {
// volatile: the store is kept, so the graph stays reachable for LeakSanitizer.
const std::shared_ptr<const Graph>* volatile kept_graph = nullptr;
}  // namespace

void Context::keep_graph_until_exit() const {
    if (graph_ && !kept_graph) kept_graph = new std::shared_ptr<const Graph>(graph_);
}

std::vector<std::string> Context::paths() const { return data_paths.empty() ? default_data_paths() : data_paths; }

const Graph& Context::graph() {
    if (!graph_) {
        const auto paths = this->paths();
        auto data = load_data_set(paths);
        if (output_format() == OutputFormat::table && !data.imported_against.empty()) {
            std::string list;
            for (const auto& p : paths) list += (list.empty() ? "" : " + ") + p;
            std::cerr << "note: data: " << list << " (curated + imported" << (data_paths.empty() ? "; --data data for the curated data alone" : "") << ")\n";
        }
        graph_ = std::make_shared<const Graph>(unify_data_set(std::move(data), paths));
    }
    return *graph_;
}

Lang Context::language() const {
    auto l = parse_lang(lang);
    if (!l) throw UsageError("--lang: unknown language '" + lang + "' (expected en, nl or fr)");
    return *l;
}

std::size_t Context::table_width() const {
    if (width) return width;
    if (wide || !isatty(STDOUT_FILENO)) return 0;
    if (const char* c = std::getenv("COLUMNS")) {
        std::size_t n = 0;
        const std::string_view v(c);
        if (auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n); ec == std::errc() && p == v.data() + v.size() && n > 0)
            return n;
    }
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

void add_examples(CLI::App& app, const std::vector<Example>& examples) {
    if (examples.empty()) return;
    std::string s = "\nExamples:\n";
    for (const auto& e : examples) s += "  councilgraph " + e.command + "\n      " + e.what + "\n";
    app.footer(s);
}

void Context::print(const Table& t, std::string_view empty_note) const {
    const auto fmt = output_format();
    write_table(std::cout, t, fmt, table_style());
    if (t.empty() && fmt == OutputFormat::table) std::cerr << "note: " << empty_note << '\n';
}

std::string display(const Graph& g, Vertex v, Lang lang) { return g.node(v).name.in(lang); }

void SelectionOptions::add_to(CLI::App& app, std::string_view which) {
    auto has = [&](std::string_view w) {
        for (std::size_t p = 0; p <= which.size();) {
            auto c = which.find(',', p);
            if (c == std::string_view::npos) c = which.size();
            if (which.substr(p, c - p) == w) return true;
            p = c + 1;
        }
        return false;
    };
    // `--at ''` (an unset shell variable) is a mistake, not "no window".
    const CLI::Validator date_given(
        [](std::string& v) { return v.empty() ? std::string("expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got an empty value") : std::string(); },
        "DATE");
    if (has("at")) app.add_option("--at", at, "Only relations that hold on this date (YYYY, YYYY-MM or YYYY-MM-DD)")->check(date_given);
    if (has("from")) app.add_option("--from", from, "Only relations that hold on or after this date")->check(date_given);
    if (has("to")) app.add_option("--to", to, "Only relations that hold on or before this date")->check(date_given);
    if (has("nodes")) app.add_option("--nodes", nodes, "Node kinds to keep, comma-separated (state,person,...)");
    if (has("edges")) app.add_option("--edges", edges, "Edge kinds to keep, comma-separated (pen,veto,...)");
    if (has("around")) {
        app.add_option("--around", around, "Keep what lies within --depth relations of this entity");
        app.add_option("--depth", depth, "Depth for --around (default 1)")->check(CLI::NonNegativeNumber);
    }
    if (has("dossier")) app.add_option("--dossier", dossier, "Keep this dossier, what concerns it, and their relations");
    if (has("source"))
        app.add_option("--source", source, "Only relations with evidence from: curated, imported, or sources by id or short title (comma-separated; 'councilgraph sources' lists them)");
}

DayRange SelectionOptions::window() const {
    if (!at.empty()) {
        if (!from.empty() || !to.empty()) throw UsageError("--at cannot be combined with --from/--to");
        return window_at(parse_date_arg(at, "--at"));
    }
    std::optional<Date> f, t;
    if (!from.empty()) f = parse_date_arg(from, "--from");
    if (!to.empty()) t = parse_date_arg(to, "--to");
    return window_between(f, t);
}

Selection SelectionOptions::selection() const {
    Selection s;
    s.window = window();
    if (!nodes.empty()) s.node_kinds = parse_node_kinds(nodes);
    if (!edges.empty()) s.edge_kinds = parse_edge_kinds(edges);
    if (!around.empty()) s.around = around;
    if (!dossier.empty()) s.dossier = dossier;
    if (!source.empty()) s.sources = parse_sources(source);
    s.depth = depth;
    return s;
}

void NetworkArgs::add_to(CLI::App& app) {
    app.add_option("--network", network,
                   "Draw the agreement network of the selection instead: covote (states joined by how alike they "
                   "voted), cosponsor (by texts sponsored together) or copen (by dossiers whose pens they shared)")
        ->check(CLI::IsMember({"covote", "cosponsor", "copen"}));
    app.add_option("--min-agreement", min_agreement,
                   "--network covote: join states agreeing on at least this percentage of the texts both voted on (default 0)")
        ->check(CLI::Range(0.0, 100.0));
    app.add_option("--min-shared", min_shared, "--network: join pairs sharing at least this many texts (copen: dossiers; default 1)")
        ->check(CLI::PositiveNumber);
    app.add_option("--score", score, "--network covote: the agreement rate, identical (votes alike; default) or coincidence (an abstention against yes or no counts half)")
        ->check(CLI::IsMember({"identical", "coincidence"}));
}

DrawnView drawn_view(const Graph& g, const Selection& sel, const NetworkArgs& net) {
    DrawnView d;
    if (net.network.empty()) {
        if (net.min_agreement >= 0 || !net.score.empty() || net.min_shared != 1)
            throw UsageError("--min-agreement, --min-shared and --score go with --network covote|cosponsor|copen");
        d.view = std::make_unique<View>(g, sel);
        return d;
    }
    // The network's relations are computed from the votes, sponsorships or pens of the selection, so
    // a choice of node or edge kinds would only empty it (--edges pen with covote drops every vote).
    if (!sel.node_kinds.empty() || !sel.edge_kinds.empty())
        throw UsageError("--nodes and --edges do not go with --network " + net.network +
                         " (it joins states through their " +
                         (net.network == "covote" ? "votes" : net.network == "cosponsor" ? "sponsorships" : "pens") +
                         "): narrow it with --from/--to, --at, --dossier, --around or --source");
    NetworkOptions o;
    o.metric = parse_metric(net.network);
    if (o.metric != Metric::covote && (net.min_agreement >= 0 || !net.score.empty()))
        throw UsageError("--min-agreement and --score go with --network covote (" + net.network + " counts shared texts: --min-shared)");
    if (net.min_agreement >= 0) o.min_agreement = net.min_agreement / 100;
    if (!net.score.empty()) o.score = parse_agreement_score(net.score);
    o.min_shared = net.min_shared;
    const View base(g, sel);
    d.network = std::make_unique<Graph>(agreement_network(base, o));
    Selection s;
    s.window = sel.window;
    s.edge_kinds = {EdgeKind::agreement};
    d.view = std::make_unique<View>(*d.network, s);
    return d;
}

void configure_app(CLI::App& app, Context& ctx) {
    app.name("councilgraph");
    app.description("councilgraph: UN Security Council diplomacy as a typed, time-aware, sourced graph");
    app.set_version_flag("--version", std::string("councilgraph ") + COUNCILGRAPH_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--data", ctx.data_paths, "Data file or folder; repeatable (default: the shipped data/, or $COUNCILGRAPH_DATA)");
    app.add_option("--format", ctx.format, "Output: table, json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    app.add_option("--lang", ctx.lang, "Language of names: en, nl or fr")->check(CLI::IsMember({"en", "nl", "fr"}));
    app.add_flag("--evidence", ctx.evidence, "In table form, print each row's evidence under it");
    app.add_option("--width", ctx.width, "Fit tables into N columns (default: the terminal's width; piped: no limit)")
        ->check(CLI::Range(20, 100000));
    app.add_flag("--wide", ctx.wide, "Tables without a width limit: one line per row, nothing wrapped");
    app.add_flag("--no-pager", ctx.no_pager,
                 "Never page: by default output longer than the terminal goes through $COUNCILGRAPH_PAGER, $PAGER or less -FRX");

    auto& cmds = commands();
    std::sort(cmds.begin(), cmds.end(), [](auto& a, auto& b) { return a.order < b.order; });
    for (auto& c : cmds) c.add(app, ctx);
}

}  // namespace councilgraph::cli

// The Python module compiles this file without main() (python/CMakeLists.txt).
#ifndef COUNCILGRAPH_NO_MAIN
namespace councilgraph::cli {

namespace {

/// " (did you mean 'x'?)" for the closest of `names`, or nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& names) {
    auto near = closest(word, names, 1);
    return near.empty() ? std::string() : " (did you mean '" + near.front() + "'?)";
}

/// A mistyped subcommand or option, said with the nearest right one; empty when the arguments
/// hold none (the parse error is about something else).
std::string explain_typo(CLI::App& app, int argc, char** argv) {
    static const std::vector<std::string> valued = {"--data", "--format", "--lang", "--width"};
    std::vector<std::string> commands;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) commands.push_back(sub->get_name());
    CLI::App* sub = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") break;
        if (a.rfind("-", 0) == 0) {
            const std::string opt = a.substr(0, a.find('='));
            CLI::App* owner = sub ? sub : &app;
            std::vector<std::string> names;
            bool known = false;
            for (CLI::App* scope : {owner, &app})
                for (const auto* o : scope->get_options()) {
                    for (const auto& l : o->get_lnames()) {
                        names.push_back("--" + l);
                        known = known || opt == "--" + l;
                    }
                    for (const auto& sn : o->get_snames()) known = known || opt == "-" + sn;
                }
            if (!known && opt.rfind("--", 0) == 0)
                return (sub ? sub->get_name() + ": " : std::string()) + "unknown option '" + opt + "'" + did_you_mean(opt, names) +
                       "; '" + std::string(sub ? "councilgraph " + sub->get_name() + " --help" : "councilgraph --help") +
                       "' lists the options";
            if (!sub && a.find('=') == std::string::npos &&
                std::find(valued.begin(), valued.end(), opt) != valued.end())
                ++i;  // the option's value
            continue;
        }
        if (sub) continue;
        if (std::find(commands.begin(), commands.end(), a) == commands.end())
            return "unknown command '" + a + "'" + did_you_mean(a, commands) + "; 'councilgraph --help' lists the commands";
        sub = app.get_subcommand(a);
    }
    if (!sub) return "give a command, e.g. 'councilgraph pens'; 'councilgraph --help' lists them";
    return {};
}

/// Standard output could not take everything (a full disk, a closed file): say so, exit 1.
int output_failed() {
    const int err = errno;
    std::cerr << "councilgraph: cannot write the output: " << (err ? std::strerror(err) : "write error") << '\n';
    return static_cast<int>(councilgraph::ExitCode::nothing_found);
}

}  // namespace

}  // namespace councilgraph::cli

int main(int argc, char** argv) {
    using namespace councilgraph;
    using namespace councilgraph::cli;
    std::setlocale(LC_ALL, "C");  // output never depends on the user's locale
    // A closed pipe (`councilgraph pens | head`) ends the process quietly, as for other Unix
    // tools, even when the parent ignored SIGPIPE.
    std::signal(SIGPIPE, SIG_DFL);

    CLI::App app;
    Context ctx;
    // Last of all, whichever way main returns: the graph is left to the system (see
    // keep_graph_until_exit).
    struct KeepGraph {
        const Context& ctx;
        ~KeepGraph() { ctx.keep_graph_until_exit(); }
    } keep{ctx};
    configure_app(app, ctx);
    // Output held until it fills the screen, then paged; the flag is read only then, once parsed.
    Pager pager(&ctx.no_pager);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        pager.finish();  // what was written comes before the message
        const std::string typo = explain_typo(app, argc, argv);
        if (!typo.empty()) std::cerr << "councilgraph: " << typo << '\n';
        else std::cerr << "councilgraph: " << e.what() << "\nRun with --help for usage.\n";
        return static_cast<int>(ExitCode::bad_input);
    } catch (const DataError& e) {
        pager.finish();  // what was written comes before the message
        for (const auto& d : e.diagnostics()) std::cerr << d.str() << '\n';
        return static_cast<int>(e.exit_code());
    } catch (const Error& e) {
        pager.finish();  // what was written comes before the message
        std::cerr << "councilgraph: " << e.what() << '\n';
        return static_cast<int>(e.exit_code());
    } catch (const std::exception& e) {
        pager.finish();  // what was written comes before the message
        std::cerr << "councilgraph: internal error: " << e.what() << '\n';
        return 3;
    }
    errno = 0;
    pager.finish();
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) return output_failed();
    return ctx.status;
}
#endif
