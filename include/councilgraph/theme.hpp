#pragma once
/// \file theme.hpp
/// Themes: Graphviz attributes per node kind and edge kind, read from a JSON file and checked
/// like data. The shipped default is data/theme/default.json; docs/render.md has the format.

#include <councilgraph/model.hpp>
#include <councilgraph/words.hpp>

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
    /// A refinement: edges of `kind` whose attribute `attr` equals `equals` (or, without
    /// `equals`, that have the attribute at all) also get `style`.
    struct Variant {
        EdgeKind kind{};
        std::string attr;
        std::optional<std::string> equals;
        GvAttrs style;
        /// Whether `e` is of this variant's kind and matches its attribute test.
        [[nodiscard]] bool matches(const Edge& e) const;
    };
    std::string name;                              ///< for messages and the DOT comment
    GvAttrs graph, node, edge, cluster;            ///< defaults for every graph/node/edge/cluster
    std::array<GvAttrs, node_kind_count> nodes{};  ///< per node kind
    std::array<GvAttrs, edge_kind_count> edges{};  ///< per edge kind
    std::vector<Variant> variants;                 ///< applied in file order after the kind's style
    bool legend = true;                            ///< draw the legend unless the options say no
    Words words;                                   ///< the diagrams' words, from the file `words` names

    /// Parses a theme document; `file` names it in messages and locates the words file (`words`,
    /// relative to the theme's folder). Themes are data: only the attributes in docs/render.md,
    /// each with a value of its type (colours, shapes, fonts, styles, arrows from known sets,
    /// numbers), so no URL, stylesheet, image or file reference reaches Graphviz. Throws
    /// DataError listing every problem with line:column and JSON pointer.
    [[nodiscard]] static Theme parse(std::string_view text, const std::string& file);
    /// Reads and parses a theme file; throws DataError.
    [[nodiscard]] static Theme load(const std::filesystem::path& path);

    /// The style of an edge: edge defaults, then its kind, then matching variants.
    [[nodiscard]] GvAttrs edge_style(const Edge& e) const;
    /// The style of a node: node defaults, then its kind.
    [[nodiscard]] GvAttrs node_style(NodeKind k) const;
};

}  // namespace councilgraph
