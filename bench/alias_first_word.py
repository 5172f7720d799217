"""Actor mentions that move between the code of PREVIOUS and this tree on the conflict store,
scored against verdicts given by reading each (bench/alias_first_word_verdicts.jsonl).

Usage: .venv/bin/python bench/alias_first_word.py [STORE.db]
       .venv/bin/python bench/alias_first_word.py mentions STORE.db   (one tree's mentions)

Why: a person's one-word name right before another capitalised word may be the first word of
someone else's name ("Suleiman Youssef", "Sulaiman al-Halabi") or the person's own ("Mubarak
Steps Down", "Gadhafi Monday"); extract/actors/catalogued.py's first_of_other_name tells them
apart. The store's texts are read by both codes (find_actors only: the cleaning is the same),
so every mention that differs is the rule's doing. The verdicts key a mention by article origin
and offset in the stored text; a moved mention without a verdict is listed as unjudged. The
"shape" verdicts are the reading of PREVIOUS's one-word person claims followed by a space and a
capitalised word, made before the rule was written.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# this tree's root, put first on sys.path only by the comparing run: the "mentions" run must
# import `extract` from the tree on PYTHONPATH
ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = "334184e"  # main before the rule
STORE = ROOT / "bench" / "out" / "conflict-previous.db"  # bench/timeline_audit_unseen.py's
VERDICTS = ROOT / "bench" / "alias_first_word_verdicts.jsonl"


def mentions(store: Path) -> None:
    """Print every actor mention of the store's articles, by the code first on PYTHONPATH."""
    import sqlite3

    from extract.actors import find_actors, load_catalogue

    cat = load_catalogue()
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    rows = db.execute("SELECT origin, text FROM articles WHERE duplicate_of IS NULL ORDER BY id")
    for origin, text in rows:
        for m in find_actors(text, cat):
            row = {"origin": origin, "offset": m.start, "text": m.text, "actor": m.actor.key}
            print(json.dumps(row, ensure_ascii=False))


def of_tree(tree: Path, store: Path) -> set[tuple[str, int, str, str]]:
    """The mentions by tree's code: this script's "mentions" run with tree first on the path."""
    from bench import baseline

    script = str(ROOT / "bench" / "alias_first_word.py")
    rows = map(json.loads, baseline.run(tree, script, "mentions", str(store)).splitlines())
    return {(r["origin"], r["offset"], r["text"], r["actor"]) for r in rows}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "mentions":
        mentions(Path(sys.argv[2]))
        return
    sys.path.insert(0, str(ROOT))
    from bench import baseline

    store = Path(sys.argv[1]) if len(sys.argv) > 1 else STORE
    before = of_tree(baseline.checkout(PREVIOUS), store)
    after = of_tree(ROOT, store)
    verdicts = [json.loads(line) for line in VERDICTS.read_text(encoding="utf-8").splitlines()]
    moved = {(v["origin"], v["offset"], v["actor"]): v["verdict"] for v in verdicts}
    tally: Counter[str] = Counter()
    for side, rows in (("lost", before - after), ("new", after - before)):
        for origin, offset, text, actor in sorted(rows):
            verdict = moved.get((origin, offset, actor), "unjudged")
            tally[verdict] += 1
            print(f"{side}\t{verdict}\t{origin}\t{offset}\t{actor}\t{text}")
    shape = Counter(v["verdict"] for v in verdicts if v["set"] == "shape")
    print(f"mentions: {PREVIOUS} {len(before)}, this tree {len(after)}")
    print("moved, by verdict:", dict(tally))
    print("the shape as read on", PREVIOUS, "code:", dict(shape))


if __name__ == "__main__":
    main()
