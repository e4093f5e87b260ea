#!/usr/bin/env bash
# `stats --metric covote` over 2019-2020, per pair of states, on the curated data plus a fresh
# import of ../shared/realdata, against the golden tests/votes/covote-2019-2020.csv (the figures
# docs/cli.md quotes). UPDATE_GOLDEN=1 rewrites the golden.
set -u
bin=$1
if [ ! -d ../shared/realdata ]; then echo "SKIP: ../shared/realdata is not here (it is in CI, beside the project)"; exit 77; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! "$bin" import all --realdata ../shared/realdata -o "$tmp" --against data -q 2>"$tmp/import.err"; then
  echo "import failed:"; tail -5 "$tmp/import.err"; exit 1
fi
LC_ALL=C.UTF-8 "$bin" --data data --data "$tmp" --format csv stats --metric covote --kind state \
  --from 2019-01-01 --to 2020-12-31 --top 0 >"$tmp/out.csv" || { echo "stats failed"; exit 1; }
# The evidence column lists every differing vote's record: the golden keeps the figures.
python3 - "$tmp/out.csv" >"$tmp/figures.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["a_id", "b_id", "texts", "agree", "rate", "coincidence", "differ_on_ids"])
for r in rows:
    w.writerow([r["a_id"], r["b_id"], r["texts"], r["agree"], r["rate"], r["coincidence"], r["differ_on_ids"]])
PY
golden=tests/votes/covote-2019-2020.csv
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$tmp/figures.csv" "$golden"; echo "updated $golden"; exit 0; fi
if ! diff -u "$golden" "$tmp/figures.csv" >"$tmp/diff"; then echo "covote 2019-2020 differs from $golden:"; head -40 "$tmp/diff"; exit 1; fi
echo "ok covote 2019-2020"
