"""A passage that leans on the one before it, read with it: measured beside this tree's default
and lexical path in one run, and not kept (docs/QUALITY.md, "Passages that lean on the one
before").

Usage: .venv/bin/python bench/quote_leaning_variants.py [--unjudged]

Four of the third set's misses (dev3) are answers whose subject is named a sentence or two
before them ("Wednesday's appearance took place in the Rixos Hotel", "The list of invitees has
reached up to 1,300 individuals"). A passage leans on the one before when it opens, after a
connective ("also", "but", ...), with a reference item of Halliday & Hasan's Cohesion in
English (1976): a third-person pronoun ("it", "they", "his"), a demonstrative ("this",
"these", "such"), or a definite article before a common noun ("the list", not "the United
Nations"). Such a passage, among the candidates, is read with the passage before it in its
article (a quotable one); three ways, each adding to the one before:

- coverage: the words of the passage before count for its coverage (so for the no-answer
  floor and the order of the passages covering half), its BM25 score as it was;
- closeness: the re-ranker's cosine also taken on the two together, the greater kept (as a
  short passage's is: commands/quote.py SHORT_PASSAGE_WORDS);
- score and next: its BM25 score the greater of its own and that of the passage before, when
  that one is a candidate; and the passage after each candidate, when it leans, joins the
  candidates with the candidate's score (a passage that names nothing of the question itself,
  as the answers above, is otherwise never found).

The code is here, over commands/quote.py's functions (replaced for the run, put back after);
the store, questions and verdicts are bench/quote_quality.py's (run that first). Scores as
there: dev, dev2 and dev3 with the saved verdicts, held-out and held-out2 by the substring
alone (totals only); "gained / lost" are against this tree's default (or lexical path).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402
from bench.quote_patch import patched_quote  # noqa: E402

# Halliday & Hasan's reference items that point back: personal and demonstrative.
PRONOUNS = frozenset(["he", "she", "it", "they", "his", "her", "its", "their", "them", "him"])
DEMONSTRATIVES = frozenset(["this", "these", "those", "such"])
DEFINITE = frozenset(["the", "this", "these", "those", "that", "such"])
CONNECTIVES = frozenset(
    ["also", "but", "and", "however", "yet", "still", "meanwhile", "moreover", "besides", "so"]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
SPLITS = ("dev", "dev2", "dev3", "held-out", "held-out2")


@dataclass(frozen=True)
class Way:
    closeness: bool = False
    score_and_next: bool = False


WAYS = {
    "coverage": Way(),
    "coverage + closeness": Way(closeness=True),
    "coverage + closeness + score and next": Way(closeness=True, score_and_next=True),
}


def leans(text: str) -> bool:
    """Whether a passage opens with a reference item pointing back (after connectives)."""
    words = _WORD.findall(text[:160])
    at = 0
    while at < len(words) and words[at].lower() in CONNECTIVES:
        at += 1
    if at >= len(words):
        return False
    word = words[at].lower()
    if word in PRONOUNS or word in DEMONSTRATIVES:
        return True
    return word in DEFINITE and at + 1 < len(words) and words[at + 1][:1].islower()


@contextmanager
def leaning(way: Way) -> Iterator[None]:
    """commands/quote.py with leaning passages read with the one before, for the run."""
    from commands import quote
    from commands.passages import _Candidate
    from store.articles import passage_texts
    from text.quotable import quotable_text

    before_text: dict[str, str] = {}  # a leaning candidate's text -> the passage before's
    context: dict[int, tuple[str, float | None]] = {}  # id -> (before's text, its score)
    original_candidates, original_ranked = quote._candidates, quote._ranked
    original_terms = quote._kept_terms

    def candidates(db, terms, phrases, pool, viewer):  # type: ignore[no-untyped-def]
        chosen, spare = original_candidates(db, terms, phrases, pool, viewer)
        found = chosen + spare
        by_id = {c.pid: c for c in found}
        ids = list(by_id)
        marks = ",".join("?" * len(ids))
        rows = db.conn.execute(
            f"SELECT id, article_id, seq FROM passages WHERE id IN ({marks})", ids
        ).fetchall()
        place = {pid: (article, seq) for pid, article, seq in rows}
        after = [pid + 1 for pid in ids if pid + 1 not in by_id] if way.score_and_next else []
        if after:
            marks = ",".join("?" * len(after))
            same = dict(
                db.conn.execute(
                    f"SELECT id, article_id FROM passages WHERE id IN ({marks})", after
                ).fetchall()
            )
            after = [pid for pid in after if same.get(pid) == place[pid - 1][0]]
        wanted = [
            pid - 1
            for pid in ids
            if place[pid][1] > 0 and pid - 1 not in by_id and leans(by_id[pid].text)
        ]
        texts = passage_texts(db, after + wanted, viewer)
        context.clear()
        for pid in ids:
            if place[pid][1] == 0 or not leans(by_id[pid].text):
                continue
            prev = by_id.get(pid - 1)
            text = prev.text if prev else None
            if text is None and pid - 1 in texts:
                text = quotable_text(texts[pid - 1][0])
            if text:
                context[pid] = (text, prev.score if prev else None)
        extra = []
        for pid in after:
            text = quotable_text(texts[pid][0]) if pid in texts else None
            if text and leans(text):
                prev = by_id[pid - 1]
                extra.append(_Candidate(pid, prev.score, text, prev.article))
                context[pid] = (prev.text, prev.score)
        before_text.clear()
        before_text.update({c.text: context[c.pid][0] for c in found + extra if c.pid in context})
        return chosen, spare + extra

    class Terms:
        def __getitem__(self, text: str) -> tuple[str, ...]:
            own = original_terms[text]
            if text not in before_text:
                return own
            return tuple(set(own) | set(original_terms[before_text[text]]))

    def ranked(plan, methods, found, held=None, before=None):  # type: ignore[no-untyped-def]
        if way.score_and_next:
            for c in found:
                if c.pid in context and context[c.pid][1] is not None:
                    c.score = max(c.score, context[c.pid][1])
        if way.closeness and methods.meaning:
            before = dict(before or {})
            for c in found:
                if c.pid in context:
                    before[c.pid] = f"{context[c.pid][0]} {c.text}"
        return original_ranked(plan, methods, found, held, before)

    with patched_quote(candidates, ranked, Terms()):
        yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--unjudged",
        action="store_true",
        help="also print the dev splits' unjudged top-three passages, as JSON lines",
    )
    args = parser.parse_args()
    from commands.quote_plan import LEXICAL, Methods

    db_path = str(qq.HERE / "out" / "quote-quality.db")
    questions = qq.load_questions()
    verdicts = qq.load_verdicts()
    paths = {"lexical": LEXICAL, "default": Methods()}
    runs: dict[str, list[list[str]]] = {}
    for path, methods in paths.items():
        runs[f"{path}, this tree"] = qq.answers(db_path, methods)
    for name, way in WAYS.items():
        for path, methods in paths.items():
            with leaning(way):
                runs[f"{path}, leaning passages: {name}"] = qq.answers(db_path, methods)
    lines = [
        "| method | " + " | ".join(SPLITS) + " | dev splits gained / lost | "
        "held-out splits gained / lost | dev splits' top-3 unjudged |",
        "|---|" + "---|" * (len(SPLITS) + 3),
    ]
    tuned = [i for i, q in enumerate(questions) if not q["split"].startswith("held")]
    for label, results in runs.items():
        base = runs[f"{label.split(',')[0]}, this tree"]
        cells, gained, lost, held = [], [], [], [0, 0]
        for split in SPLITS:
            idx = [i for i, q in enumerate(questions) if q["split"] == split]
            judged = {} if split.startswith("held") else verdicts
            s = qq.scores([questions[i] for i in idx], [results[i] for i in idx], judged)
            cells.append(f"{s['success3']:.3f} / {s['mrr']:.3f}")
            up, down = qq.moves(questions, idx, base, results, judged)
            if split.startswith("held"):
                held[0] += len(up)
                held[1] += len(down)
            else:
                gained += up
                lost += down
        unjudged = qq.unjudged_count(questions, tuned, results, verdicts)
        lines.append(
            f"| {label} | "
            + " | ".join(cells)
            + f" | {', '.join(gained) or '–'} / {', '.join(lost) or '–'} | "
            f"{held[0]} / {held[1]} | {unjudged} |"
        )
    print("\n".join(lines))
    if args.unjudged:
        import json

        for label, results in runs.items():
            for i, q in enumerate(questions):
                if q["split"].startswith("held") or not q["answer"]:
                    continue
                for t in results[i][:3]:
                    key = (q["id"], qq._verdict_key(t))
                    if not qq.is_answer(q, t, verdicts) and key not in verdicts:
                        print(json.dumps({"run": label, "question": q["id"], "passage": t}))


if __name__ == "__main__":
    main()
