"""Census of what closes the corpus's cleaned texts, as this tree's cleaner stores them: the
closing paragraphs repeated across pages (site matter printed under many stories: the census
that found CNN's sidebar of tweets, "... #CNN Could the next pope be ...?" above "7:01 pm ET
February 11, 2013 RETWEET" and "Check these out: cnnmon." under it), the texts still holding a
tweet's stamp (TWEETSTAMP in text/clutter.txt) or the last line of a sidebar closing them, and
the closing paragraphs of a review's venue and box office: one holding a bracketed British
phone number or "Box office".

Usage: PYTHONPATH=. .venv/bin/python bench/closing_matter_census.py [--repeated 10]

Reads the corpus (the held-out articles of the marked sample left out), splits and cleans each
text as ingest does, and prints: every paragraph among the last three of at least --repeated
stored texts (its first 100 characters, how many texts, an id), each text still holding a
tweet's stamp or "RETWEET" in its last three paragraphs, and each text whose last three
paragraphs hold a venue's number in brackets or "Box office" (id, the paragraph's place from
the end, its first 120 characters). Prints only: the reading goes into docs/QUALITY.md and
bench/clean_diff_verdicts.jsonl.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402
from text.read import Document  # noqa: E402
from text.split import split_articles  # noqa: E402

CLOSING = 3  # the paragraphs counted as closing a text
# a British phone number in brackets, as a tokenizer spaced it ("(0191 - 227 4757)")
BRACKETED_NUMBER = re.compile(r"\((?:\+44 ?)?0\d{2,4}(?: - | )\d{3,4} ?\d{3,4}\)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeated", type=int, default=10, help="texts a paragraph closes")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    stamp = macro_pattern("TWEETSTAMP")
    closing: Counter[str] = Counter()
    first_id: dict[str, str] = {}
    tweets: list[tuple[str, str]] = []
    details: dict[str, list[tuple[int, str]]] = defaultdict(list)
    texts = 0
    for record in records:
        if record["id"] in held:
            continue
        texts += 1
        drafts = split_articles(Document(text=record["text"], origin="bench", kind="text"))
        stored = "\n\n".join(draft.text for draft in drafts)
        last = [p.strip() for p in stored.split("\n\n") if p.strip()][-CLOSING:]
        for paragraph in set(last):
            closing[paragraph[:100]] += 1
            first_id.setdefault(paragraph[:100], record["id"])
        if "RETWEET" in stored and (stamp.search(stored) or any("RETWEET" in p for p in last)):
            tweets.append((record["id"], last[-1][:100] if last else ""))
        for place, paragraph in enumerate(reversed(last), 1):
            if BRACKETED_NUMBER.search(paragraph) or "Box office" in paragraph:
                details[record["id"]].append((place, paragraph[:120]))
    print(f"{texts} texts; closing paragraphs repeated in {args.repeated} or more:")
    for paragraph, count in closing.most_common():
        if count < args.repeated:
            break
        print(f"  {count:4d} {paragraph!r} (`{first_id[paragraph]}`)")
    print(f"\n{len(tweets)} texts still hold a tweet's stamp or a RETWEET closing them")
    for article_id, paragraph in tweets:
        print(f"  `{article_id}` closes on {paragraph!r}")
    print(f"\n{len(details)} texts close with a venue's number in brackets or a box office")
    for article_id, found in details.items():
        for place, paragraph in found:
            print(f"  `{article_id}` {place} from the end: {paragraph}")


if __name__ == "__main__":
    main()
