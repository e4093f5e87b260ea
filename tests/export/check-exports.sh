#!/usr/bin/env bash
# Exports the fixtures (and the curated data/, when present) in every format and has
# ../shared/tools/check-exports open each file in the real clients: Graphviz, xmllint against the
# official GraphML/GEXF schemas, NetworkX, igraph, and the Neo4j CSV rules. Warnings fail too.
# Usage: check-exports.sh BIN (run from the project root). Exit 77 (skip) when ../shared is absent.
set -u
bin=$1
checker=../shared/tools/check-exports
if [ ! -x "$checker" ]; then echo "SKIP: $checker is not here (it is in CI, beside the project)"; exit 77; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0
export_all() {  # name, data path
  local name=$1 data=$2
  for f in graphml gexf json cyjs dot; do
    "$bin" --data "$data" export --format "$f" -o "$out/$name.$f" 2>/dev/null || { echo "export $name --format $f failed"; fail=1; }
  done
  "$bin" --data "$data" export --format csv -o "$out/$name-neo4j" 2>/dev/null || { echo "export $name --format csv failed"; fail=1; }
  # A selection too: one dossier, a time window.
  "$bin" --data "$data" export --format graphml --from 2019 --to 2019 -o "$out/$name-2019.graphml" 2>/dev/null || { echo "export $name 2019 failed"; fail=1; }
}
export_all fixture tests/data/fixture
export_all hostile tests/data/hostile-export
[ -d data ] && export_all data data
"$checker" --strict "$out" || fail=1
exit $fail
