"""Passages found by meaning as well as by words: a dense first stage (each passage's vector in
text/meaning.py's static model, the question's nearest by cosine over the whole store) fused
with the default's BM25 candidates, beside the default in one run (docs/QUALITY.md, "Passages
(`quote`)": a dense first stage).

Usage: .venv/bin/python bench/quote_dense.py [--unjudged FILE] [--cost | --census | --by-meaning]

Uses the store, the questions and the verdicts of bench/quote_quality.py (build the store
first). Every passage's unit vector (WordLlama's mean of its tokens, as the re-ranker computes
it; zero for page furniture, which is never quoted) is computed once and kept as float16 in
bench/out/quote-dense-vectors.npz, the size a store would hold. The default (this tree's
commands/quote.py, unchanged since main at MAIN) runs as it is, and fused with the DENSE
nearest passages of the question in two ways:

- joined: the k nearest passages (not furniture, visible, not a sentence already among the
  candidates) join the re-ranker's candidates with their own BM25 score for the question (0
  when they hold none of its terms) and their coverage; ranking, floors and the per-article cap
  as the default's;
- fused: reciprocal-rank fusion (Cormack, Clarke & Buettcher 2009, constant RRF_K) of the
  default's ten passages and the k nearest ones, one list cut to ten at two passages an article;
  the default's decision that nothing answers is kept (the floor is the words').

With --by-meaning, instead: joined at BY_MEANING_K, and beside it the passages that join by
meaning alone (not among BM25's candidates) shown whatever share of the question's words they
hold when their cosine clears a floor (placed by the default's score, the cap as the default's):
as related reading (after the passages that answer) or as answers. The floor is the one just
above every dev unanswerable question's best such cosine, and each of BY_MEANING_FLOORS; a
floor chosen for each dev split on the other three (leave-one-split-out) is reported, and the
dev unanswerable questions still told there is none.

Scores as in bench/quote_quality.py: the dev splits with the saved verdicts, the held-out splits
by the substring alone (totals only); "gained / lost" against the default. With --census,
where the answer to each of the later sets' misses (bench/quote_later_census.jsonl) ranks among
all passages by cosine alone. With --unjudged FILE, the dev splits' top-three passages without a
verdict are written to FILE for a reader to judge. With --cost, the dense search's cost at
COST_PASSAGES passages.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

MAIN = "398ea79"
DENSE = (20, 50, 100)
FUSED = (50, 100)
RRF_K = 60
# The nearest passages the floor by meaning looks among (the answers outside the candidates that
# a dense stage reaches are among the first 100: docs/QUALITY.md).
BY_MEANING_K = 100
# Cosine floors measured beside the one the unanswerable questions give (the answers outside the
# candidates have cosines of 0.29 to 0.50: --census), as related reading and, from ANSWER_FROM,
# as answers; and the floor the check for a shared name or number is measured at.
BY_MEANING_FLOORS = (0.35, 0.4, 0.45, 0.5)
ANSWER_FROM = 0.45
NAMED_AT = 0.4
COST_PASSAGES = 100_000
HERE = Path(__file__).resolve().parent
CENSUS = HERE / "quote_later_census.jsonl"


def store_vectors(db_path: str):  # type: ignore[no-untyped-def]
    """(passage ids, their unit vectors as float16 rows): computed once, then read."""
    import numpy as np

    from store.db import connect
    from text import meaning
    from text.quotable import quotable_text

    kept = Path(db_path).parent / "quote-dense-vectors.npz"
    db = connect(db_path, create=False)
    count = db.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    if kept.exists():
        saved = np.load(kept)
        if len(saved["pids"]) == count:
            return saved["pids"], saved["vectors"]
    rows = db.conn.execute(
        "SELECT p.id, substr(a.text, p.start + 1, p.end - p.start) "
        "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
    ).fetchall()
    pids = np.array([r[0] for r in rows], dtype=np.int64)
    texts = [quotable_text(r[1]) or "" for r in rows]
    started = time.process_time()
    vectors = np.concatenate(
        [
            meaning.vectors(texts[i : i + 2000]).astype(np.float16)
            for i in range(0, len(texts), 2000)
        ]
    )
    print(
        f"{len(texts)} passage vectors in {time.process_time() - started:.1f} s CPU",
        file=sys.stderr,
    )
    np.savez(kept, pids=pids, vectors=vectors)
    return pids, vectors


class Dense:
    """The store's passage vectors and each question's nearest passages."""

    def __init__(self, db_path: str) -> None:
        self.pids, self.vectors = store_vectors(db_path)
        self._near: dict[str, list[tuple[int, float]]] = {}

    def cosines(self, question: str):  # type: ignore[no-untyped-def]
        import numpy as np

        from text import meaning

        q = meaning.vectors([question])[0].astype(np.float32)
        return self.vectors.astype(np.float32) @ q

    def nearest(self, question: str, k: int) -> list[tuple[int, float]]:
        """(passage id, cosine) of the question's nearest passages, best first (up to 400)."""
        import numpy as np

        if question not in self._near:
            cos = self.cosines(question)
            top = np.argpartition(-cos, 400)[:400]
            top = top[np.argsort(-cos[top], kind="stable")]
            self._near[question] = [(int(self.pids[i]), float(cos[i])) for i in top]
        return self._near[question][:k]


# The question being asked, for the candidates' hook (quote._candidates is given only terms).
_asking: list[str] = []


def ask(db, question: str):  # type: ignore[no-untyped-def]
    from commands import quote

    _asking[:] = [question]
    return quote.run(db, question, limit=qq.DEPTH)


@contextmanager
def joined(dense: Dense, k: int, found: dict[int, float] | None = None) -> Iterator[None]:
    """The k nearest passages join the re-ranker's candidates (quote._candidates). found, when
    given, is filled with the cosine of each passage that joined so (not one of BM25's)."""
    from commands import passages, quote

    saved = quote._candidates
    bm25: dict[tuple, dict[int, float]] = {}

    def candidates(db, terms, phrases, wanted, viewer):  # type: ignore[no-untyped-def]
        chosen, spare = saved(db, terms, phrases, wanted, viewer)
        if wanted != quote.MEANING_POOL or not _asking:
            return chosen, spare
        key = tuple(terms)
        if key not in bm25:  # every passage's BM25 score for the terms, once a question
            bm25[key] = dict(passages.top(db, terms, 1_000_000))
        seen = {c.pid for c in chosen + spare}
        texts = {passages.same_text_key(c.text) for c in chosen + spare}
        if found is not None:  # this question's (asked again after feedback: the last asking's)
            found.clear()
        cosine = {pid: cos for pid, cos in dense.nearest(_asking[0], k) if pid not in seen}
        near = list(cosine)
        rows = passages.passage_texts(db, near, viewer)
        extra = []
        for pid in near:
            if pid in rows:
                c = passages._candidate(pid, bm25[key].get(pid, 0.0), *rows[pid], phrases, texts)
                if c is not None:
                    extra.append(c)
                    if found is not None:
                        found[pid] = cosine[pid]
        return chosen, spare + extra

    quote._candidates = candidates
    try:
        yield
    finally:
        quote._candidates = saved


# A passage found by meaning alone whose cosine clears the floor is shown as related reading
# ("related") or as an answer ("answer"), whatever share of the question's words it holds.
PLACES = ("related", "answer")
# A word of the question that names (capitalised, not its first word) or gives a number.
_NAMING = re.compile(r"(?<!^)(?<![.?!] )\b(?:[A-Z][\w'-]*|\d[\d,.]*)")


def naming_terms(question: str) -> set[str]:
    """The index terms of the question's names and numbers."""
    from text import tokens

    return tokens.term_set(" ".join(_NAMING.findall(question.strip())))


def found_cosines(db, dense: Dense, k: int, questions: list[dict]) -> list[dict[int, float]]:  # type: ignore[no-untyped-def]
    """For each question, the cosine of each of its k nearest passages that joins the
    candidates by meaning alone (not among BM25's)."""
    out = []
    for q in questions:
        found: dict[int, float] = {}
        with joined(dense, k, found):
            ask(db, q["question"])
        out.append(found)
    return out


@contextmanager
def admitted(dense: Dense, k: int, floor: float, place: str, named: bool) -> Iterator[None]:
    """Joined, and a passage that joined by meaning alone whose cosine is at least floor is
    treated as covering the related floor (place "related") or the answer floor ("answer"),
    its score the default's; named: only if it shares a name or number with the question."""
    from commands import quote

    found: dict[int, float] = {}
    saved = quote._ranked
    cover = quote.RELATED_FLOOR if place == "related" else quote.FLOOR

    def ranked(plan, methods, candidates, held=None, before=None):  # type: ignore[no-untyped-def]
        from text import tokens

        out = saved(plan, methods, candidates, held, before)
        names = naming_terms(plan.question) if named else set()
        lifted = []
        for final, coverage, c in out:
            if found.get(c.pid, -1.0) >= floor and coverage < cover:
                words = tokens.term_set(c.text) | tokens.term_set(c.article.title or "")
                if not named or names & words:
                    coverage = cover
            lifted.append((final, coverage, c))
        return lifted

    with joined(dense, k, found):
        quote._ranked = ranked
        try:
            yield
        finally:
            quote._ranked = saved


def by_meaning_floor(
    questions: list[dict], found: list[dict[int, float]], split: Callable[[str], bool]
) -> float:
    """Just above every unanswerable question's best cosine among the passages found by meaning
    alone, over the splits split accepts: no such question's passage clears it."""
    best = [
        max(f.values(), default=0.0)
        for q, f in zip(questions, found, strict=True)
        if q["answer"] is None and split(q["split"])
    ]
    return math.floor(max(best) * 1000 + 1) / 1000


def fused(db, dense: Dense, question: str, shown, k: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Reciprocal-rank fusion of the default's passages (shown: its Quote results) and the k
    nearest; nothing when the default answers nothing."""
    from commands.passages import PER_ARTICLE, _candidate, passage_texts, same_text_key
    from store.articles import EVERYONE, passage_articles

    if not shown:
        return []
    score: dict[int, float] = {}
    text: dict[int, str] = {}
    keys: set[str] = set()
    for rank, r in enumerate(shown, 1):
        score[r.passage_id] = 1 / (RRF_K + rank)
        text[r.passage_id] = r.text
        keys.add(same_text_key(r.text))
    near = [pid for pid, _ in dense.nearest(question, k)]
    rows = passage_texts(db, near, EVERYONE)
    rank = 0
    for pid in near:
        if pid not in rows:
            continue
        if pid in score:
            rank += 1
            score[pid] += 1 / (RRF_K + rank)
            continue
        c = _candidate(pid, 0.0, *rows[pid], [], keys)
        if c is None:
            continue
        rank += 1
        score[pid] = 1 / (RRF_K + rank)
        text[pid] = c.text
    article = passage_articles(db, list(text))
    ordered = sorted(score, key=lambda p: (-score[p], p))
    picked: list[int] = []
    extra: list[int] = []
    per: dict[int, int] = {}
    for pid in ordered:
        a = article[pid]
        if per.get(a, 0) >= PER_ARTICLE:
            extra.append(pid)
            continue
        per[a] = per.get(a, 0) + 1
        picked.append(pid)
    out = (picked + extra) if len(picked) < qq.DEPTH else picked
    return [text[p] for p in out[: qq.DEPTH]]


def census(db_path: str, dense: Dense) -> str:
    """Where each later-set miss's answer ranks among all passages by cosine alone: the best of
    the passages holding its substring or judged to answer it (passage ids differ from store to
    store, so the census's are not used)."""
    import numpy as np

    from store.db import connect
    from text.quotable import quotable_text

    db = connect(db_path, create=False)
    texts = [
        quotable_text(r[0]) or ""
        for r in db.conn.execute(
            "SELECT substr(a.text, p.start + 1, p.end - p.start) "
            "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
        )
    ]
    questions = {q["id"]: q for q in qq.load_questions()}
    verdicts = qq.load_verdicts()
    lines = [
        "| question | split | BM25 rank (census) | rank by cosine alone | its cosine "
        "| first's cosine |",
        "|---|---|---|---|---|---|",
    ]
    for line in CENSUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        q = questions[row["question"]]
        if not q["answer"]:
            continue
        cos = dense.cosines(q["question"])
        answering = [i for i, t in enumerate(texts) if t and qq.is_answer(q, t, verdicts)]
        if not answering:
            lines.append(f"| {q['id']} | {q['split']} | – | no passage holds it | – | – |")
            continue
        best = max(answering, key=lambda i: cos[i])
        rank = int((cos > cos[best]).sum()) + 1
        lines.append(
            f"| {q['id']} | {q['split']} | {row.get('bm25_rank') or '>1000'} | {rank} | "
            f"{cos[best]:.3f} | {float(np.max(cos)):.3f} |"
        )
    return "\n".join(lines)


def cost(dense: Dense) -> str:
    """The dense search at COST_PASSAGES passages: the store's vectors repeated to that many."""
    import numpy as np

    from text import meaning

    reps = -(-COST_PASSAGES // len(dense.vectors))
    half = np.tile(dense.vectors, (reps, 1))[:COST_PASSAGES].copy()
    single = half.astype(np.float32)
    questions = [q["question"] for q in qq.load_questions()]
    lines = [f"{COST_PASSAGES} x {half.shape[1]}: float16 {half.nbytes / 1e6:.1f} MB"]
    for label, matrix in (("float16 product", half), ("float32 product", single)):
        times = []
        for question in questions:
            q = meaning.vectors([question])[0].astype(matrix.dtype)
            started = time.process_time()
            cos = matrix @ q
            top = np.argpartition(-cos, 100)[:100]
            top[np.argsort(-cos[top])]
            times.append((time.process_time() - started) * 1000)
        times.sort()
        p50, p99 = times[len(times) // 2], times[int(len(times) * 0.99)]
        lines.append(f"{label} and top 100: CPU p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    path = HERE / "out" / "quote-dense-cost.npy"
    np.save(path, half)
    started = time.perf_counter()
    np.load(path)
    wall = (time.perf_counter() - started) * 1000
    lines.append(f"reading the float16 matrix from disk: {wall:.1f} ms wall")
    path.unlink()
    return "\n".join(lines)


def leave_one_split_out(
    questions: list[dict],
    runs: dict[str, list[list[str]]],
    joined_label: str,
    grid: dict[float, str],
    verdicts: dict[tuple[str, str], bool],
) -> str:
    """For each dev split, the related floor (or none: joined alone) with the most questions
    right in the first three on the other three dev splits (ties: the higher floor), and its
    score on the split left out."""
    splits = ("dev", "dev2", "dev3", "dev4")
    choices = {float("inf"): joined_label} | grid

    def hits(label: str, names: set[str]) -> float:
        idx = [i for i, q in enumerate(questions) if q["split"] in names]
        s = qq.scores([questions[i] for i in idx], [runs[label][i] for i in idx], verdicts)
        return s["success3"] * s["n"]

    lines = ["| split left out | floor chosen on the others | its success@3 there | joined's |"]
    lines.append("|---|---|---|---|")
    for out in splits:
        rest = set(splits) - {out}
        chosen = max(choices, key=lambda f: (hits(choices[f], rest), f))
        n = sum(q["split"] == out for q in questions)
        lines.append(
            f"| {out} | {'none' if chosen == float('inf') else chosen} | "
            f"{hits(choices[chosen], {out}) / n:.3f} | {hits(joined_label, {out}) / n:.3f} |"
        )
    return "\n".join(lines)


def by_meaning(  # type: ignore[no-untyped-def]
    db,
    dense: Dense,
    questions: list[dict],
    verdicts: dict[tuple[str, str], bool],
    runs: dict[str, list[list[str]]],
    default_label: str,
    unjudged: str | None,
) -> None:
    """Joined at BY_MEANING_K, and the passages it brings by meaning alone shown when their
    cosine clears a floor just above every dev unanswerable question's best such cosine."""
    k = BY_MEANING_K
    found = found_cosines(db, dense, k, questions)
    floor = by_meaning_floor(questions, found, lambda name: name.startswith("dev"))
    print(f"cosine floor (above every dev unanswerable question's best found by meaning): {floor}")
    bests = sorted(
        max(f.values(), default=0.0)
        for q, f in zip(questions, found, strict=True)
        if q["answer"] is None and q["split"].startswith("dev")
    )
    print(
        "dev unanswerable questions' best cosine found by meaning: "
        + ", ".join(f"{b:.3f}" for b in bests)
    )
    for q, f in zip(questions, found, strict=True):
        over = sorted((c for c in f.values() if c >= floor), reverse=True)
        if over and q["split"].startswith("dev"):
            print(f"  {q['id']} {q['split']}: {len(over)} clear it, the best {over[0]:.3f}")
    joined_label = f"joined, the {k} nearest"
    with joined(dense, k):
        runs[joined_label] = [[r.text for r in ask(db, q["question"]).results] for q in questions]
    rows = [(floor, "related", False)]
    rows += [(f, "related", False) for f in BY_MEANING_FLOORS]
    rows += [(f, "answer", False) for f in BY_MEANING_FLOORS if f >= ANSWER_FROM]
    rows += [(NAMED_AT, "related", True)]
    grid: dict[float, str] = {}
    for f, place, named in rows:
        label = f"by meaning, cosine >= {f}, as {place}" + (
            ", sharing a name or number" if named else ""
        )
        with admitted(dense, k, f, place, named):
            runs[label] = [[r.text for r in ask(db, q["question"]).results] for q in questions]
        if place == "related" and not named:
            grid[f] = label
    print(qq.variant_table(questions, runs, dict.fromkeys(runs, default_label), verdicts))
    print("\n" + leave_one_split_out(questions, runs, joined_label, grid, verdicts))
    dev = [i for i, q in enumerate(questions) if q["split"].startswith("dev")]
    none = [i for i in dev if questions[i]["answer"] is None]
    print("\ndev unanswerable questions told there is none, and top-three passages unjudged:")
    for label, results in runs.items():
        told = sum(not results[i] for i in none)
        print(
            f"- {label}: {told} of {len(none)}; "
            f"{qq.unjudged_count(questions, dev, results, verdicts)} unjudged"
        )
    if unjudged:
        qq.write_unjudged(Path(unjudged), [questions[i] for i in dev], runs, verdicts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--cost", action="store_true", help="time the dense search")
    parser.add_argument("--census", action="store_true", help="the misses' ranks by cosine only")
    parser.add_argument(
        "--by-meaning",
        action="store_true",
        help="shown by a cosine floor",
    )
    args = parser.parse_args()

    from bench.common import ROOT
    from store.db import connect

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    dense = Dense(db_path)
    if args.cost:
        print(cost(dense))
        return
    if args.census:
        print(census(db_path, dense))
        return
    db = connect(db_path, create=False)
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    default_label = f"default (main {MAIN}'s quote code)"
    shown = [ask(db, q["question"]).results for q in questions]
    runs: dict[str, list[list[str]]] = {default_label: [[r.text for r in s] for s in shown]}
    if args.by_meaning:
        by_meaning(db, dense, questions, verdicts, runs, default_label, args.unjudged)
        return
    ways: dict[str, Callable[[], object]] = {
        f"default, the {k} nearest join the candidates": (lambda k=k: joined(dense, k))
        for k in DENSE
    }
    for label, way in ways.items():
        with way():  # type: ignore[attr-defined]
            runs[label] = [[r.text for r in ask(db, q["question"]).results] for q in questions]
    for k in FUSED:
        runs[f"default fused with the {k} nearest (RRF, k = {RRF_K})"] = [
            fused(db, dense, q["question"], s, k) for q, s in zip(questions, shown, strict=True)
        ]
    base_of = dict.fromkeys(runs, default_label)
    qq.print_variants(questions, runs, base_of, verdicts, args.unjudged)


if __name__ == "__main__":
    main()
