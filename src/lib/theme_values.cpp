// What a theme may say: the Graphviz attributes councilgraph lets a theme set, each with the
// values it accepts. A theme is data, so anything else (a URL, a stylesheet, an image, a font
// file, a script) is refused with its place in the file, not passed on to Graphviz's SVG.
#include "theme_values.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace councilgraph::detail {

namespace {

bool is_number(std::string_view s) {
    if (s.empty() || s.size() > 16) return false;
    std::size_t i = 0;
    if (s[0] == '-' || s[0] == '+') ++i;
    bool digit = false, dot = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) digit = true;
        else if (s[i] == '.' && !dot) dot = true;
        else return false;
    }
    return digit;
}

bool is_point(std::string_view s) {
    const auto comma = s.find(',');
    if (comma == std::string_view::npos) return is_number(s);
    return is_number(s.substr(0, comma)) && is_number(s.substr(comma + 1));
}

// Whether `v` is one of the space-separated words of `list`.
bool in_words(std::string_view v, std::string_view list) {
    std::size_t start = 0;
    while (start <= list.size()) {
        auto sp = list.find(' ', start);
        if (sp == std::string_view::npos) sp = list.size();
        if (list.substr(start, sp - start) == v) return true;
        start = sp + 1;
    }
    return false;
}

bool one_of(std::string_view v, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), v) != set.end();
}

// The SVG/CSS colour names (Graphviz knows all of them in both its SVG and X11 schemes).
constexpr std::string_view colour_names[] = {
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond", "blue",
    "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk",
    "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
    "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen",
    "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue",
    "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro",
    "ghostwhite", "gold", "goldenrod", "gray", "grey", "green", "greenyellow", "honeydew", "hotpink", "indianred",
    "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
    "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
    "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
    "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple",
    "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue",
    "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange",
    "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff",
    "peru", "pink", "plum", "powderblue", "purple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
    "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey",
    "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white",
    "whitesmoke", "yellow", "yellowgreen", "transparent", "none"};

bool is_one_colour(std::string_view c) {
    if (auto semi = c.find(';'); semi != std::string_view::npos) {  // "red;0.3" in a colour list
        if (!is_number(c.substr(semi + 1))) return false;
        c = c.substr(0, semi);
    }
    if (!c.empty() && c[0] == '#') {
        if (c.size() != 4 && c.size() != 7 && c.size() != 9) return false;
        return std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; });
    }
    std::string lower(c);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::find(std::begin(colour_names), std::end(colour_names), lower) != std::end(colour_names);
}

bool is_colour(std::string_view v) {
    // A colour or a colour list `a:b` (gradients, parallel lines).
    if (v.empty() || v.size() > 200) return false;
    std::size_t start = 0;
    while (true) {
        const auto colon = v.find(':', start);
        if (!is_one_colour(v.substr(start, colon - start))) return false;
        if (colon == std::string_view::npos) return true;
        start = colon + 1;
    }
}

bool is_font(std::string_view v) {
    static constexpr std::string_view families[] = {
        "DejaVu Sans", "DejaVu Sans Mono", "DejaVu Sans Condensed", "DejaVu Serif", "DejaVu Serif Condensed",
        "Liberation Sans", "Liberation Serif", "Liberation Mono", "Noto Sans", "Noto Serif", "Noto Sans Mono",
        "Helvetica", "Arial", "Times", "Times-Roman", "Times New Roman", "Courier", "Courier New", "Sans", "Serif",
        "Monospace", "sans-serif", "serif", "monospace"};
    for (std::string_view f : families) {
        if (v.substr(0, f.size()) != f) continue;
        const std::string_view rest = v.substr(f.size());
        if (one_of(rest, {"", " Bold", " Italic", " Oblique", " Bold Italic", " Bold Oblique", "-Bold", "-Italic", "-BoldItalic"}))
            return true;
    }
    return false;
}

bool is_shape(std::string_view v) {
    return one_of(v, {"box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
                      "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
                      "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
                      "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
                      "cylinder", "note", "tab", "folder", "box3d", "component", "promoter", "cds", "terminator", "utr",
                      "primersite", "restrictionsite", "fivepoverhang", "threepoverhang", "noverhang", "assembly",
                      "signature", "insulator", "ribosite", "rnastab", "proteasesite", "proteinstab", "rpromoter",
                      "rarrow", "larrow", "lpromoter"});
}

bool is_style(std::string_view v) {
    std::size_t start = 0;
    while (true) {
        const auto comma = v.find(',', start);
        std::string_view part = v.substr(start, comma - start);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        if (!one_of(part, {"filled", "rounded", "dashed", "dotted", "bold", "solid", "invis", "diagonals", "striped",
                           "wedged", "radial", "tapered"}))
            return false;
        if (comma == std::string_view::npos) return true;
        start = comma + 1;
    }
}

bool is_arrow(std::string_view v) {
    // Legacy names, then the grammar: up to four shapes, each with optional `o` and `l`/`r`.
    if (one_of(v, {"empty", "invempty", "ediamond", "open", "halfopen", "invdot", "invodot", "odot", "odiamond", "onormal",
                   "obox", "oinv", "ovee", "otee", "ocrow", "ocurve", "oicurve"}))
        return true;
    static constexpr std::string_view shapes[] = {"box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none",
                                                  "normal", "tee", "vee"};
    int count = 0;
    while (!v.empty()) {
        if (++count > 4) return false;
        if (v[0] == 'o') v.remove_prefix(1);
        if (!v.empty() && (v[0] == 'l' || v[0] == 'r')) v.remove_prefix(1);
        bool found = false;
        for (std::string_view s : shapes)
            if (v.substr(0, s.size()) == s) {
                v.remove_prefix(s.size());
                found = true;
                break;
            }
        if (!found) return false;
    }
    return count > 0;
}

struct Rule {
    std::string_view name;
    ValueType type;
    std::string_view choices{};  // space-separated, for ValueType::choice
};

const Rule rules[] = {
    {"arrowhead", ValueType::arrow}, {"arrowsize", ValueType::number}, {"arrowtail", ValueType::arrow},
    {"bgcolor", ValueType::colour}, {"center", ValueType::boolean}, {"color", ValueType::colour},
    {"compound", ValueType::boolean}, {"concentrate", ValueType::boolean}, {"constraint", ValueType::boolean},
    {"decorate", ValueType::boolean}, {"dir", ValueType::choice, "forward back both none"},
    {"distortion", ValueType::number}, {"dpi", ValueType::number}, {"esep", ValueType::point},
    {"fillcolor", ValueType::colour}, {"fixedsize", ValueType::choice, "true false shape"},
    {"fontcolor", ValueType::colour}, {"fontname", ValueType::font}, {"fontsize", ValueType::number},
    {"gradientangle", ValueType::number}, {"headclip", ValueType::boolean}, {"height", ValueType::number},
    {"K", ValueType::number}, {"labelangle", ValueType::number}, {"labeldistance", ValueType::number},
    {"labelfontcolor", ValueType::colour}, {"labelfontname", ValueType::font}, {"labelfontsize", ValueType::number},
    {"labeljust", ValueType::choice, "l r c"}, {"labelloc", ValueType::choice, "t b c"},
    {"margin", ValueType::point}, {"maxiter", ValueType::number}, {"minlen", ValueType::number},
    {"mode", ValueType::choice, "major KK hier ipsep spring maxent"},
    {"newrank", ValueType::boolean}, {"nodesep", ValueType::number}, {"ordering", ValueType::choice, "in out"},
    {"orientation", ValueType::number},
    {"outputorder", ValueType::choice, "breadthfirst nodesfirst edgesfirst"},
    {"overlap", ValueType::choice, "true false scale prism voronoi scalexy compress vpsc ortho portho"},
    {"pad", ValueType::point}, {"pencolor", ValueType::colour}, {"penwidth", ValueType::number},
    {"peripheries", ValueType::number}, {"rankdir", ValueType::choice, "TB LR BT RL"},
    {"ranksep", ValueType::number}, {"ratio", ValueType::choice, "fill compress expand auto"},
    {"regular", ValueType::boolean}, {"sep", ValueType::point}, {"shape", ValueType::shape},
    {"sides", ValueType::number}, {"size", ValueType::point}, {"skew", ValueType::number},
    {"splines", ValueType::choice, "true false none line polyline curved ortho spline compound"},
    {"style", ValueType::style}, {"tailclip", ValueType::boolean}, {"weight", ValueType::number},
    {"width", ValueType::number},
};

std::string_view expected(ValueType t) {
    switch (t) {
        case ValueType::colour: return "a colour: a name such as 'red', or '#rrggbb' / '#rrggbbaa', or a list 'a:b'";
        case ValueType::font: return "a font family such as 'DejaVu Sans', 'Liberation Serif' or 'Helvetica' (optionally ' Bold' / ' Italic')";
        case ValueType::shape: return "a Graphviz node shape such as 'box', 'ellipse' or 'note'";
        case ValueType::style: return "styles from filled, rounded, dashed, dotted, bold, solid, invis, diagonals, striped, wedged, radial, tapered";
        case ValueType::arrow: return "a Graphviz arrow shape such as 'normal', 'tee', 'vee' or 'odiamond'";
        case ValueType::number: return "a number";
        case ValueType::point: return "a number or 'x,y'";
        case ValueType::boolean: return "true or false";
        case ValueType::choice: return "";
    }
    return "";
}

}  // namespace

std::optional<std::string> check_theme_value(std::string_view name, std::string_view value) {
    const Rule* rule = nullptr;
    for (const auto& r : rules)
        if (r.name == name) rule = &r;
    if (!rule) {
        if (one_of(name, {"stylesheet", "URL", "href", "edgeURL", "headURL", "tailURL", "labelURL", "edgehref", "headhref",
                          "tailhref", "labelhref", "target", "edgetarget", "headtarget", "tailtarget", "labeltarget",
                          "image", "imagepath", "imagescale", "fontpath", "fontnames", "class", "shapefile"}))
            return "attribute '" + std::string(name) + "' refers to files, links or markup and cannot be themed";
        return "'" + std::string(name) + "' is not an attribute a theme may set (see the list in docs/render.md)";
    }
    bool ok = false;
    switch (rule->type) {
        case ValueType::colour: ok = is_colour(value); break;
        case ValueType::font: ok = is_font(value); break;
        case ValueType::shape: ok = is_shape(value); break;
        case ValueType::style: ok = is_style(value); break;
        case ValueType::arrow: ok = is_arrow(value); break;
        case ValueType::number: ok = is_number(value); break;
        case ValueType::point: ok = is_point(value); break;
        case ValueType::boolean: ok = value == "true" || value == "false"; break;
        case ValueType::choice: ok = in_words(value, rule->choices); break;
    }
    if (ok) return std::nullopt;
    std::string exp(expected(rule->type));
    if (rule->type == ValueType::choice) {
        exp = "one of " + std::string(rule->choices);
        for (std::size_t p = exp.find(' ', 7); p != std::string::npos; p = exp.find(' ', p + 2)) exp.replace(p, 1, ", ");
    }
    std::string shown(value.substr(0, 60));
    return "'" + shown + (value.size() > 60 ? "…" : "") + "' is not a valid " + std::string(name) + " (expected " + exp + ")";
}

std::vector<std::string_view> themeable_attributes() {
    std::vector<std::string_view> out;
    for (const auto& r : rules) out.push_back(r.name);
    return out;
}

}  // namespace councilgraph::detail
