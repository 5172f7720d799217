"""Acknowledgements of @-mention questions, of the previous code and this one in the same run,
and how long this one takes to answer them in their thread.

Usage: .venv/bin/python bench/slack_mentions.py [--runs 10] [--rev e8f2a32]

As bench/slack_acks.py: each tree serves the seed articles in HTTP mode against the fake Slack,
trees alternate, two rounds each. An `app_mention` event carrying a question is posted `runs`
times for each question below; the acknowledgement is the HTTP response, the answer the reply
the bot posts in the question's thread (the previous code answered a question with a hint).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, median, ms, percentile  # noqa: E402
from bench.slack_acks import build_store  # noqa: E402

QUESTIONS = ("What happened in Raqqa?", "Who are the SDF?", "who controls Tabqa dam?")


def mentions(tree: Path, db: Path, runs: int) -> tuple[list[float], list[float]]:
    from tests.bot.conftest import event_body, send_event, start_bot, stop_bot
    from tests.fakeslack import FakeSlack

    fake = FakeSlack().start()
    fake.set_channel("CPUBLIC", private=False)
    acks, answers = [], []
    try:
        workdir = Path(tempfile.mkdtemp(prefix="sitrep-mentions-"))
        env = {"SITREP_DB": str(db), "PYTHONPATH": str(tree)}
        bot = start_bot(fake, workdir, "http", env, autoingest=())
        try:
            for _ in range(runs):
                for question in QUESTIONS:
                    ts = fake.next_ts()
                    event = {
                        "type": "app_mention",
                        "channel": "CPUBLIC",
                        "user": "UASKER",
                        "ts": ts,
                        "text": f"<@{fake.bot_user}> {question}",
                    }
                    body = event_body(fake, event, f"Ev{ts.replace('.', '')}")
                    start = time.perf_counter()
                    status, _ = send_event(bot, body)
                    acks.append(time.perf_counter() - start)
                    assert status == 200, status
                    fake.wait_call(
                        "chat.postMessage", lambda c, ts=ts: c.args.get("thread_ts") == ts, 60
                    )
                    answers.append(time.perf_counter() - start)
        finally:
            stop_bot(bot)
    finally:
        fake.stop()
    return acks, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rev", default="e8f2a32")
    args = parser.parse_args()
    trees = {f"previous ({args.rev})": baseline.checkout(args.rev), "this tree": ROOT}
    work = Path(tempfile.mkdtemp(prefix="sitrep-mentions-stores-"))
    stores = {}
    for label, tree in trees.items():
        (work / label).mkdir()
        stores[label] = build_store(tree, work / label)
    acks: dict[str, list[float]] = {label: [] for label in trees}
    answers: dict[str, list[float]] = {label: [] for label in trees}
    for _ in range(2):
        for label, tree in trees.items():
            got_acks, got_answers = mentions(tree, stores[label], args.runs)
            acks[label] += got_acks
            answers[label] += got_answers
    print(
        "| code | mentions | ack p50 ms | ack p99 ms | ack max ms | reply p50 ms | reply p99 ms "
        "| first reply after a start, max ms | reply p99 ms, the rest |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    per_run = args.runs * len(QUESTIONS)
    for label in trees:
        a, r = acks[label], answers[label]
        first = r[::per_run]  # each bot process's first question waits for its warm-up
        rest = [t for i, t in enumerate(r) if i % per_run]
        print(
            f"| {label} | {len(a)} | {ms(median(a))} | {ms(percentile(a, 99))} | {ms(max(a))} "
            f"| {ms(median(r))} | {ms(percentile(r, 99))} | {ms(max(first))} "
            f"| {ms(percentile(rest, 99))} |"
        )
    old, new = acks.values()
    print(f"\nack p99 new / previous: {percentile(new, 99) / percentile(old, 99):.2f}")


if __name__ == "__main__":
    main()
