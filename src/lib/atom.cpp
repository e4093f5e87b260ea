#include <councilgraph/atom.hpp>

#include "atom_pool.hpp"

#include <bit>

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace councilgraph {

static_assert(sizeof(Atom) == sizeof(const char*) && std::is_trivially_copyable_v<Atom>);

namespace {

// The texts live in big blocks, each as its 4-byte length, its characters and a NUL, packed one
// after the other (no allocation per text, no per-text header). The table finds a text's copy by
// hash with linear probing; a slot holds the copy's address in its low 48 bits and 16 bits of the
// hash above them, so a probe reads another text only when those 16 bits agree.
class Pool {
public:
    /// The copy of `s`; `fresh` is set when it was made now.
    const char* intern(std::string_view s, bool& fresh) {
        const std::size_t h = std::hash<std::string_view>{}(s);
        const std::uint64_t tag = (h >> 48) << 48;
        std::lock_guard lock(mutex_);
        if ((count_ + 1) * 10 > slots_.size() * 7) grow(slots_.size() * 2);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint64_t slot = slots_[i];
            if (slot == 0) {
                const char* p = copy(s);
                // User-space addresses fit in 48 bits on the 64-bit targets Debian supports.
                if (reinterpret_cast<std::uintptr_t>(p) & ~address_mask) throw std::runtime_error("Atom: address above 48 bits");
                slots_[i] = tag | reinterpret_cast<std::uintptr_t>(p);
                ++count_;
                fresh = true;
                return p;
            }
            if ((slot & ~address_mask) == tag) {
                const char* p = reinterpret_cast<const char*>(slot & address_mask);
                std::uint32_t n;
                std::memcpy(&n, p - sizeof n, sizeof n);
                if (n == s.size() && std::memcmp(p, s.data(), n) == 0) {
                    fresh = false;
                    return p;
                }
            }
        }
    }

    void reserve(std::size_t more) {
        std::lock_guard lock(mutex_);
        std::size_t size = slots_.size();
        while ((count_ + more) * 10 > size * 7) size *= 2;
        if (size != slots_.size()) grow(size);
    }

    AtomStats stats() {
        std::lock_guard lock(mutex_);
        return AtomStats{count_, bytes_ + slots_.size() * sizeof(std::uint64_t)};
    }

private:
    static constexpr std::uint64_t address_mask = (std::uint64_t{1} << 48) - 1;
    static constexpr std::size_t block_size = std::size_t{1} << 20;

    std::mutex mutex_;
    std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(1024, 0);
    std::size_t count_ = 0, bytes_ = 0;
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t left_ = 0;

    const char* copy(std::string_view s) {
        const std::size_t need = sizeof(std::uint32_t) + s.size() + 1;
        if (need > left_) {
            // A text longer than a block gets a block of its own; the current one stays in use.
            const std::size_t size = need > block_size / 4 ? need : block_size;
            blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
            bytes_ += size;
            if (size == block_size) {
                next_ = blocks_.back().get();
                left_ = size;
            } else {
                return place(blocks_.back().get(), s);
            }
        }
        const char* p = place(next_, s);
        next_ += need;
        left_ -= need;
        return p;
    }
    static const char* place(char* at, std::string_view s) {
        const auto n = static_cast<std::uint32_t>(s.size());
        std::memcpy(at, &n, sizeof n);
        std::memcpy(at + sizeof n, s.data(), s.size());
        at[sizeof n + s.size()] = '\0';
        return at + sizeof n;
    }
    void grow(std::size_t size) {
        std::vector<std::uint64_t> bigger(size, 0);
        const std::size_t mask = bigger.size() - 1;
        for (const std::uint64_t slot : slots_) {
            if (slot == 0) continue;
            const char* p = reinterpret_cast<const char*>(slot & address_mask);
            std::uint32_t n;
            std::memcpy(&n, p - sizeof n, sizeof n);
            std::size_t i = std::hash<std::string_view>{}(std::string_view(p, n)) & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = slot;
        }
        slots_.swap(bigger);
    }
};

// Never destroyed: Atoms in other static objects may be read during exit. It stays reachable
// through this pointer, so a leak checker does not count it.
Pool& pool() {
    static Pool* p = new Pool;
    return *p;
}

}  // namespace

Atom::Atom(std::string_view s) {
    if (s.size() > UINT32_MAX) throw std::length_error("text too long to intern");
    bool fresh = false;
    if (!s.empty()) p_ = pool().intern(s, fresh);
}

void detail::reserve_atoms(std::size_t n) { pool().reserve(n); }

std::pair<Atom, bool> detail::intern_new(std::string_view s) {
    if (s.size() > UINT32_MAX) throw std::length_error("text too long to intern");
    if (s.empty()) return {Atom(), false};
    bool fresh = false;
    const char* p = pool().intern(s, fresh);
    // An Atom is exactly its pointer (one trivially copyable member).
    return {std::bit_cast<Atom>(p), fresh};
}

std::ostream& operator<<(std::ostream& os, const Atom& a) { return os << a.view(); }

AtomStats atom_stats() { return pool().stats(); }

}  // namespace councilgraph
