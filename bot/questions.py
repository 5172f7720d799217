"""Questions asked in conversation, in words: which command answers them, and how a follow-up
in the same thread ("only 2017", "since March", "more") changes the question before it.

Pure functions over a Question; which names are actors and places is asked of the store by
bot.conversation (through commands.subjects), never kept here. The words are data, in
questions.json beside this file.
"""

from __future__ import annotations

import calendar
import functools
import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

_FILE = Path(__file__).with_name("questions.json")
_YEAR = r"(?:19|20)\d{2}"
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A period: "2017", "March", "March 2017", "Mar 2017", "2017-03", "2017-03-05".
_PERIOD = rf"(?:{_YEAR}-\d{{2}}(?:-\d{{2}})?|(?:{_MONTH})\.?(?:\s+{_YEAR})?|{_YEAR})"


@dataclass(frozen=True)
class Question:
    """What a thread asks: a command and its text, optional date bounds (YYYY, YYYY-MM or
    YYYY-MM-DD, inclusive) and the page shown last."""

    kind: str  # actor | timeline | quote
    text: str
    date_from: str | None = None
    date_to: str | None = None
    offset: int = 0

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Question:
        return cls(
            str(data["kind"]),
            str(data["text"]),
            data.get("date_from"),
            data.get("date_to"),
            int(data.get("offset") or 0),
        )


@functools.cache
def _words() -> dict:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def _phrases(key: str) -> str:
    return "|".join(re.escape(p) for p in sorted(_words()[key], key=len, reverse=True))


def plain(text: str) -> str:
    """One line, without the punctuation that ends or decorates a question."""
    return " ".join(re.sub(r"[?!¿¡…]+", " ", text).split()).strip(" .,;:'\"“”")


# --- dates ------------------------------------------------------------------------------------


def _period(text: str, year_hint: int | None) -> tuple[str, str] | None:
    """A period's first and last value ('2017' -> ('2017', '2017')); a month without a year
    takes year_hint (the year the thread is about)."""
    text = text.strip().rstrip(".").lower()
    if re.fullmatch(rf"{_YEAR}(?:-\d{{2}}(?:-\d{{2}})?)?", text):
        return text, text
    match = re.fullmatch(rf"({_MONTH})\.?(?:\s+({_YEAR}))?", text)
    if not match:
        return None
    year = int(match.group(2)) if match.group(2) else year_hint
    if year is None:
        return None
    month = f"{year}-{_MONTHS[match.group(1)]:02d}"
    return month, month


def _step(value: str, by: int) -> str:
    """The period after (by=1) or before (by=-1) a year or month ('after 2016' is from 2017)."""
    if len(value) == 4:
        return str(int(value) + by)
    year, month = int(value[:4]), int(value[5:7]) + by
    if month == 0:
        year, month = year - 1, 12
    elif month == 13:
        year, month = year + 1, 1
    return f"{year}-{month:02d}"


@functools.cache
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    p = _PERIOD
    return [
        ("between", re.compile(rf"\bbetween\s+({p})\s+and\s+({p})\b", re.I)),
        ("range", re.compile(rf"\bfrom\s+({p})\s+(?:to|until|till|through)\s+({p})\b", re.I)),
        ("range", re.compile(rf"\b({p})\s*(?:-|–|to)\s*({p})\b", re.I)),
        ("after", re.compile(rf"\b(?:{_phrases('after')})\s+({p})\b", re.I)),
        ("before", re.compile(rf"\b(?:{_phrases('before')})\s+({p})\b", re.I)),
        ("since", re.compile(rf"\b(?:{_phrases('since')})\s+({p})\b", re.I)),
        ("until", re.compile(rf"\b(?:{_phrases('until')})\s+({p})\b", re.I)),
        ("only", re.compile(rf"\b(?:(?:{_phrases('only')})\s+)+({p})\b", re.I)),
        ("only", re.compile(rf"^\s*({p})\s*$", re.I)),
    ]


def find_dates(text: str, year_hint: int | None) -> tuple[str | None, str | None, bool, str] | None:
    """(from, to, sets_from, the text without the date phrase) for the first date phrase in
    text, or None. from/to are None for a bound the phrase leaves open."""
    for how, pattern in _date_patterns():
        match = pattern.search(text)
        if not match:
            continue
        periods = [_period(g, year_hint) for g in match.groups()]
        if any(p is None for p in periods):
            continue
        first = periods[0]
        assert first is not None
        rest = (text[: match.start()] + " " + text[match.end() :]).strip()
        if how in ("between", "range"):
            last = periods[1]
            assert last is not None
            return first[0], last[1], True, rest
        if how == "only":
            return first[0], first[1], True, rest
        if how == "since":
            return first[0], None, True, rest
        if how == "after":
            return _step(first[1], 1), None, True, rest
        if how == "until":
            return None, first[1], False, rest
        return None, _step(first[0], -1), False, rest  # before
    return None


def _year_of(question: Question | None) -> int | None:
    for bound in (question.date_to, question.date_from) if question else ():
        if bound:
            return int(bound[:4])
    return None


# --- questions and follow-ups ------------------------------------------------------------------


def explicit_command(text: str) -> tuple[str, str] | None:
    """'timeline Raqqa' or '/timeline Raqqa' -> ('timeline', 'Raqqa')."""
    first, _, rest = text.strip().lstrip("/").partition(" ")
    kind = _words()["commands"].get(first.lower())
    if kind and kind != "quote":  # 'profile of the SDF': the name without its framing
        rest = subject_words(re.sub(r"^(?:of|for|about|on)\s+", "", rest.strip(), flags=re.I))
    return (kind, rest.strip()) if kind and rest.strip() else None


def subject_words(text: str) -> str:
    """A question without its framing: 'Who is the SDF?' -> 'SDF'. What remains may be a
    name (looked up in the store) or just words (a quote search)."""
    framing = re.compile(rf"^(?:{_phrases('framings')})\b\s*", re.I)
    words = plain(text)
    while True:
        shorter = framing.sub("", words, count=1).strip()
        if shorter == words or not shorter:
            return words
        words = shorter


def asks_more(text: str) -> bool:
    """'more', 'next page': the next page of the thread's answer."""
    return plain(text).lower() in _words()["more"]


def asks_to_add(text: str) -> bool:
    """'add this', 'keep': a mention under an article asking to keep it, not a question."""
    return not plain(text) or plain(text).lower() in _words()["ingest"]


def asks_for_timeline(text: str) -> bool:
    """'What happened in Syria?': the framing asks for events, whoever Syria is."""
    return re.match(rf"(?:{_phrases('timeline_framings')})\b", plain(text), re.I) is not None


def follow_up(previous: Question, text: str, year_hint: int | None = None) -> Question | None:
    """The thread's question changed by a follow-up, or None when the text is not one (it is
    then a new question). year_hint: the year a month without one belongs to, when the
    thread's bounds name none (the latest year in the answer shown)."""
    said = plain(text).lower()
    if said in _words()["all_dates"]:
        return replace(previous, date_from=None, date_to=None, offset=0)
    found = find_dates(plain(text), _year_of(previous) or year_hint)
    if found is None:
        return None
    date_from, date_to, sets_from, rest = found
    if rest and rest.lower() not in ("and", "but", "please", "ok", "okay"):
        return None  # words beside the date: a new question
    if sets_from and date_to is None:  # "since March": keep an upper bound set before
        kept = previous.date_to
        date_to = kept if kept and date_from and kept + "-99" >= date_from else None
    if not sets_from:  # "until June": keep a lower bound set before
        date_from = previous.date_from
    kind = "timeline" if previous.kind == "actor" else previous.kind  # a profile has no dates
    return replace(previous, kind=kind, date_from=date_from, date_to=date_to, offset=0)
