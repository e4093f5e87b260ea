#include "json_positions.hpp"

namespace councilgraph::detail {

namespace {

class Walker {
public:
    Walker(std::string_view t, PositionTable& out) : t_(t), out_(out) {}

    void value(const std::string& ptr) {
        ws();
        out_[ptr] = pos();
        if (i_ >= t_.size()) return;
        char c = t_[i_];
        if (c == '{') {
            advance();
            ws();
            if (peek() == '}') { advance(); return; }
            while (i_ < t_.size()) {
                ws();
                std::string key = string();
                ws();
                advance();  // ':'
                value(ptr + "/" + pointer_escape(key));
                ws();
                if (peek() == ',') { advance(); continue; }
                advance();  // '}'
                return;
            }
        } else if (c == '[') {
            advance();
            ws();
            if (peek() == ']') { advance(); return; }
            for (std::size_t n = 0; i_ < t_.size(); ++n) {
                value(ptr + "/" + std::to_string(n));
                ws();
                if (peek() == ',') { advance(); continue; }
                advance();  // ']'
                return;
            }
        } else if (c == '"') {
            string();
        } else {
            while (i_ < t_.size() && !is_delim(t_[i_])) advance();
        }
    }

private:
    static bool is_delim(char c) { return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
    char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
    void advance() {
        if (i_ >= t_.size()) return;
        unsigned char c = static_cast<unsigned char>(t_[i_++]);
        if (c == '\n') { ++line_; col_ = 1; }
        else if ((c & 0xC0) != 0x80) ++col_;  // count characters, not continuation bytes
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\t' || t_[i_] == '\r')) advance();
    }
    TextPos pos() const { return {line_, col_}; }
    // Returns the raw key text; escapes other than \" and \\ are kept as written (keys here are ASCII).
    std::string string() {
        std::string s;
        advance();  // opening quote
        while (i_ < t_.size() && t_[i_] != '"') {
            if (t_[i_] == '\\') { advance(); }
            s += t_[i_];
            advance();
        }
        advance();  // closing quote
        return s;
    }

    std::string_view t_;
    PositionTable& out_;
    std::size_t i_ = 0;
    int line_ = 1, col_ = 1;
};

}  // namespace

PositionTable json_positions(std::string_view text) {
    PositionTable out;
    Walker(text, out).value("");
    return out;
}

void fill_position(const PositionTable& table, Location& loc) {
    std::string p = loc.pointer;
    while (true) {
        if (auto it = table.find(p); it != table.end()) {
            loc.line = it->second.line;
            loc.column = it->second.column;
            return;
        }
        if (p.empty()) return;
        p.erase(p.rfind('/'));
    }
}

TextPos position_of_offset(std::string_view text, std::size_t offset) {
    TextPos p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') { ++p.line; p.column = 1; }
        else if ((c & 0xC0) != 0x80) ++p.column;
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
