#include <councilgraph/native.hpp>

#include <councilgraph/validate.hpp>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace councilgraph {

using nlohmann::ordered_json;

ordered_json evidence_json(const std::vector<Evidence>& evs, const std::map<std::string, std::string, std::less<>>* titles) {
    ordered_json arr = ordered_json::array();
    for (const auto& e : evs) {
        ordered_json o;
        o["source"] = e.source;
        if (titles)
            if (auto it = titles->find(e.source); it != titles->end()) o["source_title"] = it->second;
        if (!e.quote.empty()) o["quote"] = e.quote;
        if (!e.lang.empty()) o["lang"] = e.lang;
        if (!e.locator.empty()) o["locator"] = e.locator;
        if (!e.record.empty()) o["record"] = e.record;
        arr.push_back(std::move(o));
    }
    return arr;
}

ordered_json to_json(const AttrValue& v) {
    return std::visit([](const auto& x) { return ordered_json(x); }, v);
}

namespace {

ordered_json attrs_json(const Attrs& a) {
    ordered_json o = ordered_json::object();
    for (const auto& [k, v] : a) o[k] = to_json(v);
    return o;
}


std::string start_key(const Edge& e) {
    if (e.time.date) return e.time.date->str();
    if (e.time.start) return e.time.start->str();
    return {};
}

// An id in the order repeats are numbered: `x` (the first), `x~2`, ..., `x~10`, not `x~10` before `x~2`.
std::pair<std::string_view, std::uint64_t> repeat_order(std::string_view id) {
    const auto tilde = id.rfind('~');
    if (tilde == std::string_view::npos || tilde + 1 == id.size() || id.size() - tilde > 19) return {id, 1};
    std::uint64_t n = 0;
    for (const char c : id.substr(tilde + 1)) {
        if (c < '0' || c > '9') return {id, 1};
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return {id.substr(0, tilde), n};
}

// The ids to write: explicit ones, and derived ones that loading the written file alone would
// not derive again (the loader numbers repeats in file order and skips ids already taken, so a
// selection that left out `x~2` must state its `x~3`). Reproduces the loader's numbering.
std::vector<bool> ids_to_write(const std::vector<const Edge*>& edges) {
    std::vector<bool> write(edges.size());
    std::unordered_set<std::string_view> taken;
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (edges[i]->explicit_id) {
            write[i] = true;
            taken.insert(edges[i]->id);
        }
    std::unordered_map<std::string, std::uint64_t> next;  // base → next repeat number to try
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = *edges[i];
        if (e.explicit_id || e.id.empty()) continue;
        const std::string base = derived_edge_id(e);
        auto& n = next.try_emplace(base, 1).first->second;
        auto candidate = [&](std::uint64_t k) { return k == 1 ? base : base + "~" + std::to_string(k); };
        std::uint64_t k = n;
        std::string id = candidate(k);
        while (taken.contains(id)) id = candidate(++k);
        if (id == e.id) n = k + 1;
        else write[i] = true;
        taken.insert(e.id);
    }
    return write;
}

}  // namespace

ordered_json to_native_json(const Dataset& data) {
    ordered_json doc;
    doc["format"] = "councilgraph/1";
    if (!data.imported_against.empty()) {
        std::vector<std::string> files;
        for (const auto& [_, f] : data.imported_against)
            if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(f);
        doc["imported_against"] = files;
    }
    std::vector<const Source*> srcs;
    for (const auto& s : data.sources) srcs.push_back(&s);
    std::sort(srcs.begin(), srcs.end(), [](auto a, auto b) { return a->id < b->id; });
    ordered_json sources = ordered_json::array();
    for (const Source* s : srcs) {
        ordered_json o;
        o["id"] = s->id;
        o["title"] = s->title;
        if (!s->short_title.empty()) o["short_title"] = s->short_title;
        if (!s->file.empty()) o["file"] = s->file;
        if (s->date) o["date"] = s->date->str();
        if (!s->lang.empty()) o["lang"] = s->lang;
        if (!s->url.empty()) o["url"] = s->url;
        if (!s->note.empty()) o["note"] = s->note;
        sources.push_back(std::move(o));
    }
    doc["sources"] = std::move(sources);

    std::vector<const Node*> nodes;
    for (const auto& n : data.nodes) nodes.push_back(&n);
    std::sort(nodes.begin(), nodes.end(), [](auto a, auto b) { return a->id < b->id; });
    ordered_json jn = ordered_json::array();
    for (const Node* n : nodes) {
        ordered_json o;
        o["id"] = n->id;
        o["kind"] = std::string(to_string(n->kind));
        ordered_json name;
        name["en"] = n->name.en;
        if (!n->name.nl.empty()) name["nl"] = n->name.nl;
        if (!n->name.fr.empty()) name["fr"] = n->name.fr;
        o["name"] = std::move(name);
        if (!n->aliases.empty()) o["aliases"] = n->aliases;
        if (!n->attrs.empty()) o["attrs"] = attrs_json(n->attrs);
        if (!n->evidence.empty()) o["evidence"] = evidence_json(n->evidence);
        jn.push_back(std::move(o));
    }
    doc["nodes"] = std::move(jn);

    std::vector<const Edge*> edges;
    for (const auto& e : data.edges) edges.push_back(&e);
    std::sort(edges.begin(), edges.end(), [](auto a, auto b) {
        const auto sa = start_key(*a), sb = start_key(*b);
        const auto ra = repeat_order(a->id), rb = repeat_order(b->id);
        return std::tie(a->kind, a->from, a->to, sa, ra, a->id) < std::tie(b->kind, b->from, b->to, sb, rb, b->id);
    });
    const auto write_id = ids_to_write(edges);
    ordered_json je = ordered_json::array();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge* e = edges[i];
        ordered_json o;
        if (write_id[i]) o["id"] = e->id;
        o["kind"] = std::string(to_string(e->kind));
        o["from"] = e->from;
        o["to"] = e->to;
        if (!e->time_derived) {  // a derived time follows from the ends again when loaded
            if (e->time.date) o["date"] = e->time.date->str();
            if (e->time.start) o["start"] = e->time.start->str();
            if (e->time.end) o["end"] = e->time.end->str();
        }
        if (!e->attrs.empty()) o["attrs"] = attrs_json(e->attrs);
        o["evidence"] = evidence_json(e->evidence);
        je.push_back(std::move(o));
    }
    doc["edges"] = std::move(je);
    return doc;
}

std::string to_native_text(const Dataset& data) { return to_native_json(data).dump(2) + "\n"; }

}  // namespace councilgraph
