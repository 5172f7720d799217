"""Questions with no answer answered with their topic: a passage covering the floor must tell
what the question asks happened, not only share its names (commands/quote.EVENT_ASKED), beside
the rule off (main's answers) in one run on the same store (docs/QUALITY.md, "Passages
(`quote`)": what was asked, not only who and where).

Usage: .venv/bin/python bench/quote_event_variants.py [--unjudged FILE] [--list] [--signals]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store
first). This tree runs with its default and its lexical path, the rule off and on, and with the
rule's closeness floor (commands/quote.EVENT_CLOSENESS) set otherwise (2: the words alone, no
closeness), and with the question's first word always read as a name, as main did before an
everyday word opening a question counted as typed in lower case
(commands/quote.OPENING_WORD_READ). Scores as in bench/quote_quality.py: the dev splits with the
saved verdicts, the held-out splits by the substring alone (totals only), with each split's
unanswerable questions told there is none; "gained / lost" are against the rule off (held-out
splits counted). With --list, every dev question the default answers is printed with its first
passage's opening, and the dev questions the rule refuses; with --unjudged FILE, the dev splits'
top-three passages without a verdict are written to FILE for a reader to judge.

With --signals, the other tests of "this passage tells what was asked" are replayed on each dev
question's candidates as the default ranks them with the rule off (the cap of two passages an
article left out, so a figure may differ from a run by a question): a passage covering the floor
passes the test or goes after those that do, and a question none of whose passages covering the
floor passes is refused. Printed, per test, the dev questions whose success@3 moves:

- verbs: the question's verbs (a lower-case word WordNet 3.0, /usr/share/wordnet, knows as a
  verb and not as a noun, or in a verb's form: "-ed", "-ing", an irregular past) all, or one,
  held by the passage or its title, or another word for them;
- names: every word typed with a capital held by the passage or its title, or another name for
  it; or by the passage's article anywhere;
- share: the share of the lower-case words' weight held at least SHARE, or the closeness floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

FLOORS = (0.05, 0.15, 2.0)


def runs(db_path: str) -> dict[str, list[list[str]]]:
    """Each row's first passages for every question."""
    from commands import quote

    kept = quote.EVENT_CLOSENESS
    out: dict[str, list[list[str]]] = {}
    try:
        quote.EVENT_ASKED = False
        out["default, rule off (main)"] = qq.answers(db_path, quote.Methods())
        quote.EVENT_ASKED = True
        out[f"default, rule on, closeness {kept:g} (kept)"] = qq.answers(db_path, quote.Methods())
        quote.OPENING_WORD_READ = False
        out["default, rule on, the first word a name (main)"] = qq.answers(db_path, quote.Methods())
        quote.OPENING_WORD_READ = True
        for floor in FLOORS:
            quote.EVENT_CLOSENESS = floor
            label = "words alone" if floor > 1 else f"closeness {floor:g}"
            out[f"default, rule on, {label}"] = qq.answers(db_path, quote.Methods())
        quote.EVENT_CLOSENESS = kept
        quote.EVENT_ASKED = False
        out["lexical, rule off (main)"] = qq.answers(db_path, quote.LEXICAL)
        quote.EVENT_ASKED = True
        out["lexical, rule on (the same: no model read)"] = qq.answers(db_path, quote.LEXICAL)
    finally:
        quote.EVENT_ASKED = True
        quote.EVENT_CLOSENESS = kept
        quote.OPENING_WORD_READ = True
    return out


def table(questions: list[dict], got: dict[str, list[list[str]]], verdicts: dict) -> str:
    """success@3 / MRR and the unanswerable told none, per split, and the questions each row
    gains and loses against its path's row with the rule off (dev by id, held-out counted)."""
    base_of = {label: f"{label.split(',')[0]}, rule off (main)" for label in got}
    return qq.variant_table(
        questions, got, base_of, verdicts, against="the rule off", unanswerable=True
    )


def refused(questions: list[dict], got: dict[str, list[list[str]]]) -> list[str]:
    """The dev questions the kept row refuses that the rule off answers."""
    base = got["default, rule off (main)"]
    kept = next(v for k, v in got.items() if k.endswith("(kept)"))
    return [
        q["id"]
        for q, before, after in zip(questions, base, kept, strict=True)
        if q["split"].startswith("dev") and before and not after
    ]


def unjudged(questions: list[dict], got: dict[str, list[list[str]]], verdicts: dict) -> list[dict]:
    """The dev top-three passages of every row that hold no substring and have no verdict."""
    out, seen = [], set()
    for results in got.values():
        for q, texts in zip(questions, results, strict=True):
            if not q["split"].startswith("dev") or q["answer"] is None:
                continue
            for text in texts[:3]:
                key = (q["id"], qq._verdict_key(text))
                if key in verdicts or key in seen or qq.is_answer(q, text, {}):
                    continue
                seen.add(key)
                out.append({"question": q["id"], "text": q["question"], "passage": text})
    return out


WORDNET = Path("/usr/share/wordnet")
SHARES = (0.2, 0.3, 0.4, 0.5)
_VERB_ENDINGS = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""))
_VERB_ENDINGS += (("ing", "e"), ("ing", ""))
_NOUN_ENDINGS = (("s", ""), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"))
_NOUN_ENDINGS += (("men", "man"), ("ies", "y"))


def _lemmas(pos: str) -> set[str]:
    out = set()
    with open(WORDNET / f"index.{pos}", encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith(" "):
                out.add(line.split()[0])
    return out


def _irregular(pos: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(WORDNET / f"{pos}.exc", encoding="latin-1") as handle:
        for line in handle:
            form, *lemmas = line.split()
            out.setdefault(form, []).extend(lemmas)
    return out


def verb_test() -> Callable[[str], bool]:
    """Whether a lower-case word is a verb as typed: WordNet knows it as a verb and not as a
    noun, or it is in a verb's form ("-ed", "-ing", an irregular past: "shot")."""
    verbs, nouns = _lemmas("verb"), _lemmas("noun")
    irregular = _irregular("verb")

    def lemmas(word: str, known: set[str], endings: tuple[tuple[str, str], ...]) -> set[str]:
        out = {word} & known
        for ending, replacement in endings:
            if word.endswith(ending):
                base = word[: -len(ending)] + replacement
                out |= {base, base[:-1] if base[-1:] == base[-2:-1] else base} & known
        return out

    def is_verb(word: str) -> bool:
        as_verb = lemmas(word, verbs, _VERB_ENDINGS) | set(irregular.get(word, ())) & verbs
        if not as_verb:
            return False
        if not lemmas(word, nouns, _NOUN_ENDINGS) or word in irregular:
            return True
        return word.endswith(("ed", "ing")) and word not in as_verb

    return is_verb


@dataclass
class Candidate:
    cover: float
    text: str
    held: set[str]  # the question's searched terms the passage or its title holds, or another
    # word for
    in_article: set[str]  # the same, in the passage's article anywhere
    closeness: float  # of the question's lower-case words with the passage
    right: bool


def candidates(db_path: str, questions: list[dict], verdicts: dict) -> list[tuple[dict, dict]]:
    """(question, {"floor": its passages covering the floor, as Candidates, in the default's
    order; "terms": each searched term's word as typed}) for every dev question the default
    answers with the rule off."""
    import sqlite3

    from commands import quote, quote_plan
    from store.db import connect
    from text import meaning, tokens

    db = connect(db_path, create=False)
    raw = sqlite3.connect(db_path)
    seen: dict = {}
    ranked_of = quote._ranked
    articles: dict[int, set[str]] = {}

    def keep(plan, methods, found, held=None, before=None):  # type: ignore[no-untyped-def]
        out = ranked_of(plan, methods, found, held, before)
        seen.update(plan=plan, ranked=out)
        return out

    def article_terms(article_id: int) -> set[str]:
        if article_id not in articles:
            text, title = raw.execute(
                "SELECT text, title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            articles[article_id] = tokens.term_set(text) | tokens.term_set(title or "")
        return articles[article_id]

    out = []
    quote._ranked = keep  # type: ignore[assignment]
    quote.EVENT_ASKED = False
    try:
        for q in questions:
            if not q["split"].startswith("dev"):
                continue
            seen.clear()
            if not quote.run(db, q["question"], limit=qq.DEPTH).results:
                continue
            plan, ranked = seen["plan"], seen["ranked"]
            floor, answering = quote._answering(plan, ranked)
            typed: dict[str, str] = {}
            for word in q["question"].split():
                for t in tokens.terms(word):
                    if t in plan.asked:
                        typed.setdefault(t, word)
            lower = [w for w in quote.event_words(q["question"]) if w in typed.values()]
            others = [
                (set(alt.terms), set(tokens.terms(alt.asked)))
                for alt in plan.alternatives
                if alt.via not in quote_plan.NOT_COVERING
            ]

            def held(
                terms: set[str],
                typed: dict[str, str] = typed,
                others: list[tuple[set[str], set[str]]] = others,
            ) -> set[str]:
                out = {t for t in typed if t in terms}
                for alt, stands_for in others:
                    if alt <= terms:
                        out |= stands_for & set(typed)
                return out

            close = meaning.similarities(" ".join(lower), [c.text for _, _, c in answering])
            floor_passages = [
                Candidate(
                    cover,
                    c.text,
                    held(tokens.term_set(c.text) | tokens.term_set(c.article.title or "")),
                    held(article_terms(c.article.id)),
                    value,
                    qq.is_answer(q, c.text, verdicts),
                )
                for (_, cover, c), value in zip(answering, close, strict=True)
            ]
            related = [
                qq.is_answer(q, c.text, verdicts)
                for _, cover, c in ranked
                if quote.RELATED_FLOOR <= cover < floor
            ]
            out.append((q, {"floor": floor_passages, "typed": typed, "related": related}))
    finally:
        quote._ranked = ranked_of  # type: ignore[assignment]
        quote.EVENT_ASKED = True
    return out


def replay(found: list[tuple[dict, dict]], passes: Callable[[dict, Candidate], bool]) -> str:
    """The dev questions whose success@3 moves when the floor passages failing passes go after
    those that pass, and a question none of whose floor passages passes is refused."""
    moved = []
    for q, got in found:
        floor = got["floor"]
        good = [c for c in floor if passes(got, c)]
        before = any(c.right for c in floor[:3]) or (
            len(floor) < 3 and any(got["related"][: 3 - len(floor)])
        )
        if q["answer"] is None:
            if not good:
                moved.append(f"+{q['id']}")
            continue
        order = [c.right for c in good + [c for c in floor if not passes(got, c)]]
        after = bool(good) and (
            any(order[:3]) or (len(order) < 3 and any(got["related"][: 3 - len(order)]))
        )
        if before != after:
            moved.append(("+" if after else "-") + q["id"])
    return ", ".join(moved) or "–"


def signal_lines(db_path: str, questions: list[dict], verdicts: dict) -> list[str]:
    """Each replayed test and the dev questions it moves."""
    from commands import quote

    found = candidates(db_path, questions, verdicts)
    is_verb = verb_test()

    def lower(got: dict) -> list[str]:
        return [t for t, w in got["typed"].items() if quote.event_words(w) == [w]]

    def verbs(got: dict) -> list[str]:
        return [t for t in lower(got) if is_verb(got["typed"][t].lower().strip(",.?"))]

    def names(got: dict) -> list[str]:
        return [t for t in got["typed"] if t not in lower(got)]

    def share(got: dict, c: Candidate) -> float:
        words = lower(got)
        return sum(t in c.held for t in words) / len(words) if words else 1.0

    floor = quote.EVENT_CLOSENESS
    tests: dict[str, Callable[[dict, Candidate], bool]] = {
        "the kept rule (replayed)": lambda g, c: share(g, c) > 0 or c.closeness >= floor,
        "verbs, all held": lambda g, c: all(t in c.held for t in verbs(g)),
        "verbs, one held": lambda g, c: not verbs(g) or any(t in c.held for t in verbs(g)),
        "names, all held by the passage or its title": lambda g, c: all(
            t in c.held for t in names(g)
        ),
        "names, all held by the passage's article": lambda g, c: all(
            t in c.in_article for t in names(g)
        ),
    }
    for least in SHARES:
        tests[f"share of the lower-case words >= {least:g}, or closeness >= {floor:g}"] = (
            lambda g, c, least=least: share(g, c) >= least or c.closeness >= floor
        )
    return [f"- {name}: {replay(found, test)}" for name, test in tests.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--list", action="store_true", help="the dev questions refused")
    parser.add_argument("--signals", action="store_true", help="replay the other tests")
    args = parser.parse_args()

    from bench.common import ROOT

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    if args.signals:
        print("\n".join(signal_lines(db_path, questions, verdicts)))
        return
    got = runs(db_path)
    print(table(questions, got, verdicts))
    if args.list:
        print("\nRefused by the kept row, answered with the rule off:", refused(questions, got))
    if args.unjudged:
        rows = unjudged(questions, got, verdicts)
        Path(args.unjudged).write_text(
            "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
        )
        print(f"\n{len(rows)} dev top-three passages without a verdict: {args.unjudged}")


if __name__ == "__main__":
    main()
