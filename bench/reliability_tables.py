"""The tables of what was tried and what held, in docs/RELIABILITY.md and docs/SECURITY.md,
regenerated from a run of the tests that try it.

Usage: python bench/reliability_tables.py [--soak] [--no-write]

Runs the fault, load, fuzzing and security tests once (pytest, with Hypothesis statistics and a
JUnit report), then writes, for each row below, how many times its fault or input was tried in
that run and whether it held. The count is what the run did: Hypothesis's passing examples, the
trials or requests a test reports, or its parametrised cases. A row whose tests did not all pass
says so instead of "nothing". The time of each fuzzed input (tests/robust/timing.py) gives the
table of the slowest input per target. --soak runs with SITREP_SOAK=1 (thousands of examples per
target; the long run).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, write_section  # noqa: E402

TESTS = [
    "tests/robust",
    "tests/store/test_maintenance.py",
    "tests/store/test_upgrades.py",
    "tests/bot/test_log_hygiene.py",
    "tests/bot/test_fetch.py",
    "tests/bot/test_outbox.py",
    "tests/bot/test_outbox_outage.py",
]


@dataclass(frozen=True)
class Row:
    tried: str  # the fault or input, as a reader of the docs would name it
    tests: tuple[str, ...]  # node id prefixes, relative to tests/
    lost: str  # what was lost when every one of them passed
    reported: str | None = None  # a regex over the tests' printed output giving the count


RELIABILITY = [
    Row(
        "an ingesting process SIGKILLed at a random moment (one transaction per article and bulk "
        "batches; during migration, checkpoints and writes)",
        ("robust/test_store_faults.py::test_sigkill",),
        "nothing: each article whole or absent, integrity_check ok, a re-run completes the store",
        r"(\d+) kill trials",
    ),
    Row(
        "a full disk during an ingest",
        ("robust/test_store_faults.py::test_full_disk",),
        "nothing: one-line message, the store unchanged and usable",
    ),
    Row(
        "a store that fills up during a bulk ingest",
        ("robust/test_store_faults.py::test_bulk_ingest_into_a_full_store",),
        "nothing: what fit is kept whole, each other line named, a re-run completes",
    ),
    Row(
        "8 processes ingesting and 8 querying one database file (articles sent)",
        ("robust/test_store_load.py",),
        "nothing: each article stored once, no error reached a caller, the store whole",
        r"(\d+) articles sent",
    ),
    Row(
        "slash commands over HTTP and Socket Mode envelopes arriving at once",
        ("robust/test_slack_load.py",),
        "nothing: each acknowledged and answered",
        r"(\d+) (?:commands|envelopes) at once",
    ),
    Row(
        "Slack's Web API answering 500, 503, 429 or too late; a response_url failing",
        (
            "robust/test_slack_faults.py::test_web_api",
            "robust/test_slack_faults.py::test_rate_limit",
            "robust/test_slack_faults.py::test_answers_reach",
        ),
        "nothing: retried (waits bounded), or logged and the bot carries on",
    ),
    Row(
        "a download that fails or a store that cannot be opened, in Slack",
        (
            "robust/test_slack_faults.py::test_failed_downloads",
            "robust/test_slack_faults.py::test_a_store_that",
        ),
        "nothing: one line in the thread, the bot recovers",
    ),
    Row(
        "the Socket Mode connection cut without a close frame, or refreshed by Slack",
        ("robust/test_slack_faults.py::test_socket_mode",),
        "nothing: reconnected, redelivered envelopes answered",
    ),
    Row(
        "`sitrep backup` while 8 processes write",
        ("store/test_maintenance.py::test_backup_under",),
        "nothing: each copy passes `sitrep check` and equals the quiesced store",
    ),
    Row(
        "`restore` of a file that is not a Sitrep store, a newer schema or a damaged copy",
        (
            "store/test_maintenance.py::test_restore_refuses",
            "store/test_maintenance.py::test_check",
        ),
        "nothing: refused in one line, the store byte-identical",
    ),
    Row(
        "stores written by earlier schema versions; a migration that raises or is killed",
        ("store/test_upgrades.py",),
        "nothing: migrated, answering as the newest; a failed migration leaves the store as it was",
    ),
    Row(
        "pathological files (5 MB without a space, one word repeated, nested HTML, PDF bombs, "
        "2,000 pages, scripts without spaces, mixed encodings); parsers killed for time or memory",
        ("robust/test_hostile_input.py",),
        "nothing: stored whole or refused in one line",
    ),
    Row(
        "any text through cleaning, sentences and passages",
        (
            "robust/test_properties.py::test_cleaning",
            "robust/test_properties.py::test_sentences",
        ),
        "nothing: storable text, offsets inside it, in order",
    ),
    Row(
        "any text through the date tagger",
        ("robust/test_properties.py::test_date_mentions",),
        "nothing: each mention's offsets give its text, values well formed",
    ),
    Row(
        "any text through the actor, place, relation and event finders",
        ("robust/test_properties.py::test_extraction",),
        "nothing: each actor and place mention's offsets give its text",
    ),
    Row(
        "any text split into articles; any bytes read as text, HTML or PDF",
        (
            "robust/test_properties.py::test_article_splitting",
            "robust/test_properties.py::test_reading",
            "robust/test_properties.py::test_input_of_only",
        ),
        "nothing: a document or one line naming the input",
    ),
    Row(
        "any text ingested, and any bulk JSONL lines",
        (
            "robust/test_properties.py::test_ingest",
            "robust/test_properties.py::test_bulk",
            "robust/test_properties.py::test_lone",
            "robust/test_properties.py::test_text_without",
        ),
        "nothing: whole articles or nothing, the store checked after each",
    ),
    Row(
        "real files (seeds, fixtures, corpus articles) with bytes flipped, cut, repeated, "
        "inserted and spliced: read, extracted, ingested, as JSONL",
        ("robust/test_mutations.py",),
        "nothing: a document or one line; whole articles; JSON answers",
    ),
    Row(
        "any query, date bounds and operator soup, through the commands, the bot and the CLI",
        ("robust/test_queries.py",),
        "nothing: an answer or a one-line message, JSON valid",
    ),
    Row(
        "Slack payload parsers: command text with `name:VALUE` options, date bounds, markup, "
        "links, button values, request ids",
        ("robust/test_slack_parsers.py",),
        "nothing: only the one-line GrammarError; taken values are in the text; JSON replies",
    ),
    Row(
        "signed slash commands, button clicks, events and shortcuts with fuzzed contents, "
        "through the running bot",
        ("robust/test_slack_payloads.py",),
        "nothing: each acknowledged, each command answered once, no error in the log",
    ),
    Row(
        "Slack down (503, or 429 with Retry-After) for 50 slash commands and 20 posted "
        "articles, the bot SIGKILLed and restarted halfway, in HTTP and Socket Mode",
        ("bot/test_outbox_outage.py",),
        "nothing: every answer and confirmation delivered once Slack is back, none twice",
    ),
    Row(
        "Slack refusing or not answering one message: retried with backoff, Retry-After "
        "honoured, a post whose answer was lost checked before posting again, an expired "
        "response_url, a restart with messages pending",
        ("bot/test_outbox.py",),
        "nothing: each message posted once, or dropped with a log line when Slack refuses it "
        "for good, or reported by `sitrep check` when it expires",
    ),
]

SECURITY = [
    Row(
        "forged, unsigned, tampered, stale and future-dated requests",
        ("robust/test_security.py::test_tampered",),
        "nothing: refused with 401 before any listener ran",
    ),
    Row(
        "a captured event replayed",
        ("robust/test_security.py::test_a_replayed",),
        "nothing: processed once",
    ),
    Row(
        "links to internal addresses: numeric host forms, names resolving inside, DNS "
        "rebinding, redirects into the network, proxies from the environment",
        (
            "robust/test_security.py::test_numeric",
            "robust/test_security.py::test_dns",
            "robust/test_security.py::test_a_link",
            "bot/test_fetch.py",
        ),
        "nothing: refused before any connection to the inside",
    ),
    Row(
        "Slack markup in articles, titles, sources and queries",
        (
            "robust/test_security.py::test_nothing_from",
            "robust/test_security.py::test_titles",
        ),
        "nothing: escaped, no mention or link made",
    ),
    Row(
        "reading another conversation's or workspace's articles and names",
        (
            "robust/test_security.py::test_a_private",
            "robust/test_security.py::test_another",
            "robust/test_security.py::test_names",
        ),
        "nothing: answered only where the articles were posted",
    ),
    Row(
        "tokens, secrets, response_urls and message text in logs, replies and other hosts",
        ("robust/test_security.py::test_tokens", "bot/test_log_hygiene.py"),
        "nothing: no log line or reply holds one",
    ),
    Row(
        "signed requests with fuzzed contents (commands, clicks, events, shortcuts)",
        ("robust/test_slack_payloads.py",),
        "nothing: no listener failed",
    ),
]


@dataclass
class Outcome:
    passed: int = 0
    failed: int = 0
    cases: int = 0
    examples: int = 0
    output: str = ""


def run_tests(soak: bool, folder: Path) -> tuple[dict[str, Outcome], Path]:
    report, times = folder / "junit.xml", folder / "times.jsonl"
    env = {**os.environ, "SITREP_FUZZ_TIMES": str(times)}
    if soak:
        env["SITREP_SOAK"] = "1"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *TESTS,
            "-q",
            "-p",
            "no:cacheprovider",
            "--hypothesis-show-statistics",
            f"--junitxml={report}",
            "-o",
            "junit_logging=system-out",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    outcomes: dict[str, Outcome] = defaultdict(Outcome)
    for case in ET.parse(report).iter("testcase"):
        module = case.get("classname", "").replace(".", "/")
        name = case.get("name", "")
        node = f"{module.removeprefix('tests/')}.py::{name}"
        outcome = outcomes[node.split("[")[0]]
        outcome.cases += 1
        bad = case.find("failure") is not None or case.find("error") is not None
        skipped = case.find("skipped") is not None
        outcome.failed += bad
        outcome.passed += not bad and not skipped
        out = case.find("system-out")
        outcome.output += (out.text or "") if out is not None else ""
    for node, body in re.findall(r"^tests/(\S+?):\n(.*?)(?=^tests/|\Z)", done.stdout, re.M | re.S):
        outcomes[node.split("[")[0]].examples += sum(
            int(n) for n in re.findall(r"- (\d+) passing", body)
        )
    if not outcomes:
        sys.exit(f"no test ran:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return outcomes, times


def _row(row: Row, outcomes: dict[str, Outcome]) -> str:
    mine = [o for node, o in outcomes.items() if node.startswith(row.tests)]
    # A row names tests by the start of their names ("test_web_api" for the three of them).
    tests = ", ".join(f"`{t}…`" if "::" in t else f"`{t}`" for t in row.tests)
    failed = sum(o.failed for o in mine)
    passed = sum(o.passed for o in mine)
    if row.reported:
        count = sum(int(n) for o in mine for n in re.findall(row.reported, o.output))
        how = "times"
    elif sum(o.examples for o in mine):
        count, how = sum(o.examples for o in mine), "examples"
    else:
        count, how = sum(o.cases for o in mine), "cases"
    if failed:
        lost = f"**did not hold: {failed} test(s) failed**"
    elif not mine or passed == 0:
        lost = "**not run**"
    else:
        lost = row.lost
    if count == 1:
        how = how.removesuffix("s")
    return f"| {row.tried} | {count:,} {how} | {lost} | {tests} |"


def table(rows: list[Row], outcomes: dict[str, Outcome], soak: bool, load: str) -> str:
    run = "the soak run (`SITREP_SOAK=1`)" if soak else "the CI run"
    lines = [
        f"What was tried in {run}, and what was lost. Regenerated by "
        "`bench/reliability_tables.py` from one run of the tests named (`--soak` for the long "
        "run); a count is what that run did: Hypothesis's passing examples, the trials or "
        f"requests a test reports, or its cases. {load}",
        "",
        "| what was tried | how often | what was lost | tests (under tests/) |",
        "|---|---|---|---|",
    ]
    lines += [_row(row, outcomes) for row in rows]
    return "\n".join(lines)


def times_table(times: Path) -> str:
    slowest: dict[str, tuple[float, int]] = {}
    inputs: dict[str, int] = defaultdict(int)
    if times.exists():
        for line in times.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            target = entry["target"]
            inputs[target] += 1
            if entry["seconds"] > slowest.get(target, (-1.0, 0))[0]:
                slowest[target] = (entry["seconds"], entry["chars"])
    lines = [
        "Time per input in the same run, measured, not asserted (a loaded machine is slow with no "
        "fault in Sitrep); the bound Sitrep aims at is 2 s per MB. Sizes are characters of text "
        "or bytes of a file.",
        "",
        "| target | inputs | slowest | its size | seconds per MB at that size |",
        "|---|---|---|---|---|",
    ]
    for target in sorted(slowest):
        seconds, size = slowest[target]
        per_mb = f"{seconds / (size / 1e6):,.1f}" if size >= 100_000 else "(under 100 kB)"
        lines.append(f"| {target} | {inputs[target]:,} | {seconds:.3f} s | {size:,} | {per_mb} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soak", action="store_true", help="SITREP_SOAK=1: the long run")
    parser.add_argument("--no-write", action="store_true", help="print the tables only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before = os.getloadavg()[0]
        started = time.monotonic()
        outcomes, times = run_tests(args.soak, Path(folder))
        load = (
            f"The run took {(time.monotonic() - started) / 60:.0f} min on {os.cpu_count()} cores "
            f"shared with other work (load average {before:.1f} at the start, "
            f"{os.getloadavg()[0]:.1f} at the end)."
        )
        suffix = "-soak" if args.soak else ""
        parts = {
            ("RELIABILITY.md", f"reliability-tried{suffix}"): table(
                RELIABILITY, outcomes, args.soak, load
            )
            + "\n\n"
            + times_table(times),
            ("SECURITY.md", f"security-tried{suffix}"): table(SECURITY, outcomes, args.soak, load),
        }
    for (doc, section), body in parts.items():
        print(body + "\n")
        if not args.no_write:
            write_section(ROOT / "docs" / doc, section, body)


if __name__ == "__main__":
    main()
