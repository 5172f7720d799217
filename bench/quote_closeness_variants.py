"""Three more families of change to `quote`'s re-ranking and no-answer floor, each beside the
default in one process, on the questions and store of bench/quote_quality.py (run that first).

Usage: .venv/bin/python bench/quote_closeness_variants.py [--no-write] [--unjudged FILE]

- *Token weights in the static embedding's mean* (text/meaning.py averages its tokens' rows
  with equal weights): SIF (Arora, Liang & Ma 2017, "A simple but tough-to-beat baseline for
  sentence embeddings"): each token weighs a / (a + p(token)), and the first principal
  component of such vectors over a corpus is removed from every vector; or each token weighs
  its idf. Both the question and the passages. p(token) and the idf are counted with the
  model's own tokenizer over the corpus's entity-news articles (source "entities", 12,340
  Guardian articles: none of the conflict articles the questions are over), paragraph by
  paragraph; the principal component is that of 20,000 of their paragraphs of over 20
  tokens (every fourth article's). The counts are kept in bench/out/ (a minute to make).
- *The re-rank combination*: the cosine's weight against the lexical score as a share of the
  best one (the default's sum, weight 1); the lexical score as its rank among the candidates
  (1 - rank / n) instead of its share; both min-max normalised over the candidates (Bruch et
  al. 2023's convex combination); both as z-scores.
- *The no-answer floor*: an answering passage (covering half the question) must hold the
  question's rarest typed word the store holds, or an alternative of it (the others become
  related reading), or only the refusal decided so (no answering passage holds it, or one of
  the two rarest: none answers); or the coverage counted without the typed words held by more
  than 5% of passages (the share over which another word is left out of the search,
  commands/quote_plan.py MAX_OTHER_SHARE), for ranking and floor, or for the refusal alone.

Scores as in bench/quote_quality.py: dev, dev2 and held-out2 with the saved verdicts, held-out
by the substring alone (totals only; held-out2's passages new to these rows are not read, so
its figures are lower bounds). "unjudged" counts dev and dev2 top-three passages without a
verdict; --unjudged FILE writes them for a reader to judge.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.quote_quality import (  # noqa: E402
    DEPTH,
    _verdict_key,
    is_answer,
    load_questions,
    load_verdicts,
    scores,
)

FREQUENCY_SOURCE = "entities"  # the corpus's source whose articles give token frequencies
PC_PARAGRAPHS = 20_000  # paragraphs whose SIF vectors give the principal component
PC_MIN_TOKENS = 20
PC_EVERY = 4  # every fourth article's paragraphs are candidates for the component
SPLITS = ("dev", "dev2", "held-out", "held-out2")
TUNED = ("dev", "dev2")
HELD = ("held-out", "held-out2")


@dataclass(frozen=True)
class Variant:
    token_weights: str | None = None  # "sif" or "idf"
    sif_a: float = 1e-3
    remove_pc: bool = False
    weight: float = 1.0  # the cosine's weight
    combine: str = "share"  # "share" (the default), "rank", "minmax", "z"
    floor: str | None = None  # "rarest", "rarest refusal", "common", "common refusal"
    rarest: int = 1  # the rarest typed words of which one must be held ("rarest refusal")


VARIANTS = {
    "default": Variant(),
    "SIF a=1e-3": Variant(token_weights="sif"),
    "SIF a=1e-3, first component removed": Variant(token_weights="sif", remove_pc=True),
    "SIF a=1e-2, first component removed": Variant(token_weights="sif", sif_a=1e-2, remove_pc=True),
    "SIF a=1e-4, first component removed": Variant(token_weights="sif", sif_a=1e-4, remove_pc=True),
    "equal weights, first component removed": Variant(remove_pc=True),
    "idf-weighted mean": Variant(token_weights="idf"),
    "cosine weight 0.75": Variant(weight=0.75),
    "cosine weight 1.25": Variant(weight=1.25),
    "cosine weight 1.5": Variant(weight=1.5),
    "cosine weight 2": Variant(weight=2.0),
    "lexical rank + cosine, weight 1": Variant(combine="rank"),
    "lexical rank + cosine, weight 2": Variant(combine="rank", weight=2.0),
    "min-max of both, weight 1": Variant(combine="minmax"),
    "z-scores of both, weight 1": Variant(combine="z"),
    "answering passages hold the rarest typed word": Variant(floor="rarest"),
    "refused unless an answering passage holds the rarest typed word": Variant(
        floor="rarest refusal"
    ),
    "refused unless an answering passage holds one of the two rarest": Variant(
        floor="rarest refusal", rarest=2
    ),
    "coverage without words in over 5% of passages": Variant(floor="common"),
    "refused by coverage without words in over 5% of passages": Variant(floor="common refusal"),
}


def token_statistics(out: Path) -> dict:
    """Token counts, document frequencies and the component's paragraphs, from the corpus's
    FREQUENCY_SOURCE articles, made once into out."""
    if out.exists():
        return json.loads(out.read_text(encoding="utf-8"))
    from bench.common import NEWS
    from text import meaning

    tokenizer, _ = meaning._model()
    counts: Counter[int] = Counter()
    docs: Counter[int] = Counter()
    paragraphs: list[list[int]] = []
    articles = tokens_total = 0
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["source"] != FREQUENCY_SOURCE:
                continue
            articles += 1
            seen: set[int] = set()
            for paragraph in record["text"].split("\n"):
                if not paragraph.strip():
                    continue
                ids = tokenizer.encode(paragraph)
                counts.update(ids)
                seen.update(ids)
                tokens_total += len(ids)
                if articles % PC_EVERY == 0 and len(ids) > PC_MIN_TOKENS:
                    paragraphs.append(ids)
            docs.update(seen)
    made = {
        "articles": articles,
        "tokens": tokens_total,
        "counts": counts,
        "docs": docs,
        "paragraphs": paragraphs[:PC_PARAGRAPHS],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(made), encoding="utf-8")
    return json.loads(out.read_text(encoding="utf-8"))


class Embedder:
    """Vectors of texts in float64 from the model's rows, with token weights and the first
    component removed as a variant says (equal weights and nothing removed: the default's
    cosines, to rounding)."""

    def __init__(self, stats: dict) -> None:
        import numpy as np

        from text import meaning

        _, rows = meaning._model()
        self.table = rows.half_table().astype(np.float64)
        size = rows.count
        self.p = np.zeros(size)
        self.df = np.zeros(size)
        for token, n in stats["counts"].items():
            self.p[int(token)] = n / stats["tokens"]
        for token, n in stats["docs"].items():
            self.df[int(token)] = n
        self.articles = stats["articles"]
        self.paragraphs = stats["paragraphs"]
        self._cache: dict[tuple[Variant, str], object] = {}

    def weights(self, variant: Variant):  # type: ignore[no-untyped-def]
        import numpy as np

        if variant.token_weights == "sif":
            return variant.sif_a / (variant.sif_a + self.p)
        if variant.token_weights == "idf":
            return np.log((self.articles + 1) / (self.df + 1))
        return np.ones(len(self.p))

    def similarities(self, variant: Variant) -> Callable[[str, list[str]], list[float]]:
        import numpy as np

        from text import meaning

        w = self.weights(variant)
        component = None
        if variant.remove_pc:
            x = np.stack([(w[ids][:, None] * self.table[ids]).mean(0) for ids in self.paragraphs])
            component = np.linalg.svd(x, full_matrices=False)[2][0]

        def vector(text: str):  # type: ignore[no-untyped-def]
            key = (variant, text)
            if key not in self._cache:
                ids = meaning._token_ids([text])[0]
                v = None
                if ids is not None:
                    v = (w[ids][:, None] * self.table[ids]).mean(0)
                    if component is not None:
                        v = v - (v @ component) * component
                self._cache[key] = v
            return self._cache[key]

        def similarities(query: str, texts: list[str]) -> list[float]:
            q = vector(query)
            out = []
            for text in texts:
                v = vector(text)
                norm = (
                    0.0 if q is None or v is None else float(np.linalg.norm(q) * np.linalg.norm(v))
                )
                out.append(float(q @ v) / norm if norm else 0.0)
            return out

        return similarities


def _rarest(db, plan, k: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The question's k rarest typed terms that some passage holds (none for a question of
    fewer than two such terms)."""
    from store import vocabulary

    df = vocabulary.document_frequencies(db, set(plan.asked))
    held = [t for t in set(plan.asked) if df[t] > 0 and t in plan.idf]
    if len(held) < 2:
        return []
    return sorted(held, key=lambda t: (-plan.idf[t], t))[:k]


def _holds(plan, candidate, term: str) -> bool:  # type: ignore[no-untyped-def]
    from commands import quote
    from text import tokens

    terms = set(quote._kept_terms[candidate.text]) | tokens.term_set(candidate.article.title or "")
    if term in terms:
        return True
    return any(
        a.via != "feedback" and term in tokens.terms(a.asked) and set(a.terms) <= terms
        for a in plan.alternatives
    )


def _without_common(db, plan):  # type: ignore[no-untyped-def]
    """The plan's coverage measure with the typed words held by more than MAX_OTHER_SHARE of
    passages weighing nothing (None when none or all are)."""
    from commands import quote_plan
    from store import vocabulary

    n, _ = vocabulary.passages_and_generation(db)
    df = vocabulary.document_frequencies(db, set(plan.asked))
    common = {t for t in set(plan.asked) if df[t] > quote_plan.MAX_OTHER_SHARE * n}
    if not common or common == set(plan.asked):
        return None
    saved = dict(plan.idf)
    try:
        for t in common:
            plan.idf[t] = 0.0
        return plan.coverage_measure()
    finally:
        plan.idf.clear()
        plan.idf.update(saved)


def _normalised(values: list[float], how: str) -> list[float]:
    if how == "minmax":
        low, high = min(values), max(values)
        return [(v - low) / (high - low) if high > low else 1.0 for v in values]
    mean, spread = statistics.fmean(values), statistics.pstdev(values) or 1.0
    return [(v - mean) / spread for v in values]


@contextmanager
def applied(db, variant: Variant, embedder: Embedder) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """quote's code with the variant in place, restored after."""
    from commands import quote
    from commands.quote_plan import NO_PHRASES
    from text import meaning, tokens

    saved = (meaning.similarities, quote.MEANING_WEIGHT, quote._ranked)
    default_ranked = quote._ranked
    if variant.token_weights or variant.remove_pc:
        meaning.similarities = embedder.similarities(variant)  # type: ignore[assignment]
    quote.MEANING_WEIGHT = variant.weight

    def ranked(plan, methods, candidates, held=None, before=None):  # type: ignore[no-untyped-def]
        if variant.combine == "share" or not methods.meaning:
            out = default_ranked(plan, methods, candidates, held, before)
        else:
            lexical = default_ranked(
                plan, replace(methods, meaning=False), candidates, held, before
            )
            closeness = quote._closeness(plan, candidates, before)
            scores_ = [item[0] for item in lexical]
            cosines = [max(closeness[item[2].pid], 0.0) for item in lexical]
            if variant.combine == "rank":  # lexical is sorted best first
                left = [1 - r / len(lexical) for r in range(len(lexical))]
            else:
                left = _normalised(scores_, variant.combine)
                cosines = _normalised(cosines, variant.combine)
            out = [
                (a + variant.weight * b, item[1], item[2])
                for a, b, item in zip(left, cosines, lexical, strict=True)
            ]
            out.sort(key=lambda item: (-item[0], item[2].pid))
        if not methods.coverage or variant.floor is None:
            return out
        below = quote.FLOOR - 1e-9  # related reading, not an answer
        if variant.floor.startswith("rarest"):
            rare = _rarest(db, plan, variant.rarest)
            if not rare:
                return out
            if variant.floor == "rarest":
                return [
                    (f, cov if _holds(plan, c, rare[0]) else min(cov, below), c)
                    for f, cov, c in out
                ]
            if any(
                cov >= quote.FLOOR and any(_holds(plan, c, t) for t in rare) for _, cov, c in out
            ):
                return out
            return [(f, min(cov, below), c) for f, cov, c in out]
        measure = _without_common(db, plan)
        if measure is None:
            return out
        held = held or {}

        def coverage(c) -> float:  # type: ignore[no-untyped-def]
            terms = tokens.term_set(c.article.title or "").union(quote._kept_terms[c.text])
            return measure(terms, held.get(c.pid, NO_PHRASES))

        if variant.floor == "common":
            ranked_ = default_ranked(plan, methods, candidates, held, before)
            # the default's order with the new coverage: recomputed as _ranked does
            return _recovered(plan, methods, candidates, ranked_, coverage, before)
        if any(cov >= quote.FLOOR and coverage(c) >= quote.FLOOR for _, cov, c in out):
            return out
        return [(f, min(cov, below), c) for f, cov, c in out]

    quote._ranked = ranked  # type: ignore[assignment]
    try:
        yield
    finally:
        meaning.similarities, quote.MEANING_WEIGHT, quote._ranked = saved  # type: ignore[assignment]


def _recovered(plan, methods, candidates, ranked, coverage, before=None):  # type: ignore[no-untyped-def]
    """ranked (the default's items) with each passage's coverage replaced and its score
    recomputed from it, as quote._ranked computes it."""
    from commands import quote, quote_plan

    closeness = quote._closeness(plan, candidates, before)
    best = max((c.score for c in candidates), default=0.0) or 1.0
    out = []
    for _, _, c in ranked:
        cov = coverage(c)
        final = c.score * (quote.COVERED_BASE + (1 - quote.COVERED_BASE) * cov)
        if plan.quantity and not quote_plan.has_number(c.text):
            final *= quote.QUANTITY_FACTOR
        final = final / best + quote.MEANING_WEIGHT * max(closeness[c.pid], 0.0)
        out.append((final, cov, c))
    out.sort(key=lambda item: (-item[0], item[2].pid))
    return out


class VariantTable:
    """One row per variant: success@3 / MRR per split, the tuned splits' questions gained and lost
    against the default, those lost where plain BM25 was right, the held-out ones moved (counted
    only) and the tuned splits' top-three passages without a verdict (gathered across rows,
    each once, to be judged). Splits in `by_substring` are scored by the substring alone (their
    passages are never read)."""

    def __init__(
        self,
        questions: list[dict],
        verdicts: dict,
        splits: tuple[str, ...],
        tuned: tuple[str, ...],
        held: tuple[str, ...],
        by_substring: tuple[str, ...],
        default: list[list[str]],
        plain: list[list[str]],
    ) -> None:
        idx = {s: [i for i, q in enumerate(questions) if q["split"] == s] for s in splits}
        self.questions, self.verdicts, self.idx = questions, verdicts, idx
        self.splits, self.by_substring = splits, by_substring
        self.tuned = [i for s in tuned for i in idx[s]]
        self.held = [i for s in held for i in idx[s]]
        self.default, self.plain = default, plain
        self.seen: set[tuple[str, str]] = set()
        self.unjudged_lines: list[str] = []

    def sizes(self) -> str:
        """The questions per split, as the tables' captions give them."""
        return ", ".join(f"{s} {len(self.idx[s])}" for s in self.splits)

    def write_unjudged(self, path: str) -> None:
        Path(path).write_text(
            "".join(line + "\n" for line in self.unjudged_lines), encoding="utf-8"
        )
        print(f"{len(self.unjudged_lines)} passages to judge in {path}", file=sys.stderr)

    def hit(self, i: int, results: list[list[str]]) -> float:
        q = self.questions[i]
        judged = {} if q["split"] in self.by_substring else self.verdicts
        return scores([q], [results[i]], judged)["success3"]

    def row(self, label: str, results: list[list[str]]) -> str:
        questions, verdicts, hit, default = self.questions, self.verdicts, self.hit, self.default
        cells = []
        for s in self.splits:
            judged = {} if s in self.by_substring else verdicts
            ids = self.idx[s]
            part = scores([questions[i] for i in ids], [results[i] for i in ids], judged)
            cells.append(f"{part['success3']:.3f} / {part['mrr']:.3f}")
        tuned = self.tuned
        gained = [questions[i]["id"] for i in tuned if hit(i, results) > hit(i, default)]
        lost = [questions[i]["id"] for i in tuned if hit(i, results) < hit(i, default)]
        lost_plain = sum(1 for i in tuned if hit(i, self.plain) == 1 and hit(i, results) == 0)
        held_moved = (
            sum(1 for i in self.held if hit(i, results) > hit(i, default)),
            sum(1 for i in self.held if hit(i, results) < hit(i, default)),
        )
        unjudged = 0
        for i in tuned:
            q = questions[i]
            for text in results[i][:3]:
                key = (q["id"], _verdict_key(text))
                if q["answer"] and not is_answer(q, text, verdicts) and key not in verdicts:
                    unjudged += 1
                    if key not in self.seen:
                        self.seen.add(key)
                        record = {"question": q["id"], "asked": q["question"]}
                        record |= {"substring": q["answer"], "passage": text}
                        self.unjudged_lines.append(json.dumps(record))
        return (
            f"| {label} | "
            + " | ".join(cells)
            + f" | {', '.join(gained) or '–'} / {', '.join(lost) or '–'} | {lost_plain} | "
            f"{held_moved[0]} / {held_moved[1]} | {unjudged} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    args = parser.parse_args()

    from bench.common import EVAL, ROOT, publish, require
    from commands import quote
    from commands.quote_plan import PLAIN
    from store.db import connect

    require(EVAL / "news-corpus.jsonl")
    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    db = connect(str(db_path), create=False)
    stats = token_statistics(ROOT / "bench" / "out" / "quote-token-statistics.json")
    embedder = Embedder(stats)
    questions = load_questions()
    verdicts = load_verdicts()

    def answers(methods=None) -> list[list[str]]:  # type: ignore[no-untyped-def]
        return [
            [r.text for r in quote.run(db, q["question"], limit=DEPTH, methods=methods).results]
            for q in questions
        ]

    plain = answers(PLAIN)
    runs: dict[str, list[list[str]]] = {}
    for label, variant in VARIANTS.items():
        with applied(db, variant, embedder):
            runs[label] = answers()
        print(f"ran {label}", file=sys.stderr)

    default = runs["default"]
    lines = [
        "| variant | dev success@3 / MRR | dev2 | held-out (substring) | held-out2 | "
        "dev and dev2 gained / lost against the default | dev and dev2: lost where plain BM25 "
        "was right | held-out and held-out2 gained / lost | dev and dev2 top-3 unjudged |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    # held-out2's top-three passages are judged (bench/quote_quality.py); held-out's never are
    table = VariantTable(questions, verdicts, SPLITS, TUNED, HELD, ("held-out",), default, plain)
    for label, results in runs.items():
        lines.append(table.row(label, results))
    body = (
        "Produced by `.venv/bin/python bench/quote_closeness_variants.py` on the questions and "
        f"store of the quality table ({table.sizes()}), "
        "each variant beside the default in one process. Token frequencies from "
        f"{stats['articles']:,} entity-news articles of the corpus ({stats['tokens']:,} "
        "tokens), none of them a conflict article the questions are over.\n\n" + "\n".join(lines)
    )
    publish(body, "quote-closeness", write=not args.no_write, doc="QUALITY.md")
    if args.unjudged:
        table.write_unjudged(args.unjudged)


if __name__ == "__main__":
    main()
