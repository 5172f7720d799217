"""Slack acknowledgements under load: the slowest of 50 at once, against Slack's 3-second limit.

Usage: .venv/bin/python bench/slack_load.py [--runs 3]

Runs tests/robust/test_slack_load.py (50 signed slash commands at once in HTTP mode, 50 Socket
Mode envelopes at once, each acknowledged and answered) and reads the slowest acknowledgement
each test prints. The tests assert that nothing is lost; this script is where the time is
compared with the limit, because a loaded machine (CI, a shared host) can miss it without any
fault in Sitrep. Prints one line per run and exits 1 if any slowest acknowledgement is 3 s or more.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACK_LIMIT_MS = 3000  # Slack's own limit for an acknowledgement
_SLOWEST = re.compile(r"^(HTTP|Socket Mode): .* slowest ack (\d+) ms$", re.MULTILINE)


def one_run() -> dict[str, int]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/robust/test_slack_load.py",
            "-s",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"slack_load: the load tests failed:\n{done.stdout[-2000:]}")
    return {mode: int(value) for mode, value in _SLOWEST.findall(done.stdout)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    worst = 0
    for run in range(1, args.runs + 1):
        slowest = one_run()
        worst = max(worst, *slowest.values())
        print(
            f"run {run}: "
            + ", ".join(f"{mode} slowest ack {ms} ms" for mode, ms in sorted(slowest.items()))
        )
    print(f"worst {worst} ms against Slack's {ACK_LIMIT_MS} ms")
    return 0 if worst < ACK_LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
