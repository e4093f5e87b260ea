#!/usr/bin/env bash
# Runs words.py over data/, and over data/ + the imported public record when ../shared is here
# (without it, the curated half still runs and the imported half is said to be skipped).
set -u
bin=$1
here=$(dirname "$0")
if [ ! -d ../shared/realdata ]; then
  echo "SKIP (imported half): ../shared/realdata is not here; checking data/ alone"
  exec python3 "$here/words.py" "$bin"
fi
. "$here/../lib/realdata.sh"
python3 "$here/words.py" "$bin" "$tmp/imported"
