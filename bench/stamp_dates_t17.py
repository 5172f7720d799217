"""How many Timeline17 articles ingest dates by their page stamp instead of the collection's
date: the collections' dates are the reference of bench/timeline17.py, so any change there
moves its scores.

Usage: .venv/bin/python bench/stamp_dates_t17.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import EVAL, require  # noqa: E402
from bench.t17_collection import ingest_lines  # noqa: E402


def main() -> None:
    require(EVAL / "t17-syria")
    from commands.arguments import iso_date
    from text.clean import clean
    from text.split import ArticleDraft, without_clutter

    total = changed = 0
    for collection in sorted([*EVAL.glob("t17-syria/*"), *EVAL.glob("t17-dev/*")]):
        for line in ingest_lines(collection):
            record = json.loads(line)
            given = iso_date(record["published"] or None)
            draft = without_clutter(
                ArticleDraft(None, clean(record["text"]), None, None, given, "given")
            )
            total += 1
            if draft.published_how == "stamp":
                changed += 1
                print(f"{record['url']}: {given} -> {draft.published}")
    print(f"{changed} of {total} Timeline17 articles dated by their page stamp")


if __name__ == "__main__":
    main()
