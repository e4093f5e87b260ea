#include "common.hpp"
#include "json_positions.hpp"

#include <councilgraph/load.hpp>

#include <algorithm>
#include <cctype>

namespace councilgraph {

void ExistingData::add(const Dataset& data) {
    for (const auto& n : data.nodes) nodes_.emplace(n.id, n);
    for (const auto& e : data.edges) {
        edges_.insert(detail::edge_key(e));
        if (e.kind == EdgeKind::concerns) concerning_.insert(e.from);
        if (e.kind == EdgeKind::outcome || e.kind == EdgeKind::veto || e.kind == EdgeKind::member) {
            reference_to_.emplace(e.to, reference_.size());
            reference_.push_back(e);
        }
    }
    for (const auto& s : data.sources) sources_.insert(s.id);
}

bool ExistingData::defines(std::string_view node_id) const { return nodes_.contains(node_id); }
bool ExistingData::holds(const Edge& e) const { return edges_.contains(detail::edge_key(e)); }
bool ExistingData::has_source(std::string_view id) const { return sources_.contains(id); }
std::vector<std::size_t> ExistingData::reference_edges_to(std::string_view to_id) const {
    std::vector<std::size_t> out;
    for (auto [it, end] = reference_to_.equal_range(to_id); it != end; ++it) out.push_back(it->second);
    std::sort(out.begin(), out.end());
    return out;
}
const Node* ExistingData::node(std::string_view id) const {
    auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : &it->second;
}

namespace detail {

std::string edge_key(const Edge& e) {
    // Appended piece by piece, not as `a + b + ...` of temporaries (over which GCC 12 -O3 warns
    // a false -Wrestrict).
    std::string k{to_string(e.kind)};
    k.append(1, '|').append(e.from).append(1, '|').append(e.to).append(1, '|');
    // By the days covered, so `2019`-`2020` and `2019-01-01`-`2020-12-31` are the same term.
    const auto days = e.time.days();
    if (e.time.date) k += '@';
    k.append(std::to_string(days.lo)).append(1, '|').append(std::to_string(days.hi));
    // And by what it says (not by commentary such as `held_by`): an imported term that states
    // its type is not the curated untyped one, so the type is not lost.
    for (const char* meaning : {"type", "role", "vote", "result", "stance"})
        if (auto a = e.attrs.find(meaning); a != e.attrs.end())
            k.append(1, '|').append(meaning).append(1, '=').append(to_string(a->second));
    return k;
}

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

std::string untitle(std::string_view s) {
    std::string out(s);
    // Inside the name and before a closing parenthesis: `Bolivia (Plurinational State Of)`.
    for (const char* w : {" And", " Of", " The", " For", " In", " On"})
        for (const char* end : {" ", ")"}) {
            std::string word = std::string(w) + end, lower = word;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            for (auto p = out.find(word); p != std::string::npos; p = out.find(word, p + 1)) out.replace(p, word.size(), lower);
        }
    return out;
}

std::string find_dossier(const ImportMappings& maps, std::string_view field, std::string_view text) {
    auto f = maps.dossiers.find(field);
    if (f == maps.dossiers.end()) return {};
    const std::string key = fold(text);
    if (key.empty()) return {};
    if (auto it = f->second.find(key); it != f->second.end()) return it->second;
    // The longest prefix wins: `Middle East — UNIFIL*` before `Middle East*`.
    const std::string* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& [k, id] : f->second)
        if (!k.empty() && k.back() == '*' && k.size() > best_len && key.starts_with(std::string_view(k).substr(0, k.size() - 1))) {
            best = &id;
            best_len = k.size();
        }
    return best ? *best : std::string();
}

Builder::Builder(const ImportMappings& maps, const ExistingData& existing, std::string file, Source source)
    : maps_(maps), existing_(existing), file_(std::move(file)), source_(std::move(source)) {
    report_.file = file_;
}

bool Builder::need(const std::string& id) {
    if (existing_.defines(id) || nodes_.contains(id)) return true;
    auto it = maps_.nodes.find(id);
    if (it == maps_.nodes.end()) return false;
    define(it->second);
    // The relations that come with a mapped node (the USSR's successor) come with it.
    for (const auto& e : maps_.edges)
        if ((e.from == id || e.to == id) && need(e.from) && need(e.to)) add(e);
    return true;
}

void Builder::define(Node n) {
    if (existing_.defines(n.id) || nodes_.contains(n.id)) return;
    n.origin = {};
    for (const auto& ev : n.evidence) cite(ev.source);
    std::string id = n.id;
    nodes_.emplace(std::move(id), std::move(n));
}

Node* Builder::own(std::string_view id) {
    auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : &it->second;
}

void Builder::add(Edge e) {
    e.id.clear();
    e.explicit_id = false;
    e.origin = {};
    if (existing_.holds(e)) return;
    if (auto [it, fresh] = edge_keys_.try_emplace(edge_key(e), edges_.size()); !fresh) {
        // The same fact from another row: keep one edge, with the evidence of both.
        auto& old = edges_[it->second];
        for (auto& ev : e.evidence)
            if (std::find(old.evidence.begin(), old.evidence.end(), ev) == old.evidence.end()) old.evidence.push_back(ev);
        return;
    }
    for (const auto& ev : e.evidence) cite(ev.source);
    edges_.push_back(std::move(e));
}

void Builder::cite(const std::string& source_id) {
    if (source_id == source_.id || existing_.has_source(source_id) || cited_.contains(source_id)) return;
    cited_.insert(source_id);
}

void Builder::begin_row(int) {
    in_row_ = true;
    row_ = RowState::clean;
    ++report_.read;
}

void Builder::repaired(int line, const std::string& what) {
    report_.notes.push_back({Location(file_, line), what});
    if (row_ != RowState::skipped) row_ = RowState::repaired;
}

void Builder::warn(int line, const std::string& what) {
    report_.notes.push_back({Location(file_, line), what});
    if (row_ == RowState::clean) row_ = RowState::warned;
}

void Builder::skip(int line, const std::string& what) {
    report_.notes.push_back({Location(file_, line), what});
    row_ = RowState::skipped;
}

void Builder::covered_by_group_note(GroupNote how) {
    if (how == GroupNote::skipped) row_ = RowState::skipped;
    else if (row_ == RowState::skipped) return;
    else if (how == GroupNote::repaired) row_ = RowState::repaired;
    else if (row_ == RowState::clean) row_ = RowState::warned;
}

void Builder::end_row() {
    if (!in_row_) return;
    in_row_ = false;
    switch (row_) {
        case RowState::skipped: ++report_.skipped; break;
        case RowState::repaired: ++report_.imported; ++report_.repaired; break;
        case RowState::warned: ++report_.imported; ++report_.warned; break;
        case RowState::clean: ++report_.imported; break;
    }
}

void Builder::note(int line, const std::string& what, const std::string& file) {
    report_.notes.push_back({Location(file.empty() ? file_ : file, line), what});
}

Evidence Builder::record(int line, const std::string& key) const {
    Evidence ev;
    ev.source = source_.id;
    // Appended piece by piece: `"line " + std::to_string(line)` makes GCC 12 -O3 warn a false -Wrestrict.
    std::string r = "line ";
    r += std::to_string(line);
    if (!key.empty()) r.append(": ").append(key);
    ev.record = r;
    return ev;
}

ImportResult Builder::finish() {
    end_row();
    ImportResult r;
    if (!existing_.has_source(source_.id)) r.data.sources.push_back(source_);
    for (const auto& s : maps_.sources)
        if (cited_.contains(s.id)) r.data.sources.push_back(s);
    for (auto& [id, n] : nodes_) r.data.nodes.push_back(std::move(n));
    r.data.edges = std::move(edges_);
    r.report = std::move(report_);
    return r;
}

std::vector<std::string> corrections_applied(const ImportMappings& maps, const CsvTable& t, CsvRecord& row,
                                             std::string_view file_kind) {
    std::vector<std::string> done;
    for (const auto& c : maps.corrections) {
        if (c.file != file_kind || !t.has_column(c.key_column) || !t.has_column(c.column)) continue;
        if (t.get(row, c.key_column) != c.key_value) continue;
        if (t.get(row, c.column) != c.from) continue;
        // Find the field's position through the header lookup: get() returns a reference into
        // the row when the row is long enough.
        const std::string& cur = t.get(row, c.column);
        auto pos = static_cast<std::size_t>(&cur - row.fields.data());
        if (pos >= row.fields.size()) {
            row.fields.resize(t.width());
            pos = static_cast<std::size_t>(&t.get(row, c.column) - row.fields.data());
        }
        row.fields[pos] = c.to;
        done.push_back(c.column + " '" + c.from + "' corrected to '" + c.to + "': " + c.reason +
                       " (data/mappings/corrections.json)");
    }
    return done;
}

void apply_corrections(Builder& b, const CsvTable& t, CsvRecord& row, std::string_view file_kind) {
    for (const auto& what : corrections_applied(b.maps(), t, row, file_kind)) b.repaired(row.line, what);
}

}  // namespace detail

// ---- mappings --------------------------------------------------------------------------------

namespace {

using nlohmann::json;

[[noreturn]] void mapping_error(const std::string& file, const std::string& pointer, const std::string& what) {
    throw DataError({Diagnostic{Location(file, 0, 0, pointer), what}});
}

void read_graph(const json& doc, const std::string& file, ImportMappings& m) {
    if (!doc.contains("graph")) return;
    Dataset d;
    std::vector<Diagnostic> problems;
    parse_data_text(doc["graph"].dump(), file + " (graph)", d, problems);
    if (!problems.empty()) throw DataError(std::move(problems));
    for (auto& s : d.sources) m.sources.push_back(std::move(s));
    for (auto& n : d.nodes) {
        std::string id = n.id;
        m.nodes.insert_or_assign(std::move(id), std::move(n));
    }
    for (auto& e : d.edges) (e.kind == EdgeKind::member ? m.permanent_seats : m.edges).push_back(std::move(e));
}

void read_string_map(const json& doc, const char* key, const std::string& file,
                     std::map<std::string, std::string, std::less<>>& out, bool folded) {
    if (!doc.contains(key)) return;
    const auto& o = doc[key];
    if (!o.is_object()) mapping_error(file, std::string("/") + key, "expected an object of name → id");
    for (const auto& [k, v] : o.items()) {
        if (!v.is_string()) mapping_error(file, std::string("/") + key + "/" + k, "expected a string");
        out[folded ? fold(k) : k] = v.get<std::string>();
    }
}

}  // namespace

ImportMappings load_mappings(const std::filesystem::path& dir) {
    ImportMappings m;
    m.origin = dir.string();
    for (const char* name : {"names.json", "dossiers.json", "corrections.json"}) {
        const auto path = dir / name;
        const std::string file = path.string();
        if (!std::filesystem::exists(path)) mapping_error(file, "", "mapping file not found (see docs/import.md)");
        json doc;
        const std::string text = read_file(path);
        if (auto deep = detail::json_depth_problem(text, file)) throw DataError({std::move(*deep)});
        try {
            doc = json::parse(text);
        } catch (const json::parse_error& e) {
            throw DataError({detail::json_syntax_problem(text, file, e.byte, e.what())});
        }
        if (!doc.is_object()) mapping_error(file, "", "expected a JSON object");
        read_graph(doc, file, m);
        read_string_map(doc, "names", file, m.names, true);
        read_string_map(doc, "ids", file, m.ids, false);
        read_string_map(doc, "display", file, m.display, false);
        for (const char* field : {"vetoes.agenda_item", "vetoes.crisis_topic", "meetings.topic"}) {
            if (!doc.contains(field)) continue;
            const auto& o = doc[field];
            const std::string ptr = std::string("/") + field;
            if (!o.is_object()) mapping_error(file, ptr, "expected an object of dossier id → list of topics");
            for (const auto& [dossier, topics] : o.items()) {
                if (!m.nodes.contains(dossier))
                    mapping_error(file, ptr + "/" + dossier, "dossier not defined in the 'graph' of dossiers.json");
                if (!topics.is_array()) mapping_error(file, ptr + "/" + dossier, "expected a list of topics");
                for (const auto& t : topics) {
                    if (!t.is_string()) mapping_error(file, ptr + "/" + dossier, "expected topic strings");
                    auto s = t.get<std::string>();
                    const bool prefix = !s.empty() && s.back() == '*';
                    auto key = fold(prefix ? s.substr(0, s.size() - 1) : s) + (prefix ? "*" : "");
                    m.dossiers[field][key] = dossier;
                }
            }
        }
        if (doc.contains("corrections")) {
            const auto& arr = doc["corrections"];
            if (!arr.is_array()) mapping_error(file, "/corrections", "expected a list");
            int i = 0;
            for (const auto& c : arr) {
                const std::string ptr = "/corrections/" + std::to_string(i);
                ImportMappings::Correction k;
                for (auto [key, dst] : {std::pair{"file", &k.file}, {"key_column", &k.key_column}, {"key_value", &k.key_value},
                                        {"column", &k.column}, {"from", &k.from}, {"to", &k.to}, {"reason", &k.reason}}) {
                    if (!c.contains(key) || !c[key].is_string())
                        mapping_error(file, ptr + "/" + key, "expected a string");
                    *dst = c[key].get<std::string>();
                }
                k.line = i++;
                m.corrections.push_back(std::move(k));
            }
        }
    }
    return m;
}

}  // namespace councilgraph
