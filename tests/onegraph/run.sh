#!/usr/bin/env bash
# One graph of curated + imported data (issue 11): ../shared/realdata is imported with `import all`
# and no -o into the folder named by $COUNCILGRAPH_IMPORTED (once, by the fixture onegraph.import,
# when ctest gives its folder in $ONEGRAPH_IMPORTED; else by each case), then each case runs commands
# with NO --data (the default data set: data/ + the import) and compares with <case>.stdout /
# <case>.stderr here. UPDATE_GOLDEN=1 rewrites them. Skipped (77) when ../shared/realdata is absent.
set -u
case=$1 bin=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d ../shared/realdata ]; then echo "SKIP $case: ../shared/realdata is not here (it is in CI, beside the project)"; exit 77; fi
export LC_ALL=C.UTF-8
# `run.sh import DIR BIN` is the cases' fixture: one `import all` for all of them, into DIR.
if [ "$case" = import ]; then
  rm -rf "$bin"; COUNCILGRAPH_IMPORTED=$bin "$3" import all -q >/dev/null 2>"$bin.err" || { echo "import all failed:"; tail -5 "$bin.err"; exit 1; }
  echo "imported into $bin"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export COUNCILGRAPH_IMPORTED="$tmp/imported"
if [ -n "${ONEGRAPH_IMPORTED:-}" ]; then
  # The fixture's import, seen under this case's own folder name (so outputs name TMP/imported).
  [ -d "$ONEGRAPH_IMPORTED" ] || { echo "$case: the fixture's import $ONEGRAPH_IMPORTED is missing"; exit 1; }
  ln -s "$ONEGRAPH_IMPORTED" "$tmp/imported"
elif ! "$bin" import all -q >"$tmp/import.out" 2>"$tmp/import.err"; then
  echo "$case: import all failed:"; tail -5 "$tmp/import.err"; exit 1
fi
out="$tmp/out" err="$tmp/err"
# Paths of the temporary folder would differ per run.
clean() { sed -e "s|$tmp|TMP|g" "$1"; }
case $case in
  vetoes-2018) "$bin" vetoes --from 2018-01-01 --to 2018-12-31 >"$out" 2>"$err" ;;
  draft-756) "$bin" show S/2019/756 >"$out" 2>"$err" ;;
  members-2019) "$bin" members --year 2019 >"$out" 2>"$err" ;;
  check-conflicts) "$bin" check >"$out" 2>"$err" ;;
  # The candidates for new same_as entries, each with why (kind, date, shared numbers and words).
  check-reconcile) "$bin" check --reconcile >"$out" 2>"$err" ;;
  sponsors-756-json) "$bin" --format json sponsors --of S/2019/756 >"$out" 2>"$err" ;;
  export-at-2019)
    # Every resolution in the 2019 export was adopted in 2019; no other year leaks in.
    "$bin" export --at 2019 --format json -o "$tmp/at2019.json" >"$out" 2>"$err" || { echo "$case: export failed"; cat "$err"; exit 1; }
    python3 - "$tmp/at2019.json" >"$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
res = [n for n in d["nodes"] if n["kind"] == "resolution"]
bad = [n["id"] for n in res if not str(n.get("adopted", n.get("date", n.get("year", "")))).startswith("2019")]
print(f"{len(res)} resolutions; adopted in another year: {len(bad)} {bad[:10]}")
PY
    ;;
  # The public record as queries (issue 19); each figure checked against the source files.
  record-resolutions-per-year) "$bin" resolutions --from 2017 --to 2020 --kind resolution --count-by year --sort key >"$out" 2>"$err" ;;
  record-resolutions-decades) "$bin" resolutions --kind resolution --count-by decade --sort key >"$out" 2>"$err" ;;
  record-failed-2018) "$bin" resolutions --at 2018 --outcome failed --wide >"$out" 2>"$err" ;;
  record-meetings-2019) "$bin" meetings --at 2019 --count-by month --sort key >"$out" 2>"$err" ;;
  record-meetings-cyprus) "$bin" --format csv meetings --dossier Cyprus --at 2019 >"$out" 2>"$err" ;;
  record-vetoes-member-decade) "$bin" vetoes --count-by by,decade --sort key >"$out" 2>"$err" ;;
  # State names in French and Dutch (CLDR through ICU), with and without articles.
  record-names)
    for n in "Brésil" "Zuid-Afrika" "Afrique du Sud" "le Royaume-Uni" "la Chine" "les Pays-Bas" "Joegoslavië" "Zaïre"; do
      printf '%s -> ' "$n" >>"$out"
      "$bin" show "$n" 2>>"$err" | head -1 >>"$out"
    done ;;
  record-meetings-libya) "$bin" --format csv meetings --dossier Libya --from 2011-02 --to 2011-03 >"$out" 2>"$err" ;;
  # Regional groups on every state, curated (Niger, Tunisia) or imported, with the crosswalk corrected (Russia, Estonia: EEG).
  record-groups-2020)
    "$bin" members --year 2020 --count-by group,type --sort key >"$out" 2>"$err"
    "$bin" --format csv members --year 2020 2>>"$err" | python3 -c '
import csv, sys
for r in csv.DictReader(sys.stdin): print(r["member_id"], r["type"], r["group"], sep=" | ")' >>"$out" ;;
  # Every example in the help of the record commands runs on the real data and finds something.
  record-help-examples)
    for c in resolutions meetings vetoes; do
      "$bin" $c --help | sed -n 's/^  councilgraph //p' | while IFS= read -r ex; do
        eval "set -- $ex"
        "$bin" --format csv "$@" >"$tmp/example.csv" 2>>"$err"; rc=$?
        n=$(wc -l <"$tmp/example.csv")
        echo "$ex: rc=$rc, rows>0: $([ "$n" -gt 1 ] && echo yes || echo no)" >>"$out"
      done
    done ;;
  record-wrong-kind) "$bin" vetoes --by "S/PV.8190" >"$out" 2>"$err" ;;
  # An adopted draft is found by its symbol (S/2018/1110 = resolution 2449): votes, sponsors, show.
  votes-draft-1110) "$bin" votes --on S/2018/1110 >"$out" 2>"$err" ;;
  sponsors-draft-1110) "$bin" sponsors --of S/2018/1110 >"$out" 2>"$err" ;;
  sponsors-draft-490) "$bin" --width 160 sponsors --of S/2014/490 >"$out" 2>"$err" ;;
  show-draft-1110) "$bin" show S/2018/1110 >"$out" 2>"$err" ;;
  # A vetoed draft whose sponsor list the record leaves empty says so.
  sponsors-961) "$bin" sponsors --of S/2019/961 >"$out" 2>"$err" ;;
  # The co-voting network of 2019-2020 (pairs at 95 % identical votes or more) and the
  # co-sponsorship network of 2012-2014 (pairs sponsoring 30 texts or more): each edge's figures.
  network-covote|network-cosponsor)
    if [ "$case" = network-covote ]; then args=(--network covote --from 2019-01-01 --to 2020-12-31 --min-agreement 95)
    else args=(--network cosponsor --from 2012-01-01 --to 2014-12-31 --min-shared 30); fi
    "$bin" export "${args[@]}" --format json -o "$tmp/net.json" >"$out" 2>"$err" || { echo "$case: export failed"; cat "$err"; exit 1; }
    python3 - "$tmp/net.json" >"$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(len(d["nodes"]), "nodes,", len(d["links"]), "edges")
for l in d["links"]:
    rate = f' {l["agreement"]:.4f} agree {l["agree"]}' if "agreement" in l else ""
    print(l["source"], l["target"], l["kind"], "shared", l["shared"], rate.strip(), l.get("start", ""), l.get("end", ""))
PY
    ;;
  source-curated) "$bin" vetoes --source curated --from 2018-01-01 --to 2020-12-31 >"$out" 2>"$err" ;;
  curated-first)
    # show and ego list the relations quoted from the seeds before the imported records (show: in
    # each kind's group), so hundreds of meeting rows do not push the curated facts down.
    for c in "show Counter-terrorism" "ego Counter-terrorism" "show Belgium"; do
      # shellcheck disable=SC2086
      "$bin" --format json $c >"$tmp/rows.json" 2>>"$err" || { echo "$c failed"; cat "$err"; exit 1; }
      python3 - "$c" "$tmp/rows.json" >>"$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[2]))
rows = d["relations"] if isinstance(d, dict) else d
curated = [any("record" not in e for e in r["evidence"]) for r in rows]
kinds = [r["relation"] for r in rows]
# within each run of one relation kind, no curated row after an imported one
late = [r["id"] for i, r in enumerate(rows) if i and curated[i] and not curated[i - 1] and kinds[i] == kinds[i - 1]]
print(f"{sys.argv[1]}: {sum(curated)} curated, {len(rows) - sum(curated)} imported; curated after imported: {late[:5]}")
PY
    done ;;
  render-export-source)
    # --source selects by provenance in render and export too: every exported curated relation has
    # a quote, every imported one a record; the curated diagram draws only what the seeds state.
    for src in curated imported; do
      "$bin" render --source $src --edges veto,pen --format dot -o "$tmp/$src.dot" >>"$out" 2>>"$err" || { echo "render failed"; cat "$err"; exit 1; }
      "$bin" export --source $src --edges veto,pen --format json -o "$tmp/$src.json" >>"$out" 2>>"$err" || { echo "export failed"; cat "$err"; exit 1; }
    done
    python3 - "$tmp" >>"$out" <<'PY'
import json, re, sys
for src, need in (("curated", "quote"), ("imported", "record")):
    dot = open(f"{sys.argv[1]}/{src}.dot", encoding="utf-8").read()
    edges = json.load(open(f"{sys.argv[1]}/{src}.json"))["links"]
    without = [e["id"] for e in edges if not any(ev.get(need) for ev in e.get("evidence", []))]
    print(f"{src}: {len(re.findall(' -> ', dot))} drawn, {len(edges)} exported, without a {need}: {len(without)} {without[:5]}")
PY
    ;;
  imported-alone) "$bin" --data "$tmp/imported" vetoes >"$out" 2>"$err" ;;
  bad-mapping)
    mkdir -p "$tmp/cur/mappings"
    for f in data/*.json; do ln -s "$PWD/$f" "$tmp/cur/"; done
    python3 - "$tmp/cur/mappings/same_as.json" <<'PY'
import json, sys
d = json.load(open("data/mappings/same_as.json"))
d["same_as"][0]["imported"] = "draft:S/2019/999"
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
    "$bin" --data "$tmp/cur" --data "$tmp/imported" vetoes >"$out" 2>"$err" ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
echo "rc=$?" >>"$out"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  clean "$out" >"$here/$case.stdout"; clean "$err" >"$here/$case.stderr"; echo "updated $case"; exit 0
fi
fail=0
for s in stdout stderr; do
  f=$out; [ $s = stderr ] && f=$err
  if ! diff -u "$here/$case.$s" <(clean "$f") >/dev/null; then echo "$case: $s differs:"; diff -u "$here/$case.$s" <(clean "$f") | head -40; fail=1; fi
done
[ $fail = 0 ] && echo "ok $case"
exit $fail
