#!/usr/bin/env bash
# A render of the whole curated + imported data is refused at once (it is beyond sfdp's limit);
# with --force it picks a bounded plan: sfdp, components packed in an array, straight lines, no
# edge labels, overlaps kept, isolated entities left out (and counted), and it finishes. The time
# itself is measured by bench/render-whole-data, never here.
set -u
bin=$1
. "$(dirname "$0")/../lib/realdata.sh"
fail=0
check() { if ! grep -q -- "$2" "$1"; then echo "FAIL: $1 lacks $2"; fail=1; fi; }
# Without --force the whole record (54,000 relations, most of them votes) is refused at once, in
# one line that says how to narrow it, and leaves no file.
if "$bin" --data data --data "$tmp/imported" render -o "$tmp/refused.svg" 2>"$tmp/err"; then echo "FAIL: the whole data was not refused"; fail=1; fi
grep -q 'relations are too many for sfdp.*narrow the selection.*--force' "$tmp/err" || { echo "FAIL: refusal: $(cat "$tmp/err")"; fail=1; }
[ "$(grep -vc '^note: ' "$tmp/err")" = 1 ] || { echo "FAIL: refusal is not one line"; fail=1; }
[ -e "$tmp/refused.svg" ] && { echo "FAIL: a refused render left a file"; fail=1; }
# The refusal offers --by-dossier, which draws actors against dossiers within the limits, with its
# size; following the advice gives a drawing of that size.
offered=$(grep -o 'draw actors against dossiers with --by-dossier ([0-9,]* entities, [0-9,]* relations)' "$tmp/err")
[ -n "$offered" ] || { echo "FAIL: the refusal does not offer --by-dossier: $(cat "$tmp/err")"; fail=1; }
"$bin" --data data --data "$tmp/imported" render --by-dossier -o "$tmp/by.dot" || { echo "FAIL: --by-dossier was refused too"; fail=1; }
relations=$(grep -c -- ' -> ' "$tmp/by.dot")
want=$(echo "$offered" | sed 's/.*entities, \([0-9,]*\) relations.*/\1/' | tr -d ,)
[ "$want" = "$relations" ] || { echo "FAIL: offered '$offered', drew $relations relations"; fail=1; }
# With --force it is drawn with a bounded plan.
"$bin" --data data --data "$tmp/imported" render --force -o "$tmp/all.dot" || exit 1
head -4 "$tmp/all.dot" > "$tmp/head"
check "$tmp/head" 'layout="sfdp"'
check "$tmp/head" 'packmode="array"'
check "$tmp/head" 'splines="line"'
check "$tmp/head" 'entities without a selected relation are not drawn'
if grep -q -- '-> .*\blabel=' "$tmp/all.dot"; then echo "FAIL: edge labels in the whole-data plan"; fail=1; fi
# No entity without a drawn relation is drawn, and the legend counts those left out.
python3 - "$tmp/all.dot" <<'PY' || fail=1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
nodes = set(re.findall(r'^  "([^"]*)" \[', text, re.M))
edges = re.findall(r'^  "([^"]*)" -> "([^"]*)"', text, re.M)
linked = {end for edge in edges for end in edge}
left_out = re.search(r'(\d+) entities without a selected relation are not drawn', text)
counted = left_out.group(1) if left_out else "no"
print(f"whole data: {len(nodes)} entities and {len(edges)} relations drawn, {counted} entities left out")
lonely = sorted(nodes - linked)
if lonely: print(f"FAIL: {len(lonely)} drawn entities have no drawn relation, e.g. {lonely[:5]}"); sys.exit(1)
if not left_out or int(left_out.group(1)) == 0: print("FAIL: the legend does not count the isolated entities left out"); sys.exit(1)
PY
check "$tmp/head" 'overlap="true"'
# It lays out (SVG). Not under the sanitizers: there Graphviz's allocations go through ASan's
# allocator and the forced layout of 54,000 relations takes well over ten minutes (about 12 s of
# CPU in a normal build; bench/render-whole-data times it).
if [ -n "${COUNCILGRAPH_SANITIZED:-}" ]; then
  echo "not laid out: sanitized build (the forced layout of the whole data is timed by bench/render-whole-data)"
else
  "$bin" --data data --data "$tmp/imported" render --force -o "$tmp/all.svg" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
  grep -q '<svg' "$tmp/all.svg" || { echo "FAIL: no SVG"; fail=1; }
fi
# The same data with dot is refused in one line that says how to narrow it.
if "$bin" --data data --data "$tmp/imported" render --engine dot -o "$tmp/dot.svg" 2>"$tmp/err"; then echo "FAIL: dot was not refused"; fail=1; fi
grep -q 'are too many for dot.*narrow the selection.*--force' "$tmp/err" || { echo "FAIL: refusal: $(cat "$tmp/err")"; fail=1; }
[ "$(grep -vc '^note: ' "$tmp/err")" = 1 ] || { echo "FAIL: refusal is not one line"; fail=1; }
[ -e "$tmp/dot.svg" ] && { echo "FAIL: a refused render left a file"; fail=1; }
# A timeline of everything is refused at once too, without offering an engine it cannot use.
if "$bin" --data data --data "$tmp/imported" render --timeline -o "$tmp/tl.svg" 2>"$tmp/err"; then echo "FAIL: the whole timeline was not refused"; fail=1; fi
grep -q 'are too many for dot.*narrow the selection.*--force' "$tmp/err" || { echo "FAIL: timeline refusal: $(cat "$tmp/err")"; fail=1; }
grep -q -- '--engine' "$tmp/err" && { echo "FAIL: the timeline refusal offers another engine: $(cat "$tmp/err")"; fail=1; }
[ -e "$tmp/tl.svg" ] && { echo "FAIL: a refused timeline left a file"; fail=1; }
[ $fail = 0 ] && echo ok
exit $fail
