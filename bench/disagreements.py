"""Reports that differ, judged: the disagreements Sitrep shows in the timelines and profiles of
the most reported subjects of two stores, scored against the saved verdicts.

Usage: python bench/disagreements.py [--rebuild] [--write] [--list-unjudged] [--previous REV]

Each store of bench/disagreements_sets.py is built once under bench/out/ (the conflict
articles; other collections of the news corpus), each article's outlet taken from its corpus
id where it names one (Timeline17 ids name the outlet: "t17/SyrianCrisis_reuters/12" is
Reuters; FA-KES ids do not, and those articles are known by their agency credit or not at
all). The subjects are the SUBJECTS most reported places and actors of a store; every
disagreement of their timelines (without --limit) and actor profiles is listed once, keyed by
its claims' articles and values, and matched with bench/disagreements_verdicts.jsonl (ids,
short substrings, a verdict and a reason, read by a person). Each item is in one part
(bench/disagreements_sets.py says which); --list-unjudged lists the unjudged items of the
parts that are not held out and only counts the others (--held-out lists those too, for
judging them once the rules are fixed). --write puts the table in docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, require, write_section  # noqa: E402
from bench.disagreements_listing import SUBJECTS, WINDOWED, subjects  # noqa: E402
from bench.disagreements_sets import (  # noqa: E402
    CONFLICT_HELD_OUT_FROM,
    HELD_OUT_PARTS,
    PARTS,
    SETS,
    JudgedSet,
    with_outlet,
)

VERDICTS = ROOT / "bench" / "disagreements_verdicts.jsonl"
PREVIOUS = "bd11280"  # the code before these changes, measured beside the new code
KINDS = ("casualties", "control", "responsibility", "date")


def build(judged: JudgedSet) -> None:
    from commands import ingest
    from store.db import connect

    path = judged.store
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = connect(path)
    lines = [json.dumps(with_outlet(r)) for r in judged.records() if (r["text"] or "").strip()]
    result = ingest.ingest_jsonl(db, lines, judged.name)
    print(f"built {path.name}: {len(result.articles)} articles", file=sys.stderr)
    db.conn.close()


def latency(db, n: int = 20, runs: int = 5) -> str:
    """`timeline` and `actor` of the n most reported places and actors without the step that
    finds reports that differ (replaced by one doing nothing), with it and its sentence cache
    emptied before each command (cold), and with it (the cache as a served store keeps it),
    alternating in one run: the cost of the step itself."""
    import time

    from bench.common import percentile
    from commands import actor, disagreements, timeline
    from extract.claims import find_claims

    real = disagreements.attach
    chosen = subjects(db, 2 * n)
    asked = [(timeline.run, name) for _, name in chosen] + [
        (actor.run, name) for kind, name in chosen if kind == "actor"
    ]
    variants = ("without", "cold", "warm")
    wall: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for round_ in range(runs + 1):  # the first round warms caches and is left out
        for variant in variants:
            disagreements.attach = (  # type: ignore[assignment]
                real if variant != "without" else (lambda *a, **k: None)
            )
            for command, name in asked:
                if variant == "cold":
                    find_claims.cache_clear()
                start, start_cpu = time.perf_counter(), time.process_time()
                command(db, name)
                if round_:
                    key = (command.__module__.split(".")[-1], variant)
                    wall.setdefault(key, []).append(time.perf_counter() - start)
                    cpu.setdefault(key, []).append(time.process_time() - start_cpu)
    disagreements.attach = real
    rows = []
    for command in ("timeline", "actor"):
        p50 = {v: percentile(wall[(command, v)], 50) * 1000 for v in variants}
        c50 = {v: percentile(cpu[(command, v)], 50) * 1000 for v in variants}
        rows.append(
            f"| `{command}` | {len(wall[(command, 'without')]) // runs} | "
            + " | ".join(f"{p50[v]:.0f}" for v in variants)
            + " | "
            + " | ".join(f"{c50[v]:.0f}" for v in variants)
            + f" | {c50['cold'] / c50['without']:.2f} | {c50['warm'] / c50['without']:.2f} |"
        )
    return "\n".join(
        [
            "| command | subjects | p50 wall ms without | with, cold | with, warm | "
            "p50 CPU ms without | with, cold | with, warm | CPU ratio cold | CPU ratio warm |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


def date_claims(db) -> str:
    """How many day-dated events of the store claim the day of a named event, and how many
    named events have reports of two days at most window_days() apart, from two articles."""
    from extract.date_claims import date_claim, window_days

    days: dict[str, set[tuple[str, int]]] = {}
    rows = db.conn.execute(
        "SELECT e.article_id, e.date, substr(a.text, e.start + 1, e.end - e.start) "
        "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.precision = 'day'"
    )
    events = claims = 0
    for article, day, text in rows:
        events += 1
        claim = date_claim(text, day)
        if claim is not None:
            claims += 1
            days.setdefault(claim.topic, set()).add((day, article))
    from datetime import date

    def apart(a: str, b: str) -> int:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)

    differ = sum(
        any(0 < apart(d1, d2) <= window_days() and a1 != a2 for d1, a1 in said for d2, a2 in said)
        for said in days.values()
    )
    return (
        f"Date claims: {claims} of the store's {events} events dated to the day name an event "
        f"and its day ({len(days)} named events); {differ} of those events have reports "
        f"giving two days at most {window_days()} apart."
    )


def listed(judged: JudgedSet, tree: Path | None = None, reuse: bool = False) -> dict[str, dict]:
    """The items of both listings of a store with their parts, listed by the code of tree (a
    checkout of an earlier commit, on a copy of the store: that code may migrate or write to
    what it opens) or by this tree's, each in a process of its own. reuse: read the listings
    a run before wrote, where they are (to score new verdicts without listing again)."""
    import sqlite3

    from bench import baseline

    store, name = judged.store, tree.name if tree else "new"
    copy = store.parent / f"{store.stem}-{name}.db"
    if not reuse:
        for stale in store.parent.glob(copy.name + "*"):
            stale.unlink()
    script = str(ROOT / "bench" / "disagreements_listing.py")
    found: dict[str, dict] = {}
    for listing in ("standard", "long", "days"):
        dump = store.parent / f"shown-{judged.name}-{name}-{listing}.jsonl"
        if not (reuse and dump.exists()):
            if not copy.exists():
                with sqlite3.connect(store) as source, sqlite3.connect(copy) as target:
                    source.backup(target)
            baseline.run(tree or ROOT, script, str(copy), str(dump), f"--{listing}")
        for line in dump.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["id"] not in found:
                found[item["id"]] = {**item, "part": judged.part_of(item, listing != "standard")}
    return found


def score(items: dict[str, dict], verdicts: dict[str, dict], part: str, kind: str = "") -> str:
    """shown | judged | not judged | real | precision (of judged), for one part (and kind)."""
    mine = [k for k, v in items.items() if v["part"] == part and kind in ("", v["kind"])]
    judged = [verdicts[k] for k in mine if k in verdicts]
    real = sum(v["verdict"] == "real" for v in judged)
    precision = f"{real / len(judged):.2f}" if judged else "–"
    return f"{len(mine)} | {len(judged)} | {len(mine) - len(judged)} | {real} | {precision}"


def load_verdicts() -> dict[str, dict]:
    verdicts = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts[v["id"]] = v
    return verdicts


def list_unjudged(items: dict[str, dict], verdicts: dict[str, dict], held: bool) -> None:
    """Print the unjudged items to read, those of held-out parts only when held."""
    for key, item in items.items():
        if key in verdicts or (item["part"] in HELD_OUT_PARTS and not held):
            continue
        print(f"{key} [{item['part']}] {item['date']} {item['subject']}: {item['summary']}")
        for c in item["claims"]:
            print(f"    {c['outlet']} ({c['article']['origin']}): {c['sentence'][:400]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="score the listings of the last run, not new ones"
    )
    parser.add_argument("--write", action="store_true", help="write the table into QUALITY.md")
    parser.add_argument("--list-unjudged", action="store_true")
    parser.add_argument(
        "--held-out", action="store_true", help="list the held-out parts' unjudged items too"
    )
    parser.add_argument("--dump", type=Path, help="write every shown item as JSON lines here")
    parser.add_argument("--speed", action="store_true", help="also time timeline and actor")
    parser.add_argument(
        "--previous", default=PREVIOUS, help="also measure the code at this commit ('' for none)"
    )
    args = parser.parse_args()
    from bench import baseline
    from bench.common import NEWS
    from store.db import connect

    require(NEWS)
    verdicts = load_verdicts()
    items: dict[str, dict] = {}
    previous: dict[str, dict] = {}
    sizes: dict[str, int] = {}
    dated = []
    old_tree = baseline.checkout(args.previous) if args.previous else None
    for judged in SETS:
        if args.rebuild or not judged.store.exists():
            build(judged)
        items.update(listed(judged, reuse=args.reuse))
        if old_tree:
            previous.update(listed(judged, old_tree, args.reuse))
        db = connect(judged.store)
        sizes[judged.name] = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        dated.append(f"{judged.name} store: {date_claims(db).removeprefix('Date claims: ')}")
        db.conn.close()
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for key, item in items.items():
                out.write(json.dumps({"id": key, **item}) + "\n")
    rows = []
    for part in PARTS:
        if args.previous:
            rows.append(f"| {part} | {args.previous} | all | {score(previous, verdicts, part)} |")
        rows.append(f"| {part} | new | all | {score(items, verdicts, part)} |")
        for kind in KINDS:
            rows.append(f"| {part} | new | {kind} | {score(items, verdicts, part, kind)} |")
    unjudged = [k for k in items if k not in verdicts]
    print(f"{len(items)} disagreements shown, {len(unjudged)} not judged", file=sys.stderr)
    if args.list_unjudged:
        list_unjudged(items, verdicts, args.held_out)
    table = "\n".join(
        [
            "| part | code | kind | shown | judged | not judged | real disagreements "
            "| precision (of judged) |",
            "|---|---|---|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )
    print(table)
    print("\n".join(dated))
    db = connect(SETS[0].store)
    speed = latency(db) if args.speed else ""
    print(speed)
    if args.write:
        body = f"""## Reports that differ (judged set)

Produced by `.venv/bin/python bench/disagreements.py --write` (the stores and parts:
bench/disagreements_sets.py; the listings: bench/disagreements_listing.py). Two stores: the
conflict articles (`bench/common.py conflict_records()`, {sizes["conflict"]} articles) and
other collections of the news corpus that report violence and disasters ({sizes["other"]}
articles: Guardian profiles of Hamid Karzai, Morgan Tsvangirai, Charles Taylor, Nawaz Sharif,
Mahmoud Ahmadinejad and Hassan Rouhani, the Timeline17 Haiti earthquake and BP oil spill
topics, the TempEval newswire), each article's outlet taken from its corpus id where it
names one. Three listings of what a user is shown: standard (the timelines of the
{SUBJECTS} most reported places and actors, year by year for the {WINDOWED} most reported,
and the actors' profiles), long (the same subjects' timelines at their longest, `--limit
200`) and days (every place's reports of each day, compared as a timeline entry's are).
Each disagreement is listed once and matched with the verdicts of
`bench/disagreements_verdicts.jsonl`: "real" when the claims are about one event (one
attack, one day, one place) and state figures that contradict each other, "not" otherwise,
with the reason.

Parts. Development and held-out: the conflict store's standard listing before and from
{CONFLICT_HELD_OUT_FROM}, judged earlier (their rules were written from the
development part). Fresh: what only the long and days listings show on the conflict store
before {CONFLICT_HELD_OUT_FROM}, and what the other store shows citing only its development
collections (Haiti, BP, Karzai, Tsvangirai, Taylor). Fresh held-out: the same from
{CONFLICT_HELD_OUT_FROM} on, and what cites any held-out collection (the newswire, Sharif,
Ahmadinejad, Rouhani), whole collections held out. The rules measured here were written from the
fresh items the code before them showed; the held-out parts were only totalled until the
rules were fixed, and their items were judged once, after. A lower bound beside a larger
figure ("at least 22" and "26") is judged "not" in the fresh parts: both can be true. Code
{args.previous or PREVIOUS} listed copies of both stores in the same
run ({len(previous)} items); 38a60cf showed no disagreements (the field is newer). The kind
rows are the new code's. Date claims: {"; ".join(d.rstrip(".") for d in dated)}.

{table}
"""
        write_section(ROOT / "docs" / "QUALITY.md", "disagreements", body)
        if speed:
            write_section(
                ROOT / "docs" / "PERFORMANCE.md",
                "disagreements",
                "## Reports that differ: the cost in `timeline` and `actor`\n\n"
                "Produced by `.venv/bin/python bench/disagreements.py --speed --write` on the "
                "conflict store above: each command for the most reported subjects, with the "
                "step that finds reports that differ and with it replaced by one doing nothing, "
                "alternating in one run (the first round left out). Cold: the cache of sentences' "
                "claims emptied before each command; warm: as a served store keeps it. The host "
                "was shared and loaded (load average about 15 on 2 cores), so wall times "
                "move with the other load; CPU time (the process's own, as bench/ingest_whole.py "
                "reports it) is what the code costs. Read the ratios.\n\n" + speed,
            )


if __name__ == "__main__":
    main()
