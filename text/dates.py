"""Temporal tagger: find the dates a news text mentions and give each a TimeML-style value.

`tag_dates(text, published)` finds explicit dates ("8 August 2014", "2017-08-07", "in 2014"),
underspecified ones ("On 3 July", "Saturday, August 5", "Monday") and relative ones ("last
month", "two years ago", "earlier this year"), and resolves them against the publication date.
Values follow TimeML: "2017-08-07", "2017-08", "2017", "2017-W31", "2017-W31-WE" (weekend),
"2017-SU" (season), "2017-Q3", "2017-H2" (half year, precision "year"), "201" (decade), and the
reference values "PRESENT_REF", "PAST_REF", "FUTURE_REF" (precision "day").

`how` says where a value comes from:

- "explicit": the text states it fully ("March 2011", "in 2014");
- "relative": resolved against the publication date ("last month", "On 3 July", "Monday");
- "inferred": pinned by other evidence in the text: a weekday that fixes the year of a
  day+month when the publication date is unknown ("Thursday 18 August" after "8 August 2014"
  is 2016-08-18) or known only to the year (in a 2017 article it is 2016-08-18); an anaphor
  ("that year", "a year later") resolved from the previous date; or a weekday contradicting
  the date the publication date gives (the date is kept and the confidence lowered: the
  weekday is evidence, not an instruction to move the date);
- "unresolved": value None; a relative expression with nothing to anchor it. A date is never
  invented and the clock is never read.

Rules for underspecified dates: a day+month or a bare month takes the year that puts it
nearest the publication date, counting days after publication double (news reports mostly
the past), six times when the nearest tense marker of its clause is past ("fell", "was"),
and days before publication four times when it is future ("will", "is scheduled to"). A
bare weekday is the publication day itself, else the nearest such day before it, or after it
in a future clause. Anaphors ("that year", "a year later", "the year-ago quarter") count
from the previous date in the text; "a year ago" right after a quarter is that quarter a
year back, as TimeML annotates comparisons.

Spans follow TimeML: no prepositions ("in 2014" gives "2014"), with determiners and
modifiers ("the late 1970s", "nearly two years ago", "the end of 1990").

How it runs fast: a cheap pass finds heads (month and weekday names, year-like numbers,
calendar words); one compiled alternation of any-case word tries then runs only in a short
window around each head; short anchored patterns take in modifiers before a match; context
words veto false friends ("may have", "Sunday Times", "2000 troops", "Resolution 2254").
The word lists live in dates_lexicon.json and dates_context.json beside this module.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade")


@dataclass(frozen=True)
class DateMention:
    """One date expression: offsets into the tagged text and its resolved value."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    how: str


@dataclass(frozen=True)
class _Point:
    """A resolved calendar period; `part` holds "Q3", "SU", "H2" or "WE" where relevant."""

    precision: str
    year: int
    month: int = 1
    day: int = 1
    part: str = ""

    @property
    def value(self) -> str:
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if self.precision == "week":
            iso = date(self.year, self.month, self.day).isocalendar()
            suffix = "-WE" if self.part == "WE" else ""
            return f"{iso.year:04d}-W{iso.week:02d}{suffix}"
        if self.precision == "decade":
            return f"{self.year // 10:03d}"
        if self.part:
            return f"{self.year:04d}-{self.part}"
        return f"{self.year:04d}"

    def first_day(self) -> date:
        if self.precision in ("day", "week"):
            return date(self.year, self.month, self.day)
        if self.precision == "quarter":
            return date(self.year, 3 * int(self.part[1]) - 2, 1)
        if self.precision == "season":
            return date(self.year, _lexicon()["season_months"][self.part], 1)
        if self.precision == "year" and self.part:
            return date(self.year, 1 if self.part == "H1" else 7, 1)
        return date(self.year, self.month, 1)


@dataclass(frozen=True)
class _Anchor:
    """The publication date at whatever precision it is known."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def reference_day(self) -> date:
        """A day standing for the anchor when only its month or year is known."""
        return date(self.year, self.month or 7, self.day or 15)


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    point: _Point | None = None
    reference: str | None = None
    how: str = "unresolved"
    precision: str = "day"
    pin: tuple[int, int, int] | None = None  # (weekday, month, day) awaiting a year
    month_day: tuple[int, int] | None = None  # (month, day or 0) of a yearless date


# ---------------------------------------------------------------- data


@cache
def _lexicon() -> dict:
    raw = resources.files("text").joinpath("dates_lexicon.json").read_text(encoding="utf-8")
    return json.loads(raw)


@cache
def _context() -> dict:
    raw = resources.files("text").joinpath("dates_context.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {
        key: frozenset(words) if isinstance(words, list) else words for key, words in data.items()
    }


def _cased(words) -> list[str]:
    """Capitalised and upper-case spellings: month names are proper nouns, "may" is a verb."""
    return [form for w in words for form in (w, w.upper())]


def _any_case(words) -> list[str]:
    """Lower, capitalised and upper-case spellings, cheaper to match than (?i:)."""
    return [form for w in words for form in {w, w[:1].upper() + w[1:], w.upper()}]


_CHAR = {" ": r"\s+", "-": r"[-\s]"}  # in phrases: any whitespace; a hyphen or a space


def _trie(words) -> str:
    """A regex alternation factored by prefix, so a failing position costs one comparison."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            _CHAR.get(c, re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(root)


@dataclass(frozen=True)
class _Grammar:
    heads: re.Pattern
    scanner: re.Pattern
    modifier: re.Pattern
    of_phrase: re.Pattern
    tense: re.Pattern
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]


@cache
def _grammar() -> _Grammar:
    lex = _lexicon()
    months = {k.lower(): v for k, v in {**lex["months"], **lex["month_abbreviations"]}.items()}
    weekdays = {
        k.lower(): v for k, v in {**lex["weekdays"], **lex["weekday_abbreviations"]}.items()
    }

    def words(*phrases) -> str:
        """Any-case trie of words or phrases; a space stands for any whitespace."""
        flat = [p for group in phrases for p in ([group] if isinstance(group, str) else group)]
        return _trie(_any_case(flat))

    mon_full = _trie(_cased(lex["months"]))
    mon_abbr = _trie(_cased(lex["month_abbreviations"]))
    month = rf"(?:{mon_full}|{mon_abbr}\.?)(?![A-Za-z])"
    wd_full = _trie(_cased(lex["weekdays"]))
    wd_abbr = _trie(_cased(lex["weekday_abbreviations"]))
    weekday = rf"(?:{wd_full}|{wd_abbr}\.?)(?![A-Za-z])"
    season = words(lex["seasons"])
    numbers = {**lex["numbers"], **{v: None for v in lex["vague_numbers"]}}
    number = words(numbers)
    ordinal = words(lex["ordinals"])
    units, teens, tens = words(lex["year_units"]), words(lex["year_teens"]), words(lex["year_tens"])
    past_future = words(lex["past_words"], lex["future_words"])
    this_last_next = words("this", "last", "next")
    year_word = words("year")
    year = r"(?:1\d{3}|20\d{2})(?!\d)"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    approximately = words(lex["approximations"], lex["count_modifiers"])
    two_digit_tail = rf"(?:{tens}(?:[-\s]+{units})?|{teens}|{units})"

    kinds = {
        "iso": r"(?<![\d/-])(?P<iso_y>1\d{3}|20\d{2})(?P<iso_s>[-/])(?P<iso_m>0[1-9]|1[0-2])"
        r"(?P=iso_s)(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d/-])",
        "num": r"(?<![\d/.-])(?P<num_a>\d{1,2})(?P<num_s>[/.])(?P<num_b>\d{1,2})(?P=num_s)"
        r"(?P<num_y>1\d{3}|20\d{2})(?!\d|[/.]\d)",
        # "Thursday 18 August 2016", "18th of August", "14-15 July" (a range takes its first day)
        "dmy": rf"(?:(?P<dmy_w>{weekday})\s?,?\s+(?:the\s+)?)?(?<![\w.,/-])(?P<dmy_d>{day})"
        rf"(?:\s?[-–/]\s?{day})?(?:\s+of)?\s+(?P<dmy_m>{month})(?:\s?,?\s*(?P<dmy_y>{year}))?",
        # "Saturday, August 5", "Aug. 7, 2017", "March 3-5"
        "mdy": rf"(?:(?P<mdy_w>{weekday})\s?,?\s+)?(?P<mdy_m>{month})\s+(?:the\s+)?"
        rf"(?P<mdy_d>{day})(?:[-–]{day})?(?![\d%]|:\d|,\d{{3}}(?!\d))"
        rf"(?:(?:\s?,\s*|\s+)(?P<mdy_y>{year}))?",
        "my": rf"(?P<my_m>{month})(?:\s+of|\s?,)?\s+(?P<my_y>{year})",
        "mrel": rf"(?P<mr_m>{mon_full})(?:\s+of)?\s+(?P<mr_r>{this_last_next})\s+{year_word}\b",
        "quarter": rf"(?:(?P<q_py>{year})\s+|(?P<q_pr>{this_last_next})\s+{year_word}['’]s\s+)?"
        rf"(?P<q_o>{ordinal})[-\s]+(?:{words('fiscal')}[-\s]+)?{words('quarter')}(?![\w-])"
        rf"(?:\s+of\s+(?:{words('fiscal')}\s+)?(?P<q_y>{year})|\s?,\s*(?P<q_y2>{year})"
        rf"|\s+(?P<q_r>{this_last_next})\s+{year_word}\b)?",
        "qq": rf"(?P<qq_o>Q[1-4])(?:\s+|\s?,\s*|-)?(?P<qq_y>{year})?(?!\w)",
        "half": rf"(?P<h_o>{words('first', 'second', 'last', 'latter', '1st', '2nd')})[-\s]+"
        rf"{words('half')}(?:\s+of|\s?,)?\s+(?:(?P<h_y>{year})|(?P<h_r>{this_last_next})\s+"
        rf"{year_word}\b)",
        # "the latest quarter", "the year-ago period", "the year-earlier third quarter"
        "qrel": rf"(?P<qr_d>(?:{words('the', 'its')}\s+)?(?:{words(lex['quarter_modifiers'])}\s+)?"
        rf"(?:{words('year-ago', 'year-earlier', 'year-before')}\s+(?:{words('fiscal')}\s+)?"
        rf"(?:(?P<qr_o>{ordinal})[-\s]+)?)?(?:{words('fiscal')}\s+)?)"
        rf"(?P<qr_u>{words('quarter', 'period')})(?![\w-])"
        rf"|(?P<qr_ya>{words('year-ago', 'year-earlier')})(?![\w-])",
        "qyear": rf"(?:{words('the')}\s+(?P<qy_y>{year})|(?P<qy_r>{this_last_next})\s+"
        rf"{year_word}['’]s)\s+(?P<qy_u>{words('quarter', 'period')})(?![\w-])",
        "decade": rf"(?P<dc_v>(?:1\d|20)\d0['’]?s|['’]\d0s|(?<![\w$£€.,])\d0s)(?![\w'’])"
        rf"|{words('the')}\s+(?:{words('early', 'mid', 'late')}[-\s]+)?"
        rf"(?P<dc_w>{words(lex['decade_words'])})(?![\w-])",
        "season_y": rf"(?P<sy_s>{season})(?:\s+of|\s?,)?\s+(?P<sy_y>{year})",
        "nwy": rf"(?P<nw>{words('nineteen')}[-\s]+(?:{words('hundred')}(?:\s+and)?"
        rf"(?:\s+{two_digit_tail})?|{tens}(?:[-\s]+{units})?|{teens})|{words('two thousand')}"
        rf"(?:\s+and)?(?:\s+(?:{teens}|{units}))?)(?![\w-])",
        "ago": rf"(?:{approximately}\s+)?(?P<ago_n>{number}|\d{{1,3}})[-\s]+"
        rf"(?P<ago_u>{words('day', 'week', 'month', 'year', 'decade', 'quarter')})s?"
        rf"(?:\s+or\s+so)?\s+(?P<ago_d>{words('ago', 'earlier', 'before', 'later', 'after')}"
        rf"|{words('from now', 'hence')})(?![\w-])",
        "vref": rf"(?P<vr_d>(?:{words('the')}\s+)?{past_future})(?:\s+"
        rf"{words('few', 'several', 'many', 'couple of')})?\s+"
        rf"(?P<vr_u>{words('days', 'weeks', 'months', 'years', 'quarters', 'decades')})"
        r"(?![\w-])(?!\s+of\b)",
        "rel": rf"(?P<rl_d>(?:{words('the')}\s+)?{words(list(_RELATIVE_COUNTS))})\s+"
        rf"(?P<rl_u>{words('day', 'week', 'weekend', 'month', 'year', 'decade', 'fiscal year')}"
        rf"|{mon_full}|{wd_full}|{season})(?![\w-])",
        "eou": rf"(?P<eo>{words('the')}\s+(?:very\s+)?"
        rf"{words('end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'turn', 'close')}"
        rf"\s+of\s+the\s+(?P<eo_u>{words('year', 'month', 'week', 'decade')})"
        rf"|{words('year-end', 'year’s end')}|{words('year')}'s\s+end)(?![\w-])",
        "weekend": rf"{words('the weekend')}(?![\w-])",
        "deictic": rf"(?P<dx>{words(lex['deictic_days'])})(?![\w-])",
        "ref": rf"(?P<rf>{words(lex['references'])})(?![\w-])"
        rf"(?!\s+(?:\d|{number}\b|of\b|century\b|centuries\b|millenni))",
        "adjref": rf"(?P<aj>{words('current')})(?=\s+[a-z])",
        "season": rf"(?:{words('the')}\s+)?(?:{words('early', 'late')}\s+)?"
        rf"(?P<se>{words('spring', 'summer', 'autumn', 'winter')})(?![\w-])(?!\s+of\b)",
        "weekday": rf"(?P<wd>{wd_full})(?![\w-])",
        "month": rf"(?P<mo>{mon_full})(?![\w-])",
        # a year-like number, not part of a larger number, an amount or an identifier
        "year": rf"(?<![\w$£€#%./])(?<!\d[,.])(?:(?<!\d[-–])|(?<=(?<!\d)\d{{4}}[-–]))"
        rf"(?P<yr>{year})(?![\w%]|[.,/]\d|[-–](?!(?:\d\d|\d{{4}})(?!\d))\d|['’](?!s\b))",
    }
    alternatives = "|".join(f"(?P<k_{name}>{body})" for name, body in kinds.items())
    named = _cased(
        [
            *lex["months"],
            *lex["month_abbreviations"],
            *lex["weekdays"],
            *lex["weekday_abbreviations"],
        ]
    )
    starts = {
        phrase.split()[0]
        for key in (
            "start_words",
            "numbers",
            "vague_numbers",
            "references",
            "past_words",
            "future_words",
            "ordinals",
            "seasons",
            "approximations",
            "count_modifiers",
            "deictic_days",
            "quarter_modifiers",
        )
        for phrase in lex[key]
    }
    # No date starts inside a word ("Blast week"), and every date starts with one of a few
    # hundred words: checking both first keeps the scan fast.
    guard = rf"(?=[\d'’]|Q[1-4]|{_trie(named + _any_case(sorted(starts)))}\b)"
    scanner = re.compile(rf"(?<!\w){guard}(?:{alternatives})")
    # Every date expression contains a head: a month or weekday name, a year-like number, a
    # decade, or a calendar word. Heads are cheap to find; the scanner runs only near them.
    head_words = _trie(named + _any_case(lex["head_words"]))
    heads = re.compile(rf"(?<!\w)(?:{head_words}|(?:1\d|20)\d\d(?:['’]?s)?|['’]?\d0s|Q[1-4])(?!\w)")
    modifier = re.compile(
        rf"(?:(?:\b{words('the')}\s+)?\b(?P<mod>{words(lex['modifiers'])})[-\s]+"
        rf"|\b(?P<fiscal>{words('fiscal', 'fiscal year')})\s+|\b(?P<theyear>{words('the year')})\s+"
        rf"|\b(?P<the>[Tt]he)\s+|\b(?P<approx>{words(lex['approximations'])})\s+)$"
    )
    of_phrase = re.compile(
        rf"\b(?:[Tt]he\s+)?(?:very\s+)?(?P<of>{words(lex['of_phrases'])})\s+of\s+$"
    )
    # The nearest tense marker decides: "said he will leave Friday" is future, "fell on Friday"
    # past. Regular past tenses are caught by their ending, minus -ed words that are not.
    context = _context()
    not_past = "|".join(sorted(context["not_past_tense"]))
    # "is repeated", "will be held", "the refreshed magazine": participles, not past tenses
    participle_contexts = "".join(
        rf"(?<!\b{word}\s)" for word in ("be", "been", "being", "is", "are", "am", "the", "a", "an")
    )
    tense = re.compile(
        rf"(?<![\w'])(?:(?P<future>{words(context['future_cues'])})|(?P<past>"
        rf"{words(context['past_cues'])}|{participle_contexts}"
        rf"(?!(?:{not_past})\b)[A-Za-z]{{2,}}ed(?!\s+by\b)))(?![\w'])"
    )
    number_values = {k.lower(): v for k, v in numbers.items()}
    return _Grammar(heads, scanner, modifier, of_phrase, tense, months, weekdays, number_values)


# ---------------------------------------------------------------- calendar helpers


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _day_point(day: date) -> _Point:
    return _Point("day", day.year, day.month, day.day)


def _week_point(day: date, part: str = "") -> _Point:
    monday = day - timedelta(days=day.weekday())
    return _Point("week", monday.year, monday.month, monday.day, part)


def _nearest(candidates: list[date], reference: date, tense: str | None) -> date:
    """The candidate nearest the reference. News reports mostly the past, so days after the
    reference count double; a clause in the past or future tense weighs far more."""
    before, after = {"past": (1, 6), "future": (4, 1)}.get(tense, (1, 2))

    def cost(day: date) -> int:
        delta = (day - reference).days
        return delta * after if delta >= 0 else -delta * before

    return min(candidates, key=cost)


def _shift(point: _Point, count: int, unit: str) -> _Point | None:
    """Move a point by count units, keeping the point's own precision (TimeML's anaphora)."""
    if unit == "year":
        if point.precision == "decade":
            return None
        day = min(point.day, calendar.monthrange(point.year + count, point.month)[1])
        return _Point(point.precision, point.year + count, point.month, day, point.part)
    if unit == "decade":
        return _Point("decade", point.year + 10 * count) if point.precision == "decade" else None
    if unit == "quarter" and point.precision == "quarter":
        index = point.year * 4 + int(point.part[1]) - 1 + count
        return _Point("quarter", index // 4, part=f"Q{index % 4 + 1}")
    if unit == "month" and point.precision in ("day", "month"):
        year, month = _add_months(point.year, point.month, count)
        day = min(point.day, calendar.monthrange(year, month)[1])
        return _Point(point.precision, year, month, day)
    if unit in ("day", "week") and point.precision in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        moved = date(point.year, point.month, point.day) + timedelta(days=days)
        return _Point(point.precision, moved.year, moved.month, moved.day, point.part)
    return None


def _from_anchor(anchor: _Anchor, count: int, unit: str) -> _Point | None:
    """The period `count` units away from the publication date, at the unit's precision."""
    if unit == "year":
        return _Point("year", anchor.year + count)
    if unit == "decade":
        return _Point("decade", (anchor.year // 10 + count) * 10)
    if anchor.month is None:
        return None
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, count)
        return _Point("month", year, month)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + count
        return _Point("quarter", index // 4, part=f"Q{index % 4 + 1}")
    if anchor.date is None:
        return None
    if unit == "week":
        return _week_point(anchor.date + timedelta(days=7 * count))
    if unit == "weekend":
        return _week_point(anchor.date + timedelta(days=7 * count), "WE")
    return _day_point(anchor.date + timedelta(days=count))


# ---------------------------------------------------------------- context checks


_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.'’-]*|[$£€#])[^\w\n]{0,2}$")
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z%][\w/%’']*)(?:[ \t]+([A-Za-z][\w’']*))?")
_SENTENCE_BREAK = re.compile(r"[.!?;\n][\"'”’)]*\s")
_UPPER_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return match.group(1).lower().rstrip(".") if match else ""


def _next_words(text: str, end: int) -> tuple[str, str]:
    match = _NEXT_WORDS.match(text, end, min(len(text), end + 40))
    if not match:
        return "", ""
    return match.group(1).lower(), (match.group(2) or "").lower()


def _tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the clause around a mention: the nearest tense marker
    before it in its sentence decides, else the first one after it."""
    begin = max(0, start - 100)
    for brk in _SENTENCE_BREAK.finditer(text, begin, start):
        begin = brk.end()
    tense = _grammar().tense
    markers = list(tense.finditer(text, begin, start))
    if not markers:
        stop = min(len(text), end + 60)
        brk = _SENTENCE_BREAK.search(text, end, stop)
        markers = list(tense.finditer(text, end, brk.start() if brk else stop))[:2]
        markers.reverse()
    if not markers:
        return None
    last = markers[-1]
    if last.group("future"):
        return "future"
    if len(markers) > 1 and markers[-2].group("future") and last.start() - markers[-2].end() < 14:
        return "future"  # "will be held", "will have ended"
    return "past"


def _is_future(text: str, start: int, end: int) -> bool:
    return _tense(text, start, end) == "future"


# ---------------------------------------------------------------- resolution


def _parse_published(published: str | None) -> _Anchor | None:
    if published is None or not published.strip():
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", published.strip())
    if not match:
        raise ValueError(f"published must be YYYY, YYYY-MM or YYYY-MM-DD, not {published!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"published has no such month: {published!r}")
    if day is not None and _safe_date(year, month, day) is None:
        raise ValueError(f"published has no such day: {published!r}")
    return _Anchor(year, month, day)


def _explicit(found: _Found, point: _Point | None) -> _Found | None:
    if point is None:
        return None
    found.point, found.how, found.precision = point, "explicit", point.precision
    return found


def _relative(found: _Found, point: _Point | None, how: str = "relative") -> _Found:
    if point is not None:
        found.point, found.how, found.precision = point, how, point.precision
    return found


def _year_of(text: str) -> int | None:
    return int(text) if text else None


def _day_month(
    found: _Found,
    weekday: int | None,
    month: int,
    day: int,
    year: int | None,
    anchor: _Anchor | None,
    text: str,
) -> _Found | None:
    if year is not None:
        return _explicit(found, _point_or_none(year, month, day))
    if _safe_date(2000, month, day) is None:  # no year has a 31 April
        return None
    found.month_day = (month, day)
    if anchor is None:
        if weekday is not None:
            found.pin = (weekday, month, day)
        return found
    future = _tense(text, found.start, found.end)
    candidates = [
        d for y in range(anchor.year - 1, anchor.year + 2) if (d := _safe_date(y, month, day))
    ]
    if not candidates:  # 29 February: the nearest leap years
        candidates = [
            d for y in range(anchor.year - 4, anchor.year + 5) if (d := _safe_date(y, month, day))
        ]
    same_year = [d for d in candidates if d.year == anchor.year]
    if anchor.month is None and same_year:
        # Only the publication year is known: the date falls in it, unless its weekday
        # points to the year before (an article of early 2017 recalling "Thursday 18 August").
        chosen = same_year[0]
        if weekday is None or chosen.weekday() == weekday:
            return _relative(found, _day_point(chosen))
        before = [d for d in candidates if d.year == anchor.year - 1 and d.weekday() == weekday]
        return _relative(found, _day_point(before[0] if before else chosen), "inferred")
    chosen = _nearest(candidates, anchor.reference_day(), future)
    if weekday is None or chosen.weekday() == weekday:
        return _relative(found, _day_point(chosen))
    if anchor.day is None:
        # The publication day is uncertain: the weekday may choose among nearby years.
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            chosen = _nearest(matching, anchor.reference_day(), future)
    # A weekday contradicting the date is kept as doubt, not used to move the date.
    return _relative(found, _day_point(chosen), "inferred")


def _point_or_none(year: int, month: int, day: int) -> _Point | None:
    valid = _safe_date(year, month, day)
    return _day_point(valid) if valid else None


def _month_only(found: _Found, month: int, anchor: _Anchor | None, text: str) -> _Found:
    found.precision = "month"
    if anchor is None:
        return found
    if anchor.month is None:
        return _relative(found, _Point("month", anchor.year, month))
    future = _tense(text, found.start, found.end)
    candidates = [date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _nearest(candidates, anchor.reference_day(), future)
    return _relative(found, _Point("month", chosen.year, month))


def _season_point(
    code: str, anchor: _Anchor, direction: str, text: str, found: _Found
) -> _Point | None:
    middle = _lexicon()["season_months"][code]
    if anchor.month is None and direction in ("last", "next"):
        return None  # "last summer" in an article known only to be of 2017: 2016 or 2017
    if anchor.month is None or direction == "this":
        # A winter is named by the year it begins in: "this winter" in February 2017 is 2016-WI.
        early = code == "WI" and anchor.month is not None and anchor.month <= 3
        return _Point("season", anchor.year - 1 if early else anchor.year, part=code)
    candidates = [date(y, middle, 15) for y in range(anchor.year - 2, anchor.year + 3)]
    reference = anchor.reference_day()
    if direction == "last":
        chosen = max(d for d in candidates if d + timedelta(days=45) < reference)
    elif direction == "next":
        chosen = min(d for d in candidates if d - timedelta(days=45) > reference)
    else:
        chosen = _nearest(candidates, reference, _tense(text, found.start, found.end))
    return _Point("season", chosen.year, part=code)


def _weekday_point(
    weekday: int, anchor: _Anchor, direction: str, text: str, found: _Found
) -> _Point | None:
    today = anchor.date
    if today is None:
        return None
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if direction in ("last", "past", "previous", "this past"):
        return _day_point(today - timedelta(days=back or 7))
    if direction in ("next", "coming", "this coming", "upcoming"):
        return _day_point(today + timedelta(days=ahead or 7))
    if direction == "this":
        return _day_point(today - timedelta(days=today.weekday()) + timedelta(days=weekday))
    if back == 0:
        return _day_point(today)
    if _is_future(text, found.start, found.end):
        return _day_point(today + timedelta(days=ahead))
    return _day_point(today - timedelta(days=back))


def _quarter_point(number: int, year: int | None, anchor: _Anchor | None) -> _Point | None:
    if year is not None:
        return _Point("quarter", year, part=f"Q{number}")
    if anchor is None:
        return None
    if anchor.month is None:
        return _Point("quarter", anchor.year, part=f"Q{number}")
    current = (anchor.month - 1) // 3 + 1
    # The most recent such quarter that has begun: "the fourth quarter" in November.
    return _Point(
        "quarter", anchor.year if number <= current else anchor.year - 1, part=f"Q{number}"
    )


_RELATIVE_COUNTS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "this past": -1,
    "next": 1,
    "coming": 1,
    "this coming": 1,
    "upcoming": 1,
    "following": 1,
    "this": 0,
    "current": 0,
    "same": 0,
    "that": 0,
}
_AFTER_PRESENT = frozenset({"", "day", "time", "moment", "and", "or", "but", "when", "is", "was"})
_TITLE_CHECKED = frozenset({"rel", "deictic", "ref", "vref", "eou", "weekend", "adjref"})
_UNIT_PRECISION = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}
_ANAPHORIC = frozenset({"that", "same", "following", "previous", "preceding", "prior"})


class _Resolver:
    """Turns scanner matches into resolved mentions; remembers the last date for anaphora."""

    def __init__(self, text: str, anchor: _Anchor | None) -> None:
        self.text = text
        self.anchor = anchor
        self.last: _Point | None = None
        self.last_end = -1
        self.last_quarter: _Point | None = None
        self.grammar = _grammar()
        self.context = _context()

    # -- helpers

    def number(self, word: str) -> int | None:
        word = re.sub(r"\s+", " ", word.lower())
        if word.isdigit():
            return int(word)
        return self.grammar.numbers.get(word)

    def month(self, word: str) -> int:
        return self.grammar.months[word.lower().rstrip(".")]

    def weekday(self, word: str | None) -> int | None:
        return self.grammar.weekdays[word.lower().rstrip(".")] if word else None

    def relative(self, found: _Found, count: int, unit: str, anaphoric: bool) -> _Found:
        found.precision = _UNIT_PRECISION[unit]
        if anaphoric and self.last is not None:
            point = _shift(self.last, count, unit)
            if point is not None:
                return _relative(found, point, "inferred")
        if self.anchor is None:
            return found
        return _relative(found, _from_anchor(self.anchor, count, unit))

    def reference(self, found: _Found, value: str) -> _Found:
        found.precision = "day"
        if self.anchor is not None:
            found.reference, found.how = value, "relative"
        return found

    def titled(self, found: _Found) -> bool:
        """A capitalised relative expression inside a sentence is a name: "VOA Today", ABC's
        "This Week". Month and weekday names are capitalised anyway and do not count."""
        words = [
            w
            for w in self.text[found.start : found.end].split()
            if w.lower().rstrip(".,") not in self.grammar.months
            and w.lower().rstrip(".,") not in self.grammar.weekdays
        ]
        if not words or not all(w[:1].isupper() for w in words):
            return False
        if len(words) > 1:
            return True
        before = self.text[max(0, found.start - 3) : found.start].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] == ",")

    # -- one match

    def resolve(self, match: re.Match) -> _Found | None:
        """The mention a scanner match stands for, resolved, or None for a false friend."""
        kind = match.lastgroup[2:]
        found = _Found(match.start(), match.end(), kind)
        if kind in _TITLE_CHECKED and self.titled(found):
            return None
        return getattr(self, f"kind_{kind}")(found, match.group)

    # -- one method per kind of match; `g` is the match's group accessor

    def kind_iso(self, found: _Found, g) -> _Found | None:
        return _explicit(found, _point_or_none(int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))))

    def kind_num(self, found: _Found, g) -> _Found | None:
        a, b, year = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        if a > 12 and b <= 12:
            return _explicit(found, _point_or_none(year, b, a))
        if b > 12 and a <= 12:
            return _explicit(found, _point_or_none(year, a, b))
        if a == b and a <= 12:
            return _explicit(found, _point_or_none(year, a, b))
        # 5/6/2017 is May or June depending on the writer: only the year is certain.
        return _explicit(found, _Point("year", year)) if a <= 12 and b <= 12 else None

    def kind_dmy(self, found: _Found, g) -> _Found | None:
        weekday, month = self.weekday(g("dmy_w")), self.month(g("dmy_m"))
        day, year = int(g("dmy_d").rstrip("stndrh")), _year_of(g("dmy_y"))
        return _day_month(found, weekday, month, day, year, self.anchor, self.text)

    def kind_mdy(self, found: _Found, g) -> _Found | None:
        weekday, month = self.weekday(g("mdy_w")), self.month(g("mdy_m"))
        day, year = int(g("mdy_d").rstrip("stndrh")), _year_of(g("mdy_y"))
        return _day_month(found, weekday, month, day, year, self.anchor, self.text)

    def kind_my(self, found: _Found, g) -> _Found | None:
        return _explicit(found, _Point("month", int(g("my_y")), self.month(g("my_m"))))

    def kind_mrel(self, found: _Found, g) -> _Found | None:
        anchor = self.anchor
        found.precision = "month"
        count = _RELATIVE_COUNTS[g("mr_r").lower()]
        if anchor is None:
            return found
        return _relative(found, _Point("month", anchor.year + count, self.month(g("mr_m"))))
        found.precision = "quarter"

    def kind_quarter(self, found: _Found, g) -> _Found | None:
        found.precision = "quarter"
        anchor = self.anchor
        number = _lexicon()["ordinals"][g("q_o").lower()]
        year = _year_of(g("q_py") or g("q_y") or g("q_y2"))
        direction = g("q_pr") or g("q_r")
        if year is not None:
            return self.quarter(_explicit(found, _quarter_point(number, year, anchor)))
        if direction and anchor is not None:
            year = anchor.year + _RELATIVE_COUNTS[direction.lower()]
            return self.quarter(_relative(found, _Point("quarter", year, part=f"Q{number}")))
        return self.quarter(_relative(found, _quarter_point(number, None, anchor)))

    def kind_qq(self, found: _Found, g) -> _Found | None:
        found.precision = "quarter"
        anchor = self.anchor
        year = _year_of(g("qq_y"))
        point = _quarter_point(int(g("qq_o")[1]), year, anchor)
        return self.quarter(_explicit(found, point) if year else _relative(found, point))

    def kind_half(self, found: _Found, g) -> _Found | None:
        anchor = self.anchor
        found.precision = "year"
        part = "H1" if g("h_o").lower() in ("first", "1st") else "H2"
        if g("h_y"):
            return _explicit(found, _Point("year", int(g("h_y")), part=part))
        if anchor is None:
            return found
        year = anchor.year + _RELATIVE_COUNTS[g("h_r").lower()]
        return _relative(found, _Point("year", year, part=part))

    def kind_qrel(self, found: _Found, g) -> _Found | None:
        found.precision = "quarter"
        anchor = self.anchor
        if g("qr_ya"):
            return self.quarter_relative(found, "year ago", "")
        modifier = re.sub(r"[\s-]+", " ", g("qr_d").lower()).strip()
        if g("qr_o"):  # "the year-ago third quarter"
            number = _lexicon()["ordinals"][g("qr_o").lower()]
            base = _quarter_point(number, None, anchor)
            point = _shift(base, -1, "year") if base else None
            return self.quarter(_relative(found, point, "relative"))
        return self.quarter_relative(found, modifier, g("qr_u").lower())

    def kind_qyear(self, found: _Found, g) -> _Found | None:
        found.precision = "quarter"
        anchor = self.anchor
        # "the 1988 period", "last year's quarter": the quarter named before, in that year.
        explicit = g("qy_y") is not None
        if not explicit and anchor is None:
            return found
        year = int(g("qy_y")) if explicit else anchor.year + _RELATIVE_COUNTS[g("qy_r").lower()]
        antecedent = self.last_quarter
        if antecedent is None:
            return _explicit(found, _Point("year", year)) if explicit else None
        point = _Point("quarter", year, part=antecedent.part)
        return _relative(found, point, "inferred")

    def kind_decade(self, found: _Found, g) -> _Found | None:
        return self.decade(found, g)

    def kind_season_y(self, found: _Found, g) -> _Found | None:
        code = _lexicon()["seasons"][g("sy_s").lower()]
        return _explicit(found, _Point("season", int(g("sy_y")), part=code))

    def kind_nwy(self, found: _Found, g) -> _Found | None:
        return self.number_year(found, g("nw"))

    def kind_ago(self, found: _Found, g) -> _Found | None:
        return self.ago(found, g("ago_n"), g("ago_u").lower(), g("ago_d").lower())

    def kind_vref(self, found: _Found, g) -> _Found | None:
        direction = g("vr_d").lower().split()[-1]
        past = direction in _lexicon()["past_words"]
        if direction == "following":
            return None
        return self.reference(found, "PAST_REF" if past else "FUTURE_REF")

    def kind_rel(self, found: _Found, g) -> _Found | None:
        return self.rel(found, re.sub(r"\s+", " ", g("rl_d").lower()), g("rl_u"))

    def kind_eou(self, found: _Found, g) -> _Found | None:
        return self.end_of(found, g("eo").lower(), g("eo_u"))

    def kind_weekend(self, found: _Found, g) -> _Found | None:
        return self.weekend(found)

    def kind_deictic(self, found: _Found, g) -> _Found | None:
        return self.deictic(found, re.sub(r"\s+", " ", g("dx").lower()))

    def kind_ref(self, found: _Found, g) -> _Found | None:
        text = self.text
        word = re.sub(r"\s+", " ", g("rf").lower())
        if word == "soon" and (
            _previous_word(text, found.start) == "as"
            or _next_words(text, found.end)[0] in ("after", "before")
        ):
            return None  # "as soon as", "soon after": conjunctions, not a time
        if word == "the present" and _next_words(text, found.end)[0] not in _AFTER_PRESENT:
            return None  # "the present form of the text": an adjective
        return self.reference(found, _lexicon()["references"][word])

    def kind_adjref(self, found: _Found, g) -> _Found | None:
        return self.reference(found, "PRESENT_REF")

    def kind_season(self, found: _Found, g) -> _Found | None:
        return self.season(found, g("se").lower())

    def kind_weekday(self, found: _Found, g) -> _Found | None:
        return self.bare_weekday(found, g("wd"))

    def kind_month(self, found: _Found, g) -> _Found | None:
        return self.bare_month(found, g("mo"))

    def kind_year(self, found: _Found, g) -> _Found | None:
        return self.bare_year(found, int(g("yr")))

    # -- kinds that need more than a line

    def quarter(self, found: _Found | None) -> _Found | None:
        if found is not None and found.point is not None:
            self.last_quarter = found.point
        return found

    def quarter_relative(self, found: _Found, modifier: str, unit: str) -> _Found | None:
        """ "the quarter", "the latest period", "the year-ago quarter", "last quarter"."""
        words = modifier.split()
        determiner = words[0] if words and words[0] in ("the", "its") else ""
        words = [w for w in words if w not in ("the", "its", "fiscal")]
        antecedent = self.last_quarter
        if "year" in words:
            # "the year-ago quarter", "year-earlier" results: the quarter named before, a year
            # back; with no quarter named, the year before publication.
            if antecedent is not None:
                return _relative(found, _shift(antecedent, -4, "quarter"), "inferred")
            if unit or self.anchor is None:
                return None if unit else found
            return _relative(found, _from_anchor(self.anchor, -1, "year"))
        kind = " ".join(words)
        if kind in ("", "latest", "most recent", "same", "that", "comparable", "corresponding"):
            # Anaphoric: a date only when a quarter was named before ("a quarter of the city").
            if antecedent is None or not (determiner or kind):
                return None
            return _relative(found, antecedent, "inferred")
        if unit == "period" or self.anchor is None:
            return None if unit == "period" else found
        count = _RELATIVE_COUNTS.get(kind, 0)
        return _relative(found, _from_anchor(self.anchor, count, "quarter"))

    def decade(self, found: _Found, g) -> _Found | None:
        word = g("dc_w")
        if word:
            decade = 1900 + 10 * _lexicon()["decade_words"][word.lower()]
            return _explicit(found, _Point("decade", decade))
        raw = g("dc_v").replace("’", "'").rstrip("s").rstrip("'")
        if len(raw) == 4:
            if raw.endswith("00") and raw != "2000":
                return None  # "the 1800s" is a century, which this tagger does not emit
            return _explicit(found, _Point("decade", int(raw)))
        digits = int(raw.lstrip("'"))
        if not raw.startswith("'") and not self.grammar.modifier.search(
            self.text, max(0, found.start - 20), found.start
        ):
            return None  # "in their 80s" is an age
        century = 2000 if digits < 30 else 1900
        return _explicit(found, _Point("decade", century + digits))

    def number_year(self, found: _Found, words: str) -> _Found | None:
        words = re.sub(r"[\s-]+", " ", words.lower())
        lex = _lexicon()
        tokens = words.split()
        if tokens[:2] == ["two", "thousand"]:
            rest = [t for t in tokens[2:] if t != "and"]
            if not rest and _previous_word(self.text, found.start) not in ("year", "in", "since"):
                return None
            year = 2000 + sum(
                lex["year_teens"].get(t, 0) + lex["year_units"].get(t, 0) for t in rest
            )
            return _explicit(found, _Point("year", year))
        rest = [t for t in tokens[1:] if t != "and"]
        if rest[:1] == ["hundred"]:
            rest = rest[1:]
        tail = sum(
            lex["year_tens"].get(t, 0) + lex["year_teens"].get(t, 0) + lex["year_units"].get(t, 0)
            for t in rest
        )
        return _explicit(found, _Point("year", 1900 + tail))

    def ago(self, found: _Found, number: str, unit: str, direction: str) -> _Found | None:
        if direction in ("before", "after"):
            rest = self.text[found.end : found.end + 3].lstrip()
            if rest[:1].isalnum():
                return None  # "two days after the vote": anchored to an event, not a date
        count = self.number(number)
        sign = 1 if direction in ("later", "after", "from now", "hence") else -1
        if count is None:  # "a few years ago"
            return self.reference(found, "PAST_REF" if sign < 0 else "FUTURE_REF")
        if count == 0:
            return None
        anaphoric = direction in ("earlier", "before", "later", "after")
        if direction in ("before", "after") and self.last is None:
            return None  # "two days before the vote": anchored to an event, not a date
        last = self.last
        if (
            unit == "year"
            and last is not None
            and last.precision == "quarter"
            and found.start - self.last_end < 250
        ):
            # "third-quarter profit rose from a year ago": the comparison is between quarters,
            # so the year-ago period is a quarter too (TimeML's granularity rule).
            return _relative(found, _shift(last, sign * count, "year"), "inferred")
        return self.relative(found, sign * count, unit, anaphoric)

    def rel(self, found: _Found, direction: str, unit: str) -> _Found | None:
        has_the = direction.startswith("the ")
        direction = direction.removeprefix("the ").strip()
        lower = unit.lower()
        lex = _lexicon()
        anaphoric = direction in _ANAPHORIC or (has_the and direction in ("next", "last"))
        if direction in ("following", "previous", "preceding", "prior", "same") and not has_the:
            return None  # "following Tuesday's vote": a preposition, not "the following Tuesday"
        count = _RELATIVE_COUNTS[direction]
        if direction == "last" and has_the:
            count = -1  # "the last year": the year before publication
        if lower in self.grammar.weekdays and unit[0].isupper():
            weekday = self.grammar.weekdays[lower]
            if direction in ("same", "current"):
                return None
            if direction in ("following", "previous", "preceding", "prior"):
                # "the previous Friday": counted from the last day mentioned, else publication.
                base = self.last if self.last is not None and self.last.precision == "day" else None
                if base is None and (self.anchor is None or self.anchor.date is None):
                    return found
                start = date(base.year, base.month, base.day) if base else self.anchor.date
                step = 1 if direction == "following" else -1
                days = next(
                    k
                    for k in range(1, 8)
                    if (start + timedelta(days=step * k)).weekday() == weekday
                )
                how = "inferred" if base else "relative"
                return _relative(found, _day_point(start + timedelta(days=step * days)), how)
            if self.anchor is None:
                return found
            return _relative(
                found, _weekday_point(weekday, self.anchor, direction, self.text, found)
            )
        if lower in self.grammar.months:
            if direction not in (
                "last",
                "next",
                "this",
                "this past",
                "this coming",
                "past",
                "coming",
            ):
                return None
            return self.month_relative(found, self.month(unit), direction)
        if lower in lex["seasons"]:
            found.precision = "season"
            if self.anchor is None:
                return found
            simple = {
                "this past": "last",
                "past": "last",
                "coming": "next",
                "this coming": "next",
                "upcoming": "next",
                "previous": "last",
            }.get(direction, direction)
            if simple not in ("last", "next", "this"):
                return None
            code = lex["seasons"][lower]
            return _relative(found, _season_point(code, self.anchor, simple, self.text, found))
        lower = "year" if lower.startswith("fiscal") else lower
        if lower == "day":
            if not anaphoric or direction == "last":
                return None  # "the last day of the siege", "this day"
            if self.last is None or self.last.precision != "day":
                return None
            return _relative(found, _shift(self.last, count, "day"), "inferred")
        if lower == "weekend":
            if self.anchor is None or self.anchor.date is None:
                return found
            return _relative(found, _from_anchor(self.anchor, count, "weekend"))
        if direction in ("that", "same") and self.last is None:
            return None  # "that year" with nothing before it to point at
        return self.relative(found, count, lower, anaphoric)

    def month_relative(self, found: _Found, month: int, direction: str) -> _Found:
        found.precision = "month"
        anchor = self.anchor
        if anchor is None:
            return found
        if anchor.month is None:
            if direction == "this":
                return _relative(found, _Point("month", anchor.year, month))
            return found
        if direction == "this":
            return _relative(found, _Point("month", anchor.year, month))
        if direction in ("last", "past", "this past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return _relative(found, _Point("month", year, month))

    def end_of(self, found: _Found, phrase: str, unit: str | None) -> _Found:
        if unit is None:
            unit = "year"  # "year-end", "year's end"
        return self.relative(found, 0, unit.lower(), False)

    def weekend(self, found: _Found) -> _Found:
        found.precision = "week"
        anchor = self.anchor
        if anchor is None or anchor.date is None:
            return found
        today = anchor.date
        if today.weekday() >= 5:
            return _relative(found, _week_point(today, "WE"))
        ahead = _is_future(self.text, found.start, found.end) or today.weekday() == 4
        shift = 0 if ahead else -7
        return _relative(found, _week_point(today + timedelta(days=shift), "WE"))

    def deictic(self, found: _Found, word: str) -> _Found | None:
        if word == "today" and _previous_word(self.text, found.start) == "usa":
            return None
        offsets = {
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
            "yesterday": -1,
            "today": 0,
            "tomorrow": 1,
            "tonight": 0,
            "this morning": 0,
            "this afternoon": 0,
            "this evening": 0,
            "last night": -1,
        }
        return self.relative(found, offsets[word], "day", False)

    def season(self, found: _Found, word: str) -> _Found | None:
        found.precision = "season"
        # "summer" alone is a date only after a preposition: "in the summer", not "summer camp"
        if _previous_word(self.text, found.start) not in self.context["season_cues_before"]:
            return None
        if self.anchor is None:
            return found
        code = _lexicon()["seasons"][word]
        return _relative(found, _season_point(code, self.anchor, "", self.text, found))

    def bare_weekday(self, found: _Found, word: str) -> _Found | None:
        before = _previous_word(self.text, found.start)
        after, after2 = _next_words(self.text, found.end)
        blocked_after = self.context["weekday_blocked_after"]
        if before in self.context["weekday_blocked_before"] or before in ("every", "each"):
            return None
        if (after in blocked_after or f"{after} {after2}" in blocked_after) and self.text[
            found.end : found.end + 1
        ] == " ":
            return None
        if self.anchor is None or self.anchor.date is None:
            return found
        weekday = self.grammar.weekdays[word.lower()]
        return _relative(found, _weekday_point(weekday, self.anchor, "", self.text, found))

    def bare_month(self, found: _Found, word: str) -> _Found | None:
        before = _previous_word(self.text, found.start)
        cued = before in self.context["month_cues_before"] or self.text[
            max(0, found.start - 4) : found.start
        ].lower().endswith("mid-")
        if before in ("every", "each"):
            return None
        if word.title() in _lexicon()["months_needing_cue"] and not cued:
            return None
        if not cued:
            following = _UPPER_WORD.match(self.text, found.end)
            if following and following.group(1).lower() not in self.grammar.months:
                return None  # "April Glaspie", "June Carter"
        found.month_day = (self.month(word), 0)
        return _month_only(found, self.month(word), self.anchor, self.text)

    def bare_year(self, found: _Found, year: int) -> _Found | None:
        before = _previous_word(self.text, found.start)
        after, after2 = _next_words(self.text, found.end)
        ctx = self.context
        if before in ctx["year_blocked_before"] or after in ctx["year_blocked_after"]:
            return None
        if f"{after} {after2}" in ctx["year_blocked_after"]:
            return None
        if not 1900 <= year <= 2099 and before not in ctx["year_cues_before"]:
            return None
        return _explicit(found, _Point("year", year))


# ---------------------------------------------------------------- extension of spans


_EXTENDABLE_MOD = frozenset(
    {
        "year",
        "decade",
        "month",
        "my",
        "mrel",
        "season_y",
        "season",
        "rel",
        "deictic",
        "weekday",
        "nwy",
        "quarter",
        "half",
        "qq",
        "dmy",
        "mdy",
        "vref",
    }
)
_EXTENDABLE_OF = frozenset(
    {"year", "decade", "month", "my", "mrel", "season_y", "season", "rel", "nwy", "quarter", "qq"}
)


def _extend(found: _Found, text: str, floor: int, grammar: _Grammar) -> None:
    """Take in modifiers before a mention: "late October", "the end of 1990", "fiscal 1989"."""
    if found.kind in _EXTENDABLE_MOD:
        for _ in range(2):  # "the fiscal first quarter"
            match = grammar.modifier.search(text, max(floor, found.start - 25), found.start)
            if not match or not _modifier_fits(match, found, text):
                break
            found.start = match.start()
    if found.kind in _EXTENDABLE_OF:
        match = grammar.of_phrase.search(text, max(floor, found.start - 30), found.start)
        if match:
            found.start = match.start()
            phrase = re.sub(r"\s+", " ", match.group("of").lower())
            point = found.point
            if (
                point is not None
                and point.precision == "year"
                and not point.part
                and "half" in phrase
            ):
                half = "H1" if phrase.startswith("first") else "H2"
                found.point = _Point("year", point.year, part=half)


def _modifier_fits(match: re.Match, found: _Found, text: str) -> bool:
    kind = found.kind
    if match.group("fiscal"):
        return kind in ("year", "quarter")
    if match.group("theyear"):
        return kind in ("year", "nwy")
    if match.group("approx"):
        return kind in ("dmy", "mdy", "my", "month", "decade", "season_y", "eou", "deictic")
    if match.group("the"):
        if kind == "quarter" and "-" in text[found.start : found.end]:
            return False  # "the third-quarter loss": "the" belongs to "loss"
        return kind in ("decade", "season_y", "quarter", "half", "qq", "nwy")
    if kind in ("dmy", "mdy", "quarter", "half", "qq"):
        return False
    mod = match.group("mod").lower()
    if kind in ("deictic", "weekday", "rel", "vref"):
        return mod in ("early", "earlier", "late", "later")
    return True


# ---------------------------------------------------------------- public API


def _scan(text: str, anchor: _Anchor | None) -> list[_Found]:
    grammar = _grammar()
    resolver = _Resolver(text, anchor)
    found_all: list[_Found] = []
    floor = 0
    for match in _scanned(text, grammar):
        found = resolver.resolve(match)
        if found is None:
            continue
        _extend(found, text, floor, grammar)
        floor = found.end
        if found.point is not None and found.how in ("explicit", "relative", "inferred"):
            resolver.last, resolver.last_end = found.point, found.end
        found_all.append(found)
    _share_years(found_all, text)
    _pin_weekdays(found_all, text)
    return found_all


# The scanner's matches in the last text scanned. They do not depend on the publication date,
# and an undated article is scanned twice: once to infer that date, then to tag its dates
# against it (0.45 ms of the 0.65 ms of a scan, per 4,000-character article).
_last_scanned: tuple[str, list[re.Match]] | None = None


def _scanned(text: str, grammar: _Grammar) -> list[re.Match]:
    global _last_scanned
    last = _last_scanned  # one read: another thread may replace it meanwhile
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    matches = list(_matches(text, grammar))
    _last_scanned = (text, matches)
    return matches


_LEFT_REACH = 45  # the longest left context of a head: "the very end of the following year"
_RIGHT_REACH = 80


def _matches(text: str, grammar: _Grammar):
    """What scanner.finditer(text) would yield, searching only in windows around heads."""
    scanner = grammar.scanner
    length = len(text)
    position = 0
    for head in grammar.heads.finditer(text):
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


_RANGE_LINK = re.compile(r"\s*(?:[-–—/]|to|until|till|through|and|or)\s*(?:the\s+)?", re.I)


def _share_years(found_all: list[_Found], text: str) -> None:
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
        shared = _Point("month", year, month) if day == 0 else _point_or_none(year, month, day)
        if shared is not None:
            first.point, first.how, first.precision = shared, "explicit", shared.precision
            first.pin = None


def _evidence_bound(found_all: list[_Found], text: str) -> date | None:
    """The latest fully explicit day or month in the text that is not spoken of as future."""
    bound: date | None = None
    for found in found_all:
        point = found.point
        if found.how != "explicit" or point is None or point.precision not in ("day", "month"):
            continue
        if _is_future(text, found.start, found.end):
            continue
        day = point.first_day()
        if bound is None or day > bound:
            bound = day
    return bound


def _pin_weekdays(found_all: list[_Found], text: str) -> None:
    """Give a yearless weekday+day+month the year, at or after the latest explicit day or
    month of the text, in which that day falls on that weekday. Bare years are too weak
    ("in 1981") to pin anything: without a dated day or month the mention stays unresolved."""
    pending = [f for f in found_all if f.pin is not None and f.point is None]
    if not pending:
        return
    bound = _evidence_bound(found_all, text)
    if bound is None:
        return
    for found in pending:
        weekday, month, day = found.pin
        candidates = [
            d
            for y in range(bound.year - 1, bound.year + 7)
            if (d := _safe_date(y, month, day)) and d.weekday() == weekday
        ]
        if candidates:
            chosen = _nearest(candidates, bound, "future")
            found.point, found.how, found.precision = _day_point(chosen), "inferred", "day"


def tag_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Date mentions in text order, non-overlapping, resolved against `published`.

    `published` is an ISO prefix ("2017", "2017-08" or "2017-08-07") or None; without it,
    explicit dates keep their values and relative ones come back unresolved.
    """
    anchor = _parse_published(published)
    mentions = []
    for found in _scan(text, anchor):
        value = found.reference or (found.point.value if found.point else None)
        how = found.how if value is not None else "unresolved"
        precision = found.point.precision if found.point else found.precision
        mentions.append(
            DateMention(
                found.start, found.end, text[found.start : found.end], value, precision, how
            )
        )
    return mentions


def infer_publication_date(text: str) -> tuple[str, str] | None:
    """A publication date for an undated text, bounded by its own dates, or None.

    The latest explicit day or month the text reports (not one it announces for the future)
    is a lower bound, returned as its year. A weekday pinned to a day+month near that bound
    ("Thursday 18 August") and reported in the past tense is stronger evidence: its date is
    returned. Year-only mentions are too weak ("by 2030") and give None, as does a text
    without dates. The clock is never read.
    """
    found_all = _scan(text, None)
    bound = _evidence_bound(found_all, text)
    pinned = [
        f.point
        for f in found_all
        if f.pin is not None
        and f.point is not None
        and _tense(text, f.start, f.end) == "past"  # "is repeated on Monday 23 August": no
    ]
    if pinned:
        latest = max(pinned, key=lambda p: p.first_day())
        if bound is None or latest.first_day() >= bound - timedelta(days=7):
            return latest.value, "inferred"
    if bound is None:
        return None
    return f"{bound.year:04d}", "inferred"
