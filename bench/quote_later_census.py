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

With --stages, the default as shipped (the lower floor on) over every dev split (dev to dev7;
held-out splits never read): each answerable question it misses in the first three whose answer
BM25 ranks among the plan's first DEEP, with the stage that drops it (`stage`): not a candidate,
its article's cap filled by the passages above it (PER_ARTICLE chosen and SPARE_PER_ARTICLE
spare), or past the candidate count (MEANING_POOL chosen before its rank); a candidate under the
related floor, or under the floor and shown after the passages covering it past the first three,
or covering the floor and re-ranked below the third; or refused with the reason `quote` gives.
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


DEV_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")


def stage(db, q: dict, verdicts: dict) -> dict | None:  # type: ignore[no-untyped-def]
    """Where the default as shipped drops one answerable question's answer, when BM25 ranks it
    among the plan's first DEEP and it is not in the first three; None otherwise."""
    from commands import passages, quote, quote_plan
    from commands.passages import _candidates, top
    from store.articles import EVERYONE, passage_articles

    methods = quote.Methods()
    query = q["question"]
    got = [r.text for r in quote.run(db, query, limit=qq.DEPTH).results]
    answer_at = next((i for i, t in enumerate(got, 1) if qq.is_answer(q, t, verdicts)), None)
    if q["answer"] is None or (answer_at is not None and answer_at <= 3):
        return None
    plan = quote_plan.make_plan(db, query, methods, [], query, None, EVERYONE)
    order = [pid for pid, _ in top(db, plan.weighted_terms(), DEEP)]
    rank_of = {pid: i for i, pid in enumerate(order, 1)}
    chosen, spare = _candidates(
        db, plan.weighted_terms(), plan.phrases, quote.MEANING_POOL, EVERYONE
    )
    pool = chosen + spare
    row: dict = {"question": q["id"], "split": q["split"], "typed_terms": len(set(plan.asked))}
    row["answer_at"] = answer_at
    in_pool = [c for c in pool if qq.is_answer(q, c.text, verdicts)]
    if in_pool:
        answer = min(in_pool, key=lambda c: rank_of.get(c.pid, DEEP + 1))
    else:
        key = qq._key(q["answer"])
        holding = [pid for pid, _, text in stored_passages(db) if key in qq._key(text)]
        ranked_holding = sorted((rank_of[pid], pid) for pid in holding if pid in rank_of)
        if not ranked_holding:
            return None
        answer = None
        row["bm25_rank"], pid = ranked_holding[0]
        article = passage_articles(db, [pid])[pid]
        last = max(rank_of.get(c.pid, DEEP + 1) for c in chosen) if chosen else 0
        of_article = [c for c in pool if c.article.id == article]
        above = [c for c in of_article if rank_of.get(c.pid, DEEP + 1) < row["bm25_rank"]]
        row["article_above"] = len(above)
        row["last_chosen_rank"] = last
        cap = passages.PER_ARTICLE + passages.SPARE_PER_ARTICLE
        if len(above) >= cap:
            row["stage"] = "not a candidate: its article's cap"
        elif row["bm25_rank"] > last:
            row["stage"] = "not a candidate: past the candidate count"
        else:
            row["stage"] = "not a candidate: passed over (furniture, a repeated sentence)"
        return row
    row["bm25_rank"] = rank_of.get(answer.pid)
    held = quote._held_phrases(db, plan, pool)
    before = quote._before_short(db, pool, EVERYONE)
    ranked = quote._ranked(plan, methods, pool, held, before)
    floor, answering = quote._answering(plan, ranked)
    coverage = next(cov for _, cov, c in ranked if c.pid == answer.pid)
    row["coverage"] = round(coverage, 3)
    row["floor"] = floor
    row["place_in_pool"] = next(i for i, (_, _, c) in enumerate(ranked, 1) if c.pid == answer.pid)
    if not got:
        row["stage"] = "refused: nothing returned"
    elif coverage < quote.RELATED_FLOOR:
        row["stage"] = "a candidate under the related floor"
    elif coverage < floor:
        row["stage"] = "a candidate under the floor, shown after those covering it"
    else:
        row["stage"] = "a candidate covering the floor, re-ranked below"
    return row


def stages(splits: list[str]) -> None:
    from store.db import connect

    db = connect(str(HERE / "out" / "quote-quality.db"), create=False)
    verdicts = qq.load_verdicts()
    rows = []
    for q in qq.load_questions():
        if q["split"] not in splits or not q["split"].startswith("dev"):
            continue
        row = stage(db, q, verdicts)
        if row is not None:
            rows.append(row)
            print(json.dumps(row))
    print(Counter(r["stage"] for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the rows")
    parser.add_argument("--splits", nargs="*", default=None)
    parser.add_argument(
        "--stages", action="store_true", help="the default as shipped: where each answer drops"
    )
    args = parser.parse_args()
    if args.stages:
        stages(args.splits or list(DEV_SPLITS))
        return
    args.splits = args.splits or list(SPLITS)
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
