#!/usr/bin/env python3
"""Dutch and French diagrams have no English word of councilgraph's, and keep their dates.

    words.py BIN [IMPORTED]

Renders DOT in NL and FR (and EN, for the stated-total label) over data/ and, when IMPORTED (the
public record imported by `import all`) is given, over data/ + IMPORTED. In every diagram, each
word councilgraph adds (the legend: title, counts, kind names, notes; edge labels; cluster titles)
must be a word of that language's words file (data/theme/words.json) or part of an entity name
drawn in the same diagram (edge labels wherever they are drawn: label, xlabel, or the HTML
head or tail label of the force-directed engines); dates and counts pass. Office titles (`represents`) are the data's own
text and are not checked. Also: a stated total reads "vermeld op 2021-02-03" / "selon une source
du 2021-02-03", and `--cluster` with dot keeps every relation's dates (external labels, laid out
to SVG without a crash).
"""
import html
import json
import re
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
IMPORTED = sys.argv[2] if len(sys.argv) > 2 else None
WORDS = json.load(open("data/theme/words.json", encoding="utf-8"))
failures = []


def tokens(text):
    return [t.lower() for t in re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", text)]


def vocabulary(lang):
    out = set()
    for v in WORDS[lang].values():
        out.update(tokens(v))
        out.update(p for t in tokens(v) for p in re.split(r"[-’']", t))
    return out


ATTR = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|<(?:[^<>]|<[^<>]*>)*>)')


def unquote(v):
    if v.startswith("<"):
        return html.unescape(re.sub(r"<[^>]*>", " ", v[1:-1]))
    return v[1:-1].replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def parse(dot):
    """(graph label, node labels, [(edge kind, label)], cluster labels) of councilgraph's DOT."""
    legend, nodes, edges, clusters = "", [], [], []
    in_cluster = False
    for line in dot.splitlines():
        s = line.strip()
        if s.startswith("label=<"):
            legend = unquote(s[len("label="):].rstrip(";"))
        elif s.startswith("subgraph"):
            in_cluster = True
        elif s.startswith("graph [") and in_cluster:
            a = dict(ATTR.findall(s))
            if "label" in a:
                clusters.append(unquote(a["label"]))
        elif re.match(r'"[^"]*" -> ', s) or re.match(r'"(?:[^"\\]|\\.)*" -> ', s):
            a = dict(ATTR.findall(s))
            key = unquote(a.get("key", '""'))
            label = "\n".join(unquote(a[k]) for k in ("label", "xlabel", "headlabel", "taillabel") if k in a)
            edges.append((key.split(":", 1)[0], label, unquote(a.get("tooltip", '""'))))
        elif s.startswith('"'):
            a = dict(ATTR.findall(s))
            if "label" in a:
                nodes.append(unquote(a["label"]))
    return legend, nodes, edges, clusters


def render(data, lang, args, out="-"):
    cmd = [BIN] + [x for d in data for x in ("--data", d)] + ["--lang", lang, "render"] + args + ["-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"{' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
        return None
    return r.stdout


SELECTIONS = [
    ["--edges", "pen,chairs,member,presides", "--from", "2018", "--to", "2020"],
    ["--around", "Belgium", "--from", "2019", "--to", "2020"],
    ["--edges", "veto,concerns", "--by-dossier", "--nodes", "state,draft,dossier", "--from", "2011", "--to", "2022"],
    ["--timeline", "--edges", "veto,concerns", "--by-dossier", "--dossier", "dossier:syria"],
    ["--timeline", "--around", "body:unsc", "--edges", "member,presides", "--from", "2018", "--to", "2020"],
    ["--edges", "member,presides,veto", "--at", "2019", "--cluster", "bloc"],
    ["--edges", "pen,veto,concerns", "--from", "2019", "--to", "2020", "--cluster", "dossier"],
    ["--nodes", "person,party,state", "--edges", "asks,member_of_party,represents"],
    ["--edges", "authored,initiated,participates,outcome", "--from", "2018", "--to", "2021"],
    ["--around", "Belgium", "--edges", "member", "--from", "2019", "--to", "2020", "--undated"],
]
NETWORKS = [["--network", "covote", "--from", "2019-01-01", "--to", "2020-12-31", "--min-agreement", "97"],
            ["--network", "cosponsor", "--from", "2012-01-01", "--to", "2014-12-31", "--min-shared", "30"]]

data_sets = [["data"]] + ([["data", IMPORTED]] if IMPORTED else [])
checked = 0
for data in data_sets:
    for lang in ("nl", "fr"):
        allowed = vocabulary(lang)
        for args in SELECTIONS + (NETWORKS if IMPORTED and data[-1] == IMPORTED else []):
            dot = render(data, lang, args)
            if dot is None:
                continue
            legend, nodes, edges, clusters = parse(dot)
            names = {t for n in nodes for t in tokens(n)}
            # Names are wrapped, never cut ("accès humanitaire transfronta…" in a timeline cell).
            for n in nodes:
                if "…" in n:
                    failures.append(f"{lang} {' '.join(args)} ({'+'.join(data)}): a label is cut: {n!r}")
            texts = [("legend", legend)] + [("cluster", c) for c in clusters]
            texts += [(f"edge label ({kind})", label) for kind, label, _ in edges if kind != "represents"]
            for where, text in texts:
                bad = sorted({t for t in tokens(text) if t not in allowed and t not in names})
                if bad:
                    failures.append(f"{lang} {' '.join(args)} ({'+'.join(data)}): {where} has words not in {lang}: {bad[:8]} in {text[:120]!r}")
            checked += 1

# A stated total: "16 in all / as stated 2021-02-03" in each language.
stated = {"en": "as stated 2021-02-03", "nl": "vermeld op 2021-02-03", "fr": "selon une source du 2021-02-03"}
for lang, want in stated.items():
    dot = render(["data"], lang, ["--edges", "veto", "--dossier", "dossier:syria"])
    if dot is None:
        continue
    labels = [label for kind, label, _ in parse(dot)[2] if kind == "veto"]
    if not any(want in label and "16" in label for label in labels):
        failures.append(f"{lang}: the stated total does not read {want!r}: {labels}")

# An agreement network's legend says what the line width means, with its range, in each language.
if IMPORTED:
    width = {"en": "line width: share of identical votes", "nl": "lijndikte: aandeel identieke stemmen",
             "fr": "épaisseur du trait : part de votes identiques"}
    for lang, want in width.items():
        dot = render(["data", IMPORTED], lang, NETWORKS[0])
        if dot is not None and not re.search(re.escape(want) + r".* 97\.5 % .* 100 %", parse(dot)[0]):
            failures.append(f"{lang}: the covote legend does not say {want!r} with the range: {parse(dot)[0][-300:]!r}")
    for lang, want in {"en": "line width: texts sponsored together, from 31 to 94", "fr": "textes coparrainés ensemble, de 31 à 94"}.items():
        dot = render(["data", IMPORTED], lang, NETWORKS[1])
        if dot is not None and want not in parse(dot)[0]:
            failures.append(f"{lang}: the cosponsor legend does not say {want!r}")

# --cluster with dot keeps the dates: every dated relation's label carries its period, and the
# SVG (laid out by Graphviz 2.42, which crashed on ordinary labels in clusters) shows them.
for cluster in ("dossier", "kind", "bloc"):
    args = ["--around", "Belgium", "--from", "2019", "--to", "2020", "--engine", "dot", "--cluster", cluster]
    dot = render(["data"], "nl", args)
    if dot is None:
        continue
    edges = parse(dot)[2]
    dated = 0
    for kind, label, tip in edges:
        when = re.search(r"\d{4}(?:-\d\d(?:-\d\d)?)?", tip.split("\n")[0])
        if not when:
            continue
        dated += 1
        if not re.search(r"\d{4}", label):
            failures.append(f"--cluster {cluster}: the {kind} edge dated {when.group(0)} has no date on the drawing: {label!r}")
    if dated < 10:
        failures.append(f"--cluster {cluster}: only {dated} dated relations drawn")
    with tempfile.NamedTemporaryFile(suffix=".svg") as f:
        if render(["data"], "nl", args, f.name) is not None:
            svg = open(f.name, encoding="utf-8").read()
            shown = len(re.findall(r"<text[^>]*>[^<]*\d{4}[^<]*</text>", svg))
            if shown < dated:
                failures.append(f"--cluster {cluster}: {dated} dated relations but {shown} dates in the SVG")

for f in failures:
    print("FAIL:", f)
print(f"{checked} diagrams checked in nl and fr over {' and '.join('+'.join(d) for d in data_sets)}; {len(failures)} failures")
sys.exit(1 if failures else 0)
