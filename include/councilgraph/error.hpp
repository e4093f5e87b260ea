#pragma once
/// \file error.hpp
/// Typed errors. The library throws; the CLI catches and maps `exit_code()` to the process status.

#include <stdexcept>
#include <string>
#include <vector>

namespace councilgraph {

/// Process exit codes used by the CLI (see docs/cli.md).
enum class ExitCode : int { ok = 0, nothing_found = 1, bad_input = 2 };

/// Where a problem is: a file, optionally a line:column and a JSON pointer (or CSV row).
struct Location {
    std::string file;     ///< path as given by the user
    int line = 0;         ///< 1-based, 0 when unknown
    int column = 0;       ///< 1-based, 0 when unknown
    std::string pointer;  ///< JSON pointer such as `/edges/12/to`, or empty

    Location() = default;
    Location(std::string file_, int line_ = 0, int column_ = 0, std::string pointer_ = {})
        : file(std::move(file_)), line(line_), column(column_), pointer(std::move(pointer_)) {}
};

/// One problem found in the input, printed as `file:line:col: pointer: message`.
struct Diagnostic {
    Location where;
    std::string message;
    /// The one-line rendering used everywhere (stderr, tests); control characters of the pointer
    /// are written `\n`, `\t`, `\r`, `\u00XX`.
    [[nodiscard]] std::string str() const;
};

/// Base of every error the library throws; carries the exit code the CLI should use.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what, ExitCode code = ExitCode::bad_input)
        : std::runtime_error(what), code_(code) {}
    [[nodiscard]] ExitCode exit_code() const noexcept { return code_; }

private:
    ExitCode code_;
};

/// Bad input data: one or more diagnostics, all of them (not just the first).
class DataError : public Error {
public:
    explicit DataError(std::vector<Diagnostic> diags);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept { return diags_; }

private:
    std::vector<Diagnostic> diags_;
};

/// A name given on the command line that resolves to no node, or to several.
class NameError : public Error {
public:
    /// `name`: the name as the user gave it; `candidates`: the ids of the nodes it may mean (when
    /// ambiguous: every one; when unknown: the closest suggestions, possibly none).
    explicit NameError(const std::string& what, std::string name = {}, std::vector<std::string> candidates = {},
                       bool ambiguous = false)
        : Error(what), name_(std::move(name)), candidates_(std::move(candidates)), ambiguous_(ambiguous) {}
    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] const std::vector<std::string>& candidates() const noexcept { return candidates_; }
    /// True when the name matches several nodes, false when it matches none.
    [[nodiscard]] bool ambiguous() const noexcept { return ambiguous_; }

private:
    std::string name_;
    std::vector<std::string> candidates_;
    bool ambiguous_;
};

/// A bad argument value (a malformed date, an unknown kind, an unknown format).
class UsageError : public Error {
public:
    using Error::Error;
};

}  // namespace councilgraph
