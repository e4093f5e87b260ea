#pragma once
// The attributes a theme may set and the values each accepts (private to the theme reader).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph::detail {

enum class ValueType { colour, font, shape, style, arrow, number, point, boolean, choice };

/// Nothing when `value` is acceptable for attribute `name` in a theme; otherwise the message
/// (what is wrong and what was expected).
std::optional<std::string> check_theme_value(std::string_view name, std::string_view value);

/// The attribute names a theme may set, in name order.
std::vector<std::string_view> themeable_attributes();

}  // namespace councilgraph::detail
