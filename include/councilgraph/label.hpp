#pragma once
/// \file label.hpp
/// Escaping and wrapping of text for Graphviz values: names and quotes are text, never markup.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Escapes text for a Graphviz escString value (label, tooltip, xlabel): doubles backslashes,
/// turns line breaks into `\n`, `&` into `&amp;` (Graphviz decodes entities in plain labels),
/// other control characters into spaces. The result is what cgraph stores, not DOT syntax.
[[nodiscard]] std::string escape_label(std::string_view text);
/// Escapes text for a node tooltip: as escape_label, but a backslash becomes `⧵` (U+29F5),
/// because Graphviz 2.42 expands `\N` in node tooltips even after a doubled backslash, and no
/// entity survives its tooltip processing. Edge tooltips use escape_label and stay exact.
[[nodiscard]] std::string escape_tooltip(std::string_view text);
/// Escapes text for an HTML-like label: `& < > "` as entities, control characters as spaces.
[[nodiscard]] std::string escape_html(std::string_view text);
/// The Graphviz name of an entity, relation or cluster id: the id itself, except that `%`, `"`,
/// `\` and control characters are written `%25`, `%22`, `%5C`, `%XX`. DOT cannot spell every
/// string (a value ending in one backslash cannot be quoted), so without this two distinct ids
/// such as `a\"` and `a"` could reach Graphviz as one node; the mapping is injective.
[[nodiscard]] std::string graphviz_name(std::string_view id);
/// The number of characters of UTF-8 text.
[[nodiscard]] std::size_t utf8_chars(std::string_view text);
/// Breaks text into lines of about `width` characters (UTF-8 aware) at spaces, keeping its own
/// line breaks; the lines are not escaped.
[[nodiscard]] std::vector<std::string> wrap_lines(std::string_view text, std::size_t width = 22);
/// Breaks a label into lines of about `width` characters (UTF-8 aware) at spaces, joined by `\n`
/// (already escaped with escape_label).
[[nodiscard]] std::string wrap_label(std::string_view text, std::size_t width = 22);

}  // namespace councilgraph
