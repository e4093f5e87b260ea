#pragma once
// What the loader asks of the Atom table beyond interning one text: room for the texts of a file
// it is about to read, and whether a text was new (an id never seen before is no edge's id yet).

#include <councilgraph/atom.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace councilgraph::detail {

/// Makes room in the table for `n` more texts, so that it does not grow (and rehash every text)
/// while a big file is read.
void reserve_atoms(std::size_t n);

/// Interns `s`; `.second` is true when no Atom had this text before. The empty text is never new.
[[nodiscard]] std::pair<Atom, bool> intern_new(std::string_view s);

/// A hash of an Atom's identity (equal texts are one Atom, so this is a hash of the text's
/// identity, computed without reading the text).
[[nodiscard]] inline std::size_t atom_identity_hash(const Atom& a) noexcept {
    auto x = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(a.empty() ? nullptr : a.data()));
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
}

/// Positions by Atom (the node ids, looked up for both ends of every edge): an open-addressing
/// table that hashes and compares the Atoms' pointers, never their text, small enough to stay in
/// cache. The first position given for a key is kept.
class AtomIndex {
public:
    static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
    /// Room for `n` keys.
    explicit AtomIndex(std::size_t n) {
        std::size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        slots_.assign(cap, Slot{});
    }
    /// Adds `key` at `at` unless the key is there (the empty text is never a key).
    void insert(const Atom& key, std::uint32_t at) {
        if (key.empty()) return;
        for (std::size_t s = atom_identity_hash(key) & mask();; s = (s + 1) & mask()) {
            if (slots_[s].key == nullptr) {
                slots_[s] = Slot{key.data(), at};
                return;
            }
            if (slots_[s].key == key.data()) return;
        }
    }
    /// The position of `key`, or none.
    [[nodiscard]] std::uint32_t find(const Atom& key) const noexcept {
        if (key.empty()) return none;
        for (std::size_t s = atom_identity_hash(key) & mask();; s = (s + 1) & mask()) {
            if (slots_[s].key == key.data()) return slots_[s].at;
            if (slots_[s].key == nullptr) return none;
        }
    }

private:
    struct Slot {
        const char* key = nullptr;
        std::uint32_t at = none;
    };
    std::vector<Slot> slots_;
    [[nodiscard]] std::size_t mask() const noexcept { return slots_.size() - 1; }
};

}  // namespace councilgraph::detail
