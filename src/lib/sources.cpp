#include <councilgraph/sources.hpp>

#include <councilgraph/error.hpp>
#include <councilgraph/names.hpp>
#include <councilgraph/validate.hpp>

#include <algorithm>
#include <unordered_map>

namespace councilgraph {

std::vector<SourceRow> query_sources(const Graph& g) {
    std::unordered_map<std::string_view, std::size_t> at;
    std::vector<SourceRow> rows;
    for (const Source& s : g.sources()) {
        at.emplace(s.id, rows.size());
        rows.push_back({&s, "", 0, 0});
    }
    std::vector<char> quoted(rows.size(), 0), recorded(rows.size(), 0);
    // Each fact counts once per source, however many of its evidence items cite that source.
    auto cite = [&](const std::vector<Evidence>& evidence, bool node) {
        std::vector<std::size_t> seen;
        for (const auto& e : evidence) {
            auto it = at.find(e.source);
            if (it == at.end()) continue;
            const std::size_t k = it->second;
            if (!e.quote.empty()) quoted[k] = 1;
            if (!e.record.empty()) recorded[k] = 1;
            if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
            seen.push_back(k);
            ++(node ? rows[k].entities : rows[k].facts);
        }
    };
    for (EdgeIndex i = 0; i < g.edge_count(); ++i) cite(g.edge(i).evidence, false);
    for (Vertex v = 0; v < g.node_count(); ++v) cite(g.node(v).evidence, true);
    for (std::size_t k = 0; k < rows.size(); ++k)
        rows[k].kind = recorded[k] ? "data set" : quoted[k] ? "document" : "reference";
    std::sort(rows.begin(), rows.end(), [](const SourceRow& a, const SourceRow& b) { return a.source->id < b.source->id; });
    return rows;
}

const Source* named_source(const Graph& g, std::string_view name) {
    if (name.starts_with("source:")) return g.find_source(name.substr(7));
    if (const Source* s = g.find_source(name)) return s;
    const std::string folded = fold(name);
    if (folded.empty()) return nullptr;
    for (const Source& s : g.sources())
        if (fold(s.title) == folded || (!s.short_title.empty() && fold(s.short_title) == folded)) return &s;
    return nullptr;
}

std::vector<std::string> source_ids(const Graph& g, std::span<const std::string> names) {
    std::vector<std::string> out;
    for (const auto& n : names) {
        if (n == "curated" || n == "imported") {
            out.push_back(n);
            continue;
        }
        if (const Source* s = named_source(g, n)) {
            out.push_back(s->id);
            continue;
        }
        std::vector<std::string> known{"curated", "imported"};
        for (const Source& s : g.sources()) {
            known.push_back(s.id);
            if (!s.short_title.empty()) known.push_back(s.short_title);
        }
        const auto near = closest(n, known, 1);
        throw NameError("--source: no source '" + n + "'" + (near.empty() ? std::string() : " (did you mean '" + near.front() + "'?)") +
                               "; 'councilgraph sources' lists them");
    }
    return out;
}

std::vector<EdgeIndex> citing(const Graph& g, const Source& source) {
    std::vector<EdgeIndex> out;
    for (EdgeIndex i = 0; i < g.edge_count(); ++i) {
        const auto& ev = g.edge(i).evidence;
        if (std::any_of(ev.begin(), ev.end(), [&](const Evidence& e) { return e.source == source.id; })) out.push_back(i);
    }
    std::stable_sort(out.begin(), out.end(), [&](EdgeIndex a, EdgeIndex b) { return g.edge(a).kind < g.edge(b).kind; });
    return out;
}

const TableSpec<SourceRow>& sources_spec() {
    static const TableSpec<SourceRow> spec = [] {
        using R = SourceRow;
        using V = Value;
        using Cx = RowContext;
        TableSpec<R> s;
        s.columns = {
            {shown("id", ValueType::text, WidthClass::fixed), [](const Cx&, const R& r) -> V { return r.source->id; }},
            {shown("short_title", ValueType::text, WidthClass::name), [](const Cx&, const R& r) -> V { return r.source->short_title; }},
            {shown("title", ValueType::text, WidthClass::text), [](const Cx&, const R& r) -> V { return r.source->title; }},
            {shown("date", ValueType::text, WidthClass::fixed),
             [](const Cx&, const R& r) -> V { return r.source->date ? r.source->date->str() : std::string(); }},
            {shown("lang", ValueType::text, WidthClass::fixed), [](const Cx&, const R& r) -> V { return r.source->lang; }},
            {shown("kind", ValueType::text, WidthClass::fixed), [](const Cx&, const R& r) -> V { return r.kind; }},
            {shown("facts", ValueType::integer, WidthClass::fixed),
             [](const Cx&, const R& r) -> V { return static_cast<std::int64_t>(r.facts); }},
            {shown("entities", ValueType::integer, WidthClass::fixed),
             [](const Cx&, const R& r) -> V { return static_cast<std::int64_t>(r.entities); }},
            {hidden("file"), [](const Cx&, const R& r) -> V { return r.source->file; }},
            {hidden("url"), [](const Cx&, const R& r) -> V { return r.source->url; }},
            {hidden("note"), [](const Cx&, const R& r) -> V { return r.source->note; }},
        };
        return s;
    }();
    return spec;
}

Table sources_table(const Graph& g, std::span<const SourceRow> rows) { return sources_spec().table(rows, {g, Lang::en}); }

}  // namespace councilgraph
