#include <councilgraph/resources.hpp>

#include <cstdlib>
#include <string_view>

// Set by CMakeLists.txt on this file only: the install layout (relative to the prefix) and the
// source tree's data/.
#ifndef COUNCILGRAPH_INSTALL_BINDIR
#error "COUNCILGRAPH_INSTALL_BINDIR must be defined"
#endif

namespace councilgraph {

namespace fs = std::filesystem;

fs::path running_executable() {
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : p;
}

fs::path install_prefix(const fs::path& folder, const fs::path& install_dir) {
    std::error_code ec;
    fs::path p = fs::absolute(folder, ec).lexically_normal();
    if (ec) p = folder;
    if (!p.has_filename()) p = p.parent_path();  // a trailing separator
    for (const auto& part : install_dir.lexically_normal())
        if (!part.empty() && part != ".") p = p.parent_path();
    return p;
}

namespace {

fs::path& chosen_prefix() {
    static fs::path prefix;
    return prefix;
}

}  // namespace

void set_install_prefix(const fs::path& prefix) { chosen_prefix() = prefix; }

fs::path shipped_data_dir(const fs::path& prefix) {
    fs::path pre = prefix.empty() ? chosen_prefix() : prefix;
    if (pre.empty()) {
        const auto exe = running_executable();
        if (!exe.empty()) pre = install_prefix(exe.parent_path(), COUNCILGRAPH_INSTALL_BINDIR);
    }
    std::error_code ec;
    if (!pre.empty()) {
        auto installed = pre / COUNCILGRAPH_INSTALL_DATA;
        if (fs::is_directory(installed, ec)) return installed;
    }
    return COUNCILGRAPH_SOURCE_DATA;
}

namespace {

// `shipped` as messages show it: `data` when it is the current folder's data/.
std::string shown(const fs::path& shipped) {
    std::error_code ec;
    if (fs::equivalent(fs::current_path(ec) / "data", shipped, ec)) return "data";
    return shipped.string();
}

}  // namespace

std::string default_imported_dir(const fs::path& shipped) {
    if (const char* env = std::getenv("COUNCILGRAPH_IMPORTED"); env && *env) return env;
    return (fs::path(shown(shipped)) / "imported").string();
}

std::vector<std::string> default_data_paths(const fs::path& shipped) {
    if (const char* env = std::getenv("COUNCILGRAPH_DATA"); env && *env) {
        std::vector<std::string> paths;
        std::string_view s(env);
        for (std::size_t p = 0; p <= s.size();) {
            auto c = s.find(':', p);
            if (c == std::string_view::npos) c = s.size();
            if (c > p) paths.emplace_back(s.substr(p, c - p));
            p = c + 1;
        }
        if (!paths.empty()) return paths;
    }
    std::vector<std::string> paths{shown(shipped)};
    std::error_code ec;
    const auto imported = default_imported_dir(shipped);
    if (fs::is_directory(imported, ec))
        for (const auto& entry : fs::directory_iterator(imported, ec))
            if (entry.path().extension() == ".json") {
                paths.push_back(imported);
                break;
            }
    return paths;
}

fs::path default_theme_file(const fs::path& shipped) { return shipped / "theme" / "default.json"; }

fs::path default_mappings_dir(const fs::path& shipped) { return shipped / "mappings"; }

}  // namespace councilgraph
