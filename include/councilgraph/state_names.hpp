#pragma once
/// \file state_names.hpp
/// Every state's name in English, Dutch and French: the CLDR display names of ISO 3166 territories
/// (through ICU, not a hand-typed list) for states whose id is `state:` + an alpha-3 code, and a
/// small data file for historical states CLDR does not name (USSR, Yugoslavia, Zaire...),
/// data/mappings/state_names.json. Both are merged with the curated names: a name the data gives
/// is kept; a CLDR or file name that differs from it becomes an alias, so `Brésil`, `Zuid-Afrika`
/// and `Afrique du Sud` resolve.

#include <councilgraph/model.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace councilgraph {

/// The CLDR name of an ISO 3166 alpha-3 territory code in `lang` (`BRA`, fr → `Brésil`); nullopt
/// when ICU does not know the code.
[[nodiscard]] std::optional<std::string> cldr_country_name(std::string_view iso3, Lang lang);

/// CLDR's short form of a territory's name in `lang` (`GBR`, en → `UK`; `USA`, nl → `VS`), which
/// is the full name when CLDR has no short one; nullopt when ICU does not know the code.
[[nodiscard]] std::optional<std::string> cldr_short_country_name(std::string_view iso3, Lang lang);

/// Names of historical states by node id (`state:YUG` → en/nl/fr), as the data file gives them.
using StateNames = std::map<std::string, Names, std::less<>>;

/// Reads data/mappings/state_names.json (`{"about": ..., "states": {"state:YUG": {"en": ..., "nl":
/// ..., "fr": ...}}}`); throws DataError naming the file, line:column and JSON pointer.
[[nodiscard]] StateNames load_state_names(const std::filesystem::path& file);

/// Gives every state of `data` its names in the three languages: for each language, an empty name
/// is filled (from `historical`, else CLDR) and a name from them that differs (folded) from the
/// node's names and aliases is added as an alias, and so is CLDR's short form (cldr_short_country_name).
/// Returns how many states gained a name or alias.
std::size_t add_state_names(Dataset& data, const StateNames& historical);

}  // namespace councilgraph
