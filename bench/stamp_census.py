"""Page and comment time stamps left in the cleaned corpus, by shape and collection, for an
earlier commit and this tree side by side.

Usage: .venv/bin/python bench/stamp_census.py [--rev 1107fef] [--examples 0]

Each corpus article (../shared/eval/news-corpus.jsonl), the held-out articles of the marked
sample left out, is cleaned by the earlier commit's code (bench/baseline.py) and this tree's as
bench/clean.py runs them (clean, split into articles, set the clutter apart). A text counts once
per shape it still holds. The shapes are those of page furniture (a page's update stamp, a
comment's stamp, a programme's schedule); some also occur in stories ("First published in
1982", a helpline's "Monday to Friday"), so the counts are read with the texts: --examples N
prints, for this tree, the first N places of each shape with the text around them (offsets and
short excerpts, for reading; verdicts go into bench/clean_diff_verdicts.jsonl).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_residue import cleaned_by_both, collection  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402

_MONTH = macros()["MONTH"]  # a month's name or its short form, as text/clutter.txt spells it
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SHAPES = {
    # a BBC blog post's stamp: "16:21 UK time, Friday, 2 March 2012"
    "HH:MM UK time, Weekday, D Month YYYY": re.compile(
        rf"\d\d?[:.]\d\d (?:UK|GMT|BST) time,? {_WEEKDAY},? \d+ {_MONTH} \d{{4}}"
    ),
    # a BBC page's update stamp: "14 August 2012 Last updated at 10:46 GMT"
    "(Page) Last updated at HH:MM": re.compile(r"(?:Page last|Last) updated at \d"),
    "Updated HH:MM ET": re.compile(r"\bUpdated:? \d\d?[:.]\d\d ?(?:[ap]\.?m\.?)? ?(?:ET|GMT)"),
    "First published on/at": re.compile(r"First [Pp]ublished(?: on| at)?:? "),
    # a BBC comment's stamp: "2nd June 2012 - 15:21"
    "Dth Month YYYY - HH:MM": re.compile(rf"\d+(?:st|nd|rd|th) {_MONTH} \d{{4}} - \d\d?:\d\d"),
    # a CNN comment's stamp: "March 23, 2011 at 7:41 pm |"
    "Month D, YYYY at H:MM pm, a bar": re.compile(
        rf"{_MONTH} \d+, \d{{4}} at \d\d?:\d\d ?(?:[ap]m|[AP]M) ?\|"
    ),
    # a BBC comment's signature: "At 12:20 30th Jul 2012, BluesBerry wrote"
    "At HH:MM Dth Mon YYYY, name wrote": re.compile(
        rf"At \d\d?:\d\d \d+(?:st|nd|rd|th)? {_MONTH} \d{{4}}, \S+ wrote"
    ),
    # a programme's schedule ("Hear daily 10-minute editions Monday to Friday")
    "Monday to Friday": re.compile(r"Monday to Friday"),
}


def census(outputs: dict[str, dict]) -> tuple[Counter, dict[str, list[tuple[str, int, str]]]]:
    found: Counter = Counter()
    places: dict[str, list[tuple[str, int, str]]] = {name: [] for name in SHAPES}
    for article_id, row in outputs.items():
        for name, shape in SHAPES.items():
            match = shape.search(row["out"])
            if match is not None:
                found[(name, collection(article_id))] += 1
                around = row["out"][max(0, match.start() - 60) : match.end() + 60]
                places[name].append((article_id, match.start(), around.replace("\n", " ¶ ")))
    return found, places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="1107fef", help="the earlier commit")
    parser.add_argument("--examples", type=int, default=0, help="places shown per shape")
    args = parser.parse_args()
    rows, cleaned_before, cleaned_after = cleaned_by_both(args.rev)
    before, _ = census(cleaned_before)
    after, places = census(cleaned_after)
    print(f"| shape | collection | texts holding it, {args.rev} | new |")
    print("|---|---|---:|---:|")
    for key in sorted(set(before) | set(after), key=lambda k: (list(SHAPES).index(k[0]), k[1])):
        print(f"| {key[0]} | {key[1]} | {before[key]} | {after[key]} |")
    print(f"\n{len(rows)} texts (the held-out articles left out)")
    for name, shown in places.items():
        for article_id, offset, around in shown[: args.examples]:
            print(f"{name} | {article_id} @{offset} | {around}")


if __name__ == "__main__":
    main()
