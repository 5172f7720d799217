"""The passages after each candidate joining the candidates, read with the passages before them
(a window of sentences): measured beside this tree's default in one run, and not kept
(docs/QUALITY.md, "A window of the sentences before").

Usage: .venv/bin/python bench/quote_window_variants.py [--unjudged FILE] [--time]

Six of the later sets' misses are answers that lean on the sentences before them: the passage
that answers names the subject only a sentence or three earlier ("The biggest demonstration
took place in al Hamza ..." then "... estimated that nearly 1,000 people participated"), so
BM25 never finds it and its own words cover little of the question. Passages are sentences, and
an article's passages have consecutive ids; so for each candidate of the default's pool, the
next WINDOW passages of its article join the candidates (quotable ones, not already there),
each scored SHARE of the candidate it follows, and a joined passage's coverage counts the words
of the up to WINDOW passages before it (as a window of sentences would). Ways, each a Way:

- window: WINDOW passages after, SHARE of the score, the re-ranker's cosine also taken on the
  window with the passage (the greater kept, as a short passage's);
- own word or number: a joined passage must hold a typed word (or a word standing for one)
  itself, or a number when the question asks for one;
- only when answered: and joined passages are dropped when no passage found by its own words
  covers the floor (or, when a number is asked, none of those gives one), so that they never
  answer a question the default refuses; the cosine is the passage's own;
- every candidate's window: every candidate's coverage, not only a joined one's, counts the
  words of the passages before it (an answer BM25 finds but whose own words cover under the
  floor, "In 2010, the United States attacked more than 110 times" after Pakistan's drones);
- at half: the words only the window holds add half the coverage they would.
- under the floor only: the window lifts only a passage whose own words cover under the floor,
  and only when a passage found by its own words covers it.

The code is here, over commands/quote.py's functions (replaced for the run, put back after);
the store, questions and verdicts are bench/quote_quality.py's (run that first). Scores as
there: dev splits with the saved verdicts, held-out splits by the substring alone (totals
only); "gained / lost" is against this tree's default.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402
from bench.quote_patch import patched_quote  # noqa: E402


@dataclass(frozen=True)
class Way:
    window: int = 2  # passages after a candidate that join, each read with those before
    share: float = 0.5  # a joined passage's score: this share of the candidate it follows
    window_cosine: bool = True  # a joined passage's cosine also on the window with it
    own_word_or_number: bool = False
    only_when_answered: bool = False
    every_candidate: bool = (
        False  # every candidate's coverage counts its window, not a joined one's alone
    )
    window_weight: float = 1.0  # a window's words' share of the coverage they add
    under_floor_only: bool = False  # the window lifts only passages under the floor, and only
    # when a passage found by its own words covers it


WAYS = {
    "window of 2, half the score": Way(),
    "window of 3, half the score, own word or number": Way(window=3, own_word_or_number=True),
    "window of 1, own word or number, only when answered": Way(
        window=1, window_cosine=False, own_word_or_number=True, only_when_answered=True
    ),
    "window of 3, own word or number, only when answered": Way(
        window=3, window_cosine=False, own_word_or_number=True, only_when_answered=True
    ),
    "window of 3, own word or number, only when answered, every candidate's window": Way(
        window=3,
        window_cosine=False,
        own_word_or_number=True,
        only_when_answered=True,
        every_candidate=True,
    ),
    "window of 3, own word or number, only when answered, every candidate's window at half": Way(
        window=3,
        window_cosine=False,
        own_word_or_number=True,
        only_when_answered=True,
        every_candidate=True,
        window_weight=0.5,
    ),
    "the same, the window lifting only passages under the floor, when answered": Way(
        window=3,
        window_cosine=False,
        own_word_or_number=True,
        only_when_answered=True,
        every_candidate=True,
        under_floor_only=True,
    ),
}


@contextmanager
def windowed(way: Way) -> Iterator[None]:
    """commands/quote.py with the passages after each candidate joining, for the run."""
    from commands import quote, quote_plan
    from commands.passages import _Candidate
    from store.articles import passage_texts
    from text import tokens
    from text.quotable import quotable_text

    original_candidates, original_ranked = quote._candidates, quote._ranked
    original_terms = quote._kept_terms
    window_of: dict[str, str] = {}  # a joined passage's text -> the passages before it
    joined: set[int] = set()

    def candidates(db, terms, phrases, pool, viewer):  # type: ignore[no-untyped-def]
        chosen, spare = original_candidates(db, terms, phrases, pool, viewer)
        by_id = {c.pid: c for c in chosen + spare}
        near = {c.pid + j for c in by_id.values() for j in range(-way.window, way.window + 1)}
        texts = passage_texts(db, sorted(near - set(by_id)), viewer)

        def text_of(pid: int) -> tuple[str | None, int | None]:
            if pid in by_id:
                return by_id[pid].text, by_id[pid].article.id
            if pid not in texts:
                return None, None
            return quotable_text(texts[pid][0]), texts[pid][1].id

        extra: dict[int, _Candidate] = {}
        for c in by_id.values():
            for j in range(1, way.window + 1):
                text, article = text_of(c.pid + j)
                if article != c.article.id:
                    break
                if text and c.pid + j not in by_id and c.pid + j not in extra:
                    extra[c.pid + j] = _Candidate(c.pid + j, way.share * c.score, text, c.article)
        window_of.clear()
        joined.clear()
        joined.update(extra)
        for pid, c in {**extra, **(by_id if way.every_candidate else {})}.items():
            before: list[str] = []
            for j in range(1, way.window + 1):
                text, article = text_of(pid - j)
                if article != c.article.id:
                    break
                if text:
                    before.insert(0, text)
            if before:
                window_of[c.text] = " ".join(before)
        return chosen, spare + list(extra.values())

    class Terms:
        def __getitem__(self, text: str) -> tuple[str, ...]:
            own = original_terms[text]
            if text not in window_of:
                return own
            return tuple(set(own) | tokens.term_set(window_of[text]))

    def ranked(plan, methods, found, held=None, before=None):  # type: ignore[no-untyped-def]
        if way.own_word_or_number:
            asked = set(plan.asked)
            others = [frozenset(a.terms) for a in plan.alternatives]

            def holds(c: _Candidate) -> bool:
                terms = set(original_terms[c.text])
                if asked & terms or any(o <= terms for o in others):
                    return True
                return bool(plan.quantity and quote_plan.has_number(c.text))

            found = [c for c in found if c.pid not in joined or holds(c)]
        answered = True
        if way.only_when_answered:
            measure = plan.coverage_measure()
            own = [
                c
                for c in found
                if c.pid not in joined
                and measure(
                    tokens.term_set(c.article.title or "").union(original_terms[c.text]),
                    (held or {}).get(c.pid, quote_plan.NO_PHRASES),
                )
                >= quote.FLOOR
            ]
            if not own or (plan.quantity and not any(quote_plan.has_number(c.text) for c in own)):
                found = [c for c in found if c.pid not in joined]
                answered = False
        if (way.window_weight < 1 or way.under_floor_only) and methods.coverage:
            # _ranked measures each candidate once, in order: the window's words count at a share
            added = iter(
                tokens.term_set(window_of.get(c.text, "")) - set(original_terms[c.text])
                for c in found
            )
            full_measure = plan.coverage_measure

            def discounted():  # type: ignore[no-untyped-def]
                measure = full_measure()

                def share(terms, held_here=quote_plan.NO_PHRASES):  # type: ignore[no-untyped-def]
                    full = measure(terms, held_here)
                    own = measure(terms - next(added), held_here)
                    if way.under_floor_only and (not answered or own >= quote.FLOOR):
                        return own
                    return own + way.window_weight * (full - own)

                return share

            plan.coverage_measure = discounted
        if way.window_cosine and methods.meaning:
            before = dict(before or {})
            for c in found:
                if c.pid in joined and c.text in window_of:
                    before[c.pid] = f"{window_of[c.text]} {c.text}"
        return original_ranked(plan, methods, found, held, before)

    with patched_quote(candidates, ranked, Terms()):
        yield


TIMED = "window of 3, own word or number, only when answered"


def timing(db_path: str, rounds: int = 2) -> None:
    """CPU p50 / p99 (ms) of `quote` (ten passages) over the questions, the default and TIMED
    alternating in one process, each round after a warm pass of the default."""
    import time

    from commands import quote
    from store.db import connect

    db = connect(db_path, create=False)
    asked = [q["question"] for q in qq.load_questions()]

    def once() -> str:
        spent = []
        for question in asked:
            start = time.process_time()
            quote.run(db, question, limit=qq.DEPTH)
            spent.append((time.process_time() - start) * 1000)
        spent.sort()
        return f"{spent[len(spent) // 2]:.1f} / {spent[int(len(spent) * 0.99)]:.1f}"

    once()
    for _ in range(rounds):
        print(f"default, this tree: {once()} ms")
        with windowed(WAYS[TIMED]):
            print(f"default, {TIMED}: {once()} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--unjudged", metavar="FILE", help="write the dev splits' unjudged top-three passages"
    )
    parser.add_argument(
        "--time", action="store_true", help="only time the default and one way (CPU p50 / p99)"
    )
    args = parser.parse_args()
    from commands.quote_plan import PLAIN, Methods

    db_path = str(qq.HERE / "out" / "quote-quality.db")
    if args.time:
        timing(db_path)
        return
    questions = qq.load_questions()
    verdicts = qq.load_verdicts()
    runs = {
        "plain BM25": qq.answers(db_path, PLAIN),
        "default, this tree": qq.answers(db_path, Methods()),
    }
    for name, way in WAYS.items():
        with windowed(way):
            runs[f"default, {name}"] = qq.answers(db_path, Methods())
    base_of = {label: "default, this tree" for label in runs}
    base_of["plain BM25"] = "plain BM25"
    print(qq.variant_table(questions, runs, base_of, verdicts))
    tuned = [i for i, q in enumerate(questions) if not q["split"].startswith("held")]
    for label, results in runs.items():
        print(f"{label}: {qq.unjudged_count(questions, tuned, results, verdicts)} unjudged")
    if args.unjudged:
        dev = [q for q in questions if not q["split"].startswith("held")]
        qq.write_unjudged(Path(args.unjudged), dev, runs, verdicts)


if __name__ == "__main__":
    main()
