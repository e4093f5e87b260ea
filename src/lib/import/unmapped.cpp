#include "common.hpp"

#include <algorithm>

namespace councilgraph::detail {

void report_unmapped(Builder& b, const std::map<std::string, int>& unmapped, std::string_view field,
                     const std::map<std::string, int>* meetings) {
    if (unmapped.empty() && (!meetings || meetings->empty())) return;
    // Every agenda title is checked: the meetings under an unmapped title count too, so a title
    // that only ever had meetings (no text) is listed as well.
    if (meetings) {
        std::vector<std::pair<std::string, std::pair<int, int>>> rows;
        int total_m = 0, total_t = 0;
        for (const auto& [topic, m] : *meetings) {
            const auto t = unmapped.find(topic);
            rows.push_back({topic, {m, t == unmapped.end() ? 0 : t->second}});
            total_m += m;
        }
        for (const auto& [topic, n] : unmapped) {
            total_t += n;
            if (!meetings->contains(topic)) rows.push_back({topic, {0, n}});
        }
        std::stable_sort(rows.begin(), rows.end(), [](auto& x, auto& y) {
            return x.second.first + x.second.second > y.second.first + y.second.second;
        });
        auto count = [](std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
        b.note(0, count(rows.size(), "agenda title has", "agenda titles have") + " no dossier: " +
                      count(static_cast<std::size_t>(total_m), "meeting", "meetings") + ", " +
                      count(static_cast<std::size_t>(total_t), "text", "texts") + " (add the title to data/mappings/dossiers.json, " +
                      std::string(field) + "):");
        for (const auto& [topic, c] : rows)
            b.note(0, "  unmapped: '" + topic + "': " + count(static_cast<std::size_t>(c.first), "meeting", "meetings") + ", " +
                          count(static_cast<std::size_t>(c.second), "text", "texts"));
        return;
    }
    std::vector<std::pair<std::string, int>> by_count(unmapped.begin(), unmapped.end());
    std::stable_sort(by_count.begin(), by_count.end(), [](auto& x, auto& y) { return x.second > y.second; });
    int total = 0;
    for (const auto& [_, n] : by_count) total += n;
    b.note(0, std::to_string(total) + " texts under " + std::to_string(by_count.size()) +
                  " topics have no dossier (add the topic to data/mappings/dossiers.json, " + std::string(field) + "):");
    for (const auto& [topic, n] : by_count) b.note(0, "  unmapped: " + std::to_string(n) + " × '" + topic + "'");
}

}  // namespace councilgraph::detail
