#include <councilgraph/names.hpp>
#include <councilgraph/validate.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>

namespace councilgraph {

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A); '\0' = not a
// letter we fold. Two-letter folds (ß, æ, œ, ĳ) are handled separately.
constexpr const char* latin1 =  // U+00C0 .. U+00FF
    "AAAAAAACEEEEIIII"
    "DNOOOOO\0OUUUUYTs"
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty";
constexpr const char* latin_ext_a =  // U+0100 .. U+017F
    "AaAaAaCcCcCcCcDd"
    "DdEeEeEeEeEeGgGg"
    "GgGgHhHhIiIiIiIi"
    "IiJjJjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOo"
    "OoOoRrRrRrSsSsSs"
    "SsTtTtTtUuUuUuUu"
    "UuUuWwYyYZzZzZzs";

std::string_view fold_codepoint(char32_t cp, char buf[2]) {
    if (cp == 0xDF) return "ss";
    if (cp == 0xC6 || cp == 0xE6) return "ae";
    if (cp == 0x152 || cp == 0x153) return "oe";
    if (cp == 0x132 || cp == 0x133) return "ij";
    char c = 0;
    if (cp >= 0xC0 && cp <= 0xFF) c = latin1[cp - 0xC0];
    else if (cp >= 0x100 && cp <= 0x17F) c = latin_ext_a[cp - 0x100];
    if (!c) return {};
    buf[0] = c;
    return {buf, 1};
}

}  // namespace

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool gap = false;
    auto put = [&](char c) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum) {
            gap = true;
            return;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out += c;
    };
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            // Apostrophes join (d'Ivoire ~ dIvoire is not wanted): they separate like spaces.
            put(static_cast<char>(c));
            ++i;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += static_cast<std::size_t>(len);
        char buf[2];
        auto f = fold_codepoint(cp, buf);
        if (f.empty()) {
            gap = true;  // other punctuation (’ – “) and scripts we do not fold separate words
            continue;
        }
        for (char x : f) put(x);
    }
    return out;
}

NameIndex::NameIndex(std::span<const Node> nodes) : nodes_(nodes) {
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        std::set<std::string> keys;
        auto add = [&](std::string_view s) {
            auto k = fold(s);
            if (!k.empty()) keys.insert(k);
        };
        add(n.name.en);
        add(n.name.nl);
        add(n.name.fr);
        for (const auto& a : n.aliases) add(a);
        for (const auto& k : keys) {
            exact_[k].push_back(i);
            keys_.emplace_back(k, i);
        }
        // The id's slug, so `KWT` and `syria-humanitarian` work without the prefix; a name or alias
        // outranks it (`conflict-and-hunger` is the slug of a dossier and of a resolution).
        if (auto colon = n.id.find(':'); colon != std::string::npos) {
            auto k = fold(std::string_view(n.id).substr(colon + 1));
            if (!k.empty() && !keys.count(k)) {
                slugs_[k].push_back(i);
                keys_.emplace_back(k, i);
            }
        }
        // "<kind> <name>" for word matches, so `Yemen dossier` picks the dossier named Yemen.
        keys_.emplace_back(std::string(to_string(n.kind)) + " " + fold(n.name.en), i);
    }
    std::sort(keys_.begin(), keys_.end());
}

std::vector<std::uint32_t> NameIndex::candidates(std::string_view name) const { return match(fold(name)).first; }

namespace {

std::string strip_article(const std::string& folded) {
    // French, Dutch (and English) articles before a name: "la Chine", "l'Afrique du Sud" (folded
    // "l afrique du sud"), "de Verenigde Staten", "het Verenigd Koninkrijk", "les Pays-Bas".
    static constexpr std::string_view articles[] = {"la ", "le ", "les ", "l ", "de ", "het ", "the "};
    for (auto a : articles)
        if (folded.size() > a.size() && std::string_view(folded).substr(0, a.size()) == a) return folded.substr(a.size());
    return folded;
}

}  // namespace

std::pair<std::vector<std::uint32_t>, bool> NameIndex::match(const std::string& q) const {
    if (q.empty()) return {{}, false};
    // The name as given first (`La Paz`, `The Hague` are names), then without its article.
    for (const std::string& k : {q, strip_article(q)}) {
        if (auto it = exact_.find(k); it != exact_.end()) return {it->second, true};
        if (auto it = slugs_.find(k); it != slugs_.end()) return {it->second, true};
    }
    return {word_matches(strip_article(q)), false};
}

std::vector<std::uint32_t> NameIndex::word_matches(const std::string& q) const {
    std::vector<std::uint32_t> out;
    if (q.empty()) return out;
    // Every query word must start a word of the key: "syria humanitarian" finds "Syria humanitarian access".
    std::vector<std::string> words;
    for (std::size_t p = 0; p < q.size();) {
        auto sp = q.find(' ', p);
        if (sp == std::string::npos) sp = q.size();
        words.push_back(q.substr(p, sp - p));
        p = sp + 1;
    }
    for (const auto& [key, idx] : keys_) {
        bool all = true;
        for (const auto& w : words) {
            bool found = false;
            for (std::size_t p = key.find(w); p != std::string::npos; p = key.find(w, p + 1))
                if (p == 0 || key[p - 1] == ' ') { found = true; break; }
            if (!found) { all = false; break; }
        }
        if (all && (out.empty() || out.back() != idx) && std::find(out.begin(), out.end(), idx) == out.end())
            out.push_back(idx);
    }
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

/// Order in which kinds are offered when a name is ambiguous: what people usually mean first.
int kind_rank(NodeKind k) {
    switch (k) {
        case NodeKind::state: return 0;
        case NodeKind::person: return 1;
        case NodeKind::dossier: return 2;
        case NodeKind::body: return 3;
        case NodeKind::organisation: return 4;
        case NodeKind::group: return 5;
        case NodeKind::party: return 6;
        case NodeKind::resolution: return 7;
        case NodeKind::draft: return 8;
        case NodeKind::statement: return 9;
        case NodeKind::mission: return 10;
        case NodeKind::event: return 11;
        case NodeKind::document: return 12;
        case NodeKind::meeting: return 13;
    }
    return 14;
}

/// Imported entities (evidence only from data set records) come after curated ones.
bool imported(const Node& n) {
    if (n.evidence.empty()) return false;
    return std::all_of(n.evidence.begin(), n.evidence.end(), [](const Evidence& e) { return e.quote.empty(); });
}

std::vector<std::string> words_of(const std::string& folded) {
    std::vector<std::string> out;
    for (std::size_t p = 0; p < folded.size();) {
        auto sp = folded.find(' ', p);
        if (sp == std::string::npos) sp = folded.size();
        if (sp > p) out.push_back(folded.substr(p, sp - p));
        p = sp + 1;
    }
    return out;
}

/// How far a mistyped word may be from a name: one edit for short words, two for longer ones.
std::size_t allowed_edits(std::size_t len) { return len <= 4 ? 1 : len <= 8 ? 2 : len / 4 + 1; }

}  // namespace

std::string NameIndex::why(std::uint32_t i, const std::string& q) const {
    const Node& n = nodes_[i];
    const std::pair<const char*, const std::string*> names[] = {
        {"English name", &n.name.en}, {"Dutch name", &n.name.nl}, {"French name", &n.name.fr}};
    for (const auto& [what, name] : names)
        if (!name->empty() && fold(*name) == q) return std::string(what) == "English name" ? "name" : std::string(what) + " '" + *name + "'";
    for (const auto& a : n.aliases)
        if (fold(a) == q) return "alias '" + a + "'";
    if (auto colon = n.id.find(':'); colon != std::string::npos && fold(std::string_view(n.id).substr(colon + 1)) == q)
        return "id";
    const auto words = words_of(q);
    auto has_words = [&](const std::string& text) {
        const std::string key = fold(text);
        for (const auto& w : words) {
            bool found = false;
            for (std::size_t p = key.find(w); p != std::string::npos && !found; p = key.find(w, p + 1))
                found = p == 0 || key[p - 1] == ' ';
            if (!found) return false;
        }
        return true;
    };
    const std::string what = words.size() == 1 ? "the word" : "the words";
    for (const auto& [lang, name] : names)
        if (!name->empty() && has_words(*name))
            return (std::string(lang) == "English name" ? std::string("name") : std::string(lang)) + " has " + what;
    for (const auto& a : n.aliases)
        if (has_words(a)) return "alias '" + a + "' has " + what;
    return "kind and name have " + what;
}

std::vector<std::uint32_t> NameIndex::ranked(std::vector<std::uint32_t> c, const std::string& q) const {
    const auto words = words_of(q);
    std::vector<std::pair<std::tuple<bool, int, int, std::size_t, std::string_view>, std::uint32_t>> keyed;
    keyed.reserve(c.size());
    for (auto i : c) {
        const Node& n = nodes_[i];
        // Whole-word matches before word prefixes: `letter` means "Letter to ...", not "Letters".
        const auto name_words = words_of(fold(n.name.en));
        int whole = 0;
        for (const auto& w : words)
            if (std::find(name_words.begin(), name_words.end(), w) != name_words.end()) ++whole;
        keyed.push_back({{imported(n), kind_rank(n.kind), -whole, display_length(n.name.en), n.id}, i});
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::uint32_t> out;
    out.reserve(keyed.size());
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
}

std::size_t NameIndex::display_length(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

std::vector<std::uint32_t> NameIndex::suggestions(const std::string& q, std::size_t limit) const {
    if (q.empty()) return {};
    // Score per node: the smallest number of edits that turns the query into one of its keys,
    // whole (`Belgum` → `belgium`) or word by word (`securty councel` → `security council`).
    const auto words = words_of(q);
    const std::size_t whole_max = allowed_edits(q.size());
    std::unordered_map<std::uint32_t, std::size_t> best;
    // The fewest edits to a whole name (not a word inside a longer one), per node and overall.
    std::unordered_map<std::uint32_t, std::size_t> whole;
    std::size_t best_whole = SIZE_MAX;
    auto offer = [&](std::uint32_t i, std::size_t d) {
        auto [it, fresh] = best.try_emplace(i, d);
        if (!fresh) it->second = std::min(it->second, d);
    };
    for (const auto& [key, idx] : keys_) {
        const std::size_t len_gap = key.size() > q.size() ? key.size() - q.size() : q.size() - key.size();
        // A short key allows as few edits as a short query: `Rusia` is not two edits from `USA`.
        const std::size_t key_max = std::min(whole_max, allowed_edits(key.size()));
        if (len_gap <= key_max) {
            const std::size_t d = edit_distance(q, key);
            if (d <= key_max && d < q.size()) {
                offer(idx, d);
                auto [it, fresh] = whole.try_emplace(idx, d);
                if (!fresh) it->second = std::min(it->second, d);
                best_whole = std::min(best_whole, d);
            }
        }
        if (words.size() == 1 && key.find(' ') == std::string::npos) continue;  // the whole key was compared
        // Word by word: every query word is within its allowance of some word of the key.
        const auto kw = words_of(key);
        std::size_t total = 0;
        bool all = true;
        for (const auto& w : words) {
            if (w.size() < 3) { all = false; break; }
            std::size_t d_best = w.size();
            for (const auto& k : kw) {
                const std::size_t gap = k.size() > w.size() ? k.size() - w.size() : w.size() - k.size();
                if (gap > allowed_edits(w.size())) continue;
                d_best = std::min(d_best, edit_distance(w, k));
            }
            if (d_best > allowed_edits(w.size())) { all = false; break; }
            total += d_best;
        }
        if (all && total > 0) offer(idx, total + (words.size() < kw.size() ? 1 : 0));
    }
    // Ranked by how close the name is; when some whole name is close, a node offered only for a
    // word of a longer name (`Belgum` → "King Philippe of Belgium") must be as close as the best
    // whole name, and other whole names at most one edit further.
    std::vector<std::pair<std::tuple<std::size_t, bool, int, std::string_view>, std::uint32_t>> keyed;
    for (const auto& [i, d] : best) {
        if (best_whole != SIZE_MAX) {
            auto w = whole.find(i);
            if (w == whole.end() ? d > best_whole : w->second > best_whole + 1) continue;
        }
        keyed.push_back({{d, imported(nodes_[i]), kind_rank(nodes_[i].kind), nodes_[i].id}, i});
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::uint32_t> out;
    for (const auto& k : keyed) {
        if (out.size() == limit) break;
        out.push_back(k.second);
    }
    return out;
}

namespace {

/// Up to `limit` nodes of `kinds` (any kind when empty) like the folded name: those holding its
/// words first (`chine` in "République populaire de Chine"), then those a few edits away.
std::vector<std::uint32_t> suggestions_of_kind(const NameIndex& idx, std::span<const Node> nodes, const std::string& folded,
                                               std::span<const NodeKind> kinds, std::size_t limit) {
    if (kinds.empty()) return idx.suggestions(folded, limit);
    std::vector<std::uint32_t> out;
    auto take = [&](const std::vector<std::uint32_t>& from) {
        for (auto i : from) {
            if (out.size() == limit) return;
            if (std::find(kinds.begin(), kinds.end(), nodes[i].kind) != kinds.end() &&
                std::find(out.begin(), out.end(), i) == out.end())
                out.push_back(i);
        }
    };
    auto words = idx.candidates(folded);
    std::stable_sort(words.begin(), words.end(), [&](auto a, auto b) { return imported(nodes[a]) < imported(nodes[b]); });
    take(words);
    take(idx.suggestions(folded, 200));
    // Then any word of the name alone (`Syria political` → the state Syria).
    if (out.empty())
        for (const auto& w : words_of(folded))
            if (w.size() >= 3) take(idx.candidates(w));
    return out;
}

/// The NameError of a name that matched `found`, of a kind not in `kinds`.
[[noreturn]] void wrong_kind(const NameIndex& idx, std::span<const Node> nodes, std::string_view name, std::uint32_t found,
                             const std::string& folded, std::span<const NodeKind> kinds) {
    std::string want;
    for (std::size_t k = 0; k < kinds.size(); ++k)
        want += (k == 0 ? "" : k + 1 == kinds.size() ? " or " : ", ") + std::string(to_string(kinds[k]));
    const Node& n = nodes[found];
    std::string msg = "'" + std::string(name) + "' names a " + std::string(to_string(n.kind)) + ", " + n.name.en + " (" +
                      n.id + "), not a " + want;
    const auto near = suggestions_of_kind(idx, nodes, strip_article(folded), kinds, 5);
    if (near.empty()) {
        msg += "; no " + want + " has a name like it";
    } else {
        msg += "; did you mean ";
        for (std::size_t k = 0; k < near.size(); ++k)
            msg += (k ? ", " : "") + std::string("'") + nodes[near[k]].name.en + "' (" + nodes[near[k]].id + ")";
        msg += "?";
    }
    throw NameError(msg);
}

}  // namespace

std::uint32_t NameIndex::resolve(std::string_view name, std::span<const NodeKind> prefer,
                                 std::vector<std::uint32_t>* also) const {
    const std::string q = fold(name);
    auto of_kind = [&](std::uint32_t i) {
        return prefer.empty() || std::find(prefer.begin(), prefer.end(), nodes_[i].kind) != prefer.end();
    };
    // An exact id wins outright, if it is of a kind the option takes.
    for (std::uint32_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].id == name) {
            if (!of_kind(i)) wrong_kind(*this, nodes_, name, i, q, prefer);
            return i;
        }
    // No structured binding: lambdas below capture `c`, which clang 14 refuses for bindings.
    auto matched = match(q);
    std::vector<std::uint32_t> c = std::move(matched.first);
    bool exact = matched.second;
    if (!prefer.empty()) {
        auto preferred = [&](const std::vector<std::uint32_t>& v) {
            std::vector<std::uint32_t> kept;
            for (auto i : v)
                if (std::find(prefer.begin(), prefer.end(), nodes_[i].kind) != prefer.end()) kept.push_back(i);
            return kept;
        };
        // `--dossier Syria`: the state named exactly "Syria" is not a dossier; look for dossiers
        // whose names contain the word before settling for the exact match of another kind.
        auto kept = preferred(c);
        if (kept.empty()) {
            kept = preferred(word_matches(strip_article(q)));
            if (!kept.empty()) exact = false;
        }
        // Only entities of another kind match (`vetoes --by "la Chine"` naming a 1974 meeting):
        // an error naming what it is and the entities of the right kind like it, not an empty result.
        if (kept.empty() && !c.empty()) wrong_kind(*this, nodes_, name, ranked(c, q).front(), q, prefer);
        c = std::move(kept);
    }
    if (c.size() == 1) return c.front();
    // One exact name shared by entities of different kinds (the state Yemen and the dossier Yemen):
    // the first kind in the model's order wins when it alone has that name; the rest are reported.
    if (exact && c.size() > 1) {
        const auto first = std::min_element(c.begin(), c.end(), [&](auto a, auto b) { return nodes_[a].kind < nodes_[b].kind; });
        const auto k = nodes_[*first].kind;
        if (std::count_if(c.begin(), c.end(), [&](auto i) { return nodes_[i].kind == k; }) == 1) {
            if (also)
                for (auto i : c)
                    if (i != *first) also->push_back(i);
            return *first;
        }
    }
    if (c.size() > 1) {
        // At most ten candidates, what people usually mean first, each with why it matches.
        c = ranked(std::move(c), q);
        const bool kinds_differ = std::any_of(c.begin(), c.end(), [&](auto i) { return nodes_[i].kind != nodes_[c.front()].kind; });
        std::string msg = "'" + std::string(name) + "' is ambiguous: " + std::to_string(c.size()) +
                          " entities match; give the id, a longer name";
        if (kinds_differ)
            msg += ", or add the kind ('" + std::string(name) + " " + std::string(to_string(nodes_[c.front()].kind)) + "')";
        msg += ":";
        const std::size_t shown = std::min<std::size_t>(c.size(), 10);
        for (std::size_t k = 0; k < shown; ++k) {
            const Node& n = nodes_[c[k]];
            msg += "\n  " + n.name.en + " (" + std::string(to_string(n.kind)) + ", " + n.id + "): " + why(c[k], q);
        }
        if (c.size() > shown) {
            std::size_t meetings = 0;
            for (std::size_t k = shown; k < c.size(); ++k) meetings += nodes_[c[k]].kind == NodeKind::meeting;
            msg += "\n  ... and " + std::to_string(c.size() - shown) + " more";
            if (meetings) msg += " (" + std::to_string(meetings) + " of them meetings)";
        }
        std::vector<std::string> ids;
        for (auto i : c) ids.push_back(nodes_[i].id);
        throw NameError(msg, std::string(name), std::move(ids), true);
    }
    const auto near = suggestions_of_kind(*this, nodes_, strip_article(q), prefer, 3);
    std::string msg = "unknown name '" + std::string(name) + "'";
    if (near.empty()) {
        msg += ": no entity has a name, alias or id like it in English, Dutch or French; try fewer words or an id";
    } else {
        msg += " (did you mean ";
        for (std::size_t k = 0; k < near.size(); ++k) {
            const Node& n = nodes_[near[k]];
            msg += (k ? ", " : "") + std::string("'") + n.name.en + "' (" + n.id + ")";
        }
        msg += "?)";
    }
    std::vector<std::string> ids;
    for (auto i : near) ids.push_back(nodes_[i].id);
    throw NameError(msg, std::string(name), std::move(ids));
}

}  // namespace councilgraph
