"""Passage search shared by the commands that quote: a query's terms and phrases, and the
best passages for them, verbatim, with citations and highlights (`quote` answers with them;
`actor` picks its quotes from them; `timeline` parses a keyword query the same way)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from commands.citations import Citation
from store.articles import EVERYONE, Viewer, passages_with_articles
from text import tokens

if TYPE_CHECKING:
    import sqlite_utils

MAX_QUERY_CHARS = 2000
PER_ARTICLE = 2   # variety: at most this many passages from one article, unless short of results
_PHRASE = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")


@dataclass(frozen=True)
class Quote:
    text: str
    score: float
    passage_id: int
    article: Citation
    highlights: tuple[tuple[int, int], ...] = ()   # matched words, offsets into text

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "score": round(self.score, 6), "passage_id": self.passage_id,
                "article": self.article.to_json()}


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[str]
    phrases: list[list[str]]


def parse(query: str, expansions: list[str] | None = None) -> ParsedQuery:
    """Search terms and quoted phrases. Nothing a user types is syntax that can fail."""
    query = query[:MAX_QUERY_CHARS]
    phrases = [tokens.phrase_key(p) for p in _PHRASE.findall(query)]
    terms = tokens.terms(query)
    for extra in expansions or []:
        terms.extend(t for t in tokens.terms(extra) if t not in terms)
    return ParsedQuery(terms, [p for p in phrases if p])


def _contains_phrase(text: str, phrase: list[str]) -> bool:
    words = tokens.phrase_key(text)
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def highlights(text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    return tuple((s, e) for s, e, t in tokens.term_spans(text) if t in terms)


def _top(db: sqlite_utils.Database, terms: list[str], k: int) -> list[tuple[int, float]]:
    """The k best passages: scored in plain Python when few postings are involved (a command
    line then skips numpy's start-up), else by the numpy index and its caches."""
    from store import plain_bm25

    ranked = plain_bm25.top(db, terms, k)
    if ranked is None:
        from store import index

        ranked = index.top(db, terms, k)
    return ranked


def search(db: sqlite_utils.Database, parsed: ParsedQuery, limit: int,
           viewer: Viewer = EVERYONE) -> list[Quote]:
    """Best passages for parsed terms, filtered by phrases and visibility."""
    if not parsed.terms or limit <= 0:
        return []
    wanted = set(parsed.terms)
    chosen: list[Quote] = []
    per_article: dict[int, int] = {}
    spare: list[Quote] = []
    seen_texts: set[str] = set()
    k = max(limit * 8, 50)
    checked = 0
    step = max(2 * limit, 10)   # rows read at a time: most queries need little more than limit
    while True:
        ranked = _top(db, parsed.terms, k)
        for at in range(checked, len(ranked), step):
            fresh = ranked[at : at + step]
            rows = passages_with_articles(db, [pid for pid, _ in fresh], viewer)
            for pid, value in fresh:
                if pid not in rows:
                    continue
                passage, article = rows[pid]
                if any(not _contains_phrase(passage.text, p) for p in parsed.phrases):
                    continue
                key = " ".join(passage.text.split()).lower()
                if key in seen_texts:   # the same sentence reported by two articles: quote it once
                    continue
                seen_texts.add(key)
                quote = Quote(passage.text, value, pid, Citation.of(article))
                if per_article.get(article.id, 0) >= PER_ARTICLE:
                    spare.append(quote)
                    continue
                per_article[article.id] = per_article.get(article.id, 0) + 1
                chosen.append(quote)
                if len(chosen) == limit:
                    return _highlighted(chosen, wanted)
        checked = len(ranked)
        if len(ranked) < k:   # every candidate has been seen
            break
        k *= 4
    chosen.extend(spare[: limit - len(chosen)])
    chosen.sort(key=lambda q: (-q.score, q.passage_id))
    return _highlighted(chosen, wanted)


def _highlighted(quotes: list[Quote], wanted: set[str]) -> list[Quote]:
    return [replace(q, highlights=highlights(q.text, wanted)) for q in quotes]
