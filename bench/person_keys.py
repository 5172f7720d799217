"""One person, one record: the people a store holds under several spellings, by the key of the
code that built the store and by this tree's `person_key`, in one run.

Usage: .venv/bin/python bench/person_keys.py [--no-write] [--list]

A store built by earlier code (before pipeline version 29, which keys people so; a later store
is skipped, as it would show no merge) keeps one record per key of a discovered person. Each
record's name is keyed again by this tree's extract/person_names.person_key; records the new key
puts together are one merge. Every merge is judged by reading the names and, where a name alone
could be two people, the roles and sentences the store holds (bench/person_key_verdicts.jsonl:
the records' keys, "same" or "different", and why). Merges nobody has judged are counted apart
and listed with --list, never guessed.

Collections:
- dev: the conflict store (bench/out/conflict-new.db, bench/timeline_audit_models.py builds it):
  its records were read while the spelling rules were chosen (text/transliteration.json,
  "spelling_key");
- held out: the Timeline17 stores of the BP oil spill, swine flu, Michael Jackson and Haiti
  topics (bench/out/t17/, bench/timeline17.py builds them), whose records were judged only
  after the rules were fixed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, publish  # noqa: E402
from extract.person_names import person_key  # noqa: E402

OUT = ROOT / "bench" / "out"
VERDICTS = ROOT / "bench" / "person_key_verdicts.jsonl"
COLLECTIONS = {
    "dev": [OUT / "conflict-new.db"],
    "held out": sorted(
        p
        for p in (OUT / "t17").glob("*.db")
        if p.name.split("_")[0] in ("bpoil", "H1N1", "MJ", "haiti")
    ),
}


# the pipeline version that keys people by word_spelling: a store built from it on holds the
# merged records already, and would show no merge
SPELLING_KEY_VERSION = 29


def built_before_spelling_key(store: Path) -> bool:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        (newest,) = db.execute("SELECT max(pipeline) FROM articles").fetchone()
    return newest is not None and newest < SPELLING_KEY_VERSION


def records(store: Path) -> list[tuple[str, str, int]]:
    """(key, name, articles) of each discovered person the store holds."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return db.execute(
            "SELECT a.key, a.name, (SELECT count(DISTINCT m.article_id) FROM actor_mentions m "
            "WHERE m.actor_id = a.id) FROM actors a "
            "WHERE a.kind = 'person' AND a.from_catalogue = 0"
        ).fetchall()


def merges(rows: list[tuple[str, str, int]]) -> list[tuple[str, ...]]:
    """The stored keys this tree's key puts together, two or more, each sorted."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for key, name, _ in rows:
        by_key[person_key(name)].add(key)
    return sorted(tuple(sorted(keys)) for keys in by_key.values() if len(keys) > 1)


def load_verdicts() -> dict[tuple[str, ...], dict]:
    if not VERDICTS.exists():
        return {}
    with VERDICTS.open(encoding="utf-8") as handle:
        return {tuple(v["keys"]): v for v in map(json.loads, handle)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--list", action="store_true", help="print the merges nobody judged")
    args = parser.parse_args()
    verdicts = load_verdicts()
    lines = [
        "| collection | stores | discovered people (records) | records, this tree's key | "
        "merges | judged same person | judged different | not judged |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, stores in COLLECTIONS.items():
        stores = [s for s in stores if s.exists() and built_before_spelling_key(s)]
        if not stores:
            print(
                f"skipped {name}: no store in {OUT} built before pipeline version "
                f"{SPELLING_KEY_VERSION} (see this script's docstring)"
            )
            continue
        before = after = 0
        found: list[tuple[str, ...]] = []
        articles: dict[str, int] = {}
        for store in stores:
            rows = records(store)
            before += len(rows)
            after += len({person_key(n) for _, n, _ in rows})
            found += merges(rows)
            articles |= {k: a for k, _, a in rows}
        same = sum(1 for m in found if verdicts.get(m, {}).get("verdict") == "same")
        different = sum(1 for m in found if verdicts.get(m, {}).get("verdict") == "different")
        lines.append(
            f"| {name} | {len(stores)} | {before:,} | {after:,} | {len(found)} | {same} | "
            f"{different} | {len(found) - same - different} |"
        )
        if args.list:
            for m in found:
                if m not in verdicts:
                    print(
                        json.dumps(
                            {
                                "collection": name,
                                "keys": list(m),
                                "articles": [articles[k] for k in m],
                            }
                        )
                    )
    body = (
        "Produced by `.venv/bin/python bench/person_keys.py`: the discovered people of stores "
        "built by earlier code, keyed again by this tree's `person_key`; each merge judged by "
        "reading (`bench/person_key_verdicts.jsonl`).\n\n" + "\n".join(lines) + "\n"
    )
    publish(body, "person_keys", write=not args.no_write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
