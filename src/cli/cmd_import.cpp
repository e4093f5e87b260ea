// `councilgraph import vetoes|meetings|membership|votes FILE -o OUT.json` and
// `councilgraph import all --realdata DIR -o DIR`: public data sets → data files (docs/import.md).
#include "cli.hpp"

#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>
#include <councilgraph/native.hpp>
#include <councilgraph/resources.hpp>

#include <iostream>
#include <memory>

namespace councilgraph::cli {
namespace {

struct ImportOptions {
    std::string file, out, realdata, mappings, entities, aliases;
    std::vector<std::string> against;
    bool quiet = false;
};

ExistingData load_existing(const ImportOptions& o) {
    auto paths = o.against.empty() ? std::vector<std::string>{shipped_data_dir().string()} : o.against;
    auto r = load(paths);
    if (!r.problems.empty())
        std::cerr << "warning: the data imported against has " << r.problems.size()
                  << " problem(s) (run `councilgraph check`); importing against what loaded\n";
    return ExistingData(r.data);
}

ImportMappings mappings(const ImportOptions& o) {
    return load_mappings(o.mappings.empty() ? default_mappings_dir() : std::filesystem::path(o.mappings));
}

void report(const ImportReport& r, bool quiet) {
    if (!quiet)
        for (const auto& d : r.notes) std::cerr << d.str() << '\n';
    std::cerr << r.summary() << '\n';
}

void write(const std::filesystem::path& out, ImportResult r, const ExistingData& existing, bool quiet) {
    report(r.report, quiet);
    record_imported_against(r.data, existing, out == "-" ? std::filesystem::path(".") : out.parent_path());
    if (out == "-") {
        std::cout << to_native_text(r.data);
        return;
    }
    write_file_atomic(out, to_native_text(r.data));
    std::cerr << "wrote " << out.string() << ": " << r.data.nodes.size() << " nodes, " << r.data.edges.size()
              << " edges\n";
}

void run_one(const std::string& what, const ImportOptions& o) {
    if (o.out.empty()) throw UsageError("import " + what + ": -o OUT.json is required");
    const auto maps = mappings(o);
    const auto existing = load_existing(o);
    ImportResult r;
    if (what == "vetoes") {
        r = import_vetoes(read_file(o.file), o.file, maps, existing);
    } else if (what == "meetings") {
        r = import_meetings(read_file(o.file), o.file, maps, existing);
    } else if (what == "votes") {
        r = import_votes(read_file(o.file), o.file, maps, existing);
    } else {
        const auto dir = std::filesystem::path(o.file).parent_path();
        MembershipFiles f;
        f.terms_file = o.file;
        f.entities_file = o.entities.empty() ? (dir / "entities.csv").string() : o.entities;
        f.aliases_file = o.aliases.empty() ? (dir / "country_aliases.csv").string() : o.aliases;
        f.terms = read_file(f.terms_file);
        f.entities = read_file(f.entities_file);
        f.aliases = read_file(f.aliases_file);
        r = import_membership(f, maps, existing);
    }
    write(o.out, std::move(r), existing, o.quiet);
}

std::string default_realdata() {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const fs::path& p : {shipped_data_dir() / ".." / ".." / "shared" / "realdata", fs::path("../shared/realdata")})
        if (fs::is_directory(p, ec)) return p.lexically_normal().string();
    return {};
}

void run_all(ImportOptions o) {
    if (o.out.empty()) o.out = default_imported_dir();
    if (o.realdata.empty()) o.realdata = default_realdata();
    if (o.realdata.empty()) throw UsageError("import all: --realdata DIR is required (no ../shared/realdata here)");
    if (!std::filesystem::is_directory(o.realdata)) throw UsageError("--realdata: '" + o.realdata + "' is not a folder");
    const auto maps = mappings(o);
    const auto existing = load_existing(o);
    auto results = import_all(o.realdata, maps, existing);
    std::filesystem::create_directories(o.out);
    for (auto& r : results) write(std::filesystem::path(o.out) / r.name, std::move(r.result), existing, o.quiet);
}

void add_common(CLI::App* sub, ImportOptions& o) {
    sub->add_option("--against", o.against,
                    "Data the import adds to: nodes it defines are not defined again (repeatable; default: the shipped curated data)");
    sub->add_option("--mappings", o.mappings, "Folder of mapping files (default: mappings/ of the shipped data)");
    sub->add_flag("-q,--quiet", o.quiet, "Print only the summary, not every reported row");
}

const Register reg{"import", 90, [](CLI::App& app, Context&) {
    auto o = std::make_shared<ImportOptions>();
    auto* imp = app.add_subcommand("import", "Turn a public data set (vetoes, meetings, membership, votes) into a data file");
    imp->require_subcommand(1);
    for (const char* what : {"vetoes", "meetings", "membership", "votes"}) {
        const std::string w = what;
        auto* sub = imp->add_subcommand(w, w == "vetoes" ? "The DHL veto list (unsc_vetoes_1946_sept2022.csv)"
                                           : w == "meetings" ? "The DHL meeting tables (dhl_sc_meetings_1946_2022.csv)"
                                           : w == "votes" ? "Per-member votes and sponsors (sc_votes_per_member_votingagent.csv, or the DHL voting-data layout); import against the membership, veto and meetings imports"
                                                             : "Council terms and the name crosswalk (council_membership.csv)");
        sub->add_option("file", o->file, "The CSV file")->required()->check(CLI::ExistingFile);
        sub->add_option("-o,--output", o->out, "The data file to write (- for standard output)")->required();
        if (w == "membership") {
            sub->add_option("--entities", o->entities, "entities.csv (default: beside FILE)");
            sub->add_option("--aliases", o->aliases, "country_aliases.csv (default: beside FILE)");
        }
        add_common(sub, *o);
        sub->callback([o, w] { run_one(w, *o); });
    }
    auto* all = imp->add_subcommand("all", "All four, from the real-data folder, into one output folder");
    all->add_option("--realdata", o->realdata, "The folder holding dhl_vetoes_yordan/, dhl_sc_meetings_pcrc/, sc_membership_and_names_fmadore/, sc_votes_per_member_votingagent/ (default: ../shared/realdata when there)");
    all->add_option("-o,--output", o->out, "The output folder (default: where the default data set finds imported data, data/imported/ or $COUNCILGRAPH_IMPORTED)");
    add_common(all, *o);
    all->callback([o] { run_all(*o); });
}};

}  // namespace
}  // namespace councilgraph::cli
