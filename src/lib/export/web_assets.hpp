#pragma once
// The HTML explorer's parts, embedded at build time by cmake/embed_web.cmake: the page template,
// its stylesheet and script (src/web/), and the cytoscape library from node_modules. Each is a
// list of pieces (compilers cap the length of one string literal); join them to get the file.

#include <span>
#include <string>
#include <string_view>

namespace councilgraph::detail {

extern const std::span<const std::string_view> web_template;   // src/web/explorer.html
extern const std::span<const std::string_view> web_css;        // src/web/explorer.css
extern const std::span<const std::string_view> web_app;        // src/web/explorer.js
extern const std::span<const std::string_view> web_cytoscape;  // cytoscape.min.js, licence header included

/// The pieces joined.
[[nodiscard]] inline std::string joined(std::span<const std::string_view> parts) {
    std::string out;
    for (auto p : parts) out += p;
    return out;
}

}  // namespace councilgraph::detail
