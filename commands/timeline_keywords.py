"""The chronology of a keyword, counted as names are counted at ingest: the articles holding
the keyword's words in a passage are about it, and their dated events near those words are its
events (commands/timeline.py asks this when the words name no actor or place)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from commands import salience
from commands.entries import Entry
from commands.timeline_entries import dated_entries, rank_dates
from store import events as event_store
from store.articles import Viewer, get_articles
from text.tokens import term_set, terms

if TYPE_CHECKING:
    import sqlite_utils

KEYWORD_PASSAGES = 3000  # passages searched for the words of a keyword, at most
PASSAGE_STEP = 600  # read at a time, until KEYWORD_ARTICLES articles hold the keyword
NEAR_DAYS, BURST_DAYS = 7, 2  # as counted at ingest (store/date_counts.py)
KEYWORD_ARTICLES = 300  # articles holding a keyword whose dates are counted
CARRY_PASSAGES = 1  # a passage holding a keyword lends it the events of the next one


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
    if not start or not end or len(start) < 10 or len(end) < 10:
        return None
    return _days_between(start[:10], end[:10])


@lru_cache(maxsize=1 << 16)
def _days_between(start: str, end: str) -> int | None:
    """Days from the ISO day start to the ISO day end, None unless both are days (the events
    of a keyword's articles share few of these pairs)."""
    import datetime as dt

    try:
        return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    except ValueError:
        return None


def _held_passages(
    db: sqlite_utils.Database, wanted: set[str]
) -> tuple[dict[int, int], dict[int, str]]:
    """({passage id: article id} of the best passages holding every term, best first, read
    PASSAGE_STEP at a time until KEYWORD_ARTICLES articles hold them; {article id: text} of
    the articles read). A word every article repeats ("BP" in a collection on the oil spill)
    fills its first passages from few articles: a fixed number of passages would count the
    dates of a third of its articles."""
    from commands import passages
    from store.term_postings import holding_every

    ranked = passages.top(db, list(wanted), KEYWORD_PASSAGES)
    # Only a passage indexed under every term can hold them all: the texts of the others
    # (most of the ranked ones when a rare name sits among common words, "Aberystwyth Borough
    # Council") are neither read nor tokenized.
    indexed = holding_every(db, wanted, [pid for pid, _ in ranked])
    held: dict[int, int] = {}
    read: dict[int, str] = {}  # each article's text read once
    for at in range(0, len(ranked), PASSAGE_STEP):
        step = [pid for pid, _ in ranked[at : at + PASSAGE_STEP] if pid in indexed]
        texts = event_store.passage_texts(db, step, read)
        for pid in step:
            if pid in texts and wanted <= term_set(texts[pid][1]):
                held[pid] = texts[pid][0]
        if len(set(held.values())) >= KEYWORD_ARTICLES:
            break
    return held, read


def keyword_counts(
    db: sqlite_utils.Database,
    query: str,
    viewer: Viewer,
    low: str,
    high: str,
    short_form: str | None = None,
) -> tuple[list[salience.DateCounts], list[event_store.EventRow], dict[int, int]]:
    """(counts per date, events, {event id: level}) of a keyword, counted as names are at
    ingest: an article holding every term of it in a passage (within one paragraph) is about
    it and counts every date it mentions; its events are the keyword's at level 0 when their
    sentence holds the keyword, 1 when a passage of their paragraph near them does (the
    entries); the others count towards the article-level signals only. short_form: a shorter
    name the articles holding the keyword use for it after its first mention (a person's
    surname); a sentence holding it is at level 1."""
    from commands import passages

    wanted = set(passages.parse(query).terms)
    if not wanted:
        return [], [], {}
    held, read = _held_passages(db, wanted)
    articles = list(dict.fromkeys(held.values()))[:KEYWORD_ARTICLES]
    # the texts of the articles holding the keyword, read once (every held passage's article
    # was read whole to cut the passage out)
    texts = {a: read[a] for a in articles}
    ranges = event_store.passage_ranges(db, articles)
    # the events as plain values (EventRow's fields in order): only those at level 0 or 1,
    # the keyword's own, are made into rows
    events = event_store.event_values_of_articles(db, ranges, viewer, texts, (low, high))
    stored = get_articles(db, articles)
    published = {a: (stored[a].published if a in stored else None) for a in articles}
    short = set(terms(short_form)) if short_form else None
    levels = _keyword_levels(db, wanted, events, set(held), short, texts, ranges)
    per_date: dict[str, dict[str, set[int]]] = {}
    sort_keys: dict[str, str] = {}
    for event_id, article_id, passage_id, _, _, day, _, _, key, _, _ in events:
        date, sort_key = day or "", key or ""
        sort_keys[date] = min(sort_keys.get(date, sort_key), sort_key)
        row = per_date.get(date)
        if row is None:
            row = per_date[date] = {c: set() for c in salience.COUNTS}
        level = levels.get(event_id, 2)
        first = ranges[article_id][0]
        row["articles"].add(article_id)
        if level <= 1:
            row["scoped"].add(article_id)
        if level == 0:
            row["named"].add(article_id)
        if passage_id is not None and passage_id == first:
            row["leads"].add(article_id)
        gap = _day_gap(key, published[article_id])
        if gap is not None and 0 <= gap <= NEAR_DAYS:
            row["near"].add(article_id)
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
    kept = [event_store.EventRow(*e) for e in events if levels.get(e[0], 2) <= 1]
    return counts, kept, levels


def _keyword_levels(
    db: sqlite_utils.Database,
    wanted: set[str],
    events: Sequence[tuple[Any, ...]],
    held: set[int],
    short: set[str] | None,
    texts: dict[int, str],
    ranges: dict[int, tuple[int, int]],
) -> dict[int, int]:
    """{event id: 0 when its sentence holds every term, 1 when it holds the short form or a
    passage holding them is in its paragraph, at most CARRY_PASSAGES away}; events further
    away are left out. Every event given (EventRow's fields, in order) is of an article
    holding the keyword (texts: their texts; ranges: their passage ranges)."""
    from text.passages import paragraphs

    with_events = sorted({e[1] for e in events if e[1] in texts})
    # the passages asked about (the events' and those holding the keyword) in the articles
    # with events, each with its article found by the article's range of passage ids
    firsts = sorted((ranges[a][0], ranges[a][0] + ranges[a][1] - 1, a) for a in with_events)
    lows = [first for first, _, _ in firsts]
    owner: dict[int, int] = {}  # passage id -> article id
    for pid in {e[2] for e in events if e[2] is not None} | held:
        at = bisect.bisect_right(lows, pid) - 1
        if at >= 0 and pid <= firsts[at][1]:
            owner[pid] = firsts[at][2]
    starts = {a: [start for start, _ in paragraphs(texts[a])] for a in with_events}
    paragraph_of: dict[int, tuple[int, int]] = {}  # passage id -> (paragraph, seq)
    for pid, seq, start in event_store.passage_places(db, sorted(owner)):
        paragraph_of[pid] = (bisect.bisect_right(starts[owner[pid]], start), seq)
    # per article, the (paragraph, seq) of passages within reach of one holding the keyword
    by_article: dict[int, set[tuple[int, int]]] = {}
    for pid in held:
        if pid in paragraph_of:
            paragraph, seq = paragraph_of[pid]
            for step in range(-CARRY_PASSAGES, CARRY_PASSAGES + 1):
                by_article.setdefault(owner[pid], set()).add((paragraph, seq + step))
    levels: dict[int, int] = {}
    sentence_terms: dict[str, set[str]] = {}  # an event's sentence, tokenized once
    for event_id, article_id, passage_id, *_, text, _ in events:
        found = sentence_terms.get(text)
        if found is None:
            found = sentence_terms[text] = term_set(text)
        if wanted <= found:
            levels[event_id] = 0
        elif (short and short <= found) or (
            passage_id in paragraph_of
            and paragraph_of[passage_id] in by_article.get(article_id, ())
        ):
            levels[event_id] = 1
    return levels


def keyword_entries(
    db: sqlite_utils.Database,
    query: str,
    viewer: Viewer,
    low: str,
    high: str,
    want: int,
    model: salience.Model | None = None,
    short_form: str | None = None,
) -> list[Entry]:
    """The keyword's entries: at most want dates, likeliest first (short_form: as for
    keyword_counts)."""
    counts, events, levels = keyword_counts(db, query, viewer, low, high, short_form)
    return dated_entries(
        db, rank_dates(counts, model), events, levels, {c.date: c.articles for c in counts}, want
    )
