#!/usr/bin/env bash
# Runs one end-to-end case: tests/e2e/<case>/cmd holds the councilgraph arguments (shell words,
# one line), run from the project root with the C locale. The case's `stdout`, `stderr` (when
# present) and `rc` (default 0) are compared exactly. A `requires` file lists paths that must
# exist (e.g. ../shared/realdata); when one is missing the case is skipped (exit 77) saying why.
# UPDATE_GOLDEN=1 rewrites the expected files from the actual run instead of comparing.
set -u
case_dir=$1 bin=$2
name=$(basename "$case_dir")
if [ -f "$case_dir/requires" ]; then
  while IFS= read -r p; do
    [ -z "$p" ] && continue
    if [ ! -e "$p" ]; then echo "SKIP $name: $p is not here (it is in CI, beside the project)"; exit 77; fi
  done < "$case_dir/requires"
fi
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
eval "set -- $(cat "$case_dir/cmd")"
LC_ALL=C.UTF-8 "$bin" "$@" >"$out" 2>"$err"
rc=$?
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$out" "$case_dir/stdout"
  if [ -s "$err" ] || [ -f "$case_dir/stderr" ]; then cp "$err" "$case_dir/stderr"; fi
  if [ "$rc" != 0 ]; then echo "$rc" >"$case_dir/rc"; else rm -f "$case_dir/rc"; fi
  echo "updated $name"; exit 0
fi
want_rc=0; [ -f "$case_dir/rc" ] && want_rc=$(cat "$case_dir/rc")
fail=0
if [ "$rc" != "$want_rc" ]; then echo "$name: exit code $rc, expected $want_rc"; fail=1; fi
if ! diff -u "$case_dir/stdout" "$out" >/dev/null; then echo "$name: stdout differs:"; diff -u "$case_dir/stdout" "$out" | head -40; fail=1; fi
if [ -f "$case_dir/stderr" ] && ! diff -u "$case_dir/stderr" "$err" >/dev/null; then
  echo "$name: stderr differs:"; diff -u "$case_dir/stderr" "$err" | head -40; fail=1
fi
[ $fail = 0 ] && echo "ok $name"
exit $fail
