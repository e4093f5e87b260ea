#include <councilgraph/validate.hpp>
#include <councilgraph/load.hpp>

#include "atom_pool.hpp"
#include "sort_by_id.hpp"

#include <algorithm>
#include <type_traits>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace councilgraph {

std::string normalize_space(std::string_view text) {
    // ASCII white space and the Unicode spaces of typeset text (U+00A0 no-break space, U+2000-U+200A,
    // U+202F narrow no-break space, U+205F, U+3000) all count as white space.
    auto space_len = [&](std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
        if ((c == 0xE2 || c == 0xE3) && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
            if (c == 0xE2 && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return 3;
            if (c == 0xE2 && b1 == 0x81 && b2 == 0x9F) return 3;
            if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) return 3;
        }
        return 0;
    };
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        if (auto n = space_len(i)) {
            space = true;
            i += n;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += text[i++];
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

namespace {
// The edit distance when it is at most `max`, else anything above `max`. Only the diagonal band
// |i - j| <= max can hold such a path, so the cost is O(max * length), not O(length^2).
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t max) {
    const std::size_t la = a.size(), lb = b.size();
    const std::size_t inf = max + 1;
    if ((la > lb ? la - lb : lb - la) > max) return inf;
    std::vector<std::size_t> prev(lb + 2, inf), cur(lb + 2, inf);
    for (std::size_t j = 0; j <= std::min(lb, max); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= la; ++i) {
        const std::size_t lo = i > max ? i - max : 0, hi = std::min(lb, i + max);
        std::size_t row_min = inf;
        if (lo > 0) cur[lo - 1] = inf;
        else cur[0] = row_min = i;
        for (std::size_t j = std::max<std::size_t>(lo, 1); j <= hi; ++j) {
            const std::size_t v = std::min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), std::min(prev[j], cur[j - 1]) + 1);
            cur[j] = std::min(v, inf);
            row_min = std::min(row_min, cur[j]);
        }
        cur[hi + 1] = inf;
        if (row_min > max) return inf;
        std::swap(prev, cur);
    }
    return prev[lb];
}
}  // namespace

std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates, std::size_t limit) {
    // A suggestion is for a typo; a word longer than any sensible name gets none, which also keeps
    // the cost linear in the number of candidates whatever the user typed.
    if (word.size() > max_suggest_length) return {};
    const std::size_t max = std::max<std::size_t>(2, word.size() / 3);
    std::vector<std::pair<std::size_t, const std::string*>> scored;
    for (const auto& c : candidates) {
        auto d = edit_distance_within(word, c, max);
        if (d <= max && d < std::max(word.size(), c.size())) scored.emplace_back(d, &c);
    }
    std::sort(scored.begin(), scored.end(), [](auto& x, auto& y) {
        return x.first != y.first ? x.first < y.first : *x.second < *y.second;
    });
    std::vector<std::string> out;
    for (auto& [d, c] : scored) {
        if (out.size() == limit) break;
        if (std::find(out.begin(), out.end(), *c) == out.end()) out.push_back(*c);
    }
    return out;
}

namespace {

/// Edge ids by hash, as positions in the edge array: no copy of any id, no node per entry. Ids
/// are Atoms, so equal ids are the same Atom: the table hashes and compares Atoms, never text.
class EdgeIdTable {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    explicit EdgeIdTable(const std::vector<Edge>& edges) : edges_(edges) {
        std::size_t cap = 16;
        while (cap < edges.size() * 2) cap <<= 1;
        slots_.assign(cap, empty);
    }
    [[nodiscard]] std::size_t find(const Atom& id) const {
        for (std::size_t s = detail::atom_identity_hash(id) & mask();; s = (s + 1) & mask()) {
            if (slots_[s] == empty) return none;
            if (edges_[slots_[s]].id == id) return slots_[s];
        }
    }
    /// Adds edge `i`, whose id is not in the table yet.
    void insert(std::size_t i) {
        std::size_t s = detail::atom_identity_hash(edges_[i].id) & mask();
        while (slots_[s] != empty) s = (s + 1) & mask();
        slots_[s] = static_cast<std::uint32_t>(i);
    }

private:
    static constexpr std::uint32_t empty = static_cast<std::uint32_t>(-1);
    const std::vector<Edge>& edges_;
    std::vector<std::uint32_t> slots_;
    [[nodiscard]] std::size_t mask() const { return slots_.size() - 1; }
};

// A source's file is named relative to the sources folder and must stay inside it: `../x`, an
// absolute path or a link leading out is refused (check reads only what it was pointed at).
bool inside_folder(const std::filesystem::path& dir, const std::string& file) {
    std::error_code ec;
    const auto base = std::filesystem::weakly_canonical(dir, ec);
    if (ec) return true;  // an unreadable folder is reported when the file is read
    const auto path = std::filesystem::weakly_canonical(dir / file, ec);
    if (ec) return true;
    const auto rel = path.lexically_relative(base);
    return !rel.empty() && *rel.begin() != "..";
}

std::string where_str_at(const Location& l) {
    std::string s = l.file;
    if (l.line) s += ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
    return s;
}

std::string kinds_list(const std::vector<NodeKind>& ks) {
    std::string s;
    for (std::size_t i = 0; i < ks.size(); ++i) {
        if (i) s += i + 1 == ks.size() ? " or " : ", ";
        s += to_string(ks[i]);
    }
    return s;
}

}  // namespace

std::string derived_edge_id(const Edge& e) {
    const std::string_view kind = to_string(e.kind);
    std::string id;
    id.reserve(kind.size() + e.from.size() + e.to.size() + 14);  // one allocation: "@YYYY-MM-DD" fits
    id.append(kind).append(1, ':').append(e.from).append(1, '>').append(e.to);
    if (e.time.date) id.append(1, '@').append(e.time.date->str());
    else if (e.time.start) id.append(1, '@').append(e.time.start->str());
    return id;
}

std::vector<Diagnostic> validate(Dataset& data, const std::optional<std::filesystem::path>& sources_dir,
                                 const Locator& locate_in) {
    std::vector<Diagnostic> out;
    auto locate = [&](const Location& obj, std::string_view sub) {
        if (locate_in) return locate_in(obj, sub);
        Location l = obj;
        l.pointer += sub;
        return l;
    };
    auto where_str = [&](const Location& obj) { return where_str_at(locate(obj, "")); };
    auto err = [&](const Location& obj, std::string_view sub, std::string msg) {
        out.push_back({locate(obj, sub), std::move(msg)});
    };
    const auto at = [](const auto& rec) {
        if constexpr (std::is_same_v<std::decay_t<decltype(rec)>, Node>) return origin_location(rec.origin, "nodes");
        else return origin_location(rec.origin, "edges");
    };

    std::unordered_map<std::string_view, const Source*> sources;
    for (const auto& s : data.sources) {
        auto [it, fresh] = sources.emplace(s.id, &s);
        if (!fresh) err(s.origin, "/id", "duplicate source id '" + s.id + "' (first defined at " + where_str(it->second->origin) + ")");
    }
    std::unordered_map<std::string_view, const Node*> nodes;
    for (const auto& n : data.nodes) {
        auto [it, fresh] = nodes.emplace(n.id, &n);
        if (!fresh) err(at(n), "/id", "duplicate node id '" + n.id + "' (first defined at " + where_str(at(*it->second)) + "); define a node once and refer to it from other files");
    }
    std::vector<std::string> all_ids;  // for suggestions, built on first need
    auto suggest = [&](const std::string& id) {
        if (all_ids.empty())
            for (const auto& n : data.nodes) all_ids.push_back(n.id);
        auto near = closest(id, all_ids, 1);
        return near.empty() ? std::string() : " (did you mean '" + near[0] + "'?)";
    };

    // Source texts, normalised once each; nullopt when unreadable (reported once).
    std::map<std::string, std::optional<std::string>> texts;
    auto text_of = [&](const Source& s, const Location& at) -> const std::optional<std::string>& {
        auto it = texts.find(s.id);
        if (it != texts.end()) return it->second;
        std::optional<std::string> t;
        if (s.file.empty()) {
            err(s.origin, "", "source '" + s.id + "' has no 'file' to check quotes against");
        } else if (!inside_folder(*sources_dir, s.file)) {
            err(at, "", "source '" + s.id + "': file '" + s.file + "' is outside the sources folder " + sources_dir->string());
        } else {
            try {
                t = normalize_space(read_file(*sources_dir / s.file));
            } catch (const DataError& e) {
                err(at, "", "source '" + s.id + "': " + e.diagnostics().front().str());
            }
        }
        return texts.emplace(s.id, std::move(t)).first->second;
    };

    // Most evidence cites the source the previous one cited: remember it.
    const Source* last_source = nullptr;
    auto check_evidence = [&](const Location& obj, const std::vector<Evidence>& evs) {
        for (std::size_t i = 0; i < evs.size(); ++i) {
            const auto& ev = evs[i];
            if (last_source && last_source->id == ev.source && !sources_dir) continue;
            const std::string sub = "/evidence/" + std::to_string(i);
            auto s = sources.find(ev.source);
            if (s != sources.end()) last_source = s->second;
            if (s == sources.end()) {
                std::vector<std::string> ids;
                for (auto& [id, _] : sources) ids.emplace_back(id);
                std::sort(ids.begin(), ids.end());
                auto near = closest(ev.source, ids, 1);
                err(obj, sub + "/source", "unknown source '" + ev.source + "'" +
                                             (near.empty() ? "" : " (did you mean '" + near[0] + "'?)"));
                continue;
            }
            if (sources_dir && !ev.quote.empty()) {
                const auto& text = text_of(*s->second, locate(obj, sub + "/source"));
                if (text && text->find(normalize_space(ev.quote)) == std::string::npos) {
                    auto q = normalize_space(ev.quote);
                    if (q.size() > 60) q = q.substr(0, 57) + "...";
                    err(obj, sub + "/quote", "quote not found in " + s->second->file + ": \"" + q + "\"");
                }
            }
        }
    };

    for (const auto& n : data.nodes) check_evidence(at(n), n.evidence);

    // Edge ids: an open-addressing table of positions in data.edges (the ids stay where they are).
    EdgeIdTable edge_ids(data.edges);
    // The ends by Atom: no node id is hashed or compared as text a million times.
    detail::AtomIndex node_at(data.nodes.size());
    for (std::size_t i = 0; i < data.nodes.size(); ++i) node_at.insert(Atom(data.nodes[i].id), static_cast<std::uint32_t>(i));
    auto node_of = [&](const Atom& id) -> const Node* {
        const auto i = node_at.find(id);
        return i == detail::AtomIndex::none ? nullptr : &data.nodes[i];
    };
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        auto& e = data.edges[i];
        const Node* from = node_of(e.from);
        const Node* to = node_of(e.to);
        if (!from) err(at(e), "/from", "unknown node '" + e.from + "'" + suggest(e.from));
        if (!to) err(at(e), "/to", "unknown node '" + e.to + "'" + suggest(e.to));
        if (from && to && !edge_fits(e.kind, from->kind, to->kind)) {
            std::string k(to_string(e.kind));
            if (e.kind == EdgeKind::succeeds)
                err(at(e), "/kind", "a 'succeeds' edge joins two nodes of the same kind, not " +
                                           std::string(to_string(from->kind)) + " '" + e.from + "' and " +
                                           std::string(to_string(to->kind)) + " '" + e.to + "'");
            else if (!edge_fits(e.kind, from->kind, allowed_to(e.kind).front()))
                err(at(e), "/from", "a '" + k + "' edge goes from " + kinds_list(allowed_from(e.kind)) + ", not from " +
                                           std::string(to_string(from->kind)) + " '" + e.from + "'");
            else
                err(at(e), "/to", "a '" + k + "' edge goes to " + kinds_list(allowed_to(e.kind)) + ", not to " +
                                         std::string(to_string(to->kind)) + " '" + e.to + "'");
        }
        check_evidence(at(e), e.evidence);
        if (e.explicit_id) {
            if (auto first = edge_ids.find(e.id); first != EdgeIdTable::none)
                err(at(e), "/id", "duplicate edge id '" + e.id + "' (first defined at " + where_str(at(data.edges[first])) + ")");
            else
                edge_ids.insert(i);
        }
    }
    // Derived ids after explicit ones, so an explicit id always keeps its text. Repeats of one base
    // are numbered ~2, ~3... in load order; `next` remembers where a repeated base's numbering
    // stands, so n identical edges cost O(n), not O(n^2) (a candidate taken once stays taken).
    std::unordered_map<std::string, int> next;
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        auto& e = data.edges[i];
        if (e.explicit_id) continue;
        // A text never interned before is no edge's id: the common case needs no lookup.
        auto [id, fresh] = detail::intern_new(derived_edge_id(e));
        if (!fresh && edge_ids.find(id) != EdgeIdTable::none) {
            const std::string base(id);
            int& n = next.try_emplace(base, 2).first->second;
            do id = Atom(base + "~" + std::to_string(n++));
            while (edge_ids.find(id) != EdgeIdTable::none);
        }
        e.id = id;
        edge_ids.insert(i);
    }

    detail::sort_by_id(data.sources);
    detail::sort_by_id(data.nodes);
    detail::sort_by_id(data.edges);
    return out;
}

}  // namespace councilgraph
