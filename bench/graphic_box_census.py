"""The graphics' boxes printed after a story or inside it (text/clutter_graphic_box.py's shape),
over the corpus: every paragraph a box's title opens (GRAPHICBOXTITLE of text/clutter.txt), and
how the titles were found.

Usage: .venv/bin/python bench/graphic_box_census.py [--rev 5a7551e] [--repeated 3]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is read line by line, each line cleaned (a line of the corpus is a
paragraph). For the first line a box's title opens before a capital (GRAPHICBOXOPENING), one
row: id, the line's offset and index, whether it is the text's first line, whether the line
before points to it ("below", "graphic": the page's own matter), the characters from it to the
slideshow's control after it (SLIDECONTROL) or to the text's end, whether an earlier cleaner
(rev) and this tree keep the box's last line, and the verdict read for it
(bench/graphic_box_census.jsonl). --repeated
N counts the lines of 60 characters or more that stand on N or more pages of one site's
Timeline17 collections, the looser cue the titles were read from (a box reprinted on several
pages), and prints the 40 standing on most.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import key, run_method  # noqa: E402
from bench.clean_sample import corpus, sample, site  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_graphic_box import POINTS_TO_BOX  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402

VERDICTS = Path(__file__).resolve().parent / "graphic_box_census.jsonl"
MIN_REPEATED_CHARS = 60
SHOWN_REPEATED = 40


def hits(records: list[dict]) -> list[dict]:
    """A row for every text a box's title opens a line of (its first such line: the others
    are the box's panels)."""
    opening = macro_pattern("GRAPHICBOXOPENING")
    control = macro_pattern("SLIDECONTROL")
    rows = []
    for record in records:
        lines = [clean(line) for line in record["text"].split("\n")]
        index = next((n for n, line in enumerate(lines) if opening.match(line)), None)
        if index is None:
            continue
        shut = next((n for n in range(index + 1, len(lines)) if control.match(lines[n])), None)
        rows.append(
            {
                "id": record["id"],
                "offset": sum(len(x) + 1 for x in record["text"].split("\n")[:index]),
                "line": index,
                "first": index == 0,
                "pointed": index > 0 and POINTS_TO_BOX.search(lines[index - 1]) is not None,
                "chars": sum(len(x) + 1 for x in lines[index:shut]),
                "control": shut is not None,
                "last": [x for x in lines[index:shut] if x.strip()][-1],
            }
        )
    return rows


def kept(tree: Path, rows: list[dict], texts: dict[str, str]) -> dict[str, bool]:
    """Whether the tree's cleaned output keeps each box's last line, by id."""
    out = run_method(tree, "rules", [{"id": r["id"], "text": texts[r["id"]]} for r in rows])
    return {r["id"]: key(r["last"]) in key(out[r["id"]]["out"]) for r in rows}


def repeated(records: list[dict], least: int) -> None:
    """The lines standing on `least` or more pages of one site's Timeline17 collections."""
    pages: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        if not record["id"].startswith("t17/"):
            continue
        for line in record["text"].split("\n"):
            if len(line.strip()) >= MIN_REPEATED_CHARS:
                pages[(site(record["id"]), line.strip())].add(record["id"])
    counts = Counter({k: len(v) for k, v in pages.items() if len(v) >= least})
    print(f"lines on {least} or more pages of one site: {len(counts)}")
    for (name, line), n in counts.most_common(SHOWN_REPEATED):
        print(f"{n}\t{name}\t{line[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5a7551e", help="the earlier cleaner")
    parser.add_argument("--repeated", type=int, help="count lines standing on N or more pages")
    args = parser.parse_args()
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    records = [r for r in records if r["id"] not in held]
    if args.repeated:
        repeated(records, args.repeated)
        return
    rows = hits(records)
    texts = {r["id"]: r["text"] for r in records}
    before = kept(baseline.checkout(args.rev), rows, texts)
    now = kept(ROOT, rows, texts)
    verdicts = {}
    if VERDICTS.exists():
        verdicts = {v["id"]: v for v in map(json.loads, VERDICTS.read_text().splitlines())}
    print(f"{len(rows)} pages whose line a box's title opens; {args.rev} keeps / this tree keeps")
    for r in rows:
        verdict = verdicts.get(r["id"], {}).get("verdict", "unread")
        print(
            f"{r['id']}\t{r['offset']}\tline {r['line']}\tfirst={r['first']}\t"
            f"pointed={r['pointed']}\tchars={r['chars']}\tcontrol={r['control']}\t"
            f"{'kept' if before[r['id']] else 'out'}/{'kept' if now[r['id']] else 'out'}\t"
            f"{verdict}"
        )
    tally = Counter(
        (verdicts.get(r["id"], {}).get("verdict", "unread"), before[r["id"]], now[r["id"]])
        for r in rows
    )
    for (verdict, was, is_now), n in sorted(tally.items()):
        print(f"{verdict}: {n} ({'kept' if was else 'out'} -> {'kept' if is_now else 'out'})")


if __name__ == "__main__":
    main()
