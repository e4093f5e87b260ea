// councilgraph._core: the library and the command line's commands for Python. The Python side
// (councilgraph/__init__.py) turns every command into a method; a call runs that command in this
// process over the graph loaded once, with --format json, so a method returns exactly the rows
// `councilgraph --format json <command>` prints, and takes exactly the command's options.
#include "../src/cli/cli.hpp"

#include <councilgraph/error.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/resources.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <clocale>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace councilgraph;

namespace {

std::filesystem::path prefix_of(const std::string& package_dir) {
    return install_prefix(package_dir, COUNCILGRAPH_PYTHON_PACKAGE_DIR);
}

py::dict diagnostic_dict(const Diagnostic& d) {
    py::dict o;
    o["file"] = d.where.file;
    o["line"] = d.where.line;
    o["column"] = d.where.column;
    o["pointer"] = d.where.pointer;
    o["message"] = d.message;
    o["text"] = d.str();
    return o;
}

py::list diagnostic_list(const std::vector<Diagnostic>& ds) {
    py::list l;
    for (const auto& d : ds) l.append(diagnostic_dict(d));
    return l;
}

/// Raises councilgraph.<cls>(message, **kwargs): the exception classes live in the Python package.
void raise_python(const char* cls, const std::string& message, const py::dict& kwargs = {}) {
    const py::object type = py::module_::import("councilgraph").attr(cls);
    const py::object exc = type(message, **kwargs);
    PyErr_SetObject(type.ptr(), exc.ptr());
}

/// Routes std::cout and std::cerr into strings while a command runs (commands print there).
class Capture {
public:
    Capture() : out_old_(std::cout.rdbuf(out.rdbuf())), err_old_(std::cerr.rdbuf(err.rdbuf())) {}
    ~Capture() {
        std::cout.rdbuf(out_old_);
        std::cerr.rdbuf(err_old_);
    }
    Capture(const Capture&) = delete;
    Capture& operator=(const Capture&) = delete;
    std::ostringstream out, err;

private:
    std::streambuf* out_old_;
    std::streambuf* err_old_;
};

py::dict option_dict(const CLI::Option& o) {
    py::dict d;
    const bool positional = !o.nonpositional();
    d["name"] = positional ? o.get_name(true) : o.get_lnames().empty() ? o.get_single_name() : o.get_lnames().front();
    d["positional"] = positional;
    d["flag"] = o.get_type_size_max() == 0;
    d["required"] = o.get_required();
    d["many"] = o.get_items_expected_max() > 1;
    d["help"] = o.get_description();
    return d;
}

py::list options_of(const CLI::App& app) {
    py::list l;
    for (const CLI::Option* o : app.get_options())
        if (o->get_lnames().empty() || (o->get_lnames().front() != "help" && o->get_lnames().front() != "version"))
            l.append(option_dict(*o));
    return l;
}

/// Every command of the command line: name, help, options (positional ones in order).
py::list commands() {
    CLI::App app;
    cli::Context ctx;
    cli::configure_app(app, ctx);
    py::list out;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        py::dict c;
        c["name"] = sub->get_name();
        c["help"] = sub->get_description();
        c["options"] = options_of(*sub);
        py::list subs;
        for (const CLI::App* s : sub->get_subcommands([](const CLI::App*) { return true; })) subs.append(s->get_name());
        c["subcommands"] = subs;
        out.append(c);
    }
    return out;
}

/// A loaded graph and the command line run over it.
class Session {
public:
    /// Loads `paths` as the command line does: checked, with the same_as mappings merged.
    explicit Session(const std::vector<std::string>& paths)
        : graph_(std::make_shared<const Graph>(cli::unify_data_set(cli::load_data_set(paths), paths))) {}

    [[nodiscard]] std::size_t node_count() const { return graph_->node_count(); }
    [[nodiscard]] std::size_t edge_count() const { return graph_->edge_count(); }

    /// Runs `councilgraph ARGS...` (without --data) and returns (stdout bytes, stderr text, status).
    [[nodiscard]] py::tuple run(const std::vector<std::string>& args) const {
        Capture cap;
        CLI::App app;
        cli::Context ctx;
        ctx.use_graph(graph_);
        cli::configure_app(app, ctx);
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
        app.parse(reversed);
        return py::make_tuple(py::bytes(cap.out.str()), cap.err.str(), ctx.status);
    }

private:
    std::shared_ptr<const Graph> graph_;
};

}  // namespace

PYBIND11_MODULE(_core, m) {
    m.doc() = "The compiled part of the councilgraph package; use the councilgraph module instead.";
    std::setlocale(LC_NUMERIC, "C");  // numbers in output never depend on the user's locale

    m.def("commands", &commands, "Every command of the councilgraph command line, with its options.");
    m.def(
        "use_package_dir",
        [](const std::string& package_dir) { set_install_prefix(prefix_of(package_dir)); },
        py::arg("package_dir"),
        "Makes the prefix the package is installed in the one whose shipped files (mappings, theme) every "
        "command uses, rather than the prefix of the python3 that loaded the module.");
    m.def(
        "default_data_paths",
        [](const std::string& package_dir) {
            return default_data_paths(shipped_data_dir(prefix_of(package_dir)));
        },
        py::arg("package_dir"),
        "The data set loaded when none is named: $COUNCILGRAPH_DATA, else the shipped data found from the "
        "package folder (installed: <prefix>/share/councilgraph/data; build tree: the source tree's data/) "
        "plus the imported data `import all` wrote there (or in $COUNCILGRAPH_IMPORTED).");
    m.def(
        "shipped_data_dir",
        [](const std::string& package_dir) { return shipped_data_dir(prefix_of(package_dir)).string(); },
        py::arg("package_dir"), "The folder of shipped files (curated data, theme/, mappings/, schema/).");
    m.def(
        "check",
        [](const std::vector<std::string>& paths, const std::string& sources) {
            LoadOptions lo;
            if (!sources.empty()) lo.sources_dir = sources;
            const auto r = load(paths, lo);
            return diagnostic_list(r.problems);
        },
        py::arg("paths"), py::arg("sources") = "",
        "Every problem in the data files (an empty list when clean); `sources`: a folder of source texts to "
        "check every quote against.");

    py::class_<Session>(m, "Session", "A loaded graph; run() runs one command of the command line over it.")
        .def(py::init<const std::vector<std::string>&>(), py::arg("paths"))
        .def_property_readonly("node_count", &Session::node_count)
        .def_property_readonly("edge_count", &Session::edge_count)
        .def("run", &Session::run, py::arg("args"),
             "Runs `councilgraph ARGS...` over the loaded graph: (stdout bytes, stderr text, exit status).");

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const DataError& e) {
            py::dict kw;
            kw["diagnostics"] = diagnostic_list(e.diagnostics());
            raise_python("DataError", e.what(), kw);
        } catch (const NameError& e) {
            py::dict kw;
            kw["name"] = e.name();
            kw["candidates"] = e.candidates();
            kw["ambiguous"] = e.ambiguous();
            raise_python("NameError", e.what(), kw);
        } catch (const UsageError& e) {
            raise_python("UsageError", e.what());
        } catch (const CLI::ParseError& e) {
            raise_python("UsageError", e.what());
        } catch (const Error& e) {
            py::dict kw;
            kw["exit_code"] = static_cast<int>(e.exit_code());
            raise_python("Error", e.what(), kw);
        }
    });
}
