#pragma once
// Paging standard output as git does: only when it is a terminal and the output is longer than
// the screen, through $COUNCILGRAPH_PAGER, else $PAGER, else `less -FRX` (empty or `cat`: none),
// unless --no-pager. Only the command-line program pages (main.cpp); the library and the Python
// module never do.

#include <sys/types.h>

#include <iosfwd>
#include <memory>
#include <streambuf>
#include <string>

namespace councilgraph::cli {

/// The pager command the environment asks for: $COUNCILGRAPH_PAGER when set (even empty), else
/// $PAGER when set, else `less -FRX` when `less` is on the PATH; empty means none (as do `cat`
/// and blanks).
[[nodiscard]] std::string pager_command();

/// While alive, std::cout goes through it: what is written is held until it fills the screen
/// (rows counted with wrapping at the terminal's width), then the pager is started and gets it all
/// and the rest; output that fits the screen goes straight to the terminal at finish(). Does
/// nothing when standard output is not a terminal or no pager is set.
class Pager {
public:
    /// `disabled` is read when the screen fills, after the options were parsed (--no-pager).
    explicit Pager(const bool* disabled);
    ~Pager();
    Pager(const Pager&) = delete;
    Pager& operator=(const Pager&) = delete;

    /// Hands std::cout back: writes what is held to the terminal (through std::cout, so its
    /// errors are std::cout's), or closes the pager's pipe and waits until the user quits it.
    void finish();

private:
    class Buf;
    std::unique_ptr<Buf> buf_;
    std::streambuf* saved_ = nullptr;
};

}  // namespace councilgraph::cli
