"""A dated chronology of a place, actor or keyword: one entry per date, told by its clearest
sentence, with every report of it as a source.

Usage: timeline SUBJECT [--from DATE] [--to DATE] [--limit N]. Dates are ranked by a model of
what a journalist's timeline lists (commands/salience.py); with --limit the N most likely are
kept (at most MAX_LIMIT), else all of them up to MAX_DATES. A date's entry is the report most
like the others of that date, never page furniture (extract/sentence_kinds.py); a sentence that
leans on the one before ("It was fixed for November 18") carries it as context. Mentions whose
date cannot be resolved are listed apart, never given a made-up date. A name Sitrep does not
know answers "no actor or place called X" with the nearest names, not a chronology.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commands import salience, subjects
from commands.citations import Citation
from commands.entries import Entry
from commands.reported_dates import date_bounds, jaccard
from extract.sentence_kinds import is_clutter, leans_on_previous
from store import chronology, entities
from store import events as event_store
from store.articles import EVERYONE, Viewer, get_article
from text.sentences import split_sentences
from text.tokens import terms

if TYPE_CHECKING:
    import sqlite_utils

KEYWORD_PASSAGES = 600  # passages searched for the words of a keyword
CANDIDATE_ROWS = 600  # dates read per subject, those with the most articles and bursts
MAX_DATES = 40  # without --limit, a chronology of more dates keeps the most likely ones
CANDIDATES = 3  # dates whose events are read per date wanted (spares for empty ones)
PER_DATE = 8  # events read per date: enough to pick the clearest and cite sources
MAX_UNDATED = 50
MAX_SUBJECTS = 16  # of a country's places (undated mentions), the most reported
MAX_LIMIT = 200  # --limit above this is taken as this: the cost grows with it
LEVEL_BONUS = 0.1  # a sentence naming the subject is preferred to one carried to it
CONTEXT_CHARS = 600  # how far back the sentence before is looked for
_NAMED = re.compile(r"\b[A-Z]")


@dataclass(frozen=True)
class Undated:
    text: str
    date_text: str
    source: Citation
    passage_id: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "date_text": self.date_text,
            "sources": [{"article": self.source.to_json(), "passage_id": self.passage_id}],
        }


@dataclass(frozen=True)
class TimelineAnswer:
    query: str
    subject: subjects.Subject | None
    entries: list[Entry]
    undated: list[Undated]
    suggestions: list[str]
    message: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "subject": self.subject.to_json() if self.subject else None,
            "entries": [e.to_json() for e in self.entries],
            "undated": [u.to_json() for u in self.undated],
            "suggestions": self.suggestions,
        }


def subject_keys(subject: subjects.Subject) -> list[str]:
    """The keys of the counts kept at ingest: a country is one key (each article once)."""
    if subject.place_kind == "country" and subject.country:
        return [f"c:{subject.country}"]
    return [f"a:{i}" for i in subject.actor_ids] + [f"p:{i}" for i in subject.place_ids]


def wanted(limit: int | None) -> int:
    """How many dates a timeline keeps: --limit (up to MAX_LIMIT), else MAX_DATES."""
    return min(limit, MAX_LIMIT) if limit else MAX_DATES


def rank_dates(
    counts: Sequence[salience.DateCounts], model: salience.Model | None = None
) -> list[str]:
    """Dates with an event in the subject's scope, likeliest first."""
    scored = salience.scores(counts, model)
    ranked = sorted(zip(scored, counts, strict=True), key=lambda p: (-p[0], p[1].sort_key))
    return [c.date for _, c in ranked if c.scoped or c.articles]


def representative(
    events: Sequence[event_store.EventRow], levels: dict[int, int]
) -> event_store.EventRow | None:
    """The report most like the other reports of its date (mean term overlap with those of
    other articles), clauses naming the subject first; never page furniture (checked best
    first: ingest keeps furniture out already, stores made before it may hold some)."""
    if not events:
        return None
    words = {e.id: set(terms(e.text)) for e in events}

    def score(e: event_store.EventRow) -> float:
        others = [words[o.id] for o in events if o.article_id != e.article_id]
        like = sum(jaccard(words[e.id], w) for w in others) / len(others) if others else 0.0
        return like + (LEVEL_BONUS if levels.get(e.id, 0) == 0 else 0.0)

    ranked = sorted(events, key=lambda e: (-score(e), e.id))
    return next((e for e in ranked if not is_clutter(e.text)), None)


def sentence_before(db: sqlite_utils.Database, article_id: int, start: int) -> str | None:
    """The sentence just before offset start in the article (within CONTEXT_CHARS)."""
    article = get_article(db, article_id, with_text=True)
    if article is None or article.text is None:
        return None
    low = max(0, start - CONTEXT_CHARS)
    spans = split_sentences(article.text, low, start)
    if not spans or (low > 0 and len(spans) < 2 and spans[0][0] <= low):
        return None
    s, e = spans[-1]
    return " ".join(article.text[s:e].split()) or None


def _entries(
    db,
    chosen: Sequence[str],
    events: Sequence[event_store.EventRow],
    levels: dict[int, int],
    reports: dict[str, int],
    want: int,
) -> list[Entry]:
    """One entry per date, the likeliest want dates that have a usable report, likeliest
    first."""
    by_date: dict[str, list[event_store.EventRow]] = {}
    for ev in events:
        if ev.date:
            by_date.setdefault(ev.date, []).append(ev)
    citations: dict[int, Citation] = {}
    entries = []
    for date in chosen:
        best = representative(by_date.get(date, []), levels)
        if best is None:
            continue
        sources: list[tuple[Citation, int | None]] = []
        for ev in [best, *by_date[date]]:
            if ev.article_id not in citations:
                article = get_article(db, ev.article_id)
                if article is None:
                    continue
                citations[ev.article_id] = Citation.of(article)
            if all(c.id != ev.article_id for c, _ in sources):
                sources.append((citations[ev.article_id], ev.passage_id))
        context = (
            sentence_before(db, best.article_id, best.start)
            if leans_on_previous(best.text)
            else None
        )
        entries.append(
            Entry(
                date,
                best.precision or "day",
                best.date_how,
                best.text,
                best.sort_key or "",
                [best.id],
                sources,
                set(),
                context=context,
                reports=reports.get(date, 0),
            )
        )
        if len(entries) == want:
            break
    return entries


def subject_counts(
    db, subject: subjects.Subject, viewer: Viewer, low: str, high: str
) -> list[salience.DateCounts]:
    """The counts of the subject's CANDIDATE_ROWS most reported dates in [low, high]."""
    return [
        salience.DateCounts(*row)
        for row in chronology.salience_rows(
            db, subject_keys(subject), viewer, low, high, CANDIDATE_ROWS
        )
    ]


def subject_entries(
    db,
    subject: subjects.Subject,
    viewer: Viewer,
    low: str,
    high: str,
    limit: int | None,
    model: salience.Model | None = None,
) -> list[Entry]:
    """The entries of a known subject, from the counts kept at ingest: the cost does not grow
    with the subject's frequency (CANDIDATE_ROWS dates, PER_DATE events each)."""
    keys = subject_keys(subject)
    counts = subject_counts(db, subject, viewer, low, high)
    want = wanted(limit)
    chosen = rank_dates(counts, model)[: want * CANDIDATES]
    levels = chronology.scoped_events(db, keys, chosen, viewer, PER_DATE)
    events = [
        e
        for e in event_store.events_by_id(db, list(levels))
        if e.date and low <= (e.sort_key or "") <= high
    ]
    return _entries(db, chosen, events, levels, {c.date: c.scoped for c in counts}, want)


def _next_days(day: str, n: int) -> list[str]:
    """The ISO day and the n days after it."""
    import datetime as dt

    try:
        first = dt.date.fromisoformat(day)
    except ValueError:
        return []
    return [(first + dt.timedelta(days=i)).isoformat() for i in range(n + 1)]


def _day_gap(start: str | None, end: str | None) -> int | None:
    """Days from the day start to the day end (ISO), None unless both are days."""
    import datetime as dt

    if not start or not end or len(start) < 10 or len(end) < 10:
        return None
    try:
        return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days
    except ValueError:
        return None


NEAR_DAYS, BURST_DAYS = 7, 2  # as counted at ingest (store/date_counts.py)
KEYWORD_ARTICLES = 300  # articles holding a keyword whose dates are counted
CARRY_PASSAGES = 1  # a passage holding a keyword lends it the events of the next one


def keyword_counts(
    db, query: str, viewer: Viewer, low: str, high: str
) -> tuple[list[salience.DateCounts], list[event_store.EventRow], dict[int, int]]:
    """(counts per date, events, {event id: level}) of a keyword, counted as names are at
    ingest: an article holding every term of it in a passage (within one paragraph) is about
    it and counts every date it mentions; its events are the keyword's at level 0 when their
    sentence holds the keyword, 1 when a passage of their paragraph near them does (the
    entries); the others count towards the article-level signals only."""
    from commands import passages

    wanted = set(passages.parse(query).terms)
    if not wanted:
        return [], [], {}
    ranked = passages.top(db, list(wanted), KEYWORD_PASSAGES)
    texts = event_store.passage_texts(db, [pid for pid, _ in ranked])
    held = {pid: article for pid, (article, text) in texts.items() if wanted <= set(terms(text))}
    articles = list(dict.fromkeys(held.values()))[:KEYWORD_ARTICLES]
    ranges = event_store.passage_ranges(db, articles)
    events = [
        e
        for e in event_store.events_of_articles(db, ranges, viewer)
        if e.date and low <= (e.sort_key or "") <= high
    ]
    published: dict[int, str | None] = {}
    for article_id in articles:
        article = get_article(db, article_id)
        published[article_id] = article.published if article else None
    levels = _keyword_levels(db, wanted, events, set(held))
    per_date: dict[str, dict[str, set[int]]] = {}
    sort_keys: dict[str, str] = {}
    for e in events:
        date = e.date or ""
        sort_keys[date] = min(sort_keys.get(date, e.sort_key or ""), e.sort_key or "")
        row = per_date.setdefault(date, {c: set() for c in salience.COUNTS})
        level = levels.get(e.id, 2)
        first = ranges[e.article_id][0]
        for count, holds in (
            ("articles", True),
            ("scoped", level <= 1),
            ("named", level == 0),
            ("leads", e.passage_id is not None and e.passage_id == first),
        ):
            if holds:
                row[count].add(e.article_id)
        gap = _day_gap(e.sort_key, published[e.article_id])
        if gap is not None and 0 <= gap <= NEAR_DAYS:
            row["near"].add(e.article_id)
    by_day: dict[str, set[int]] = {}  # articles published on each day
    for article_id, day in published.items():
        if day and len(day) >= 10:
            by_day.setdefault(day[:10], set()).add(article_id)
    for date, row in per_date.items():
        if len(date) == 10:
            for after in _next_days(date, BURST_DAYS):
                row["burst"].update(by_day.get(after, ()))
    counts = [
        salience.DateCounts(d, sort_keys[d], *(len(row[c]) for c in salience.COUNTS))
        for d, row in per_date.items()
    ]
    return counts, [e for e in events if levels.get(e.id, 2) <= 1], levels


def _keyword_levels(
    db, wanted: set[str], events: Sequence[event_store.EventRow], held: set[int]
) -> dict[int, int]:
    """{event id: 0 when its sentence holds every term, 1 when a passage holding them is in
    its paragraph, at most CARRY_PASSAGES away}; events further away are left out."""
    from store.articles import article_passages
    from text.passages import paragraphs

    paragraph_of: dict[int, tuple[int, int]] = {}  # passage id -> (paragraph, seq)
    owner: dict[int, int] = {}  # passage id -> article id
    for article_id in {e.article_id for e in events}:
        article = get_article(db, article_id, with_text=True)
        if article is None or article.text is None:
            continue
        starts = [start for start, _ in paragraphs(article.text)]
        for row in article_passages(db, article):
            paragraph_of[row.id] = (bisect.bisect_right(starts, row.start), row.seq)
            owner[row.id] = row.article_id
    # per article, the (paragraph, seq) of passages within reach of one holding the keyword
    by_article: dict[int, set[tuple[int, int]]] = {}
    for pid in held:
        if pid in paragraph_of:
            paragraph, seq = paragraph_of[pid]
            for step in range(-CARRY_PASSAGES, CARRY_PASSAGES + 1):
                by_article.setdefault(owner[pid], set()).add((paragraph, seq + step))
    levels: dict[int, int] = {}
    for e in events:
        if wanted <= set(terms(e.text)):
            levels[e.id] = 0
        elif e.passage_id in paragraph_of and (
            paragraph_of[e.passage_id] in by_article.get(e.article_id, ())
        ):
            levels[e.id] = 1
    return levels


def keyword_entries(
    db,
    query: str,
    viewer: Viewer,
    low: str,
    high: str,
    limit: int | None,
    model: salience.Model | None = None,
) -> list[Entry]:
    counts, events, levels = keyword_counts(db, query, viewer, low, high)
    want = wanted(limit)
    return _entries(
        db, rank_dates(counts, model), events, levels, {c.date: c.articles for c in counts}, want
    )


def _undated(db, subject: subjects.Subject, viewer: Viewer) -> list[Undated]:
    keys = [("a", i) for i in subject.actor_ids] + [("p", i) for i in subject.place_ids]
    if len(keys) > MAX_SUBJECTS:
        keys = chronology.most_reported(db, keys, MAX_SUBJECTS, viewer)
    events = sorted(
        chronology.undated_events(db, keys, viewer, MAX_UNDATED),
        key=lambda e: (e.article_id, e.start),
    )
    out = []
    for e in events:
        article = get_article(db, e.article_id)
        if article and not is_clutter(e.text):
            out.append(Undated(e.text, e.date_text, Citation.of(article), e.passage_id))
    return out


def _discovered_actor(db, subject: subjects.Subject) -> bool:
    if subject.kind != "actor" or not subject.key:
        return False
    stored = entities.actor_by_key(db, subject.key)
    return stored is not None and not stored.from_catalogue


def by_words_first(subject: subjects.Subject | None, text: str) -> bool:
    """Whether a query is better served by its words than by the name it resolved to: no
    name, or an actor the query only partly names ("BP" resolved to "BP Command Center")."""
    return subject is None or (subject.kind == "actor" and not subjects.is_named(subject, text))


def run(
    db: sqlite_utils.Database,
    subject_text: str,
    viewer: Viewer = EVERYONE,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    model: salience.Model | None = None,
) -> TimelineAnswer:
    """model: the date-salience model (the shipped one when None; benchmarks pass their own)."""
    subject_text = " ".join(subject_text.split())[:200]
    low, high = date_bounds(date_from, date_to)
    subject = subjects.best(db, subject_text, viewer)
    want = wanted(limit)

    def by_name() -> list[Entry]:
        if subject is None:
            return []
        return subject_entries(db, subject, viewer, low, high, limit, model)

    def by_words() -> list[Entry]:
        return keyword_entries(db, subject_text, viewer, low, high, limit, model)

    first, then = (
        (by_words, by_name) if by_words_first(subject, subject_text) else (by_name, by_words)
    )
    # A discovered actor with fewer dated events than wanted (a person named in full once and
    # by surname after) is filled, after its own dates, by the other way of finding them. Not
    # a catalogue actor or a place: their aliases and the gazetteer find their mentions, and
    # their words would bring in sentences about others.
    entries = first()
    if len(entries) < want and (subject is None or _discovered_actor(db, subject)):
        have = {e.date for e in entries}
        entries += [e for e in then() if e.date not in have][: want - len(entries)]
    entries.sort(key=lambda e: (e.sort_key, e.date))
    undated = _undated(db, subject, viewer) if subject is not None else []
    if not entries and not undated:
        hints = subjects.suggestions(db, subject_text, viewer=viewer) if subject is None else []
        if subject is None and _NAMED.search(subject_text):
            message = f"no actor or place called {subject_text!r}"
        else:
            message = f"nothing dated found for {subject_text!r}"
        message += f"; did you mean: {', '.join(hints)}?" if hints else ""
        return TimelineAnswer(subject_text, subject, [], [], hints, message)
    labels = event_store.event_labels(db, [i for e in entries for i in e.event_ids])
    for entry in entries:
        actors_seen: dict[str, None] = {}
        places_seen: dict[str, None] = {}
        for event_id in entry.event_ids:
            names = labels.get(event_id, ([], []))
            actors_seen.update(dict.fromkeys(names[0]))
            places_seen.update(dict.fromkeys(names[1]))
        entry.actors, entry.places = list(actors_seen), list(places_seen)
    return TimelineAnswer(subject_text, subject, entries, undated, [])
