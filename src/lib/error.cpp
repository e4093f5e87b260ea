#include <councilgraph/error.hpp>

namespace councilgraph {

std::string Diagnostic::str() const {
    std::string s = where.file;
    if (where.line > 0) {
        s += ':' + std::to_string(where.line);
        if (where.column > 0) s += ':' + std::to_string(where.column);
    }
    s += ": ";
    if (!where.pointer.empty()) s += where.pointer + ": ";
    s += message;
    return s;
}

namespace {
std::string join_diags(const std::vector<Diagnostic>& d) {
    std::string s;
    for (const auto& x : d) {
        if (!s.empty()) s += '\n';
        s += x.str();
    }
    return s;
}
}  // namespace

DataError::DataError(std::vector<Diagnostic> diags) : Error(join_diags(diags)), diags_(std::move(diags)) {}

}  // namespace councilgraph
