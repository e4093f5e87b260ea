#include <councilgraph/names.hpp>
#include <councilgraph/validate.hpp>

#include <algorithm>
#include <set>

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

std::pair<std::vector<std::uint32_t>, bool> NameIndex::match(const std::string& q) const {
    if (q.empty()) return {{}, false};
    if (auto it = exact_.find(q); it != exact_.end()) return {it->second, true};
    if (auto it = slugs_.find(q); it != slugs_.end()) return {it->second, true};
    return {word_matches(q), false};
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

std::uint32_t NameIndex::resolve(std::string_view name, std::span<const NodeKind> prefer,
                                 std::vector<std::uint32_t>* also) const {
    // An exact id wins outright.
    for (std::uint32_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].id == name) return i;
    auto [c, exact] = match(fold(name));
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
            kept = preferred(word_matches(fold(name)));
            if (!kept.empty()) exact = false;
        }
        if (!kept.empty()) c = std::move(kept);
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
        std::string msg = "'" + std::string(name) + "' is ambiguous: it may be ";
        const std::size_t shown = std::min<std::size_t>(c.size(), 8);
        for (std::size_t k = 0; k < shown; ++k) {
            const Node& n = nodes_[c[k]];
            msg += (k ? ", " : "") + n.name.en + " (" + n.id + ")";
        }
        if (c.size() > shown) msg += " and " + std::to_string(c.size() - shown) + " more";
        const auto first_kind = nodes_[c.front()].kind;  // clang 14 cannot capture a structured binding
        const bool kinds_differ = std::any_of(c.begin(), c.end(), [&](auto i) { return nodes_[i].kind != first_kind; });
        if (!kinds_differ) throw NameError(msg + "; give the id or a longer name");
        throw NameError(msg + "; give the id, a longer name, or add the kind ('" + std::string(name) + " " +
                        std::string(to_string(nodes_[c.front()].kind)) + "')");
    }
    std::vector<std::string> keys;
    keys.reserve(keys_.size());
    for (const auto& [k, idx] : keys_) keys.push_back(k);
    auto near = closest(fold(name), keys, 6);
    std::vector<std::uint32_t> shown;
    for (const auto& k : near)
        for (auto it = std::lower_bound(keys_.begin(), keys_.end(), std::pair<std::string, std::uint32_t>(k, 0));
             it != keys_.end() && it->first == k; ++it)
            if (shown.size() < 3 && std::find(shown.begin(), shown.end(), it->second) == shown.end()) shown.push_back(it->second);
    std::string msg = "unknown name '" + std::string(name) + "'";
    if (!shown.empty()) {
        msg += " (did you mean ";
        for (std::size_t k = 0; k < shown.size(); ++k) {
            const Node& n = nodes_[shown[k]];
            msg += (k ? ", " : "") + std::string("'") + n.name.en + "' (" + n.id + ")";
        }
        msg += "?)";
    }
    throw NameError(msg);
}

}  // namespace councilgraph
