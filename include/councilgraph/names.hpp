#pragma once
/// \file names.hpp
/// Name folding and resolution: case- and accent-insensitive, in EN/NL/FR, over names, aliases
/// and ids (`Koeweit`, `Koweït`, `kuwait` and `state:KWT` are one node).

#include <councilgraph/model.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace councilgraph {

/// Lower-cases, strips accents (Latin-1 and Latin Extended-A), turns every run of other
/// non-alphanumeric characters into one space and trims: `Côte d’Ivoire` → `cote d ivoire`.
[[nodiscard]] std::string fold(std::string_view text);

/// Index from folded names to node positions (the node's index in a sorted node list).
class NameIndex {
public:
    NameIndex() = default;
    /// Indexes ids, names in every language and aliases of `nodes`.
    explicit NameIndex(std::span<const Node> nodes);

    /// Resolves a user's name to one node position. Order: an exact id; an exact name, alias or slug, as given then without a leading article (la le les l' de het the); then word-prefix matches.
    /// `prefer` (not empty) is the kinds taken: a name matching only other kinds (a meeting for `vetoes --by`) throws NameError naming it and the entities of those kinds like it.
    /// Unknown names are offered names of those kinds. An exact name shared
    /// by nodes of different kinds resolves to the first kind in model order (state before
    /// dossier) when that kind has it once; the others go to `also`. Throws NameError: ambiguous
    /// (at most ten candidates, ranked: curated before imported, then states, people, dossiers,
    /// bodies... before meetings; each with its kind, id and why it matches; then how many more)
    /// or unknown (the closest names by edit distance, whole or word by word, in every language;
    /// or a message saying there is none).
    [[nodiscard]] std::uint32_t resolve(std::string_view name, std::span<const NodeKind> prefer = {},
                                        std::vector<std::uint32_t>* also = nullptr) const;

    /// Every node whose folded name, alias or id equals the folded `name`, or else whose names
    /// contain all its words (as word prefixes); empty when none.
    [[nodiscard]] std::vector<std::uint32_t> candidates(std::string_view name) const;

    /// Up to `limit` nodes whose names, aliases or id slugs are a few edits from the folded
    /// `name` (whole, or word by word), closest first, curated before imported.
    [[nodiscard]] std::vector<std::uint32_t> suggestions(const std::string& folded, std::size_t limit) const;

private:
    /// Candidates in the order they are offered: curated first, then by kind (state, person,
    /// dossier, body, ... meeting), whole-word matches, shorter names, id.
    [[nodiscard]] std::vector<std::uint32_t> ranked(std::vector<std::uint32_t> c, const std::string& folded) const;
    /// Why node `i` matches the folded query: "name", "Dutch name 'X'", "alias 'X'", "id", "name has the word"...
    [[nodiscard]] std::string why(std::uint32_t i, const std::string& folded) const;
    static std::size_t display_length(std::string_view s);
    [[nodiscard]] std::vector<std::uint32_t> word_matches(const std::string& folded) const;
    /// Candidates for a folded name, and whether they matched exactly (name, alias or slug).
    [[nodiscard]] std::pair<std::vector<std::uint32_t>, bool> match(const std::string& folded) const;

    std::span<const Node> nodes_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> exact_;  // names and aliases
    std::unordered_map<std::string, std::vector<std::uint32_t>> slugs_;  // id slugs
    std::vector<std::pair<std::string, std::uint32_t>> keys_;  // folded key → node, sorted
};

}  // namespace councilgraph
