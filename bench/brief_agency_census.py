"""Census of the closing agency-and-place lines of pages of world briefs ("AP , Berlin Ban on
Sharif holding office": each brief's agency and place opening the line after it, the next
brief's headline run in after them), as an earlier commit's cleaner and this tree's leave them.

Usage: PYTHONPATH=. .venv/bin/python bench/brief_agency_census.py [--rev 5640431] [--list]

Reads the corpus (the held-out articles of the marked sample left out). A line counts when it
opens with an agency of the OUTLET macro of text/clutter.txt, a comma and a capitalised word
(" , " as the corpus is tokenised, or ", "); near-misses are lines opening with an agency and a
comma before anything else ("CNN , however , could not ...", "IRNA , the official Iranian news
agency , said ..."), which must stay. Only the texts holding such lines go through the two
cleaners (bench/clean.py's run). For each line: whether its agency-and-place words are still in
the output (looked for with the word after them, as the output prints "AP, Berlin Ban"), and
whether the words after the place (the next brief's headline) are. Prints per site and, with
--list, each line. Prints only: the reading goes into docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5640431", help="the earlier commit")
    parser.add_argument("--list", action="store_true", help="print each line")
    args = parser.parse_args()
    outlet = macros()["OUTLET"]
    opener = re.compile(macros()["PLACEOPENER"])
    line = re.compile(rf"(?m)^(?P<agency>{outlet}) ?, (?P<rest>[A-Z][^\n]*)$")
    near = re.compile(rf"(?m)^(?:{outlet}) ?,(?! [A-Z])[^\n]{{0,60}}")
    records = corpus()
    held = held_out_ids(records)
    hits: dict[str, list[tuple[str, str]]] = {}
    misses: list[tuple[str, str]] = []
    rows = []
    for record in records:
        if record["id"] in held:
            continue
        found = [(m["agency"], m["rest"]) for m in line.finditer(record["text"])]
        close = [m.group() for m in near.finditer(record["text"])]
        misses += [(record["id"], text) for text in close]
        if found or close:
            hits[record["id"]] = found
            rows.append({"id": record["id"], "text": record["text"]})
    before = run_method(baseline.checkout(args.rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    by_site: Counter = Counter()
    left: dict[str, Counter] = {"before": Counter(), "after": Counter()}
    headline_kept: dict[str, Counter] = {"before": Counter(), "after": Counter()}
    for text_id, found in hits.items():
        site = text_id.rsplit("/", 1)[0]
        outs = {"before": _key(before[text_id]["out"]), "after": _key(after[text_id]["out"])}
        for agency, rest in found:
            by_site[site] += 1
            words = rest.split()
            # the place's first word with the agency: enough to tell the line is still there;
            # the words after the place (one word, two after an opener such as "New") are the
            # next brief's headline
            head = _key(f"{agency} {words[0]}")
            place = 2 if opener.fullmatch(words[0]) and len(words) > 1 else 1
            tail = _key(" ".join(words[place : place + 5]))
            marks = []
            for name, out in outs.items():
                in_out = head in out
                left[name][site] += in_out
                kept = not tail or tail in out
                headline_kept[name][site] += kept
                marks.append(f"{name}:{'left' if in_out else 'off'}/{'kept' if kept else 'LOST'}")
            if args.list:
                print(f"{text_id}\t{' '.join(marks)}\t{agency} , {rest[:60]}")
    print("site\tlines\tleft in before\tleft in after\tnext words kept before\tafter")
    for site, count in by_site.most_common():
        print(
            f"{site}\t{count}\t{left['before'][site]}\t{left['after'][site]}"
            f"\t{headline_kept['before'][site]}\t{headline_kept['after'][site]}"
        )
    total = sum(by_site.values())
    print(
        f"{total} lines in {sum(1 for f in hits.values() if f)} texts; left in "
        f"{sum(left['before'].values())} before, {sum(left['after'].values())} after; words "
        f"after them kept {sum(headline_kept['before'].values())} before, "
        f"{sum(headline_kept['after'].values())} after"
    )
    print(f"near-misses (an agency and a comma opening a line, no capital after): {len(misses)}")
    for text_id, text in misses:
        key = _key(text[:40])
        kept = [
            name
            for name, out in (("before", before), ("after", after))
            if key in _key(out[text_id]["out"])
        ]
        print(f"  {text_id}\tkept {'+'.join(kept) or 'by neither'}\t{text[:60]}")


if __name__ == "__main__":
    main()
