#include "common.hpp"

#include <algorithm>

namespace councilgraph::detail {

void report_unmapped(Builder& b, const std::map<std::string, int>& unmapped, std::string_view field) {
    if (unmapped.empty()) return;
    std::vector<std::pair<std::string, int>> by_count(unmapped.begin(), unmapped.end());
    std::stable_sort(by_count.begin(), by_count.end(), [](auto& x, auto& y) { return x.second > y.second; });
    int total = 0;
    for (const auto& [_, n] : by_count) total += n;
    b.note(0, std::to_string(total) + " texts under " + std::to_string(by_count.size()) +
                  " topics have no dossier (add the topic to data/mappings/dossiers.json, " + std::string(field) + "):");
    for (const auto& [topic, n] : by_count) b.note(0, "  unmapped: " + std::to_string(n) + " × '" + topic + "'");
}

}  // namespace councilgraph::detail
