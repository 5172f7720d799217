"""Passage search shared by the commands that quote: a query's terms and phrases, and the
best passages for them, verbatim, with citations and highlights (`quote` answers with them;
`actor` picks its quotes from them; `timeline` parses a keyword query the same way).

Passages that are page furniture (bylines, datelines, author notes) are never returned, and
their text is shown without markup (text/quotable.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commands.citations import Citation
from store.articles import (
    EVERYONE,
    ArticleRow,
    Viewer,
    passage_articles,
    passage_texts,
)
from text import tokens
from text.quotable import quotable_text

if TYPE_CHECKING:
    import sqlite_utils

MAX_QUERY_CHARS = 2000
PER_ARTICLE = 2  # variety: at most this many passages from one article, unless short of results
# Passages of an article beyond its PER_ARTICLE kept aside, in BM25 order, for when results run
# short or re-ranking prefers them; the rest of a long article matching the query is not read.
SPARE_PER_ARTICLE = 4
_PHRASE = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")


@dataclass(frozen=True)
class Match:
    """A word of the passage that stands for words of the query."""

    word: str  # as the passage writes it
    asked: str  # as the query writes it ("" for a feedback word)
    via: str  # synonym | alias | spelling | form | thesaurus | association | feedback

    def explain(self) -> str:
        if self.via == "feedback":
            return f"matched {self.word}, a word the best passages share"
        return f"matched {self.word} for {self.asked}"

    def to_json(self) -> dict[str, str]:
        return {"word": self.word, "for": self.asked, "via": self.via}


@dataclass(frozen=True)
class Quote:
    text: str
    score: float
    passage_id: int
    article: Citation
    highlights: tuple[tuple[int, int], ...] = ()  # matched words, offsets into text
    matched: tuple[Match, ...] = ()  # words found in place of the query's

    @property
    def explanation(self) -> str | None:
        return "; ".join(m.explain() for m in self.matched) or None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "score": round(self.score, 6),
            "passage_id": self.passage_id,
            "article": self.article.to_json(),
            "matched": [m.to_json() for m in self.matched],
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[str]
    phrases: list[list[str]]


def _cut(query: str) -> str:
    """At most MAX_QUERY_CHARS, cut between words: half a word is a word nobody asked for (and,
    unknown to the store, it would weigh on how much of the question passages cover)."""
    if len(query) <= MAX_QUERY_CHARS:
        return query
    cut = query[:MAX_QUERY_CHARS]
    words = cut.rsplit(None, 1)
    return words[0] if query[MAX_QUERY_CHARS].strip() and len(words) == 2 else cut


def parse(query: str, expansions: list[str] | None = None) -> ParsedQuery:
    """Search terms and quoted phrases. Nothing a user types is syntax that can fail."""
    query = _cut(query)
    phrases = [tokens.phrase_key(p) for p in _PHRASE.findall(query)]
    terms = tokens.terms(query)
    for extra in expansions or []:
        terms.extend(t for t in tokens.terms(extra) if t not in terms)
    return ParsedQuery(terms, [p for p in phrases if p])


def _contains_phrase(text: str, phrase: list[str]) -> bool:
    return holds_phrase(tokens.phrase_key(text), phrase)


def holds_phrase(words: list[str], phrase: list[str]) -> bool:
    """Whether words (a text's tokens.phrase_key) hold phrase's, together and in order."""
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def highlights(
    text: str, terms: set[str], spans: list[tuple[int, int, str]] | None = None
) -> tuple[tuple[int, int], ...]:
    """Offsets of the words of text whose terms are among terms (spans: the text's
    tokens.term_spans, when the caller has them already)."""
    if spans is None:
        spans = tokens.term_spans(text)
    return tuple((s, e) for s, e, t in spans if t in terms)


def top(
    db: sqlite_utils.Database, terms: Sequence[str | tuple[str, ...]], k: int
) -> list[tuple[int, float]]:
    """The k best passages: scored in plain Python when few postings are involved (a command
    line then skips numpy's start-up), else by the numpy index and its caches. A tuple is a
    group of terms scored as one (store/index/reader.decoded)."""
    from store import plain_bm25

    ranked = plain_bm25.top(db, terms, k)
    if ranked is None:
        from store import index

        ranked = index.top(db, terms, k)
    return ranked


@dataclass
class _Candidate:
    pid: int
    score: float
    text: str  # as shown: markup removed
    article: ArticleRow


def _candidates(
    db: sqlite_utils.Database,
    terms: Sequence[str | tuple[str, ...]],
    phrases: list[list[str]],
    wanted: int,
    viewer: Viewer,
) -> tuple[list[_Candidate], list[_Candidate]]:
    """Passages in BM25 order that can be quoted: visible to the viewer, holding the phrases,
    not page furniture, not a sentence already taken from another article. Returns (chosen,
    spare): wanted passages at most PER_ARTICLE from one article, and up to SPARE_PER_ARTICLE
    more of each article seen."""
    chosen: list[_Candidate] = []
    spare: list[_Candidate] = []
    per_article: dict[int, int] = {}
    spare_per_article: dict[int, int] = {}
    seen_texts: set[str] = set()
    articles: dict[int, tuple[ArticleRow, str] | None] = {}  # each article's text read once
    k = max(wanted * 8, 50)
    checked = 0
    step = max(2 * wanted, 10)  # rows read at a time: most queries need little more than wanted
    while True:
        ranked = top(db, terms, k)
        for at in range(checked, len(ranked), step):
            fresh = ranked[at : at + step]
            # A query that matches an article's title matches every passage of it (the index
            # holds the title with each): passages of an article that has given its chosen and
            # spare ones are passed over before their text is read.
            if any(n >= SPARE_PER_ARTICLE for n in spare_per_article.values()):
                of_article = passage_articles(db, [pid for pid, _ in fresh])
                fresh = [
                    (pid, value)
                    for pid, value in fresh
                    if spare_per_article.get(of_article.get(pid, -1), 0) < SPARE_PER_ARTICLE
                ]
            # The rows of a step are read in pieces, the later ones no longer than the passages
            # still wanted are likely to need: a query needing a few more than a step's worth
            # reads a few more rows, not another step.
            begin = 0
            while begin < len(fresh):
                size = step if at == 0 and not begin else max(10, 3 * (wanted - len(chosen)))
                piece = fresh[begin : begin + size]
                begin += size
                rows = passage_texts(db, [pid for pid, _ in piece], viewer, articles)
                for pid, value in piece:
                    if pid not in rows:
                        continue
                    candidate = _candidate(pid, value, *rows[pid], phrases, seen_texts)
                    if candidate is None:
                        continue
                    article_id = candidate.article.id
                    if per_article.get(article_id, 0) >= PER_ARTICLE:
                        if spare_per_article.get(article_id, 0) < SPARE_PER_ARTICLE:
                            spare_per_article[article_id] = spare_per_article.get(article_id, 0) + 1
                            spare.append(candidate)
                        continue
                    per_article[article_id] = per_article.get(article_id, 0) + 1
                    chosen.append(candidate)
                    if len(chosen) == wanted:
                        return chosen, spare
        checked = len(ranked)
        if len(ranked) < k:  # every candidate has been seen
            return chosen, spare
        k *= 4


def same_text_key(text: str) -> str:
    """The text with its runs of white space made one space, ends stripped, lower-cased: what
    two articles reporting the same sentence share. A printable text (the only white space
    Python deems printable is the space) with no two spaces together nor one at either end is
    already so spaced, and is only lower-cased (most passages: a scan instead of a string made
    for each word)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text.lower()
    return " ".join(text.split()).lower()


def _candidate(
    pid: int,
    value: float,
    stored: str,
    article: ArticleRow,
    phrases: list[list[str]],
    seen_texts: set[str],
) -> _Candidate | None:
    text = quotable_text(stored)
    if text is None:  # page furniture
        return None
    if phrases and any(not _contains_phrase(text, p) for p in phrases):
        return None
    key = same_text_key(text)
    if key in seen_texts:  # the same sentence reported by two articles: quote it once
        return None
    seen_texts.add(key)
    return _Candidate(pid, value, text, article)


def search(
    db: sqlite_utils.Database, parsed: ParsedQuery, limit: int, viewer: Viewer = EVERYONE
) -> list[Quote]:
    """Best passages for parsed terms by BM25 alone, filtered by phrases and visibility."""
    if not parsed.terms or limit <= 0:
        return []
    chosen, spare = _candidates(db, parsed.terms, parsed.phrases, limit, viewer)
    picked = chosen + spare[: limit - len(chosen)]
    picked.sort(key=lambda c: (-c.score, c.pid))
    wanted = set(parsed.terms)
    return [
        Quote(c.text, c.score, c.pid, Citation.of(c.article), highlights(c.text, wanted))
        for c in picked
    ]
