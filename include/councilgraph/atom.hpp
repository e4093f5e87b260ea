#pragma once
/// \file atom.hpp
/// Interned text: the ids, ends, sources and records of a million edges are a few distinct words
/// repeated, or short unique words; an Atom is one pointer to the one copy of its text.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

namespace councilgraph {

/// A text interned in a process-wide table: 8 bytes, copied as a pointer, compared by content.
/// Equal texts share one copy; a text, once interned, lives as long as the process (a data set
/// loaded again interns nothing new). Reads like a `const std::string`: it converts to
/// `std::string_view` and `std::string`, compares with any text, concatenates with `+`, formats
/// with fmt and `<<`, and has the read-only members of a string that the library uses.
/// Interning is thread-safe.
class Atom {
public:
    static constexpr std::size_t npos = std::string_view::npos;

    /// The empty text.
    constexpr Atom() noexcept = default;
    /// Interns `s` (looks it up; copies it only the first time).
    Atom(std::string_view s);  // NOLINT(google-explicit-constructor): a field assigned a string
    Atom(const std::string& s) : Atom(std::string_view(s)) {}  // NOLINT(google-explicit-constructor)
    Atom(const char* s) : Atom(std::string_view(s)) {}         // NOLINT(google-explicit-constructor)

    [[nodiscard]] std::string_view view() const noexcept { return p_ ? std::string_view(p_, size()) : std::string_view(); }
    operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)
    [[nodiscard]] std::string str() const { return std::string(view()); }
    operator std::string() const { return str(); }  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool empty() const noexcept { return p_ == nullptr; }
    [[nodiscard]] std::size_t size() const noexcept {
        if (!p_) return 0;
        std::uint32_t n;
        __builtin_memcpy(&n, p_ - sizeof n, sizeof n);
        return n;
    }
    [[nodiscard]] std::size_t length() const noexcept { return size(); }
    /// The characters, NUL-terminated (also when empty).
    [[nodiscard]] const char* data() const noexcept { return p_ ? p_ : ""; }
    [[nodiscard]] const char* c_str() const noexcept { return data(); }
    [[nodiscard]] const char* begin() const noexcept { return data(); }
    [[nodiscard]] const char* end() const noexcept { return data() + size(); }
    [[nodiscard]] char operator[](std::size_t i) const noexcept { return data()[i]; }
    [[nodiscard]] char front() const noexcept { return *data(); }
    [[nodiscard]] char back() const noexcept { return data()[size() - 1]; }
    [[nodiscard]] bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
    [[nodiscard]] bool starts_with(char c) const noexcept { return view().starts_with(c); }
    [[nodiscard]] bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
    [[nodiscard]] bool ends_with(char c) const noexcept { return view().ends_with(c); }
    [[nodiscard]] std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
    [[nodiscard]] std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }
    [[nodiscard]] std::size_t rfind(std::string_view s, std::size_t pos = npos) const noexcept { return view().rfind(s, pos); }
    [[nodiscard]] std::size_t rfind(char c, std::size_t pos = npos) const noexcept { return view().rfind(c, pos); }
    /// A copy of part of the text, as std::string::substr.
    [[nodiscard]] std::string substr(std::size_t pos = 0, std::size_t n = npos) const { return std::string(view().substr(pos, n)); }
    [[nodiscard]] int compare(std::string_view s) const noexcept { return view().compare(s); }
    [[nodiscard]] int compare(std::size_t pos, std::size_t n, std::string_view s) const { return view().compare(pos, n, s); }
    /// Makes this the empty text.
    void clear() noexcept { p_ = nullptr; }

    /// Same text (two Atoms are equal exactly when they are the same pointer).
    friend bool operator==(const Atom& a, const Atom& b) noexcept { return a.p_ == b.p_; }
    friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) noexcept {
        return a.p_ == b.p_ ? std::strong_ordering::equal : a.view() <=> b.view();
    }
    template <typename T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Atom> && std::is_convertible_v<const T&, std::string_view>)
    friend bool operator==(const Atom& a, const T& b) noexcept {
        return a.view() == std::string_view(b);
    }
    template <typename T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Atom> && std::is_convertible_v<const T&, std::string_view>)
    friend std::strong_ordering operator<=>(const Atom& a, const T& b) noexcept {
        return a.view() <=> std::string_view(b);
    }

    friend std::string operator+(const Atom& a, const Atom& b) { return a.str().append(b.view()); }
    friend std::string operator+(std::string a, const Atom& b) { return std::move(a.append(b.view())); }
    friend std::string operator+(const Atom& a, std::string_view b) { return a.str().append(b); }
    friend std::string operator+(const Atom& a, const std::string& b) { return a.str().append(b); }
    friend std::string operator+(const char* a, const Atom& b) { return std::string(a).append(b.view()); }
    friend std::string operator+(const Atom& a, const char* b) { return a.str().append(b); }
    friend std::string operator+(char a, const Atom& b) { return std::string(1, a).append(b.view()); }
    friend std::string operator+(const Atom& a, char b) { return a.str().append(1, b); }

private:
    const char* p_ = nullptr;  // the characters, after their 4-byte length; nullptr = empty
};

/// Writes the text.
std::ostream& operator<<(std::ostream& os, const Atom& a);

/// How many distinct texts are interned and the bytes their copies take (for the benchmarks).
struct AtomStats {
    std::size_t count = 0, bytes = 0;
};
[[nodiscard]] AtomStats atom_stats();

}  // namespace councilgraph

/// Hashes as the text's std::string_view does.
template <>
struct std::hash<councilgraph::Atom> {
    std::size_t operator()(const councilgraph::Atom& a) const noexcept { return std::hash<std::string_view>{}(a.view()); }
};
