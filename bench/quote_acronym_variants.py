"""An acronym's long form (commands/quote_acronyms.py) on and off, on every question set in
one run on the same store: the lexical path and the default each way (docs/QUALITY.md, "The
fourth question set").

Usage: .venv/bin/python bench/quote_acronym_variants.py [--unjudged FILE]

Uses the store, the questions and the verdicts of bench/quote_quality.py (run that first). Off
is this tree's code with `acronyms=False`, which is main's before the change. Scores as in
bench/quote_quality.py: the dev splits with the saved verdicts, the held-out splits by the
substring alone (totals only); "gained / lost" are against the same path with the long forms
off (held-out splits counted). With --unjudged FILE, the dev splits' top-three passages
without a verdict are written to FILE for a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

SPLITS = ("dev", "dev2", "dev3", "dev4", "held-out", "held-out2", "held-out4")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands import quote
    from commands.quote import Methods
    from store.db import connect

    db = connect(str(ROOT / "bench" / "out" / "quote-quality.db"), create=False)
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    rows = {
        "lexical, long forms off": replace(Methods(meaning=False), acronyms=False),
        "lexical, long forms on": Methods(meaning=False),
        "default, long forms off": replace(Methods(), acronyms=False),
        "default, long forms on": Methods(),
    }
    runs = {
        label: [
            [r.text for r in quote.run(db, q["question"], limit=qq.DEPTH, methods=m).results]
            for q in questions
        ]
        for label, m in rows.items()
    }
    index = {name: [i for i, q in enumerate(questions) if q["split"] == name] for name in SPLITS}
    print("| method | " + " | ".join(SPLITS) + " | gained / lost |")
    print("|---|" + "---|" * (len(SPLITS) + 1))
    for label, results in runs.items():
        cells, moved = [], []
        base = runs[label.replace(" on", " off")]
        for name in SPLITS:
            idx = index[name]
            judged = verdicts if name.startswith("dev") else {}
            s = qq.scores([questions[i] for i in idx], [results[i] for i in idx], judged)
            cells.append(f"{s['success3']:.3f} / {s['mrr']:.3f}")
            if base is not results:
                gained, lost = qq.moves(questions, idx, base, results, judged)
                if name.startswith("dev"):
                    moved += [f"+{g}" for g in gained] + [f"-{x}" for x in lost]
                elif gained or lost:
                    moved.append(f"{name} +{len(gained)} -{len(lost)}")
        print(f"| {label} | " + " | ".join(cells) + f" | {', '.join(moved) or '–'} |")
    if args.unjudged:
        dev = [q for q in questions if q["split"].startswith("dev")]
        qq.write_unjudged(Path(args.unjudged), dev, runs, verdicts)


if __name__ == "__main__":
    main()
