#pragma once
// The fast path of the loader: one forward pass over a data file's bytes that builds the records
// directly, with no JSON DOM. It accepts only clean files: at the first thing it does not accept
// (any syntax, structure or per-file problem, and a few legal but rare forms such as escapes in
// keys or a byte-order mark) it gives up, leaves the data set as it was, and the caller runs the
// precise path (nlohmann/json), which reports every problem with its exact message.

#include <councilgraph/model.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph::detail {

/// Parses `text` (file `file`) into `out`; false when the file needs the precise path, with `out`
/// unchanged. `release(n)`, when given, is called now and then with the number of leading bytes of
/// `text` that will not be read again (so a memory-mapped file can drop them).
[[nodiscard]] bool fast_parse(std::string_view text, const std::string& file, Dataset& out,
                              const std::function<void(std::size_t)>& release = {});

/// The precise path alone (nlohmann/json with every per-file check), as load() runs it on a file the
/// fast path gave up on. Problems carry pointers; load() adds line:column.
void precise_parse(std::string_view text, const std::string& file, Dataset& out, std::vector<Diagnostic>& problems);

/// Whether `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF),
/// the rule nlohmann/json applies to strings.
[[nodiscard]] bool valid_utf8(std::string_view s) noexcept;

}  // namespace councilgraph::detail
