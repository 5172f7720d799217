"""What a person feels from Enter to the answer: `sitrep --help`, `quote`, `actor` and
`timeline` in a new process each, and `ingest` of one article file, as wall time and as a
multiple of `python -c pass` measured in the same run; the code at another commit
(bench/baseline.py, default a59d2c8) beside this tree's; `sitrep serve` to ready and the Slack
acknowledgements; and bulk ingest, old beside new.

Usage: .venv/bin/python bench/startup.py [--runs 15] [--old a59d2c8] [--large PATH]
       [--no-conflict] [--no-serve] [--no-write]

- Rounds: each round runs every variant once (python -c pass, then each command with the old
  and the new code, in turn), so a busy host slows them all alike; the table shows medians over
  the rounds. The ratio to `python -c pass` is the figure that matters on a shared machine.
- Stores: the seven seed articles (ingested here); the 2,852 conflict articles of the corpus
  (bench/common.py conflict_records(), ingested once into bench/out/startup-conflict.db by the
  new code; --no-conflict leaves them out); and --large, by default bench/build.py's
  100k-article store copied to bench/out/articles-100000.db (opening a store may migrate it, so
  give a copy), left out with a line saying so when it is absent. On each large store the
  questions are about its most frequent actor and place.
- Both trees run the same way, `python -c "from cli.main import main; ..."` (what the
  `sitrep` script does) in the tree's directory and with the tree first on PYTHONPATH, each
  with a compiled-knowledge cache of its own that the first, untimed run fills. Both trees
  are byte-compiled first: this environment sets PYTHONDONTWRITEBYTECODE, an installed copy
  has its bytecode.
- `sitrep shell`: a question asked after the first in one warm process, new code only
  (`shell_questions`): the shell given three questions, then eighteen, the difference of the
  two wall times divided by the fifteen extra questions.
- Time: about 2 s per round and variant on a quiet 2-core host plus the large stores' own
  time; `--runs 7` with the three stores, ingest and serve took 8 minutes at load average 14
  on 2 cores (`--runs 15`: 5-10 minutes on a quiet host; the first run also builds the
  conflict store, a few minutes).
The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, conflict_records, median, ms, percentile, publish  # noqa: E402

OUT = ROOT / "bench" / "out"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
MAIN = "import sys; from cli.main import main; sys.exit(main())"
PACKAGES = ("bot", "cli", "commands", "extract", "store", "text")
SEED_QUERIES = {"quote": ["Raqqa", "offensive"], "actor": ["SDF"], "timeline": ["Raqqa"]}
INGEST_ARTICLES = 150
SHELL_ROUNDS = 5  # rounds of three questions after the first three, in one `sitrep shell`
# the code before the quote model's plain-Python loading, the lazy name lookups and the frozen
# exit (docs/PERFORMANCE.md, issue 17)
OLD_REV = "a59d2c8"


def environment(tree: Path, cache: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "SITREP_CACHE_DIR": str(cache)}


def wall(argv: list[str], env: dict[str, str] | None = None) -> float:
    return timed(argv, env)[0]


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall time, CPU time: user + system of the process) of one run. The CPU time is what a
    loaded host inflates least: waiting for a core counts in the wall time only."""
    # In the tree's own directory: `python -c` puts the working directory first on sys.path.
    cwd = env["PYTHONPATH"] if env else None
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, argv)
    return elapsed, usage.ru_utime + usage.ru_stime


def sitrep(tree: Path, cache: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    return [PYTHON, "-c", MAIN, *args], environment(tree, cache)


def articles(db_path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def top_names(db_path: Path) -> tuple[str, str]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    actor = conn.execute(
        "SELECT a.name FROM actor_facts f JOIN actors a ON a.id = f.actor_id "
        "WHERE f.fact = 'mentions' GROUP BY f.actor_id ORDER BY sum(f.n) DESC LIMIT 1"
    ).fetchone()
    place = conn.execute(
        "SELECT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
        "GROUP BY m.place_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    conn.close()
    return actor[0], place[0]


def conflict_store() -> Path:
    """The 2,852 conflict articles in a store, built once by the new code."""
    db = OUT / "startup-conflict.db"
    if db.exists():
        return db
    OUT.mkdir(parents=True, exist_ok=True)
    lines = OUT / "startup-conflict.jsonl"
    with lines.open("w", encoding="utf-8") as handle:
        for record in conflict_records():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"building {db.name} from {lines.name} (a few minutes)")
    # Not checked: a few corpus records have no text and are reported as errors.
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "sitrep"), "--db", str(db), "ingest", "--jsonl", str(lines)],
        check=False,
        capture_output=True,
    )
    return db


def cold_starts(
    trees: dict[str, Path], caches: dict[str, Path], stores: dict[str, Path], runs: int
) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) times by row label, every variant once per round."""
    variants: list[tuple[str, list[str], dict[str, str] | None]] = [
        ("`python -c pass`", [PYTHON, "-c", "pass"], None)
    ]
    for version, tree in trees.items():
        variants.append((f"`sitrep --help` | {version}", *sitrep(tree, caches[version], "--help")))
    # One article file into a store made for it (removed before each run): what the cleaner and
    # the extractors cost a new process, beyond what a question loads.
    article = min((ROOT / "seeds").iterdir())
    emptied: dict[str, Path] = {}
    for version, tree in trees.items():
        fresh = OUT / f"startup-ingest-{version}.db"
        label = f"`ingest {article.name}` into a new store | {version}"
        emptied[label] = fresh
        variants.append(
            (label, *sitrep(tree, caches[version], "--db", str(fresh), "ingest", str(article)))
        )
    for store_label, db in stores.items():
        queries = dict(SEED_QUERIES)
        if store_label != "seeds":
            actor, place = top_names(db)
            queries = {
                "quote": ["government", "forces", "offensive"],
                "actor": [actor],
                "timeline": [place],
            }
        for command, words in queries.items():
            for version, tree in trees.items():
                argv, env = sitrep(
                    tree, caches[version], "--db", str(db), command, *words, "--json"
                )
                label = f"`{command} {' '.join(words)}`, {store_label} | {version}"
                variants.append((label, argv, env))

    def empty(label: str) -> None:
        for stale in OUT.glob(f"{emptied[label].name}*") if label in emptied else ():
            stale.unlink()

    for label, argv, env in variants:  # fills each tree's compiled cache and the OS page cache
        empty(label)
        wall(argv, env)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in variants}
    for _ in range(runs):
        for label, argv, env in variants:
            empty(label)
            times[label].append(timed(argv, env))
    return times


def top_lists(db_path: Path, n: int) -> tuple[list[str], list[str]]:
    """The n most mentioned actors and places of a store."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        actors = conn.execute(
            "SELECT a.name FROM actor_facts f JOIN actors a ON a.id = f.actor_id "
            "WHERE f.fact = 'mentions' GROUP BY f.actor_id ORDER BY sum(f.n) DESC LIMIT ?",
            (n,),
        ).fetchall()
        places = conn.execute(
            "SELECT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
            "GROUP BY m.place_id ORDER BY count(*) DESC LIMIT ?",
            (n,),
        ).fetchall()
    finally:
        conn.close()
    return [a for (a,) in actors], [p for (p,) in places]


def shell_questions(
    tree: Path, cache: Path, stores: dict[str, Path], rounds: int, runs: int
) -> dict[str, list[float]]:
    """Seconds per question after the first in one `sitrep shell` process (new code): the
    shell is given the first three questions alone and then with `rounds` more rounds of three
    (quote, actor, timeline of the next most mentioned actor and place, so no answer repeats),
    and the difference of the two wall times is divided by the extra questions."""
    out: dict[str, list[float]] = {}
    for store_label, db in stores.items():
        actors, places = top_lists(db, rounds + 1)
        count = min(len(actors), len(places))
        if count < 2:
            continue
        lines = []
        for actor, place in zip(actors[:count], places[:count], strict=True):
            actor, place = shlex.quote(actor), shlex.quote(place)
            lines += [f"quote {place} --json", f"actor {actor} --json", f"timeline {place} --json"]
        argv, env = sitrep(tree, cache, "--db", str(db), "shell")
        per_question = []
        for _ in range(runs):
            times = []
            for script in (lines[:3], lines):
                start = time.perf_counter()
                subprocess.run(
                    argv,
                    input="\n".join(script) + "\n",
                    text=True,
                    env=env,
                    cwd=env["PYTHONPATH"] if env else None,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=True,
                )
                times.append(time.perf_counter() - start)
            per_question.append((times[1] - times[0]) / (len(lines) - 3))
        out[store_label] = per_question
    return out


def ingest_rates(trees: dict[str, Path], caches: dict[str, Path], runs: int) -> dict[str, float]:
    """Articles per second of `sitrep ingest --jsonl` of the same articles into an empty store,
    whole command (start-up included), old and new alternating; the best run of each."""
    records = [r for r in conflict_records() if (r["text"] or "").strip()][:INGEST_ARTICLES]
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "articles.jsonl"
        lines.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
        for n in range(runs):
            for version, tree in trees.items():
                db = Path(tmp) / f"{version}-{n}.db"
                argv, env = sitrep(
                    tree, caches[version], "--db", str(db), "ingest", "--jsonl", str(lines)
                )
                rate = len(records) / wall(argv, env)
                best[version] = max(best.get(version, 0.0), rate)
    return best


def serve(db: Path, runs: int) -> dict[str, list[float]]:
    """`sitrep serve` (HTTP mode, new code) to its ready line, and the acknowledgement of
    slash commands posted to it (fake Slack on 127.0.0.1)."""
    from tests.bot.conftest import send_command, slash_body, start_bot, stop_bot
    from tests.fakeslack import FakeSlack

    actor, place = top_names(db)
    fake = FakeSlack().start()
    ready, acks = [], []
    # Untimed: the first start with a bot token claims the store for its workspace, a one-time
    # write over every article (minutes on a large store under load), not a start-up cost.
    stop_bot(
        start_bot(
            fake, Path(tempfile.mkdtemp(prefix="sitrep-serve-")), "http", {"SITREP_DB": str(db)}
        )
    )
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
                    since = len(fake.posted)
                    for command, text in (
                        ("/quote", "government forces offensive"),
                        ("/actor", actor),
                        ("/timeline", place),
                    ):
                        _, url = fake.response_url(f"r{i}{command}")
                        start = time.perf_counter()
                        status, _ = send_command(bot, slash_body(fake, command, text, url))
                        acks.append(time.perf_counter() - start)
                        assert status == 200, status
                    # a public timeline with a chart is posted by the bot, not to response_url
                    fake.wait_answer(f"r{i}/timeline", "CPUBLIC", since, timeout=60)
            finally:
                stop_bot(bot)
    finally:
        fake.stop()
    return {"ready": ready, "acks": acks}


def table(times: dict[str, list[tuple[float, float]]], old_rev: str) -> list[str]:
    walls = {label: [w for w, _ in values] for label, values in times.items()}
    cpus = {label: [c for _, c in values] for label, values in times.items()}
    base, cpu_base = median(walls["`python -c pass`"]), median(cpus["`python -c pass`"])
    rows: dict[str, dict[str, str]] = {}
    for label in times:
        what, _, version = label.partition(" | ")
        rows.setdefault(what, {})[version or "both"] = label
    lines = [
        f"| what | {old_rev} p50 ms | {old_rev} × pass | new p50 ms | new × pass | new p90 ms "
        f"| {old_rev} CPU × pass | new CPU × pass |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for what, by_version in rows.items():
        old = by_version.get("old", by_version.get("both", ""))
        new = by_version.get("new", by_version.get("both", ""))
        lines.append(
            f"| {what} | {ms(median(walls[old]))} | {median(walls[old]) / base:.1f} | "
            f"{ms(median(walls[new]))} | {median(walls[new]) / base:.1f} | "
            f"{ms(percentile(walls[new], 90))} | {median(cpus[old]) / cpu_base:.1f} | "
            f"{median(cpus[new]) / cpu_base:.1f} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--large",
        default=str(OUT / "articles-100000.db"),
        help="a large store, a copy (default: bench/build.py's 100k articles in bench/out/)",
    )
    parser.add_argument("--no-conflict", action="store_true", help="leave out the 2,852 articles")
    parser.add_argument("--old", default=OLD_REV, help="the code to compare with (a commit)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--ingest-runs", type=int, default=2)
    parser.add_argument("--no-serve", action="store_true", help="skip serve and Slack")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    began = time.perf_counter()
    trees = {"old": baseline.checkout(args.old), "new": ROOT}
    caches = {version: OUT / f"startup-cache-{version}" for version in trees}
    for tree in trees.values():
        for package in PACKAGES:
            compileall.compile_dir(str(tree / package), quiet=1)
    stores: dict[str, Path] = {}
    notes = []
    if not args.no_conflict:
        conflict = conflict_store()
        stores[f"conflict, {articles(conflict):,} articles"] = conflict
    large = Path(args.large).resolve()
    if large.exists():
        stores[f"{large.stem}, {articles(large):,} articles"] = large
    else:
        notes.append(f"{large.name} is absent (build it with bench/build.py), so no rows for it.")
        print(f"skipped {large}: {notes[-1]}", flush=True)
    load = os.getloadavg()
    seeds_db = OUT / "startup-seeds.db"
    for stale in OUT.glob("startup-seeds.db*"):
        stale.unlink()
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "sitrep"),
            "--db",
            str(seeds_db),
            "ingest",
            *sorted(str(p) for p in (ROOT / "seeds").iterdir()),
        ],
        check=True,
        capture_output=True,
    )
    times = cold_starts(trees, caches, {"seeds": seeds_db, **stores}, args.runs)
    rates = ingest_rates(trees, caches, args.ingest_runs)
    shells = shell_questions(
        ROOT, caches["new"], {"seeds": seeds_db, **stores}, SHELL_ROUNDS, max(3, args.runs // 3)
    )
    lines = table(times, args.old)
    base = median([w for w, _ in times["`python -c pass`"]])
    for store_label, values in shells.items():
        lines.append(
            f"| `sitrep shell` (new code only), each question after the first, {store_label} "
            f"(quote, actor and timeline of the next {SHELL_ROUNDS} most mentioned actors and "
            f"places; median over {len(values)} runs of the mean per question) | | | "
            f"{ms(median(values))} | "
            f"{median(values) / base:.2f} | | | |"
        )
    lines.append(
        f"| `sitrep ingest --jsonl`, {INGEST_ARTICLES} conflict articles into an empty "
        f"store (articles/s, best of {args.ingest_runs}, start-up included) | "
        f"{rates['old']:.1f} | | {rates['new']:.1f} | | | | |"
    )
    body = (
        f"Produced by `.venv/bin/python bench/startup.py --runs {args.runs}` (medians over "
        f"{args.runs} rounds, each round running every row once, old code = commit "
        f"{args.old}; host load average at the start {load[0]:.1f} on 2 cores"
        + (", so absolute times are inflated" if load[0] > 2 else "")
        + "; the multiples of `python -c pass` are the figures, the CPU multiples (user + "
        f"system time of each process) least moved by other load; the "
        f"run took {(time.perf_counter() - began) / 60:.0f} minutes). "
        + " ".join(notes)
        + "\n\n"
        + "\n".join(lines)
    )
    print(body, flush=True)  # in case serve fails below
    if not args.no_serve:
        measured = serve(max(stores.values(), key=articles, default=seeds_db), max(args.runs, 3))
        body += (
            "\n\n| `sitrep serve` (new code) | runs | p50 ms | p99 ms | max ms |\n"
            "|---|---|---|---|---|\n"
        )
        for label, values in (
            (f"to ready (HTTP mode), {large.name}", measured["ready"]),
            (
                "slash command acknowledged (/quote, /actor, /timeline; most "
                "frequent actor and place)",
                measured["acks"],
            ),
        ):
            body += (
                f"| {label} | {len(values)} | {ms(median(values))} | "
                f"{ms(percentile(values, 99))} | {ms(max(values))} |\n"
            )
    publish(body, "startup", write=not args.no_write)


if __name__ == "__main__":
    main()
