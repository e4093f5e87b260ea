#include <councilgraph/render.hpp>

#include <councilgraph/dot.hpp>

#include "handles.hpp"

#include <algorithm>
#include <atomic>
#include <clocale>
#include <set>

namespace councilgraph {

std::optional<OutputType> parse_output_type(std::string_view s) noexcept {
    if (s == "dot" || s == "gv") return OutputType::dot;
    if (s == "svg") return OutputType::svg;
    if (s == "png") return OutputType::png;
    if (s == "pdf") return OutputType::pdf;
    return std::nullopt;
}

std::string_view to_string(OutputType t) noexcept {
    switch (t) {
        case OutputType::dot: return "dot";
        case OutputType::svg: return "svg";
        case OutputType::png: return "png";
        case OutputType::pdf: return "pdf";
    }
    return "dot";
}

std::optional<OutputType> output_type_for(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    if (ext.empty()) return std::nullopt;
    ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return parse_output_type(ext);
}

std::string_view graphviz_version() noexcept { return detail::graphviz_version; }

}  // namespace councilgraph

#if defined(__SANITIZE_ADDRESS__)
// Graphviz 2.42 and the libraries its plugins load keep allocations for the life of the process
// (plugin configuration, font caches, interned strings): tell LeakSanitizer, in sanitizer builds
// only, that leaks allocated inside them are not ours. Leaks whose allocation stack has no
// Graphviz frame are still reported.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libgvc.so\nleak:libcgraph.so\nleak:libcdt.so\nleak:libpathplan.so\nleak:libxdot.so\n"
           "leak:libgvplugin_\nleak:libpango\nleak:libcairo\nleak:libfontconfig\nleak:libglib\n"
           "leak:libgobject\nleak:libharfbuzz\nleak:libfreetype\n";
}
// The statistics of suppressed leaks would land on every command's stderr (and in its goldens).
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

namespace councilgraph {

namespace detail {

NumericLocale::NumericLocale() {
    if (const char* cur = std::setlocale(LC_NUMERIC, nullptr)) saved_ = cur;
    std::setlocale(LC_NUMERIC, "C");
}

NumericLocale::~NumericLocale() {
    if (!saved_.empty()) std::setlocale(LC_NUMERIC, saved_.c_str());
}

namespace {

// Graphviz calls the handler with one formatted message per agerr call ("Error: ..." or
// "Warning: ..."; continuations have no prefix). cgraph is single-threaded, so one sink will do.
struct Sink {
    std::vector<std::string>* warnings = nullptr;
    std::vector<std::string> errors;
    bool last_was_error = false;
    bool pending = false;  // a "Warning"/"Error" prefix arrived; the message comes next
};
Sink sink;

void trim_end(std::string& s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
}

int capture(char* msg) {
    // 2.42 calls the handler in pieces ("Warning", ": ", then the message); later releases
    // send "Warning: message" at once. Both end up as one entry.
    std::string m = msg ? msg : "";
    trim_end(m);
    while (!m.empty() && m.front() == ' ') m.erase(0, 1);
    if (m.empty() || m == ":") return 0;
    auto strip = [&](std::string_view prefix) {
        if (m.compare(0, prefix.size(), prefix) == 0) {
            m.erase(0, prefix.size());
            while (!m.empty() && (m.front() == ' ' || m.front() == ':')) m.erase(0, 1);
            return true;
        }
        return false;
    };
    if (strip("Error")) {
        sink.last_was_error = true;
        sink.pending = true;
        if (m.empty()) return 0;
    } else if (strip("Warning")) {
        sink.last_was_error = false;
        sink.pending = true;
        if (m.empty()) return 0;
    }
    if (sink.pending) {
        sink.pending = false;
        if (sink.last_was_error) sink.errors.push_back(m);
        else if (sink.warnings) sink.warnings->push_back(m);
    } else if (sink.last_was_error && !sink.errors.empty()) {
        sink.errors.back() += " " + m;
    } else if (sink.warnings && !sink.warnings->empty()) {
        sink.warnings->back() += " " + m;
    } else if (sink.warnings) {
        sink.warnings->push_back(m);
    }
    return 0;
}

}  // namespace

ErrorCapture::ErrorCapture(std::vector<std::string>& warnings)
    : previous_(agseterrf(capture)), previous_level_(agseterr(AGWARN)) {
    sink.warnings = &warnings;
    sink.errors.clear();
    sink.last_was_error = false;
    sink.pending = false;
    agreseterrors();
}

ErrorCapture::~ErrorCapture() {
    agseterrf(previous_);
    agseterr(previous_level_);
    sink.warnings = nullptr;
    sink.errors.clear();
}

void ErrorCapture::check(std::string_view what, bool failed) {
    const bool reported = agreseterrors() >= AGERR;
    if (!failed && !reported && sink.errors.empty()) return;
    std::string msg = "graphviz: " + std::string(what) + " failed";
    if (!sink.errors.empty()) {
        msg += ": ";
        for (std::size_t i = 0; i < sink.errors.size(); ++i) msg += (i ? "; " : "") + sink.errors[i];
    }
    sink.errors.clear();
    throw Error(msg);
}

}  // namespace detail

namespace {

std::atomic<bool> renderer_alive{false};

// Writes agwrite's output into a std::string (the channel).
int put_string(void* chan, const char* str) {
    static_cast<std::string*>(chan)->append(str);
    return 0;
}
int flush_none(void*) { return 0; }
Agiodisc_t string_io{nullptr, put_string, flush_none};

// Declares every attribute `objs` use for objects of `kind`, with the diagram's defaults.
template <class Objects>
std::map<std::string, Agsym_t*, std::less<>> declare(Agraph_t* g, int kind, const GvAttrs& defaults, const Objects& objs) {
    std::set<std::string, std::less<>> names;
    for (const auto& [k, v] : defaults) names.insert(k);
    for (const auto& o : objs) {
        for (const auto& [k, v] : o.attrs) names.insert(k);
        if constexpr (requires { o.html; })
            for (const auto& [k, v] : o.html) names.insert(k);
    }
    std::map<std::string, Agsym_t*, std::less<>> syms;
    for (const auto& name : names) {
        auto it = defaults.find(name);
        // Undeclared attributes default to "", except a node's label, whose default is the node's
        // name ("\N"), as cgraph's DOT reader declares it.
        std::string_view def = it != defaults.end() ? std::string_view{it->second}
                               : (kind == AGNODE && name == "label") ? std::string_view{"\\N"} : std::string_view{};
        detail::CStr n(name), v(def);
        syms[name] = agattr(g, kind, n, v);
    }
    return syms;
}

void set(void* obj, Agsym_t* sym, const std::string& value) {
    detail::CStr v(value);
    agxset(obj, sym, v);
}

detail::GraphHandle build(const Diagram& d, Agdisc_t* disc) {
    detail::CStr gname(d.name);
    detail::GraphHandle g{agopen(gname, Agdirected, disc)};
    if (!g) throw Error("graphviz: cannot create a graph");
    Agraph_t* root = g.get();

    for (const auto& [k, v] : d.graph) {
        detail::CStr n(k), val(v);
        agattr(root, AGRAPH, n, val);
    }
    if (!d.html_label.empty()) {
        detail::CStr label("label"), empty(""), html(d.html_label);
        Agsym_t* sym = agattr(root, AGRAPH, label, nullptr);
        if (!sym) sym = agattr(root, AGRAPH, label, empty);
        agxset(root, sym, agstrdup_html(root, html));
    }
    const auto node_syms = declare(root, AGNODE, d.node_defaults, d.nodes);
    const auto edge_syms = declare(root, AGEDGE, d.edge_defaults, d.edges);

    std::vector<Agnode_t*> nodes;
    nodes.reserve(d.nodes.size());
    for (const auto& n : d.nodes) {
        detail::CStr name(n.name);
        if (agnode(root, name, 0)) throw Error("graphviz: two nodes named '" + n.name + "'");
        Agnode_t* an = agnode(root, name, 1);
        for (const auto& [k, v] : n.attrs) set(an, node_syms.at(k), v);
        nodes.push_back(an);
    }
    for (const auto& c : d.clusters) {
        detail::CStr name(c.name);
        Agraph_t* sg = agsubg(root, name, 1);
        for (const auto& [k, v] : c.attrs) {
            detail::CStr n(k), empty("");
            Agsym_t* sym = agattr(root, AGRAPH, n, nullptr);
            if (!sym) sym = agattr(root, AGRAPH, n, empty);
            set(sg, sym, v);
        }
        for (std::size_t i : c.nodes) agsubnode(sg, nodes.at(i), 1);
    }
    std::map<std::string_view, Agnode_t*> by_name;
    for (std::size_t i = 0; i < d.nodes.size(); ++i) by_name[d.nodes[i].name] = nodes[i];
    for (const auto& e : d.edges) {
        auto t = by_name.find(e.tail), h = by_name.find(e.head);
        if (t == by_name.end() || h == by_name.end())
            throw Error("graphviz: edge '" + e.name + "' joins a node that is not in the diagram");
        detail::CStr name(e.name);
        Agedge_t* ae = agedge(root, t->second, h->second, name, 1);
        for (const auto& [k, v] : e.attrs) set(ae, edge_syms.at(k), v);
        for (const auto& [k, v] : e.html) {
            detail::CStr html(v);
            agxset(ae, edge_syms.at(k), agstrdup_html(root, html));
        }
    }
    return g;
}

}  // namespace

/// One GVC_t for the whole process, never freed. Graphviz 2.42's pango plugin keeps a pointer to
/// the last font name in a static; freeing a context frees that name, and the next layout under a
/// new context reads freed memory (found by ASan when two Renderers lay out one after the other).
static GVC_t* process_context() {
    static GVC_t* const gvc = gvContext();
    return gvc;
}

struct Renderer::Impl {
    // The process's one context (see process_context): it outlives every graph and Renderer.
    GVC_t* gvc = nullptr;
    std::vector<std::string> warnings;
};

Renderer::Renderer() {
    if (renderer_alive.exchange(true)) throw Error("graphviz: only one Renderer may exist at a time");
    try {
        impl_ = std::make_unique<Impl>();
        detail::NumericLocale locale;
        detail::ErrorCapture errors(impl_->warnings);
        impl_->gvc = process_context();
        errors.check("creating the context", !impl_->gvc);
    } catch (...) {
        renderer_alive = false;
        throw;
    }
}

Renderer::~Renderer() {
    if (impl_) renderer_alive = false;
}
Renderer::Renderer(Renderer&&) noexcept = default;
Renderer& Renderer::operator=(Renderer&& o) noexcept {
    if (this != &o) {
        if (impl_) renderer_alive = false;
        impl_ = std::move(o.impl_);
    }
    return *this;
}

const std::vector<std::string>& Renderer::warnings() const noexcept { return impl_->warnings; }

namespace {

// Builds `d`, lays it out with its engine and calls `use(graph)` while the layout is alive.
template <class Use>
auto with_layout(GVC_t* gvc, std::vector<std::string>& warnings, const Diagram& d, Use&& use) {
    warnings.clear();
    detail::NumericLocale locale;
    detail::ErrorCapture errors(warnings);
    detail::GraphHandle g = build(d, nullptr);
    errors.check("building the graph");

    detail::CStr engine(d.engine);
    const int laid = gvLayout(gvc, g.get(), engine);
    // The layout owner is created even on failure: gvFreeLayout cleans up a partial layout.
    detail::Layout layout(gvc, g.get());
    errors.check("layout with " + d.engine, laid != 0);
    return use(g.get(), errors);
}

}  // namespace

std::string Renderer::render(const Diagram& d, OutputType type) {
    if (type == OutputType::dot) return to_dot(d);
    return with_layout(impl_->gvc, impl_->warnings, d, [&](Agraph_t* g, detail::ErrorCapture& errors) {
        // cairo for bitmaps and PDF (antialiased, full Unicode through pango); the core SVG writer,
        // which marks nodes and edges with class="node"/"edge" and <title>.
        const char* format = type == OutputType::svg ? "svg" : type == OutputType::png ? "png:cairo" : "pdf:cairo";
        detail::CStr fmt(format);
        char* raw = nullptr;
        unsigned int length = 0;
        const int rendered = gvRenderData(impl_->gvc, g, fmt, &raw, &length);
        detail::RenderData data(raw);
        errors.check(std::string("rendering ") + std::string(to_string(type)), rendered != 0 || !raw);
        if (type != OutputType::svg) return std::string(raw, length);
        std::string svg = without_doctype(std::string(raw, length));
        if (auto problem = svg_problem(svg)) throw Error("render: refusing to write an SVG that carries " + *problem);
        return svg;
    });
}

std::vector<NodePlacement> Renderer::layout(const Diagram& d) {
    return with_layout(impl_->gvc, impl_->warnings, d, [&](Agraph_t* g, detail::ErrorCapture&) {
        // Graphviz's y axis grows upwards; flip it against the bounding box, as its SVG writer does.
        const boxf bb = GD_bb(g);
        std::vector<NodePlacement> out;
        out.reserve(d.nodes.size());
        for (const auto& n : d.nodes) {
            detail::CStr name(n.name);
            Agnode_t* an = agnode(g, name, 0);
            if (!an) throw Error("graphviz: node '" + n.name + "' vanished during layout");
            const pointf c = ND_coord(an);
            out.push_back({n.name, c.x - bb.LL.x, bb.UR.y - c.y, ND_width(an) * 72.0, ND_height(an) * 72.0});
        }
        return out;
    });
}

std::string Renderer::cgraph_dot(const Diagram& d) {
    impl_->warnings.clear();
    detail::NumericLocale locale;
    detail::ErrorCapture errors(impl_->warnings);
    std::string out;
    Agdisc_t disc{&AgMemDisc, &AgIdDisc, &string_io};
    detail::GraphHandle g = build(d, &disc);
    errors.check("building the graph");
    agwrite(g.get(), &out);
    errors.check("writing DOT");
    return out;
}

std::string Renderer::canonical_dot(const std::string& dot) {
    impl_->warnings.clear();
    detail::NumericLocale locale;
    detail::ErrorCapture errors(impl_->warnings);
    detail::GraphHandle g{agmemread(dot.c_str())};
    errors.check("reading DOT", !g);
    std::string out;
    // agwrite writes through the graph's own discipline; swap in the string writer.
    Agiodisc_t* saved = g->clos->disc.io;
    g->clos->disc.io = &string_io;
    agwrite(g.get(), &out);
    g->clos->disc.io = saved;
    errors.check("writing DOT");
    return out;
}

}  // namespace councilgraph
