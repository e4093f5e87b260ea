#pragma once
// What the loader asks of the Atom table beyond interning one text: room for the texts of a file
// it is about to read, and whether a text was new (an id never seen before is no edge's id yet).

#include <councilgraph/atom.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

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

}  // namespace councilgraph::detail
