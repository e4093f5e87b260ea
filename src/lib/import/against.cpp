#include <councilgraph/import.hpp>

#include <set>

namespace councilgraph {

namespace fs = std::filesystem;

void record_imported_against(Dataset& out, const ExistingData& existing, const fs::path& out_dir) {
    std::set<std::string> own;
    for (const auto& n : out.nodes) own.insert(n.id);
    std::set<std::string> files;
    for (const auto& e : out.edges)
        for (const auto* id : {&e.from, &e.to})
            if (!own.contains(*id))
                if (const Node* n = existing.node(*id); n && n->origin.file != 0) files.insert(origin_file(n->origin.file));
    std::error_code ec;
    const fs::path base = fs::absolute(out_dir.empty() ? fs::path(".") : out_dir, ec);
    out.imported_against.clear();
    for (const auto& f : files) {
        const fs::path rel = fs::absolute(f, ec).lexically_normal().lexically_relative(base.lexically_normal());
        out.imported_against.emplace_back(std::string(), rel.empty() ? f : rel.generic_string());
    }
}

}  // namespace councilgraph
