"""Census of the caption and photo-credit traces left in the cleaned corpus: the kept lines that
carry one ("Photograph:", "REUTERS/<name>", "<name> / Getty Images", "(AP Photo", "Image
caption", "File photo", "pictured", "Credit:", ...), counted by shape and by source, and the
slash credits opening a line (the shape pipeline version 98 sets apart) listed with the line
above them, and the labelled credits run into the story ("<caption> Photograph: Kel Varga/AP
<story>", LABELLEDCREDIT in text/clutter.txt, the shape pipeline version 102 sets apart) counted
where they open a line and where they stand inside one.

Usage: PYTHONPATH=. .venv/bin/python bench/caption_credit_census.py [--rev 8985211] [--list]

Runs a commit's cleaner (bench/baseline.py checks it out; this tree without --rev) over the
corpus the way bench/clean.py does, the held-out articles of the marked sample left out. Prints
only: the reading goes into docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402

# a trace of a caption or a credit anywhere in a kept line (a line may hold several)
TRACES = {
    "(Photo: ...)": r"\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Pp]hotograph)s?:",
    "Photograph: ...": r"\b(?:Photograph|Photo|Picture|Image)s?: ",
    "AFP PHOTO": r"\bAFP PHOTO\b|\bAFP Photo\b",
    "REUTERS/<name>": r"\b(?:REUTERS|Reuters)/[A-Z]",
    "AP Photo": r"\bAP Photo\b",
    "Image caption": r"\bImage caption\b",
    "Getty": r"\bGetty(?: Images)?\b",
    "file photo": r"\b[Ff]ile (?:photo|picture|image)\b",
    "pictured": r"\bpictured\b",
    "Credit:": r"\bCredit:",
    "/<agency>": r"/(?:AFP|AP|EPA|Reuters|REUTERS)\b",
    "is seen / shown": r"\b(?:is|are) (?:seen|pictured|shown)\b",
    "Photo by": r"\b(?:Photo|Photos|Photograph|Pictures?) by\b",
}
AGENCY = (
    r"(?:Getty(?: Images)?|AFP|AP(?: Photo)?|PA|EPA|Reuters|REUTERS|Rex(?: Features)?|Corbis"
    r"|Hulton Archive|Bloomberg|Associated Press|Press Association)"
)
NAME = r"(?:[A-Z][\w'.’-]*(?: [A-Z][\w'.’-]*){0,3})"
# a slash credit opening a line, either way round, a label before it or none
SLASH_OPENING = re.compile(
    rf"^(?:(?:Photograph|Photographer|Photo|Picture|Image)s?:? )?(?:{NAME} ?/ ?{AGENCY}"
    rf"|(?:REUTERS|Reuters|AP Photo|AFP Photo|AFP PHOTO)/ ?{NAME})"
)


def source(name: str) -> str:
    """A Timeline17 article's outlet ("t17/LibyaWar_reuters/35": reuters), else its collection."""
    parts = name.split("/")
    return parts[1].rsplit("_", 1)[-1] if parts[0] == "t17" and len(parts) > 2 else parts[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="the commit whose cleaner runs (this tree without it)")
    parser.add_argument("--list", action="store_true", help="list the slash credits' lines")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    rows = [{"id": r["id"], "text": r["text"]} for r in records if r["id"] not in held]
    tree = baseline.checkout(args.rev) if args.rev else ROOT
    outputs = run_method(tree, "rules", rows)
    traces = {label: re.compile(pattern) for label, pattern in TRACES.items()}
    lines: Counter = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, Counter] = defaultdict(Counter)
    opening: list[tuple[str, str, str]] = []
    labelled = re.compile(f'{macros()["LABELLEDCREDIT"]}(?= [A-Z0-9"“])')
    run_in: Counter = Counter()  # "opening a line" / "inside a line" -> labelled credits
    run_in_sources: Counter = Counter()
    for name, found in outputs.items():
        paragraphs = [p for p in found["out"].split("\n") if p.strip()]
        for index, paragraph in enumerate(paragraphs):
            for label, trace in traces.items():
                if trace.search(paragraph):
                    lines[label] += 1
                    texts[label].add(name)
                    sources[label][source(name)] += 1
            for credit in labelled.finditer(paragraph):
                run_in["opening a line" if credit.start() == 0 else "inside a line"] += 1
                run_in_sources[source(name)] += 1
            if SLASH_OPENING.match(paragraph):
                above = paragraphs[index - 1] if index else ""
                opening.append((name, above[-70:], paragraph[:90]))
    print(f"{len(outputs)} texts cleaned")
    for label, count in lines.most_common():
        top = ", ".join(f"{s} {n}" for s, n in sources[label].most_common(6))
        print(f"{label:18} {count:5} lines {len(texts[label]):5} texts  ({top})")
    by_source = Counter(source(name) for name, _, _ in opening)
    print(f"slash credits opening a line: {len(opening)} ({dict(by_source)})")
    print(f"labelled credits run into the story: {dict(run_in)} ({dict(run_in_sources)})")
    if args.list:
        for name, above, line in opening:
            print(name, above, line, sep="\t")


if __name__ == "__main__":
    main()
