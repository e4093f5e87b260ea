#pragma once
// All-or-nothing output: files through a temporary and a rename, folders through a temporary
// sibling folder swapped in with one rename (see docs/export.md, "Atomic output").

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace councilgraph::detail {

/// Removes what a killed run left beside `target`: entries of `target`'s folder named
/// `<target's name>.tmp-<pid>` or `<target's name>.old-<pid>` whose process no longer exists.
/// Temporaries of running processes are left alone. Never throws.
void remove_stale_temporaries(const std::filesystem::path& target) noexcept;

/// Writes `files` (name → content) as the whole content of export folder `dir`, all or nothing:
/// they are written into a sibling `DIR.tmp-PID` folder, which then takes `dir`'s place in one
/// rename (renameat2 RENAME_EXCHANGE when `dir` exists; the old folder is then removed). Entries
/// of the old folder that are not among `files` are moved into the new one, so other files in the
/// folder stay. Readers and concurrent writers see the old pair of files or a new one, never a
/// mix. Throws Error naming the folder and the system's reason on failure; `dir` is then as it was.
void write_folder_atomic(const std::filesystem::path& dir,
                         const std::vector<std::pair<std::string, std::string_view>>& files);

}  // namespace councilgraph::detail
