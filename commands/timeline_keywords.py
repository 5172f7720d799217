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
from commands.passages import holds_phrase
from commands.timeline_entries import dated_entries, rank_dates
from commands.timeline_reports import days_between
from store import events as event_store
from store.articles import Viewer, passage_spans, texts_and_days
from text.passages import break_between, paragraphs
from text.tokens import phrase_key, term_set, terms

if TYPE_CHECKING:
    import sqlite_utils

KEYWORD_PASSAGES = 3000  # passages searched for the words of a keyword, at most
PASSAGE_STEP = 600  # read at a time, until KEYWORD_ARTICLES articles hold the keyword
NEAR_DAYS = 7  # as counted at ingest (store/date_counts.py)
KEYWORD_ARTICLES = 300  # articles holding a keyword whose dates are counted
CARRY_PASSAGES = 1  # a passage holding a keyword lends it the events of the next one


@lru_cache(maxsize=1 << 12)
def _next_days(day: str, n: int) -> tuple[str, ...]:
    """The ISO day and the n days after it (the dates of a keyword's articles repeat from one
    timeline to the next)."""
    import datetime as dt

    try:
        first = dt.date.fromisoformat(day)
    except ValueError:
        return ()
    return tuple((first + dt.timedelta(days=i)).isoformat() for i in range(n + 1))


class _Ranked:
    """The ranked passages read for a keyword (candidates: those indexed under every term, in
    the steps read): where those read so far are cut from (spans: article, start, end), the
    texts of the articles read, the passage ranges of those holding the terms, and which
    passages hold every term, told when first asked and once."""

    def __init__(self, wanted: set[str], name: list[str] | None = None) -> None:
        self.wanted = wanted
        self.name = name  # a name's words (tokens.phrase_key), to be held together and in order
        self.candidates: set[int] = set()
        self.spans: dict[int, tuple[int, int, int]] = {}
        self.texts: dict[int, str] = {}
        self.published: dict[int, str | None] = {}  # the articles' publication dates
        self.ranges: dict[int, tuple[int, int]] = {}  # article -> (first passage id, passages)
        self._holds: dict[int, bool] = {}

    def holds(self, pid: int) -> bool:
        """Whether a candidate whose span is read holds every term."""
        found = self._holds.get(pid)
        if found is None:
            article, start, end = self.spans[pid]
            text = self.texts.get(article)
            found = text is not None and holds_keyword(text[start:end], self.wanted, self.name)
            self._holds[pid] = found
        return found


def holds_keyword(text: str, wanted: set[str], name: list[str] | None) -> bool:
    """Whether text holds every term wanted and, when the keyword is a name, its words
    together and in order (_holds_name)."""
    return wanted <= term_set(text) and _holds_name(text, name)


def _holds_name(text: str, name: list[str] | None) -> bool:
    """Whether text holds a name's words (tokens.phrase_key) together and in order; True when
    the keyword is no name. A name's words apart name something else: "Territorial Army" is
    not held by "gave up the territory ... the army"."""
    return name is None or holds_phrase(phrase_key(text), name)


_SPANS_READ = 100  # ranked passages whose spans are read at a time (the last step stops early)


def _keyword_articles(
    db: sqlite_utils.Database, wanted: set[str], name: list[str] | None = None
) -> tuple[list[int], _Ranked]:
    """(the first KEYWORD_ARTICLES articles holding every term in a passage, by their best
    such passage, the ranked passages read). The best passages are read PASSAGE_STEP at a
    time until KEYWORD_ARTICLES articles hold the terms. A word every article repeats ("BP"
    in a collection on the oil spill) fills its first passages from few articles: a fixed
    number of passages would count the dates of a third of its articles. Once an article
    holds the terms its other passages are neither read nor tokenized here (they are known
    by the article's range of passage ids; of the 1,900 passages ranked before "Conrad
    Murray" has its 300 articles, 309 were tokenized), and once enough articles do the rest
    of the step is not read: _keyword_levels asks of those passages only the ones next to an
    event."""
    from commands import passages
    from store.term_postings import holding_every

    ranked = passages.top(db, list(wanted), KEYWORD_PASSAGES)
    # Only a passage indexed under every term can hold them all: the texts of the others
    # (most of the ranked ones when a rare name sits among common words, "Aberystwyth Borough
    # Council") are neither read nor tokenized.
    indexed = holding_every(db, wanted, [pid for pid, _ in ranked])
    read = _Ranked(wanted, name)
    holding: dict[int, None] = {}  # articles holding the terms, in the order found
    # the passage ranges of the articles holding them: first ids (sorted) and last ids
    firsts: list[int] = []
    lasts: dict[int, int] = {}

    def of_holding(pid: int) -> bool:
        at = bisect.bisect_right(firsts, pid) - 1
        return at >= 0 and pid <= lasts[firsts[at]]

    for at in range(0, len(ranked), PASSAGE_STEP):
        step = [pid for pid, _ in ranked[at : at + PASSAGE_STEP] if pid in indexed]
        read.candidates.update(step)
        for part in range(0, len(step), _SPANS_READ):
            if len(holding) >= KEYWORD_ARTICLES:
                break
            batch = [pid for pid in step[part : part + _SPANS_READ] if not of_holding(pid)]
            spans = passage_spans(db, batch)
            read.spans.update(spans)
            unread = (a for a, _, _ in spans.values() if a not in holding and a not in read.texts)
            for article, text, day in texts_and_days(db, unread):
                read.texts[article] = text  # each article's text read once
                read.published[article] = day
            found: list[int] = []
            for pid, (article, _, _) in spans.items():
                if article not in holding and len(holding) < KEYWORD_ARTICLES and read.holds(pid):
                    holding[article] = None
                    found.append(article)
            ranges = event_store.passage_ranges(db, found)
            read.ranges.update(ranges)
            for first, n in ranges.values():
                bisect.insort(firsts, first)
                lasts[first] = first + n - 1
        if len(holding) >= KEYWORD_ARTICLES:
            break
    return list(holding)[:KEYWORD_ARTICLES], read


_SCOPED, _NAMED, _LEAD, _NEAR = 1, 2, 4, 8  # what an event tells of its article on its date
_FLAGS = (_SCOPED, _NAMED, _LEAD, _NEAR)  # in the order of salience.COUNTS after "articles"


def keyword_counts(
    db: sqlite_utils.Database,
    query: str,
    viewer: Viewer,
    low: str,
    high: str,
    short_form: str | None = None,
    as_name: bool = False,
) -> tuple[list[salience.DateCounts], list[event_store.EventRow], dict[int, int]]:
    """(counts per date, events, {event id: level}) of a keyword, counted as names are at
    ingest: an article holding every term of it in a passage (within one paragraph) is about
    it and counts every date it mentions; its events are the keyword's at level 0 when their
    sentence holds the keyword, 1 when a passage of their paragraph near them does (the
    entries); the others count towards the article-level signals only. short_form: a shorter
    name the articles holding the keyword use for it after its first mention (a person's
    surname); a sentence holding it is at level 1. as_name: the keyword is a name (a
    discovered actor's, asked in full), held only where its words stand together and in
    order."""
    from commands import passages

    wanted = set(passages.parse(query).terms)
    if not wanted:
        return [], [], {}
    name = phrase_key(query) if as_name else None
    articles, read = _keyword_articles(db, wanted, name)
    # the texts of the articles holding the keyword, read once (each was read whole to cut
    # out the passage found holding it)
    texts = {a: read.texts[a] for a in articles}
    # their passage ranges, read as they were found, by article id: the events are read range
    # by range in this order, and the answer depends on it
    ranges = {a: read.ranges[a] for a in sorted(articles) if a in read.ranges}
    # the events as plain values (EventRow's fields in order): only those at level 0 or 1,
    # the keyword's own, are made into rows
    events = event_store.event_values_of_articles(db, ranges, viewer, texts, (low, high))
    short = set(terms(short_form)) if short_form else None
    levels = _keyword_levels(db, wanted, events, read, short, texts, ranges)
    # per date, {article: what its events of that date tell (_SCOPED, ...)}; the counts are
    # the articles telling each
    per_date: dict[str, dict[int, int]] = {}
    sort_keys: dict[str, str] = {}
    # each article's first passage and publication day, looked up once
    firsts = {a: first for a, (first, _) in ranges.items()}
    days = {a: d[:10] if (d := read.published.get(a)) and len(d) >= 10 else None for a in articles}
    for event_id, article_id, passage_id, _, _, day, _, _, key, _, _ in events:
        date, sort_key = day or "", key or ""
        earliest = sort_keys.get(date)
        if earliest is None or sort_key < earliest:
            sort_keys[date] = sort_key
        told = per_date.get(date)
        if told is None:
            told = per_date[date] = {}
        flags = told.get(article_id, 0)
        level = levels.get(event_id, 2)
        if level <= 1:
            flags |= _SCOPED if level else _SCOPED | _NAMED
        if passage_id is not None and passage_id == firsts[article_id]:
            flags |= _LEAD
        published_on = days[article_id]
        if published_on and key and len(key) >= 10:
            gap = days_between(key, published_on)
            if gap is not None and 0 <= gap <= NEAR_DAYS:
                flags |= _NEAR
        told[article_id] = flags
    by_day: dict[str, int] = {}  # articles published on each day
    for day in days.values():
        if day:
            by_day[day] = by_day.get(day, 0) + 1
    counts = []
    for date, told in per_date.items():
        # an article is published on one day: the days after a date hold distinct articles
        burst = (
            sum(by_day.get(after, 0) for after in _next_days(date, salience.BURST_DAYS))
            if len(date) == 10
            else 0
        )
        signals = told.values()
        # the articles with each flag: the flag's bit summed in C, over the bit
        scoped, named, leads, near = (sum(map(bit.__and__, signals)) // bit for bit in _FLAGS)
        counts.append(
            salience.DateCounts(date, sort_keys[date], len(told), scoped, named, leads, near, burst)
        )
    kept = [event_store.EventRow(*e) for e in events if levels.get(e[0], 2) <= 1]
    return counts, kept, levels


def _keyword_levels(
    db: sqlite_utils.Database,
    wanted: set[str],
    events: Sequence[tuple[Any, ...]],
    read: _Ranked,
    short: set[str] | None,
    texts: dict[int, str],
    ranges: dict[int, tuple[int, int]],
) -> dict[int, int]:
    """{event id: 0 when its sentence holds every term (a name's together and in order), 1
    when it holds the short form or a ranked passage read that holds them is in its
    paragraph, at most CARRY_PASSAGES away}; events further away are left out. Every event
    given (EventRow's fields, in order) is of an article holding the keyword (texts: their
    texts; ranges: their passage ranges; the name, read's)."""
    told: list[tuple[int, int | None, int | None]] = []  # (event id, level or None, passage)
    asked: dict[int, int] = {}  # passage id -> article id, of the events not yet told
    sentence_terms: dict[str, set[str]] = {}  # an event's sentence, tokenized once
    for event_id, article_id, passage_id, _, _, _, _, _, _, text, _ in events:
        found = sentence_terms.get(text)
        if found is None:
            found = sentence_terms[text] = term_set(text)
        if wanted <= found and _holds_name(text, read.name):
            told.append((event_id, 0, passage_id))
        elif short and short <= found:
            told.append((event_id, 1, passage_id))
        elif passage_id is not None:
            told.append((event_id, None, passage_id))
            asked[passage_id] = article_id
    lent = _lent(db, asked, read, texts, ranges)
    levels: dict[int, int] = {}
    for event_id, level, passage_id in told:
        if level is not None:
            levels[event_id] = level
        elif passage_id in lent:
            levels[event_id] = 1
    return levels


def _lent(
    db: sqlite_utils.Database,
    asked: dict[int, int],
    read: _Ranked,
    texts: dict[int, str],
    ranges: dict[int, tuple[int, int]],
) -> set[int]:
    """Those of the passages asked about ({passage id: article id}) within CARRY_PASSAGES of a
    ranked passage read that holds every term, in the same paragraph. An article's passages
    have consecutive ids in the order of their seq (store/articles.insert_passages), so the
    passages within reach of one are those whose ids are; only those are tokenized."""
    near: dict[int, list[int]] = {}
    candidates = read.candidates
    for pid, article in asked.items():
        if candidates.isdisjoint(range(pid - CARRY_PASSAGES, pid + CARRY_PASSAGES + 1)):
            continue  # most: no ranked passage near
        first, n = ranges[article]
        others = [
            other
            for other in range(
                max(pid - CARRY_PASSAGES, first), min(pid + CARRY_PASSAGES + 1, first + n)
            )
            if other in candidates
        ]
        if others:
            near[pid] = others
    # where the passages compared start: those not read yet are read now
    unread = {o for others in near.values() for o in others if o not in read.spans}
    found = passage_spans(db, sorted(unread.union(p for p in near if p not in read.spans)))
    read.spans.update((pid, span) for pid, span in found.items() if pid in unread)
    lent: set[int] = set()
    for pid, others in near.items():
        span = read.spans.get(pid) or found.get(pid)
        if span is None:
            continue
        text = texts[asked[pid]]
        for other in others:
            if (
                other in read.spans
                and _same_paragraph(text, span[1], read.spans[other][1])
                and read.holds(other)
            ):
                lent.add(pid)
                break
    return lent


def _same_paragraph(text: str, one: int, other: int) -> bool:
    """Whether the passages starting at one and other are in the same paragraph of text
    (text/passages.paragraphs), from the text between them alone: a paragraph break is white
    space, so where both starts are not, they are in one paragraph unless a break lies
    between them."""
    low, high = min(one, other), max(one, other)
    if low == high:
        return True
    if text[low : low + 1].isspace() or text[high : high + 1].isspace():
        starts = [start for start, _ in paragraphs(text)]
        return bisect.bisect_right(starts, low) == bisect.bisect_right(starts, high)
    return not break_between(text, low, high)


def keyword_entries(
    db: sqlite_utils.Database,
    query: str,
    viewer: Viewer,
    low: str,
    high: str,
    want: int,
    model: salience.Model | None = None,
    short_form: str | None = None,
    held: dict[int, event_store.EventRow] | None = None,
    as_name: bool = False,
    seen: Sequence[str] = (),
) -> list[Entry]:
    """The keyword's entries: at most want dates, likeliest first (short_form, as_name: as
    for keyword_counts). held, when given, gets the keyword's events read, by id (the
    reports-differ step reads no sentence twice). seen: when the keyword is a discovered
    actor's name, the spellings the store has seen it by (commands/timeline_entries.py,
    representative)."""
    counts, events, levels = keyword_counts(db, query, viewer, low, high, short_form, as_name)
    if held is not None:
        held.update((e.id, e) for e in events)
    return dated_entries(
        db,
        rank_dates(counts, model),
        events,
        levels,
        {c.date: c.articles for c in counts},
        want,
        seen=seen,
        viewer=viewer,
    )
