"""Slash-command acknowledgements and answers of the previous code and this one, measured in
the same run.

Usage: .venv/bin/python bench/slack_acks.py [--runs 10] [--rev 38a60cf]

Each tree ingests the seed articles into a store of its own (with its own code), then serves
it in HTTP mode against the fake Slack of tests/fakeslack.py; /quote, /actor and /timeline are
posted `runs` times each, and the time until the HTTP response (the acknowledgement) and until
the answer reaches the fake Slack (through the response_url, or, a public timeline with a chart,
by chat.postMessage; its chart follows and is not counted) are measured from the client over
loopback. Trees alternate, two rounds each, so a busy moment of the machine falls on both.
Prints one table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, median, ms, percentile  # noqa: E402

COMMANDS = (("/quote", "booby-trapped buildings"), ("/actor", "SDF"), ("/timeline", "Raqqa"))


def build_store(tree: Path, into: Path) -> Path:
    """into/sitrep.db, the seed articles ingested by tree's code (the file a bot started in
    into serves: bench/outbox_outage.py)."""
    db = into / "sitrep.db"
    seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir())
    subprocess.run(
        [sys.executable, "-m", "cli.main", "--db", str(db), "ingest", *seeds],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
    )
    return db


def acks(tree: Path, db: Path, runs: int) -> tuple[list[float], list[float]]:
    """(acknowledgement times, answer times), in seconds."""
    from tests.bot.conftest import send_command, slash_body, start_bot, stop_bot
    from tests.fakeslack import FakeSlack

    fake = FakeSlack().start()
    times, answers = [], []
    try:
        workdir = Path(tempfile.mkdtemp(prefix="sitrep-acks-"))
        bot = start_bot(fake, workdir, "http", {"SITREP_DB": str(db), "PYTHONPATH": str(tree)})
        try:
            for i in range(runs):
                for command, text in COMMANDS:
                    name, url = fake.response_url(f"r{i}{command}")
                    since = len(fake.posted)
                    start = time.perf_counter()
                    status, _ = send_command(bot, slash_body(fake, command, text, url))
                    times.append(time.perf_counter() - start)
                    assert status == 200, status
                    # One command at a time; a public timeline with a chart is posted by the
                    # bot itself (its chart goes in its thread), the rest to the response_url.
                    fake.wait_answer(name, "CPUBLIC", since, timeout=60)
                    answers.append(time.perf_counter() - start)
        finally:
            stop_bot(bot)
    finally:
        fake.stop()
    return times, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rev", default=baseline.DEFAULT_REV)
    args = parser.parse_args()
    trees = {f"previous ({args.rev})": baseline.checkout(args.rev), "this tree": ROOT}
    work = Path(tempfile.mkdtemp(prefix="sitrep-acks-stores-"))
    stores = {}
    for label, tree in trees.items():
        (work / label).mkdir()
        stores[label] = build_store(tree, work / label)
    measured: dict[str, list[float]] = {label: [] for label in trees}
    answered: dict[str, list[float]] = {label: [] for label in trees}
    for _ in range(2):
        for label, tree in trees.items():
            acked, answers = acks(tree, stores[label], args.runs)
            measured[label] += acked
            answered[label] += answers
    print("| code | acks | p50 ms | p99 ms | max ms | answer p50 ms | answer p99 ms |")
    print("|---|---|---|---|---|---|---|")
    for label, times in measured.items():
        done = answered[label]
        print(
            f"| {label} | {len(times)} | {ms(median(times))} | {ms(percentile(times, 99))} "
            f"| {ms(max(times))} | {ms(median(done))} | {ms(percentile(done, 99))} |"
        )
    old, new = measured.values()
    old_answers, new_answers = answered.values()
    print(
        f"\np99 new / previous: {percentile(new, 99) / percentile(old, 99):.2f}; "
        f"p50: {median(new) / median(old):.2f}; answers p50: "
        f"{median(new_answers) / median(old_answers):.2f}, p99: "
        f"{percentile(new_answers, 99) / percentile(old_answers, 99):.2f}"
    )


if __name__ == "__main__":
    main()
