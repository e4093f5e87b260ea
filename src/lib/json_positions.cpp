#include "json_positions.hpp"

#include <cstring>

namespace councilgraph::detail {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_delim(char c) { return c == ',' || c == '}' || c == ']' || c == ':' || is_ws(c); }

void append_utf8(std::string& s, std::uint32_t cp) {
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string child_key(std::uint32_t parent, std::string_view segment) {
    std::string k(sizeof parent, '\0');
    std::memcpy(k.data(), &parent, sizeof parent);
    k += segment;
    return k;
}

class Scanner {
public:
    explicit Scanner(std::string_view t) : t_(t) {}

    [[nodiscard]] bool eof() const { return i_ >= t_.size(); }
    [[nodiscard]] char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
    [[nodiscard]] TextPos pos() const { return {line_, col_}; }
    [[nodiscard]] std::size_t offset() const { return i_; }
    void advance() {
        if (i_ >= t_.size()) return;
        const auto c = static_cast<unsigned char>(t_[i_++]);
        if (c == '\n') {
            ++line_;
            col_ = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++col_;  // count characters, not continuation bytes
        }
    }
    void ws() {
        while (i_ < t_.size() && is_ws(t_[i_])) advance();
    }
    // A string at the current quote, decoded (the key as nlohmann gives it).
    std::string string() {
        std::string s;
        advance();  // opening quote
        while (!eof() && peek() != '"') {
            if (peek() != '\\') {
                s += peek();
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
                case 'b': s += '\b'; break;
                case 'f': s += '\f'; break;
                case 'n': s += '\n'; break;
                case 'r': s += '\r'; break;
                case 't': s += '\t'; break;
                case 'u': {
                    std::uint32_t cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && peek() == '\\' && i_ + 1 < t_.size() && t_[i_ + 1] == 'u') {
                        advance();
                        advance();
                        const std::uint32_t lo = hex4();
                        cp = lo >= 0xDC00 && lo < 0xE000 ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
                    } else if (cp >= 0xD800 && cp < 0xE000) {
                        cp = 0xFFFD;
                    }
                    append_utf8(s, cp);
                    break;
                }
                default: s += e; break;  // `"`, `\`, `/`
            }
        }
        advance();  // closing quote
        return s;
    }
    // A number, `true`, `false` or `null`; false when nothing was consumed (not valid JSON).
    bool scalar() {
        const auto start = i_;
        while (!eof() && !is_delim(peek()) && peek() != '"' && peek() != '{' && peek() != '[') advance();
        return i_ > start;
    }

private:
    std::uint32_t hex4() {
        std::uint32_t v = 0;
        for (int k = 0; k < 4 && !eof(); ++k) {
            const char c = peek();
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return 0xFFFD;
            v = v * 16 + static_cast<std::uint32_t>(d);
            advance();
        }
        return v;
    }

    std::string_view t_;
    std::size_t i_ = 0;
    int line_ = 1, col_ = 1;
};

}  // namespace

std::optional<Diagnostic> json_depth_problem(std::string_view text, const std::string& file) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_json_depth) {
                const auto p = position_of_offset(text, i);
                return Diagnostic{Location(file, p.line, p.column),
                                  "invalid JSON: more than " + std::to_string(max_json_depth) +
                                      " nested arrays and objects (the nesting limit)"};
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

std::uint32_t PositionTable::add(std::uint32_t parent, std::string_view segment, TextPos pos) {
    const auto idx = static_cast<std::uint32_t>(values_.size());
    values_.push_back({parent, pos});
    if (idx > 0) children_.insert_or_assign(child_key(parent, segment), idx);  // a repeated key: the later one, as nlohmann
    return idx;
}

std::pair<const PositionTable::Entry*, bool> PositionTable::walk(std::string_view pointer) const {
    if (values_.empty()) return {nullptr, false};
    std::uint32_t cur = 0;
    if (pointer.empty()) return {&values_[0], true};
    if (pointer.front() != '/') return {&values_[0], false};
    pointer.remove_prefix(1);
    for (;;) {
        const auto slash = pointer.find('/');
        const auto segment = pointer.substr(0, slash);
        auto it = children_.find(child_key(cur, segment));
        if (it == children_.end()) return {&values_[cur], false};
        cur = it->second;
        if (slash == std::string_view::npos) return {&values_[cur], true};
        pointer.remove_prefix(slash + 1);
    }
}

PositionTable::const_iterator PositionTable::find(std::string_view pointer) const {
    auto [e, whole] = walk(pointer);
    return whole ? e : end();
}

PositionTable::const_iterator PositionTable::nearest(std::string_view pointer) const { return walk(pointer).first; }

PositionTable json_positions(std::string_view text) {
    PositionTable out;
    Scanner s(text);
    struct Frame {
        std::uint32_t value;
        bool object;
        std::size_t count = 0;
    };
    std::vector<Frame> stack;
    // Records the value starting here under (parent, segment); opens it when it is a container.
    // False when the text is not valid JSON here: the walk stops with what it has.
    auto value = [&](std::uint32_t parent, std::string_view segment) {
        const auto idx = out.add(parent, segment, s.pos());
        const char c = s.peek();
        if (c == '{' || c == '[') {
            s.advance();
            stack.push_back({idx, c == '{'});
            return true;
        }
        if (c == '"') {
            s.string();
            return true;
        }
        return s.scalar();
    };
    s.ws();
    if (s.eof() || !value(0, "")) return out;
    std::string segment;
    while (!stack.empty()) {
        s.ws();
        if (s.eof()) break;
        Frame& f = stack.back();
        const char c = s.peek();
        if (c == (f.object ? '}' : ']')) {
            s.advance();
            stack.pop_back();
            continue;
        }
        if (f.count > 0) {
            if (c != ',') break;
            s.advance();
            s.ws();
        }
        if (f.object) {
            if (s.peek() != '"') break;
            segment = pointer_escape(s.string());
            s.ws();
            if (s.peek() != ':') break;
            s.advance();
            s.ws();
        } else {
            segment = std::to_string(f.count);
        }
        ++f.count;
        const auto parent = f.value;  // `f` dies when `value` opens a container
        if (s.eof() || !value(parent, segment)) break;
    }
    return out;
}

void fill_position(const PositionTable& table, Location& loc) {
    if (auto it = table.nearest(loc.pointer); it != table.end()) {
        loc.line = it->second.line;
        loc.column = it->second.column;
    }
}

Diagnostic json_syntax_problem(std::string_view text, const std::string& file, std::size_t byte,
                               std::string_view what) {
    const TextPos p = position_of_offset(text, byte > 0 ? byte - 1 : 0);
    std::string msg(what);
    const auto colon = msg.find(": ", msg.find("parse error"));
    if (colon != std::string::npos) msg = msg.substr(colon + 2);
    if (const auto lr = msg.find("; last read: "); lr != std::string::npos) msg.erase(lr);
    return {{file, p.line, p.column, ""}, "invalid JSON: " + msg};
}

TextPos position_of_offset(std::string_view text, std::size_t offset) {
    TextPos p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

std::string pointer_escape(std::string_view key) {
    std::string s;
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

}  // namespace councilgraph::detail
