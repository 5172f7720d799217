"""The BBC pages that open on their writer's byline, as an earlier cleaner and this tree leave
their head: the byline's remains left to open the story, the author kept, and the caption the
page prints between the byline and the lead.

Usage: .venv/bin/python bench/bbc_byline_census.py [--rev 9efeab4] [--list] [--all] [--shapes]

The pages are the corpus texts (the marked sample's held-out articles left out) whose text
opens on "By" and names the BBC within its first 150 characters. Each goes through --rev's
code and this tree's the way bench/clean.py runs them; the first article's author and its
text's opening are compared. A head counts as "byline left" when its first words are a byline's
tail (a role, "News," and a place, a BBC service: BYLINE_TAIL below, read from the pages).
Verdicts on the heads that move are in bench/bbc_byline_census.jsonl (id, verdict better,
worse or same, the part that moved, a reason); --list prints every page that moves with its
verdict (unjudged ones marked), --all every page.

--shapes counts, over every BBC text of the corpus (a "_bbc" collection) in this tree's
output, two neighbouring shapes a rule was looked for on: a caption closed by a picture's
credit in brackets run into the story ("... his grandparents (photo: Orsk Chronicle) Kel
Varga's doctor ...", BRACKETED_CREDIT), and a video title run into a list's lead-in after its
colon, "<name> on <topic>" ending on a quotation ("... the controversy: Kel Varga on Ilsa
Marrow's "PR gaffe" Ilsa Marrow is criticised ...", COLON_VIDEO_TITLE), each hit printed.
Prints only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HEAD_CHARS = 150  # the opening compared and shown


# Runs in a child process whose PYTHONPATH puts one code tree first (before this file puts its
# own tree on the path below): it imports only `text`.
def probe() -> None:
    """Read {"id", "text"} lines on stdin; write {"id", "author", "head"} lines on stdout."""
    from text.read import Document
    from text.split import split_articles

    for line in sys.stdin:
        record = json.loads(line)
        drafts = split_articles(Document(text=record["text"], origin="bench", kind="text"))
        first = drafts[0] if drafts else None
        print(
            json.dumps(
                {
                    "id": record["id"],
                    "author": first.author if first else None,
                    "head": first.text[:HEAD_CHARS] if first else "",
                }
            ),
            flush=True,
        )


if __name__ == "__main__" and "--probe" in sys.argv:
    probe()
    sys.exit()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import ROOT  # noqa: E402

VERDICTS = Path(__file__).with_name("bbc_byline_census.jsonl")
OPENS = re.compile(r"\s*By [A-Z]")
BRACKETED_CREDIT = re.compile(r"\((?:[Pp]hoto|[Pp]icture|[Ii]mage)s? ?: [^)]{1,60}\)")
COLON_VIDEO_TITLE = re.compile(
    r"(?<=[a-z]): [A-Z][^.:!?\n]{5,80}? on [^.:!?\n]{3,60}?\"[^\"\n]{1,40}\" (?=[A-Z][\w'’-]* )"
)
# a byline's tail left opening the text: the role's words or the outlet and place after the
# name went ("Diplomatic Correspondent ...", "UN correspondent ...", "News, Adana, ...",
# "Russian The Kremlin ...", "Panorama, Washington ...", "World News With ...")
BYLINE_TAIL = re.compile(
    r"^(?:By |(?:[A-Za-z]+ ){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor)\b|News, |"
    r"World News |Russian |Panorama, )"
)


def load_verdicts() -> dict[str, dict]:
    if not VERDICTS.exists():
        return {}
    return {row["id"]: row for row in map(json.loads, VERDICTS.read_text().splitlines())}


def shapes() -> None:
    """Print and count the hits of BRACKETED_CREDIT and COLON_VIDEO_TITLE in the raw BBC texts
    and in this tree's output of them."""
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and "_bbc/" in r["id"]
    ]
    out = run_method(ROOT, "rules", rows)
    counts: Counter = Counter()
    for row in rows:
        cleaned = out[row["id"]]["out"]
        for name, pattern in (("credit", BRACKETED_CREDIT), ("video title", COLON_VIDEO_TITLE)):
            raw_hits = len(pattern.findall(clean_text(row["text"])))
            counts[f"{name}: raw texts"] += bool(raw_hits)
            for found in pattern.finditer(cleaned):
                counts[f"{name}: left in this tree's output"] += 1
                near = cleaned[max(0, found.start() - 80) : found.end() + 40].replace("\n", " | ")
                print(f"{name} `{row['id']}`: ...{near}...")
    print(f"BBC texts: {len(rows)}")
    for name, count in sorted(counts.items()):
        print(f"{name}: {count}")


def clean_text(text: str) -> str:
    """The text as the cleaner reads it (brackets and quotation marks of the corpus's Penn
    Treebank tokens restored)."""
    from text.clean import clean

    return clean(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="9efeab4", help="the earlier commit")
    parser.add_argument("--list", action="store_true", help="print every page that moves")
    parser.add_argument("--all", action="store_true", help="print every page")
    parser.add_argument("--shapes", action="store_true", help="count the two other shapes")
    args = parser.parse_args()
    if args.shapes:
        shapes()
        return
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and OPENS.match(r["text"]) and "BBC" in r["text"][:150]
    ]
    before = baseline.probe(baseline.checkout(args.rev), __file__, "--probe", rows=rows)
    after = baseline.probe(ROOT, __file__, "--probe", rows=rows)
    verdicts = load_verdicts()
    counts: Counter = Counter()
    for row in rows:
        old, new = before[row["id"]], after[row["id"]]
        counts["pages"] += 1
        counts[f"byline left, {args.rev}"] += bool(BYLINE_TAIL.match(old["head"]))
        counts["byline left, this tree"] += bool(BYLINE_TAIL.match(new["head"]))
        moved = old["head"] != new["head"] or old["author"] != new["author"]
        counts["heads or authors that move"] += moved
        verdict = verdicts.get(row["id"])
        if moved:
            counts[f"verdict {verdict['verdict'] if verdict else 'unjudged'}"] += 1
        if args.all or (args.list and moved):
            mark = verdict["verdict"] if verdict else ("UNJUDGED" if moved else "-")
            print(f"== {row['id']} [{mark}] author {old['author']!r} -> {new['author']!r}")
            print(f"   {args.rev}: {old['head'][:120]}")
            print(f"   this tree: {new['head'][:120]}")
    for name, count in counts.items():
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
