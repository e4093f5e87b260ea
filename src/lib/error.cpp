#include <councilgraph/error.hpp>

namespace councilgraph {

std::string Diagnostic::str() const {
    std::string s = where.file;
    if (where.line > 0) {
        s += ':' + std::to_string(where.line);
        if (where.column > 0) s += ':' + std::to_string(where.column);
    }
    s += ": ";
    // A key may hold control characters; the message stays one line.
    for (const char c : where.pointer) {
        if (static_cast<unsigned char>(c) >= 0x20) {
            s += c;
            continue;
        }
        static constexpr char hex[] = "0123456789abcdef";
        s += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : c == '\r' ? std::string("\\r")
                                                                            : std::string("\\u00") + hex[c >> 4] + hex[c & 15];
    }
    if (!where.pointer.empty()) s += ": ";
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
