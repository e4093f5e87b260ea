#pragma once
/// \file render.hpp
/// Laying out and drawing a Diagram through Graphviz's libraries (cgraph builds the graph, gvc
/// lays it out and renders it to memory), never by running the `dot` program. All Graphviz code
/// lives in src/lib/render/, behind owners that release layout, graph and context in order.

#include <councilgraph/style.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace councilgraph {

/// What `render` writes. `dot` is the DOT text before layout (dot.hpp).
enum class OutputType : std::uint8_t { dot, svg, png, pdf };
[[nodiscard]] std::optional<OutputType> parse_output_type(std::string_view s) noexcept;
[[nodiscard]] std::string_view to_string(OutputType t) noexcept;
/// The type an output path asks for by its extension (`.svg`, `.png`, `.pdf`, `.dot`, `.gv`);
/// nullopt when the extension is none of these.
[[nodiscard]] std::optional<OutputType> output_type_for(const std::filesystem::path& path);

/// Where the layout put one node: its centre and size in points, with y growing downwards and
/// the origin at the top-left corner of the drawing, as in the SVG.
struct NodePlacement {
    std::string name;  ///< the DiagramNode's name (the node id)
    double x = 0, y = 0, width = 0, height = 0;
};

/// The one Graphviz context of the process. Create it once, before any drawing, and keep all
/// calls on one thread (cgraph is not thread-safe). Constructing a second Renderer while one is
/// alive throws Error. Graphviz errors become Error (exit code 2) carrying Graphviz's message;
/// its warnings are collected in `warnings()`. The numeric locale is held at "C" during every
/// call and restored afterwards.
class Renderer {
public:
    Renderer();
    ~Renderer();
    Renderer(Renderer&&) noexcept;
    Renderer& operator=(Renderer&&) noexcept;
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    /// Lays out `d` with its engine and renders it in memory: SVG text, PNG or PDF bytes. For
    /// OutputType::dot returns to_dot(d) without layout.
    [[nodiscard]] std::string render(const Diagram& d, OutputType type);

    /// Lays out `d` with its engine exactly as render() does and returns where each node went,
    /// in Diagram::nodes order (the HTML explorer starts from these, so it matches the SVG).
    [[nodiscard]] std::vector<NodePlacement> layout(const Diagram& d);

    /// The DOT cgraph writes for the graph built from `d`, before layout. For tests: it must
    /// carry the same values as to_dot(d) read back by cgraph.
    [[nodiscard]] std::string cgraph_dot(const Diagram& d);

    /// `dot` read by cgraph's parser and written back by agwrite. For tests: equal to
    /// cgraph_dot(d) when to_dot(d) says exactly what the API-built graph holds.
    [[nodiscard]] std::string canonical_dot(const std::string& dot);

    /// Graphviz warnings of the last render (without the `Warning: ` prefix).
    [[nodiscard]] const std::vector<std::string>& warnings() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Nothing when `svg` is inert: only drawing elements (svg, g, title, text, path, polygon...),
/// no script or foreignObject, no event handler (`on...`), no href/src/style attribute, no
/// `url()` other than to an element of the same file, no processing instruction naming a
/// stylesheet, no DOCTYPE or other declaration. Otherwise what was found. Renderer::render checks
/// every SVG with it and throws instead of returning one that is not inert.
[[nodiscard]] std::optional<std::string> svg_problem(std::string_view svg);
/// `svg` without its DOCTYPE declaration (Graphviz names the SVG 1.1 DTD by URL).
[[nodiscard]] std::string without_doctype(std::string svg);

/// The Graphviz version the library was built against (from pkg-config).
[[nodiscard]] std::string_view graphviz_version() noexcept;

}  // namespace councilgraph
