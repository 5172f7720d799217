"""Census of the captions an earlier cleaner sets apart from inside a paragraph of story: a
sentence taken as a caption (or a credit) with story before and after it in the same paragraph.

Usage: PYTHONPATH=. .venv/bin/python bench/inline_caption_census.py [--rev 5df30c5] [--list]
       [--seed 93] [--notes]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked sample
left out) goes through the code at rev the way bench/clean.py runs it (clean, split into
articles, set the clutter apart); a child process running that tree's code records every piece
of clutter labelled caption or credit, finds it in the text given to the clutter step, and keeps
it when the paragraph holding it has a sentence before it (MIN_AROUND characters or more, after
a sentence's end) and words after it (MIN_AROUND characters or more). The run is cached in
bench/out/inline_caption_census-<rev>.jsonl.

Each hit is printed, one a line: whether its words tell a picture ("in this ... photo" or
another), id, whether this tree's cleaner still sets it apart (set_apart on the paragraph, the
hit's words no longer in its output), the words before, the hit, the words after. The verdicts
(caption or story) are in bench/inline_caption_census.jsonl: every hit of the "in this" shape,
and of the others every hit, or 30 read at random (seed 93) when more.

--notes lists instead every picture's note ("in this" and up to four words before "photo",
"photograph", "picture" or "image", PICTURE_NOTE) in the corpus texts as cleaned (text.clean),
the held-out ones left out, one a line: id, whether rev's stored output and this tree's keep
the note and the words after it, the paragraph's words before and after it (verdicts in
bench/inline_caption_census.jsonl, shape "note").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MIN_AROUND = 30
SAMPLE = 30
PICTURE_NOTE = re.compile(r"\bin this (?:[\w-]+ ){0,4}(?:photograph|photo|picture|image)s?\b", re.I)
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
SENTENCE_GAP = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z\"“(])")


# ----------------------------------------------------------------------------- probe
# Runs in a child process whose PYTHONPATH puts the earlier tree first: it imports only `text`.


def probe() -> None:
    """Read {"id", "text"} lines on stdin; write {"id", "hits"} lines on stdout."""
    import text.split as split
    from text.read import Document

    found: list[dict] = []
    original = split.set_apart

    def recording(text: str, title: str | None = None):
        result = original(text, title)
        for clutter in result.clutter:
            if clutter.label not in ("caption", "credit"):
                continue
            hit = inside(text, clutter.text)
            if hit is not None:
                found.append({"label": clutter.label, **hit})
        return result

    split.set_apart = recording
    for line in sys.stdin:
        record = json.loads(line)
        found.clear()
        split.split_articles(Document(text=record["text"], origin="bench", kind="text"))
        print(json.dumps({"id": record["id"], "hits": list(found)}), flush=True)


def inside(text: str, piece: str) -> dict | None:
    """The paragraph around piece in text, when piece stands inside it with a sentence before
    and words after: {"before", "hit", "after"}; or, for a piece that is a paragraph of its own
    telling a picture ("in this ... photo"), the sentence telling it and the sentences of the
    piece before and after it, when there are both ("whole": the paragraph went)."""
    start = text.find(piece)
    if start < 0 or len(piece) < 10:
        return None
    whole = within(piece)
    if whole is not None:
        return whole
    end = start + len(piece)
    opens = text.rfind("\n", 0, start) + 1
    closes = text.find("\n", end)
    closes = len(text) if closes < 0 else closes
    before, after = text[opens:start].strip(), text[end:closes].strip()
    if len(before) < MIN_AROUND or len(after) < MIN_AROUND or not SENTENCE_END.search(before):
        return None
    return {"before": before, "hit": piece, "after": after}


def within(piece: str) -> dict | None:
    """The sentence of piece that tells a picture, with a sentence of piece before it and words
    after it (see inside)."""
    note = PICTURE_NOTE.search(piece)
    if note is None:
        return None
    opens = max((m.end() for m in SENTENCE_GAP.finditer(piece, 0, note.start())), default=0)
    stop = SENTENCE_GAP.search(piece, note.end())
    closes = stop.start() + 1 if stop else len(piece)
    before, after = piece[:opens].strip(), piece[closes:].strip()
    if len(before) < MIN_AROUND or len(after) < MIN_AROUND or not SENTENCE_END.search(before):
        return None
    return {"before": before, "hit": piece[opens:closes].strip(), "after": after, "whole": True}


if __name__ == "__main__" and "--probe" in sys.argv:
    probe()
    sys.exit(0)

# ----------------------------------------------------------------------------- the census

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, sample, site  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter import set_apart  # noqa: E402


def census(rev: str) -> dict[str, list[dict]]:
    """The hits of every corpus article but the held-out ones, by id, at rev (cached)."""
    cache = ROOT / "bench" / "out" / f"inline_caption_census-{rev}.jsonl"
    if not cache.exists():
        records = corpus()
        held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
        rows = [{"id": r["id"], "text": r["text"]} for r in records if r["id"] not in held]
        out = baseline.probe(baseline.checkout(rev), __file__, "--probe", rows=rows)
        with cache.open("w") as lines:
            for row in rows:
                lines.write(json.dumps(out[row["id"]]) + "\n")
    with cache.open() as lines:
        return {row["id"]: row["hits"] for row in map(json.loads, lines) if row["hits"]}


def still_taken(hit: dict) -> bool:
    """Whether this tree's cleaner sets the hit apart from its paragraph: its words are no
    longer in the output of set_apart on the paragraph."""
    paragraph = f"{hit['before']} {hit['hit']} {hit['after']}"
    return " ".join(hit["hit"].split())[-60:] not in " ".join(set_apart(paragraph).text.split())


def notes(rev: str) -> None:
    """Every picture's note in the cleaned corpus and whether rev and this tree keep it."""
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and "in this" in r["text"].lower()
    ]
    before = run_method(baseline.checkout(rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    found = 0
    for row in rows:
        text = clean(row["text"])
        old, new = (" ".join(o[row["id"]]["out"].split()) for o in (before, after))
        for note in PICTURE_NOTE.finditer(text):
            opens = text.rfind("\n", 0, note.start()) + 1
            closes = text.find("\n", note.end())
            closes = len(text) if closes < 0 else closes
            words = " ".join(text[note.start() : min(closes, note.end() + 40)].split())
            state = "/".join("kept" if words in out else "gone" for out in (old, new))
            print(
                f"{row['id']}\t{state}\t...{text[opens : note.start()][-70:]}"
                f"[[{note.group()}]]{text[note.end() : closes][:60]}..."
            )
            found += 1
    print(f"{found} notes in {len(rows)} texts holding 'in this'; kept or gone at {rev}/this tree")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5df30c5", help="the cleaner whose cuts are read")
    parser.add_argument("--list", action="store_true", help="every hit, not a sample of others")
    parser.add_argument("--seed", type=int, default=93)
    parser.add_argument("--notes", action="store_true", help="every picture's note instead")
    args = parser.parse_args()
    if args.notes:
        notes(args.rev)
        return
    rows = [
        (("in this" if PICTURE_NOTE.search(h["hit"]) else "other"), i, h)
        for i, hits in sorted(census(args.rev).items())
        for h in hits
    ]
    for shape in ("in this", "other"):
        mine = [(i, h) for s, i, h in rows if s == shape]
        counts = Counter(site(i) for i, _ in mine)
        labels = Counter(h["label"] for _, h in mine)
        print(
            f"{shape}: {len(mine)} hits in {len({i for i, _ in mine})} texts "
            f"({', '.join(f'{n} {c}' for c, n in counts.most_common())}; "
            f"{', '.join(f'{n} {c}' for c, n in labels.most_common())})"
        )
    rng = random.Random(args.seed)
    for shape in ("in this", "other"):
        mine = [(i, h) for s, i, h in rows if s == shape]
        if shape == "other" and not args.list and len(mine) > SAMPLE:
            mine = sorted(rng.sample(mine, SAMPLE), key=lambda row: row[0])
        for article_id, hit in mine:
            state = "taken" if still_taken(hit) else "kept"
            print(
                f"{shape}\t{article_id}\t{hit['label']}\t{state}\t...{hit['before'][-70:]} "
                f"[[{hit['hit'][:200]}]] {hit['after'][:70]}..."
            )


if __name__ == "__main__":
    main()
