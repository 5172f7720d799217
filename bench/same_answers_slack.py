"""Behaviour unchanged, shown: the same answers before and after a change, ordering included.

Builds a store from the first N conflict articles (bench/common.py conflict_records()), asks
`actor`, `timeline` and `quote` about fixed subjects and queries, and writes their JSON, the
`export`, and the Slack rendering of each answer (Block Kit, every page) into one JSON file.

    python bench/same_answers_slack.py bench/out/same-now.json
    python bench/same_answers_slack.py --tree bench/out/baseline-XXXX bench/out/same-then.json
    python bench/same_answers_slack.py --compare bench/out/same-then.json bench/out/same-now.json

--tree runs the same script inside another checkout (bench/baseline.py), so the previous code
and the new one are measured in the same run. --compare lists every answer that differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ACTORS = ["SDF", "ISIS", "Assad", "Hezbollah", "Russia", "Turkey", "Free Syrian Army", "Kurds"]
TIMELINES = [
    "Raqqa",
    "Aleppo",
    "Mosul",
    "Tripoli",
    "Cairo",
    "Homs",
    "Benghazi",
    "Idlib",
    "Morsi",
    "Gaddafi",
    "ceasefire",
]
QUOTES = [
    "chemical attack",
    "ceasefire",
    "barrel bombs",
    "humanitarian corridor",
    "peace talks Geneva",
    "siege of Aleppo",
    "no picnic",
    "air strikes killed civilians",
    "protesters Tahrir Square",
    "oil fields",
]


def records(limit: int) -> list[str]:
    from bench.common import conflict_records

    return [json.dumps(r) for r in conflict_records() if r["text"].strip()][:limit]


def build(db_path: Path, lines: list[str]) -> None:
    from commands import ingest
    from store.db import connect

    if db_path.exists():
        db_path.unlink()
    db = connect(db_path)
    try:
        ingest.ingest_jsonl(db, lines, "same-answers")
    finally:
        db.conn.close()


def dump(db_path: Path) -> dict[str, object]:
    from bot import blocks
    from commands import actor, export, quote, timeline
    from store.db import connect

    def pages(kind: str, answer: dict) -> list[dict]:
        """Every page of the answer as Slack shows it, following its More buttons."""
        out, offset = [], 0
        while True:
            message = blocks.render(kind, answer, offset, "same")
            out.append({"text": message.text, "blocks": message.blocks})
            following = blocks.next_offset(message)
            if following is None or following <= offset:
                return out
            offset = following

    db = connect(db_path)
    try:
        result: dict[str, object] = {}
        for name in ACTORS:
            answer = actor.run(db, name).to_json()
            result[f"actor {name}"] = {"json": answer, "slack": pages("actor", answer)}
        for subject in TIMELINES:
            answer = timeline.run(db, subject).to_json()
            result[f"timeline {subject}"] = {"json": answer, "slack": pages("timeline", answer)}
        answer = timeline.run(db, "Raqqa", date_from="2016", date_to="2017-06").to_json()
        result["timeline Raqqa 2016..2017-06"] = {
            "json": answer,
            "slack": pages("timeline", answer),
        }
        for words in QUOTES:
            answer = quote.run(db, words, limit=20).to_json()
            result[f"quote {words}"] = {"json": answer, "slack": pages("quote", answer)}
        result["export"] = list(export.run(db))
        return result
    finally:
        db.conn.close()


def without_additions(node: object) -> object:
    """A Slack rendering without what these changes added on purpose: the feedback menus, the
    context sentence of an entry ("After: ..."), a quote's explanation in its citation line,
    and page trails in button values ("id:5:0" is "id:5")."""
    if isinstance(node, list):
        kept = []
        for item in node:
            if isinstance(item, dict) and item.get("type") == "actions":
                elements = [e for e in item.get("elements", []) if e.get("type") != "overflow"]
                if not elements:
                    continue
                item = {**item, "elements": elements}
            if (
                isinstance(item, dict)
                and item.get("type") == "context"
                and str((item.get("elements") or [{}])[0].get("text", "")).startswith("_After:_")
            ):
                continue
            kept.append(without_additions(item))
        return kept
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "accessory" and isinstance(value, dict) and value.get("type") == "overflow":
                continue
            if key == "value" and isinstance(value, str) and value.count(":") == 2:
                value = value.rsplit(":", 1)[0]
            if key == "text" and isinstance(value, str) and " · _matched " in value:
                value = value.split(" · _matched ")[0]
            out[key] = without_additions(value)
        return out
    return node


def compare(before: Path, after: Path, additions: bool = True) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    if not additions:
        for answers in (old, new):
            for value in answers.values():
                if isinstance(value, dict) and "slack" in value:
                    value["slack"] = without_additions(value["slack"])
    differ = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        differ += 1
        parts = ["json", "slack"] if isinstance(a, dict) and isinstance(b, dict) else []
        which = [p for p in parts if a.get(p) != b.get(p)] or ["whole"]
        print(f"differs: {key} ({', '.join(which)})")
    print(f"{len(set(old) | set(new)) - differ} answers identical, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", help="where to write the answers (JSON)")
    parser.add_argument("--limit", type=int, default=600, help="articles in the store")
    parser.add_argument("--tree", help="run inside this checkout (bench/baseline.py) instead")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--records", help="read the articles from this JSON-lines file")
    parser.add_argument(
        "--without-additions",
        action="store_true",
        help="compare Slack renderings without the feedback menus, context lines, explanations "
        "and page trails added on purpose",
    )
    args = parser.parse_args()
    if args.compare:
        return compare(Path(args.compare[0]), Path(args.compare[1]), not args.without_additions)
    out = Path(args.out).resolve()
    if args.records:
        lines = Path(args.records).read_text(encoding="utf-8").splitlines()
    else:
        lines = records(args.limit)
    if args.tree:  # the other checkout reads the same articles, written out here
        saved = out.with_suffix(".records.jsonl")
        saved.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tree = Path(args.tree).resolve()
        script = tree / "bench" / "same_answers_slack.py"
        script.write_text(Path(__file__).read_text(encoding="utf-8"), encoding="utf-8")
        return subprocess.call(
            [sys.executable, str(script), str(out), "--records", str(saved)],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
        )
    db_path = out.with_suffix(".db")
    build(db_path, lines)
    out.write_text(json.dumps(dump(db_path), ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
