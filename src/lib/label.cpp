// Escaping and wrapping of the text that goes into Graphviz values (labels, tooltips, HTML labels).
#include <councilgraph/label.hpp>

#include <algorithm>
#include <vector>

namespace councilgraph {

std::string escape_label(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '&': out += "&amp;"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
                else out += c;
        }
    }
    return out;
}

std::string escape_tooltip(std::string_view text) {
    std::string plain;
    plain.reserve(text.size());
    for (char c : text) {
        if (c == '\\') plain += "⧵";
        else plain += c;
    }
    return escape_label(plain);
}

std::string graphviz_name(std::string_view id) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(id.size());
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '%' || c == '"' || c == '\\' || u < 0x20 || u == 0x7f) {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
                else out += c;
        }
    }
    return out;
}

std::size_t utf8_chars(std::string_view s) {
    // Continuation bytes do not count.
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::vector<std::string> wrap_lines(std::string_view text, std::size_t width) {
    // Existing line breaks are kept; each line is then filled word by word.
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(start, nl - start);
        std::string cur;
        std::size_t len = 0;
        std::size_t p = 0;
        while (p < line.size()) {
            std::size_t sp = line.find(' ', p);
            if (sp == std::string_view::npos) sp = line.size();
            std::string_view word = line.substr(p, sp - p);
            const std::size_t wl = utf8_chars(word);
            if (len > 0 && len + 1 + wl > width) {
                out.push_back(std::move(cur));
                cur.clear();
                len = 0;
            } else if (p > 0) {
                cur += ' ';
                ++len;
            }
            cur += word;
            len += wl;
            p = sp + 1;
            if (sp == line.size()) break;
        }
        out.push_back(std::move(cur));
        start = nl + 1;
    }
    return out;
}

std::string wrap_label(std::string_view text, std::size_t width) {
    std::string out;
    bool first = true;
    for (const auto& line : wrap_lines(text, width)) {
        if (!first) out += "\\n";
        first = false;
        out += escape_label(line);
    }
    return out;
}

}  // namespace councilgraph
