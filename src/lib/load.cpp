#include <councilgraph/load.hpp>
#include <councilgraph/validate.hpp>

#include "against.hpp"
#include "fast_load.hpp"
#include "json_positions.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <type_traits>
#include <unordered_set>
#include <map>
#include <sstream>

namespace councilgraph {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {
// Reading a FIFO, a device or a socket would block or never end; only regular files are data.
constexpr const char* not_regular = "not a regular file (a FIFO, device or socket?); give a data file or a folder";
}  // namespace

std::string read_file(const fs::path& path) {
    std::error_code ec;
    if (const auto st = fs::status(path, ec); !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st))
        throw DataError({Diagnostic{{path.string()}, not_regular}});
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw DataError({Diagnostic{{path.string()}, std::string("cannot read: ") + std::strerror(err)}});
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw DataError({Diagnostic{{path.string()}, "cannot read: I/O error"}});
    return std::move(ss).str();
}

std::vector<std::string> expand_data_paths(std::span<const std::string> paths, std::vector<Diagnostic>& problems) {
    std::vector<std::string> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> here;
            for (const auto& entry : fs::directory_iterator(p, ec))
                if (entry.is_regular_file() && entry.path().extension() == ".json")
                    here.push_back(entry.path().string());
            if (ec) problems.push_back({{p}, "cannot read folder: " + ec.message()});
            std::sort(here.begin(), here.end());
            if (here.empty()) problems.push_back({{p}, "folder holds no .json data file"});
            files.insert(files.end(), here.begin(), here.end());
        } else if (fs::exists(p, ec)) {
            if (fs::is_regular_file(p, ec)) files.push_back(p);
            else problems.push_back({{p}, not_regular});
        } else {
            problems.push_back({{p}, "no such file or folder"});
        }
    }
    return files;
}

namespace {

/// Per-file parsing context and the problem sink. Locations carry the file and JSON pointer only;
/// line:column are filled in afterwards, and only for files that have problems (finding every
/// value's position costs more than parsing, and a clean load never needs one).
class FileCtx {
public:
    FileCtx(const std::string& file, std::vector<Diagnostic>& problems)
        : file_(file), file_id_(origin_file_id(file)), problems_(problems) {}

    Location at(const std::string& ptr) const { return Location{file_, 0, 0, ptr}; }
    /// The origin of the record at `ptr` (`/nodes/12`).
    Origin origin(const std::string& ptr) const {
        return Origin{file_id_, static_cast<std::uint32_t>(std::stoul(ptr.substr(ptr.rfind('/') + 1)))};
    }
    void err(const std::string& ptr, std::string msg) { problems_.push_back({at(ptr), std::move(msg)}); }
    const std::string& file() const { return file_; }

    /// Reports members not in `allowed`; returns false when `v` is not an object.
    bool object(const json& v, const std::string& ptr, std::initializer_list<std::string_view> allowed,
                std::string_view what) {
        if (!v.is_object()) {
            err(ptr, "expected " + std::string(what) + " (a JSON object), found " + type_name(v));
            return false;
        }
        for (const auto& [k, _] : v.items()) {
            if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
                std::vector<std::string> cands(allowed.begin(), allowed.end());
                auto near = closest(k, cands, 1);
                std::string list;
                for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
                err(ptr + "/" + detail::pointer_escape(k),
                    "unknown field '" + k + "' in " + std::string(what) +
                        (near.empty() ? " (expected one of: " + list + ")" : " (did you mean '" + near[0] + "'?)"));
            }
        }
        return true;
    }

    /// A required or optional string member; nullopt when absent or wrong (reported).
    std::optional<std::string> string(const json& obj, const std::string& ptr, const char* key, bool required,
                                      std::string_view what) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) err(ptr, "missing field '" + std::string(key) + "' in " + std::string(what));
            return std::nullopt;
        }
        if (!it->is_string()) {
            err(ptr + "/" + key, "expected a string, found " + type_name(*it));
            return std::nullopt;
        }
        auto s = it->get<std::string>();
        if (s.empty()) {
            err(ptr + "/" + key, "must not be empty");
            return std::nullopt;
        }
        return s;
    }

    std::optional<Date> date(const json& obj, const std::string& ptr, const char* key) {
        auto s = string(obj, ptr, key, false, "");
        if (!s) return std::nullopt;
        std::string why;
        auto d = parse_date(*s, &why);
        if (!d) err(ptr + "/" + key, "bad date '" + *s + "': " + why);
        return d;
    }

    static std::string type_name(const json& v) {
        switch (v.type()) {
            case json::value_t::null: return "null";
            case json::value_t::object: return "an object";
            case json::value_t::array: return "an array";
            case json::value_t::string: return "a string";
            case json::value_t::boolean: return "a boolean";
            case json::value_t::number_float: return "a number";
            default: return "a number";
        }
    }

private:
    std::string file_;
    std::uint32_t file_id_;
    std::vector<Diagnostic>& problems_;
};

std::size_t utf8_length(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

Attrs parse_attrs(FileCtx& cx, const json& obj, const std::string& ptr) {
    Attrs out;
    auto it = obj.find("attrs");
    if (it == obj.end()) return out;
    const std::string p = ptr + "/attrs";
    if (!it->is_object()) {
        cx.err(p, "expected an object of attributes, found " + FileCtx::type_name(*it));
        return out;
    }
    for (const auto& [k, v] : it->items()) {
        if (v.is_string()) out.emplace(k, v.get<std::string>());
        else if (v.is_boolean()) out.emplace(k, v.get<bool>());
        else if (v.is_number_integer()) out.emplace(k, v.get<std::int64_t>());
        else if (v.is_number_float()) out.emplace(k, v.get<double>());
        else cx.err(p + "/" + detail::pointer_escape(k), "expected a string, number or boolean, found " + FileCtx::type_name(v));
    }
    return out;
}

std::vector<Evidence> parse_evidence(FileCtx& cx, const json& obj, const std::string& ptr) {
    std::vector<Evidence> out;
    auto it = obj.find("evidence");
    if (it == obj.end()) return out;
    const std::string p = ptr + "/evidence";
    if (!it->is_array()) {
        cx.err(p, "expected an array of evidence, found " + FileCtx::type_name(*it));
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& e = (*it)[i];
        const std::string ep = p + "/" + std::to_string(i);
        if (!cx.object(e, ep, {"source", "quote", "lang", "locator", "record"}, "evidence")) continue;
        Evidence ev;
        ev.source = cx.string(e, ep, "source", true, "evidence").value_or("");
        ev.quote = cx.string(e, ep, "quote", false, "evidence").value_or("");
        ev.lang = cx.string(e, ep, "lang", false, "evidence").value_or("");
        ev.locator = cx.string(e, ep, "locator", false, "evidence").value_or("");
        ev.record = cx.string(e, ep, "record", false, "evidence").value_or("");
        if (ev.quote.empty() && ev.record.empty() && !e.contains("quote") && !e.contains("record"))
            cx.err(ep, "evidence needs a 'quote' (curated fact) or a 'record' (imported row)");
        if (!ev.quote.empty()) {
            if (!e.contains("lang")) cx.err(ep, "missing field 'lang' in evidence with a quote");
            if (!e.contains("locator")) cx.err(ep, "missing field 'locator' in evidence with a quote");
            const auto n = utf8_length(normalize_space(ev.quote));
            if (n > 200) cx.err(ep + "/quote", "quote is " + std::to_string(n) + " characters long; at most 200");
        }
        if (!ev.lang.empty() && !parse_lang(ev.lang)) cx.err(ep + "/lang", "unknown language '" + ev.lang + "' (expected en, nl or fr)");
        out.push_back(std::move(ev));
    }
    return out;
}

void parse_source(FileCtx& cx, const json& s, const std::string& ptr, Dataset& out) {
    if (!cx.object(s, ptr, {"id", "title", "short_title", "file", "date", "lang", "url", "note"}, "source")) return;
    Source src;
    src.id = cx.string(s, ptr, "id", true, "source").value_or("");
    src.title = cx.string(s, ptr, "title", true, "source").value_or("");
    src.short_title = cx.string(s, ptr, "short_title", false, "source").value_or("");
    // It stands next to an id in evidence lines and is one item of --source's comma list.
    if (src.short_title.find(',') != std::string::npos)
        cx.err(ptr + "/short_title", "must not contain a comma (--source takes a comma-separated list)");
    else if (const auto n = utf8_length(src.short_title); n > 60)
        cx.err(ptr + "/short_title", "is " + std::to_string(n) + " characters long; at most 60");
    src.file = cx.string(s, ptr, "file", false, "source").value_or("");
    src.url = cx.string(s, ptr, "url", false, "source").value_or("");
    src.note = cx.string(s, ptr, "note", false, "source").value_or("");
    src.lang = cx.string(s, ptr, "lang", false, "source").value_or("");
    src.date = cx.date(s, ptr, "date");
    if (!src.lang.empty() && !parse_lang(src.lang)) cx.err(ptr + "/lang", "unknown language '" + src.lang + "' (expected en, nl or fr)");
    src.origin = cx.at(ptr);
    if (!src.id.empty()) out.sources.push_back(std::move(src));
}

std::vector<std::string> node_kind_names() {
    std::vector<std::string> v;
    for (auto k : all_node_kinds()) v.emplace_back(to_string(k));
    return v;
}
std::vector<std::string> edge_kind_names() {
    std::vector<std::string> v;
    for (auto k : all_edge_kinds()) v.emplace_back(to_string(k));
    return v;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& cands) {
    auto near = closest(word, cands, 1);
    if (near.empty()) return {};
    return " (did you mean '" + near[0] + "'?)";
}

void parse_node(FileCtx& cx, const json& n, const std::string& ptr, Dataset& out) {
    if (!cx.object(n, ptr, {"id", "kind", "name", "aliases", "attrs", "evidence"}, "node")) return;
    Node node;
    node.id = cx.string(n, ptr, "id", true, "node").value_or("");
    auto kind = cx.string(n, ptr, "kind", true, "node");
    bool ok = !node.id.empty();
    if (kind) {
        if (auto k = parse_node_kind(*kind)) {
            node.kind = *k;
            const auto prefix = std::string(id_prefix(*k)) + ":";
            if (!node.id.empty() && (node.id.rfind(prefix, 0) != 0 || node.id.size() == prefix.size()))
                cx.err(ptr + "/id", "id '" + node.id + "' does not fit kind '" + *kind + "' (expected '" + prefix + "...')");
        } else {
            cx.err(ptr + "/kind", "unknown node kind '" + *kind + "'" + did_you_mean(*kind, node_kind_names()));
            ok = false;
        }
    } else {
        ok = false;
    }
    if (auto it = n.find("name"); it == n.end()) {
        cx.err(ptr, "missing field 'name' in node");
    } else if (cx.object(*it, ptr + "/name", {"en", "nl", "fr"}, "name")) {
        node.name.en = cx.string(*it, ptr + "/name", "en", true, "name").value_or("");
        node.name.nl = cx.string(*it, ptr + "/name", "nl", false, "name").value_or("");
        node.name.fr = cx.string(*it, ptr + "/name", "fr", false, "name").value_or("");
    }
    if (auto it = n.find("aliases"); it != n.end()) {
        if (!it->is_array()) {
            cx.err(ptr + "/aliases", "expected an array of strings, found " + FileCtx::type_name(*it));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& a = (*it)[i];
                if (a.is_string() && !a.get<std::string>().empty()) node.aliases.push_back(a.get<std::string>());
                else cx.err(ptr + "/aliases/" + std::to_string(i), "expected a non-empty string");
            }
        }
    }
    node.attrs = parse_attrs(cx, n, ptr);
    node.evidence = parse_evidence(cx, n, ptr);
    node.origin = cx.origin(ptr);
    if (ok) out.nodes.push_back(std::move(node));
}

void parse_edge(FileCtx& cx, const json& e, const std::string& ptr, Dataset& out) {
    if (!cx.object(e, ptr, {"id", "kind", "from", "to", "date", "start", "end", "attrs", "evidence"}, "edge")) return;
    Edge edge;
    bool ok = true;
    if (auto id = cx.string(e, ptr, "id", false, "edge")) {
        edge.id = *id;
        edge.explicit_id = true;
    }
    if (auto kind = cx.string(e, ptr, "kind", true, "edge")) {
        if (auto k = parse_edge_kind(*kind)) edge.kind = *k;
        else {
            cx.err(ptr + "/kind", "unknown edge kind '" + *kind + "'" + did_you_mean(*kind, edge_kind_names()));
            ok = false;
        }
    } else {
        ok = false;
    }
    auto from = cx.string(e, ptr, "from", true, "edge");
    auto to = cx.string(e, ptr, "to", true, "edge");
    ok = ok && from && to;
    edge.from = from.value_or("");
    edge.to = to.value_or("");
    edge.time.date = cx.date(e, ptr, "date");
    edge.time.start = cx.date(e, ptr, "start");
    edge.time.end = cx.date(e, ptr, "end");
    if (e.contains("date") && (e.contains("start") || e.contains("end")))
        cx.err(ptr + "/date", "give either 'date' or 'start'/'end', not both");
    if (edge.time.start && edge.time.end && edge.time.end->last_day() < edge.time.start->first_day())
        cx.err(ptr + "/end", "end " + edge.time.end->str() + " is before start " + edge.time.start->str());
    edge.attrs = parse_attrs(cx, e, ptr);
    edge.evidence = parse_evidence(cx, e, ptr);
    if (!e.contains("evidence") || (e["evidence"].is_array() && e["evidence"].empty()))
        cx.err(ptr, "missing evidence: every edge needs at least one quote or record");
    edge.origin = cx.origin(ptr);
    if (ok) out.edges.push_back(std::move(edge));
}

template <typename F>
void each(FileCtx& cx, const json& root, const char* key, F&& f) {
    auto it = root.find(key);
    if (it == root.end()) return;
    const std::string ptr = std::string("/") + key;
    if (!it->is_array()) {
        cx.err(ptr, "expected an array, found " + FileCtx::type_name(*it));
        return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) f((*it)[i], ptr + "/" + std::to_string(i));
}

}  // namespace

namespace {

std::string out_of_range(std::string_view what, std::string_view number, std::string_view range) {
    return std::string(what) + " " + std::string(number) + " is out of range (" + std::string(range) + ")";
}
constexpr std::string_view int_range = "integers are -9223372036854775808 to 9223372036854775807";
constexpr std::string_view float_range = "numbers are at most about 1.8e308 in magnitude";

/// nlohmann's DOM builder plus what that builder lets through: a duplicate key (it keeps the last
/// one), an integer beyond int64 (18446744073709551615 would read as -1), and the place of a number
/// that overflows a double (1e400), whose byte offset the DOM parser drops. It tracks the JSON
/// pointer of the value being read, so each problem names it.
class CheckedSax : public nlohmann::detail::json_sax_dom_parser<json> {
    using Base = nlohmann::detail::json_sax_dom_parser<json>;

public:
    CheckedSax(json& root, FileCtx& cx) : Base(root, true), cx_(cx) {}

    bool null() { return done(Base::null()); }
    bool boolean(bool v) { return done(Base::boolean(v)); }
    bool number_integer(json::number_integer_t v) { return done(Base::number_integer(v)); }
    bool number_unsigned(json::number_unsigned_t v) {
        if (v > static_cast<json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max()))
            cx_.err(pointer(), out_of_range("integer", std::to_string(v), int_range));
        return done(Base::number_unsigned(v));
    }
    bool number_float(json::number_float_t v, const std::string& text) {
        // An integer literal read as a double is one below int64's range.
        if (text.find_first_of(".eE") == std::string::npos) cx_.err(pointer(), out_of_range("integer", text, int_range));
        return done(Base::number_float(v, text));
    }
    bool string(std::string& v) { return done(Base::string(v)); }
    bool binary(json::binary_t& v) { return done(Base::binary(v)); }
    bool start_object(std::size_t n) {
        frames_.push_back({false, 0, {}, {}});
        return Base::start_object(n);
    }
    bool start_array(std::size_t n) {
        frames_.push_back({true, 0, {}, {}});
        return Base::start_array(n);
    }
    bool end_object() {
        frames_.pop_back();
        return done(Base::end_object());
    }
    bool end_array() {
        frames_.pop_back();
        return done(Base::end_array());
    }
    bool key(std::string& k) {
        auto& f = frames_.back();
        f.key = k;
        if (!f.keys.insert(k).second) cx_.err(pointer(), "duplicate key '" + k + "' (a key may appear once in an object)");
        return Base::key(k);
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
        if constexpr (std::is_same_v<Exception, json::out_of_range>) {
            // Only a number overflow gets here: `position` is just past the number.
            overflow_ = Overflow{position >= token.size() ? position - token.size() : 0, pointer(), token};
        }
        return Base::parse_error(position, token, ex);
    }

    struct Overflow {
        std::size_t offset;
        std::string pointer, number;
    };
    std::optional<Overflow> overflow_;

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::string key;
        std::unordered_set<std::string> keys;
    };
    FileCtx& cx_;
    std::vector<Frame> frames_;

    // The value just read filled one slot of its array.
    bool done(bool ok) {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return ok;
    }
    std::string pointer() const {
        std::string p;
        for (const auto& f : frames_) p += "/" + (f.array ? std::to_string(f.index) : detail::pointer_escape(f.key));
        return p;
    }
};

void parse_impl(std::string_view text, const std::string& file, Dataset& out, std::vector<Diagnostic>& problems) {
    // nlohmann's lexer takes a NUL byte for the end of the text, so whatever follows one would
    // pass unread.
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        auto p = detail::position_of_offset(text, nul);
        problems.push_back({{file, p.line, p.column, ""},
                            "invalid JSON: NUL byte (a JSON text holds none; inside a string write \\u0000)"});
        return;
    }
    if (auto deep = detail::json_depth_problem(text, file)) {
        problems.push_back(std::move(*deep));
        return;
    }
    json root;
    FileCtx cx(file, problems);
    CheckedSax sax(root, cx);
    try {
        json::sax_parse(text, &sax);
    } catch (const json::out_of_range&) {
        if (!sax.overflow_) throw;
        auto p = detail::position_of_offset(text, sax.overflow_->offset);
        problems.push_back({{file, p.line, p.column, sax.overflow_->pointer},
                            out_of_range("number", sax.overflow_->number, float_range)});
        return;
    } catch (const json::parse_error& e) {
        problems.push_back(detail::json_syntax_problem(text, file, e.byte, e.what()));
        return;
    }
    if (!cx.object(root, "", {"format", "imported_against", "sources", "nodes", "edges"}, "data file")) return;
    auto fmt = cx.string(root, "", "format", true, "data file");
    if (fmt && *fmt != "councilgraph/1") {
        cx.err("/format", "unsupported format '" + *fmt + "' (expected 'councilgraph/1')");
        return;
    }
    each(cx, root, "imported_against", [&](const json& v, const std::string& p) {
        if (v.is_string() && !v.get<std::string>().empty()) out.imported_against.emplace_back(file, v.get<std::string>());
        else cx.err(p, "expected a data file name (a non-empty string)");
    });
    each(cx, root, "sources", [&](const json& v, const std::string& p) { parse_source(cx, v, p, out); });
    each(cx, root, "nodes", [&](const json& v, const std::string& p) { parse_node(cx, v, p, out); });
    each(cx, root, "edges", [&](const json& v, const std::string& p) { parse_edge(cx, v, p, out); });
}

/// Positions of files' values, computed on first need per file. A file read by the fast path keeps
/// no text: it is clean, so it is read again only if a cross-file check reports something in it.
class LazyPositions {
public:
    void add(const std::string& file, std::string text) { texts_[file] = std::move(text); }
    void add_on_disk(const std::string& file) { texts_.try_emplace(file, std::nullopt); }
    void fill(Location& loc) {
        if (loc.line) return;
        auto t = texts_.find(loc.file);
        if (t == texts_.end()) return;
        auto [it, fresh] = tables_.try_emplace(loc.file);
        if (fresh) {
            if (!t->second) {
                try {
                    t->second = read_file(t->first);
                } catch (const DataError&) {
                    t->second = std::string();  // changed under us: no positions, the pointer stays
                }
            }
            it->second = detail::json_positions(*t->second);
        }
        detail::fill_position(it->second, loc);
    }

private:
    std::map<std::string, std::optional<std::string>> texts_;
    std::map<std::string, detail::PositionTable> tables_;
};

/// A data file's bytes, memory-mapped read-only: the fast path reads them once, front to back,
/// and hands back the pages it has passed, so a big file never sits whole in memory.
class MappedText {
public:
    explicit MappedText(const std::string& file) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            const int err = errno;
            throw DataError({Diagnostic{{file}, std::string("cannot read: ") + std::strerror(err)}});
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            throw DataError({Diagnostic{{file}, not_regular}});
        }
        size_ = static_cast<std::size_t>(st.st_size);
        if (size_ > 0) {
            void* m = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
            if (m == MAP_FAILED) {
                ::close(fd);
                fallback_ = read_file(file);  // e.g. a file system without mmap
                size_ = fallback_.size();
                return;
            }
            data_ = static_cast<const char*>(m);
            ::madvise(m, size_, MADV_SEQUENTIAL);
        }
        ::close(fd);
    }
    MappedText(const MappedText&) = delete;
    MappedText& operator=(const MappedText&) = delete;
    ~MappedText() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    std::string_view view() const { return data_ ? std::string_view(data_, size_) : std::string_view(fallback_); }
    /// The first `n` bytes will not be read again.
    void release(std::size_t n) {
        static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        n -= n % page;
        if (data_ && n > released_) {
            ::madvise(const_cast<char*>(data_) + released_, n - released_, MADV_DONTNEED);
            released_ = n;
        }
    }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0, released_ = 0;
    std::string fallback_;
};
}  // namespace

void detail::precise_parse(std::string_view text, const std::string& file, Dataset& out, std::vector<Diagnostic>& problems) {
    parse_impl(text, file, out, problems);
}

void parse_data_text(std::string_view text, const std::string& file, Dataset& out, std::vector<Diagnostic>& problems) {
    if (detail::fast_parse(text, file, out)) return;
    const auto before = problems.size();
    parse_impl(text, file, out, problems);
    if (problems.size() == before) return;
    LazyPositions pos;
    pos.add(file, std::string(text));
    for (auto i = before; i < problems.size(); ++i) pos.fill(problems[i].where);
}

LoadResult load(std::span<const std::string> paths, const LoadOptions& opts) {
    LoadResult r;
    LazyPositions positions;
    const auto files = expand_data_paths(paths, r.problems);
    for (const auto& file : files) {
        try {
            MappedText text(file);
            if (detail::fast_parse(text.view(), file, r.data, [&](std::size_t n) { text.release(n); })) {
                positions.add_on_disk(file);
                continue;
            }
            parse_impl(text.view(), file, r.data, r.problems);
            positions.add(file, std::string(text.view()));
        } catch (const DataError& e) {
            r.problems.insert(r.problems.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    // Cross-file problems point at the member they are about (`/edges/12/to`), not just its object.
    auto locate = [&](const Location& obj, std::string_view sub) {
        Location l = obj;
        l.pointer += sub;
        l.line = l.column = 0;
        positions.fill(l);
        return l;
    };
    if (auto missing = detail::missing_against(files, r.data.imported_against)) {
        r.problems.push_back(std::move(*missing));
        return r;
    }
    auto more = validate(r.data, opts.sources_dir, locate);
    r.problems.insert(r.problems.end(), more.begin(), more.end());
    for (auto& p : r.problems) positions.fill(p.where);
    return r;
}

Dataset load_checked(std::span<const std::string> paths, const LoadOptions& opts) {
    auto r = load(paths, opts);
    if (!r.problems.empty()) throw DataError(std::move(r.problems));
    return std::move(r.data);
}

}  // namespace councilgraph
