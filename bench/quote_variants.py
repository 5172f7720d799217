"""Ways of combining `quote`'s lexical and meaning scores, each beside the default in one run,
and why the dev questions the default misses are missed.

Usage: .venv/bin/python bench/quote_variants.py [--no-write]

Uses the store and the judged questions of bench/quote_quality.py (bench/out/quote-quality.db;
run that first). Each variant changes one thing in how the default (commands/quote.py: the
lexical ranking, then the best MEANING_POOL passages re-ordered by score share plus cosine)
orders its candidates; everything else (plan, candidates, no-answer floor, one passage per
article first) is the default's own code:

- a deeper pool for the re-ranker (60, 100 passages);
- a passage's meaning as its best sentence's cosine with the question, mixed with the whole
  passage's (half and half) or alone;
- coverage by meaning: a typed word the passage lacks counts as covered, in proportion to its
  cosine, by the passage word closest to it in the model when that cosine reaches a threshold
  (ranking only; the no-answer floor stays lexical, except in the row that says otherwise);
- reciprocal-rank fusion (Cormack et al. 2009) of the lexical and the meaning orders, k = 60
  and k = 10, in place of the weighted sum;
- "how many" questions: a passage with a number just before one of the question's words (or
  their alternatives) gains a factor;
- two combinations;
- one order by score for the passages that cover half the question and those that cover a
  third (the default puts the first before the second), with the default pool and 60;
- the plan without the general thesaurus's related words (text/word_relations.py), and with
  only its derivations or only its synonyms;
- passage retrieval with its article's context (Callan 1994; Liu & Croft 2002): the passages
  before and after each candidate in its article join the candidates, and a passage's score
  is its own plus a weight times its context's (the better of its two neighbours', or the best
  of its article's other candidates'), its coverage blended with that of its terms and its
  context's (the title's words are already indexed with every passage, as a BM25F title
  field would have them); or only the question's names counted as covered where the passage's
  article (its title, its candidates and their neighbours) holds them;
- term proximity as a feature added to the re-ranker's sum: Tao & Zhai 2007's MinDist
  (log(alpha + exp(-d)), d the fewest terms between two different words of the question),
  and the share of the question's weight the best window of SPAN terms covers.

The new families' weights are chosen leave-one-topic-out over the dev collections, as the
re-ranker's weight is (bench/quote_quality.py).

Scores as in bench/quote_quality.py: dev with the saved verdicts, held-out by the substring
alone (totals only); "unjudged" counts dev top-3 passages without a verdict (a lower bound
until they are judged). The second table gives, for each dev question the default misses,
where the answering passage is: its BM25 rank among the candidates (up to 400), its coverage,
and the cause.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.quote_quality import (  # noqa: E402
    DEPTH,
    _key,
    _verdict_key,
    is_answer,
    leave_one_topic_out,
    load_questions,
    load_verdicts,
    scores,
)

DEEP = 400  # candidates read to find where a missed answer is
TAO_ZHAI_ALPHA = 0.3  # Tao & Zhai 2007's alpha
SPAN = 10  # terms of the window whose coverage "span" proximity counts
CONTEXT_WEIGHTS = (0.25, 0.5, 1.0)
PROXIMITY_WEIGHTS = (0.1, 0.25, 0.5, 1.0)
NEAR = 3  # words between a number and the question's word it counts
NEAR_FACTOR = 1.3


@dataclass(frozen=True)
class Variant:
    pool: int = 30
    sentence_mix: float = 0.0  # share of the best sentence's cosine in a passage's meaning
    word_match: float = 0.0  # cosine a passage word needs to cover a typed word (0: off)
    word_floor: bool = False  # coverage by meaning also decides the no-answer floor
    fusion: int = 0  # reciprocal-rank fusion's k (0: the weighted sum)
    number_near: bool = False
    answers_first: bool = True  # passages covering half the question before the others
    forms: bool = True  # words of the typed words' families as alternatives (WordNet)
    thesaurus: bool = True  # synonyms of their frequent senses as alternatives (WordNet)
    # Passage retrieval with its article's context (Callan 1994; Liu & Croft 2002): "window",
    # a passage's neighbours (the passage before and after it in its article) join the
    # candidates, and each passage's score and coverage are blended with its window's;
    # "article", with the best other passage of its article among the candidates. 0: off.
    context: str = ""
    context_weight: float = 0.0
    # Term proximity of the question's words in a passage, added to the re-ranker's sum:
    # "mindist", Tao & Zhai 2007's log(alpha + exp(-MinDist)), scaled to [0, 1]; "span", the
    # share of the question's weight that the best window of SPAN terms covers (BM25TP's
    # idea of pairs of terms close together, Rasolofo & Savoy 2003). "": off.
    proximity: str = ""
    proximity_weight: float = 0.0


VARIANTS = {
    "default (pool 30, weighted sum)": Variant(),
    "pool 60": Variant(pool=60),
    "pool 100": Variant(pool=100),
    "best sentence, mixed half": Variant(sentence_mix=0.5),
    "best sentence alone": Variant(sentence_mix=1.0),
    "coverage by meaning, cosine >= 0.5": Variant(word_match=0.5),
    "coverage by meaning, cosine >= 0.6": Variant(word_match=0.6),
    "coverage by meaning >= 0.5, floor too": Variant(word_match=0.5, word_floor=True),
    "rank fusion k=60": Variant(fusion=60),
    "rank fusion k=10": Variant(fusion=10),
    "how many: number near the word": Variant(number_near=True),
    "pool 100 + best sentence half": Variant(pool=100, sentence_mix=0.5),
    "pool 100 + coverage by meaning 0.5": Variant(pool=100, word_match=0.5),
    "one order by score, answering and related passages together": Variant(answers_first=False),
    "pool 60, one order by score": Variant(pool=60, answers_first=False),
    "no WordNet relations (776fc46's plan)": Variant(forms=False, thesaurus=False),
    "WordNet derivations only": Variant(thesaurus=False),
    "WordNet synonyms only": Variant(forms=False),
    **{
        f"context: window of neighbours, weight {w:g}": Variant(context="window", context_weight=w)
        for w in CONTEXT_WEIGHTS
    },
    **{
        f"context: best passage of the article, weight {w:g}": Variant(
            context="article", context_weight=w
        )
        for w in CONTEXT_WEIGHTS
    },
    **{
        f"context: the article's names, weight {w:g}": Variant(context="names", context_weight=w)
        for w in CONTEXT_WEIGHTS
    },
    **{
        f"proximity: MinDist, weight {w:g}": Variant(proximity="mindist", proximity_weight=w)
        for w in PROXIMITY_WEIGHTS
    },
    **{
        f"proximity: best {SPAN}-term window, weight {w:g}": Variant(
            proximity="span", proximity_weight=w
        )
        for w in PROXIMITY_WEIGHTS
    },
}
# Families of variants whose weight is chosen leave-one-topic-out on the dev questions.
FAMILIES = {
    "context: window of neighbours": ("context: window of neighbours, weight ", CONTEXT_WEIGHTS),
    "context: best passage of the article": (
        "context: best passage of the article, weight ",
        CONTEXT_WEIGHTS,
    ),
    "context: the article's names": ("context: the article's names, weight ", CONTEXT_WEIGHTS),
    "proximity: MinDist": ("proximity: MinDist, weight ", PROXIMITY_WEIGHTS),
    f"proximity: best {SPAN}-term window": (
        f"proximity: best {SPAN}-term window, weight ",
        PROXIMITY_WEIGHTS,
    ),
}

_NUMBER = re.compile(r"^\d[\d,.]*$")


class Ranker:
    """quote._ranked with one variant applied; the lexical part is the default's code."""

    def __init__(self, variant: Variant, db=None) -> None:
        from commands import quote

        self.v = variant
        self.db = db
        self.lexical = quote._ranked
        self.word_vectors: dict[str, object] = {}

    def __call__(self, plan, methods, candidates, held=None):
        from commands import quote

        if not methods.coverage or not methods.meaning:
            return self.lexical(plan, methods, candidates, held)
        context_terms: dict[int, set[str]] = {}
        mix = 0.0  # the context's share of a passage's coverage
        if self.v.context:
            candidates, context_terms = self.with_context(plan, candidates)
            mix = self.v.context_weight / (1 + self.v.context_weight)
        lexical = self.lexical(plan, replace(methods, meaning=False), candidates, held)
        best = max((c.score for c in candidates), default=0.0) or 1.0
        cos = self.closeness(plan, [c for _, _, c in lexical])
        measure = plan.coverage_measure() if context_terms else None
        rows = []
        for lex, cov, c in lexical:
            if measure is not None:
                from commands.quote_plan import NO_PHRASES

                around = measure(context_terms[c.pid], (held or {}).get(c.pid, NO_PHRASES))
                new = (1 - mix) * cov + mix * max(around, cov)
                lex = lex / (0.5 + 0.5 * cov) * (0.5 + 0.5 * new)
                cov = new
            if self.v.word_match:
                new = self.covered_by_meaning(plan, c, cov)
                lex = lex / (0.5 + 0.5 * cov) * (0.5 + 0.5 * new)
                cov = new if self.v.word_floor else cov
            if self.v.number_near and plan.quantity and self.number_near(plan, c.text):
                lex *= NEAR_FACTOR
            rows.append([lex, cov, c])
        if self.v.fusion:
            k = self.v.fusion
            by_lex = sorted(rows, key=lambda r: -r[0])
            by_cos = sorted(rows, key=lambda r: -cos[r[2].pid])
            lex_rank = {r[2].pid: i for i, r in enumerate(by_lex, 1)}
            cos_rank = {r[2].pid: i for i, r in enumerate(by_cos, 1)}
            out = [
                (1 / (k + lex_rank[c.pid]) + 1 / (k + cos_rank[c.pid]), cov, c)
                for _, cov, c in rows
            ]
        else:
            out = [
                (lex / best + quote.MEANING_WEIGHT * max(cos[c.pid], 0.0), cov, c)
                for lex, cov, c in rows
            ]
        if self.v.proximity:
            out = [
                (final + self.v.proximity_weight * self.proximity(plan, c.text), cov, c)
                for final, cov, c in out
            ]
        out.sort(key=lambda item: (-item[0], item[2].pid))
        return out

    def with_context(self, plan, candidates):
        """The candidates and their neighbours in their articles (the passage before and after
        each), each with its score blended with its context's (its window's best neighbour, or
        its article's best other passage among them), and each passage's terms with its
        context's (title, and the context passages'), by passage id."""
        from commands.passages import _Candidate, same_text_key
        from store import index
        from store.articles import passage_texts
        from text import tokens
        from text.quotable import quotable_text

        ids, values = index.score(self.db, plan.weighted_terms())
        own = dict(zip(ids.tolist(), values.tolist(), strict=True))
        have = {c.pid for c in candidates}
        seen = {same_text_key(c.text) for c in candidates}
        wanted = sorted({p for c in candidates for p in (c.pid - 1, c.pid + 1)} - have)
        rows = passage_texts(self.db, wanted)
        by_article = {c.article.id: c.article for c in candidates}
        added = []
        for pid in wanted:
            if pid not in rows or rows[pid][1].id not in by_article:
                continue  # not a passage of the same article as a candidate
            text = quotable_text(rows[pid][0])
            if text is None or same_text_key(text) in seen:
                continue
            seen.add(same_text_key(text))
            added.append(_Candidate(pid, own.get(pid, 0.0), text, rows[pid][1]))
        everyone = candidates + added
        terms = {c.pid: tokens.term_set(c.text) for c in everyone}
        # neighbours' terms and scores, read also where the neighbour is no candidate
        outside = sorted({p for c in everyone for p in (c.pid - 1, c.pid + 1)} - terms.keys())
        article_of = {c.pid: c.article.id for c in everyone}
        for pid, (t, a) in passage_texts(self.db, outside).items():
            article_of[pid] = a.id
            terms[pid] = tokens.term_set(quotable_text(t) or "")
        titles = {a: tokens.term_set(art.title or "") for a, art in by_article.items()}
        members: dict[int, list[_Candidate]] = {}
        for c in everyone:
            members.setdefault(c.article.id, []).append(c)
        out, context_terms = [], {}
        w = self.v.context_weight
        for c in everyone:
            if self.v.context == "window":
                around = [p for p in (c.pid - 1, c.pid + 1) if article_of.get(p) == c.article.id]
                extra = max((own.get(p, 0.0) for p in around), default=0.0)
            else:
                others = [o for o in members[c.article.id] if o.pid != c.pid]
                around = [o.pid for o in others]
                extra = max((o.score for o in others), default=0.0)
            if self.v.context == "names":
                # only the question's names count as covered by the article around the
                # passage, which names its subject once and then refers back to it
                held = set(titles[c.article.id]).union(
                    *(terms[o.pid] for o in members[c.article.id])
                )
                context_terms[c.pid] = terms[c.pid] | (held & self.name_terms(plan))
                out.append(c)
                continue
            context_terms[c.pid] = terms[c.pid].union(
                titles[c.article.id], *(terms[p] for p in around)
            )
            out.append(replace(c, score=c.score + w * extra))
        return out, context_terms

    def name_terms(self, plan) -> set[str]:
        """The terms of the names the question types (capitalised words but its first), and
        of their alternatives."""
        from text import tokens

        spans = tokens.term_spans(plan.question)
        names = {t for s, _, t in spans[1:] if plan.question[s].isupper()}
        out = set(names)
        for alt in plan.alternatives:
            if set(tokens.terms(alt.asked)) & names:
                out.update(alt.terms)
        return out

    def proximity(self, plan, text: str) -> float:
        """How close together the question's words (typed, or through an alternative) stand
        in the passage, in [0, 1]."""
        from text import tokens

        stands: dict[str, set[str]] = {t: {t} for t in plan.asked if t in plan.idf}
        for alt in plan.alternatives:
            if alt.via == "feedback":
                continue
            typed = {t for t in tokens.terms(alt.asked) if t in plan.idf}
            for t in alt.terms:
                stands.setdefault(t, set()).update(typed)
        spans = tokens.term_spans(text)
        positions = [(i, stands[t]) for i, (_, _, t) in enumerate(spans) if stands.get(t)]
        if self.v.proximity == "mindist":
            best = None  # the fewest terms between two different words of the question
            for a, (i, x) in enumerate(positions):
                for j, y in positions[a + 1 :]:
                    if best is not None and j - i >= best:
                        break
                    if len(x | y) > 1:
                        best = j - i
                        break
            delta = best if best is not None else max(len(spans), 1)
            top = math.log(TAO_ZHAI_ALPHA + math.exp(-1))
            low = math.log(TAO_ZHAI_ALPHA)
            return (math.log(TAO_ZHAI_ALPHA + math.exp(-delta)) - low) / (top - low)
        total = sum(plan.idf.get(t, 0.0) for t in set(plan.asked))
        if total <= 0:
            return 0.0
        most = 0.0
        for a, (i, _) in enumerate(positions):
            covered: set[str] = set()
            for j, words in positions[a:]:
                if j - i >= SPAN:
                    break
                covered |= words
            most = max(most, sum(plan.idf.get(t, 0.0) for t in covered) / total)
        return most

    def closeness(self, plan, candidates) -> dict[int, float]:
        from text import meaning
        from text.sentences import split_sentences

        whole = meaning.similarities(plan.question, [c.text for c in candidates])
        out = {}
        for c, w in zip(candidates, whole, strict=True):
            value = w
            if self.v.sentence_mix:
                sentences = [c.text[a:b] for a, b in split_sentences(c.text)]
                if len(sentences) > 1:
                    top = max(meaning.similarities(plan.question, sentences))
                    value = self.v.sentence_mix * top + (1 - self.v.sentence_mix) * w
            out[c.pid] = value
        return out

    def vectors(self, words: list[str]):
        import numpy as np

        from text import meaning

        new = [w for w in words if w not in self.word_vectors]
        if new:
            self.word_vectors.update(zip(new, meaning.vectors(new), strict=True))
        return np.stack([self.word_vectors[w] for w in words])

    def covered_by_meaning(self, plan, c, coverage: float) -> float:
        from text import tokens

        total = sum(plan.idf.get(t, 0.0) for t in set(plan.asked))
        if total <= 0:
            return coverage
        typed: dict[str, str] = {}
        for s, e, t in tokens.term_spans(plan.question):
            typed.setdefault(t, plan.question[s:e].lower())
        text = f"{c.text} {c.article.title or ''}"
        spans = tokens.term_spans(text)
        present = {t for _, _, t in spans}
        for alt in plan.alternatives:
            if alt.via != "feedback" and all(t in present for t in alt.terms):
                present.update(tokens.terms(alt.asked))
        missing = [t for t in set(plan.asked) if t not in present and t in typed]
        words = sorted({text[s:e].lower() for s, e, _ in spans})
        if not missing or not words:
            return coverage
        sims = (self.vectors([typed[t] for t in missing]) @ self.vectors(words).T).max(axis=1)
        gained = sum(
            plan.idf.get(t, 0.0) * float(s)
            for t, s in zip(missing, sims, strict=True)
            if s >= self.v.word_match
        )
        return min(1.0, coverage + gained / total)

    def number_near(self, plan, text: str) -> bool:
        from text import tokens

        wanted = plan.wanted()
        words = text.split()
        for i, w in enumerate(words):
            if _NUMBER.match(w.strip("()")):
                after = " ".join(words[i + 1 : i + 1 + NEAR])
                if wanted & set(tokens.terms(after)):
                    return True
        return False


def run_variant(db, questions: list[dict], variant: Variant) -> list[list[str]]:
    from commands import quote

    saved = quote._ranked, quote.MEANING_POOL, quote.ANSWERS_FIRST
    quote._ranked, quote.MEANING_POOL = Ranker(variant, db), variant.pool
    quote.ANSWERS_FIRST = variant.answers_first
    methods = replace(quote.Methods(), forms=variant.forms, thesaurus=variant.thesaurus)
    try:
        return [
            [r.text for r in quote.run(db, q["question"], limit=DEPTH, methods=methods).results]
            for q in questions
        ]
    finally:
        quote._ranked, quote.MEANING_POOL, quote.ANSWERS_FIRST = saved


def meaning_ranks(db, dev: list[dict], verdicts) -> tuple[dict[str, int | None], set[str]]:
    """Where the first answering passage ranks when every passage of the store is ordered by
    its cosine with the question alone: what candidates found by meaning could reach. The
    passages' vectors are computed here, once (the store keeps none). Also the questions whose
    substring no stored passage holds (cleaning set it apart, or the passage split it)."""
    import numpy as np

    from text import meaning
    from text.quotable import visible_text

    rows = db.conn.execute(
        "SELECT substr(a.text, p.start + 1, p.end - p.start) "
        "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
    ).fetchall()
    texts = [visible_text(r[0]) for r in rows]
    vecs = np.concatenate(
        [meaning.vectors(texts[i : i + 2000]) for i in range(0, len(texts), 2000)]
    )
    out: dict[str, int | None] = {}
    for q in dev:
        order = np.argsort(-(vecs @ meaning.vectors([q["question"]])[0]))[:DEEP]
        hits = (r for r, i in enumerate(order, 1) if is_answer(q, texts[i], verdicts))
        out[q["id"]] = next(hits, None)
    keys = [_key(t) for t in texts]
    unstored = {
        q["id"] for q in dev if q["answer"] and not any(_key(q["answer"]) in k for k in keys)
    }
    return out, unstored


def causes(db, dev: list[dict], results: list[list[str]], verdicts) -> str:
    """Where each missed dev question's answer is, and why it is not in the first three."""
    from commands import quote, quote_plan
    from commands.passages import _PHRASE, _candidates
    from store.articles import EVERYONE

    by_meaning, unstored = meaning_ranks(db, dev, verdicts)
    lines = [
        "| question | kind | first answer returned at | BM25 rank of an answer "
        f"(of {DEEP}) | its coverage | best coverage | rank by meaning alone, all passages "
        "| cause |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for q, texts in zip(dev, results, strict=True):
        if q["answer"] is None:
            continue
        rank = next((i for i, t in enumerate(texts, 1) if is_answer(q, t, verdicts)), None)
        if rank is not None and rank <= 3:
            continue
        methods = quote.Methods()
        plan = quote_plan.make_plan(
            db, q["question"], methods, [], _PHRASE.sub(" ", q["question"]), None
        )
        chosen, spare = _candidates(db, plan.weighted_terms(), plan.phrases, DEEP, EVERYONE)
        held = quote._held_phrases(db, plan, chosen + spare)  # phrase alternatives, as quote
        pool = sorted(chosen + spare, key=lambda c: -c.score)
        ranked = quote._ranked(plan, quote.LEXICAL, pool, held)
        coverage = {c.pid: cov for _, cov, c in ranked}
        at = next((i for i, c in enumerate(pool, 1) if is_answer(q, c.text, verdicts)), None)
        cov = coverage[pool[at - 1].pid] if at else None
        best = max(coverage.values(), default=0.0)
        if at is None and q["id"] in unstored:
            cause = f"substring in no stored passage; no judged answer among the first {DEEP}"
        elif at is None:
            cause = f"no answer among the first {DEEP} by BM25"
        elif not texts:
            cause = "refused: no passage covers half the question"
        elif cov is not None and cov < quote.FLOOR:
            cause = "answer covers under half: ranked after passages that cover more"
        elif at > quote.MEANING_POOL:
            cause = f"answer beyond the re-ranker's {quote.MEANING_POOL}"
        else:
            cause = "re-ranked below 3"
        lines.append(
            f"| {q['id']} | {q['kind']} | {rank or '–'} | {at or '–'} | "
            f"{'–' if cov is None else f'{cov:.2f}'} | {best:.2f} | "
            f"{by_meaning.get(q['id']) or f'> {DEEP}'} | {cause} |"
        )
    return "\n".join(lines)


def loto_lines(dev: list[dict], hits: dict[str, list[float]], default: str) -> str:
    """Each family's weight chosen leave-one-topic-out over the dev collections, weight 0 (the
    family off: the default) among the choices, as the re-ranker's weight is chosen."""
    lines = []
    for family, (prefix, weights) in FAMILIES.items():
        by_weight = {0.0: hits[default]} | {w: hits[f"{prefix}{w:g}"] for w in weights}
        total, picks = leave_one_topic_out(by_weight, dev, 0.0)
        lines.append(
            f"- {family}: success@3 {total:.3f} with the weight chosen leave-one-topic-out "
            f"(weights picked: {'; '.join(picks)})"
        )
    return (
        "Each new family's weight chosen leave-one-topic-out on the dev questions (0: off, "
        "the default; ties go to the smaller weight):\n\n" + "\n".join(lines)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    from bench.common import ROOT, publish
    from store.db import connect

    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    if not db_path.exists():
        sys.exit("build the store first: .venv/bin/python bench/quote_quality.py")
    db = connect(str(db_path), create=False)
    questions = load_questions()
    verdicts = load_verdicts()
    dev = [q for q in questions if q["split"] == "dev"]
    held = [q for q in questions if q["split"] == "held-out"]
    lines = [
        "| variant | dev success@3 | dev MRR | dev unanswerable told none | dev top-3 unjudged "
        "| dev questions gained / lost against the default | dev: lost where plain BM25 was "
        "right | held-out success@3 | held-out MRR |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    default_dev: list[list[str]] = []
    unjudged_out = []
    from commands import quote

    plain = [
        scores(
            [q],
            [[r.text for r in quote.run(db, q["question"], DEPTH, methods=quote.PLAIN).results]],
            verdicts,
        )["success3"]
        for q in dev
    ]
    dev_hits: dict[str, list[float]] = {}
    for label, variant in VARIANTS.items():
        d_res = run_variant(db, dev, variant)
        h_res = run_variant(db, held, variant)
        if not default_dev:
            default_dev, default_label = d_res, label
        d, h = scores(dev, d_res, verdicts), scores(held, h_res, {})
        unjudged = [
            (q["id"], t)
            for q, texts in zip(dev, d_res, strict=True)
            for t in texts[:3]
            if q["answer"]
            and not is_answer(q, t, verdicts)
            and (q["id"], _verdict_key(t)) not in verdicts
        ]
        unjudged_out += unjudged
        one = [
            (scores([q], [a], verdicts)["success3"], scores([q], [b], verdicts)["success3"])
            for q, a, b in zip(dev, default_dev, d_res, strict=True)
        ]
        gained = sum(1 for a, b in one if b > a)
        lost = sum(1 for a, b in one if b < a)
        dev_hits[label] = [b for _, b in one]
        lost_plain = sum(1 for p, b in zip(plain, dev_hits[label], strict=True) if p > b)
        lines.append(
            f"| {label} | {d['success3']:.3f} | {d['mrr']:.3f} | {d['none']:.2f} | "
            f"{len(unjudged)} | {gained} / {lost} | {lost_plain} | {h['success3']:.3f} | "
            f"{h['mrr']:.3f} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    body = (
        "Produced by `.venv/bin/python bench/quote_variants.py` on the questions and store of "
        f"the table above (dev {len(dev)}, held-out {len(held)}): each variant changes one "
        "thing in how the default orders its candidates (the context rows also add the "
        "passages next to them) or, in the three WordNet rows, in the words it searches "
        "for.\n\n" + "\n".join(lines)
    )
    body += "\n\n" + loto_lines(dev, dev_hits, default_label)
    body += (
        "\n\nWhy the default misses the dev questions it misses (the answering passage: "
        "first substring match or passage judged to answer):\n\n"
        + causes(db, dev, default_dev, verdicts)
    )
    out = ROOT / "bench" / "out" / "quote-variants-unjudged.json"
    out.write_text(json.dumps(unjudged_out), encoding="utf-8")
    publish(body, "quote-variants", write=not args.no_write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
