"""Is cleaning a cleaned text again safe? `sitrep reindex` cleans each stored (already cleaned)
text again with the cleaner of the day, so the cleaner must leave a clean text as it is, or
only take out more of what it takes out anyway.

Usage: .venv/bin/python bench/reclean.py [--no-write] [--show 10]

For each conflict article (bench/common.py conflict_records()), the text as ingest stores it
(text/clean.py clean, then text/split.py without_clutter), then that text cleaned the same
way again. Counted: texts the second pass changes; of those, changes in white space only,
changes that only take words out (the second text's words are the first's with some left
out), and any other change (words added or altered), each of those listed.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, conflict_records, publish, require  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show", type=int, default=10, help="how many other changes to print")
    args = parser.parse_args()
    require(NEWS)
    from text.clean import clean
    from text.split import ArticleDraft, without_clutter

    def stored(text: str) -> str:
        return without_clutter(ArticleDraft(None, clean(text), None, None, None, None)).text

    records = [r for r in conflict_records() if (r["text"] or "").strip()]
    changed = spaces = removals = 0
    other: list[tuple[str, list[str]]] = []
    for record in records:
        first = stored(record["text"])
        second = stored(first)
        if second == first:
            continue
        changed += 1
        a, b = first.split(), second.split()
        if a == b:
            spaces += 1
            continue
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if all(op in ("equal", "delete") for op, *_ in ops):
            removals += 1
            continue
        other.append(
            (
                record["url"],
                [
                    f"{op}: {' '.join(a[i1:i2])[:70]!r} -> {' '.join(b[j1:j2])[:70]!r}"
                    for op, i1, i2, j1, j2 in ops
                    if op != "equal"
                ][:3],
            )
        )
    for url, diffs in other[: args.show]:
        print(url, *diffs, sep="\n  ")
    body = "\n".join(
        [
            f"Produced by `.venv/bin/python bench/reclean.py` on the {len(records):,} conflict "
            "articles: each text as ingest stores it, cleaned the same way again.",
            "",
            "| texts | changed by a second cleaning | white space only | words taken out only "
            "| other changes |",
            "|---|---|---|---|---|",
            f"| {len(records):,} | {changed:,} | {spaces:,} | {removals:,} | {len(other):,} |",
        ]
    )
    publish(body, "reclean", write=not args.no_write)


if __name__ == "__main__":
    main()
