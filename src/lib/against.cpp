#include "against.hpp"

#include <algorithm>
#include <filesystem>

namespace councilgraph::detail {

namespace fs = std::filesystem;

std::optional<Diagnostic> missing_against(const std::vector<std::string>& loaded,
                                          const std::vector<std::pair<std::string, std::string>>& against) {
    std::string first;
    std::vector<std::string> missing;
    for (const auto& [file, rel] : against) {
        const fs::path want = fs::path(file).parent_path() / rel;
        // The same file, or a file of the same name: imported data moved away from the data it was
        // imported against (another folder, an installed prefix) still loads with it. Loading other
        // data of that name is caught where it matters, by the references that then dangle.
        const bool here = std::any_of(loaded.begin(), loaded.end(), [&](const std::string& l) {
            std::error_code ec;
            return fs::equivalent(want, l, ec) || fs::path(l).filename() == want.filename();
        });
        if (here) continue;
        if (first.empty()) first = file;
        if (file != first) continue;
        std::error_code ec;
        const auto near = fs::proximate(want, ec);  // `data/shared.json` from the project root
        missing.push_back(ec || near.empty() ? want.lexically_normal().string() : near.string());
    }
    if (missing.empty()) return std::nullopt;
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Diagnostic{{first},
                      "imported against data that is not loaded (" + list +
                          "): load it too (--data with that folder and this one), or give no --data to use the default data set"};
}

}  // namespace councilgraph::detail
