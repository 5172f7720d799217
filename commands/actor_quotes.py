"""An actor profile's most informative quotes: passages naming the actor, preferring those that
also carry one of its relations or dated events.

The quotes are chosen among passages the store already knows to name the actor: those stating
its strongest relations and its dated events, and those holding its latest LATEST_MENTIONS
mentions (at most about 150 passages, however often the actor is named). Each is scored by
BM25 for the actor's names, as a search would score it, from the passage's own terms
(store/passage_scores.py). A search of the whole index for the names (which the profile used
before) read every posting of its names: for the most frequent actor of a 100,000-article
store, the longest lists of the index, and numpy's start-up in a new process; and most of what
it found did not name the actor at all ("US" or "American" in passages about someone else).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from commands import passages
from commands.citations import Citation
from store import entities, passage_scores
from store.articles import ArticleRow, Viewer, passage_texts
from store.plain_bm25 import MAX_PASSAGE_TERMS
from text import tokens
from text.quotable import quotable_text

if TYPE_CHECKING:
    import sqlite_utils

    from commands.actor import ActorProfile, RelationClaim
    from commands.entries import Entry

QUOTES = 5
PER_ARTICLE = 2
ALIASES = 8  # the names searched: the profile's name and its first aliases
# The recent mentions whose passages are read besides those stating its relations and dated
# events: enough for an actor with neither to have quotes, few enough to read at once.
LATEST_MENTIONS = 100
CITED_RELATIONS = 10  # the strongest relations, whose stating passages are read


def informative(
    db: sqlite_utils.Database,
    profile: ActorProfile,
    members: tuple[int, ...],
    relations: list[RelationClaim],
    entries: list[Entry],
    viewer: Viewer,
    kept: Callable[[str], bool],
) -> list[passages.Quote]:
    """Up to QUOTES passages naming the actor, at most PER_ARTICLE from one article, ranked by
    their BM25 score for the actor's names, raised by half for each relation or dated event
    the passage states."""
    terms = passages.parse(profile.name, [*profile.aliases[:ALIASES]]).terms
    if not terms:
        return []
    # the passages stating the strongest relations and the dated events, and those of the
    # latest mentions (a curated group's latest, shared by its members)
    cited = {e.article.id for r in relations[:CITED_RELATIONS] for e in r.evidence}
    pool = set(entities.relation_passages(db, members, cited))
    pool |= {pid for e in entries for _, pid in e.sources if pid is not None}
    share = max(1, LATEST_MENTIONS // len(members))
    for m in members:
        pool |= set(entities.latest_mention_passages(db, m, viewer, share))
    ids = sorted(pool)
    naming = {pid for m in members for pid in entities.passages_mentioning(db, m, ids)}
    found = passage_texts(db, [pid for pid in ids if pid in naming], viewer)
    rows = {
        pid: (text, article)
        for pid, (text, article) in found.items()
        if article.duplicate_of is None  # copies are stored, not indexed: never quoted
    }
    titles: dict[int, list[str]] = {}
    indexed: dict[int, Counter[str]] = {}
    for pid, (text, article) in rows.items():
        if article.id not in titles:
            titles[article.id] = tokens.terms(article.title)
        indexed[pid] = Counter(tokens.passage_terms(text, titles[article.id], MAX_PASSAGE_TERMS))
    scored = passage_scores.scores(db, terms, indexed)
    # what the profile says the actor did, by the article saying it: a passage states it
    # when it holds the sentence (looked for in its own article only)
    evidence: dict[int, set[str]] = {}
    for r in relations:
        for e in r.evidence:
            evidence.setdefault(e.article.id, set()).add(e.text)
    for entry in entries:
        for citation, _ in entry.sources:
            evidence.setdefault(citation.id, set()).add(entry.text)

    def informativeness(pid: int, text: str) -> float:
        said = evidence.get(rows[pid][1].id, ())
        bonus = 1.0 + 0.5 * sum(1 for s in said if s and s in text)
        return scored[pid] * bonus

    # as a quote shows them, page furniture left out (text/quotable.py)
    quotable = {pid: quotable_text(stored) for pid, (stored, _) in rows.items()}
    shown = {pid: text for pid, text in quotable.items() if text is not None}
    ranked = sorted(
        (pid for pid in scored if pid in shown),
        key=lambda pid: (-informativeness(pid, shown[pid]), pid),
    )
    return _chosen(ranked, rows, shown, scored, set(terms), kept)


def _chosen(
    ranked: Iterable[int],
    rows: dict[int, tuple[str, ArticleRow]],
    shown: dict[int, str],
    scored: dict[int, float],
    terms: set[str],
    kept: Callable[[str], bool],
) -> list[passages.Quote]:
    """The best QUOTES that can be quoted (shown: their texts as quoted): not a sentence
    already taken from another article, kept by the curations, at most PER_ARTICLE from one
    article."""
    per_article: Counter[int] = Counter()
    seen: set[str] = set()
    chosen = []
    for pid in ranked:
        text = shown[pid]
        key = passages.same_text_key(text)
        if key in seen or not kept(text):
            continue
        seen.add(key)
        article = rows[pid][1]
        if per_article[article.id] >= PER_ARTICLE:
            continue
        per_article[article.id] += 1
        chosen.append(
            passages.Quote(
                text,
                scored[pid],
                pid,
                Citation.of(article),
                passages.highlights(text, terms),
            )
        )
        if len(chosen) == QUOTES:
            break
    return chosen
