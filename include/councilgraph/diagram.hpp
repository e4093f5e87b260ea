#pragma once
/// \file diagram.hpp
/// The `Diagram`: the graph exactly as Graphviz will receive it, before layout, built from a View
/// and a Theme. The DOT writer (dot.hpp) and the Graphviz renderer (render.hpp) both start from a
/// Diagram, so the DOT a user saves is the graph that was drawn. Nothing here calls Graphviz.

#include <councilgraph/label.hpp>
#include <councilgraph/layout_plan.hpp>
#include <councilgraph/theme.hpp>
#include <councilgraph/view.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// How to group nodes into boxes (drawn by the dot and fdp engines; the others ignore clusters).
enum class ClusterBy : std::uint8_t {
    none,
    dossier,  ///< each dossier with what belongs to it alone (its drafts, the only-this-dossier actors)
    bloc,     ///< permanent members, elected members (from `member` edges' `type`), others
    kind,     ///< one box per node kind
};
[[nodiscard]] std::optional<ClusterBy> parse_cluster_by(std::string_view s) noexcept;
[[nodiscard]] std::string_view to_string(ClusterBy c) noexcept;

/// What to draw besides the selection itself.
struct DiagramOptions {
    Lang lang = Lang::en;              ///< language of node labels
    ClusterBy cluster = ClusterBy::none;
    bool legend = true;                ///< a legend of the kinds present, under the drawing
    bool edge_labels = true;           ///< each edge labelled with its role/vote/stance and period
    std::string engine = "auto";       ///< `auto` or one of layout_engines
    std::string title;                 ///< legend title; empty = a description of the selection
    /// Parallel relations of the same kind and meaning (role, vote, stance...) between the same
    /// two entities are drawn as one edge whose width and label carry the count and the period
    /// (`×16, 2011–2022`); its tooltip lists every merged relation with its evidence.
    bool merge = true;
    /// Draws actors against dossiers: a relation with a draft or resolution that concerns
    /// dossiers is drawn to those dossiers instead (Russia → Syria ×16 vetoes), and the
    /// `concerns` relations themselves are left out.
    bool by_dossier = false;
    /// Draws the entities that have no drawn relation (left out by default, counted in the legend).
    bool isolated = false;
    /// Lays the selection out as a timeline: one column per year, one row per actor (the tail of
    /// each dated relation), each cell listing what the actor did that year. Always dot.
    bool timeline = false;
    /// In a time window, also draws the relations without any date whose kind has dated ones
    /// (left out by default and counted in the legend: regional groups among Council terms).
    bool undated = false;
    /// Lifts the size limits of the layout plan (see plan_layout).
    bool force = false;
};

/// One node of a Diagram. `name` is the node id (the SVG `<title>`).
struct DiagramNode {
    std::string name;
    GvAttrs attrs;
};
/// One edge; `name` is the edge id, so parallel edges stay distinct.
struct DiagramEdge {
    std::string name, tail, head;
    GvAttrs attrs;
    /// Attributes whose value is an HTML-like label (`headlabel=<...>` in DOT): the label drawn
    /// on the line at one end of the edge, on the background colour.
    GvAttrs html;
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

/// Builds the diagram of a view (or its timeline, with DiagramOptions::timeline). The layout plan
/// is made from what will be drawn: after merging, rerouting by dossier and leaving out isolated
/// entities. Throws UsageError on an unknown engine and on a drawing above the plan's limits
/// (unless DiagramOptions::force).
[[nodiscard]] Diagram build_diagram(const View& view, const Theme& theme, const DiagramOptions& opts);

}  // namespace councilgraph
