#pragma once
// Line:column of every value in a JSON text, by JSON pointer. nlohmann/json does not keep source
// positions, so after it has accepted the text we walk the same text once more, only to record
// where each value starts. The walk trusts the text to be valid JSON.

#include <councilgraph/error.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

namespace councilgraph::detail {

struct TextPos {
    int line = 0, column = 0;
};

/// Pointer (`/edges/12/to`, `` for the root) → where its value starts (1-based; columns count
/// UTF-8 characters).
using PositionTable = std::unordered_map<std::string, TextPos>;

PositionTable json_positions(std::string_view text);

/// Sets `loc`'s line and column from the position of its pointer, or of the nearest parent that
/// has one (a missing member is reported at its object).
void fill_position(const PositionTable& table, Location& loc);

/// Line and column of a byte offset (0-based) in `text`.
TextPos position_of_offset(std::string_view text, std::size_t offset);

/// Escapes a key for a JSON pointer (`~` → `~0`, `/` → `~1`).
std::string pointer_escape(std::string_view key);

}  // namespace councilgraph::detail
