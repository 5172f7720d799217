"""The scan loop: scanner matches near heads, resolved in text order, spans extended, then the
passes that need every mention (a range's shared year, weekdays pinned to a year)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache
from itertools import compress
from typing import Protocol

from text.dates.context import is_future, tense_of
from text.dates.grammar import Grammar, grammar
from text.dates.grammar import words as any_of
from text.dates.lexicon import context
from text.dates.points import Anchor, Found, Point, day_point, nearest, safe_date
from text.dates.resolution import Resolution, point_or_none
from text.dates.resolvers import resolve
from text.dates.spans import extend
from text.memo import Memo


class Words(Protocol):
    """A text's word tokens, as extract/name_tokens.py has them: every maximal run of letters
    and digits (or a dotted acronym, "U.S."), with the offset where each starts."""

    @property
    def starts(self) -> Sequence[int]: ...

    @property
    def raw(self) -> Sequence[str]: ...


def scan(text: str, anchor: Anchor | None, words: Words | None = None) -> list[Found]:
    """Every mention of `text`, in order and non-overlapping, resolved against `anchor`.
    words: the text's word tokens, when the caller has them (the heads are then found from
    them); the mentions are the same without."""
    rules = grammar()
    resolution = Resolution(text, anchor)
    found_all: list[Found] = []
    floor = 0
    for match in scanner_matches(text, words):
        found = resolve(resolution, match)
        if found is None:
            continue
        extend(found, text, floor, rules)
        floor = found.end
        if found.point is not None and found.how in ("explicit", "relative", "inferred"):
            resolution.last, resolution.last_end = found.point, found.end
            resolution.last_grounded = found.how != "relative" or found.in_story
            if found.how == "explicit" and found.point.precision == "day":
                resolution.stated_in_order.append((found.point, found.end))
        found_all.append(found)
    _share_years(found_all, text)
    _order_ranges(found_all, text, anchor)
    _pin_weekdays(found_all, text)
    return found_all


# The scanner's matches do not depend on the publication date, and an undated article is
# scanned twice: once to infer that date, then to tag its dates against it (0.45 ms of the
# 0.65 ms of a scan, per 4,000-character article). So the last text's matches are kept.
_LAST_MATCHES: dict[str, tuple[re.Match[str], ...]] = {}


def scanner_matches(text: str, words: Words | None = None) -> tuple[re.Match[str], ...]:
    found = _LAST_MATCHES.get(text)
    if found is None:
        found = tuple(_matches(text, grammar(), words))
        _LAST_MATCHES.clear()
        _LAST_MATCHES[text] = found
    return found


_LEFT_REACH = 45  # the longest left context of a head: "the very end of the following year"
_RIGHT_REACH = 80


def _matches(text: str, grammar: Grammar, words: Words | None = None) -> Iterator[re.Match[str]]:
    """What scanner.finditer(text) would yield, searching only in windows around heads."""
    scanner = grammar.scanner
    length = len(text)
    position = 0
    heads = grammar.heads.finditer(text) if words is None else _heads_at(text, grammar, words)
    for head in heads:
        head_start = head.start()
        if head_start < position:
            continue
        cursor = max(position, head_start - _LEFT_REACH)
        while cursor <= head_start:
            endpos = min(length, head.end() + _RIGHT_REACH)
            match = scanner.search(text, cursor, endpos)
            if match is None:
                break
            if match.end() > endpos - 10 and endpos < length:
                match = scanner.match(text, match.start())  # not cut short by the window
                if match is None:
                    break
            position = cursor = max(match.end(), match.start() + 1)
            yield match


def _heads_at(text: str, grammar: Grammar, words: Words) -> Iterator[re.Match[str]]:
    """What grammar.heads.finditer(text) yields, the pattern tried only where a word that may
    open a head starts (and at an apostrophe just before it: "’90s"). Running the pattern over
    the whole text tries it at every position, a tenth of the tagger's time; most words are no
    head, and that is known per word from earlier articles.

    Every head starts a word: its first character is a letter or digit with no word character
    before it, so a word run starts there (a dotted acronym holds single capitals only, and no
    head is a single capital); or it is an apostrophe before such a word. A head lies within
    its word, or runs past it only by "’s" ("1990’s"), so the head pattern also matches at the
    start of the word alone (_may_open_head)."""
    heads = grammar.heads
    starts = words.starts
    end = 0
    for i in compress(range(len(starts)), map(_may_open_head().__getitem__, words.raw)):
        at = starts[i]
        if at < end:
            continue
        head = heads.match(text, at - 1) if at > end and text[at - 1] in "'’" else None
        if head is None:
            head = heads.match(text, at)
        if head is not None:
            end = head.end()
            yield head


@cache
def _may_open_head() -> Memo[bool]:
    """Word -> whether the head pattern matches at its start, remembered per word."""
    heads = grammar().heads
    return Memo(lambda word: heads.match(word) is not None, 100_000)


_RANGE_LINK = re.compile(r"\s*(?:[-–—/]|to|until|till|through|and|or)\s*(?:the\s+)?", re.I)


def _share_years(found_all: list[Found], text: str) -> None:
    """ "from January to March 2015", "between 3 June and 5 July 2015": the first date of a
    range takes the year stated for the second (the year before if its month comes later)."""
    for first, second in zip(found_all, found_all[1:], strict=False):
        point = second.point
        if first.month_day is None or point is None or second.how != "explicit":
            continue
        if point.precision not in ("day", "month"):
            continue
        if not _RANGE_LINK.fullmatch(text, first.end, second.start):
            continue
        month, day = first.month_day
        year = point.year if month <= point.month else point.year - 1
        shared = Point("month", year, month) if day == 0 else point_or_none(year, month, day)
        if shared is not None:
            first.point, first.how, first.precision = shared, "explicit", shared.precision
            first.pin = None


def _order_ranges(found_all: list[Found], text: str, anchor: Anchor | None) -> None:
    """ "from 24 September until 31 January", "from January to March": a range's end without a
    year is the first such day or month from its start on, whichever way its own clause points
    (the words opening a range: context.json's month_range_starts). In a past clause an end
    moved after the publication date moves a yearless start back a year instead ("Prices fell
    from June to April" in an August article: June of the year before to April)."""
    for first, second in zip(found_all, found_all[1:], strict=False):
        start, end = first.point, second.point
        if first.month_day is None or second.month_day is None or start is None or end is None:
            continue
        if second.how not in ("relative", "inferred") or start.precision not in ("day", "month"):
            continue
        if not _RANGE_LINK.fullmatch(text, first.end, second.start):
            continue
        if not _opens_range(text, first.start):
            continue
        month, day = second.month_day
        began = (start.month, start.day if start.precision == "day" else 0)
        year = start.year if (month, day) >= began else start.year + 1
        shared = Point("month", year, month) if day == 0 else point_or_none(year, month, day)
        if shared is None or shared == end:
            continue
        if (
            anchor is not None
            and first.how in ("relative", "inferred")
            and shared.first_day() > _published_last_day(anchor)
            and tense_of(text, second.start, second.end) == "past"
            and not _moves_a_date(text, first.start)
        ):
            earlier = _year_before(start)
            if earlier is not None:
                first.point = earlier
            continue
        second.point = shared


def _moves_a_date(text: str, start: int) -> bool:
    """Whether a verb moving a date stands before a range's start in its sentence ("was
    postponed from June to April": an old and a new date; context.json's date_move_cues)."""
    cues = context()
    before = text[max(0, start - cues["date_move_reach"]) : start]
    before = re.split(r"[.!?;]\s", before)[-1]
    return _date_move().search(before) is not None


@cache
def _date_move() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{any_of(context()['date_move_cues'])})(?![\w'])")


def _published_last_day(anchor: Anchor) -> date:
    """The last day the publication date may be."""
    if anchor.date is not None:
        return anchor.date
    month = anchor.month or 12
    return date(anchor.year, month, calendar.monthrange(anchor.year, month)[1])


def _year_before(point: Point) -> Point | None:
    if point.precision == "day":
        return point_or_none(point.year - 1, point.month, point.day)
    return Point("month", point.year - 1, point.month)


def _opens_range(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in context()["month_range_starts"]


def evidence_bound(found_all: list[Found], text: str) -> date | None:
    """The latest fully explicit day or month in the text that is not spoken of as future."""
    bound: date | None = None
    for found in found_all:
        point = found.point
        if found.how != "explicit" or point is None or point.precision not in ("day", "month"):
            continue
        if is_future(text, found.start, found.end):
            continue
        day = point.first_day()
        if bound is None or day > bound:
            bound = day
    return bound


def _pin_weekdays(found_all: list[Found], text: str) -> None:
    """Give a yearless weekday+day+month the year, at or after the latest explicit day or
    month of the text, in which that day falls on that weekday. Bare years are too weak
    ("in 1981") to pin anything: without a dated day or month the mention stays unresolved."""
    pending = [f for f in found_all if f.pin is not None and f.point is None]
    if not pending:
        return
    bound = evidence_bound(found_all, text)
    if bound is None:
        return
    for found in pending:
        assert found.pin is not None  # pending holds only pinned mentions
        weekday, month, day = found.pin
        candidates = [
            d
            for y in range(bound.year - 1, bound.year + 7)
            if (d := safe_date(y, month, day)) and d.weekday() == weekday
        ]
        if candidates:
            chosen = nearest(candidates, bound, "future")
            found.point, found.how, found.precision = day_point(chosen), "inferred", "day"
