"""The BBC paragraphs after a text's first that open on a plain run of words and then a
quotation's mark before a capital, in an earlier cleaner's output: the shape the quotation
caption step (text/clutter_quote_caption.py) reads, counted, a seeded sample read, and each
sampled paragraph matched to its verdict and to whether this tree's cleaner sets its words
apart.

Usage: .venv/bin/python bench/quote_caption_census.py [--rev 03c47f1] [--list]

The texts are the BBC texts of the corpus (bench/clean_sample.py `site`; the marked sample's
held-out articles left out), cleaned by --rev's code and by this tree's the way bench/clean.py runs
them. A paragraph counts when it is not its text's first and opens on a capital, a run of
MIN_WORDS words or more with no stop, colon, semicolon, comma, bracket, dash or quotation mark,
not ending on a function word, then a quotation's mark before a capital; each is sorted by what
follows the quotation (a speaker's attribution, "attr"; no closing mark, "open"; else "other").
At 03c47f1 there were 143; random.Random(SEED) drew SAMPLE of them, read in their articles, with
the verdicts in bench/quote_caption_census.jsonl (caption, text or comment, with why where held
off). "taken": the paragraph's words before the mark are gone from this tree's output. --list
prints every paragraph counted. Prints only.
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

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids, site  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402

VERDICTS = Path(__file__).with_name("quote_caption_census.jsonl")
PREVIOUS = "03c47f1"  # main before the quotation caption step
MIN_WORDS = 4
SEED = 126
SAMPLE = 30
# a plain run of words from the paragraph's start to a quotation's mark before a capital
RUN_INTO_QUOTE = re.compile(r"([A-Z][^.!?\"“”:;,()\-–—]*?[a-z0-9]) ([“\"])(?=[A-Z])")
# a speaker's attribution right after the quotation's closing mark
ATTRIBUTION = re.compile(
    r"[,.?!][\"”] (?:(?:he|she|they|it) (?:said|says|added|adds|told|tells|explained|explains"
    r"|warned|warns)|(?:said|says|added|adds|explains|explained|warned|warns) [A-Z]"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w'’-]*){0,3} (?:said|says|added|adds|told|tells|explained"
    r"|explains|warned|warns))"
)


def counted(outs: dict[str, str]) -> list[tuple[str, int, str, str, str]]:
    """(id, paragraph index, kind, the words before the mark, the rest) of every paragraph of
    the shape in the cleaned texts, by id."""
    function = re.compile(f"(?i:{macros()['FUNCTION']})")
    found = []
    for article_id, out in sorted(outs.items()):
        paragraphs = [p for p in out.split("\n\n") if p.strip()]
        for k, paragraph in enumerate(paragraphs[1:], start=1):
            flat = " ".join(paragraph.split())
            m = RUN_INTO_QUOTE.match(flat)
            if not m:
                continue
            words = m.group(1).split()
            if len(words) < MIN_WORDS or function.fullmatch(words[-1]):
                continue
            rest = flat[m.end(1) + 1 :]
            close = re.search(r"[\"”]", rest[1:])
            if close is None:
                kind = "open"
            elif ATTRIBUTION.match(rest[1:][close.start() - 1 :]):
                kind = "attr"
            else:
                kind = "other"
            found.append((article_id, k, kind, m.group(1), rest))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default=PREVIOUS)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and "bbc" in site(r["id"])
    ]
    before = {
        i: v["out"] for i, v in run_method(baseline.checkout(args.rev), "rules", rows).items()
    }
    after = {i: v["out"] for i, v in run_method(ROOT, "rules", rows).items()}
    found = counted(before)
    print(f"{len(rows)} BBC texts; paragraphs of the shape at {args.rev}: {len(found)}")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(f[2] for f in found).items())))
    verdicts = {}
    if VERDICTS.exists():
        for row in map(json.loads, VERDICTS.read_text(encoding="utf-8").splitlines()):
            verdicts[(row["id"], row["paragraph"])] = row
    # drawn from the paragraphs in the order counted, as the verdicts' sample was
    picked = {(f[0], f[1]) for f in random.Random(SEED).sample(found, min(SAMPLE, len(found)))}
    tally: Counter[str] = Counter()
    for article_id, k, _, words, _ in found:
        if (article_id, k) not in picked:
            continue
        taken = words not in " ".join(after.get(article_id, "").split())
        verdict = verdicts.get((article_id, k), {}).get("verdict", "unread").split(" (")[0]
        tally[f"{verdict}, {'taken' if taken else 'kept'}"] += 1
        print(f"  {article_id} [{k}] {verdict}, {'taken' if taken else 'kept'} | {words[-60:]}")
    print(f"sample of {len(picked)} (random.seed({SEED})): " + ", ".join(
        f"{k} {n}" for k, n in sorted(tally.items())
    ))  # fmt: skip
    if args.list:
        for article_id, k, kind, words, rest in found:
            print(f"{kind:5} {article_id} [{k}] {words[-90:]} || {rest[:80]}")


if __name__ == "__main__":
    main()
