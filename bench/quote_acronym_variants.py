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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands.quote import LEXICAL, Methods

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    rows = {
        "lexical, long forms off": replace(LEXICAL, acronyms=False),
        "lexical, long forms on": LEXICAL,
        "default, long forms off": replace(Methods(), acronyms=False),
        "default, long forms on": Methods(),
    }
    runs = {label: qq.answers(db_path, m) for label, m in rows.items()}
    print(
        qq.variant_table(
            questions, runs, {label: label.replace(" on", " off") for label in runs}, verdicts
        )
    )
    if args.unjudged:
        dev = [q for q in questions if q["split"].startswith("dev")]
        qq.write_unjudged(Path(args.unjudged), dev, runs, verdicts)


if __name__ == "__main__":
    main()
