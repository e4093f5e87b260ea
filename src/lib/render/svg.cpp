// The last check before an SVG leaves the process: whatever the data or the theme said, the file
// holds no script, no event handler and no reference to anything outside itself. Graphviz
// escapes text, and the theme reader refuses URL-like attributes; this is the belt to those
// braces, and it looks at the markup only (text and comments may say anything).
#include <councilgraph/render.hpp>

#include <algorithm>
#include <cctype>

namespace councilgraph {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '-' || c == '_' || c == '.'; }

}  // namespace

std::optional<std::string> svg_problem(std::string_view svg) {
    static constexpr std::string_view allowed_tags[] = {"svg", "g", "title", "text", "path", "polygon", "polyline",
                                                        "ellipse", "circle", "rect", "line", "defs", "lineargradient",
                                                        "radialgradient", "stop", "a", "tspan"};
    std::size_t i = 0;
    while ((i = svg.find('<', i)) != std::string_view::npos) {
        if (svg.substr(i, 4) == "<!--") {
            const auto end = svg.find("-->", i + 4);
            if (end == std::string_view::npos) return "an unterminated comment";
            i = end + 3;
            continue;
        }
        const auto close = svg.find('>', i);
        if (close == std::string_view::npos) return "an unterminated tag";
        const std::string_view tag = svg.substr(i + 1, close - i - 1);
        i = close + 1;
        if (tag.empty()) return "an empty tag";
        if (tag[0] == '?') {
            if (lower(tag).find("stylesheet") != std::string::npos) return "a stylesheet reference";
            continue;
        }
        if (tag[0] == '!') {
            return "a markup declaration (<" + std::string(tag.substr(0, 20)) + ">)";
        }
        if (tag[0] == '/') continue;
        std::size_t p = 0;
        while (p < tag.size() && name_char(tag[p])) ++p;
        const std::string name = lower(tag.substr(0, p));
        if (std::find(std::begin(allowed_tags), std::end(allowed_tags), name) == std::end(allowed_tags))
            return "a <" + name + "> element";
        // Attributes: name="value" pairs.
        while (p < tag.size()) {
            while (p < tag.size() && (std::isspace(static_cast<unsigned char>(tag[p])) || tag[p] == '/')) ++p;
            const std::size_t a0 = p;
            while (p < tag.size() && name_char(tag[p])) ++p;
            const std::string attr = lower(tag.substr(a0, p - a0));
            if (attr.empty()) break;
            std::string value;
            if (p < tag.size() && tag[p] == '=') {
                ++p;
                const char q = p < tag.size() ? tag[p] : '\0';
                if (q != '"' && q != '\'') return "an unquoted attribute";
                const auto end = tag.find(q, p + 1);
                if (end == std::string_view::npos) return "an unterminated attribute";
                value = lower(tag.substr(p + 1, end - p - 1));
                p = end + 1;
            }
            if (attr.substr(0, 2) == "on") return "an event handler (" + attr + ")";
            if (attr == "href" || attr == "xlink:href" || attr == "src" || attr == "style" ||
                attr == "xlink:actuate" || attr == "xlink:show" || attr == "target")
                return "a link or style attribute (" + attr + ")";
            // Namespace names are never fetched; titles, ids and classes are text.
            if (attr.substr(0, 5) == "xmlns" || attr == "xlink:title" || attr == "id" || attr == "class") continue;
            for (std::size_t u = value.find("url("); u != std::string::npos; u = value.find("url(", u + 4)) {
                std::size_t v = u + 4;
                while (v < value.size() && (value[v] == ' ' || value[v] == '\'' || value[v] == '"')) ++v;
                if (v >= value.size() || value[v] != '#') return "an external url() in " + attr;
            }
        }
    }
    return std::nullopt;
}

std::string without_doctype(std::string svg) {
    // Graphviz names the SVG 1.1 DTD by its URL; no viewer needs it, and an XML parser may fetch it.
    const auto start = svg.find("<!DOCTYPE");
    if (start == std::string::npos) return svg;
    const auto end = svg.find('>', start);
    if (end == std::string::npos) return svg;
    std::size_t stop = end + 1;
    if (stop < svg.size() && svg[stop] == '\n') ++stop;
    svg.erase(start, stop - start);
    return svg;
}

}  // namespace councilgraph
