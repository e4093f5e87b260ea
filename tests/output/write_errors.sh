#!/usr/bin/env bash
# A failed write is an error (exit 1, one line on stderr); a closed pipe ends the command quietly;
# `-o -` writes to standard output. Usage: write_errors.sh BINARY (from the project root).
set -u
bin=$1 fail=0
err=$(mktemp); trap 'rm -f "$err"' EXIT

"$bin" --data tests/data/fixture pens >/dev/full 2>"$err"; rc=$?
if [ "$rc" != 1 ] || ! grep -qx "councilgraph: cannot write the output: No space left on device" "$err"; then
  echo "FAIL pens >/dev/full: exit $rc, stderr: $(cat "$err")"; fail=1
else echo "ok   pens >/dev/full exits 1 with a message"; fi

"$bin" --data tests/data/fixture export --format json -o - >/dev/full 2>"$err"; rc=$?
if [ "$rc" != 1 ]; then echo "FAIL export -o - >/dev/full: exit $rc"; fail=1; else echo "ok   export -o - >/dev/full exits 1"; fi

# Enough output to outlast the pipe's buffer, read one byte of it.
"$bin" --format json ego Belgium --depth 3 2>"$err" | head -c 1 >/dev/null
rc=${PIPESTATUS[0]}
if [ -s "$err" ] || { [ "$rc" != 0 ] && [ "$rc" != 141 ]; }; then
  echo "FAIL closed pipe: exit $rc, stderr: $(cat "$err")"; fail=1
else echo "ok   a closed pipe ends quietly (exit $rc)"; fi

out=$("$bin" --data tests/data/fixture export --format dot -o - 2>/dev/null | grep -m1 digraph)
case $out in *digraph*) echo "ok   export -o - writes to stdout" ;; *) echo "FAIL export -o -: $out"; fail=1 ;; esac
exit $fail
