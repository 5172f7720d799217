"""Prove that a change leaves the answers as they were: build a store from the first conflict
articles with a given tree's code, dump the JSON of `actor`, `timeline`, `quote` and `export`
for fixed subjects, and compare the dump with one saved before the change.

Usage:
    python bench/answers_unchanged.py dump OUT.json [--tree DIR] [--limit 600]
    python bench/answers_unchanged.py compare BEFORE.json AFTER.json

`dump` builds bench/out/unchanged-<tree>.db with bench/actors_store.py and answers there with
the tree's own code (PYTHONPATH). `compare` prints each answer that differs; a key present only
in AFTER is listed apart as an added field (the JSON contract allows adding fields), every
other difference, ordering included, is a change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ACTORS = (
    "SDF", "ISIS", "Assad", "Daesh", "YPG", "Hezbollah", "Free Syrian Army", "Russia",
    "Muammar Gaddafi", "Hosni Mubarak", "Muslim Brotherhood", "al-Nusra Front", "Kurds",
    "Abu Bakr al-Baghdadi", "NATO",
)  # fmt: skip
TIMELINES = (
    "Raqqa", "Aleppo", "Mosul", "Tripoli", "Cairo", "Homs", "Benghazi", "Damascus",
    "Misrata", "Fallujah", "ceasefire", "chemical attack",
)  # fmt: skip
QUOTES = (
    "chemical attack", "ceasefire", "booby-trapped buildings", "Tahrir Square protest",
    "barrel bombs Aleppo", "oil fields", "refugees fleeing", "no-fly zone",
)  # fmt: skip


def _answers(db_path: str) -> dict[str, object]:
    """Runs inside the tree being measured (its packages first on sys.path)."""
    from commands import actor, export, quote, timeline
    from store.db import connect

    db = connect(db_path)
    out: dict[str, object] = {}
    for name in ACTORS:
        out[f"actor {name}"] = actor.run(db, name).to_json()
    for subject in TIMELINES:
        out[f"timeline {subject}"] = timeline.run(db, subject).to_json()
        out[f"timeline {subject} --limit 10"] = timeline.run(db, subject, limit=10).to_json()
    for words in QUOTES:
        out[f"quote {words}"] = quote.run(db, words).to_json()
    exported = json.dumps(list(export.run(db)), ensure_ascii=False, sort_keys=False)
    out["export"] = {"sha256": hashlib.sha256(exported.encode()).hexdigest()}
    return out


def dump(out: Path, tree: Path, limit: int) -> None:
    db = ROOT / "bench" / "out" / f"unchanged-{tree.name}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    build = [sys.executable, str(ROOT / "bench" / "actors_store.py"), str(db)]
    subprocess.run([*build, "--limit", str(limit), "--tree", str(tree)], check=True, env=env)
    inner = [sys.executable, str(Path(__file__).resolve()), "_answer", str(db), str(out)]
    subprocess.run(inner, check=True, env=env, cwd=tree)
    print(f"wrote {out}")


def _diff(before: object, after: object, path: str, changes: list[str], added: list[str]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in before:
            if key not in after:
                changes.append(f"{path}.{key}: removed")
            else:
                _diff(before[key], after[key], f"{path}.{key}", changes, added)
        added.extend(f"{path}.{key}" for key in after if key not in before)
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for n, (b, a) in enumerate(zip(before, after, strict=True)):
            _diff(b, a, f"{path}[{n}]", changes, added)
    elif before != after:
        changes.append(f"{path}: {json.dumps(before)[:120]} -> {json.dumps(after)[:120]}")


def compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    changes: list[str] = []
    added: list[str] = []
    _diff(before, after, "", changes, added)
    # an added field is reported once per kind, not once per answer or list item
    kinds = sorted({_without_indices(a).split(".", 2)[-1] for a in added})
    for kind in kinds:
        print(f"added field: {kind}")
    for change in changes:
        print(f"CHANGED {change}")
    print(f"{len(before)} answers compared: {len(changes)} changed, {len(kinds)} added fields")
    return 1 if changes else 0


def _without_indices(path: str) -> str:
    import re

    return re.sub(r"\[\d+\]", "[]", path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--tree", default=str(ROOT))
    d.add_argument("--limit", type=int, default=600)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    a = sub.add_parser("_answer")
    a.add_argument("db")
    a.add_argument("out")
    args = parser.parse_args()
    if args.what == "dump":
        dump(Path(args.out).resolve(), Path(args.tree).resolve(), args.limit)
    elif args.what == "compare":
        sys.exit(compare(Path(args.before), Path(args.after)))
    else:
        answers = _answers(args.db)
        Path(args.out).write_text(json.dumps(answers, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
