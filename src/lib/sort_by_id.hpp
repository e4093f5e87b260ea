#pragma once
// Ordering records by id without moving them while sorting: sort small keys (the first 24 bytes of
// each id, as three big-endian words, and the record's position), then move each record once into
// place, cycle by cycle, with no second copy of the array. Comparing words instead of following
// each record's id to the heap keeps the sort of a million edges in cache.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace councilgraph::detail {

/// Sorts `v` by `.id`, keeping the input order of equal ids (a stable sort).
template <typename T>
void sort_by_id(std::vector<T>& v) {
    const auto less = [](const T& a, const T& b) { return std::string_view(a.id) < std::string_view(b.id); };
    if (std::is_sorted(v.begin(), v.end(), less)) return;
    struct Key {
        std::uint64_t w[3];
        std::uint32_t at;
    };
    std::vector<Key> keys(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string_view id(v[i].id);
        unsigned char b[24] = {};
        std::memcpy(b, id.data(), std::min<std::size_t>(id.size(), 24));
        for (int k = 0; k < 3; ++k) {
            std::uint64_t w = 0;
            for (int j = 0; j < 8; ++j) w = (w << 8) | b[k * 8 + j];
            keys[i].w[k] = w;
        }
        keys[i].at = static_cast<std::uint32_t>(i);
    }
    // Keys that differ order as the ids do (a shorter id is padded with zero bytes, which sort
    // first); equal keys fall back to the whole ids, then to the input order.
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        for (int k = 0; k < 3; ++k)
            if (a.w[k] != b.w[k]) return a.w[k] < b.w[k];
        const int c = std::string_view(v[a.at].id).compare(std::string_view(v[b.at].id));
        return c != 0 ? c < 0 : a.at < b.at;
    });
    // keys[k].at is the old position of the record that belongs at k; follow each cycle once.
    std::vector<bool> placed(v.size(), false);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (placed[i] || keys[i].at == i) continue;
        T held = std::move(v[i]);
        std::size_t j = i;
        for (;;) {
            placed[j] = true;
            const std::size_t k = keys[j].at;
            if (k == i) {
                v[j] = std::move(held);
                break;
            }
            v[j] = std::move(v[k]);
            j = k;
        }
    }
}

}  // namespace councilgraph::detail
