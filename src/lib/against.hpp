#pragma once
// An imported file names the data it was imported against (`imported_against`); loading it
// without that data would make every reference dangle. One message says so instead.

#include <councilgraph/error.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace councilgraph::detail {

/// One diagnostic naming the first imported file whose required files are not among `loaded`,
/// and those files; nullopt when every requirement is loaded. A required file is loaded when a
/// loaded file is that file or has its file name (the imports may have moved since).
std::optional<Diagnostic> missing_against(const std::vector<std::string>& loaded,
                                          const std::vector<std::pair<std::string, std::string>>& against);

}  // namespace councilgraph::detail
