"""The corpus texts holding the closing furniture of a Reuters video page (2011): the video's
length in brackets ("(3:19)", the caption "<title> (<length>) <month> <day> - <what it
shows>"), the link to its transcript ("(Transcript)"), the note "Rough Cut (no reporter
narration)" and a reporter's credit closing a line ("<name>, Reuters"), by source, and which
hits an earlier cleaner and this tree set apart.

Usage: .venv/bin/python bench/video_page_census.py [--rev 5df30c5]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) holding one of the loose cues below (any case, Penn Treebank brackets or
plain) goes through the earlier commit's code (bench/baseline.py checks it out) and this
tree's, the way bench/clean.py runs them (clean, split into articles, set the clutter apart).
Every hit is printed, one a line: id, offset, the cue, whether it opens its line, whether the
earlier cleaner and this tree take it (neither the hit with the words before it nor the hit with
the words after it, compared by their letters and digits, is found in the stored text), and the
words around it. The loose cues find the near-misses too (a length in brackets inside a
sentence, "a rough cut of the film"): each hit was read in its article, and the verdicts of the
texts whose output moves are in bench/clean_diff_verdicts.jsonl.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import key, run_method  # noqa: E402
from bench.clean_sample import corpus, sample, site  # noqa: E402
from bench.common import ROOT  # noqa: E402

CUES = {
    "length": re.compile(r"(?:-LRB-|\() ?\d{1,2}:\d\d ?(?:-RRB-|\))"),
    "transcript": re.compile(r"(?:-LRB-|\() ?transcript ?(?:-RRB-|\))", re.IGNORECASE),
    "rough cut": re.compile(r"rough cut", re.IGNORECASE),
    "credit": re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3} ?, Reuters\b(?! ?-RRB-| ?\))"),
}
AROUND_WORDS = 8  # a hit is looked for with the words before it, and with the words after it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5df30c5", help="the earlier commit")
    args = parser.parse_args()
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    texts: dict[str, str] = {}
    for record in records:
        if record["id"] in held or record["id"] in texts:
            continue
        if any(cue.search(record["text"]) for cue in CUES.values()):
            texts[record["id"]] = record["text"]
    rows = [{"id": i, "text": t} for i, t in texts.items()]
    earlier = run_method(baseline.checkout(args.rev), "rules", rows)
    this = run_method(ROOT, "rules", rows)
    found = []
    for article_id, text in texts.items():
        kept_before, kept_after = key(earlier[article_id]["out"]), key(this[article_id]["out"])
        for name, cue in CUES.items():
            for match in cue.finditer(text):
                opens = match.start() == 0 or text[match.start() - 1] == "\n"
                hit = key(match.group())
                before = key(" ".join(text[: match.start()].split()[-AROUND_WORDS:])) + hit
                after = hit + key(" ".join(text[match.end() :].split()[:AROUND_WORDS]))
                around = " ".join(text[max(0, match.start() - 50) : match.end() + 60].split())
                found.append(
                    (
                        article_id,
                        match.start(),
                        name,
                        opens,
                        before not in kept_before and after not in kept_before,
                        before not in kept_after and after not in kept_after,
                        around,
                    )
                )
    counts = Counter(site(article_id) for article_id in {f[0] for f in found})
    print(
        f"{len(found)} hits in {len({f[0] for f in found})} texts:",
        ", ".join(f"{n} {c}" for c, n in counts.most_common()),
    )
    for article_id, start, name, opens, was, now, around in found:
        line = "opens its line" if opens else "inside a line"
        taken = f"{'taken' if was else 'kept'} -> {'taken' if now else 'kept'}"
        print(f"{article_id}\t{start}\t{name}\t{line}\t{taken}\t{around}")
    for name in CUES:
        of = [f for f in found if f[2] == name]
        print(
            f"{name}: {len(of)} hits, {sum(f[4] for f in of)} set apart by {args.rev}, "
            f"{sum(f[5] for f in of)} by this tree"
        )


if __name__ == "__main__":
    main()
