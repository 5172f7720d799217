"""A continent and its people's word (text/place_words.py: "Europeans" for "Europe") on and
off, on every question set in one run on the same store, with the variants not kept: the
countries' words too, and those scored as one term with the word typed (docs/QUALITY.md, "Word
forms the index does not join").

Usage: .venv/bin/python bench/quote_form_variants.py [--unjudged FILE]

Uses the store, the questions and the verdicts of bench/quote_quality.py (run that first). Off
is this tree's code with `place_words=False`, which is main's before the change. "every place"
reads the pairs of countries, regions and cities too (WordNet's noun.location, as
bench/quote_place_words.py's EVERY_PLACE_FILES gives them), and "as one term" scores each place
word with its typed word as one BM25 term, as another name is (`Methods.one_term_names`), so
that a place too common to be searched as another word ("Syria", in more than 5% of passages)
still counts. (A typed word's closed compounds, "airstrikes" for "strikes", were measured by
this script at commit e4afa97 and not kept.) Scores as in bench/quote_quality.py: the dev
splits with the saved verdicts, the held-out splits by the substring alone (totals only);
"gained / lost" are against the same path with place words off (held-out splits counted).
With --unjudged FILE, the dev splits' top-three passages without a verdict are written to FILE
for a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402


def _every_place(on: bool, as_names: bool) -> None:
    """Place words of every place WordNet files (countries too), and said as other names
    ("alias") when as_names, so that the plan scores each with its typed word as one term
    (commands/quote_plan.Plan.groups); or this tree's again."""
    from bench.quote_place_words import EVERY_PLACE_FILES, WORDNET_DIR, pairs, related
    from text import place_words
    from text.expand import Alternative

    if not hasattr(place_words, "_own"):
        place_words._own = (place_words._line, place_words.place_words)  # type: ignore[attr-defined]
    line, words = place_words._own  # type: ignore[attr-defined]
    if not on:
        place_words._line, place_words.place_words = line, words  # type: ignore[assignment]
        return
    lines = related(pairs(WORDNET_DIR, EVERY_PLACE_FILES))
    place_words._line = lambda word: lines.get(word, [])  # type: ignore[assignment]

    def said_as_names(query: str) -> list[Alternative]:
        return [Alternative(a.asked, a.said, a.terms, "alias") for a in words(query)]

    place_words.place_words = said_as_names if as_names else words  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands.quote import LEXICAL, Methods

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    # label: (methods, the row it is compared with, every place, as names)
    rows: dict[str, tuple[object, str, bool, bool]] = {}
    for path, methods in (("lexical", LEXICAL), ("default", Methods())):
        base = f"{path}, place words off (main)"
        rows[base] = (replace(methods, place_words=False), base, False, False)
        rows[f"{path}, continents' words (this tree)"] = (methods, base, False, False)
        rows[f"{path}, every place's words"] = (methods, base, True, False)
        rows[f"{path}, every place's words as one term"] = (methods, base, True, True)
    runs = {}
    for label, (methods, _, every, names) in rows.items():
        _every_place(every, names)
        runs[label] = qq.answers(db_path, methods)
    _every_place(False, False)
    print(qq.variant_table(questions, runs, {label: rows[label][1] for label in runs}, verdicts))
    if args.unjudged:
        dev = [q for q in questions if q["split"].startswith("dev")]
        qq.write_unjudged(Path(args.unjudged), dev, runs, verdicts)


if __name__ == "__main__":
    main()
