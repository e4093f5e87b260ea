#pragma once
/// \file validate.hpp
/// Whole-data-set checks: duplicate ids, dangling references, kinds that do not fit an edge,
/// impossible intervals, missing evidence, and (optionally) quotes against their source texts.

#include <councilgraph/model.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Maps an object's location and a member path below it (`/to`, `/evidence/0/quote`) to the
/// member's location. The default appends the path and keeps the object's line.
using Locator = std::function<Location(const Location& object, std::string_view member)>;

/// Runs every cross-file check on `data` and returns the problems found, in input order.
/// Assigns derived ids to edges without one, then sorts sources and nodes by id and edges by id.
/// With `sources_dir`, checks every quote against its source text.
[[nodiscard]] std::vector<Diagnostic> validate(Dataset& data,
                                               const std::optional<std::filesystem::path>& sources_dir,
                                               const Locator& locate = {});

/// The id of an edge given without one: `<kind>:<from>><to>@<date or start>` (docs/data-format.md).
/// Repeats get `~2`, `~3`, ... in load order, skipping ids already taken.
[[nodiscard]] std::string derived_edge_id(const Edge& e);

/// Folds every run of white space to one space and trims: the comparison rule for quotes.
[[nodiscard]] std::string normalize_space(std::string_view text);

/// Levenshtein distance (bytes), for "did you mean" suggestions.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// Words longer than this (bytes) get no suggestions from closest().
inline constexpr std::size_t max_suggest_length = 200;

/// The `limit` candidates closest to `word` within a sensible distance (a third of its length, at least
/// 2), best first. Linear in the number of candidates: distances are computed in a band.
[[nodiscard]] std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                               std::size_t limit = 3);

}  // namespace councilgraph
