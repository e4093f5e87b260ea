#pragma once
// Shared by the libFuzzer harnesses: the fuzz input as text, and the fixtures they load once.
// Every harness asserts the library's contract on hostile input: it returns or throws
// councilgraph::Error (a precise message, exit 2 in the CLI); anything else (another exception, a
// crash, a sanitizer report, a hang) is a bug, and its input becomes a regression test.

#include <councilgraph/error.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

namespace councilgraph::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Runs `f`; councilgraph::Error is the expected answer to bad input, any other exception aborts.
template <typename F>
void expect_clean(F&& f) {
    try {
        f();
    } catch (const Error&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "internal error (a user would see exit 3): %s\n", e.what());
        std::abort();
    }
}

}  // namespace councilgraph::fuzz
