#pragma once
/// \file load.hpp
/// Reading data files: JSON syntax, structure, then the whole-data-set checks of validate.hpp.

#include <councilgraph/model.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Options for loading.
struct LoadOptions {
    /// When set, every quote is checked against `sources_dir / source.file`.
    std::optional<std::filesystem::path> sources_dir;
};

/// A data set and every problem found in it (empty when clean).
struct LoadResult {
    Dataset data;
    std::vector<Diagnostic> problems;
};

/// Expands the user's paths: a folder gives its `*.json` files (not recursing), sorted by name;
/// a file is taken as is. A path that does not exist is reported as a problem.
[[nodiscard]] std::vector<std::string> expand_data_paths(std::span<const std::string> paths,
                                                         std::vector<Diagnostic>& problems);

/// Parses one file's text (named `file` in messages) into `out`, appending problems. Only the
/// checks that need no other file are done here.
void parse_data_text(std::string_view text, const std::string& file, Dataset& out,
                     std::vector<Diagnostic>& problems);

/// Loads and validates every file; reports all problems, never only the first. The data set is
/// sorted by id (sources, nodes) and by edge id.
[[nodiscard]] LoadResult load(std::span<const std::string> paths, const LoadOptions& opts = {});

/// Like load, but throws DataError when there is any problem.
[[nodiscard]] Dataset load_checked(std::span<const std::string> paths, const LoadOptions& opts = {});

/// Reads a whole file; throws DataError (`file: cannot read: reason`) when it cannot.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

}  // namespace councilgraph
