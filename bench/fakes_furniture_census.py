"""The page furniture left in the FA-KES texts' cleaned output, by outlet and shape.

Usage: .venv/bin/python bench/fakes_furniture_census.py [--rev 36fca28] [--list]

Each FA-KES article of the news corpus (../shared/eval/news-corpus.jsonl, its record's
"outlet") goes through this tree's cleaner (and, with --rev, an earlier commit's, the way
bench/clean.py runs them), leaving out the held-out articles of the marked sample
(bench/clean_sample.py). Two counts, by outlet:

- SHAPES: furniture found by a pattern in the output, read from 2-3 texts of each outlet (seed
  65) and then counted over all of them: an Ahram page head's "Related" headline list, a
  caption's agency credit in brackets left in the story, Asharq Al-Awsat's closing blurb, The
  New Arab's "Agencies contributed" line and "Read more/also" teasers, NNA's section label,
  TRT World's site footer, Ahram's "Print Tweet" bar; Sputnik's short-link widget, the share
  counters it leaves before the story or after the closing "...", its Telegram call, topic
  link, photo credits run into the story and a page closing on words without a stop (read on
  all its pages). A text counts once per shape.
- the reads of bench/fakes_furniture_reads.jsonl: every New Arab page whose tag list runs
  into the story ("<standfirst>. Tags <tags> <story>"), with the standfirst's last words and
  the story's first words as read by hand; the list is set apart right when the output holds
  the two run together, and wrong when tags are left before the story or the story's first
  word went with them.
- the reads of bench/fakes_agency_furniture_reads.jsonl: every piece of furniture read in the
  cleaned output (at 9efeab4) of all Sputnik and Al-Alam texts and of 10 texts each of SANA,
  NNA, Al Arabiya and The New Arab (seed 77): Sputnik's photo credits with another story's
  headline run in, its closing one, Al-Alam's clock after the date stamp and its labels over the
  headline, NNA's section label, and so on, each with a few of its words; and sentences
  naming an agency or a number that are the story's (verdict "story"). A piece of furniture is
  left when the output holds its words, a story's piece lost when it does not.

--list prints the ids of each shape's texts and of the reads still wrong. Prints only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import ROOT  # noqa: E402

READS = Path(__file__).with_name("fakes_furniture_reads.jsonl")
PIECES = Path(__file__).with_name("fakes_agency_furniture_reads.jsonl")

# The shapes left in the output, each with the outlet it was read on.
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("a Related headline list in the page head (ahram)", r"\bRelated [A-Z0-9]"),
        ("Print Tweet bar (ahram)", r"\bPrint Tweet\b"),
        (
            "a caption's agency credit in brackets (trt, jordantimes, dailysabah, ahram)",
            r"\((?:Photo |File photo|Reuters Photo|AP Archive|(?:AP|AFP|Reuters|REUTERS)\))",
        ),
        ("closing publisher's blurb (asharqalawsat)", r"premier pan-Arab daily newspaper"),
        ("Agencies contributed to this report (alaraby)", r"contributed to this report"),
        ("Read more / Read also teaser (alaraby)", r"\bRead (?:more|also|More|Also) [A-Z]"),
        ("section label before the agency (nna)", r"\bRegional NNA -"),
        ("site footer (trt)", r"TRT World Watch Live"),
        # Sputnik's short-link widget and what goes with it, read on its pages: a paragraph
        # opening on numbers may also be the story's own ("12 Daesh terrorists were killed"),
        # so each of its texts is read
        ("Sputnik's short-link widget (sputnik)", r"Get short URL"),
        (
            "numbers opening a paragraph, its counters or the story's (sputnik)",
            r"(?m)^(?:\d{1,6} )+(?=[A-Z])",
        ),
        # digit runs split by single spaces, written so that a long run of digits is not
        # tried in every split before the text's end refuses it (the same texts match)
        ("share counters after the closing '...' (sputnik)", r"\.\.\. \d+(?: \d+)*\s*\Z"),
        ("the call to join its Telegram channel (sputnik)", r"Never miss a story"),
        ("a topic link with its count (sputnik)", r"\bTopic [A-Z][^\n]{0,120}\(\d+\)"),
        ("a photo credit run into the story (sputnik)", r"(?<=[.!?] )(?:AFP \d{4}|REUTERS) [A-Z]"),
        ("closing words without a stop (read on sputnik)", r"[A-Za-z]\s*\Z"),
        # Al-Alam's clock in six figures after its date stamp, at the text's start or after the
        # headline
        (
            "a clock after the date stamp (alalam)",
            r"(?m)^(?:[01]\d|2[0-3])[0-5]\d[0-5]\d (?=[A-Z0-9])"
            r"|\b\d{4} (?:[01]\d|2[0-3])[0-5]\d[0-5]\d\b",
        ),
        ("a label in capitals over the headline (alalam, ahram)", r"(?m)^(?:URGENT|UPDATED) "),
        (
            "a wire dateline with AP in brackets after the standfirst (sputnik)",
            r"(?<=[.!?\"] )[A-Z]{3,}[^()\n]{0,20} \((?:The )?Associated Press[^()\n]{0,30}\)",
        ),
    )
)


def words(text: str) -> str:
    return " ".join(text.split())


def census(outputs: dict[str, str], outlets: dict[str, str]) -> dict[str, Counter]:
    found: dict[str, Counter] = defaultdict(Counter)
    for id_, out in outputs.items():
        for name, pattern in SHAPES:
            if pattern.search(out):
                found[name][outlets[id_]] += 1
    return found


def wrong_reads(outputs: dict[str, str], reads: list[dict]) -> list[str]:
    return [
        r["id"]
        for r in reads
        if r["id"] in outputs
        and f"{r['standfirst_end']} {r['story']}" not in words(outputs[r["id"]])
    ]


def pieces_read(outputs: dict[str, str], pieces: list[dict]) -> dict[str, Counter]:
    """By shape: the furniture pieces left and taken, the story's pieces kept and lost."""
    found: dict[str, Counter] = defaultdict(Counter)
    for r in pieces:
        if r["id"] not in outputs:
            continue
        held = r["piece"] in words(outputs[r["id"]])
        story = r["verdict"] == "story"
        found[f"{r['shape']} ({r['outlet']})"][
            ("kept" if held else "lost") if story else ("left" if held else "taken")
        ] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", help="an earlier commit to count beside this tree")
    parser.add_argument("--list", action="store_true", help="print the ids of each count")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r.get("source") == "fa-kes" and r["id"] not in held
    ]
    outlets = {r["id"]: r["outlet"] for r in records if r.get("source") == "fa-kes"}
    reads = [json.loads(line) for line in READS.read_text().splitlines() if line.strip()]
    pieces = [json.loads(line) for line in PIECES.read_text().splitlines() if line.strip()]
    trees = [(args.rev, baseline.checkout(args.rev))] if args.rev else []
    trees.append(("this tree", ROOT))
    print(f"{len(rows)} FA-KES texts ({len(held & set(outlets))} held out left out)\n")
    for name, tree in trees:
        outputs = {id_: row["out"] for id_, row in run_method(tree, "rules", rows).items()}
        print(f"## {name}\n")
        for shape, by_outlet in census(outputs, outlets).items():
            listed = ", ".join(f"{o} {n}" for o, n in by_outlet.most_common())
            print(f"- {shape}: {sum(by_outlet.values())} texts ({listed})")
            if args.list:
                hits = [i for i in outputs if dict(SHAPES)[shape].search(outputs[i])]
                print(f"    {' '.join(sorted(hits))}")
        wrong = wrong_reads(outputs, reads)
        print(
            f"- a tag list run into the story (alaraby, read by hand): {len(wrong)} of "
            f"{len(reads)} texts wrong"
        )
        if args.list:
            print(f"    {' '.join(wrong)}")
        print("\nread by hand (bench/fakes_agency_furniture_reads.jsonl):")
        for shape, counts in pieces_read(outputs, pieces).items():
            print(f"- {shape}: {', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}")
        if args.list:
            left = [
                r["id"]
                for r in pieces
                if r["id"] in outputs
                and (r["piece"] in words(outputs[r["id"]])) == (r["verdict"] == "furniture")
            ]
            print(f"    still wrong: {' '.join(left)}")
        print()


if __name__ == "__main__":
    main()
