#pragma once
// A map lookup that remembers its last key and answer. Consecutive edges mostly name the same node
// (a resolution's votes in file order, a state's relations in id order), and comparing an id with
// the last one costs far less than hashing it and following the bucket to another cache line.

#include <string_view>

namespace councilgraph::detail {

/// Finds string keys in `Map` (keyed by string_view), remembering the last key and its iterator.
/// The keys passed must stay alive while the lookup is used.
template <typename Map>
class LastLookup {
public:
    explicit LastLookup(const Map& map) : map_(map), it_(map.end()) {}
    [[nodiscard]] typename Map::const_iterator find(std::string_view key) {
        if (!used_ || key != key_) {
            it_ = map_.find(key);
            key_ = key;
            used_ = true;
        }
        return it_;
    }
    [[nodiscard]] typename Map::const_iterator end() const { return map_.end(); }

private:
    const Map& map_;
    typename Map::const_iterator it_;
    std::string_view key_;
    bool used_ = false;
};

}  // namespace councilgraph::detail
