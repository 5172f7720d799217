"""Census of the BBC pull-quote boxes whose speaker an earlier cleaner leaves run into the
story's next sentence, and how each signal for the speaker's end splits them.

Usage: .venv/bin/python bench/box_speaker_census.py [--rev main] [--list]

Every corpus text (../shared/eval/news-corpus.jsonl, the held-out articles of the marked sample
left out) that prints "End Quote" is cleaned by the earlier commit's code (bench/baseline.py)
and by this tree's, as bench/clean.py runs them. The boxes left in the earlier output are
matched with the hand reads of bench/box_speaker_reads.jsonl (id, the speaker and role as
read, the next sentence's first words), and each signal is scored on them: right (it ends the
speaker where the read does), wrong (elsewhere), none (it gives no end):

- shape: this tree's [inline caption] box shape that reads a speaker to a quotation, a
  sentence opener or a determiner (PULLSPEAKER in text/clutter.txt), by the way it ends;
- named elsewhere: text.clutter_box_speaker (the next sentence's subject standing alone
  elsewhere in the story, then its verb);
- also counted, as no end of their own: the speaker's surname printed elsewhere in the story,
  and the role as read printed elsewhere (either case).

The last lines count the boxes left in this tree's output and those whose read next sentence
it keeps whole. Prints only; the verdicts are the reads file's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean import cleaned_at_both  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clutter_box_speaker import box_speaker  # noqa: E402
from text.clutter_defines import box_quote_words  # noqa: E402
from text.clutter_shapes import of_kind  # noqa: E402

READS = ROOT / "bench" / "box_speaker_reads.jsonl"
BOX = box_quote_words() + " "


def _shape() -> re.Pattern[str]:
    return next(s.pattern for s in of_kind("inline") if "{PULLSPEAKER}" in s.source)


def _how(after: str) -> str:
    """Which way the shape's speaker ended: what the story's sentence opens with."""
    if after[:2] in (' "', " “"):
        return "quotation"
    first = after.split(" ", 2)[1] if after.count(" ") >= 1 else ""
    determiners = ("The", "This", "These", "Those", "His", "Her", "Its", "Their")
    if first in determiners and re.match(r" \S+ [A-Z]", after):
        return "determiner"
    return "opener"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="main", help="the earlier commit")
    parser.add_argument("--list", action="store_true", help="list each box and its scores")
    args = parser.parse_args()
    reads = [json.loads(line) for line in READS.read_text(encoding="utf-8").splitlines()]
    rows, before, after = cleaned_at_both(args.rev, box_quote_words())
    boxes = sum(row["text"].count(BOX.strip()) for row in rows)
    left = sum(before[row["id"]]["out"].count(BOX.strip()) for row in rows)
    print(f"{boxes} boxes in {len(rows)} texts; left in {args.rev}'s output: {left}")
    shape, scores, counts = _shape(), Counter(), Counter()
    for read in reads:
        out = before[read["id"]]["out"]
        at = out.find(BOX + read["speaker"] + " " + read["next"].split(" ")[0])
        if at < 0:
            print(f"  {read['id']}: the read box is not in {args.rev}'s output")
            continue
        start = out.rfind("\n", 0, at) + 1
        stop = out.find("\n", at)
        paragraph = out[start : len(out) if stop < 0 else stop]
        end = at - start + len(BOX) + len(read["speaker"])
        found = shape.search(paragraph)
        if found is None or found.end() < at - start:
            how = "shape none"
        elif found.end() == end:
            how = f"shape right ({_how(paragraph[end:])})"
        else:
            how = "shape wrong"
        told = box_speaker(paragraph, out)
        named = "named none" if told is None else f"named {'right' if told[1] == end else 'wrong'}"
        words = read["speaker"].split(" ")
        surname = (
            len(words) > 1
            and words[1][:1].isupper()
            and words[1] in out[:start] + (out[start + len(paragraph) :])
        )
        role = " ".join(words[2:]).lower()
        beside = bool(role) and role in (out[:start] + out[start + len(paragraph) :]).lower()
        scores.update((how, named))
        counts.update({"surname elsewhere": surname, "role elsewhere": beside})
        if args.list:
            print(f"  {read['id']}: {read['speaker']} | {read['next']} :: {how}; {named}")
    for name in sorted(scores):
        print(f"{name}: {scores[name]}")
    for name in sorted(counts):
        print(f"{name}: {counts[name]} of {len(reads)}")
    still = sum(after[row["id"]]["out"].count(BOX.strip()) for row in rows)
    whole = sum(
        1
        for read in reads
        if re.search(
            r"(?:^|\n)" + re.escape(read["next"]), after[read["id"]]["out"], flags=re.MULTILINE
        )
    )
    print(f"left in this tree's output: {still}")
    print(f"read next sentences opening a paragraph in this tree's output: {whole} of {len(reads)}")


if __name__ == "__main__":
    main()
