"""Run tests again and again with their threads switched as often as the interpreter can, to
find a race between a test and the fake Slack's threads without waiting for a loaded host to
hit it.

Each run is a fresh `pytest` process whose interpreter switches threads every microsecond
(`sys.setswitchinterval`), instead of every 5 ms: a test woken by the fake's handler thread then
runs almost at once, in whatever gap that thread leaves, as it does on a host busy enough to
deschedule the handler mid-request. With --hogs, as many busy loops run meanwhile.

    .venv/bin/python bench/interleave.py --runs 10 --hogs 3 \\
        "tests/bot/test_public_answers.py::test_the_timeline_chart_goes_in_the_thread_of_its_answer[socket]"

Prints each run's outcome and how many failed; failures' assertion lines are printed too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = (
    "import sys; sys.setswitchinterval(1e-6)\n"
    "import pytest\n"
    "sys.exit(pytest.main(['-q', '-p', 'no:randomly', '-p', 'no:cacheprovider', *sys.argv[1:]]))"
)
HOG = "while True: pass"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", nargs="+", help="pytest node ids or files")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--hogs", type=int, default=0, help="busy loops to run meanwhile")
    args = parser.parse_args()
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(args.hogs)]
    failed = 0
    try:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-c", RUN, *args.tests],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            lines = done.stdout.splitlines()
            summary = lines[-1] if lines else done.stderr.strip()[-200:]
            print(f"run {run}: rc={done.returncode} {time.monotonic() - started:.0f} s {summary}")
            if done.returncode:
                failed += 1
                said = [line for line in lines if line.startswith("E ") and line[1:].strip()]
                for line in said[:3]:  # the failure's first lines: its assertion or exception
                    print("   ", line)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    print(f"failed {failed} of {args.runs}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
