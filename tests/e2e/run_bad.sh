#!/usr/bin/env bash
# A broken input: `councilgraph check FILE` must exit 2, print exactly FILE's .expected on stderr
# (its last line is the problem count) and nothing on stdout. UPDATE_GOLDEN=1 rewrites .expected.
set -u
file=$1 bin=$2
expected="${file%.json}.expected"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
rel=${file#"$PWD/"}
srcs=$(dirname "$rel")/sources
if [ -d "$srcs" ]; then LC_ALL=C.UTF-8 "$bin" check --sources "$srcs" "$rel" >"$out" 2>"$err"; else LC_ALL=C.UTF-8 "$bin" check "$rel" >"$out" 2>"$err"; fi
rc=$?
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$err" "$expected"; echo "updated $expected"; exit 0; fi
fail=0
[ "$rc" = 2 ] || { echo "$rel: exit code $rc, expected 2"; fail=1; }
[ -s "$out" ] && { echo "$rel: stdout should be empty"; cat "$out"; fail=1; }
diff -u "$expected" "$err" || fail=1
[ $fail = 0 ] && echo "ok $rel"
exit $fail
