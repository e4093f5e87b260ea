#pragma once
/// \file style.hpp
/// From a View to a styled diagram: the theme (node kinds → shapes and colours, edge kinds →
/// pens, loaded from a JSON file), the layout plan (engine and limits chosen by size), and the
/// `Diagram`, the graph exactly as Graphviz will receive it, before layout. The DOT writer
/// (dot.hpp) and the Graphviz renderer (render.hpp) both start from a Diagram, so the DOT a user
/// saves is the graph that was drawn. Nothing here calls Graphviz.

#include <councilgraph/view.hpp>

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// Graphviz attributes of one object, name → value, in name order (so output is deterministic).
/// Values are as cgraph stores them: label-like values already escaped (see escape_label).
using GvAttrs = std::map<std::string, std::string, std::less<>>;

/// A theme: Graphviz attributes per node kind and edge kind, with defaults and refinements by an
/// edge attribute (a co-penholder drawn lighter than a penholder). See docs/render.md for the
/// JSON form; the shipped default is data/theme/default.json.
struct Theme {
    /// A refinement: edges of `kind` whose attribute `attr` equals `equals` also get `style`.
    struct Variant {
        EdgeKind kind{};
        std::string attr, equals;
        GvAttrs style;
    };
    std::string name;                              ///< for messages and the DOT comment
    GvAttrs graph, node, edge, cluster;            ///< defaults for every graph/node/edge/cluster
    std::array<GvAttrs, node_kind_count> nodes{};  ///< per node kind
    std::array<GvAttrs, edge_kind_count> edges{};  ///< per edge kind
    std::vector<Variant> variants;                 ///< applied in file order after the kind's style
    bool legend = true;                            ///< draw the legend unless the options say no

    /// Parses a theme document; `file` names it in messages. Throws DataError listing every
    /// problem with its JSON pointer (unknown kind, attribute reserved for councilgraph...).
    [[nodiscard]] static Theme parse(std::string_view text, const std::string& file);
    /// Reads and parses a theme file; throws DataError.
    [[nodiscard]] static Theme load(const std::filesystem::path& path);

    /// The style of an edge: edge defaults, then its kind, then matching variants.
    [[nodiscard]] GvAttrs edge_style(const Edge& e) const;
    /// The style of a node: node defaults, then its kind.
    [[nodiscard]] GvAttrs node_style(NodeKind k) const;
};

/// How to group nodes into boxes (drawn by the dot and fdp engines; the others ignore clusters).
enum class ClusterBy : std::uint8_t {
    none,
    dossier,  ///< each dossier with what belongs to it alone (its drafts, the only-this-dossier actors)
    bloc,     ///< permanent members, elected members (from `member` edges' `type`), others
    kind,     ///< one box per node kind
};
[[nodiscard]] std::optional<ClusterBy> parse_cluster_by(std::string_view s) noexcept;
[[nodiscard]] std::string_view to_string(ClusterBy c) noexcept;

/// The layout engines councilgraph offers.
inline constexpr std::array<std::string_view, 6> layout_engines{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

/// What to draw besides the selection itself.
struct DiagramOptions {
    Lang lang = Lang::en;              ///< language of node labels
    ClusterBy cluster = ClusterBy::none;
    bool legend = true;                ///< a legend of the kinds present, under the drawing
    bool edge_labels = true;           ///< each edge labelled with its role/vote/stance and period
    std::string engine = "auto";       ///< `auto` or one of layout_engines
    std::string title;                 ///< legend title; empty = a description of the selection
};

/// The engine and Graphviz limits for a selection of `nodes` nodes and `edges` edges.
/// `auto` picks dot up to 150 nodes and 400 edges, sfdp above; dot beyond 60 nodes gets
/// network-simplex and crossing-minimisation limits, so no selection of the data set takes more
/// than seconds (measurements in docs/render.md). Throws UsageError on an unknown engine.
struct LayoutPlan {
    std::string engine;
    GvAttrs graph;  ///< graph attributes the engine needs (nslimit, mclimit, overlap...)
    bool edge_labels = true;  ///< false when labels would make the layout too slow
};
[[nodiscard]] LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges);

/// One node of a Diagram. `name` is the node id (the SVG `<title>`).
struct DiagramNode {
    std::string name;
    GvAttrs attrs;
};
/// One edge; `name` is the edge id, so parallel edges stay distinct.
struct DiagramEdge {
    std::string name, tail, head;
    GvAttrs attrs;
};
/// A cluster box: its Graphviz name (`cluster_...`), attributes and member node positions.
struct DiagramCluster {
    std::string name;
    GvAttrs attrs;
    std::vector<std::size_t> nodes;  ///< indices into Diagram::nodes
};

/// The styled graph before layout, deterministic for the same View and options.
struct Diagram {
    std::string name = "councilgraph";
    std::string comment;               ///< first line of the DOT file (what was selected)
    std::string engine;                ///< resolved layout engine
    GvAttrs graph, node_defaults, edge_defaults;
    std::string html_label;            ///< the graph's HTML-like label (the legend), or empty
    std::vector<DiagramNode> nodes;    ///< in node-id order
    std::vector<DiagramCluster> clusters;
    std::vector<DiagramEdge> edges;    ///< in edge-id order
};

/// Builds the diagram of a view. Throws UsageError on an unknown engine.
[[nodiscard]] Diagram build_diagram(const View& view, const Theme& theme, const DiagramOptions& opts);

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
/// Breaks a label into lines of about `width` characters (UTF-8 aware) at spaces, joined by `\n`
/// (already escaped with escape_label).
[[nodiscard]] std::string wrap_label(std::string_view text, std::size_t width = 22);

}  // namespace councilgraph
