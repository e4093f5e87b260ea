#include "fast_load.hpp"

#include "atom_pool.hpp"

#include <councilgraph/validate.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>

namespace councilgraph::detail {

bool valid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        // Runs of ASCII eight bytes at a time: data files are mostly ASCII.
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & 0x8080808080808080ull) break;
            p += 8;
        }
        if (p >= end) break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        auto cont = [&](std::ptrdiff_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
            return end - p > k && p[k] >= lo && p[k] <= hi;
        };
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(1)) return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
            if (!cont(1, lo, hi) || !cont(2)) return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
            if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

namespace {

struct Bail {};  // the file needs the precise path

class Parser {
public:
    Parser(std::string_view text, const std::string& file, const std::function<void(std::size_t)>& release)
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), file_(file), release_(release) {}

    void root(Dataset& out) {
        ws();
        expect('{');
        bool format = false;
        unsigned seen = 0;
        members([&](std::string_view key) {
            if (key == "format") {
                once(seen, 1);
                if (string_view_value() != "councilgraph/1") throw Bail{};
                format = true;
            } else if (key == "imported_against") {
                once(seen, 16);
                array([&](std::size_t) { out.imported_against.emplace_back(file_, text()); });
            } else if (key == "sources") {
                once(seen, 2);
                array([&](std::size_t i) { source(out, i); });
            } else if (key == "nodes") {
                once(seen, 4);
                array([&](std::size_t i) { node(out, i); });
            } else if (key == "edges") {
                once(seen, 8);
                array([&](std::size_t i) { edge(i); });
            } else {
                throw Bail{};
            }
        });
        if (!format) throw Bail{};
        ws();
        if (p_ != end_) throw Bail{};
    }

    std::vector<Edge>* edges = nullptr;

private:
    const char* begin_;
    const char* p_;
    const char* end_;
    const std::string& file_;
    std::uint32_t file_id_ = origin_file_id(file_);
    const std::function<void(std::size_t)>& release_;
    std::size_t released_ = 0;
    std::string buf_;
    Atom last_source_, last_lang_, last_from_, last_to_;

    static void once(unsigned& seen, unsigned bit) {
        if (seen & bit) throw Bail{};  // duplicate key: the precise path names it
        seen |= bit;
    }

    void ws() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }
    void expect(char c) {
        if (p_ >= end_ || *p_ != c) throw Bail{};
        ++p_;
    }
    char peek() {
        ws();
        if (p_ >= end_) throw Bail{};
        return *p_;
    }

    void maybe_release() {
        if (!release_) return;
        const auto done = static_cast<std::size_t>(p_ - begin_);
        if (done - released_ >= (std::size_t{16} << 20)) {
            released_ = done;
            release_(done);
        }
    }

    // `{ "key": value, ... }` after the `{`; `f(key)` reads the value.
    template <typename F>
    void members(F&& f) {
        if (peek() == '}') {
            ++p_;
            return;
        }
        for (;;) {
            ws();
            const std::string_view key = raw_key();
            ws();
            expect(':');
            ws();
            f(key);
            ws();
            if (p_ >= end_) throw Bail{};
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            expect('}');
            return;
        }
    }

    template <typename F>
    void array(F&& f) {
        if (peek() != '[') throw Bail{};
        ++p_;
        if (peek() == ']') {
            ++p_;
            return;
        }
        for (std::size_t i = 0;; ++i) {
            ws();
            f(i);
            ws();
            if (p_ >= end_) throw Bail{};
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            expect(']');
            return;
        }
    }

    void object_start() {
        if (peek() != '{') throw Bail{};
        ++p_;
    }

    // A key without escapes, as it stands in the text (keys with escapes take the precise path).
    std::string_view raw_key() {
        expect('"');
        const char* s = p_;
        while (p_ < end_ && *p_ != '"') {
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '\\' || c < 0x20) throw Bail{};
            ++p_;
        }
        if (p_ >= end_) throw Bail{};
        std::string_view k(s, static_cast<std::size_t>(p_ - s));
        ++p_;
        return k;
    }

    // A string value, decoded into `out`. UTF-8 is checked per string, like nlohmann does.
    void string_into(std::string& out) {
        if (p_ >= end_ || *p_ != '"') throw Bail{};
        ++p_;
        out.clear();
        bool ascii = true;
        const char* run = p_;
        for (;;) {
            while (p_ < end_) {
                const auto c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20) break;
                ascii &= c < 0x80;
                ++p_;
            }
            if (p_ >= end_) throw Bail{};
            out.append(run, static_cast<std::size_t>(p_ - run));
            const char c = *p_;
            if (c == '"') {
                ++p_;
                break;
            }
            if (c != '\\') throw Bail{};  // a raw control character
            ++p_;
            if (p_ >= end_) throw Bail{};
            switch (*p_++) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': unicode_escape(out); break;
                default: throw Bail{};
            }
            run = p_;
        }
        if (!ascii && !valid_utf8(out)) throw Bail{};
    }

    unsigned hex4() {
        if (end_ - p_ < 4) throw Bail{};
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = *p_++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else throw Bail{};
        }
        return v;
    }

    void unicode_escape(std::string& out) {
        unsigned cp = hex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF) throw Bail{};
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') throw Bail{};
            p_ += 2;
            const unsigned lo = hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) throw Bail{};
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // A non-empty string (every string member of the format must be non-empty).
    void text(std::string& out) {
        string_into(out);
        if (out.empty()) throw Bail{};
    }
    std::string text() {
        std::string s;
        text(s);
        return s;
    }
    // A non-empty string, interned. `last` is the previous text read into this field: runs of
    // edges name the same node and cite the same source, and comparing bytes costs less than
    // hashing them.
    void text(Atom& out, Atom& last) {
        text(buf_);
        if (last != buf_) last = Atom(buf_);
        out = last;
    }
    void text(Atom& out) {
        text(buf_);
        out = Atom(buf_);
    }
    std::string_view string_view_value() {
        text(buf_);
        return buf_;
    }
    Date date() {
        auto d = parse_date(string_view_value());
        if (!d) throw Bail{};
        return *d;
    }
    std::string lang() {
        auto s = text();
        if (!parse_lang(s)) throw Bail{};
        return s;
    }
    void lang(Atom& out) {
        text(out, last_lang_);
        if (!parse_lang(out)) throw Bail{};
    }

    AttrValue scalar() {
        const char c = peek();
        if (c == '"') {
            std::string s;
            string_into(s);
            return s;
        }
        if (c == 't' || c == 'f') {
            const std::string_view word = c == 't' ? "true" : "false";
            if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) throw Bail{};
            p_ += word.size();
            return c == 't';
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw Bail{};  // null, an object or an array: the precise path says what is expected
    }

    // JSON's number grammar; integers that fit int64 stay integers (as nlohmann reads them), other
    // numbers are doubles, correctly rounded. Anything out of range takes the precise path.
    AttrValue number() {
        const char* s = p_;
        if (p_ < end_ && *p_ == '-') ++p_;
        if (p_ >= end_) throw Bail{};
        if (*p_ == '0') ++p_;
        else if (*p_ >= '1' && *p_ <= '9') while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        else throw Bail{};
        bool integer = true;
        if (p_ < end_ && *p_ == '.') {
            integer = false;
            ++p_;
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') throw Bail{};
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            integer = false;
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') throw Bail{};
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        if (integer) {
            std::int64_t v = 0;
            auto r = std::from_chars(s, p_, v);
            if (r.ec == std::errc() && r.ptr == p_) return v;
            throw Bail{};  // beyond int64: out of range, reported by the precise path
        }
        double d = 0;
        auto r = std::from_chars(s, p_, d);
        if (r.ec != std::errc() || r.ptr != p_) throw Bail{};
        return d;
    }

    Attrs attrs() {
        object_start();
        Attrs a;
        members([&](std::string_view key) {
            std::string k(key);
            if (!valid_utf8(k)) throw Bail{};
            if (!a.emplace(std::move(k), scalar()).second) throw Bail{};
        });
        return a;
    }

    std::vector<Evidence> evidence() {
        std::vector<Evidence> out;
        array([&](std::size_t) {
            object_start();
            Evidence ev;
            unsigned seen = 0;
            members([&](std::string_view key) {
                if (key == "source") once(seen, 1), text(ev.source, last_source_);
                else if (key == "quote") once(seen, 2), text(ev.quote);
                else if (key == "lang") once(seen, 4), lang(ev.lang);
                else if (key == "locator") once(seen, 8), text(ev.locator);
                else if (key == "record") once(seen, 16), text(ev.record);
                else throw Bail{};
            });
            if (!(seen & 1) || !(seen & (2 | 16))) throw Bail{};
            if (seen & 2) {
                if (!(seen & 4) || !(seen & 8)) throw Bail{};
                if (ev.quote.size() > 200) {  // a character is at least a byte: shorter quotes pass
                    const auto n = normalize_space(ev.quote);
                    std::size_t chars = 0;
                    for (char c : n) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                    if (chars > 200) throw Bail{};
                }
            }
            out.push_back(std::move(ev));
        });
        return out;
    }

    Location origin(const char* array, std::size_t i) const {
        std::string ptr = array;
        ptr += std::to_string(i);
        return Location{file_, 0, 0, std::move(ptr)};
    }

    void source(Dataset& out, std::size_t i) {
        object_start();
        Source s;
        unsigned seen = 0;
        members([&](std::string_view key) {
            if (key == "id") once(seen, 1), text(s.id);
            else if (key == "title") once(seen, 2), text(s.title);
            else if (key == "file") once(seen, 4), text(s.file);
            else if (key == "date") once(seen, 8), s.date = date();
            else if (key == "lang") once(seen, 16), s.lang = lang();
            else if (key == "url") once(seen, 32), text(s.url);
            else if (key == "note") once(seen, 64), text(s.note);
            else if (key == "short_title") once(seen, 128), text(s.short_title);
            else throw Bail{};
        });
        if ((seen & 3) != 3) throw Bail{};
        // A comma, or possibly more than 60 characters (a byte per character at most): the precise path says.
        if (s.short_title.size() > 60 || s.short_title.find(',') != std::string::npos) throw Bail{};
        s.origin = origin("/sources/", i);
        out.sources.push_back(std::move(s));
    }

    void node(Dataset& out, std::size_t i) {
        object_start();
        Node n;
        unsigned seen = 0;
        members([&](std::string_view key) {
            if (key == "id") {
                once(seen, 1), text(n.id);
            } else if (key == "kind") {
                once(seen, 2);
                auto k = parse_node_kind(string_view_value());
                if (!k) throw Bail{};
                n.kind = *k;
            } else if (key == "name") {
                once(seen, 4);
                object_start();
                unsigned names = 0;
                members([&](std::string_view lang) {
                    if (lang == "en") once(names, 1), text(n.name.en);
                    else if (lang == "nl") once(names, 2), text(n.name.nl);
                    else if (lang == "fr") once(names, 4), text(n.name.fr);
                    else throw Bail{};
                });
                if (!(names & 1)) throw Bail{};
            } else if (key == "aliases") {
                once(seen, 8);
                array([&](std::size_t) { n.aliases.push_back(text()); });
            } else if (key == "attrs") {
                once(seen, 16), n.attrs = attrs();
            } else if (key == "evidence") {
                once(seen, 32), n.evidence = evidence();
            } else {
                throw Bail{};
            }
        });
        if ((seen & 7) != 7) throw Bail{};
        const auto prefix = id_prefix(n.kind);
        if (n.id.size() <= prefix.size() + 1 || n.id.compare(0, prefix.size(), prefix) != 0 || n.id[prefix.size()] != ':')
            throw Bail{};
        n.origin = Origin{file_id_, static_cast<std::uint32_t>(i)};
        out.nodes.push_back(std::move(n));
    }

    void edge(std::size_t i) {
        object_start();
        Edge& e = edges->emplace_back();
        unsigned seen = 0;
        members([&](std::string_view key) {
            switch (key.size() ? key[0] : 0) {
                case 'k':
                    if (key != "kind") throw Bail{};
                    once(seen, 1);
                    if (auto k = parse_edge_kind(string_view_value())) e.kind = *k;
                    else throw Bail{};
                    return;
                case 'f':
                    if (key != "from") throw Bail{};
                    once(seen, 2), text(e.from, last_from_);
                    return;
                case 't':
                    if (key != "to") throw Bail{};
                    once(seen, 4), text(e.to, last_to_);
                    return;
                case 'e':
                    if (key == "evidence") once(seen, 8), e.evidence = evidence();
                    else if (key == "end") once(seen, 16), e.time.end = date();
                    else throw Bail{};
                    return;
                case 's':
                    if (key != "start") throw Bail{};
                    once(seen, 32), e.time.start = date();
                    return;
                case 'd':
                    if (key != "date") throw Bail{};
                    once(seen, 64), e.time.date = date();
                    return;
                case 'a':
                    if (key != "attrs") throw Bail{};
                    once(seen, 128), e.attrs = attrs();
                    return;
                case 'i':
                    if (key != "id") throw Bail{};
                    once(seen, 256), text(e.id);
                    e.explicit_id = true;
                    return;
                default: throw Bail{};
            }
        });
        if ((seen & 7) != 7 || !(seen & 8) || e.evidence.empty()) throw Bail{};
        if ((seen & 64) && (seen & (16 | 32))) throw Bail{};
        if (e.time.start && e.time.end && e.time.end->last_day() < e.time.start->first_day()) throw Bail{};
        e.origin = Origin{file_id_, static_cast<std::uint32_t>(i)};
        maybe_release();
    }
};

}  // namespace

bool fast_parse(std::string_view text, const std::string& file, Dataset& out,
                const std::function<void(std::size_t)>& release) {
    const auto sources = out.sources.size(), nodes = out.nodes.size(), against = out.imported_against.size();
    // A byte-order mark is skipped by nlohmann's lexer; the precise path judges it. (A NUL byte is
    // never accepted here: it is neither white space, nor a token, nor allowed raw in a string.)
    if (text.empty() || static_cast<unsigned char>(text.front()) == 0xEF) return false;
    const auto edges = out.edges.size();
    // Room for as many edges as the file can hold (an edge takes well over 96 bytes of JSON), so
    // the array never grows by copying a million records. Pages not filled are never touched, so
    // they cost address space, not memory.
    out.edges.reserve(edges + text.size() / 96);
    // Room in the Atom table for the ids and records to come (about two new texts per edge, an
    // edge at least ~130 bytes of JSON), so that it does not rehash every text as it grows.
    reserve_atoms(text.size() / 64);
    Parser p(text, file, release);
    p.edges = &out.edges;
    try {
        p.root(out);
    } catch (const Bail&) {
        out.imported_against.resize(against);
        out.sources.resize(sources);
        out.nodes.resize(nodes);
        out.edges.resize(edges);
        return false;
    }
    return true;
}

}  // namespace councilgraph::detail
