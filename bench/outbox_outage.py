"""Slack down for 50 slash commands and 20 posted articles: what reaches people once it is
back, with the previous code and this one, measured in the same run.

Usage: .venv/bin/python bench/outbox_outage.py [--rev 38a60cf] [--mode socket|http] [--write]
       .venv/bin/python bench/outbox_outage.py --latency   (Slack up: what the outbox costs)

Each tree serves a store of the seed articles it built itself, against the fake Slack of
tests/fakeslack.py. Slack fails every Web API call and response_url post with 503 (but
auth.test and apps.connections.open) while the commands and articles arrive; then it comes
back, and the answers and confirmations that reach it within a minute are counted, with any
second copy. This tree runs twice: straight through, and killed (SIGKILL) and started again
halfway through the outage. Acknowledgement times are those the fake measures (Socket Mode:
push to ack) or the client (HTTP: request to response). Prints one table; --write puts it
in docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, ms, percentile, write_section  # noqa: E402
from bench.slack_acks import build_store  # noqa: E402

COMMANDS, ARTICLES = 50, 20
SETTINGS = {"SITREP_OUTBOX_MAX_WAIT": "5", "SITREP_SLACK_TIMEOUT": "2"}
AFTER = 60.0  # seconds to wait for deliveries once Slack is back


def finished(bot: Any, answers: int, ingests: int, timeout: float = 300) -> None:
    """Wait until the bot's log has this many answers and channel ingests."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = bot.logs()
        if log.count('"msg": "answered"') >= answers and log.count('"via": "message"') >= ingests:
            return
        time.sleep(0.2)
    raise RuntimeError("the bot did not finish its work")


def outage(tree: Path, mode: str, restart: bool) -> dict[str, object]:
    from tests.bot.conftest import start_bot, stop_bot
    from tests.bot.test_outbox_outage import article_texts, ask, post_article
    from tests.fakeslack import FakeSlack

    workdir = Path(tempfile.mkdtemp(prefix="sitrep-outage-"))
    build_store(tree, workdir)
    fake = FakeSlack().start()
    fake.set_channel("CPUBLIC", private=False)
    extra = {**SETTINGS, "PYTHONPATH": str(tree)}
    texts = article_texts(ARTICLES)
    asked: list[str] = []
    posted: list[str] = []
    acks: list[float] = []
    bot = start_bot(fake, workdir, mode, extra)
    try:
        fake.down(spare=("auth.test", "apps.connections.open"))
        commands = ingests = 0  # since this process started (its log)
        for half in (0, 1):
            for number in range(half * COMMANDS // 2, (half + 1) * COMMANDS // 2):
                started = time.monotonic()
                name, command = ask(bot, fake, number)
                acks.append(time.monotonic() - started)
                asked.append(name)
                commands += command != "/sitrep"  # /sitrep stats logs no "answered" line
            for number in range(half * ARTICLES // 2, (half + 1) * ARTICLES // 2):
                posted.append(post_article(bot, fake, texts[number], number))
                ingests += 1
            # The outage lasts until all the work is done and every reply has been tried.
            finished(bot, commands, ingests)
            time.sleep(5)
            if half == 0 and restart:
                bot.process.kill()
                bot.process.wait(timeout=10)
                bot = start_bot(fake, workdir, mode, extra)
                commands = ingests = 0
        if mode == "socket":
            acks = [fake.acked_at.get(e, float("nan")) - t for e, t in fake.pushed_at.items()]
        fake.up()
        back = time.monotonic()

        def answered() -> int:
            return sum(1 for name in asked if fake.responses.get(name))

        def confirmed() -> int:
            return sum(
                1
                for ts in posted
                if fake.calls_to("chat.postMessage", lambda c, ts=ts: c.args.get("thread_ts") == ts)
            )

        done = None
        while time.monotonic() - back < AFTER:
            if answered() == COMMANDS and confirmed() == ARTICLES:
                done = time.monotonic() - back
                break
            time.sleep(0.2)
        time.sleep(3)
        copies = sum(max(0, len(fake.responses.get(name, [])) - 1) for name in asked) + sum(
            max(
                0,
                len(fake.calls_to("chat.postMessage", lambda c, t=ts: c.args.get("thread_ts") == t))
                - 1,
            )
            for ts in posted
        )
        return {
            "answers": answered(),
            "confirmations": confirmed(),
            "copies": copies,
            "ack p50": ms(percentile(acks, 50)),
            "ack max": ms(max(acks)),
            "all delivered after": f"{done:.1f} s" if done is not None else "never",
        }
    finally:
        stop_bot(bot)
        fake.stop()


def answer_times(tree: Path, mode: str, count: int) -> list[float]:
    """Slack up: seconds from each slash command until its answer reaches the response_url,
    one command at a time (what writing each reply to the store first costs)."""
    from tests.bot.conftest import start_bot, stop_bot
    from tests.bot.test_outbox_outage import ask
    from tests.fakeslack import FakeSlack

    workdir = Path(tempfile.mkdtemp(prefix="sitrep-latency-"))
    build_store(tree, workdir)
    fake = FakeSlack().start()
    fake.set_channel("CPUBLIC", private=False)
    bot = start_bot(fake, workdir, mode, {**SETTINGS, "PYTHONPATH": str(tree)})
    times = []
    try:
        for number in range(count + 4):
            started = time.monotonic()
            name, _ = ask(bot, fake, number)
            fake.wait_responses(name, timeout=60)
            if number >= 4:  # the first answers warm the caches
                times.append(time.monotonic() - started)
    finally:
        stop_bot(bot)
        fake.stop()
    return times


def latency(previous: Path, mode: str, rev: str, write: bool, count: int = 40) -> None:
    """Answer times of the previous code and this one, alternating, two rounds each."""
    measured: dict[str, list[float]] = {f"previous ({rev})": [], "outbox": []}
    for _ in range(2):
        for label, tree in zip(measured, (previous, ROOT), strict=True):
            measured[label] += answer_times(tree, mode, count // 2)
    lines = [
        f"Slack up ({mode} mode): from a slash command to its answer at the response_url, "
        f"{count} commands one at a time (`bench/outbox_outage.py --latency`, loaded host):",
        "",
        "| code | p50 (ms) | p90 (ms) | max (ms) |",
        "|---|---|---|---|",
    ]
    for label, times in measured.items():
        lines.append(
            f"| {label} | {ms(percentile(times, 50))} | {ms(percentile(times, 90))} "
            f"| {ms(max(times))} |"
        )
    print("\n".join(lines), flush=True)
    if write:
        write_section(ROOT / "docs" / "RELIABILITY.md", "outbox-latency", "\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default=baseline.DEFAULT_REV)
    parser.add_argument("--mode", choices=("socket", "http"), default="socket")
    parser.add_argument("--write", action="store_true", help="update docs/RELIABILITY.md")
    parser.add_argument(
        "--latency", action="store_true", help="measure answer times with Slack up instead"
    )
    args = parser.parse_args()
    previous = baseline.checkout(args.rev)
    if args.latency:
        latency(previous, args.mode, args.rev, args.write)
        return 0
    runs = [
        (f"previous ({args.rev})", previous, False),
        ("outbox", ROOT, False),
        ("outbox, killed and restarted mid-outage", ROOT, True),
    ]
    lines = [
        f"Slack down ({args.mode} mode) for {COMMANDS} commands and {ARTICLES} articles, then "
        f"back (`bench/outbox_outage.py`, measured on a loaded 2-core host):",
        "",
        "| code | answers | confirmations | second copies | ack p50 (ms) | ack max (ms) "
        "| all delivered once Slack is back |",
        "|---|---|---|---|---|---|---|",
    ]
    print("\n".join(lines), flush=True)
    for label, tree, restart in runs:
        row = outage(tree, args.mode, restart)
        lines.append(
            f"| {label} | {row['answers']}/{COMMANDS} | {row['confirmations']}/{ARTICLES} | "
            f"{row['copies']} | {row['ack p50']} | {row['ack max']} | "
            f"{row['all delivered after']} |"
        )
        print(lines[-1], flush=True)
    if args.write:
        write_section(ROOT / "docs" / "RELIABILITY.md", f"outbox-{args.mode}", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
