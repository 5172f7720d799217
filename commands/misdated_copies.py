"""Reports whose date the other reports of the same words contradict: a page stored with a wrong
publication date (or a later page repeating an earlier one's sentence) reads its "late Friday"
against the wrong day, and nothing in the page says so; but when other articles tell the event
in nearly the same sentence, with the same date words, and agree on another date, the one
report alone on its date is a misdated copy. It does not lead its own date (nor is it a source
of it); it is counted among the sources of the date the others give. No date is ever made up:
the others' date is one the store already holds, from their own pages.

The measure, thresholds in misdated_copies.json beside this module: two reports are the same
words when their index-term sets (text/tokens.py: stemmed content words) have a Jaccard
similarity of at least `near`, their date words are the same ("late Friday", case and spacing
aside) and they hold the same figures and names (two attacks told in one template differ in their
tolls or their places: Marks).
A report is a misdated copy when at least `articles` other articles hold such a copy of it,
all dated alike and otherwise than it, and no other article's copy carries its date.

Only the reports a timeline already gathered are compared (the subject's reports on its
candidate dates), each only with those of the same date words, and only when asked (a date's
chosen report, a told date's sources): the cost stays within the timeline's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from commands.reported_dates import jaccard
from store import events as event_store
from text.data import json_file
from text.tokens import words


@dataclass(frozen=True)
class Thresholds:
    near: float  # index-term Jaccard at or above which two reports are the same words
    articles: int  # other articles agreeing on another date that outvote a report


@cache
def thresholds() -> Thresholds:
    data = json_file("commands", "misdated_copies.json")
    return Thresholds(float(data["near"]), int(data["articles"]))


def date_words(event: event_store.EventRow) -> str:
    """How the report says its date, case and spacing aside: "late Friday"."""
    return " ".join(event.date_text.lower().split())


@dataclass(frozen=True)
class Marks:
    """What tells one event from another told in the same template: its figures (the words
    holding a digit: a toll, a count, a day of the month), its names (the words after the
    first written with a capital: who and where) and all its words, case aside."""

    figures: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Marks:
        found = words(text)
        return cls(
            frozenset(w for w in found if any(c.isdigit() for c in w)),
            frozenset(w.lower() for w in found[1:] if w[:1].isupper()),
            frozenset(w.lower() for w in found),
        )

    def agree(self, other: Marks) -> bool:
        """The same figures, and each one's names among the other's words (a copy may write
        "al-Maleh" for "Al-Maleh")."""
        return (
            self.figures == other.figures
            and self.names <= other.words
            and other.names <= self.words
        )


class MisdatedCopies:
    """The misdated copies among a timeline's gathered reports, found when asked.

    terms_of gives a report's index-term set (the caller's, read once per report)."""

    def __init__(
        self,
        events: Sequence[event_store.EventRow],
        terms_of: Callable[[event_store.EventRow], set[str]],
        limits: Thresholds | None = None,
    ) -> None:
        self._events = events
        self._terms_of = terms_of
        self._limits = limits or thresholds()
        self._groups: dict[str, list[event_store.EventRow]] | None = None
        self._marks: dict[int, Marks] = {}
        self._copies: dict[int, list[event_store.EventRow]] = {}
        self._dates: dict[int, str | None] = {}

    def _group(self, event: event_store.EventRow) -> list[event_store.EventRow]:
        if self._groups is None:
            self._groups = {}
            for e in self._events:
                if e.date:
                    self._groups.setdefault(date_words(e), []).append(e)
        return self._groups.get(date_words(event), [])

    def _marks_of(self, event: event_store.EventRow) -> Marks:
        if event.id not in self._marks:
            self._marks[event.id] = Marks.of(event.text)
        return self._marks[event.id]

    def copies(self, event: event_store.EventRow) -> list[event_store.EventRow]:
        """The reports of other articles holding the same words as event, with the same date
        words, figures and names."""
        if event.id not in self._copies:
            own = self._terms_of(event)
            near = self._limits.near
            self._copies[event.id] = [
                o
                for o in self._group(event)
                if o.article_id != event.article_id
                # a Jaccard of at least near needs sets of sizes within that ratio: most
                # pairs are passed over by their sizes alone
                and min(len(own), len(ot := self._terms_of(o))) >= near * max(len(own), len(ot))
                and jaccard(own, ot) >= near
                and self._marks_of(o).agree(self._marks_of(event))
            ]
        return self._copies[event.id]

    def right_date(self, event: event_store.EventRow) -> str | None:
        """The date the other articles' copies agree on when event is a misdated copy: at
        least `articles` of them, all dated alike and otherwise than event, and none on
        event's date. None when event is no misdated copy."""
        if event.id not in self._dates:
            by_date: dict[str, set[int]] = {}
            for o in self.copies(event):
                by_date.setdefault(o.date or "", set()).add(o.article_id)
            agreed = next(iter(by_date.items())) if len(by_date) == 1 else None
            self._dates[event.id] = (
                agreed[0]
                if agreed and agreed[0] != event.date and len(agreed[1]) >= self._limits.articles
                else None
            )
        return self._dates[event.id]

    def misdated(self, event: event_store.EventRow) -> bool:
        return self.right_date(event) is not None

    def sources_of(
        self, date: str, reports: Sequence[event_store.EventRow]
    ) -> list[event_store.EventRow]:
        """A told date's reports as its sources: without its misdated copies, and with the
        copies of other dates its reports outvote (counted where the event happened)."""
        kept = [r for r in reports if not self.misdated(r)]
        seen = {r.id for r in kept}
        for r in kept:
            for o in self.copies(r):
                if o.id not in seen and o.date != date and self.right_date(o) == date:
                    seen.add(o.id)
                    kept.append(o)
        return kept
