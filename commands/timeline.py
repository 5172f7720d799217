"""A dated chronology of a place, actor or keyword: one entry per date, told by its clearest
sentence, with every report of it as a source.

Usage: timeline SUBJECT [--from DATE] [--to DATE] [--limit N]. Dates are ranked by a model of
what a journalist's timeline lists (commands/salience.py); with --limit the N most likely are
kept (at most MAX_LIMIT), else all of them up to MAX_DATES. A date's entry is the report most
like the others of that date, never page furniture (extract/sentence_kinds.py) nor a report
whose date or text cannot be trusted (commands/timeline_entries.txt: a live blog's undated
updates, a broadcast transcript, a headline or byline run into the story, a city named only as
a landmark or for its government); a sentence that leans on the one before ("It was fixed
for November 18") carries it as context. Mentions whose date cannot be resolved are listed
apart, never given a made-up date. A name Sitrep does not
know answers "no actor or place called X" with the nearest names, not a chronology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commands import disagreements, entry_judge, salience, subjects
from commands.citations import Citation
from commands.entries import Entry
from commands.reported_dates import date_bounds
from commands.timeline_entries import dated_entries, rank_dates
from commands.timeline_keywords import keyword_entries
from extract.lexicon import lexicon
from extract.name_tokens import fold
from extract.sentence_kinds import is_clutter
from store import chronology, entities
from store import events as event_store
from store.articles import EVERYONE, Viewer, get_article

if TYPE_CHECKING:
    import sqlite_utils

CANDIDATE_ROWS = 600  # dates read per subject, those with the most articles and bursts
MAX_DATES = 40  # without --limit, a chronology of more dates keeps the most likely ones
CANDIDATES = 3  # dates whose events are read per date wanted (spares for empty ones)
PER_DATE = 8  # events read per date: enough to pick the clearest and cite sources
FEW_REPORTS = 1000  # scoped reports on the candidate dates under which all of them are read
MAX_UNDATED = 50
MAX_SUBJECTS = 16  # of a country's places (undated mentions), the most reported
MAX_LIMIT = 200  # --limit above this is taken as this: the cost grows with it
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


def place_names(subject: subjects.Subject, asked: str | None = None) -> tuple[str, ...]:
    """A city's or region's names, by which an entry that names it only as a landmark is told
    apart ("400 km northeast of Damascus"); none for a country, whose places all count, or an
    actor. asked: the name the subject was asked by, one of its spellings even when the
    gazetteer gives another ("Basra" for Basrah)."""
    if subject.kind != "place" or subject.place_kind == "country":
        return ()
    return _with_asked((subject.name, *subject.aliases), asked)


def _with_asked(names: tuple[str, ...], asked: str | None) -> tuple[str, ...]:
    known = {n.lower() for n in names}
    return (*names, asked) if asked and asked.lower() not in known else names


def subject_names(subject: subjects.Subject, asked: str | None = None) -> tuple[str, ...]:
    """An actor's, a city's or a region's names (and the name it was asked by), by which a
    report naming it only in another year's background is told apart; none for a country,
    whose places all count."""
    if subject.kind not in ("actor", "place") or subject.place_kind == "country":
        return ()
    return _with_asked((subject.name, *subject.aliases), asked)


def seen_names(
    db: sqlite_utils.Database, subject: subjects.Subject, viewer: Viewer
) -> tuple[str, ...]:
    """The spellings the store has seen an actor by (a person's family name alone, "Bush" for
    George W. Bush, which the catalogue may not give), read by the entry rule asking whether a
    sentence names the actor only in what it says of another; only those written in articles
    the viewer may see (a name can itself be sensitive); none for a place."""
    if subject.kind != "actor":
        return ()
    return tuple(
        dict.fromkeys(
            s for a in subject.actor_ids for s in entities.visible_surfaces(db, a, viewer)
        )
    )


def wanted(limit: int | None) -> int:
    """How many dates a timeline keeps: --limit (up to MAX_LIMIT), else MAX_DATES."""
    return min(limit, MAX_LIMIT) if limit else MAX_DATES


def subject_counts(
    db: sqlite_utils.Database, subject: subjects.Subject, viewer: Viewer, low: str, high: str
) -> list[salience.DateCounts]:
    """The counts of the subject's CANDIDATE_ROWS most reported dates in [low, high]."""
    return [
        salience.DateCounts(*row)
        for row in chronology.salience_rows(
            db, subject_keys(subject), viewer, low, high, CANDIDATE_ROWS
        )
    ]


def subject_entries(
    db: sqlite_utils.Database,
    subject: subjects.Subject,
    viewer: Viewer,
    low: str,
    high: str,
    limit: int | None,
    model: salience.Model | None = None,
    held: dict[int, event_store.EventRow] | None = None,
    asked: str | None = None,
) -> list[Entry]:
    """The entries of a known subject, from the counts kept at ingest: the cost does not grow
    with the subject's frequency (CANDIDATE_ROWS dates, PER_DATE events each). held, when
    given, gets the events read, by id (the reports-differ step reads no sentence twice).
    asked: the name the subject was asked by, counted among its names."""
    keys = subject_keys(subject)
    counts = subject_counts(db, subject, viewer, low, high)
    want = wanted(limit)
    chosen = rank_dates(counts, model)[: want * CANDIDATES]
    reports = {c.date: c.scoped for c in counts}
    # On a large store the spare dates are read only when the first ones leave entries
    # wanting: dates are told in rank order and each date's events are read on their own, so
    # the entries told from the first dates are those all of them would give. Where the
    # dates hold few reports reading them all costs less than telling the entries twice.
    few = sum(reports.get(d, 0) for d in chosen) <= FEW_REPORTS
    read = len(chosen) if few else min(len(chosen), want + want // 8 + 2)
    levels = chronology.scoped_events(db, keys, chosen[:read], viewer, PER_DATE)
    seen = seen_names(db, subject, viewer)
    rows: dict[int, event_store.EventRow] = {}
    while True:
        rows = {e.id: e for e in event_store.events_by_id(db, list(levels), rows)}
        events = [e for e in rows.values() if e.date and low <= (e.sort_key or "") <= high]
        entries = dated_entries(
            db,
            chosen[:read],
            events,
            levels,
            reports,
            want,
            place_names(subject, asked),
            subject_names(subject, asked),
            (subject.actor_ids, subject.place_ids),
            subject.kind == "place" and subject.place_kind == "city",
            entry_judge.shipped(),
            final=read == len(chosen),
            seen=seen,
            viewer=viewer,
        )
        if len(entries) >= want or read == len(chosen):
            if held is not None:
                held.update((e.id, e) for e in events)
            return entries
        # as many more dates as the entries missing, at the rate the first dates gave them
        more = (want - len(entries)) * read // max(len(entries), 1) + 2
        levels.update(
            chronology.scoped_events(db, keys, chosen[read : read + more], viewer, PER_DATE)
        )
        read = min(len(chosen), read + more)


def _undated(db: sqlite_utils.Database, subject: subjects.Subject, viewer: Viewer) -> list[Undated]:
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


def _discovered_actor(db: sqlite_utils.Database, subject: subjects.Subject) -> bool:
    """Whether the subject is an actor found in the articles, not the catalogue."""
    if subject.kind != "actor" or not subject.key:
        return False
    stored = entities.actor_by_key(db, subject.key)
    return stored is not None and not stored.from_catalogue


def by_words_first(db: sqlite_utils.Database, subject: subjects.Subject | None, text: str) -> bool:
    """Whether a query is better served by its words than by the name it resolved to: no
    name, an actor the query only partly names ("BP" resolved to "BP Command Center"), or an
    actor found in the articles rather than the catalogue. Such an actor is linked only where
    its full name is written ("Michael Jackson", not the "Jackson" of the sentences after), so
    its dates are counted on too few articles; the articles holding its words are about it."""
    return (
        subject is None
        or (subject.kind == "actor" and not subjects.is_named(subject, text))
        or _discovered_actor(db, subject)
    )


def asked_by_name(db: sqlite_utils.Database, subject: subjects.Subject | None, text: str) -> bool:
    """Whether the query names a discovered actor in full: its words are then a name, found
    where they stand together and in order ("Territorial Army"), not wherever a passage holds
    them apart ("the territory ... the army")."""
    return (
        subject is not None and _discovered_actor(db, subject) and subjects.is_named(subject, text)
    )


def names_an_unknown_body(subject: subjects.Subject | None, text: str) -> bool:
    """Whether the query is written as an organisation's name that names nothing the store
    knows: two words or more, the first and the last capitalised, the last an organisation's
    head ("Daraa Army", "Idleb Units": extract/discovery.json's org_heads), resolving to no
    actor or place, or to a place whose name it holds only in part ("Damascus Countryside
    Army" is no name of Rif Dimashq, the province whose alias it begins with). The query then
    means no subject, and its words are a name, found where they stand together and in order:
    not wherever a passage holds them apart (a war's articles put "Daraa" and "army units" in
    one passage of many a report of the army, in Hama as much as in Daraa), nor the place's
    chronology; a name written nowhere answers "no actor or place called" it. A catalogue
    actor the query names only in part is read by its words as before (by_words_first)."""
    words = text.split()
    if len(words) < 2 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if fold(words[-1]).lower() not in lexicon().org_heads:
        return False
    return subject is None or (subject.kind == "place" and not subjects.is_named(subject, text))


def words_are_a_name(
    db: sqlite_utils.Database, subject: subjects.Subject | None, text: str
) -> bool:
    """Whether the query's words, read as a keyword, are a name held only where they stand
    together and in order: a discovered actor's asked in full (asked_by_name), or an
    organisation's name the store does not know (names_an_unknown_body)."""
    return asked_by_name(db, subject, text) or names_an_unknown_body(subject, text)


def short_form(
    db: sqlite_utils.Database, subject: subjects.Subject | None, text: str
) -> str | None:
    """The last word by which articles name a discovered actor after its first mention
    ("Jackson" for "Michael Jackson"), when the query names it in full; None otherwise, and
    None when that word is the head that makes a phrase an organisation's name ("Army" of
    "Territorial Army", "Brigade", "Fund": extract/discovery.json's org_heads): a war's
    articles use it of every army and brigade they tell of."""
    if subject is None or not asked_by_name(db, subject, text):
        return None
    words = subject.name.split()
    if len(words) < 2 or fold(words[-1]).lower() in lexicon().org_heads:
        return None
    return words[-1]


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
    if names_an_unknown_body(subject, subject_text):
        # an organisation's name the store does not know: not the place it holds a name of
        subject = None
    want = wanted(limit)
    held: dict[int, event_store.EventRow] = {}

    def by_name() -> list[Entry]:
        if subject is None:
            return []
        return subject_entries(
            db, subject, viewer, low, high, limit, model, held, asked=subject_text
        )

    def by_words() -> list[Entry]:
        named = asked_by_name(db, subject, subject_text)
        return keyword_entries(
            db,
            subject_text,
            viewer,
            low,
            high,
            want,
            model,
            short_form(db, subject, subject_text),
            held,
            words_are_a_name(db, subject, subject_text),
            # a discovered actor asked by its name: a sentence naming it only in what it says
            # of another is no entry of its, as for a catalogue actor
            seen_names(db, subject, viewer) if named and subject is not None else (),
        )

    first, then = (
        (by_words, by_name) if by_words_first(db, subject, subject_text) else (by_name, by_words)
    )
    # A discovered actor or a bare keyword with fewer dated entries than wanted is filled,
    # after the dates found first, by the other way of finding them. Not a catalogue actor or
    # a place: their aliases and the gazetteer find their mentions, and their words would
    # bring in sentences about others.
    entries = first()
    if len(entries) < want and (subject is None or _discovered_actor(db, subject)):
        have = {e.date for e in entries}
        entries += [e for e in then() if e.date not in have][: want - len(entries)]
    entries.sort(key=lambda e: (e.sort_key, e.date))
    disagreements.attach(db, entries, viewer, held=held)
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
