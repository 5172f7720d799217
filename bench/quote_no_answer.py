"""Questions with no answer: what `quote` says to them, beside main, and what each signal for
"no passage answers" gives on every question set (docs/QUALITY.md, "Questions with no answer").

Usage: .venv/bin/python bench/quote_no_answer.py [--census]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store
first). One run: main at MAIN (its own checkout, in its own process) and this tree, each with
its default and its lexical path, on the same store; this tree also with the number rule off
(commands/quote.NUMBER_ASKED), which must give main's answers. Scores as in
bench/quote_quality.py (dev splits judged, held-out splits by the substring alone and looked at
for totals only), with, for each split, its unanswerable questions told there is none.

With --census, every question the default answers is measured for each signal tried, and the
dev splits' rows are written to bench/quote_no_answer_census.jsonl (ids, figures and the typed
words only); held-out splits are counted. The signals:

- number: whether a question asking for a number has a passage covering the floor that holds
  one (the rule kept);
- article: the greatest share of the question that the article of a passage covering the
  floor holds, with the passage's own words (its title and every passage);
- alignment: for the heaviest typed word the first passage does not cover, its greatest
  cosine with a word of that passage (text/meaning.py's static model), the word a paraphrase
  would have put there;
- own text: the first passage's coverage without its article's title;
- floor passages: how many passages of the pool cover the floor;
- common words: the share of the weight of the question's lower-case typed words (what
  happened, where names say who and where) that the first passage covers.

A threshold is judged leave-one-set-out: chosen on three of dev, dev2, dev3 and dev4 (the most
unanswerable questions refused with no answered one lost, ties to the lowest), scored on the
fourth.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

MAIN = "ee6ed7b"
CENSUS = Path(__file__).resolve().parent / "quote_no_answer_census.jsonl"
SETS = ("dev", "dev2", "dev3", "dev4")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*")
# The worker's code, run in main's checkout: its default's and lexical path's answers.
_MAIN_ANSWERS = """
import json, sys
from bench import quote_quality as qq
from commands.quote import LEXICAL, Methods
print(json.dumps([qq.answers(sys.argv[1], Methods()), qq.answers(sys.argv[1], LEXICAL)]))
"""


def runs(db_path: str) -> dict[str, list[list[str]]]:
    """Each row's first passages for every question, main's from its own checkout."""
    from bench import baseline
    from commands import quote

    main_tree = baseline.checkout(MAIN)
    default, lexical = json.loads(baseline.run_code(main_tree, _MAIN_ANSWERS, db_path))
    out = {f"default, main ({MAIN})": default}
    for number in (False, True):
        quote.NUMBER_ASKED = number
        label = "number rule" if number else "number rule off"
        out[f"default, {label}"] = qq.answers(db_path, quote.Methods())
    out[f"lexical, main ({MAIN})"] = lexical
    for number in (False, True):
        quote.NUMBER_ASKED = number
        label = "number rule" if number else "number rule off"
        out[f"lexical, {label}"] = qq.answers(db_path, quote.LEXICAL)
    quote.NUMBER_ASKED = True
    return out


def table(questions: list[dict], got: dict[str, list[list[str]]], verdicts: dict) -> str:
    """success@3 / MRR and unanswerable told none, per split, and the questions each row gains
    and loses against main's row of its path (dev by id, held-out counted)."""
    base_of = {label: f"{label.split(',')[0]}, main ({MAIN})" for label in got}
    return qq.variant_table(questions, got, base_of, verdicts, against="main", unanswerable=True)


@dataclass
class Row:
    """One question the default answers, measured for each signal."""

    question: str
    split: str
    answer: str  # "right" (an answer in the first three), "missed", or "none" (unanswerable)
    first_coverage: float
    number_asked: bool
    number_given: bool | None  # a floor passage holds a number (None: no number asked)
    article: float
    own_text: float
    floor_passages: int
    uncovered: list[tuple[str, float, float]] = field(default_factory=list)  # word, idf, cosine
    common: float = 1.0  # share of the lower-case typed words' weight the first passage covers

    @property
    def alignment(self) -> float:
        """The heaviest uncovered word's closeness to the first passage (1 when none is)."""
        return max(self.uncovered, key=lambda u: u[1])[2] if self.uncovered else 1.0


def census(db_path: str, questions: list[dict], verdicts: dict) -> list[Row]:
    """Every question the default answers (number rule off, so that its noise is seen),
    measured for each signal."""
    import sqlite3

    from commands import quote, quote_plan
    from store.db import connect
    from text import meaning, tokens

    db = connect(db_path, create=False)
    raw = sqlite3.connect(db_path)
    seen: dict = {}
    ranked_of = quote._ranked

    def keep(plan, methods, candidates, held=None, before=None):  # type: ignore[no-untyped-def]
        out = ranked_of(plan, methods, candidates, held, before)
        seen.update(plan=plan, ranked=out, held=held or {})
        return out

    articles: dict[int, set[str]] = {}

    def article_terms(article_id: int) -> set[str]:
        if article_id not in articles:
            text, title = raw.execute(
                "SELECT text, title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            articles[article_id] = tokens.term_set(text) | tokens.term_set(title or "")
        return articles[article_id]

    quote._ranked = keep  # type: ignore[assignment]
    quote.NUMBER_ASKED = False
    rows = []
    try:
        for q in questions:
            answer = quote.run(db, q["question"], limit=qq.DEPTH)
            if not answer.results:
                continue
            plan, ranked, held = seen["plan"], seen["ranked"], seen["held"]
            measure = plan.coverage_measure()
            judged = verdicts if q["split"].startswith("dev") else {}
            texts = [r.text for r in answer.results]
            if q["answer"] is None:
                kind = "none"
            else:
                right = any(qq.is_answer(q, t, judged) for t in texts[:3])
                kind = "right" if right else "missed"
            floor = [item for item in ranked if item[1] >= quote.FLOOR]
            first = next(item for item in ranked if item[2].pid == answer.results[0].passage_id)

            article = max(
                measure(
                    article_terms(c.article.id) | tokens.term_set(c.text),
                    held.get(c.pid, quote_plan.NO_PHRASES),
                )
                for _, _, c in floor
            )
            own = measure(
                tokens.term_set(first[2].text), held.get(first[2].pid, quote_plan.NO_PHRASES)
            )
            rows.append(
                Row(
                    q["id"],
                    q["split"],
                    kind,
                    round(first[1], 3),
                    plan.quantity,
                    any(quote_plan.has_number(i[2].text) for i in floor) if plan.quantity else None,
                    round(article, 3),
                    round(own, 3),
                    len(floor),
                    _uncovered(q["question"], plan, first[2], tokens, meaning),
                )
            )
            rows[-1].common = round(_common(q["question"], plan, rows[-1].uncovered, tokens), 3)
    finally:
        quote._ranked = ranked_of  # type: ignore[assignment]
        quote.NUMBER_ASKED = True
    return rows


def _uncovered(question, plan, passage, tokens, meaning) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    """The typed words the passage (with its title) covers neither as typed nor through an
    alternative: (word as typed, idf, greatest cosine with a word of the passage)."""
    terms = tokens.term_set(passage.article.title or "") | tokens.term_set(passage.text)
    covered = {t for t in plan.asked if t in terms}
    for alt in plan.alternatives:
        if alt.via not in ("feedback", "association") and set(alt.terms) <= terms:
            covered.update(t for t in tokens.terms(alt.asked) if t in plan.idf)
    typed: dict[str, str] = {}
    for s, e, t in tokens.term_spans(question):
        typed.setdefault(t, question[s:e])
    missing = [t for t in dict.fromkeys(plan.asked) if t not in covered]
    words = list(dict.fromkeys(_WORD.findall(f"{passage.text} {passage.article.title or ''}")))
    if not missing or not words:
        return []
    shown = [typed.get(t, t) for t in missing]
    vectors = meaning.vectors(shown + words)
    cosines = vectors[: len(shown)] @ vectors[len(shown) :].T
    return [
        (word, round(plan.idf.get(t, 0.0), 2), round(float(cosines[i].max()), 3))
        for i, (t, word) in enumerate(zip(missing, shown, strict=True))
    ]


def _common(question, plan, uncovered, tokens) -> float:  # type: ignore[no-untyped-def]
    """The share of the weight of the question's lower-case typed words (not names) that the
    first passage covers: what happened, where the names say who and where."""
    lower = {t for s, e, t in tokens.term_spans(question) if question[s:e].islower()}
    lower &= set(plan.asked)
    total = sum(plan.idf.get(t, 0.0) for t in lower)
    if not total:
        return 1.0
    missing = {w.lower() for w, _, _ in uncovered}
    first_typed = {t: question[s:e] for s, e, t in reversed(tokens.term_spans(question))}
    missed = sum(plan.idf.get(t, 0.0) for t in lower if first_typed.get(t, t).lower() in missing)
    return 1 - missed / total


SIGNALS = {
    # name: (value of a row, thresholds tried; a row below the threshold is refused)
    "article": (lambda r: r.article, (0.52, 0.54, 0.56, 0.58, 0.6, 0.62, 0.64, 0.66)),
    "alignment": (lambda r: r.alignment, (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)),
    "own text": (lambda r: r.own_text, (0.4, 0.45, 0.5, 0.55, 0.6)),
    "floor passages": (lambda r: r.floor_passages, (2, 3, 4, 5, 6)),
    "common words": (lambda r: r.common, (0.3, 0.4, 0.5, 0.6, 0.7)),
}


def _effect(rows: list[Row], refused) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(unanswerable refused, right answers lost, missed ones refused) among rows."""
    out = [0, 0, 0]
    for r in rows:
        if refused(r):
            out[("none", "right", "missed").index(r.answer)] += 1
    return out[0], out[1], out[2]


def signal_lines(rows: list[Row]) -> list[str]:
    """Each signal's effect on the dev splits and held out (counted) at each threshold, and
    leave-one-set-out."""
    dev = [r for r in rows if r.split.startswith("dev")]
    held = [r for r in rows if not r.split.startswith("dev")]
    lines = [
        "| signal | threshold | dev: unanswerable refused / right lost / missed refused | "
        "held out: the same |",
        "|---|---|---|---|",
    ]
    number = lambda r: r.number_given is False  # noqa: E731
    lines.append(
        f"| number | none given | {'/'.join(map(str, _effect(dev, number)))} | "
        f"{'/'.join(map(str, _effect(held, number)))} |"
    )
    cross = []
    for name, (value, thresholds) in SIGNALS.items():
        for t in thresholds:
            lines.append(
                f"| {name} | {t:g} | {'/'.join(map(str, _below(value, t, dev)))} | "
                f"{'/'.join(map(str, _below(value, t, held)))} |"
            )
        picks, total = [], 0
        for left in SETS:
            train = [r for r in dev if r.split != left]
            best = max((0, *thresholds), key=lambda t: (_net(train, value, t), -t))
            refused, lost, _ = _below(value, best, [r for r in dev if r.split == left])
            total += refused - lost
            picks.append(f"{left} {best:g}: +{refused} -{lost}")
        cross.append(f"{name}: {'; '.join(picks)} (net {total:+d})")
    said = "Leave-one-set-out (threshold 0: the signal off): " + ". ".join(cross) + "."
    return [*lines, "", said]


def _below(value, threshold, rows):  # type: ignore[no-untyped-def]
    """_effect of refusing the rows whose value is under threshold."""
    return _effect(rows, lambda r: value(r) < threshold)


def _net(rows, value, threshold) -> int:  # type: ignore[no-untyped-def]
    """Unanswerable questions refused at threshold, or far below zero if a right answer is
    lost: the most refused with none lost is chosen."""
    refused, lost, _ = _below(value, threshold, rows)
    return refused if lost == 0 else -len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--census", action="store_true", help="measure every signal")
    args = parser.parse_args()

    from bench.common import ROOT

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    if args.census:
        rows = census(db_path, questions, verdicts)
        dev = [r for r in rows if r.split.startswith("dev")]
        CENSUS.write_text(
            "".join(json.dumps(r.__dict__ | {"alignment": r.alignment}) + "\n" for r in dev),
            encoding="utf-8",
        )
        print("\n".join(signal_lines(rows)))
        return
    print(table(questions, runs(db_path), verdicts))


if __name__ == "__main__":
    main()
