"""Why the default misses the questions of the later dev sets (dev2, dev3, dev4): for each
question it misses in the first three, where its answer passage is and what kept it out
(docs/QUALITY.md, "Passages (`quote`)": the census of the later sets' misses).

Usage: .venv/bin/python bench/quote_later_census.py [--write] [--splits dev2 dev3 dev4 dev5]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store first).
For each missed question: its answer passage, the first of the re-ranker's candidates that
answers (holds the substring or is judged to), else the stored passage holding the substring
that BM25 ranks highest; that passage's rank among the plan's first DEEP by BM25, its coverage
of the question (the floor being commands/quote.FLOOR), its re-ranker cosine and, when it is a
candidate, its place in the default's order of the candidates; the first passage's coverage
and cosine. Then the cause, by the first of these that holds:

- unanswerable: the question has no answer and a passage was given;
- not stored: no stored passage holds the substring, and no candidate answers;
- not in BM25's first DEEP: the answer is ranked past them;
- past the pool: the answer is retrieved but not among the re-ranker's candidates
  (commands/quote.MEANING_POOL, and an article's cap of passages);
- under the floor: the answer is a candidate but covers less than FLOOR (refused, or shown after
  the passages covering it);
- re-ranked below: the answer covers the floor but other passages covering it score more.

The misses are those of the default with its lower floor for long questions off
(commands/quote.LONG_FLOOR set to FLOOR: main's at d962eb3, which the census was read on).

Each row also carries the miss as read (bench/quote_later_reading.json: the kind of wording
that kept the answer out, and a note in a few words). With --write, the rows (ids, figures and
the reading, no passage text) go to bench/quote_later_census.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

HERE = Path(__file__).resolve().parent
CENSUS = HERE / "quote_later_census.jsonl"
READING = HERE / "quote_later_reading.json"
SPLITS = ("dev2", "dev3", "dev4")
DEEP = 1000


_TEXTS: list[tuple[int, int, str]] = []  # (passage id, article id, text), read once


def stored_passages(db) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    from text.quotable import visible_text

    if not _TEXTS:
        rows = db.conn.execute(
            "SELECT p.id, p.article_id, substr(a.text, p.start + 1, p.end - p.start) "
            "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
        ).fetchall()
        _TEXTS.extend((pid, aid, visible_text(t)) for pid, aid, t in rows)
    return _TEXTS


def measure(db, q: dict, verdicts: dict) -> dict:  # type: ignore[no-untyped-def]
    """Where one question's answer is, under the default's ranking."""
    from commands import quote, quote_plan
    from commands.passages import _PHRASE, _candidates, top
    from store.articles import EVERYONE
    from text import meaning, tokens

    methods = quote.Methods()
    query = q["question"]
    phrases = [p for p in (tokens.phrase_key(x) for x in _PHRASE.findall(query)) if p]
    unquoted = _PHRASE.sub(" ", query)
    plan = quote_plan.make_plan(db, query, methods, phrases, unquoted, None, EVERYONE)
    chosen, spare = _candidates(
        db, plan.weighted_terms(), plan.phrases, quote.MEANING_POOL, EVERYONE
    )
    pool = chosen + spare
    held = quote._held_phrases(db, plan, pool)
    before = quote._before_short(db, pool, EVERYONE)
    ranked = quote._ranked(plan, methods, pool, held, before)
    closeness = quote._closeness(plan, pool, before)
    order = [pid for pid, _ in top(db, plan.weighted_terms(), DEEP)]
    bm25_rank = {pid: i for i, pid in enumerate(order, 1)}
    row: dict = {"question": q["id"], "split": q["split"], "kind": q["kind"]}
    row["typed_terms"] = len(plan.asked)
    got = quote.run(db, query, limit=qq.DEPTH)
    texts = [r.text for r in got.results]
    row["returned"] = len(texts)
    row["answer_at"] = next(
        (i for i, t in enumerate(texts, 1) if qq.is_answer(q, t, verdicts)), None
    )
    covering = [x for x in ranked if x[1] >= quote.FLOOR]
    row["pool"] = len(pool)
    row["floor_passages"] = len(covering)
    if texts:
        first = next((x for x in ranked if x[2].text == texts[0]), None)
        if first:
            row["first_coverage"] = round(first[1], 3)
            row["first_cosine"] = round(closeness[first[2].pid], 3)
            row["first_bm25_rank"] = bm25_rank.get(first[2].pid)
    if q["answer"] is None:
        row["cause"] = "unanswerable"
        return row
    in_pool = [x for x in ranked if qq.is_answer(q, x[2].text, verdicts)]
    if in_pool:
        best = in_pool[0]
        row["answer_pid"] = best[2].pid
        row["bm25_rank"] = bm25_rank.get(best[2].pid)
        row["coverage"] = round(best[1], 3)
        row["cosine"] = round(closeness[best[2].pid], 3)
        row["final_rank_in_pool"] = ranked.index(best) + 1
        row["cause"] = "under the floor" if best[1] < quote.FLOOR else "re-ranked below"
        return row
    # Not in the pool: the stored passages holding the substring (best BM25 rank first).
    key = qq._key(q["answer"])
    holding = [(pid, text) for pid, _, text in stored_passages(db) if key in qq._key(text)]
    if not holding:
        row["cause"] = "not stored"
        return row
    holding.sort(key=lambda h: bm25_rank.get(h[0], DEEP + 1))
    pid, text = holding[0]
    measure_of = plan.coverage_measure()
    title = db.conn.execute(
        "SELECT a.title FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.id = ?",
        (pid,),
    ).fetchone()[0]
    row["answer_pid"] = pid
    row["bm25_rank"] = bm25_rank.get(pid)
    row["coverage"] = round(
        measure_of(tokens.term_set(title or "").union(tokens.term_set(text))), 3
    )
    row["cosine"] = round(float(meaning.similarities(query, [text])[0]), 3)
    row["cause"] = "past the pool" if pid in bm25_rank else f"not in BM25's first {DEEP}"
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the rows")
    parser.add_argument("--splits", nargs="*", default=list(SPLITS))
    args = parser.parse_args()
    from commands import quote
    from store.db import connect

    quote.LONG_FLOOR = quote.FLOOR  # the misses as read, before the lower floor
    db = connect(str(HERE / "out" / "quote-quality.db"), create=False)
    verdicts = qq.load_verdicts()
    reading = json.loads(READING.read_text(encoding="utf-8"))
    rows = []
    for q in qq.load_questions():
        if q["split"] not in args.splits:
            continue
        got = [r.text for r in quote.run(db, q["question"], limit=qq.DEPTH).results]
        if qq.scores([q], [got], verdicts)["success3"] == 1:
            continue
        row = measure(db, q, verdicts)
        row["read"], row["note"] = reading.get(q["id"], ("", ""))
        rows.append(row)
        print(json.dumps(row))
    print(Counter(r["cause"] for r in rows))
    print(Counter(r["read"] for r in rows))
    if args.write:
        CENSUS.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
