#include "export/common.hpp"

#include <set>

namespace councilgraph {

using nlohmann::ordered_json;

std::string to_node_link(const Dataset& data, const ExportOptions& opts) {
    ordered_json doc;
    // NetworkX 2.8 reads "links" (newer versions default to "edges" but accept link="links").
    doc["directed"] = true;
    doc["multigraph"] = true;
    doc["graph"] = {{"name", "councilgraph"}};
    ordered_json nodes = ordered_json::array();
    for (const auto& n : data.nodes) nodes.push_back(detail::node_object(n, opts));
    ordered_json links = ordered_json::array();
    for (const auto& e : data.edges) {
        ordered_json l;
        l["source"] = e.from;
        l["target"] = e.to;
        l["key"] = e.id;  // distinct per edge, so parallel relations stay apart in a MultiDiGraph
        const ordered_json props = detail::edge_object(e);
        for (const auto& [k, v] : props.items()) l[k] = v;
        links.push_back(std::move(l));
    }
    doc["nodes"] = std::move(nodes);
    doc["links"] = std::move(links);
    return doc.dump(1, ' ', false) + "\n";
}

namespace detail {

ordered_json cytoscape_json(const Dataset& data, const ExportOptions& opts) {
    ordered_json doc;
    doc["data"] = {{"name", "councilgraph"}};
    doc["directed"] = true;
    doc["multigraph"] = true;
    std::set<std::string, std::less<>> used;
    ordered_json nodes = ordered_json::array();
    for (const auto& n : data.nodes) {
        ordered_json d;
        d["id"] = n.id;
        d["value"] = n.id;                  // NetworkX's cytoscape_graph keys nodes by it
        d["name"] = n.name.in(opts.lang);   // Cytoscape's default label
        const ordered_json props = detail::node_object(n, opts);
        for (const auto& [k, v] : props.items())
            if (k != "id") d[k] = v;
        used.insert(n.id);
        nodes.push_back({{"data", std::move(d)}});
    }
    ordered_json edges = ordered_json::array();
    for (const auto& e : data.edges) {
        // Ids are shared by nodes and edges in Cytoscape.js: a clash would silently drop the edge.
        std::string id = e.id;
        while (used.contains(id)) id = "edge:" + id;
        used.insert(id);
        ordered_json d;
        d["id"] = id;
        d["source"] = e.from;
        d["target"] = e.to;
        d["key"] = e.id;  // NetworkX's cytoscape_graph keys parallel edges by it (default 0 merges them)
        const ordered_json props = detail::edge_object(e);
        for (const auto& [k, v] : props.items())
            if (k != "id") d[k] = v;
        edges.push_back({{"data", std::move(d)}});
    }
    doc["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
    return doc;
}

}  // namespace detail

std::string to_cytoscape(const Dataset& data, const ExportOptions& opts) {
    return detail::cytoscape_json(data, opts).dump(1, ' ', false) + "\n";
}

}  // namespace councilgraph
