"""Word forms the index does not join, on and off, on every question set in one run on the
same store: a place and its people's word (text/place_words.py: "Europeans" for "Europe") and
a typed word's closed compounds (text/compound_heads.py: "airstrikes" for "strikes"), each
alone and together, on the lexical path and the default (docs/QUALITY.md, "Word forms the
index does not join").

Usage: .venv/bin/python bench/quote_form_variants.py [--unjudged FILE]

Uses the store, the questions and the verdicts of bench/quote_quality.py (run that first). Off
is this tree's code with `place_words=False, compound_heads=False`, which is main's before the
change. One more row scores a place word as one BM25 term with the word typed (as another
name is: `Methods.one_term_names`), so that a place too common to be searched as another word
("Syria", in more than 5% of passages) still counts; it is measured, not shipped. Scores as in
bench/quote_quality.py: the dev splits with the saved verdicts, the held-out splits by the
substring alone (totals only); "gained / lost" are against the same path with both off
(held-out splits counted). With --unjudged FILE, the dev splits' top-three passages without a
verdict are written to FILE for a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

SPLITS = ("dev", "dev2", "dev3", "dev4", "held-out", "held-out2", "held-out4")


def _as_names(on: bool) -> None:
    """Place words said as other names ("alias"), so that the plan scores each with its typed
    word as one term (commands/quote_plan.Plan.groups), or as forms again."""
    from text import place_words
    from text.expand import Alternative

    if not hasattr(place_words, "_form_place_words"):
        place_words._form_place_words = place_words.place_words  # type: ignore[attr-defined]
    own = place_words._form_place_words  # type: ignore[attr-defined]

    def as_names(query: str) -> list[Alternative]:
        return [Alternative(a.asked, a.said, a.terms, "alias") for a in own(query)]

    place_words.place_words = as_names if on else own  # type: ignore[assignment]


def _continents_only(on: bool) -> None:
    """Place words of continents, seas and mountains alone (WordNet's noun.object), not of
    countries and regions (noun.location), or of every place again."""
    from pathlib import Path as P

    from bench.quote_place_words import _synsets
    from text import place_words

    if not hasattr(place_words, "_every_line"):
        place_words._every_line = place_words._line  # type: ignore[attr-defined]
    every = place_words._every_line  # type: ignore[attr-defined]
    if not on:
        place_words._line = every  # type: ignore[assignment]
        return
    nouns = _synsets(P("/usr/share/wordnet") / "data.noun")
    objects = {
        lemma.lower()
        for lexfile, lemmas, _ in nouns.values()
        if lexfile == "17"
        for lemma in lemmas
    }

    def line(word: str) -> list[str]:
        related = every(word)
        if word in objects:
            return related
        return [other for other in related if other.lower() in objects]

    place_words._line = line  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands.quote import LEXICAL, Methods

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    off = {"place_words": False, "compound_heads": False}
    rows: dict[str, tuple[object, str, bool | str]] = {}
    for path, methods in (("lexical", LEXICAL), ("default", Methods())):
        base = f"{path}, both off (main)"
        rows[base] = (replace(methods, **off), base, False)
        rows[f"{path}, place words"] = (replace(methods, compound_heads=False), base, False)
        rows[f"{path}, place words as one term"] = (
            replace(methods, compound_heads=False),
            base,
            True,
        )
        rows[f"{path}, place words of continents, seas and mountains"] = (
            replace(methods, compound_heads=False),
            base,
            "continents",
        )
        rows[f"{path}, compound heads"] = (replace(methods, place_words=False), base, False)
        rows[f"{path}, both (this tree)"] = (methods, base, False)
    runs = {}
    for label, (methods, _, how) in rows.items():
        _as_names(how is True)
        _continents_only(how == "continents")
        runs[label] = qq.answers(db_path, methods)
    _as_names(False)
    _continents_only(False)
    index = {name: [i for i, q in enumerate(questions) if q["split"] == name] for name in SPLITS}
    print("| method | " + " | ".join(SPLITS) + " | gained / lost |")
    print("|---|" + "---|" * (len(SPLITS) + 1))
    for label, results in runs.items():
        cells, moved = [], []
        base = runs[rows[label][1]]
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
