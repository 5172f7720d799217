"""Cold start of `sitrep quote`, readiness of `sitrep serve`, and how fast Slack is acknowledged.

Usage: .venv/bin/python bench/startup.py [--db bench/out/passages-1000000.db] [--runs 10]

- `sitrep quote` wall time, a new process each run, on a database of the seed articles (built
  here in a temporary directory) and on the large database (--db).
- `sitrep serve` (HTTP mode) from process start to its ready line, against the fake Slack of
  tests/fakeslack.py, on the large database.
- Slash commands (/quote, /actor, /timeline with the most frequent actor and place of the
  database) posted to that bot: the time until its HTTP response, which is the
  acknowledgement (the answer follows through response_url). Measured from the client over
  loopback, so the server-side time is at most this.
The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, median, ms, percentile, publish  # noqa: E402

SITREP = ROOT / ".venv" / "bin" / "sitrep"


def quote_wall(db: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(SITREP), "--db", str(db), "quote", "Raqqa", "offensive", "--json"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def top_names(db_path: Path) -> tuple[str, str]:
    from store.db import connect

    db = connect(db_path, create=False)
    actor = db.conn.execute(
        "SELECT a.name FROM actor_facts f JOIN actors a ON a.id = f.actor_id "
        "WHERE f.fact = 'mentions' GROUP BY f.actor_id ORDER BY sum(f.n) DESC LIMIT 1").fetchone()
    place = db.conn.execute(
        "SELECT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
        "GROUP BY m.place_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    db.conn.close()
    return actor[0], place[0]


def slack(db: Path, runs: int) -> dict[str, list[float]]:
    from tests.bot.conftest import send_command, slash_body, start_bot, stop_bot
    from tests.fakeslack import FakeSlack

    actor, place = top_names(db)
    fake = FakeSlack().start()
    ready, acks = [], []
    try:
        for n in range(max(1, runs // 3)):
            workdir = Path(tempfile.mkdtemp(prefix="sitrep-serve-"))
            start = time.perf_counter()
            bot = start_bot(fake, workdir, "http", {"SITREP_DB": str(db)})
            ready.append(time.perf_counter() - start)
            try:
                if n:
                    continue
                for i in range(runs):
                    for command, text in (("/quote", "government forces offensive"),
                                          ("/actor", actor), ("/timeline", place)):
                        _, url = fake.response_url(f"r{i}{command}")
                        start = time.perf_counter()
                        status, _ = send_command(bot, slash_body(fake, command, text, url))
                        acks.append(time.perf_counter() - start)
                        assert status == 200, status
                    fake.wait_responses(f"r{i}/timeline", timeout=60)
            finally:
                stop_bot(bot)
    finally:
        fake.stop()
    return {"ready": ready, "acks": acks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "passages-1000000.db"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    big = Path(args.db)

    with tempfile.TemporaryDirectory() as tmp:
        seeds_db = Path(tmp) / "seeds.db"
        subprocess.run([str(SITREP), "--db", str(seeds_db), "ingest",
                        *sorted(str(p) for p in (ROOT / "seeds").iterdir())],
                       check=True, capture_output=True)
        rows = [("`sitrep quote` wall time, seeds database", quote_wall(seeds_db, args.runs))]
    if big.exists():
        rows.append((f"`sitrep quote` wall time, {big.name}", quote_wall(big, args.runs)))
        measured = slack(big, args.runs)
        rows.append((f"`sitrep serve` to ready (HTTP mode), {big.name}", measured["ready"]))
        rows.append((f"slash command acknowledged (/quote, /actor, /timeline; most frequent "
                     f"actor and place), {big.name}", measured["acks"]))
    else:
        print(f"skipped the large database: {big} is absent (bench/build.py)")
    lines = ["| what | runs | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|"]
    for label, values in rows:
        lines.append(f"| {label} | {len(values)} | {ms(median(values))} | "
                     f"{ms(percentile(values, 99))} | {ms(max(values))} |")
    body = (f"Produced by `.venv/bin/python bench/startup.py --runs {args.runs}` (new process "
            f"per `quote` run; the bot against tests/fakeslack.py on 127.0.0.1).\n\n"
            + "\n".join(lines))
    publish(body, "startup", write=not args.no_write)


if __name__ == "__main__":
    main()
