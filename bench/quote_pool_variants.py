"""Answers BM25 retrieves that never reach the re-ranker or the first three
(bench/quote_later_census.py --stages): ways of choosing the re-ranker's candidates and the floor's
form for long questions, each beside the default in one run on the same store (docs/QUALITY.md,
"Passages (`quote`)": the re-ranker's candidates).

Usage: .venv/bin/python bench/quote_pool_variants.py [--unjudged FILE] [--only LABEL ...]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store
first). This tree runs as it is (the default), then with one thing changed, by the modules'
settings:

- the cap of an article's passages among the candidates: commands/passages.PER_ARTICLE (2) in
  the candidate search only (the answer still shows two an article), and SPARE_PER_ARTICLE (4);
- the count of candidates: commands/quote.MEANING_POOL (40);
- how spare places are filled (every passage BM25 ranks among the first N joining the spare
  ones whatever its article has given) was measured at d36563e through a setting of
  commands/passages.py since taken out, none of it kept (docs/QUALITY.md);
- the floor's form for long questions: LONG_FLOOR for a question of LONG_QUESTION typed search
  words or more whether or not a passage covers FLOOR (the default: only when none does);
- the cap of an article's passages shown (commands/quote.PER_ARTICLE, 2), alone and with the
  candidates' caps loosened: an answer made a candidate is often its article's third.

Scores as in bench/quote_quality.py: the dev splits with the saved verdicts, the held-out
splits by the substring alone (totals only); "gained / lost" are against the default (held-out
splits counted). A second table gives each split's unanswerable questions told none. With
--unjudged FILE, the dev splits' top-three passages without a verdict are written to FILE for
a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402
from bench.quote_later_variants import both  # noqa: E402

DEFAULT = "default (this tree)"


@contextmanager
def setting(module: str, name: str, value: object) -> Iterator[None]:
    """commands.<module>.<name> set to value inside the block."""
    import importlib

    mod = importlib.import_module(f"commands.{module}")
    saved = getattr(mod, name)
    setattr(mod, name, value)
    try:
        yield
    finally:
        setattr(mod, name, saved)


@contextmanager
def long_floor_always() -> Iterator[None]:
    """A question of LONG_QUESTION typed search words or more answered by the passages covering
    LONG_FLOOR, whether or not one covers FLOOR."""
    from commands import quote

    saved = quote._answering

    def answering(plan, ranked):  # type: ignore[no-untyped-def]
        if len(set(plan.asked)) < quote.LONG_QUESTION:
            return saved(plan, ranked)
        return quote.LONG_FLOOR, [item for item in ranked if item[1] >= quote.LONG_FLOOR]

    quote._answering = answering
    try:
        yield
    finally:
        quote._answering = saved


def variants() -> dict[str, Callable[[], object]]:
    def shown(n: int) -> Callable[[], object]:
        return lambda: setting("quote", "PER_ARTICLE", n)

    return {
        "candidates' cap 3 an article (spare 4)": lambda: setting("passages", "PER_ARTICLE", 3),
        "spare passages an article 6": lambda: setting("passages", "SPARE_PER_ARTICLE", 6),
        "spare passages an article 8": lambda: setting("passages", "SPARE_PER_ARTICLE", 8),
        "candidates 50": lambda: setting("quote", "MEANING_POOL", 50),
        "candidates 60": lambda: setting("quote", "MEANING_POOL", 60),
        "candidates 80": lambda: setting("quote", "MEANING_POOL", 80),
        "long floor whenever the question is long": long_floor_always,
        "3 an article shown": shown(3),
        "3 an article shown, spare passages an article 6": lambda: both(
            shown(3), lambda: setting("passages", "SPARE_PER_ARTICLE", 6)
        ),
    }


def none_table(questions: list[dict], runs: dict[str, list[list[str]]]) -> str:
    """Each run's unanswerable questions told none, per split."""
    splits = qq.VARIANT_SPLITS
    lines = [
        "| method | " + " | ".join(splits) + " |",
        "|---|" + "---|" * len(splits),
    ]
    for label, results in runs.items():
        cells = []
        for name in splits:
            idx = [i for i, q in enumerate(questions) if q["split"] == name and not q["answer"]]
            told = sum(1 for i in idx if not results[i])
            cells.append(f"{told} of {len(idx)}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--only", nargs="*", help="run only the variants with these labels")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands.quote import Methods

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    runs = {DEFAULT: qq.answers(db_path, Methods())}
    for label, way in variants().items():
        if args.only and label not in args.only:
            continue
        with way():  # type: ignore[attr-defined]
            runs[label] = qq.answers(db_path, Methods())
        print(f"ran {label}", file=sys.stderr)
    qq.print_variants(questions, runs, dict.fromkeys(runs, DEFAULT), verdicts, args.unjudged)
    print("\nunanswerable questions told none:\n")
    print(none_table(questions, runs))


if __name__ == "__main__":
    main()
