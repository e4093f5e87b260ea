#!/usr/bin/env bash
# The csv export folder is all or nothing: 30 rounds of two different exports racing into one
# folder (created by the race in odd rounds, replaced in even ones), and 10 exports killed with
# SIGKILL at a random moment. After each, nodes.csv and relationships.csv are one export's pair,
# and no temporary stays once a later export has run. Usage: concurrent.sh BIN (project root).
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
a=(--data tests/data/fixture export --format csv)
b=(--data tests/data/fixture export --format csv --at 2019 --nodes state,dossier)
"$bin" "${a[@]}" -o "$out/a" && "$bin" "${b[@]}" -o "$out/b" || { echo "reference exports failed"; exit 1; }
for f in nodes.csv relationships.csv; do
  cmp -s "$out/a/$f" "$out/b/$f" && { echo "the two selections must differ in $f"; exit 1; }
done
pair() {  # which reference the folder's pair is: a, b, or mixed
  for r in a b; do
    cmp -s "$out/$r/nodes.csv" "$1/nodes.csv" && cmp -s "$out/$r/relationships.csv" "$1/relationships.csv" && { echo $r; return; }
  done
  echo mixed
}
fail=0
for i in $(seq 30); do
  [ $((i % 2)) = 1 ] && rm -rf "$out/race"
  "$bin" "${a[@]}" -o "$out/race" 2>"$out/err1" & p1=$!
  "$bin" "${b[@]}" -o "$out/race" 2>"$out/err2" & p2=$!
  wait $p1 || { echo "round $i: export a failed: $(cat "$out/err1")"; fail=1; }
  wait $p2 || { echo "round $i: export b failed: $(cat "$out/err2")"; fail=1; }
  got=$(pair "$out/race")
  [ "$got" = mixed ] && { echo "round $i: the folder holds a mixed pair"; fail=1; }
  left=$(cd "$out" && ls -d race.* 2>/dev/null)
  [ -n "$left" ] && { echo "round $i: temporaries left: $left"; fail=1; }
done
for i in $(seq 10); do
  "$bin" "${a[@]}" -o "$out/race" 2>/dev/null & p=$!
  sleep "0.0$((RANDOM % 10))"
  kill -9 $p 2>/dev/null; wait $p 2>/dev/null
  got=$(pair "$out/race")
  [ "$got" = mixed ] && { echo "kill $i: the folder holds a mixed pair"; fail=1; }
  "$bin" "${b[@]}" -o "$out/race" 2>/dev/null || fail=1
  [ "$(pair "$out/race")" = b ] || { echo "kill $i: the next export did not replace the folder"; fail=1; }
  left=$(cd "$out" && ls -d race.* 2>/dev/null)
  [ -n "$left" ] && { echo "kill $i: temporaries left after the next export: $left"; fail=1; }
done
[ $fail = 0 ] && echo "ok: 30 races and 10 kills, never a mixed folder"
exit $fail
