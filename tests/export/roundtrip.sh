#!/usr/bin/env bash
# Saving is a fixed point: export native → load → export native is byte-identical on the curated
# data plus all three imports (../shared/realdata), and every edge keeps its id (the node-link
# export, which carries edge ids, is the same from the original and from the saved file).
# Usage: roundtrip.sh BIN (project root). Exit 77 without ../shared/realdata.
set -u
bin=$1
if [ ! -d ../shared/realdata ]; then echo "SKIP: ../shared/realdata is not here (it is in CI, beside the project)"; exit 77; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" import all --realdata ../shared/realdata -o "$out/imported" -q 2>/dev/null || { echo "import all failed"; exit 1; }
fail=0
"$bin" --data data --data "$out/imported" export --format native -o "$out/once.json" 2>/dev/null || exit 1
"$bin" --data "$out/once.json" export --format native -o "$out/twice.json" 2>/dev/null || exit 1
cmp "$out/once.json" "$out/twice.json" || { echo "export native -> load -> export native differs"; diff "$out/once.json" "$out/twice.json" | head -20; fail=1; }
"$bin" --data data --data "$out/imported" export --format json -o "$out/original.json" 2>/dev/null || exit 1
"$bin" --data "$out/once.json" export --format json -o "$out/reloaded.json" 2>/dev/null || exit 1
cmp "$out/original.json" "$out/reloaded.json" || { echo "ids or values changed through the native file (node-link export differs)"; fail=1; }
[ $fail = 0 ] && echo "ok: curated + imported data ($(stat -c %s "$out/once.json") bytes of native JSON) is a fixed point, ids included"
exit $fail
