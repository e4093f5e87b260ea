#pragma once
/// \file export.hpp
/// Export of a selection to the tools people use: GraphML, GEXF (dynamic), node-link JSON
/// (NetworkX, D3), Cytoscape.js elements JSON, Neo4j admin-import CSV, DOT, the project's own
/// JSON, and the HTML explorer (one self-contained page to explore the selection in a browser). Every writer takes a Dataset (usually `select_dataset(view)`) and returns text; the
/// output is a pure function of its input (same bytes for the same data, no dates, no addresses).
///
/// Flat formats share one set of property names (see docs/export.md):
/// - nodes: `id`, `kind`, `label` (name in the chosen language), `name_en`, `name_nl`, `name_fr`,
///   `aliases`, `evidence`, then every attribute;
/// - edges: `id`, `kind`, `label` (the kind), `date`, `start`, `end`, `evidence`, then every attribute.
/// An attribute keeps its key unless that key is reserved (one of the names above, or a name a
/// client gives a meaning: `type`, `weight`, `value`, `name`, `source`, `target`, `key`,
/// `parent`, `councilgraph_id`) or begins with `attr_`: then it is written as `attr_<key>`. Bytes outside
/// `[A-Za-z0-9_-]` are written `.HH` (hex), so every name is an XML NMTOKEN and a Neo4j header
/// name. The mapping is injective: no two attributes ever share a column.

#include <councilgraph/model.hpp>
#include <councilgraph/style.hpp>
#include <councilgraph/view.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace councilgraph {

/// The export formats.
enum class ExportFormat : std::uint8_t { graphml, gexf, node_link, cytoscape, neo4j_csv, dot, native, html };

/// Parses a format name: `graphml`, `gexf`, `json` (or `node-link`), `cyjs` (or `cytoscape`),
/// `csv` (or `neo4j`), `dot` (or `gv`), `native`, `html`. nullopt when unknown.
[[nodiscard]] std::optional<ExportFormat> parse_export_format(std::string_view name) noexcept;
/// The canonical name of a format (`graphml`, `gexf`, `json`, `cyjs`, `csv`, `dot`, `native`, `html`).
[[nodiscard]] std::string_view to_string(ExportFormat f) noexcept;
/// The format an output path asks for by its extension (`.graphml`, `.gexf`, `.json`, `.cyjs`,
/// `.dot`/`.gv`, `.html`/`.htm`); nullopt when the extension says nothing (CSV and native must be named).
[[nodiscard]] std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& p);

/// Options shared by the writers.
struct ExportOptions {
    Lang lang = Lang::en;  ///< language of the `label` property (every name is written anyway)
    Theme theme;           ///< styles for the DOT and HTML exports (the CLI passes data/theme/default.json)
    /// HTML: the largest selection (in nodes) laid out by Graphviz at export time for the
    /// explorer's first view; above it the page starts from a quick layout of its own.
    std::size_t html_layout_max_nodes = 3000;
};

/// The selected part of a graph as a data set: the view's nodes and edges (id order) and the
/// sources their evidence cites, so that the native export of a selection loads back on its own.
[[nodiscard]] Dataset select_dataset(const View& view);

/// GraphML 1.1: a typed `<key>` per property, NMTOKEN-safe element ids (see `xml_token`),
/// parallel edges kept, evidence and aliases as JSON text. The `id` property is named
/// `councilgraph_id` here, because igraph keeps the element id in an attribute called `id`.
[[nodiscard]] std::string to_graphml(const Dataset& data, const ExportOptions& opts = {});

/// GEXF 1.3, mode="dynamic", timeformat="date": every dated edge has one spell (see
/// docs/export.md for how year and month precision and open ends map to days).
[[nodiscard]] std::string to_gexf(const Dataset& data, const ExportOptions& opts = {});

/// Node-link JSON as NetworkX's `node_link_graph` reads it (`directed`, `multigraph`, `graph`,
/// `nodes`, `links`; each link has `key` = edge id). Lists and evidence stay JSON arrays.
[[nodiscard]] std::string to_node_link(const Dataset& data, const ExportOptions& opts = {});

/// Cytoscape.js elements JSON (`{"data", "directed", "multigraph", "elements": {"nodes", "edges"}}`),
/// every field inside `data`, nodes with `value` (= id) and `name` (= label) for NetworkX's reader.
/// An edge id equal to a node id is prefixed with `edge:` (Cytoscape would drop the edge).
[[nodiscard]] std::string to_cytoscape(const Dataset& data, const ExportOptions& opts = {});

/// The two files of a Neo4j admin import.
struct Neo4jCsv {
    std::string nodes;          ///< `nodes.csv`: `id:ID`, `:LABEL`, typed property columns
    std::string relationships;  ///< `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE`, properties
};
/// Neo4j CSV. Labels are the node kind in PascalCase (`State`, `MemberOfParty` is a type:
/// `MEMBER_OF_PARTY`); line breaks inside text become spaces (neo4j-admin needs one line per row).
[[nodiscard]] Neo4jCsv to_neo4j_csv(const Dataset& data, const ExportOptions& opts = {});


/// The HTML explorer: one self-contained page (no network at view time) holding the app, the
/// cytoscape library with its licence header, and the selection as the Cytoscape.js elements of
/// to_cytoscape plus the sources, the theme's colours and the Graphviz positions of the nodes.
/// The data sits in a `<script type="application/json">` element with `<`, U+2028 and U+2029
/// written as `\u` escapes, so no name or quote can end the element. Lays the graph out through
/// Graphviz (render.hpp), so no other Renderer may be alive during the call.
[[nodiscard]] std::string to_html(const Dataset& data, const ExportOptions& opts = {});

/// The JSON the HTML explorer embeds (see to_html), for tests and other front ends.
[[nodiscard]] std::string html_payload(const Dataset& data, const ExportOptions& opts = {});

/// Text safe inside an HTML `<script>` element: `<` becomes `\u003c`, U+2028 and U+2029 become
/// `\u2028` and `\u2029`. Meant for JSON text, where `<` only occurs inside strings.
[[nodiscard]] std::string script_safe_json(std::string_view json);

/// The text of a single-file format (everything except neo4j_csv, which throws UsageError).
[[nodiscard]] std::string export_text(const Dataset& data, ExportFormat f, const ExportOptions& opts = {});

/// Writes an export atomically. For neo4j_csv `path` is a folder that receives `nodes.csv` and
/// `relationships.csv`: both are written to temporary files first, then renamed (a new folder is
/// built aside and renamed into place), so a failure never leaves one new file beside an old one.
/// Throws Error naming the path.
void write_export(const Dataset& data, ExportFormat f, const std::filesystem::path& path,
                  const ExportOptions& opts = {});

/// The column name of an attribute key (the injective mapping described at the top of this file).
[[nodiscard]] std::string property_name(std::string_view attr_key);

/// An XML NMTOKEN that stands for `id`: bytes outside `[A-Za-z0-9_:-]` become `.HH` (hex), so
/// `draft:S/2019/961` is `draft:S.2F2019.2F961`. Injective; the original id is kept as `id`.
[[nodiscard]] std::string xml_token(std::string_view id);

/// Escapes text for XML element content and attribute values (`& < > " '`, and tab, CR, LF as
/// character references). Characters XML 1.0 cannot carry at all (C0 controls, U+FFFE, U+FFFF)
/// become U+FFFD.
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace councilgraph
