#!/usr/bin/env bash
# NetworkX read-back: every node, edge and attribute value of the native export survives GraphML
# and node-link JSON (tests/export/readback.py). Debian's networkx belongs to /usr/bin/python3.
# Usage: readback.sh BIN (run from the project root). Exit 77 (skip) without python3-networkx.
set -u
bin=$1
if ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  echo "SKIP: /usr/bin/python3 has no networkx (apt-get install python3-networkx)"; exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0
for pair in fixture:tests/data/fixture hostile:tests/data/hostile-export; do
  name=${pair%%:*} data=${pair#*:}
  for f in native graphml json; do
    "$bin" --data "$data" export --format "$f" -o "$out/$name.$f" 2>/dev/null || { echo "export $name $f failed"; fail=1; }
  done
  /usr/bin/python3 "$(dirname "$0")/readback.py" "$out/$name.native" "$out/$name.graphml" "$out/$name.json" || fail=1
done
exit $fail
