#pragma once
/// \file layout_plan.hpp
/// The layout plan: which Graphviz engine draws a selection, and with which limits, chosen from
/// an estimate of the layout's cost, so that no render takes more than seconds; above a
/// documented size a render is refused with a message saying how to narrow the selection.

#include <councilgraph/theme.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace councilgraph {

/// The layout engines councilgraph offers.
inline constexpr std::array<std::string_view, 6> layout_engines{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

/// What a layout will have to place: the drawn graph, after merging and after isolated nodes
/// were left out.
struct LayoutCost {
    std::size_t nodes = 0;       ///< drawn nodes
    std::size_t edges = 0;       ///< drawn edges
    std::size_t components = 1;  ///< connected components of the drawn graph (isolated nodes count)
    std::size_t widest_rank = 0; ///< most nodes in one rank of a layered (dot) drawing
};

/// The largest drawing of each engine that finishes in seconds on this project's data
/// (measurements in docs/render.md). Above it a render is refused unless forced.
struct LayoutLimits {
    std::size_t max_nodes = 0;  ///< drawn nodes
    std::size_t max_edges = 0;  ///< drawn edges
};
/// The limits of an engine (`dot`, `sfdp`...); {0, 0} for an unknown one.
[[nodiscard]] LayoutLimits layout_limits(std::string_view engine) noexcept;

/// The engine and Graphviz limits for a drawing of the given cost. `auto` picks dot up to 150
/// nodes and 400 edges, unless a rank would hold more than 24 nodes (dot would draw a strip too
/// tall to print: 37 dossiers vetoed by six members), then neato; sfdp above. dot beyond 60 nodes gets network-simplex and
/// crossing-minimisation limits; the force-directed engines get straight lines beyond 120
/// edges, no edge labels beyond 300, and components packed side by side in an array (Graphviz's
/// default packing of thousands of components took 98 % of a 293 s render); beyond 1,000 nodes
/// the drawing is scaled to fit 60 inches square (so PNG painting stays bounded). Throws UsageError on
/// an unknown engine, and, unless `force`, when the cost exceeds the engine's layout_limits: one
/// line saying how to narrow the selection (and, when `other_engine` allows, to pick an engine
/// that would take it; false for a drawing bound to its engine, such as the timeline's dot; and,
/// when `by_dossier`, the cost of the same selection drawn actors against dossiers, is smaller
/// and within the limits, to give --by-dossier).
struct LayoutPlan {
    std::string engine;
    GvAttrs graph;            ///< graph attributes the engine needs (nslimit, mclimit, overlap, packmode...)
    bool edge_labels = true;  ///< false when labels would make the layout too slow
};
[[nodiscard]] LayoutPlan plan_layout(std::string_view engine, const LayoutCost& cost, bool force = false, bool other_engine = true,
                                     const LayoutCost* by_dossier = nullptr);
/// Whether a drawing of this cost is within the limits of `engine` (`auto` resolved as
/// plan_layout resolves it). Throws UsageError on an unknown engine.
[[nodiscard]] bool within_limits(std::string_view engine, const LayoutCost& cost);
/// `plan_layout(engine, {nodes, edges, 1})`.
[[nodiscard]] LayoutPlan plan_layout(std::string_view engine, std::size_t nodes, std::size_t edges);

}  // namespace councilgraph
