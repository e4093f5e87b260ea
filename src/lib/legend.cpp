// The legend: an HTML-like table of the node and edge kinds present, drawn as the graph's label.
#include "legend.hpp"

#include <algorithm>

namespace councilgraph::detail {

namespace {

// A short glyph run standing for an edge's pen in the legend.
std::string line_sample(const GvAttrs& style, const GvAttrs& defaults) {
    auto get = [&](const char* k) -> std::string {
        if (auto it = style.find(k); it != style.end()) return it->second;
        if (auto it = defaults.find(k); it != defaults.end()) return it->second;
        return {};
    };
    const std::string st = get("style");
    double pw = 1;
    if (auto s = get("penwidth"); !s.empty()) {
        try {
            pw = std::stod(s);
        } catch (...) {
        }
    }
    if (st.find("dashed") != std::string::npos) return "– – –";
    if (st.find("dotted") != std::string::npos) return "· · · · ·";
    if (pw >= 2 || st.find("bold") != std::string::npos) return "━━━━";
    return "────";
}

std::string attr_or(const GvAttrs& a, const GvAttrs& b, const char* key, const char* fallback) {
    if (auto it = a.find(key); it != a.end()) return it->second;
    if (auto it = b.find(key); it != b.end()) return it->second;
    return fallback;
}

}  // namespace

std::string legend_html(const Theme& theme, Lang lang, const std::string& title, std::size_t node_count,
                        std::size_t edge_count, const DrawnKinds& kinds, const LegendNotes& notes) {
    const Words& w = theme.words;
    // Edge legend entries: each kind present, and each of its variants present.
    struct Entry {
        std::string text;
        GvAttrs style;
    };
    std::vector<Entry> entries;
    for (auto k : all_edge_kinds()) {
        bool base = false;
        std::vector<char> var(theme.variants.size(), 0);
        for (const Edge* e : kinds.edges) {
            if (e->kind != k) continue;
            bool any = false;
            for (std::size_t j = 0; j < theme.variants.size(); ++j)
                if (theme.variants[j].kind == k && theme.variants[j].matches(*e)) var[j] = any = true;
            if (!any) base = true;
        }
        if (base) entries.push_back({w.kind(lang, k), theme.edges[static_cast<std::size_t>(k)]});
        for (std::size_t j = 0; j < var.size(); ++j) {
            if (!var[j]) continue;
            GvAttrs st = theme.edges[static_cast<std::size_t>(k)];
            for (const auto& [a, b] : theme.variants[j].style) st[a] = b;
            const auto& v = theme.variants[j];
            const std::string what = v.equals ? w.value(lang, *v.equals) : w.get(lang, "legend.total");
            entries.push_back({w.kind(lang, k) + " (" + what + ")", st});
        }
    }

    std::string h = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)";
    const std::string counts = w.fill(lang, node_count == 1 ? "legend.entity" : "legend.entities", {{"n", std::to_string(node_count)}}) +
                               ", " + w.fill(lang, edge_count == 1 ? "legend.relation" : "legend.relations", {{"n", std::to_string(edge_count)}});
    h += R"(<TR><TD ALIGN="LEFT"><B>)" + escape_html(title) + "</B> <FONT POINT-SIZE=\"9\" COLOR=\"#555555\">" +
         escape_html(counts) + "</FONT></TD></TR>";
    constexpr std::size_t per_row = 7;
    std::vector<std::string> cells;
    for (auto k : all_node_kinds()) {
        if (!kinds.nodes[static_cast<std::size_t>(k)]) continue;
        const GvAttrs& st = theme.nodes[static_cast<std::size_t>(k)];
        cells.push_back(R"(<TD BORDER="1" COLOR=")" + escape_html(attr_or(st, theme.node, "color", "black")) +
                        R"(" BGCOLOR=")" + escape_html(attr_or(st, theme.node, "fillcolor", "white")) +
                        R"(">)" + escape_html(w.kind(lang, k)) + "</TD>");
    }
    for (const auto& e : entries)
        cells.push_back(R"(<TD ALIGN="LEFT"><FONT COLOR=")" + escape_html(attr_or(e.style, theme.edge, "color", "black")) +
                        R"(">)" + line_sample(e.style, theme.edge) + "</FONT> " + escape_html(e.text) + "</TD>");
    const std::size_t node_cells = cells.size() - entries.size();
    auto rows = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; i += per_row) {
            h += R"(<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2"><TR>)";
            for (std::size_t j = i; j < std::min(to, i + per_row); ++j) h += cells[j];
            h += "</TR></TABLE></TD></TR>";
        }
    };
    rows(0, node_cells);
    rows(node_cells, cells.size());
    std::vector<std::string> lines;
    if (notes.merged) lines.push_back(w.get(lang, "legend.merged"));
    if (notes.isolated) lines.push_back(w.fill(lang, "legend.isolated", {{"n", std::to_string(notes.isolated)}}));
    for (const auto& l : notes.lines) lines.push_back(l);
    for (const auto& l : lines)
        h += R"(<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#555555">)" + escape_html(l) + "</FONT></TD></TR>";
    h += "</TABLE>";
    return h;
}

}  // namespace councilgraph::detail
