// same_as mappings, conflicts between sources, and candidates for new mappings.
#include <councilgraph/load.hpp>
#include <councilgraph/names.hpp>
#include <councilgraph/reconcile.hpp>

#include "json_positions.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace councilgraph {

namespace fs = std::filesystem;
using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// The mapping file

std::vector<SameAs> load_same_as(const fs::path& file) {
    const std::string name = file.string();
    const std::string text = read_file(file);
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw DataError({detail::json_syntax_problem(text, name, e.byte, e.what())});
    }
    const auto positions = detail::json_positions(text);
    std::vector<Diagnostic> problems;
    auto at = [&](std::string ptr) {
        Location l{name, 0, 0, std::move(ptr)};
        detail::fill_position(positions, l);
        return l;
    };
    std::vector<SameAs> out;
    if (!root.is_object() || !root.contains("same_as") || !root["same_as"].is_array())
        throw DataError({{at(""), "expected an object with a 'same_as' array of entries"}});
    for (const auto& [k, _] : root.items())
        if (k != "about" && k != "same_as") problems.push_back({at("/" + detail::pointer_escape(k)), "unknown field '" + k + "' (expected about, same_as)"});
    const auto& arr = root["same_as"];
    static constexpr std::string_view fields[] = {"curated", "curated_source", "imported", "imported_source", "reason", "record", "quote"};
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ptr = "/same_as/" + std::to_string(i);
        const auto& e = arr[i];
        if (!e.is_object()) {
            problems.push_back({at(ptr), "expected a same_as entry (an object)"});
            continue;
        }
        for (const auto& [k, v] : e.items()) {
            if (std::find(std::begin(fields), std::end(fields), k) == std::end(fields))
                problems.push_back({at(ptr + "/" + detail::pointer_escape(k)),
                                    "unknown field '" + k + "' in same_as entry (expected curated, curated_source, imported, imported_source, reason, record, quote)"});
            else if (!v.is_string() || v.get<std::string>().empty())
                problems.push_back({at(ptr + "/" + k), "expected a non-empty string"});
        }
        SameAs s;
        bool ok = true;
        auto get = [&](const char* key, std::string& into) {
            auto it = e.find(key);
            if (it == e.end()) {
                problems.push_back({at(ptr), std::string("missing field '") + key + "' in same_as entry"});
                ok = false;
            } else if (it->is_string()) {
                into = it->get<std::string>();
            }
        };
        get("curated", s.curated);
        get("curated_source", s.curated_source);
        get("imported", s.imported);
        get("imported_source", s.imported_source);
        get("reason", s.reason);
        s.origin = at(ptr);
        s.curated_at = at(ptr + "/curated");
        s.imported_at = at(ptr + "/imported");
        if (ok) out.push_back(std::move(s));
    }
    if (!problems.empty()) throw DataError(std::move(problems));
    return out;
}

std::vector<fs::path> same_as_files(std::span<const std::string> data_paths) {
    std::vector<fs::path> out;
    for (const auto& p : data_paths) {
        std::error_code ec;
        const fs::path dir = fs::is_directory(p, ec) ? fs::path(p) : fs::path(p).parent_path();
        const fs::path f = (dir.empty() ? fs::path(".") : dir) / "mappings" / "same_as.json";
        if (!fs::is_regular_file(f, ec)) continue;
        const bool seen = std::any_of(out.begin(), out.end(), [&](const fs::path& o) {
            std::error_code e2;
            return fs::equivalent(o, f, e2);
        });
        if (!seen) out.push_back(dir.empty() ? f.lexically_normal() : f);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Conflicts

namespace {

std::string cite(std::span<const Evidence> evs) {
    std::set<std::string> seen;
    std::string out;
    for (const auto& e : evs) {
        std::string one = e.source;
        if (!e.locator.empty()) one += " " + e.locator;
        if (!seen.insert(one).second) continue;
        out += (out.empty() ? "" : ", ") + one;
    }
    return out.empty() ? "a source" : out;
}

/// The statements of one side only: quotes (curated) or records (imported).
std::vector<Evidence> side(std::span<const Evidence> evs, bool records) {
    std::vector<Evidence> out;
    for (const auto& e : evs)
        if (is_record(e) == records) out.push_back(e);
    return out;
}

void note_conflict(Attrs& attrs, const std::string& text) {
    auto& v = attrs["conflict"];
    if (auto* s = std::get_if<std::string>(&v); s && s->find(text) != std::string::npos) return;
    if (auto* s = std::get_if<std::string>(&v); s && !s->empty()) *s += " | " + text;
    else v = text;
}

/// True when one span lies inside the other: the same time, one of them more precisely.
bool compatible(const TimeSpan& a, const TimeSpan& b) {
    if (a.undated() || b.undated()) return true;
    const auto x = a.days(), y = b.days();
    return (x.lo <= y.lo && y.hi <= x.hi) || (y.lo <= x.lo && x.hi <= y.hi);
}

/// Width of a span in days (narrower = more precise).
std::int64_t width(const TimeSpan& t) {
    const auto d = t.days();
    return static_cast<std::int64_t>(d.hi) - d.lo;
}

void add_evidence(std::vector<Evidence>& into, std::span<const Evidence> more) {
    for (const auto& ev : more)
        if (std::find(into.begin(), into.end(), ev) == into.end()) into.push_back(ev);
}

/// Attributes of a curated statement added to the record's: a key both give with different
/// values keeps the record's and the curated one as `curated_<key>`.
void add_attrs(Attrs& into, const Attrs& curated) {
    for (const auto& [k, v] : curated) {
        auto it = into.find(k);
        if (it == into.end()) into.emplace(k, v);
        else if (it->second != v) into["curated_" + k] = v;
    }
}

}  // namespace

std::string Conflict::str() const {
    return id + ": " + what + ": " + cite(kept_evidence) + " says " + kept + " (kept); " + cite(other_evidence) +
           " says " + other;
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

ReconcileReport reconcile(Dataset& data, std::span<const SameAs> entries) {
    ReconcileReport rep;
    if (entries.empty()) return rep;
    std::set<std::string, std::less<>> loaded;
    for (const auto& s : data.sources) loaded.insert(s.id);
    std::unordered_map<std::string, std::size_t> node_at, edge_at;
    for (std::size_t i = 0; i < data.nodes.size(); ++i) node_at.emplace(data.nodes[i].id, i);
    for (std::size_t i = 0; i < data.edges.size(); ++i) edge_at.emplace(data.edges[i].id, i);

    std::vector<Diagnostic> problems;
    auto member = [](const SameAs& s, const char* key) {
        return std::string_view(key) == "curated" ? s.curated_at : s.imported_at;
    };
    std::vector<std::pair<std::size_t, std::size_t>> node_pairs, edge_pairs;  // (curated, imported)
    std::set<std::size_t> taken;
    for (const auto& s : entries) {
        // An entry speaks about two data sets; it applies when both are loaded.
        if (!loaded.contains(s.curated_source) || !loaded.contains(s.imported_source)) continue;
        auto cn = node_at.find(s.curated), in = node_at.find(s.imported);
        auto ce = edge_at.find(s.curated), ie = edge_at.find(s.imported);
        if (cn == node_at.end() && ce == edge_at.end()) {
            problems.push_back({member(s, "curated"), "no node or edge '" + s.curated + "' in the loaded data (its source " +
                                                          s.curated_source + " is loaded)"});
            continue;
        }
        const bool is_node = cn != node_at.end();
        if (is_node ? in == node_at.end() : ie == edge_at.end()) {
            problems.push_back({member(s, "imported"), std::string("no ") + (is_node ? "node" : "edge") + " '" + s.imported +
                                                           "' in the loaded data (its source " + s.imported_source + " is loaded)"});
            continue;
        }
        if (is_node) {
            const Node& c = data.nodes[cn->second];
            const Node& i = data.nodes[in->second];
            // A curated draft the sources call adopted may be the record's resolution.
            if (c.kind != i.kind && !(c.kind == NodeKind::draft && i.kind == NodeKind::resolution)) {
                problems.push_back({member(s, "imported"), "'" + s.curated + "' is a " + std::string(to_string(c.kind)) +
                                                               " but '" + s.imported + "' is a " + std::string(to_string(i.kind))});
                continue;
            }
            if (!taken.insert(cn->second).second) {
                problems.push_back({member(s, "curated"), "'" + s.curated + "' is mapped twice"});
                continue;
            }
            node_pairs.emplace_back(cn->second, in->second);
        } else {
            if (!taken.insert(data.nodes.size() + ce->second).second) {
                problems.push_back({member(s, "curated"), "'" + s.curated + "' is mapped twice"});
                continue;
            }
            edge_pairs.emplace_back(ce->second, ie->second);
        }
    }
    if (!problems.empty()) throw DataError(std::move(problems));

    // 1. Nodes: the record's id, the curated names, both names and ids findable, all evidence.
    std::unordered_map<std::string, std::string> rename;
    std::vector<char> drop_node(data.nodes.size(), 0);
    std::set<std::string> merged_ids;
    for (auto [ci, ii] : node_pairs) {
        Node& c = data.nodes[ci];
        Node& m = data.nodes[ii];
        const TimeSpan lc = life_of(c.attrs), li = life_of(m.attrs);
        const Names imported_name = m.name;
        std::vector<std::string> aliases = c.aliases;
        const std::string* extras[] = {&imported_name.en, &imported_name.nl, &imported_name.fr, &c.id};
        for (const auto* extra : extras)
            if (!extra->empty()) aliases.push_back(*extra);
        for (const auto& a : m.aliases) aliases.push_back(a);
        std::vector<std::string> uniq;
        for (auto& a : aliases)
            if (a != c.name.en && a != c.name.nl && a != c.name.fr && std::find(uniq.begin(), uniq.end(), a) == uniq.end())
                uniq.push_back(std::move(a));
        m.name = c.name;
        // The record's symbol stays in sight: `Draft resolution for a ceasefire in Syria
        // (September 2019), S/2019/756`.
        std::string symbol;
        for (auto key : {"symbol", "record"})
            if (auto it = m.attrs.find(key); symbol.empty() && it != m.attrs.end()) symbol = to_string(it->second);
        if (!symbol.empty())
            for (std::string* n : {&m.name.en, &m.name.nl, &m.name.fr})
                if (!n->empty() && n->find(symbol) == std::string::npos) *n += ", " + symbol;
        m.aliases = std::move(uniq);
        add_attrs(m.attrs, c.attrs);
        if (!lc.undated() && !li.undated()) {
            if (!compatible(lc, li)) {
                Conflict k{m.id, "date", li.str(), side(m.evidence, true), lc.str(), c.evidence};
                if (k.kept_evidence.empty()) k.kept_evidence = m.evidence;
                note_conflict(m.attrs, cite(k.other_evidence) + " says " + k.other);
                m.attrs["date"] = k.kept;
                rep.conflicts.push_back(std::move(k));
            } else if (life_of(m.attrs).days() != (width(lc) < width(li) ? lc : li).days()) {
                m.attrs["date"] = (width(lc) < width(li) ? lc : li).str();
            }
        }
        add_evidence(m.evidence, c.evidence);
        m.origin = c.origin;
        rename.emplace(c.id, m.id);
        merged_ids.insert(m.id);
        drop_node[ci] = 1;
        ++rep.merged_nodes;
    }
    for (auto& e : data.edges) {
        if (auto r = rename.find(e.from); r != rename.end()) e.from = r->second;
        if (auto r = rename.find(e.to); r != rename.end()) e.to = r->second;
    }

    // 2. Edges: a curated statement folds into the record's edge that states the same fact.
    std::vector<char> drop_edge(data.edges.size(), 0), record(data.edges.size(), 0);
    for (std::size_t i = 0; i < data.edges.size(); ++i) record[i] = only_records(data.edges[i].evidence);
    auto fold = [&](std::size_t ci, std::size_t ii) {
        Edge& c = data.edges[ci];
        Edge& m = data.edges[ii];
        add_attrs(m.attrs, c.attrs);
        if (!compatible(c.time, m.time)) {
            Conflict k{m.id, "time", m.time.str(), side(m.evidence, true), c.time.str(), side(c.evidence, false)};
            if (k.kept_evidence.empty()) k.kept_evidence = m.evidence;
            if (k.other_evidence.empty()) k.other_evidence = c.evidence;
            note_conflict(m.attrs, cite(k.other_evidence) + " says " + k.other);
            rep.conflicts.push_back(std::move(k));
        } else if (m.time.undated() || (!c.time.undated() && width(c.time) < width(m.time))) {
            m.time = c.time;
        }
        add_evidence(m.evidence, c.evidence);
        drop_edge[ci] = 1;
        ++rep.merged_edges;
    };
    for (auto [ci, ii] : edge_pairs) fold(ci, ii);
    std::map<std::tuple<EdgeKind, std::string, std::string>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        const Edge& e = data.edges[i];
        if (drop_edge[i] || (!merged_ids.contains(e.from) && !merged_ids.contains(e.to))) continue;
        groups[{e.kind, e.from, e.to}].push_back(i);
    }
    for (auto& [_, idx] : groups) {
        std::vector<std::size_t> records, quoted;
        for (auto i : idx) (record[i] ? records : quoted).push_back(i);
        if (records.empty() || quoted.empty()) continue;
        for (auto ci : quoted) {
            auto best = std::find_if(records.begin(), records.end(),
                                     [&](std::size_t r) { return compatible(data.edges[ci].time, data.edges[r].time); });
            fold(ci, best != records.end() ? *best : records.front());
        }
    }

    std::size_t w = 0;
    for (std::size_t i = 0; i < data.nodes.size(); ++i)
        if (!drop_node[i] && w++ != i) data.nodes[w - 1] = std::move(data.nodes[i]);
    data.nodes.resize(w);
    w = 0;
    for (std::size_t i = 0; i < data.edges.size(); ++i)
        if (!drop_edge[i] && w++ != i) data.edges[w - 1] = std::move(data.edges[i]);
    data.edges.resize(w);
    std::sort(rep.conflicts.begin(), rep.conflicts.end(), [](const Conflict& a, const Conflict& b) {
        return std::tie(a.id, a.what, a.other) < std::tie(b.id, b.what, b.other);
    });
    // The same disagreement stated twice (two curated edges folded into one) is one conflict.
    rep.conflicts.erase(std::unique(rep.conflicts.begin(), rep.conflicts.end(),
                                    [](const Conflict& a, const Conflict& b) { return a.str() == b.str(); }),
                        rep.conflicts.end());
    return rep;
}

std::size_t derive_draft_symbols(Dataset& data) {
    std::unordered_map<std::string_view, std::size_t> index;
    std::set<std::string, std::less<>> taken;  // symbols that are a node of their own
    index.reserve(data.nodes.size());
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const Node& n = data.nodes[i];
        index.emplace(n.id, i);
        if (n.id.starts_with("draft:")) taken.insert(n.id.substr(6));
        if (auto s = n.attrs.find("symbol"); s != n.attrs.end()) taken.insert(to_string(s->second));
    }
    std::map<std::size_t, std::set<std::string>> wanted;  // node → symbols its edges state
    for (const Edge& e : data.edges) {
        if (e.kind != EdgeKind::vote && e.kind != EdgeKind::sponsors) continue;
        const auto d = e.attrs.find("draft");
        if (d == e.attrs.end()) continue;
        const auto* sym = std::get_if<std::string>(&d->second);
        if (!sym || sym->empty() || taken.contains(*sym)) continue;
        if (auto it = index.find(e.to); it != index.end()) wanted[it->second].insert(*sym);
    }
    std::size_t given = 0;
    for (auto& [i, syms] : wanted) {
        Node& n = data.nodes[i];
        for (const auto& s : syms) {
            const std::string f = fold(s);
            const bool known = fold(n.name.en) == f || fold(n.name.nl) == f || fold(n.name.fr) == f ||
                               std::any_of(n.aliases.begin(), n.aliases.end(), [&](const std::string& a) { return fold(a) == f; });
            if (known) continue;
            n.aliases.push_back(s);
            ++given;
        }
    }
    return given;
}

Dataset unify(Dataset data, std::span<const SameAs> entries, ReconcileReport* report) {
    auto r = reconcile(data, entries);
    derive_draft_symbols(data);
    derive_times(data);
    if (report) *report = std::move(r);
    return data;
}

// ---------------------------------------------------------------------------------------------
// Candidates

namespace {

std::set<std::string> words_of(std::string_view text) {
    static const std::set<std::string, std::less<>> stop = {
        "the", "of", "and", "in", "on", "for", "a", "to", "security", "council", "resolution", "draft", "meeting",
        "de", "het", "een", "van", "la", "le", "les", "des", "du", "et", "s", "pv", "res", "with", "by", "un",
        // the kind's own name and short words of the three languages: "presidential statement"
        // shared by every statement is no evidence that two are one
        "presidential", "statement", "door", "voor", "met", "over", "par", "pour", "sur", "avec", "at", "from",
        // the words of the importers' names of texts in Dutch and French (text_names.cpp)
        "resolutie", "ontwerpresolutie", "projet", "verklaring", "voorzitter", "declaration", "president",
        "amendment", "amendement", "oral", "mondeling", "proposal", "voorstel", "proposition", "vetoed", "veto",
        "put", "vote", "stemming", "gebracht", "mis", "aux", "voix", "frappee", "werd", "gesteld", "waartegen",
        "vergadering", "seance", "symbol", "symbool", "cote", "not", "niet", "recorded", "vermeld", "indiquee"};
    std::set<std::string> out;
    const std::string f = fold(text);
    std::size_t p = 0;
    while (p < f.size()) {
        auto q = f.find(' ', p);
        if (q == std::string::npos) q = f.size();
        std::string w = f.substr(p, q - p);
        const bool digits = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (w.size() > 2 && !stop.contains(w) && !digits) out.insert(std::move(w));
        p = q + 1;
    }
    return out;
}

std::string all_text(const Node& n) {
    std::string t = n.name.en + " " + n.name.nl + " " + n.name.fr;
    for (const auto& a : n.aliases) t += " " + a;
    for (const auto& [k, v] : n.attrs)
        if (k == "topic" || k == "subject" || k == "agenda_item" || k == "crisis_topic") t += " " + to_string(v);
    return t;
}

/// Numbers of 3+ digits a text mentions (a resolution number, a meeting record).
std::set<std::string> numbers_of(const Node& n) {
    std::set<std::string> out;
    std::string t = n.name.en + " " + n.id;
    for (const auto& a : n.aliases) t += " " + a;
    // A document symbol's serial (S/2018/1110, a draft's symbol given to resolution 2449 as an
    // alias) is kept with its year, "2018/1110": it says nothing of resolution 1110.
    t += ' ';
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < t.size();) {
        if (!digit(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (digit(t[j])) ++j;
        std::string cur = t.substr(i, j - i);
        if (cur.size() == 4 && t[j] == '/' && digit(t[j + 1])) {  // YYYY/NNN
            std::size_t k = j + 1;
            while (digit(t[k])) ++k;
            out.insert(cur + "/" + t.substr(j + 1, k - j - 1));
            i = k;
            continue;
        }
        if (cur.size() >= 3 && !(cur.size() == 4 && (cur.starts_with("19") || cur.starts_with("20")))) out.insert(cur);
        i = j;
    }
    return out;
}

/// A date a curated id begins with (`meeting:2018-07-09-caac-open-debate`): a hint, not a fact.
TimeSpan date_in_id(std::string_view id) {
    TimeSpan t;
    auto colon = id.find(':');
    if (colon == std::string_view::npos) return t;
    id.remove_prefix(colon + 1);
    for (std::size_t len : {10u, 7u})
        if (id.size() >= len && (id.size() == len || id[len] == '-'))
            if (auto d = parse_date(id.substr(0, len))) {
                t.date = d;
                return t;
            }
    return t;
}

}  // namespace

std::vector<Candidate> propose_same_as(const Dataset& data, std::size_t per_node) {
    std::vector<const Node*> curated, imported;
    for (const auto& n : data.nodes) {
        if (n.kind != NodeKind::resolution && n.kind != NodeKind::draft && n.kind != NodeKind::statement &&
            n.kind != NodeKind::meeting)
            continue;
        if (n.evidence.empty() || !only_records(n.evidence)) {
            // Curated, unless it already carries both kinds of evidence (merged by a mapping).
            if (std::none_of(n.evidence.begin(), n.evidence.end(), [](const Evidence& e) { return is_record(e); }))
                curated.push_back(&n);
        } else {
            imported.push_back(&n);
        }
    }
    // Imported nodes by kind and month, so a date narrows the search.
    std::map<std::pair<NodeKind, int>, std::vector<const Node*>> by_month;
    struct Facts {
        TimeSpan life;
        std::set<std::string> words, numbers;
    };
    std::unordered_map<const Node*, Facts> facts;
    for (const Node* n : imported) {
        Facts f{life_of(n->attrs), words_of(all_text(*n)), numbers_of(*n)};
        if (f.life.date) by_month[{n->kind, f.life.date->year * 12 + f.life.date->month}].push_back(n);
        facts.emplace(n, std::move(f));
    }
    std::vector<Candidate> out;
    for (const Node* c : curated) {
        TimeSpan lc = life_of(c->attrs);
        if (lc.undated()) lc = date_in_id(c->id);
        const auto cw = words_of(all_text(*c));
        const auto cn = numbers_of(*c);
        // Without a date, candidates must still share a number or words.
        std::vector<const Node*> pool;
        if (lc.date && lc.date->month) {
            if (auto it = by_month.find({c->kind, lc.date->year * 12 + lc.date->month}); it != by_month.end()) pool = it->second;
        } else if (lc.date) {
            for (int m = 1; m <= 12; ++m)
                if (auto it = by_month.find({c->kind, lc.date->year * 12 + m}); it != by_month.end())
                    pool.insert(pool.end(), it->second.begin(), it->second.end());
        } else {
            for (const Node* i : imported)
                if (i->kind == c->kind) pool.push_back(i);
        }
        std::vector<Candidate> mine;
        for (const Node* i : pool) {
            const Facts& fi = facts.at(i);
            const TimeSpan& li = fi.life;
            if (!lc.undated() && !li.undated() && !compatible(lc, li)) continue;
            int score = 0;
            std::string why = "same kind";
            if (!lc.undated() && !li.undated()) {
                score += lc.date && li.date && *lc.date == *li.date ? 3 : 1;
                why += "; date " + lc.str() + " fits " + li.str();
            }
            std::string shared_numbers;
            for (const auto& n : fi.numbers)
                if (cn.contains(n)) {
                    score += 5;
                    shared_numbers += (shared_numbers.empty() ? "" : ", ") + n;
                }
            if (!shared_numbers.empty()) why += "; number " + shared_numbers;
            std::string shared;
            int k = 0;
            for (const auto& w : fi.words)
                if (cw.contains(w)) {
                    ++k;
                    shared += (shared.empty() ? "" : ", ") + w;
                }
            if (k) {
                score += 2 * k;
                why += "; title shares: " + shared;
            }
            if (score < 4 || (shared_numbers.empty() && k == 0)) continue;
            mine.push_back({c->id, i->id, score, std::move(why)});
        }
        std::stable_sort(mine.begin(), mine.end(), [](const Candidate& a, const Candidate& b) {
            return a.score != b.score ? a.score > b.score : a.imported < b.imported;
        });
        if (mine.size() > per_node) mine.resize(per_node);
        out.insert(out.end(), mine.begin(), mine.end());
    }
    return out;
}

}  // namespace councilgraph
