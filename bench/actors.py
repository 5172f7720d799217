"""Actor-profile quality: every relation, description and place a profile shows, re-scored
against saved judgements, for the code before the quality work, the code before the
changes these figures measure, the code this tree's work started from and this tree in one
run.

Usage: .venv/bin/python bench/actors.py [--rebuild] [--no-write]
       .venv/bin/python bench/actors.py record VERDICTS ITEMS.jsonl

The four trees (the code before the quality work, START_REV, PREVIOUS, this tree) build their
own store from the same records (bench/actors_store.py: the conflict
articles of the news corpus plus seeds/), then bench/actors_profiles.py prints the items of each
profile in ACTORS. An item is matched to a judgement in bench/actors_judged.jsonl by actor, type,
value and, for relations, the evidence article. Items nobody has judged are written to
bench/out/actors-unjudged.jsonl and counted in the table, never guessed.

`record` turns reading notes ("N|c|reason" or "N|w|reason", N the line of ITEMS.jsonl counted
from 0) into judgements appended to bench/actors_judged.jsonl, with a short substring of the
evidence sentence, never the whole text.

Actors marked held out were judged like the others but only their totals are looked at; they are
never read while changing the code.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import NEWS, ROOT, publish, require  # noqa: E402

OUT = ROOT / "bench" / "out"
JUDGED = ROOT / "bench" / "actors_judged.jsonl"
SUBSTRING = 70
# The code before the changes these figures measure: its column shows what those
# changes did, beside the code before the quality work (baseline.DEFAULT_REV).
START_REV = "b037e88"
# The code before the latest changes to discovery (a title of address is no role; a place
# opening an organisation's name is no short form of it; "and" between two organisations):
# its column shows what they did to profiles.
PREVIOUS = "245c3bc"

# (query, conflict, held out): people, armed groups, states and organisations of four conflicts
ACTORS: list[tuple[str, str, bool]] = [
    ("Bashar al-Assad", "Syria", False),
    ("Free Syrian Army", "Syria", False),
    ("Nusra", "Syria", False),
    ("SDF", "Syria", False),
    ("Islamic State", "Syria/Iraq", False),
    ("United States", "all", False),
    ("United Nations", "all", False),
    ("NATO", "Libya", False),
    ("National Transitional Council", "Libya", False),
    ("Moammar Gadhafi", "Libya", False),
    ("Hosni Mubarak", "Egypt", False),
    ("Muslim Brotherhood", "Egypt", False),
    ("ElBaradei", "Egypt", False),
    ("Hezbollah", "Syria", True),
    ("Kofi Annan", "Syria", True),
    ("Musa Ibrahim", "Libya", True),
    ("Omar Suleiman", "Egypt", True),
    ("Al-Qaeda", "Iraq", True),
    ("Russia", "Syria", True),
]


def item_key(item: dict) -> tuple:
    key = (item["actor"], item["type"], item["value"])
    return (*key, item.get("url")) if item["type"] == "relation" else key


def load_judged() -> dict[tuple, dict]:
    judged: dict[tuple, dict] = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                judged[item_key(entry)] = entry
    return judged


def substring(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SUBSTRING else text[:SUBSTRING].rsplit(" ", 1)[0]


def record(verdicts: Path, items_path: Path) -> None:
    items = [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines()]
    judged = load_judged()
    added = 0
    with JUDGED.open("a", encoding="utf-8") as out:
        for line in verdicts.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            number, verdict, reason = line.split("|", 2)
            item = items[int(number)]
            if verdict not in ("c", "w"):
                raise SystemExit(f"{verdicts}: verdict must be c or w: {line!r}")
            entry = {
                "actor": item["actor"],
                "type": item["type"],
                "value": item["value"],
                "url": item.get("url"),
                "article": item.get("article"),
                "start": item.get("start"),
                "end": item.get("end"),
                "substring": substring(item.get("text", "")),
                "verdict": "correct" if verdict == "c" else "wrong",
                "reason": reason.strip(),
            }
            if item_key(entry) in judged:
                continue
            judged[item_key(entry)] = entry
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
            added += 1
    print(f"recorded {added} judgements")


def profiles(tree: Path, db: Path, rebuild: bool) -> list[dict]:
    if rebuild or not db.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "actors_store.py"), str(db), "--tree", str(tree)],
            check=True,
        )
    env_path = {"PYTHONPATH": str(tree)}
    import os

    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "actors_profiles.py"),
            str(db),
            *[query for query, _, _ in ACTORS],
        ],
        cwd=tree,
        env={**os.environ, **env_path},
        check=True,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def score(items: list[dict], judged: dict[tuple, dict]) -> dict[str, dict[str, int]]:
    """Per actor: correct, wrong and unjudged counts by item type; blank descriptions."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in items:
        row = table[item["actor"]]
        if item["type"] == "profile":
            row["has_description"] += 0
            continue
        if item["type"] == "missing":
            row["missing"] += 1
            continue
        verdict = judged.get(item_key(item), {}).get("verdict", "unjudged")
        row[f"{item['type']}_{verdict}"] += 1
    for item in items:
        if item["type"] == "profile" and not any(
            i["actor"] == item["actor"] and i["type"] == "description" for i in items
        ):
            table[item["actor"]]["description_blank"] += 1
    return table


def precision(row: dict[str, int], kind: str) -> str:
    right, wrong = row.get(f"{kind}_correct", 0), row.get(f"{kind}_wrong", 0)
    return f"{right / (right + wrong):.2f}" if right + wrong else "–"


def kept(old: list[dict], new: list[dict], judged: dict[tuple, dict]) -> tuple[int, int]:
    """Of the relations judged correct in the old profiles, how many the new ones still show."""
    shown = {(i["actor"], i["value"]) for i in new if i["type"] == "relation"}
    right = {
        (i["actor"], i["value"])
        for i in old
        if i["type"] == "relation" and judged.get(item_key(i), {}).get("verdict") == "correct"
    }
    return len(right & shown), len(right)


def totals(table: dict[str, dict[str, int]], actors: list[str]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for actor in actors:
        for name, count in table.get(actor, {}).items():
            out[name] += count
    return out


def report(columns: list[tuple[str, list[dict]]], judged: dict[tuple, dict]) -> str:
    """The table of every column (label, items), the last being this tree's."""
    tables = [score(items, judged) for _, items in columns]
    labels = [label for label, _ in columns]
    lines = [
        "## Actor profiles (judged set)",
        "",
        "Produced by `.venv/bin/python bench/actors.py`: the code before the quality work "
        f"(commit {baseline.DEFAULT_REV}), the code before the changes these figures "
        f"measure (commit {START_REV}), the code before the latest changes (commit "
        f"{PREVIOUS}), all via bench/baseline.py, and this tree each build a store of the "
        "conflict articles of the news corpus that have text (2,846) plus the 5 seed files, "
        "then every relation (all a profile lists, not only the eight shown first), "
        "description and place of each profile below is matched to a saved judgement "
        "(`bench/actors_judged.jsonl`: actor, item, evidence article, a short substring, "
        "verdict and reason, written by reading the evidence). Precision is correct / judged "
        "(right/judged, unjudged); unjudged items are counted, never guessed. A blank "
        "description is neither right nor wrong. Held-out actors were judged but not read "
        "while changing the code.",
        "",
        "| actor | conflict | "
        + " | ".join(f"relations {label}" for label in labels)
        + " | description "
        + " / ".join(labels)
        + " | "
        + " | ".join(f"places {label}" for label in labels)
        + " |",
        "|---|---|" + "---|" * (2 * len(labels) + 1),
    ]

    def rel(row: dict[str, int]) -> str:
        right, wrong = row.get("relation_correct", 0), row.get("relation_wrong", 0)
        return (
            f"{precision(row, 'relation')} ({right}/{right + wrong}, "
            f"{row.get('relation_unjudged', 0)})"
        )

    def desc(row: dict[str, int]) -> str:
        if row.get("missing"):
            return "no profile"
        if row.get("description_blank"):
            return "blank"
        if row.get("description_correct"):
            return "right"
        return "wrong" if row.get("description_wrong") else "unjudged"

    def places(row: dict[str, int]) -> str:
        right, wrong = row.get("place_correct", 0), row.get("place_wrong", 0)
        unjudged = row.get("place_unjudged", 0)
        return f"{precision(row, 'place')} ({right}/{right + wrong}, {unjudged})"

    groups = (
        ("development", [a for a, _, held in ACTORS if not held]),
        ("held out", [a for a, _, held in ACTORS if held]),
    )
    for _, actors in groups:
        for query, conflict, held in ACTORS:
            if query not in actors:
                continue
            rows = [table.get(query, {}) for table in tables]
            lines.append(
                f"| {query}{' (held out)' if held else ''} | {conflict} | "
                + " | ".join(rel(r) for r in rows)
                + " | "
                + " / ".join(desc(r) for r in rows)
                + " | "
                + " | ".join(places(r) for r in rows)
                + " |"
            )

    def descs(row: dict[str, int]) -> str:
        return (
            f"{row.get('description_correct', 0)} right, {row.get('description_wrong', 0)} "
            f"wrong, {row.get('description_blank', 0)} blank"
        )

    for label, actors in groups:
        rows = [totals(table, actors) for table in tables]
        lines.append(
            f"| **all {label}** | | "
            + " | ".join(rel(r) for r in rows)
            + " | "
            + " / ".join(descs(r) for r in rows)
            + " | "
            + " | ".join(places(r) for r in rows)
            + " |"
        )
    lines.append("")
    new = columns[-1][1]
    for rev, before_items in columns[:-1]:
        still, before = kept(before_items, new, judged)
        lines.append(
            f"Relations judged correct in the profiles of {rev} and still shown now: "
            f"{still} of {before}" + (f" ({still / before:.0%})." if before else ".")
        )
    return "\n".join(lines)


DISCOVERY_SAMPLE = ROOT / "bench" / "actors_discovery_sample.jsonl"


def discovery_filter() -> str:
    """How the junk filter of discovery does on two random samples of 100 names the previous
    code discovered in conflict articles, each read and judged
    (bench/actors_discovery_sample.jsonl): the first was looked at while writing the filter,
    the second only for these totals."""
    from extract.actors import load_catalogue
    from extract.actors.junk import junk_name

    acronyms = load_catalogue().acronyms
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in DISCOVERY_SAMPLE.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        dropped = junk_name(entry["name"], entry["kind"], acronyms)
        counts[entry["sample"]][f"{entry['verdict']}_{'dropped' if dropped else 'kept'}"] += 1
    lines = [
        "",
        "Discovery filter on random samples of discovered names (previous code, conflict "
        "articles; junk = not a well-formed name of an actor):",
        "",
        "| sample | names | junk | junk dropped | real names dropped |",
        "|---|---:|---:|---:|---:|",
    ]
    for sample, c in counts.items():
        junk = c["junk_dropped"] + c["junk_kept"]
        lines.append(
            f"| {sample} | {junk + c['name_dropped'] + c['name_kept']} | {junk} | "
            f"{c['junk_dropped']} | {c['name_dropped']} |"
        )
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "record":
        record(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild both stores")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    require(NEWS)
    columns = [
        (label, profiles(tree, OUT / f"actors-{name}.db", args.rebuild), name)
        for label, tree, name in (
            (baseline.DEFAULT_REV, baseline.checkout(), "old"),
            (START_REV, baseline.checkout(START_REV), "start"),
            (PREVIOUS, baseline.checkout(PREVIOUS), "previous"),
            ("new", ROOT, "new"),
        )
    ]
    for _, items, name in columns:
        (OUT / f"actors-{name}.jsonl").write_text(
            "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
        )
    judged = load_judged()
    unjudged = [
        i
        for _, items, _ in columns
        for i in items
        if i["type"] in ("relation", "description", "place") and item_key(i) not in judged
    ]
    unique = list({item_key(i): i for i in unjudged}.values())
    (OUT / "actors-unjudged.jsonl").write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in unique), encoding="utf-8"
    )
    print(f"{len(unique)} unjudged items in bench/out/actors-unjudged.jsonl")
    publish(
        report([(label, items) for label, items, _ in columns], judged) + "\n" + discovery_filter(),
        "actors",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
