#pragma once
/// \file resources.hpp
/// Where the files councilgraph ships are found at run time: the curated data set and, inside it,
/// `theme/`, `mappings/` and `schema/`. A build that is not installed finds the source tree's
/// `data/`; an installed copy finds `<prefix>/share/councilgraph/data` relative to its own
/// location, so a prefix that is moved or copied elsewhere still works. The data set loaded by
/// default is that folder plus the imported data `import all` wrote beside it
/// (`COUNCILGRAPH_IMPORTED` moves it); `COUNCILGRAPH_DATA` replaces the whole default set.

#include <filesystem>
#include <string>
#include <vector>

namespace councilgraph {

/// The file of the running executable (the link `/proc/self/exe`), empty when it cannot be read.
[[nodiscard]] std::filesystem::path running_executable();

/// The installation prefix of a folder installed as `<prefix>/<install_dir>`: `folder` with as
/// many trailing components taken off as `install_dir` has (`/opt/cg/bin` with `bin` gives
/// `/opt/cg`). `folder` is made absolute first.
[[nodiscard]] std::filesystem::path install_prefix(const std::filesystem::path& folder,
                                                   const std::filesystem::path& install_dir);

/// Makes `prefix` the installation prefix that shipped_data_dir() uses when given none, in place
/// of the running executable's: for the library loaded into another program (the Python module
/// sets the prefix its package is installed in). An empty `prefix` restores the default.
void set_install_prefix(const std::filesystem::path& prefix);

/// The folder of shipped files: `<prefix>/share/councilgraph/data` when that folder exists, else
/// the source tree's `data/` this library was built from (a build that is not installed). An
/// empty `prefix` means the one set_install_prefix() set, else the running executable's: the
/// folder above the binary folder (`bin`) it is installed in. Never throws; the folder returned
/// may not exist.
[[nodiscard]] std::filesystem::path shipped_data_dir(const std::filesystem::path& prefix = {});

/// Where `import all` writes by default and where the default data set looks for imported data:
/// `COUNCILGRAPH_IMPORTED` when set and not empty, else `imported/` in `shipped` (written
/// `data/imported` when `shipped` is the current folder's `data/`).
[[nodiscard]] std::string default_imported_dir(const std::filesystem::path& shipped = shipped_data_dir());

/// The data set a program loads when the user names none. This is the one place that decides it:
/// the paths in `COUNCILGRAPH_DATA` (separated by `:`) when that variable is set and not empty,
/// else `shipped` (written `data` when it is the current folder's `data/`, so that messages show
/// short paths) followed by default_imported_dir() when that folder holds a `.json` file.
[[nodiscard]] std::vector<std::string> default_data_paths(const std::filesystem::path& shipped = shipped_data_dir());

/// The theme used when none is given: `theme/default.json` in `shipped`.
[[nodiscard]] std::filesystem::path default_theme_file(const std::filesystem::path& shipped = shipped_data_dir());

/// The importers' mapping files: `mappings/` in `shipped`.
[[nodiscard]] std::filesystem::path default_mappings_dir(const std::filesystem::path& shipped = shipped_data_dir());

}  // namespace councilgraph
