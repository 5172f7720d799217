"""Remedies for the later dev sets' misses (bench/quote_later_census.py), each beside main in
one run on the same store (docs/QUALITY.md, "Passages (`quote`)": the later sets' misses).

Usage: .venv/bin/python bench/quote_later_variants.py [--unjudged FILE] [--floor-grid]
       [--second-floor]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store
first). Main at MAIN runs in its own checkout, in its own process; this tree runs as it is
(a long question that no passage covers FLOOR of is answered by those covering LONG_FLOOR:
commands/quote.py), with that lower floor off (main's answers), and with one thing changed, by
the modules' settings:

- spare passages per article (commands/passages.SPARE_PER_ARTICLE, 4): the passages of one
  article beyond its two that join the re-ranker's candidates. An article whose title holds the
  question's words gives every passage of it the title's score, and an answer that is the
  seventh of its article by BM25 is never a candidate;
- the lower floor (commands/quote.LONG_FLOOR, 0.45) and the length it applies from
  (LONG_QUESTION typed search terms, 6) set otherwise;
- the re-ranker's weight on a long question (commands/quote.MEANING_WEIGHT, 1) for questions
  of some typed terms or more, the lower floor off.

Scores as in bench/quote_quality.py: the dev splits with the saved verdicts, the held-out
splits by the substring alone (totals only); "gained / lost" are against main (held-out splits
counted). With --unjudged FILE, the dev splits' top-three passages without a verdict are
written to FILE for a reader to judge.

With --floor-grid, the lower floor for long questions is chosen leave-one-set-out instead: each
question's candidates are ranked once (the default's order, coverage, closeness), the default's
choice of passages is replayed for every lower floor in FLOORS and every length in LENGTHS (the
replay gives the default's and the rows' figures above exactly), and on four of dev, dev2,
dev3, dev4 and dev5 the pair answering the most questions in the first three is chosen (ties to
no change, then the highest floor, then the longest questions), then scored on the fifth; the
held-out splits' right answers (by the substring, totals only) are counted for each pair chosen
and with the lower floor off.

With --second-floor, a second, lower floor (SECOND_FLOORS) for a question of more typed terms
(SECOND_LENGTHS) that no candidate covers the kept lower floor of, beside the lower floor as
kept: each pair that moves a dev question, with the questions it gains and loses against the
floor as kept and the held-out splits' counts, then the pair (or none) chosen leaving one dev set
out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402
from commands.passages import PER_ARTICLE  # noqa: E402

MAIN = "d962eb3"
DEV_SETS = ("dev", "dev2", "dev3", "dev4", "dev5")
HELD_SETS = ("held-out", "held-out2", "held-out4", "held-out5")
FLOORS = (0.48, 0.45, 0.42, 0.4, 0.35, 0.3)
LENGTHS = (13, 12, 11, 10, 9, 8, 7, 6, 5, 4)
_MAIN_ANSWERS = """
import json, sys
from bench import quote_quality as qq
from commands.quote import LEXICAL, Methods
print(json.dumps([qq.answers(sys.argv[1], Methods()), qq.answers(sys.argv[1], LEXICAL)]))
"""


def _typed(plan) -> int:  # type: ignore[no-untyped-def]
    return len(set(plan.asked))


@contextmanager
def spare(n: int) -> Iterator[None]:
    from commands import passages

    saved = passages.SPARE_PER_ARTICLE
    passages.SPARE_PER_ARTICLE = n
    try:
        yield
    finally:
        passages.SPARE_PER_ARTICLE = saved


@contextmanager
def long_floor(floor: float, long: int) -> Iterator[None]:
    """commands/quote.LONG_FLOOR and LONG_QUESTION set to floor and long (floor FLOOR: off)."""
    from commands import quote

    saved = quote.LONG_FLOOR, quote.LONG_QUESTION
    quote.LONG_FLOOR, quote.LONG_QUESTION = floor, long
    try:
        yield
    finally:
        quote.LONG_FLOOR, quote.LONG_QUESTION = saved


@contextmanager
def both(*ways: Callable[[], object]) -> Iterator[None]:
    with ways[0]():  # type: ignore[attr-defined]
        if len(ways) == 1:
            yield
        else:
            with both(*ways[1:]):
                yield


@contextmanager
def long_weight(weight: float, long: int) -> Iterator[None]:
    from commands import quote

    saved, saved_weight = quote._ranked, quote.MEANING_WEIGHT

    def ranked(plan, methods, candidates, held=None, before=None):  # type: ignore[no-untyped-def]
        quote.MEANING_WEIGHT = weight if _typed(plan) >= long else saved_weight
        try:
            return saved(plan, methods, candidates, held, before)
        finally:
            quote.MEANING_WEIGHT = saved_weight

    quote._ranked = ranked
    try:
        yield
    finally:
        quote._ranked = saved


def pools(db_path: str, questions: list[dict], verdicts: dict) -> list[dict]:
    """Each question's candidates as the default ranks them: (final, coverage, article, holds
    a number, answers), best first; with the number of its typed terms."""
    from commands import quote, quote_plan
    from commands.passages import _candidates
    from store.articles import EVERYONE
    from store.db import connect

    db = connect(db_path, create=False)
    out = []
    for q in questions:
        plan = quote_plan.make_plan(db, q["question"], quote.Methods(), [], q["question"], None)
        chosen, spare = _candidates(
            db, plan.weighted_terms(), plan.phrases, quote.MEANING_POOL, EVERYONE
        )
        pool = chosen + spare
        held = quote._held_phrases(db, plan, pool)
        before = quote._before_short(db, pool, EVERYONE)
        judged = verdicts if q["split"].startswith("dev") else {}
        rows = [
            (
                final,
                cov,
                c.article.id,
                quote_plan.has_number(c.text),
                qq.is_answer(q, c.text, judged),
            )
            for final, cov, c in quote._ranked(plan, quote.Methods(), pool, held, before)
        ]
        out.append({"q": q, "typed": _typed(plan), "quantity": plan.quantity, "rows": rows})
    return out


def replay(pool: dict, floor: float | None, long: int | None) -> list[tuple]:
    """The default's first ten passages (commands/quote._plan_search), with the lower floor for
    a question of long typed terms or more when none of its candidates covers FLOOR."""
    from commands import quote

    rows = pool["rows"]
    bar = quote.FLOOR
    if floor is not None and pool["typed"] >= long and not any(r[1] >= bar for r in rows):
        bar = floor
    answering = [r for r in rows if r[1] >= bar]
    if not answering or (pool["quantity"] and not any(r[3] for r in answering)):
        return []
    ranked = answering + [r for r in rows if quote.RELATED_FLOOR <= r[1] < bar]
    picked, extra, per = [], [], Counter()
    for r in ranked:
        if per[r[2]] >= PER_ARTICLE:
            extra.append(r)
            continue
        per[r[2]] += 1
        picked.append(r)
    return (picked + extra)[: qq.DEPTH] if len(picked) < qq.DEPTH else picked[: qq.DEPTH]


def right(pool: dict, floor: float | None, long: int | None) -> bool:
    shown = replay(pool, floor, long)
    if pool["q"]["answer"] is None:
        return not shown
    return any(r[4] for r in shown[:3])


def floor_grid(db_path: str, questions: list[dict], verdicts: dict) -> str:
    """Leave-one-set-out choice of the lower floor and the length it applies from."""
    every = pools(db_path, questions, verdicts)
    by_set = {s: [p for p in every if p["q"]["split"] == s] for s in DEV_SETS}
    grid: list[tuple[float | None, int | None]] = [(None, None)]
    grid += [(f, n) for f in FLOORS for n in LENGTHS]
    won = {
        g: {s: {p["q"]["id"] for p in by_set[s] if right(p, *g)} for s in DEV_SETS} for g in grid
    }
    lines = []
    chosen_pairs: list[tuple[float | None, int | None]] = []
    for out in DEV_SETS:
        rest = [s for s in DEV_SETS if s != out]
        best = max(sum(len(won[g][s]) for s in rest) for g in grid)
        chosen = next(g for g in grid if sum(len(won[g][s]) for s in rest) == best)
        off, on = won[(None, None)][out], won[chosen][out]
        label = "off" if chosen[0] is None else f"{chosen[0]} from {chosen[1]} typed terms"
        lines.append(
            f"- {out} left out: chosen on the others {label} ({best} right there, against "
            f"{sum(len(won[(None, None)][s]) for s in rest)} with none); on {out}: gained "
            f"{', '.join(sorted(on - off)) or 'none'}, lost {', '.join(sorted(off - on)) or 'none'}"
        )
        chosen_pairs.append(chosen)
    held = {s: [p for p in every if p["q"]["split"] == s] for s in HELD_SETS}
    for g in dict.fromkeys([(None, None), *chosen_pairs]):
        label = "off" if g[0] is None else f"{g[0]} from {g[1]} typed terms"
        counts = ", ".join(
            f"{s} {sum(right(p, *g) for p in held[s])} of {len(held[s])}" for s in HELD_SETS
        )
        lines.append(f"- held-out splits, {label} (by the substring): {counts}")
    return "\n".join(lines)


SECOND_FLOORS = (0.42, 0.4, 0.35, 0.3)
SECOND_LENGTHS = (7, 8, 9, 10, 11, 12)


def right_second(pool: dict, second: tuple[float, int] | None) -> bool:
    """right() with the lower floor as kept (LONG_FLOOR from LONG_QUESTION typed terms) and, with
    second, a further floor for a longer question that no candidate covers LONG_FLOOR of."""
    from commands import quote

    kept = (quote.LONG_FLOOR, quote.LONG_QUESTION)
    rows = pool["rows"]
    if second is None or pool["typed"] < second[1] or any(r[1] >= kept[0] for r in rows):
        return right(pool, *kept)
    return right(pool, *second)


def second_floor_grid(db_path: str, questions: list[dict], verdicts: dict) -> str:
    """A second, lower floor for the longest questions beside the one kept: each pair's
    questions gained and lost against the floor as kept (dev splits by id, held-out splits
    counted), then chosen leaving one dev set out as floor_grid chooses."""
    every = pools(db_path, questions, verdicts)
    sets = DEV_SETS + HELD_SETS
    by_set = {s: [p for p in every if p["q"]["split"] == s] for s in sets}
    pairs = [(f, n) for f in SECOND_FLOORS for n in SECOND_LENGTHS]
    grid: list[tuple[float, int] | None] = [None, *pairs]
    won = {
        g: {s: {p["q"]["id"] for p in by_set[s] if right_second(p, g)} for s in sets} for g in grid
    }

    def moved(g: tuple[float, int] | None, names: tuple[str, ...]) -> tuple[set, set]:
        gained = set().union(*(won[g][s] - won[None][s] for s in names))
        lost = set().union(*(won[None][s] - won[g][s] for s in names))
        return gained, lost

    lines = []
    for g in pairs:
        gained, lost = moved(g, DEV_SETS)
        if not gained and not lost:
            continue
        held = ", ".join(f"{s} {len(won[g][s])} (kept {len(won[None][s])})" for s in HELD_SETS)
        lines.append(
            f"- {g[0]} from {g[1]} typed terms: dev splits gained "
            f"{', '.join(sorted(gained)) or 'none'}, lost {', '.join(sorted(lost)) or 'none'}; "
            f"{held}"
        )
    for out in DEV_SETS:
        rest = [s for s in DEV_SETS if s != out]
        best = max(sum(len(won[g][s]) for s in rest) for g in grid)
        chosen = next(g for g in grid if sum(len(won[g][s]) for s in rest) == best)
        gained, lost = moved(chosen, (out,))
        label = "none" if chosen is None else f"{chosen[0]} from {chosen[1]} typed terms"
        lines.append(
            f"- {out} left out: chosen on the others {label}; on {out}: gained "
            f"{', '.join(sorted(gained)) or 'none'}, lost {', '.join(sorted(lost)) or 'none'}"
        )
    return "\n".join(lines)


def variants() -> dict[str, Callable[[], object]]:
    """Each row's settings: the lower floor as kept, then off (main's answers) with one other
    thing changed."""
    from commands import quote

    def off() -> object:
        return long_floor(quote.FLOOR, quote.LONG_QUESTION)

    return {
        "default, lower floor off": off,
        "default, lower floor off, spare passages per article 8": lambda: both(
            off, lambda: spare(8)
        ),
        "default, lower floor off, spare passages per article 12": lambda: both(
            off, lambda: spare(12)
        ),
        "default, lower floor off, cosine weight 1.5 from 7 typed terms": lambda: both(
            off, lambda: long_weight(1.5, 7)
        ),
        "default, lower floor off, cosine weight 0.75 from 9 typed terms": lambda: both(
            off, lambda: long_weight(0.75, 9)
        ),
        "default, lower floor 0.4 from 8 typed terms": lambda: long_floor(0.4, 8),
        "default, lower floor 0.3 from 10 typed terms": lambda: long_floor(0.3, 10),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--floor-grid", action="store_true", help="choose the lower floor")
    parser.add_argument(
        "--second-floor", action="store_true", help="a further floor for the longest questions"
    )
    args = parser.parse_args()

    from bench import baseline
    from bench.common import ROOT
    from commands.quote import LEXICAL, Methods

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    if args.floor_grid:
        print(floor_grid(db_path, questions, verdicts))
        return
    if args.second_floor:
        print(second_floor_grid(db_path, questions, verdicts))
        return
    main_default, main_lexical = json.loads(
        baseline.run_code(baseline.checkout(MAIN), _MAIN_ANSWERS, db_path)
    )
    main_label = f"default, main ({MAIN})"
    runs = {
        f"lexical, main ({MAIN})": main_lexical,
        "lexical, this tree": qq.answers(db_path, LEXICAL),
        main_label: main_default,
        "default, this tree (lower floor 0.45 from 6 typed terms)": qq.answers(db_path, Methods()),
    }
    for label, way in variants().items():
        with way():  # type: ignore[attr-defined]
            runs[label] = qq.answers(db_path, Methods())
    base_of = {label: label.split(",")[0] + f", main ({MAIN})" for label in runs}
    qq.print_variants(questions, runs, base_of, verdicts, args.unjudged)


if __name__ == "__main__":
    main()
