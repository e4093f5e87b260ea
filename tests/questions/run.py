#!/usr/bin/env python3
"""Asks the curated data the questions of one tests/questions/*.json file, as a user would.

Each question: {"q": text, "args": [CLI arguments], "expect": [substrings that must be in stdout],
"absent": [substrings that must not be], "source": where the seed says so}. The CLI runs from the
project root on data/ (the curated data). Prints one line per question; exit 1 if any fails."""
import json, os, subprocess, sys, tempfile

def main():
    qfile, binary = sys.argv[1], sys.argv[2]
    questions = json.load(open(qfile, encoding="utf-8"))
    failed = 0
    env = dict(os.environ, LC_ALL="C.UTF-8")
    extra = ["--data", "data"]  # the curated data alone, whatever has been imported
    # A file named *realdata*.json asks data/ plus a fresh import of ../shared/realdata.
    if "realdata" in os.path.basename(qfile):
        realdata = "../shared/realdata"
        if not os.path.isdir(realdata):
            print(f"SKIP: {realdata} is not here (it is in CI, beside the project)")
            return 77
        tmp = tempfile.mkdtemp(prefix="councilgraph-questions-")
        r = subprocess.run([binary, "import", "all", "--realdata", realdata, "-o", tmp, "--against", "data", "-q"],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            print(f"import failed (exit {r.returncode}): {r.stderr[-500:]}")
            return 1
        extra = ["--data", "data", "--data", tmp]
    for i, q in enumerate(questions, 1):
        r = subprocess.run([binary] + extra + q["args"], capture_output=True, text=True, env=env)
        problems = []
        if r.returncode != 0:
            problems.append(f"exit {r.returncode}: {r.stderr.strip()[:300]}")
        for s in q.get("expect", []):
            if s not in r.stdout:
                problems.append(f"missing {s!r}")
        for s in q.get("absent", []):
            if s in r.stdout:
                problems.append(f"should not contain {s!r}")
        if problems:
            failed += 1
            print(f"FAIL {i}: {q['q']}  [{' '.join(q['args'])}]  ({q.get('source', '')})")
            for p in problems:
                print(f"      {p}")
        else:
            print(f"ok   {i}: {q['q']}")
    print(f"{len(questions) - failed} passed, {failed} failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
