#!/usr/bin/env python3
"""The pager, as git pages: only when standard output is a terminal (here a pseudo-terminal of 24
rows x 80 columns) and the output is longer than the screen; $COUNCILGRAPH_PAGER before $PAGER;
empty or `cat` is no pager; --no-pager; piped output never pages. The pager used is a marker
(`sed 's/^/PAGED: /'`), so what went through it shows on every line."""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

EXE = sys.argv[1]
ROWS, COLS = 24, 80
MARK = "sed 's/^/PAGED: /'"
LONG = ["--data", "data", "pens"]  # well over 24 rows
SHORT = ["--data", "data", "presidencies"]  # 6 lines at 80 columns (checked below)
failures = []


def env(**over):
    e = {k: v for k, v in os.environ.items() if k not in ("PAGER", "COUNCILGRAPH_PAGER", "COLUMNS", "LINES", "LESS")}
    e.update(over)
    return e


def on_tty(args, **over):
    """Runs the program with stdout on a 24x80 pseudo-terminal; returns (text, status)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.ONLCR  # keep "\n" as the program wrote it
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    p = subprocess.Popen([EXE] + args, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env(**over))
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer of the terminal is gone
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    p.stderr.read()
    return out.decode(), p.wait(timeout=60)


def piped(args, **over):
    r = subprocess.run([EXE] + args, capture_output=True, env=env(**over), timeout=60)
    return r.stdout.decode(), r.returncode


def check(what, cond, detail=""):
    if not cond:
        failures.append(f"{what}{': ' + detail if detail else ''}")


def paged(text):
    lines = text.splitlines()
    return bool(lines) and all(l.startswith("PAGED: ") for l in lines)


long_plain, rc = piped(LONG + ["--width", str(COLS)])
check("the long command runs", rc == 0 and len(long_plain.splitlines()) > ROWS, f"rc {rc}")
short_plain, rc = piped(SHORT + ["--width", str(COLS)])
check("the short command fits the screen", rc == 0 and len(short_plain.splitlines()) < ROWS - 1 and
      max(len(l) for l in short_plain.splitlines()) <= COLS, short_plain)

# Longer than the screen on a terminal: paged, every line, nothing lost.
text, rc = on_tty(LONG, PAGER=MARK)
check("long output on a terminal is paged", paged(text) and rc == 0, text[:200])
check("the pager gets all of it", text.replace("PAGED: ", "") == long_plain, f"{len(text)} vs {len(long_plain)} bytes")
# $COUNCILGRAPH_PAGER wins over $PAGER.
text, _ = on_tty(LONG, PAGER="false", COUNCILGRAPH_PAGER=MARK)
check("COUNCILGRAPH_PAGER before PAGER", paged(text), text[:200])
# No pager: --no-pager, an empty or `cat` pager, an empty COUNCILGRAPH_PAGER over PAGER.
for what, args, over in [("--no-pager", LONG + ["--no-pager"], {"PAGER": MARK}),
                         ("--no-pager after the command", ["--data", "data", "--no-pager", "pens"], {"PAGER": MARK}),
                         ("PAGER empty", LONG, {"PAGER": ""}),
                         ("PAGER=cat", LONG, {"PAGER": "cat"}),
                         ("COUNCILGRAPH_PAGER empty", LONG, {"PAGER": MARK, "COUNCILGRAPH_PAGER": ""})]:
    text, rc = on_tty(args, **over)
    check(f"{what}: not paged, all written", "PAGED" not in text and text == long_plain and rc == 0, text[:200])
# Output that fits the screen is written as it is.
text, rc = on_tty(SHORT, PAGER=MARK)
check("short output is not paged", text == short_plain and rc == 0, text[:200])
# Piped output never pages.
text, rc = piped(LONG, PAGER=MARK, COUNCILGRAPH_PAGER=MARK)
check("piped output is not paged", "PAGED" not in text and rc == 0 and text.startswith("DOSSIER"), text[:200])
# A pager quit early (here after one line) ends the program quietly, without hanging.
text, rc = on_tty(["--data", "data", "--data", "build/imported", "vetoes"] if os.path.isdir("build/imported") else LONG,
                  PAGER="head -n 1")
check("a pager quit early ends the program", len(text.splitlines()) == 1 and rc in (0, -13), f"rc {rc}, {text[:200]}")
# An error keeps its status and its message; nothing is paged.
text, rc = on_tty(["--data", "data", "show", "Nowhereland"], PAGER=MARK)
check("an error is not paged and keeps its status", rc == 2 and "PAGED" not in text, f"rc {rc}")

for f in failures:
    print("FAIL:", f)
print(f"{'ok' if not failures else 'FAILED'}: pager")
sys.exit(1 if failures else 0)
