#pragma once
/// \file words.hpp
/// The words of diagrams in each language (legend entries, kind names, default titles, edge
/// labels), read from a data file: data/theme/words.json ships EN, NL and FR. Code holds keys,
/// never the words themselves.

#include <councilgraph/model.hpp>

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace councilgraph {

/// A table of words per language, by key (`node.state`, `legend.entities`...). Values may hold
/// placeholders in braces (`{n} entities`) that `fill` replaces.
class Words {
public:
    /// Parses a words document (`"format": "councilgraph-words/1"`, one object per language
    /// `en`, `nl`, `fr`). Every key of `en` must be present in the other languages, so a diagram
    /// in French or Dutch never falls back to English. Throws DataError listing every problem with
    /// file, line:column and JSON pointer.
    [[nodiscard]] static Words parse(std::string_view text, const std::string& file);
    /// Reads and parses a words file; throws DataError.
    [[nodiscard]] static Words load(const std::filesystem::path& path);

    /// The word for `key` in `lang`; the key itself when the table has no such word (never
    /// throws, so data values without a translation are shown as they are).
    [[nodiscard]] std::string get(Lang lang, std::string_view key) const;
    /// Whether `key` is in the table.
    [[nodiscard]] bool has(std::string_view key) const;
    /// `get(lang, key)` with each `{name}` replaced by its value.
    [[nodiscard]] std::string fill(Lang lang, std::string_view key,
                                   std::initializer_list<std::pair<std::string_view, std::string>> args) const;

    /// The name of a kind in `lang` (`node.<kind>`, `edge.<kind>`).
    [[nodiscard]] std::string kind(Lang lang, NodeKind k) const;
    [[nodiscard]] std::string kind(Lang lang, EdgeKind k) const;
    /// An attribute value (`co-penholder`, `yes`...) in `lang` when the table has it (`value.<v>`),
    /// else the value as the data gives it.
    [[nodiscard]] std::string value(Lang lang, std::string_view v) const;

    /// The keys of the table, in order.
    [[nodiscard]] std::vector<std::string> keys() const;

private:
    std::array<std::map<std::string, std::string, std::less<>>, 3> table_;
};

}  // namespace councilgraph
