"""What one paragraph of an article's header is: a dateline ("07 Aug 2017 | 05:36 PM UTC"), a
byline ("By Jane Doe"), an author note closing an article ("X is Syria section editor with The
Arab Weekly."), a headline, or an outlet's masthead. The words and shapes are data
(header_patterns.txt): months, weekdays, publication stamps, byline and footer patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from text.clutter_shapes import macros
from text.data import text_sections
from text.dates.resolve_calendar import numeric_month_day
from text.endings import final_mark

MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARS = 200
MAX_QUESTION_WORDS = 12  # a longer question is an opening sentence, not a headline
MAX_MASTHEAD_WORDS = 4
MAX_DATELINE_CHARS = 80

_WORDS = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|ibn|de|van|von|der|da|du|la)){1,3}"
_OUTLET = r"(?:[Tt]he )?[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|&|the|for|on)){0,6}"
_HEADLINE_START = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
_LIST_ITEM = re.compile(r"(?:[•·▪◦●■\-–*]|\d{1,2}[.)])\s")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_TITLE_CASE_SMALL = {"of", "the", "and", "&", "for", "on", "in", "a", "an"}
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?",
    re.IGNORECASE,
)
_ZONE = re.compile(r"\b(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b")
_DATE_LEFTOVER = re.compile(r"[\s|,/·•–—\-:()\[\]]*")


@dataclass(frozen=True)
class Dateline:
    value: str  # ISO prefix
    updated: bool  # a modification stamp, not the publication date


def _sections() -> dict[str, tuple[str, ...]]:
    return text_sections("text", "header_patterns.txt")


@cache
def _month_numbers() -> dict[str, int]:
    return {
        name: number
        for number, line in enumerate(_sections()["months"], start=1)
        for name in line.split()
    }


@cache
def _weekday_numbers() -> dict[str, int]:
    return {
        name: number for number, line in enumerate(_sections()["weekdays"]) for name in line.split()
    }


def weekday_number(word: str) -> int | None:
    """The day of the week a weekday's name or abbreviation names ("Sat", "Saturday."), Monday
    0 as in datetime.date.weekday(), else None."""
    return _weekday_numbers().get(word.lower().rstrip("."))


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted(_month_numbers(), key=len, reverse=True))
    month = rf"(?P<month>{months})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{year}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b"),
        re.compile(rf"\b{day}\s+{month},?\s+{year}\b", flags),
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags),
        re.compile(rf"\b{month},?\s+{year}\b", flags),
    )


@cache
def _dateline_words() -> re.Pattern[str]:
    words = [w for line in _sections()["weekdays"] for w in line.split()]
    words += [line.lstrip("!") for line in _sections()["stamps"]]
    words += ["on", "at", "am", "pm"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b\.?", re.IGNORECASE)


@cache
def _updated_stamp() -> re.Pattern[str]:
    stamps = [line[1:] for line in _sections()["stamps"] if line.startswith("!")]
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stamps) + r")\b", re.IGNORECASE)


def is_update_stamp(stamp: str) -> bool:
    """The stamp says it is a modification stamp ("Last updated at 04:46 GMT")."""
    return bool(_updated_stamp().search(stamp))


def _compile_section(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(line.replace("{NAME}", _NAME).replace("{OUTLET}", _OUTLET))
        for line in _sections()[name]
    )


@cache
def _byline_patterns() -> tuple[re.Pattern[str], ...]:
    return _compile_section("byline")


@cache
def _byline_openings() -> tuple[re.Pattern[str], ...]:
    return _compile_section("byline opening")


@cache
def _footer_patterns() -> tuple[re.Pattern[str], ...]:
    return _compile_section("footer")


def parse_dateline(paragraph: str) -> Dateline | None:
    """A paragraph that is only a date (with weekday, time, zone, "Published:"), else None."""
    if len(paragraph) > MAX_DATELINE_CHARS or not _YEAR.search(paragraph):
        return None
    for pattern in _dateline_patterns():
        match = pattern.search(paragraph)
        if match is None:
            continue
        rest = paragraph[: match.start()] + " " + paragraph[match.end() :]
        rest = _TIME.sub(" ", rest)
        rest = _dateline_words().sub(" ", rest)
        rest = _ZONE.sub(" ", rest)
        if not _DATE_LEFTOVER.fullmatch(rest):
            return None
        value = _iso(match)
        if value is None:
            return None
        return Dateline(value, bool(_updated_stamp().search(paragraph)))
    return None


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("mm"):
        month, day = int(groups["mm"]), int(groups["dd"])
    else:
        month = _month_numbers()[groups["month"].lower()]
        day = int(groups["day"]) if groups.get("day") else 0
    if not 1 <= month <= 12 or day > 31:
        return None
    if day == 0:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def _stamp_date_shape() -> re.Pattern[str]:
    """A date as page stamps print it (the DATE macro of text/clutter.txt)."""
    return re.compile(macros()["DATE"])


_RUN_ON_YEAR = re.compile(r"\b([0-3]\d)((?:19|20)\d\d)\b")  # "Apr 232017": a lost space
NUMERIC_STAMP = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def stamp_date(stamp: str, day_first: bool | None = None) -> Dateline | None:
    """The full day (day, month and year) a page stamp set apart by text.clutter states
    ("Last updated at Apr 232017", "Thu Feb 5 2015 | 10:12", "31-07-2015"), else None: a stamp
    without a year, or with only a month, states no day. A numeric date reads day first or
    month first as its numbers allow; one that reads both ways ("05-07-2015") states no day,
    as in text.dates, unless day_first gives the order its source prints numeric stamps in
    (text.stamp_order). updated: the stamp says it is a modification stamp."""
    match = _stamp_date_shape().search(stamp)
    if match is None:
        return None
    printed = match.group(0)
    numeric = NUMERIC_STAMP.fullmatch(printed)
    if numeric:
        a, b, year = (int(g) for g in numeric.groups())
        month_day = numeric_month_day(a, b)
        if month_day is None and day_first is not None and max(a, b) <= 12:
            month_day = (b, a) if day_first else (a, b)
        if month_day is None:
            return None
        value = f"{year:04d}-{month_day[0]:02d}-{month_day[1]:02d}"
    else:
        dateline = parse_dateline(_RUN_ON_YEAR.sub(r"\1 \2", printed))
        if dateline is None or len(dateline.value) != len("2017-04-23"):
            return None
        value = dateline.value
    try:
        date.fromisoformat(value)
    except ValueError:
        return None  # "31-02-2016"
    return Dateline(value, is_update_stamp(stamp))


def parse_byline(paragraph: str) -> str | None:
    """The writer's name from a byline paragraph ("By Jane Doe", "Serge Jordan, CWI"), else None."""
    if len(paragraph) > 120:
        return None
    for pattern in _byline_patterns():
        match = pattern.fullmatch(paragraph.strip())
        if match:
            return match.group("author")
    return None


def parse_footer(paragraph: str) -> tuple[str, str | None] | None:
    """(author, outlet or None) from an author note closing an article, else None."""
    if len(paragraph) > 300 or " is " not in paragraph:
        return None
    for pattern in _footer_patterns():
        match = pattern.fullmatch(paragraph.strip())
        if match:
            outlet = match.groupdict().get("outlet")
            return match.group("author"), outlet.removesuffix(".") if outlet else None
    return None


def is_headline(paragraph: str) -> bool:
    """Short, capitalised, and not ending like a sentence or a teaser: a headline or heading."""
    if len(paragraph) > MAX_HEADLINE_CHARS or "\n" in paragraph:
        return False
    text = _MARKDOWN_HEADING.sub("", paragraph, count=1) if paragraph[0] == "#" else paragraph
    end = final_mark(text)
    if not (end.isalnum() or end == "?") or not _HEADLINE_START.match(text):
        return False  # "...", "!", or a dangling "--" after a dateline "HAVANA (AP) --"
    if _LIST_ITEM.match(text):
        return False
    if _BRACKETED.fullmatch(text):
        return False  # an aside in brackets: a link's note, "(Click here to read it in French)"
    words = len(_WORDS.findall(text))
    if not 2 <= words <= (MAX_QUESTION_WORDS if end == "?" else MAX_HEADLINE_WORDS):
        return False
    if end == "?" and any(pattern.match(text) for pattern in _byline_openings()):
        return False  # a byline and a video's title run in after it
    return parse_dateline(text) is None


def is_masthead(paragraph: str) -> bool:
    """An outlet's name printed above the headline: a few capitalised words, no punctuation."""
    tokens = paragraph.split()
    if not 1 <= len(tokens) <= MAX_MASTHEAD_WORDS or re.search(r"[:;\"“”‘’?!,]", paragraph):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _TITLE_CASE_SMALL for t in tokens)


def title_text(paragraph: str) -> str:
    """A headline without the Markdown heading marks before it."""
    return _MARKDOWN_HEADING.sub("", paragraph, count=1)
