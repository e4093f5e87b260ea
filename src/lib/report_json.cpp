#include <councilgraph/native.hpp>
#include <councilgraph/report.hpp>

namespace councilgraph {

using nlohmann::ordered_json;

nlohmann::ordered_json report_json(const Graph& g, const Report& r) {
    const auto date = [](const std::optional<Date>& d) { return d ? ordered_json(d->str()) : ordered_json(nullptr); };
    ordered_json o;
    o["state_id"] = g.node(r.state).id;
    o["lang"] = std::string(to_string(r.lang));
    o["from"] = date(r.from);
    o["to"] = date(r.to);
    o["title"] = r.title;
    o["window"] = r.window_text;
    o["curated_lines"] = r.curated_lines;
    o["imported_lines"] = r.imported_lines;
    ordered_json sections = ordered_json::array();
    for (const auto& s : r.sections) {
        ordered_json so;
        so["key"] = s.key;
        so["title"] = s.title;
        so["empty_note"] = s.items.empty() ? s.empty_note : std::string();
        ordered_json items = ordered_json::array();
        for (const auto& it : s.items)
            items.push_back({{"lead", it.lead}, {"text", it.text}, {"conflict", it.conflict}, {"evidence", evidence_json(it.evidence)}});
        so["items"] = std::move(items);
        sections.push_back(std::move(so));
    }
    o["sections"] = std::move(sections);
    return o;
}

}  // namespace councilgraph
