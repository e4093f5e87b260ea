#!/usr/bin/env python3
"""Whole-process comparison with NetworkX and igraph on the Council-shaped synthetic graph.

usage: bench/peers.py [--bin BUILD/councilgraph] [--also NAME=BINARY]... [--runs N] [--sizes 50,500,5000] [--work DIR]

For each size 193 x R it generates the graph once with ../shared/bench/gen_synthetic.py (node-link
JSON + GraphML) and converts it with nodelink_to_native.py, then times `load + pens at 2019-06-01`
in each tool as a whole process under /usr/bin/time, interleaved (councilgraph, NetworkX, igraph,
councilgraph, ...) so that the load of a shared machine hits all three alike. `--also` adds another
councilgraph binary to the same loop (an older build, to compare before and after).
It prints one Markdown table: medians of CPU time (user + sys: on a shared machine wall time
mostly measures the others' load), wall time and peak RSS, and each tool's ratios to councilgraph.
The generator and the peer scripts are used where they are (../shared/bench), never copied.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("COUNCILGRAPH_SHARED_BENCH", os.path.join(root, "..", "shared", "bench"))
py = "/usr/bin/python3"


def timed(cmd):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        r = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", t.name] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
        wall, user, sys_, kb = t.read().split()[-4:]
        return float(user) + float(sys_), int(kb) / 1024.0, float(wall)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(root, "build-release", "councilgraph"))
    ap.add_argument("--also", action="append", default=[], metavar="NAME=BINARY",
                    help="another councilgraph binary in the same loop")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="50,500,5000")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilgraph-peers"))
    a = ap.parse_args()
    if not os.path.isdir(shared):
        print(f"SKIP: {shared} is not here (it is beside the project in CI)")
        return 77
    rows = []
    for r in [int(x) for x in a.sizes.split(",")]:
        d = os.path.join(a.work, f"193x{r}")
        native = os.path.join(d, "graph.native.json")
        if not os.path.exists(native):
            os.makedirs(d, exist_ok=True)
            subprocess.run([py, os.path.join(shared, "gen_synthetic.py"), "193", str(r), d], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([py, os.path.join(shared, "nodelink_to_native.py"), os.path.join(d, "graph.nodelink.json"), native],
                           check=True, stdout=subprocess.DEVNULL)
        with open(native) as f:
            edges = f.read().count('"evidence"')  # one per edge in the converted file
        query = ["--data", native, "pens", "--at", "2019-06-01", "--format", "csv"]
        tools = {
            "councilgraph": [a.bin] + query,
            **{x.split("=", 1)[0]: [x.split("=", 1)[1]] + query for x in a.also},
            "NetworkX": [py, os.path.join(shared, "peers.py"), "networkx", "load+pens_at", os.path.join(d, "graph.nodelink.json")],
            "igraph": [py, os.path.join(shared, "peers.py"), "igraph", "load+pens_at", os.path.join(d, "graph.graphml")],
        }
        got = {t: [] for t in tools}
        for _ in range(a.runs):
            for t, cmd in tools.items():
                got[t].append(timed(cmd))
        med = {t: tuple(statistics.median(x[k] for x in v) for k in range(3)) for t, v in got.items()}
        for t in tools:
            s, m, w = med[t]
            cs, cm, _ = med["councilgraph"]
            rows.append((f"193 x {r}", edges, t, s, w, m, s / cs, m / cm))
        print(f"193 x {r}: done", file=sys.stderr)
    print(f"load + `pens --at 2019-06-01`, whole process, median of {a.runs} interleaved runs")
    print()
    print("| graph | edges | tool | CPU (s) | wall (s) | peak RSS (MiB) | CPU / councilgraph | RSS / councilgraph |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for g, e, t, s, w, m, rs, rm in rows:
        print(f"| {g} | {e:,} | {t} | {s:.2f} | {w:.2f} | {m:.0f} | {rs:.2f}x | {rm:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
