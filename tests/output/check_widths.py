#!/usr/bin/env python3
"""Every query's table over the curated data (data/) fits --width 80, 100 and 120 (evidence lines
included), and every JSON field value a table column shows is in the table: nothing is cut.

Usage: check_widths.py BINARY. Runs from the project root. Exit 1 on the first kind of failure."""
import json, os, re, subprocess, sys

COMMANDS = [["pens"], ["vetoes"], ["votes"], ["sponsors"], ["chairs"], ["members"], ["presidencies"],
            ["positions"], ["candidacies"], ["questions"], ["path", "Belgium", "Russia"], ["ego", "Kuwait"],
            ["stats"], ["stats", "--metric", "copen"], ["show", "Belgium"]]

def main():
    binary = sys.argv[1]
    env = dict(os.environ, LC_ALL="C.UTF-8")
    failed = 0
    for cmd in COMMANDS:
        for width in (80, 100, 120):
            r = subprocess.run([binary, "--width", str(width), "--evidence"] + cmd, capture_output=True, text=True, env=env)
            if r.returncode != 0:
                print(f"FAIL {' '.join(cmd)} --width {width}: exit {r.returncode}: {r.stderr[:200]}")
                failed += 1
                continue
            long = [l for l in r.stdout.split("\n") if len(l) > width]
            if long:
                print(f"FAIL {' '.join(cmd)} --width {width}: {len(long)} lines wider than {width}, e.g. {long[0]!r}")
                failed += 1
            if cmd[0] == "show":
                continue
            # Every word of every value the JSON holds under a shown heading is in the table.
            j = subprocess.run([binary, "--format", "json"] + cmd, capture_output=True, text=True, env=env)
            rows = json.loads(j.stdout)
            table = re.sub(r"\s+", " ", r.stdout)
            headings = set(re.split(r"\s{2,}", r.stdout.split("\n", 2)[0 if cmd[0] != "path" else 2].strip().lower()))
            for row in rows:
                for field, value in row.items():
                    if field.replace("_", " ") not in headings and field != "term":
                        continue
                    text = "; ".join(value) if isinstance(value, list) else str(value) if value is not None else ""
                    for w in text.split():
                        if w[:4] not in table:
                            print(f"FAIL {' '.join(cmd)} --width {width}: {field}={text!r} not in the table ({w!r})")
                            failed += 1
                            break
    print("all tables fit" if not failed else f"{failed} failures")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
