"""Every byline span of the dev samples (dev to dev16), grouped by shape, as an earlier commit's
cleaner and this tree's leave it.

Usage: .venv/bin/python bench/byline_census.py [--rev main] [--list]

The spans are the hand marks of bench/clean_marks.jsonl labelled "byline"; held-out articles
are left out (looked at only as totals, by bench/clean.py). A span counts as set apart the way
bench/clean.py counts it. Each span is put in the first shape whose pattern its marked text
matches (SHAPES below, read from the spans themselves); the table gives, per shape, the spans
and how many each cleaner sets apart. --list prints each span still left by this tree, with its
id and offsets. Prints only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import key, left_in, load_marks, load_texts, run_method  # noqa: E402
from bench.clean_sample import HELD_OUT  # noqa: E402
from bench.common import ROOT  # noqa: E402

# The shapes a byline span takes, in the order they are tried (the first match wins).
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "contributors' and desk credits (Reporting/Editing/Additional reporting by, "
            "contributed to this report)",
            r"(?i)\b(?:reporting|editing|edited|writing|compiled) by\b|contribut",
        ),
        (
            "sources or credit line of a graphic or factbox (Sources: ..., SOURCE : ...)",
            r"^(?:SOURCES?|Sources?) ?:",
        ),
        (
            "closing agency credit ((Source: ...), (With AP ...), -AFP, --Reuters, "
            "Source TRTWorld, Press Association)",
            r"^(?:\(|-{1,2}|Source\b|With the\b|Press Association|REUTERS-|Reuters Staff)",
        ),
        (
            "opening byline (By NAME, From NAME, CNN, Posted on ... by, Date of publication)",
            r"^(?:By|From|Posted on|Date of publication)\b|^\w+ \d+ \d{4} by ",
        ),
        (
            "reporter sign-off (NAME, VOA News, Place.; For NPR news, I'm ...; NAME BBC News, "
            "Place)",
            r", (?:CNN|ABC News|VOA News)\b|BBC News|^For .*, I'm",
        ),
        (
            "readers' credits (-LRB- name , place -RRB- ., Spotters' badges)",
            r"^-LRB- |^Spotters",
        ),
        (
            "writer's note (NAME is a professor ..., is based in, A version appeared on ...)",
            r"\bis (?:a|an|the|based|studying|senior|co-)\b|\bappeared on p\d|^[·•] ",
        ),
        (
            "name, initials or signature alone (Hazem Sabbagh, Manar/Mazen, SSH, NAME Town)",
            r"^[A-Z][\w'.-]*(?:[ /]+[A-Z@][\w'.-]*){0,8}\.?$|^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*"
            r" ?/ ?\w+",
        ),
    )
)
OTHER = "other (a name and role, a page's notice)"


def shape_of(span_text: str) -> str:
    flat = " ".join(span_text.split())
    return next((name for name, pattern in SHAPES if pattern.search(flat)), OTHER)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="main", help="the earlier commit")
    parser.add_argument("--list", action="store_true", help="list the spans this tree leaves")
    args = parser.parse_args()
    marks = [
        m
        for m in load_marks()
        if m["split"] != HELD_OUT and any(label == "byline" for _, _, label, _ in m["spans"])
    ]
    texts = load_texts(marks)
    rows = [{"id": m["id"], "text": texts[m["id"]]} for m in marks]
    before = run_method(baseline.checkout(args.rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    spans, apart_before, apart_after = Counter(), Counter(), Counter()
    left = []
    for m in marks:
        text = texts[m["id"]]
        text_key = key(text)
        key_before, key_after = key(before[m["id"]]["out"]), key(after[m["id"]]["out"])
        for start, end, label, _ in m["spans"]:
            if label != "byline":
                continue
            shape = shape_of(text[start:end])
            spans[shape] += 1
            if not left_in(text, start, end, key_before, text_key):
                apart_before[shape] += 1
            if not left_in(text, start, end, key_after, text_key):
                apart_after[shape] += 1
            else:
                flat = " ".join(text[start:end].split())[:90]
                left.append(f"- {m['split']} `{m['id']}` {start}-{end} [{shape[:30]}]: {flat}")
    print(f"| shape | spans | set apart, {args.rev} | set apart, this tree |")
    print("|---|---:|---:|---:|")
    for shape, count in spans.most_common():
        print(f"| {shape} | {count} | {apart_before[shape]} | {apart_after[shape]} |")
    total = sum(spans.values())
    print(
        f"| **all** | **{total}** | **{sum(apart_before.values())}** | "
        f"**{sum(apart_after.values())}** |"
    )
    if args.list:
        print(f"\nByline spans this tree leaves ({len(left)}):")
        print("\n".join(left))


if __name__ == "__main__":
    main()
