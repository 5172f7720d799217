"""Census of the sentences left right before a picture's credit in brackets ("... near the
border. (Reuters) <story>", "... take a position ... on May 5 2031. (AFP) (AFP)", "... in Orsk
(TRT World and Agencies)"), by source: what a cleaner keeps of the sentence a credit closes.

Usage: PYTHONPATH=. .venv/bin/python bench/bracket_credit_census.py [--rev 334e284] [--list]

Every corpus article holding a credit of CREDIT below (the held-out articles of the marked sample
left out; AQUAINT and TimeBank hold "(AP)" only in their datelines, "NEW YORK (AP) _", and are
left out) is cleaned by the code at rev (bench/baseline.py) and by this tree, the way
bench/clean.py runs them. For each credit the sentence before it in the text as given (back to
the last sentence's end) is looked for in each output by all but its first four words (whole
when it has ten or fewer: kept below); what it is was read in its article, and the verdicts are
in bench/bracket_credit_reads.jsonl (id, the credit's offset in the corpus text, the credit, the
sentence's first words, "caption" or "story", and why). Prints, by source and verdict, the
sentences each tree keeps, and (--list) each one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import ROOT  # noqa: E402

READS = Path(__file__).with_name("bracket_credit_reads.jsonl")
# a picture's credit in brackets: an agency, its photo desk, a file or archive picture, a site
# and the agencies it reprints
CREDIT = re.compile(
    r"\((?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|AFP Photo|AP Photo|IHA Photo|Reuters Photo"
    r"|[Ff]ile [Pp]hoto|AP Archive|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} and [Aa]gencies)\)"
)
MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a stop before a capital, not before the picture's date printed as a sentence of its own
SENTENCE_END = re.compile(rf"[.!?\"”] (?=[A-Z\"“(])(?!{MONTH} \\d)")
LEFT_OUT = ("aquaint", "timebank")


def before(text: str, at: int) -> tuple[int, str]:
    """The sentence the credit at `at` closes: from the last sentence end before it (or the
    text's start, or the credit before it) to the credit."""
    window = text[max(0, at - 400) : at]
    start = 0
    for found in SENTENCE_END.finditer(window.rstrip()):
        start = found.end()
    credits = list(CREDIT.finditer(window))
    if credits and credits[-1].end() > start:
        start = credits[-1].end()
    offset = max(0, at - 400) + start
    return offset, " ".join(text[offset:at].split())


def kept(sentence: str, out: str) -> bool:
    """Whether the output holds the sentence, all but its first four words (a page's date
    stamp the cleaner takes may open it, "Published July 20 2015"); whole where it is short.
    Not its last words alone: a page's second caption may repeat the first's place and date."""
    words = sentence.split()
    return bool(words) and " ".join(words[4:] if len(words) > 10 else words) in out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="334e284", help="the earlier commit")
    parser.add_argument("--list", action="store_true", help="print every sentence")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and r.get("source") not in LEFT_OUT and CREDIT.search(r["text"])
    ]
    source = {r["id"]: r.get("outlet") or r.get("source") or "?" for r in records}
    reads = {
        (row["id"], row["offset"]): row
        for row in map(json.loads, READS.read_text().splitlines())
        if row
    }
    outputs = {
        name: {i: " ".join(o["out"].split()) for i, o in run_method(tree, "rules", rows).items()}
        for name, tree in ((args.rev, baseline.checkout(args.rev)), ("this tree", ROOT))
    }
    counts: Counter[tuple[str, str, str, bool]] = Counter()
    unread = 0
    for row in rows:
        for credit in CREDIT.finditer(row["text"]):
            offset, sentence = before(row["text"], credit.start())
            if not sentence:
                continue  # a credit right after another: the doubled credit's second
            read = reads.get((row["id"], credit.start()))
            verdict = read["verdict"] if read else "unread"
            unread += read is None
            marks = []
            for name, out in outputs.items():
                left = kept(sentence, out[row["id"]])
                counts[(name, source[row["id"]], verdict, left)] += 1
                marks.append(f"{name}: {'kept' if left else 'gone'}")
            if args.list:
                print(
                    f"{row['id']}\t{credit.start()}\t{credit.group()}\t{verdict}\t"
                    f"{'; '.join(marks)}\t{sentence[:60]} ... {sentence[-40:]}"
                )
    for name in outputs:
        print(f"## {name}: sentences before a credit, kept / all")
        for src, verdict in sorted({(s, v) for n, s, v, _ in counts if n == name}):
            left = counts[(name, src, verdict, True)]
            total = left + counts[(name, src, verdict, False)]
            print(f"  {src:12} {verdict:8} {left} / {total}")
    print(f"{unread} sentences without a read")


if __name__ == "__main__":
    main()
