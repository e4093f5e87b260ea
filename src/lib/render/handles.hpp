#pragma once
// Move-only owners of Graphviz's C handles, and the guards every Graphviz call runs under.
// Release order is layout → graph → context: a Layout must die before its Graph, and every
// Graph before the Context (Renderer::Impl declares them in that order).

#include "compat.hpp"

#include <memory>
#include <string>
#include <vector>

namespace councilgraph::detail {

struct ContextDeleter {
    void operator()(GVC_t* c) const noexcept { gvFreeContext(c); }
};
/// The process's one GVC_t.
using Context = std::unique_ptr<GVC_t, ContextDeleter>;

struct GraphDeleter {
    void operator()(Agraph_t* g) const noexcept { agclose(g); }
};
/// A root graph.
using GraphHandle = std::unique_ptr<Agraph_t, GraphDeleter>;

/// The layout of a graph; freed before the graph is closed.
class Layout {
public:
    Layout(GVC_t* gvc, Agraph_t* g) noexcept : gvc_(gvc), g_(g) {}
    ~Layout() {
        if (gvc_) gvFreeLayout(gvc_, g_);
    }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

private:
    GVC_t* gvc_;
    Agraph_t* g_;
};

/// Memory returned by gvRenderData.
struct RenderDataDeleter {
    void operator()(char* p) const noexcept { gvFreeRenderData(p); }
};
using RenderData = std::unique_ptr<char, RenderDataDeleter>;

/// Holds LC_NUMERIC at "C" while Graphviz runs (layout switches it and prints numbers with it),
/// and gives the caller's locale back afterwards.
class NumericLocale {
public:
    NumericLocale();
    ~NumericLocale();
    NumericLocale(const NumericLocale&) = delete;
    NumericLocale& operator=(const NumericLocale&) = delete;

private:
    std::string saved_;
};

/// Routes Graphviz's messages (agerr) into lists instead of stderr while alive; restores the
/// previous handler on destruction. `check` throws Error with the errors collected so far.
class ErrorCapture {
public:
    explicit ErrorCapture(std::vector<std::string>& warnings);
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;
    /// Throws Error("graphviz: <what>: <messages>") when Graphviz reported an error or `failed`.
    void check(std::string_view what, bool failed = false);

private:
    agusererrf previous_;
    agerrlevel_t previous_level_;
};

}  // namespace councilgraph::detail
