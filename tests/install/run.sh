#!/usr/bin/env bash
# The install, as a user does it: `cmake --install` into a temporary prefix; a consumer built with
# find_package(councilgraph CONFIG) and one built with pkg-config; then the prefix copied elsewhere
# and used from there with no source tree involved: the binary, both consumers and the Python
# package find the copied prefix's data. Usage: run.sh BUILD_DIR [SANITIZER_FLAGS]
# (run from the project root; SANITIZER_FLAGS are added to the consumers' compile and link).
set -euo pipefail
build=$(cd "$1" && pwd)
san=${2:-}
src=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unset COUNCILGRAPH_DATA COUNCILGRAPH_IMPORTED

cmake --install "$build" --prefix "$tmp/p" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
p=$tmp/p
for f in bin/councilgraph include/councilgraph/graph.hpp include/councilgraph/resources.hpp \
         share/councilgraph/data/shared.json share/councilgraph/data/theme/default.json \
         share/councilgraph/data/schema share/councilgraph/data/mappings/dossiers.json \
         share/bash-completion/completions/councilgraph share/zsh/site-functions/_councilgraph; do
  [ -e "$p/$f" ] || fail "not installed: $f"
done
if [ -f "$build/councilgraph.1" ]; then [ -e "$p/share/man/man1/councilgraph.1" ] || fail "not installed: the man page"; fi
[ ! -e "$p/share/councilgraph/data/imported" ] || fail "the source tree's imported data (git-ignored) was installed"
lib=$(find "$p" -name libcouncilgraph.a | head -1); [ -n "$lib" ] || fail "libcouncilgraph.a not installed"
libdir=$(dirname "$lib")
[ -f "$libdir/cmake/councilgraph/councilgraphConfig.cmake" ] || fail "no CMake package in $libdir/cmake"
[ -f "$libdir/pkgconfig/councilgraph.pc" ] || fail "no pkg-config file in $libdir/pkgconfig"
# Public headers never pull Graphviz in (nor any header that is not installed).
if grep -rlE '#include <(gvc|cgraph|graphviz/)' "$p/include"; then fail "a public header includes Graphviz"; fi
for inc in $(grep -rhoE '#include <councilgraph/[^>]+>' "$p/include" | sed 's/#include <\(.*\)>/\1/' | sort -u); do
  [ -f "$p/include/$inc" ] || fail "a public header includes $inc, which is not installed"
done

# Copy the prefix elsewhere: everything below must work from the copy alone.
mkdir -p "$tmp/moved"
cp -a "$p" "$tmp/moved/prefix"
rm -rf "$p"
p=$tmp/moved/prefix
libdir=${libdir/"$tmp/p"/"$p"}

# The binary finds the copy's data: a broken file added there is reported with the copy's path.
expected=$(cd "$src" && "$build/councilgraph" --data data --format json pens --at 2019)  # curated only: data/imported is not installed
got=$(cd / && "$p/bin/councilgraph" --format json pens --at 2019) || fail "installed binary: pens failed"
[ "$got" = "$expected" ] || fail "installed binary: pens --at 2019 differs from the build's"
echo '{"nodes": [' >"$p/share/councilgraph/data/zz-broken.json"
if out=$(cd / && "$p/bin/councilgraph" check 2>&1); then fail "installed check did not see the broken file"; fi
grep -qF "$p/share/councilgraph/data/zz-broken.json" <<<"$out" || fail "installed binary does not read the prefix's data: $out"
rm "$p/share/councilgraph/data/zz-broken.json"
# COUNCILGRAPH_DATA and --data override it; the theme is the prefix's.
(cd / && COUNCILGRAPH_DATA="$src/tests/data/fixture" "$p/bin/councilgraph" check) | grep -q "^ok: .* nodes" || fail "COUNCILGRAPH_DATA"
fix=$(cd / && "$p/bin/councilgraph" --data "$src/tests/data/fixture" check)
[ "$(cd / && COUNCILGRAPH_DATA="$src/tests/data/fixture" "$p/bin/councilgraph" check)" = "$fix" ] || fail "COUNCILGRAPH_DATA != --data"
(cd / && "$p/bin/councilgraph" render --at 2019 --edges pen -o "$tmp/pens.dot") || fail "installed render"
grep -q digraph "$tmp/pens.dot" || fail "installed render wrote no DOT"

# With the source and build trees out of sight (an empty folder mounted over them in a private
# mount namespace, where the system allows one): the binary and the Python package still work
# from the moved prefix alone, theme and data included.
mkdir "$tmp/empty"
hide=("$src")
case "$build/" in "$src"/*) ;; *) hide+=("$build") ;; esac
mounts=""
for d in "${hide[@]}"; do mounts+="mount --bind '$tmp/empty' '$d' && "; done
if unshare -m sh -c "${mounts}true" 2>/dev/null; then
  unseen() { unshare -m sh -c "${mounts}"'cd / && exec "$@"' sh "$@"; }
  unseen test ! -e "$src/data/shared.json" || fail "the source tree is still visible in the namespace"
  got=$(unseen "$p/bin/councilgraph" --format json pens --at 2019) || fail "installed binary without the source tree"
  [ "$got" = "$expected" ] || fail "installed binary without the source tree: pens --at 2019 differs"
  unseen "$p/bin/councilgraph" check | grep -q "^ok: " || fail "installed check without the source tree"
  unseen "$p/bin/councilgraph" render --at 2019 --edges pen -o "$tmp/pens-alone.svg" || fail "installed render without the source tree"
  grep -q "<svg" "$tmp/pens-alone.svg" || fail "installed render without the source tree wrote no SVG"
  echo "ok: the installed binary works with the source tree hidden"
else
  unseen() { (cd / && "$@"); }
  echo "note: no private mount namespace here (unshare -m): the source tree stays visible"
fi

flags=(-DCMAKE_BUILD_TYPE=Debug)
[ -n "$san" ] && flags+=("-DCMAKE_CXX_FLAGS=$san" "-DCMAKE_EXE_LINKER_FLAGS=$san")
# CMake consumer.
cmake -S "$src/tests/install/consumer" -B "$tmp/c1" -DCMAKE_PREFIX_PATH="$p" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  "${flags[@]}" >"$tmp/c1.log" 2>&1 || { cat "$tmp/c1.log"; fail "consumer: configure with find_package"; }
cmake --build "$tmp/c1" >>"$tmp/c1.log" 2>&1 || { cat "$tmp/c1.log"; fail "consumer: build"; }
if grep -q graphviz "$tmp/c1/compile_commands.json"; then fail "Graphviz leaks into the consumer's include paths"; fi
grep -qF -- "-I$p/include" "$tmp/c1/compile_commands.json" || grep -qF -- "-isystem $p/include" "$tmp/c1/compile_commands.json" \
  || fail "the consumer is not compiled against the prefix's headers"
# pkg-config consumer.
pc_cflags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags councilgraph) || fail "pkg-config --cflags"
pc_libs=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --libs councilgraph) || fail "pkg-config --libs"
case "$pc_cflags" in *graphviz*) fail "pkg-config --cflags leaks Graphviz: $pc_cflags";; esac
# shellcheck disable=SC2086
c++ -std=c++20 $san $pc_cflags "$src/tests/install/consumer/pens.cpp" -o "$tmp/pens-pc" $pc_libs \
  || fail "consumer: build with pkg-config"

# Both consumers load the prefix's data by default and list the pens the binary lists.
want=$(cd / && "$p/bin/councilgraph" --format json pens --at 2019 | /usr/bin/python3 -c \
  'import json,sys
ids = lambda v: v if isinstance(v, list) else [v]
print("\n".join(sorted(set(r["holder_id"]+" "+(r["text_id"] or ids(r["dossier_id"])[0]) for r in json.load(sys.stdin)))))')
[ -n "$want" ] || fail "no 2019 pens to compare"
for c in "$tmp/c1/pens" "$tmp/pens-pc"; do
  got=$(unseen "$c" 2019 "$p/share/councilgraph/data" | sort -u)
  [ "$got" = "$want" ] || fail "$c: the 2019 pens differ from the binary's:"$'\n'"$got"$'\n--- want:\n'"$want"
done

# The Python package, when it was built: imported from the copy, it loads the copy's data.
pydir=$(find "$p" -type d -name councilgraph -path '*-packages/*' | head -1)
if [ -n "$pydir" ]; then
  py_out=$(unseen env PYTHONPATH="$(dirname "$pydir")" LD_PRELOAD="${COUNCILGRAPH_PY_PRELOAD:-}" /usr/bin/python3 -c '
import councilgraph, json, sys
g = councilgraph.load()
print(g.paths[0]); print(g.pens(at="2019") == json.loads(sys.argv[1]))' "$expected") || fail "installed Python package"
  [ "$(head -1 <<<"$py_out")" = "$p/share/councilgraph/data" ] || fail "Python loads $(head -1 <<<"$py_out"), not the prefix's data"
  [ "$(tail -1 <<<"$py_out")" = True ] || fail "Python pens(at=2019) differs from the binary's"
  echo "python package: $pydir"
else
  echo "note: no Python package installed (pybind11 not found at configure time)"
fi
echo "ok: installed into a prefix, moved it, used it with find_package, pkg-config, the binary and Python"
