# Sourced by the tests that need ../shared/realdata: skips (77) saying why when it is absent, else
# imports it with `import all` against data/ into $tmp/imported (a temporary folder removed on exit).
# Needs $bin, the councilgraph binary.
realdata=../shared/realdata
if [ ! -d "$realdata" ]; then echo "SKIP: $realdata is not here (it is in CI, beside the project)"; exit 77; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" import all --realdata "$realdata" -o "$tmp/imported" --against data -q 2>/dev/null || { echo "FAIL: import all"; exit 1; }
