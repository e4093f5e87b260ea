#pragma once
// Line:column of every value in a JSON text, by JSON pointer. nlohmann/json does not keep source
// positions, so after a parser has accepted the text we walk the same text once more, only to
// record where each value starts. The walk is iterative and its memory linear in the text (each
// value stores its parent and its own key, never its whole pointer), so no shape of input can
// exhaust the stack or the memory; on text that is not valid JSON it records what it can and stops.
//
// Before any parser sees a text, `json_depth_problem` bounds its nesting: nlohmann's DOM and the
// code that walks it recurse, so depth is the one JSON limit we enforce (documented in
// docs/data-format.md).

#include <councilgraph/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace councilgraph::detail {

struct TextPos {
    int line = 0, column = 0;
};

/// Deepest nesting of arrays and objects accepted in a JSON input (data files, themes, mapping
/// files): `[[1]]` nests 2 deep. Real files nest at most 5 deep.
inline constexpr int max_json_depth = 64;

/// Checks the nesting of `text` with a byte scan that counts brackets outside strings, before a
/// parser recurses into it. Returns the problem at the first bracket beyond `max_json_depth`
/// (`file:line:col: invalid JSON: arrays and objects nested deeper than 64 levels (the limit)`),
/// or nothing when the text is within the limit (it may still be invalid JSON).
[[nodiscard]] std::optional<Diagnostic> json_depth_problem(std::string_view text, const std::string& file);

/// Where the values of one JSON text start, by JSON pointer (`/edges/12/to`, `` for the root).
/// Columns are 1-based and count UTF-8 characters.
class PositionTable {
public:
    /// One value: where it starts (`second`, named so map-style lookups read the same).
    struct Entry {
        std::uint32_t parent = 0;
        TextPos second;
    };
    using const_iterator = const Entry*;

    /// The value at `pointer` (escaped as in RFC 6901), or `end()` when the text has none.
    [[nodiscard]] const_iterator find(std::string_view pointer) const;
    /// The value at `pointer`, or at its nearest ancestor that the text has; `end()` when the text
    /// has no value at all.
    [[nodiscard]] const_iterator nearest(std::string_view pointer) const;
    [[nodiscard]] const_iterator end() const noexcept { return nullptr; }
    /// Number of values recorded.
    [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
    [[nodiscard]] bool empty() const noexcept { return values_.empty(); }

private:
    friend PositionTable json_positions(std::string_view text);
    std::uint32_t add(std::uint32_t parent, std::string_view segment, TextPos pos);
    // Walks `pointer` down from the root; returns the deepest value reached and whether the whole
    // pointer was matched.
    [[nodiscard]] std::pair<const Entry*, bool> walk(std::string_view pointer) const;

    std::vector<Entry> values_;
    // (parent index as 4 bytes) + escaped segment → child index.
    std::unordered_map<std::string, std::uint32_t> children_;
};

/// Positions of every value of `text`, in one iterative pass.
[[nodiscard]] PositionTable json_positions(std::string_view text);

/// Sets `loc`'s line and column from the position of its pointer, or of the nearest parent that
/// has one (a missing member is reported at its object).
void fill_position(const PositionTable& table, Location& loc);

/// Line and column of a byte offset (0-based) in `text`.
[[nodiscard]] TextPos position_of_offset(std::string_view text, std::size_t offset);

/// The one message for a JSON syntax error: nlohmann's `parse_error` `byte` (1-based, at the
/// offending character) and `what()` become `file:line:col: invalid JSON: <reason>`, without
/// nlohmann's own prefix and position and without its "last read" echo of the raw input (which
/// may be the very bytes that are not UTF-8).
[[nodiscard]] Diagnostic json_syntax_problem(std::string_view text, const std::string& file, std::size_t byte,
                                             std::string_view what);

/// Escapes a key for a JSON pointer (`~` → `~0`, `/` → `~1`).
[[nodiscard]] std::string pointer_escape(std::string_view key);

}  // namespace councilgraph::detail
