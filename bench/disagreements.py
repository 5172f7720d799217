"""Reports that differ, judged: the disagreements Sitrep shows in the timelines and profiles of
the most reported subjects of the conflict articles, scored against the saved verdicts.

Usage: python bench/disagreements.py [--rebuild] [--write] [--list-unjudged] [--previous REV]

The store is built once (bench/out/disagreements.db) from bench/common.py conflict_records(),
each article's outlet taken from its corpus id (Timeline17 ids name the outlet:
"t17/SyrianCrisis_reuters/12" is Reuters; FA-KES ids do not, and those articles are known by
their agency credit or not at all). The subjects are the SUBJECTS most reported places and
actors; every disagreement of their timelines (without --limit) and actor profiles is listed
once, keyed by its claims' articles and values, and matched with bench/disagreements_verdicts.jsonl
(ids, short substrings, a verdict and a reason, read by a person). The disagreements are split
by the date of their event: before HELD_OUT_FROM is the development part, from it on the
held-out part (nearly all disagreements are in the FA-KES articles, so a split by collection
leaves one part empty). --write puts the table in docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, conflict_records, require, write_section  # noqa: E402

STORE = ROOT / "bench" / "out" / "disagreements.db"
VERDICTS = ROOT / "bench" / "disagreements_verdicts.jsonl"
SUBJECTS = 800
WINDOWED = 40  # of them, the most reported also asked year by year ("--from 2016 --to 2016")
YEARS = range(2011, 2018)
OUTLETS = {"reuters": "Reuters", "cnn": "CNN", "guardian": "The Guardian", "bbc": "BBC"}
HELD_OUT_FROM = "2017-01-01"  # events from this day on are the held-out part
PREVIOUS = "a59d2c8"  # the code at the start of this round, measured beside the new code
KINDS = ("casualties", "control", "responsibility", "date")
# run in a checkout of the previous code (bench/baseline.py): its items on a copy of the store
PREVIOUS_SCRIPT = """import json, sys
from bench.disagreements import shown
from store.db import connect
items = shown(connect(sys.argv[1]))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for key, item in items.items():
        out.write(json.dumps({"id": key, **item}) + "\\n")
"""


def with_outlet(record: dict) -> dict:
    """The record with its outlet as source, read from a Timeline17 id ("..._reuters/12")."""
    parts = record["url"].split("/")
    outlet = OUTLETS.get(parts[1].rsplit("_", 1)[-1]) if parts[0] == "t17" else None
    return {**record, "source": outlet}


def build(path: Path) -> None:
    from commands import ingest
    from store.db import connect

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = connect(path)
    lines = [json.dumps(with_outlet(r)) for r in conflict_records() if (r["text"] or "").strip()]
    result = ingest.ingest_jsonl(db, lines, "conflict")
    print(f"built {path.name}: {len(result.articles)} articles", file=sys.stderr)
    db.conn.close()


def subjects(db, n: int) -> list[tuple[str, str]]:
    """The n most reported places and actors: (kind, name)."""
    rows = db.conn.execute(
        "SELECT 'place', p.name, count(DISTINCT m.article_id) c FROM place_mentions m "
        "JOIN places p ON p.id = m.place_id GROUP BY p.id ORDER BY c DESC LIMIT ?",
        (n // 2,),
    ).fetchall()
    rows += db.conn.execute(
        "SELECT 'actor', a.name, count(DISTINCT m.article_id) c FROM actor_mentions m "
        "JOIN actors a ON a.id = m.actor_id GROUP BY a.id ORDER BY c DESC LIMIT ?",
        (n - n // 2,),
    ).fetchall()
    return [(kind, name) for kind, name, _ in rows]


def item_id(date: str, d: dict) -> str:
    claims = sorted(f"{c['article']['origin']}|{c['said']}" for c in d["claims"])
    return hashlib.sha1("\n".join([date, d["kind"], d["topic"], *claims]).encode()).hexdigest()[:12]


def shown(db) -> dict[str, dict]:
    """Every disagreement shown in the subjects' timelines and profiles, by id."""
    from commands import actor, timeline

    found: dict[str, dict] = {}
    for n, (kind, name) in enumerate(subjects(db, SUBJECTS)):
        answers = [timeline.run(db, name).to_json()]
        if n % (SUBJECTS // 2) < WINDOWED // 2:  # the most reported places and actors
            answers += [
                timeline.run(db, name, date_from=str(y), date_to=str(y)).to_json() for y in YEARS
            ]
        if kind == "actor":
            answer = actor.run(db, name).to_json()
            answers.append({"entries": answer.get("timeline") or []})
        for answer in answers:
            for entry in answer.get("entries") or []:
                for d in entry.get("disagreements", []):
                    key = item_id(entry["date"], d)
                    found.setdefault(key, {"date": entry["date"], "subject": name, **d})
    return found


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


def held_out(item: dict) -> bool:
    return item["date"] >= HELD_OUT_FROM


def previous_items(rev: str) -> dict[str, dict]:
    """The disagreements the code at rev shows, on a copy of the store (that code may migrate
    or write to what it opens), run in a checkout of it in this run."""
    import sqlite3

    from bench import baseline

    tree = baseline.checkout(rev)
    copy, dump = STORE.parent / f"disagreements-{rev}.db", STORE.parent / f"shown-{rev}.jsonl"
    for stale in STORE.parent.glob(copy.name + "*"):
        stale.unlink()
    with sqlite3.connect(STORE) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    script = STORE.parent / "shown_by_previous.py"
    script.write_text(PREVIOUS_SCRIPT, encoding="utf-8")
    baseline.run(tree, str(script), str(copy), str(dump))
    lines = dump.read_text(encoding="utf-8").splitlines()
    return {(item := json.loads(line))["id"]: item for line in lines if line.strip()}


def score(items: dict[str, dict], verdicts: dict[str, dict], part: bool, kind: str = "") -> str:
    """shown | judged | not judged | real | precision (of judged), for one part (and kind)."""
    mine = [k for k, v in items.items() if held_out(v) == part and kind in ("", v["kind"])]
    judged = [verdicts[k] for k in mine if k in verdicts]
    real = sum(v["verdict"] == "real" for v in judged)
    precision = f"{real / len(judged):.2f}" if judged else "–"
    return f"{len(mine)} | {len(judged)} | {len(mine) - len(judged)} | {real} | {precision}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--write", action="store_true", help="write the table into QUALITY.md")
    parser.add_argument("--list-unjudged", action="store_true")
    parser.add_argument("--dump", type=Path, help="write every shown item as JSON lines here")
    parser.add_argument("--speed", action="store_true", help="also time timeline and actor")
    parser.add_argument(
        "--previous", default=PREVIOUS, help="also measure the code at this commit ('' for none)"
    )
    args = parser.parse_args()
    from bench.common import NEWS

    require(NEWS)
    if args.rebuild or not STORE.exists():
        build(STORE)
    from store.db import connect

    db = connect(STORE)
    items = shown(db)
    verdicts = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts[v["id"]] = v
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for key, item in items.items():
                out.write(json.dumps({"id": key, **item}) + "\n")
    previous = previous_items(args.previous) if args.previous else {}
    rows = []
    for part, wanted in (("development", False), ("held-out", True)):
        if args.previous:
            rows.append(f"| {part} | {args.previous} | all | {score(previous, verdicts, wanted)} |")
        rows.append(f"| {part} | new | all | {score(items, verdicts, wanted)} |")
        for kind in KINDS:
            rows.append(f"| {part} | new | {kind} | {score(items, verdicts, wanted, kind)} |")
    unjudged = [k for k in items if k not in verdicts]
    print(f"{len(items)} disagreements shown, {len(unjudged)} not judged", file=sys.stderr)
    if args.list_unjudged:
        for key in unjudged:
            item = items[key]
            print(f"{key} {item['date']} {item['subject']}: {item['summary']}")
            for c in item["claims"]:
                print(f"    {c['outlet']} ({c['article']['origin']}): {c['sentence'][:300]}")
    table = "\n".join(
        [
            "| part | code | kind | shown | judged | not judged | real disagreements "
            "| precision (of judged) |",
            "|---|---|---|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )
    print(table)
    dated = date_claims(db)
    print(dated)
    speed = latency(db) if args.speed else ""
    print(speed)
    if args.write:
        body = f"""## Reports that differ (judged set)

Produced by `.venv/bin/python bench/disagreements.py --write`. The store holds the conflict
articles (`bench/common.py conflict_records()`, {len(conflict_records())} articles), each with
its outlet as source where the corpus id names one. Every disagreement shown in the timelines
(all dates, and year by year for the {WINDOWED} most reported subjects) and actor profiles of
the {SUBJECTS} most reported places and actors is listed once and matched with the verdicts of
`bench/disagreements_verdicts.jsonl`: "real" when the claims are about one event (one attack,
one day, one place) and state figures that differ, "not" otherwise, with the reason. One
event shown under several subjects with other claims counts once per set of claims (the
Ghouta attack of 21 August 2013 is six items). Events before {HELD_OUT_FROM} are the
development part, whose errors the rules were written from (same kind of violence, same
locale, no running totals); the held-out part was not used for that, but its items were in
the listings read then, so it is not untouched: its lower precision is the better guide.
Verdicts were given once, after the rules were fixed; the rules of this round (one area,
whole and part, sums over a wide area or several days, captions, "between", "several",
"gas", and the date claim) were written from the development part's errors, and the held-out
items new with them were judged once, after. Code {args.previous or PREVIOUS} (the start of
this round) ran on a copy of the same store in the same run ({len(previous)} items, all
judged then); 38a60cf showed no disagreements (the field is newer). The kind rows are the new
code's. {dated}

{table}
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
