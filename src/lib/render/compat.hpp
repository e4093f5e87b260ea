#pragma once
// The one place that knows which Graphviz we build against. Debian 12 ships 2.42 (pkg-config
// says 2.43.0), whose cgraph/gvc functions take `char*` where later releases take `const char*`;
// every string crosses into Graphviz through CStr, which works with both.

#include <cgraph.h>
#include <gvc.h>

#include <string_view>
#include <vector>

namespace councilgraph::detail {

/// The version string pkg-config reported for libgvc.
inline constexpr std::string_view graphviz_version = COUNCILGRAPH_GRAPHVIZ_VERSION;

/// A NUL-terminated, mutable copy of a string for Graphviz's `char*` parameters (never pass
/// string_view::data(): it need not be terminated, and 2.42 wants non-const pointers).
class CStr {
public:
    explicit CStr(std::string_view s) : buf_(s.begin(), s.end()) { buf_.push_back('\0'); }
    [[nodiscard]] char* get() noexcept { return buf_.data(); }
    operator char*() noexcept { return buf_.data(); }  // NOLINT: the point of the type

private:
    std::vector<char> buf_;
};

}  // namespace councilgraph::detail
