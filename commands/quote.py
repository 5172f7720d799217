"""Find the best passages for some words, verbatim, with citations.

Usage: quote WORDS...  Words in double quotes must appear together as a phrase, exactly. A
question typed as a sentence works too: function words and question frames ("how many") are
dropped, content words kept, and other words for them (synonyms, other names of the actors
and places named) are searched for too; an answer found through one says so. The best of
those passages are then ordered by how close each is in meaning to the question.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands import quote_plan
from commands.citations import Citation
from commands.passages import (
    _PHRASE,
    MAX_QUERY_CHARS,
    PER_ARTICLE,
    Match,
    ParsedQuery,
    Quote,
    _Candidate,
    _candidates,
    _cut,
    highlights,
    holds_phrase,
    parse,
    search,
)
from commands.quote_plan import LEXICAL, NO_PHRASES, PLAIN, Methods, Plan
from store.articles import EVERYONE, Viewer
from text import tokens
from text.memo import Memo

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "LEXICAL",
    "MAX_QUERY_CHARS",
    "PLAIN",
    "Match",
    "Methods",
    "ParsedQuery",
    "Quote",
    "QuoteAnswer",
    "parse",
    "run",
    "search",
]

# Passages beyond those asked for that ranking by coverage weighs against them (dev questions:
# 5 more than 10 ranked as well as 20 more, at under half the cost; docs/QUALITY.md).
POOL_EXTRA = 5
# Ranking: a passage's BM25 score times COVERED_BASE + (1 - COVERED_BASE) * coverage, and
# times QUANTITY_FACTOR when a "how many" question meets a passage without a number.
COVERED_BASE = 0.5
QUANTITY_FACTOR = 0.7
# No answer rather than noise: the best passage must cover at least this share of the
# question's weight (docs/QUALITY.md: chosen on the dev questions).
FLOOR = 0.5
# Passages after the best one are related reading, not the answer: a lower bar.
RELATED_FLOOR = 0.34
# A question of LONG_QUESTION typed search words or more, none of whose passages covers FLOOR of
# it, is answered by those covering LONG_FLOOR: a paraphrase of a long question has more of its
# words to say otherwise, while a question with no answer is most often short, its names and its
# event. (On the dev splits the answerable questions refused had 6 to 12 typed words, the
# unanswerable ones 4 to 7 but one; chosen on them, it gains two and loses none, and chosen
# leave-one-set-out it gains at most one on the set left out: docs/QUALITY.md.)
LONG_QUESTION = 6
LONG_FLOOR = 0.45
# A question asking for a number ("how many", "how far") is answered by a passage that gives
# one: when no passage covering FLOOR of it holds a number, none answers it. (On every dev
# split, each answer to such a question in the first three holds one; docs/QUALITY.md.)
NUMBER_ASKED = True
# A question is answered by a passage that tells what it asks happened, not only who and where:
# when no passage covering the floor holds one of the question's words typed in lower case (its
# event, its people and things: names, places and numbers are typed otherwise) or another word
# for one (a synonym, a derivation: the plan's alternatives that count for coverage), in its own
# text or its article's title, nor is close in meaning to those words (cosine of the words with
# the passage, read with the passage before it when short, at least EVENT_CLOSENESS), none
# answers it. Only where the re-ranker's model is read (Methods.meaning). (On the dev splits it
# refuses dev2's q174 and moves nothing else; every closeness floor from 0.05 to 0.15 does the
# same, and the words alone lose dev's q090, whose answers say where without "buried":
# docs/QUALITY.md.)
EVENT_ASKED = True
EVENT_CLOSENESS = 0.1
# A question's first word is capitalised because it opens the question: an everyday word that
# the store writes in lower case ("Killed how many ...", "Bombed ...") is one of the words
# EVENT_ASKED reads as typed in lower case, not a name (commands/quote_names.py
# opens_in_lower_case; docs/QUALITY.md).
OPENING_WORD_READ = True
# Passages covering FLOOR of the question come before those covering RELATED_FLOOR, whatever
# their scores (docs/QUALITY.md: one order by score for both gained no dev question and lost
# MRR on dev and held-out questions).
ANSWERS_FIRST = True
# Re-ranking by meaning: the BM25 pool it reorders, and how much a passage's closeness in
# meaning to the question (cosine, text/meaning.py) adds to its score as a share of the best
# score of the pool. (Pools of 35 to 60 reach a dev answer BM25 ranks past 30 and lose none;
# 100 loses a dev2 one: docs/QUALITY.md. 40, since each passage weighed costs time.)
MEANING_POOL = 40
MEANING_WEIGHT = 1.0
# A passage of fewer words than this has a mean vector of a few, mostly function, tokens ("During
# April there were 67, a new record."): its closeness is also read with the passage before it
# in its article prefixed, and the greater kept. (From 9 to 12 words only dev3's q181 moves,
# gained; from 15, dev's q017 is lost: docs/QUALITY.md.)
SHORT_PASSAGE_WORDS = 10
# A passage covering at least as much of the question as one ranked above it, and closer to it in
# meaning by more than this (cosine), goes above it: BM25 alone (a typed word said literally where
# the better passage says it in other words, which weigh half) does not outrank a passage better
# on both other signals. When a number is asked, one that gives none does not pass one that
# does. (From 0.05 to 0.15 it gains dev's q017 and loses no question; under 0.05 it loses q057,
# whose answer is passed by a passage covering as much and closer by 0.04: docs/QUALITY.md.)
CLOSER_BY = 0.1
# Passages whose index terms (for coverage) are remembered, by their text as shown: a passage
# found again, by a later question or the same one asked again, is not tokenized again.
KEPT_TERMS = 16_384
# Why passages were found and none is given: said after "no passage answers this: ".
TOO_LITTLE = "the closest ones share too little of what was asked"
NO_NUMBER = "it asks for a number, and none of the closest ones gives one"
NO_EVENT = "the closest ones share its names but not what it asks about"


def _distinct_terms(text: str) -> tuple[str, ...]:
    return tuple(tokens.term_set(text))


_kept_terms: Memo[tuple[str, ...]] = Memo(_distinct_terms, KEPT_TERMS)


@dataclass(frozen=True)
class QuoteAnswer:
    query: str
    results: list[Quote] = field(default_factory=list)
    message: str | None = None  # why there is nothing to show, when there is nothing

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "results": [r.to_json() for r in self.results],
            "message": self.message,
        }


def _held_phrases(
    db: sqlite_utils.Database, plan: Plan, candidates: list[_Candidate]
) -> dict[int, frozenset[tuple[str, ...]]]:
    """The phrases of the plan's phrase alternatives ("war planes" for "warplanes") each
    candidate holds as phrases (the check quoted phrases get), by passage id. A term that only
    phrase alternatives bring is not searched for: it is added to the scores of the candidates
    that hold one of its phrases, as much as a search for it would have given them. Each
    candidate's text is tokenized at most once for its phrases and once for its terms."""
    phrases = {quote_plan.phrase_of(a): set(a.terms) for a in plan.alternatives}
    phrases.pop((), None)
    if not phrases:
        return {}
    from store import passage_scores

    phrase_terms = plan.phrase_terms()
    held: dict[int, frozenset[tuple[str, ...]]] = {}
    counts: dict[str, dict[int, Counter[str]]] = {}
    titles: dict[int, list[str]] = {}
    for c in candidates:
        terms = set(_kept_terms[c.text])  # a phrase is looked for only where its words all are
        maybe = [p for p, words in phrases.items() if words <= terms]
        if not maybe:
            held[c.pid] = NO_PHRASES
            continue
        words = tokens.phrase_key(c.text)
        held[c.pid] = frozenset(p for p in maybe if holds_phrase(words, list(p)))
        text_terms: list[str] | None = None
        for term, of_term in phrase_terms.items():
            if term in terms and any(p in held[c.pid] for p in of_term):
                if text_terms is None:
                    text_terms = tokens.terms(c.text)
                if c.article.id not in titles:
                    titles[c.article.id] = tokens.terms(c.article.title or "")
                tf = text_terms.count(term) + titles[c.article.id].count(term)
                counts.setdefault(term, {})[c.pid] = Counter({term: tf})
    for term in phrase_terms:  # in the plan's order, as the scores were always summed
        if term not in counts:
            continue
        scores = passage_scores.scores(db, [term] * quote_plan.OTHER_WEIGHT, counts[term])
        for c in candidates:
            c.score += scores.get(c.pid, 0.0)
    return held


def _ranked(
    plan: Plan,
    methods: Methods,
    candidates: list[_Candidate],
    held: dict[int, frozenset[tuple[str, ...]]] | None = None,
    before: dict[int, str] | None = None,
) -> list[tuple[float, float, _Candidate]]:
    """(final score, coverage, candidate), best first. held: each candidate's phrases of the
    plan's phrase alternatives (_held_phrases); before: the text of the passage before each
    short candidate (_before_short)."""
    held = held or {}
    out = []
    titles: dict[int, set[str]] = {}
    closeness = _closeness(plan, candidates, before) if methods.meaning else {}
    best = max((c.score for c in candidates), default=0.0) or 1.0
    measure = plan.coverage_measure() if methods.coverage else None
    for c in candidates:
        coverage = 1.0
        if measure is not None:
            if c.article.id not in titles:
                titles[c.article.id] = tokens.term_set(c.article.title or "")
            # The index holds a passage's words and its article's title: so does coverage.
            coverage = measure(
                titles[c.article.id].union(_kept_terms[c.text]), held.get(c.pid, NO_PHRASES)
            )
        final = c.score
        if methods.coverage:
            final *= COVERED_BASE + (1 - COVERED_BASE) * coverage
            if plan.quantity and not quote_plan.has_number(c.text):
                final *= QUANTITY_FACTOR
        if methods.meaning:
            final = final / best + MEANING_WEIGHT * max(closeness[c.pid], 0.0)
        out.append((final, coverage, c))
    out.sort(key=lambda item: (-item[0], item[2].pid))
    if methods.meaning and methods.coverage:
        out = _closer_first(plan, out, closeness)
    return out


def _closer_first(
    plan: Plan, ranked: list[tuple[float, float, _Candidate]], closeness: dict[int, float]
) -> list[tuple[float, float, _Candidate]]:
    """ranked (best first), with each passage moved above every one before it that it
    dominates: it covers at least as much of the question, is closer in meaning by more than
    CLOSER_BY, and, when the question asks for a number, gives one or the other gives none. A
    moved passage passes one place at a time and stops at the first it does not dominate; each
    place keeps its score, so the scores still fall down the list."""
    out = list(ranked)

    def dominates(lower: _Candidate, coverage: float, upper: _Candidate, upper_cov: float) -> bool:
        if coverage < upper_cov:
            return False
        if closeness[lower.pid] <= closeness[upper.pid] + CLOSER_BY:
            return False
        return (
            not plan.quantity
            or quote_plan.has_number(lower.text)
            or not quote_plan.has_number(upper.text)
        )

    for i in range(1, len(out)):
        j = i
        while j > 0 and dominates(out[j][2], out[j][1], out[j - 1][2], out[j - 1][1]):
            out[j - 1], out[j] = out[j], out[j - 1]
            j -= 1
    scores = [item[0] for item in ranked]
    return [(score, coverage, c) for score, (_, coverage, c) in zip(scores, out, strict=True)]


def _closeness(
    plan: Plan, candidates: list[_Candidate], before: dict[int, str] | None = None
) -> dict[int, float]:
    """Each candidate's closeness in meaning to the question as typed (frames and function
    words included: leaving them out changed nothing on the dev questions); a short one's, the
    greater of its own and that of its text with the passage before it (before, by id)."""
    from text import meaning

    before = before or {}
    own = {c.pid for c in candidates}
    pids = [pid for pid in before if pid in own]
    # one call: the question is read into its vector once
    values = meaning.similarities(
        plan.question, [c.text for c in candidates] + [before[pid] for pid in pids]
    )
    out = {c.pid: v for c, v in zip(candidates, values[: len(candidates)], strict=True)}
    for pid, value in zip(pids, values[len(candidates) :], strict=True):
        out[pid] = max(out[pid], value)
    return out


def _before_short(
    db: sqlite_utils.Database, candidates: list[_Candidate], viewer: Viewer
) -> dict[int, str]:
    """{candidate id: the passage before it and its own text} for each candidate of fewer than
    SHORT_PASSAGE_WORDS words whose article has a quotable passage before it."""
    from store.articles import passage_texts, previous_passages
    from text.quotable import quotable_text

    short = {c.pid: c for c in candidates if len(c.text.split()) < SHORT_PASSAGE_WORDS}
    if not short:
        return {}
    previous = previous_passages(db, list(short))
    texts = passage_texts(db, list(previous.values()), viewer)
    out = {}
    for pid, prev in previous.items():
        text = quotable_text(texts[prev][0]) if prev in texts else None
        if text:
            out[pid] = f"{text} {short[pid].text}"
    return out


def _matches(
    plan: Plan,
    text: str,
    spans: list[tuple[int, int, str]],
    held: frozenset[tuple[str, ...]] = NO_PHRASES,
) -> tuple[Match, ...]:
    """The alternatives a passage was found through: present, while the words they stand
    for are not. spans: the text's tokens.term_spans; held: the phrase alternatives' phrases
    the passage holds (a phrase is named as listed: "matched throw out for expelled")."""
    first: dict[str, str] = {}
    for s, e, t in spans:
        first.setdefault(t, text[s:e])
    found: dict[tuple[str, str], Match] = {}
    for alt in plan.alternatives:
        if not all(t in first for t in alt.terms) or not (alt.asked or alt.via == "feedback"):
            continue
        asked_terms = tokens.terms(alt.asked)
        if alt.via != "feedback" and asked_terms and all(t in first for t in asked_terms):
            continue
        phrase = quote_plan.phrase_of(alt)
        if phrase and phrase not in held:
            continue
        word = alt.said if phrase else " ".join(first[t] for t in alt.terms)
        found.setdefault((word.lower(), alt.asked), Match(word, alt.asked, alt.via))
    return tuple(found.values())


def _answering(
    plan: Plan, ranked: list[tuple[float, float, _Candidate]]
) -> tuple[float, list[tuple[float, float, _Candidate]]]:
    """(the share of the question a passage must cover to answer it, the passages that do):
    FLOOR, or LONG_FLOOR for a question of LONG_QUESTION typed search words or more that no
    passage covers FLOOR of."""
    answering = [item for item in ranked if item[1] >= FLOOR]
    if answering or len(set(plan.asked)) < LONG_QUESTION:
        return FLOOR, answering
    return LONG_FLOOR, [item for item in ranked if item[1] >= LONG_FLOOR]


def event_words(question: str, opens_lower: bool = False) -> list[str]:
    """The words of a question typed in lower case, as typed: what it asks happened, and to
    what. A word holding a capital or a digit anywhere ("al-Zaitoun", "F-16s", "2005") is a
    name, a place or a number. opens_lower: the first word's capital is the question's opening,
    not a name's (commands/quote_names.opens_in_lower_case: "Killed how many ..."), and the
    word counts in lower case."""
    out = []
    for index, word in enumerate(question.split()):
        if index == 0 and opens_lower:
            word = word.lower()
        if not any(ch.isupper() or ch.isdigit() for ch in word):
            out.append(word)
    return out


def _opens_lower(db: sqlite_utils.Database, plan: Plan) -> bool:
    """Whether the question's first word is a searched word capitalised only because it opens
    the question (the store is read only for such a word)."""
    first = plan.question.split(maxsplit=1)[:1]
    if (
        not OPENING_WORD_READ
        or not first
        or not set(plan.asked).intersection(tokens.terms(first[0]))
    ):
        return False
    from commands.quote_names import opens_in_lower_case

    return opens_in_lower_case(db, plan.question)


def _tells(
    db: sqlite_utils.Database,
    plan: Plan,
    answering: list[tuple[float, float, _Candidate]],
    held: dict[int, frozenset[tuple[str, ...]]],
    before: dict[int, str] | None,
) -> bool:
    """Whether a passage of answering tells what the question asks happened (EVENT_ASKED):
    it holds one of the question's searched words typed in lower case, or an alternative
    that counts for one, in its text or its article's title, or is close in meaning to them.
    A short passage is read with the one before it (before, by id), as for its closeness."""
    asked = set(plan.asked)
    typed = [
        w
        for w in event_words(plan.question, _opens_lower(db, plan))
        if asked.intersection(tokens.terms(w))
    ]
    wanted = asked.intersection(t for w in typed for t in tokens.terms(w))
    if not wanted:
        return True
    others = [
        (frozenset(alt.terms), quote_plan.phrase_of(alt))
        for alt in plan.alternatives
        if alt.via not in quote_plan.NOT_COVERING and wanted.intersection(tokens.terms(alt.asked))
    ]
    titles: dict[int, set[str]] = {}
    for _, _, c in answering:
        if c.article.id not in titles:
            titles[c.article.id] = tokens.term_set(c.article.title or "")
        text = before.get(c.pid, c.text) if before else c.text
        terms = titles[c.article.id].union(_kept_terms[text])
        if wanted & terms:
            return True
        phrases = held.get(c.pid, NO_PHRASES)
        if any(alt <= terms and (not phrase or phrase in phrases) for alt, phrase in others):
            return True
    from text import meaning

    texts = [before.get(c.pid, c.text) if before else c.text for _, _, c in answering]
    return max(meaning.similarities(" ".join(typed), texts)) >= EVENT_CLOSENESS


def _plan_search(
    db: sqlite_utils.Database, plan: Plan, methods: Methods, limit: int, viewer: Viewer
) -> tuple[list[Quote], str | None]:
    """(quotes, why passages were found but none answers: TOO_LITTLE, NO_NUMBER, NO_EVENT, or
    None)."""
    pool = limit + POOL_EXTRA if methods.coverage else limit
    if methods.meaning:
        pool = max(pool, MEANING_POOL)
    chosen, spare = _candidates(db, plan.weighted_terms(), plan.phrases, pool, viewer)
    if methods.feedback and chosen:
        extra = quote_plan.feedback(db, plan, [(c.pid, c.score, c.text) for c in chosen])
        if extra:
            plan.alternatives = [*plan.alternatives, *extra]
            chosen, spare = _candidates(db, plan.weighted_terms(), plan.phrases, pool, viewer)
    held = _held_phrases(db, plan, chosen + spare)
    before = _before_short(db, chosen + spare, viewer) if methods.meaning else None
    ranked = _ranked(plan, methods, chosen + spare, held, before)
    refused = None
    floor = FLOOR
    if methods.coverage:
        floor, answering = _answering(plan, ranked)
        if ranked and not answering:
            refused = TOO_LITTLE
        elif (
            answering
            and plan.quantity
            and NUMBER_ASKED
            and not any(quote_plan.has_number(item[2].text) for item in answering)
        ):
            refused = NO_NUMBER
        elif (
            answering
            and methods.meaning
            and EVENT_ASKED
            and not _tells(db, plan, answering, held, before)
        ):
            refused = NO_EVENT
        # Passages that answer come first; related ones after them, in their own order.
        ranked = (
            []
            if refused
            else answering + [item for item in ranked if RELATED_FLOOR <= item[1] < floor]
        )
        if not ANSWERS_FIRST:
            ranked.sort(key=lambda item: (-item[0], item[2].pid))
    picked: list[tuple[float, float, _Candidate]] = []
    extra_ones: list[tuple[float, float, _Candidate]] = []
    per_article: dict[int, int] = {}
    for item in ranked:
        article_id = item[2].article.id
        if per_article.get(article_id, 0) >= PER_ARTICLE:
            extra_ones.append(item)
            continue
        per_article[article_id] = per_article.get(article_id, 0) + 1
        picked.append(item)
    picked = (picked + extra_ones)[:limit] if len(picked) < limit else picked[:limit]
    first = methods.coverage and ANSWERS_FIRST
    picked.sort(key=lambda item: (first and item[1] < floor, -item[0], item[2].pid))
    wanted = plan.wanted()
    quotes = []
    for final, _, c in picked:
        spans = tokens.term_spans(c.text)  # once for the highlights and the matches
        quotes.append(
            Quote(
                c.text,
                final,
                c.pid,
                Citation.of(c.article),
                highlights(c.text, wanted, spans),
                _matches(plan, c.text, spans, held.get(c.pid, NO_PHRASES)),
            )
        )
    return quotes, refused


def run(
    db: sqlite_utils.Database,
    query: str,
    limit: int = 5,
    viewer: Viewer = EVERYONE,
    expansions: list[str] | None = None,
    methods: Methods | None = None,
) -> QuoteAnswer:
    """expansions: other names to match too, instead of those of the actors and places the
    query names (any alias, spelling or demonym finds the passages using the others).
    methods: which ways of bridging vocabulary to use (Methods() by default)."""
    query = _cut(query)
    methods = methods or Methods()
    quoted = _PHRASE.findall(query)
    phrases = [p for p in (tokens.phrase_key(q) for q in quoted) if p]
    unquoted = _PHRASE.sub(" ", query)  # quoted words stay exact: no other words for them
    aliases = None if expansions is None else [("", name) for name in expansions]
    plan = quote_plan.make_plan(db, query, methods, phrases, unquoted, aliases, viewer)
    if not plan.asked:
        return QuoteAnswer(
            query, [], "no searchable words in the query: try names, places or key words"
        )
    if limit <= 0:
        return QuoteAnswer(query, [], "no passage matches")
    results, refused = _plan_search(db, plan, methods, limit, viewer)
    if results:
        return QuoteAnswer(query, results)
    if refused:
        return QuoteAnswer(query, [], f"no passage answers this: {refused}")
    return QuoteAnswer(query, [], "no passage matches")
