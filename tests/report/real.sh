#!/usr/bin/env bash
# Term reports over curated + imported data (issue 15): the Belgian 2019-2020 report carries the
# balance a reader of the Chamber report knows, each line with a footnote; the HTML is one page
# that parses and refers to nothing outside; French titles in French; a member without curated
# data gets a report from the public record alone. Skipped (77) without ../shared/realdata.
set -u
bin=$1
. "$(dirname "$0")/../lib/realdata.sh"
cg() { "$bin" --data data --data "$tmp/imported" "$@"; }
fail=0
cg report Belgium --term 2019-2020 -o "$tmp/be.html" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
cg report Belgium --term 2019-2020 --no-diagrams >"$tmp/be.md" 2>/dev/null || exit 1
python3 - "$tmp/be.html" "$tmp/be.md" <<'PY' || fail=1
import re, sys
from html.parser import HTMLParser
html, md = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
problems = []
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.sections = {}; self.cur = None; self.refs = []; self.svgs = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section": self.cur = a.get("id"); self.sections[self.cur] = ""
        if tag == "svg": self.svgs += 1
        for k in ("src", "href", "xlink:href"):
            v = a.get(k)
            if v and not v.startswith("#"): self.refs.append(v)
    def handle_data(self, d):
        if self.cur: self.sections[self.cur] += d
p = P(); p.feed(html); p.close()
if p.refs: problems.append(f"external references in the HTML: {p.refs[:5]}")
if p.svgs < 1: problems.append("no diagram inlined in the HTML")
s = p.sections
def need(sec, *words):
    text = s.get(sec, "")
    for w in words:
        if w not in text: problems.append(f"section {sec} lacks {w!r}")
need("pens", "Syria humanitarian access", "Kuwait", "Germany", "West Africa", "Côte d'Ivoire", "Niger")
need("chairs", "Children and Armed Conflict", "Somalia", "2231")
need("presidencies", "2020-02")
need("term", "2019", "2020", "Earlier terms")
for draft in ("S/2019/961", "S/2020/654", "S/2020/667"):
    line = next((l for l in md.splitlines() if draft in l), None)
    if line is None: problems.append(f"veto on {draft} is not in the report")
    elif "Belgium held the pen on" not in line: problems.append(f"the veto on {draft} does not say Belgium held that pen: {line}")
    elif "[^" not in line: problems.append(f"the veto on {draft} has no footnote")
need("votes", "votes cast")
need("resolutions", "Adopted in all")
# Every list item has a footnote, and every footnote is defined.
body = md.split("\n## Sources cited")[0]
items = [l for l in body.splitlines() if l.startswith("- ")]
bare = [l for l in items if "[^" not in l]
if bare: problems.append(f"{len(bare)} lines without a footnote, e.g. {bare[0]}")
used = set(re.findall(r"\[\^(\d+)\](?!:)", md)); defined = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
if used - defined: problems.append(f"footnotes used but not defined: {sorted(used - defined)[:5]}")
if not any("“" in l for l in md.splitlines() if l.startswith("[^")): problems.append("no footnote carries a quote")
for pr in problems: print("FAIL:", pr)
print(f"Belgian report: {len(items)} lines, {len(defined)} footnotes, {p.svgs} diagrams")
sys.exit(1 if problems else 0)
PY
# French section titles.
cg --lang fr report Belgique --term 2019-2020 --no-diagrams >"$tmp/fr.md" 2>/dev/null || { echo "FAIL: French report"; fail=1; }
for t in "## Le mandat" "## Plumes et co-plumes" "## Vetos opposés pendant le mandat"; do
  grep -q "^$t" "$tmp/fr.md" || { echo "FAIL: French report lacks '$t'"; fail=1; }
done
# Indonesia 2019-2020 (its latest term): what the record has (vetoes met, its votes), and the
# sections only curated sources fill say they have no data. 1995-1996: the record alone, said so.
cg report Indonesia --no-diagrams >"$tmp/id.md" 2>"$tmp/err" || { echo "FAIL: Indonesia: $(cat "$tmp/err")"; fail=1; }
grep -q '^# Indonesia on the Security Council, 2019 – 2020' "$tmp/id.md" || { echo "FAIL: Indonesia's latest term is not 2019-2020: $(head -1 "$tmp/id.md")"; fail=1; }
grep -q 'S/2019/961.*Indonesia voted yes' "$tmp/id.md" || { echo "FAIL: the Indonesian report lacks the vetoes met and its vote"; fail=1; }
grep -q '^_No pen in the data' "$tmp/id.md" || { echo "FAIL: the Indonesian report does not say it has no pens"; fail=1; }
cg report Indonesia --term 1995-1996 --no-diagrams >"$tmp/id95.md" 2>/dev/null || { echo "FAIL: Indonesia 1995-1996"; fail=1; }
grep -q 'From the public record alone' "$tmp/id95.md" || { echo "FAIL: the 1995-1996 report does not say it is from the record alone"; fail=1; }
grep -q 'votes cast' "$tmp/id95.md" || { echo "FAIL: the 1995-1996 report lacks Indonesia's votes"; fail=1; }
# Markdown with its diagrams beside it.
cg report Belgium --term 2019-2020 -o "$tmp/md/be.md" 2>/dev/null && { echo "FAIL: a report into a missing folder was written"; fail=1; }
mkdir -p "$tmp/md"
cg report Belgium --term 2019-2020 -o "$tmp/md/be.md" 2>/dev/null || { echo "FAIL: Markdown report"; fail=1; }
for f in be-network.svg be-timeline.svg; do
  [ -s "$tmp/md/$f" ] || { echo "FAIL: $f not written beside the Markdown"; fail=1; }
  grep -q "($f)" "$tmp/md/be.md" || { echo "FAIL: the Markdown does not link $f"; fail=1; }
done
[ $fail = 0 ] && echo ok
exit $fail
