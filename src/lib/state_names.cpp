#include <councilgraph/error.hpp>
#include <councilgraph/names.hpp>
#include <councilgraph/state_names.hpp>

#include "json_positions.hpp"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>

namespace councilgraph {

namespace {

/// ISO 3166 alpha-3 → alpha-2, from ICU's own list of territories (built once).
const std::unordered_map<std::string, std::string>& alpha2_of() {
    static const auto table = [] {
        std::unordered_map<std::string, std::string> t;
        for (const char* const* c = uloc_getISOCountries(); *c; ++c) {
            const icu::Locale loc("", *c);
            const std::string a3 = loc.getISO3Country();
            if (a3.size() == 3) t.emplace(a3, *c);
        }
        return t;
    }();
    return table;
}

const char* locale_of(Lang l) {
    switch (l) {
        case Lang::en: return "en";
        case Lang::nl: return "nl";
        case Lang::fr: return "fr";
    }
    return "en";
}

std::string& name_in(Names& n, Lang l) { return l == Lang::nl ? n.nl : l == Lang::fr ? n.fr : n.en; }
const std::string& name_in(const Names& n, Lang l) { return l == Lang::nl ? n.nl : l == Lang::fr ? n.fr : n.en; }

}  // namespace

std::optional<std::string> cldr_country_name(std::string_view iso3, Lang lang) {
    const auto& t = alpha2_of();
    auto it = t.find(std::string(iso3));
    if (it == t.end()) return std::nullopt;
    icu::UnicodeString s;
    icu::Locale("", it->second.c_str()).getDisplayCountry(icu::Locale(locale_of(lang)), s);
    std::string out;
    s.toUTF8String(out);
    // ICU answers with the code itself when it has no name for it.
    if (out.empty() || out == it->second) return std::nullopt;
    return out;
}

std::optional<std::string> cldr_short_country_name(std::string_view iso3, Lang lang) {
    const auto& t = alpha2_of();
    auto it = t.find(std::string(iso3));
    if (it == t.end()) return std::nullopt;
    // One display-names object per language (ICU builds them from its data; cheap to keep).
    static const auto short_names = [] {
        std::array<std::unique_ptr<icu::LocaleDisplayNames>, 3> a;
        for (Lang l : {Lang::en, Lang::nl, Lang::fr}) {
            UDisplayContext ctx[] = {UDISPCTX_LENGTH_SHORT};
            a[static_cast<std::size_t>(l)].reset(icu::LocaleDisplayNames::createInstance(icu::Locale(locale_of(l)), ctx, 1));
        }
        return a;
    }();
    const auto& names = short_names[static_cast<std::size_t>(lang)];
    if (!names) return std::nullopt;
    icu::UnicodeString s;
    names->regionDisplayName(it->second.c_str(), s);
    std::string out;
    s.toUTF8String(out);
    if (out.empty() || out == it->second) return std::nullopt;
    return out;
}

StateNames load_state_names(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DataError({Diagnostic{Location(name, 0, 0, ""), "cannot read the file"}});
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw DataError({detail::json_syntax_problem(text, name, e.byte, e.what())});
    }
    const auto positions = detail::json_positions(text);
    auto fail = [&](std::string ptr, std::string what) {
        Location l{name, 0, 0, std::move(ptr)};
        detail::fill_position(positions, l);
        throw DataError({Diagnostic{l, std::move(what)}});
    };
    if (!root.is_object() || !root.contains("states") || !root["states"].is_object())
        fail("", "expected an object with a 'states' object of id → {en, nl, fr}");
    StateNames out;
    for (const auto& [id, v] : root["states"].items()) {
        const std::string ptr = "/states/" + detail::pointer_escape(id);
        if (!id.starts_with("state:")) fail(ptr, "expected a state id (state:XXX), got '" + id + "'");
        if (!v.is_object()) fail(ptr, "expected an object {en, nl, fr}");
        Names n;
        for (const auto& [lang, s] : v.items()) {
            const auto l = parse_lang(lang);
            if (!l) fail(ptr + "/" + detail::pointer_escape(lang), "unknown language '" + lang + "' (expected en, nl or fr)");
            if (!s.is_string() || s.get<std::string>().empty()) fail(ptr + "/" + lang, "expected a non-empty name");
            name_in(n, *l) = s.get<std::string>();
        }
        out.emplace(id, std::move(n));
    }
    return out;
}

std::size_t add_state_names(Dataset& data, const StateNames& historical) {
    std::size_t changed = 0;
    for (Node& n : data.nodes) {
        if (n.kind != NodeKind::state || !n.id.starts_with("state:")) continue;
        const std::string code = n.id.substr(6);
        const auto h = historical.find(n.id);
        bool touched = false;
        auto known = [&](const std::string& s) {
            const std::string f = fold(s);
            if (f == fold(n.name.en) || f == fold(n.name.nl) || f == fold(n.name.fr)) return true;
            return std::any_of(n.aliases.begin(), n.aliases.end(), [&](const std::string& a) { return fold(a) == f; });
        };
        for (Lang l : {Lang::en, Lang::nl, Lang::fr}) {
            std::optional<std::string> name;
            if (h != historical.end() && !name_in(h->second, l).empty()) name = name_in(h->second, l);
            else name = cldr_country_name(code, l);
            if (name) {
                std::string& mine = name_in(n.name, l);
                if (mine.empty()) {
                    mine = *name;
                    touched = true;
                } else if (!known(*name)) {
                    n.aliases.push_back(*name);
                    touched = true;
                }
            }
            // The common short form (`UK`, `VS`, `R.-U.`, `Hong Kong`), as an alias.
            if (const auto short_name = cldr_short_country_name(code, l); short_name && !known(*short_name)) {
                n.aliases.push_back(*short_name);
                touched = true;
            }
        }
        changed += touched;
    }
    return changed;
}

}  // namespace councilgraph
