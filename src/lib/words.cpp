// The words table: checked like data, so a missing translation is a message, not an English word
// in a French diagram.
#include <councilgraph/words.hpp>

#include <councilgraph/load.hpp>

#include "json_positions.hpp"

#include <nlohmann/json.hpp>

namespace councilgraph {

using json = nlohmann::json;

Words Words::parse(std::string_view text, const std::string& file) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        throw DataError({detail::json_syntax_problem(text, file, e.byte, e.what())});
    }
    const auto positions = detail::json_positions(text);
    std::vector<Diagnostic> problems;
    auto err = [&](const std::string& ptr, std::string msg) {
        Location l{file, 0, 0, ptr};
        detail::fill_position(positions, l);
        problems.push_back({l, std::move(msg)});
    };
    Words w;
    if (!doc.is_object()) {
        err("", "expected a words table (a JSON object)");
        throw DataError(std::move(problems));
    }
    if (auto it = doc.find("format"); it == doc.end() || *it != "councilgraph-words/1")
        err(it == doc.end() ? "" : "/format", "expected \"format\": \"councilgraph-words/1\"");
    for (const auto& [k, v] : doc.items()) {
        if (k == "format" || k == "note") continue;
        const auto lang = parse_lang(k);
        if (!lang) {
            err("/" + detail::pointer_escape(k), "unknown field '" + k + "' in words (expected format, note, en, nl, fr)");
            continue;
        }
        if (!v.is_object()) {
            err("/" + k, "expected an object of words");
            continue;
        }
        for (const auto& [key, word] : v.items()) {
            if (!word.is_string() || word.get_ref<const std::string&>().empty())
                err("/" + k + "/" + detail::pointer_escape(key), "expected a non-empty string");
            else
                w.table_[static_cast<std::size_t>(*lang)][key] = word.get<std::string>();
        }
    }
    for (Lang l : {Lang::nl, Lang::fr}) {
        if (!doc.contains(std::string(to_string(l)))) {
            err("", "missing the words of '" + std::string(to_string(l)) + "'");
            continue;
        }
        for (const auto& [key, word] : w.table_[0])
            if (!w.table_[static_cast<std::size_t>(l)].count(key))
                err("/" + std::string(to_string(l)), "missing '" + key + "' (every word of en needs a translation)");
    }
    if (!problems.empty()) throw DataError(std::move(problems));
    return w;
}

Words Words::load(const std::filesystem::path& path) { return parse(read_file(path), path.string()); }

std::string Words::get(Lang lang, std::string_view key) const {
    const auto& t = table_[static_cast<std::size_t>(lang)];
    if (auto it = t.find(key); it != t.end()) return it->second;
    if (auto it = table_[0].find(key); it != table_[0].end()) return it->second;
    return std::string(key);
}

bool Words::has(std::string_view key) const { return table_[0].find(key) != table_[0].end(); }

std::string Words::fill(Lang lang, std::string_view key,
                        std::initializer_list<std::pair<std::string_view, std::string>> args) const {
    const std::string pattern = get(lang, key);
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string::npos) {
                const std::string_view name(pattern.data() + i + 1, close - i - 1);
                bool found = false;
                for (const auto& [n, v] : args)
                    if (n == name) {
                        out += v;
                        found = true;
                        break;
                    }
                if (found) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

std::string Words::kind(Lang lang, NodeKind k) const { return get(lang, "node." + std::string(to_string(k))); }
std::string Words::kind(Lang lang, EdgeKind k) const { return get(lang, "edge." + std::string(to_string(k))); }

std::string Words::value(Lang lang, std::string_view v) const {
    const std::string key = "value." + std::string(v);
    return has(key) ? get(lang, key) : std::string(v);
}

std::vector<std::string> Words::keys() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : table_[0]) out.push_back(k);
    return out;
}

}  // namespace councilgraph
