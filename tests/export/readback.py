"""NetworkX read-back of councilgraph exports: every node, edge and attribute value of the native
export (the truth) must come back from GraphML (networkx.read_graphml) and node-link JSON
(networkx.node_link_graph), under the property names of docs/export.md.

Usage: /usr/bin/python3 readback.py NATIVE.json GRAPH.graphml NODELINK.json
"""
import inspect
import json
import re
import sys

import networkx as nx

RESERVED = {"", "aliases", "councilgraph_id", "date", "end", "evidence", "id", "key", "kind", "label",
            "name", "name_en", "name_fr", "name_nl", "parent", "source", "start", "target", "type",
            "value", "weight"}


def property_name(key):
    """The documented, injective mapping of an attribute key to a column name."""
    base = ("attr_" + key) if key in RESERVED or key.startswith("attr_") else key
    return "".join(chr(b) if re.match(rb"[A-Za-z0-9_-]", bytes([b])) else ".%02X" % b
                   for b in base.encode("utf-8"))


def xml_token(s):
    return "".join(chr(b) if re.match(rb"[A-Za-z0-9_:-]", bytes([b])) else ".%02X" % b
                   for b in s.encode("utf-8"))


def xml_text(s):
    """What XML can carry: C0 controls (other than tab, LF, CR), U+FFFE and U+FFFF become U+FFFD."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", "\ufffd", s)


def kind_of(v):
    if isinstance(v, bool): return "bool"
    if isinstance(v, int): return "int"
    if isinstance(v, float): return "float"
    return "str"


def column_types(elements):
    types = {}
    for el in elements:
        for k, v in el.get("attrs", {}).items():
            t = kind_of(v)
            old = types.setdefault(k, t)
            if old != t:
                types[k] = "float" if {old, t} <= {"int", "float"} else "str"
    return types


def text(v):
    if isinstance(v, bool): return "true" if v else "false"
    return str(v)


def expected_props(el, is_node, types, typed):
    """The properties of a node or edge. `typed`: JSON (values keep their type) or GraphML (typed
    columns; lists and evidence as JSON text)."""
    p = {"kind": el["kind"]}
    if is_node:
        p["label"] = el["name"]["en"]
        for lang in ("en", "nl", "fr"):
            if el["name"].get(lang): p["name_" + lang] = el["name"][lang]
        if el.get("aliases"): p["aliases"] = el["aliases"]
    else:
        p["label"] = el["kind"]
        for k in ("date", "start", "end"):
            if k in el: p[k] = el[k]
    if el.get("evidence"): p["evidence"] = el["evidence"]
    for k, v in el.get("attrs", {}).items():
        if not typed:
            v = text(v) if types[k] == "str" else (float(v) if types[k] == "float" else v)
        p[property_name(k)] = v
    if not typed:
        for k in ("aliases", "evidence"):
            if k in p: p[k] = json.dumps(p[k], ensure_ascii=False, separators=(",", ":"))
        p = {k: xml_text(v) if isinstance(v, str) else v for k, v in p.items()}
    return p


def compare(what, want, got, problems):
    if want != got:
        for k in sorted(set(want) | set(got)):
            if want.get(k, "<missing>") != got.get(k, "<missing>"):
                problems.append(f"{what}: {k}: want {want.get(k, '<missing>')!r}, got {got.get(k, '<missing>')!r}")


def main():
    native = json.load(open(sys.argv[1], encoding="utf-8"))
    # Edge ids: explicit ones are in the native file; derived ones are in the node-link file.
    nodelink = json.load(open(sys.argv[3], encoding="utf-8"))
    problems = []
    ntypes, etypes = column_types(native["nodes"]), column_types(native["edges"])
    nodes = {n["id"]: n for n in native["nodes"]}
    links_by = {}
    for l in nodelink["links"]:
        links_by.setdefault((l["source"], l["target"], l["kind"]), []).append(l)
    # Pair each native edge with its id through (from, to, kind) and equal properties.
    edges = {}
    for e in native["edges"]:
        cands = links_by.get((e["from"], e["to"], e["kind"]), [])
        want = expected_props(e, False, etypes, True)
        match = [l for l in cands if {k: v for k, v in l.items() if k not in ("source", "target", "key", "id")} == want]
        if "id" in e: match = [l for l in match if l["id"] == e["id"]]
        if not match:
            problems.append(f"node-link: no link for native edge {e.get('id') or (e['from'], e['to'], e['kind'])}")
            continue
        cands.remove(match[0])
        edges[match[0]["id"]] = e

    # node-link JSON
    kw = {"edges": "links"} if "edges" in inspect.signature(nx.node_link_graph).parameters else {"link": "links"}
    G = nx.node_link_graph(nodelink, **kw)
    if set(G.nodes) != set(nodes): problems.append(f"node-link: nodes {sorted(set(G.nodes) ^ set(nodes))} differ")
    for nid, n in nodes.items():
        if nid in G: compare(f"node-link node {nid!r}", expected_props(n, True, ntypes, True), dict(G.nodes[nid]), problems)
    if G.number_of_edges() != len(native["edges"]):
        problems.append(f"node-link: {G.number_of_edges()} edges, native has {len(native['edges'])}")
    for u, v, k, d in G.edges(keys=True, data=True):
        e = edges.get(k)
        if e is None: problems.append(f"node-link: edge {k!r} is not in the native export"); continue
        got = dict(d); got.pop("id", None)
        compare(f"node-link edge {k!r}", expected_props(e, False, etypes, True), got, problems)
        if (u, v) != (e["from"], e["to"]): problems.append(f"node-link edge {k!r}: ends {(u, v)}")

    # GraphML
    H = nx.read_graphml(sys.argv[2])
    if H.number_of_nodes() != len(nodes): problems.append(f"graphml: {H.number_of_nodes()} nodes, want {len(nodes)}")
    for nid, n in nodes.items():
        key = xml_token(nid)
        if key not in H: problems.append(f"graphml: node {key!r} missing"); continue
        got = dict(H.nodes[key])
        if got.pop("councilgraph_id", None) != xml_text(nid): problems.append(f"graphml node {key!r}: councilgraph_id differs")
        compare(f"graphml node {nid!r}", expected_props(n, True, ntypes, False), got, problems)
    if H.number_of_edges() != len(native["edges"]):
        problems.append(f"graphml: {H.number_of_edges()} edges, native has {len(native['edges'])}")
    for u, v, k, d in H.edges(keys=True, data=True):
        got = dict(d)
        eid = got.pop("councilgraph_id", None)
        e = edges.get(eid)
        if e is None: problems.append(f"graphml: edge {eid!r} is not in the native export"); continue
        compare(f"graphml edge {eid!r}", expected_props(e, False, etypes, False), got, problems)
        if (u, v) != (xml_token(e["from"]), xml_token(e["to"])): problems.append(f"graphml edge {eid!r}: ends {(u, v)}")

    name = sys.argv[1]
    if problems:
        print(f"{name}: {len(problems)} differences")
        for p in problems[:40]: print("  " + p)
        sys.exit(1)
    print(f"ok {name}: {len(nodes)} nodes, {len(native['edges'])} edges, every property equal in GraphML and node-link JSON")


main()
