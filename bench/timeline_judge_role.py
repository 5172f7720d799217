"""The subject's role in a report's sentence, a candidate feature of the entry judge ("aside" of
bench/timeline_judge_sets.py): whether the sentence names its subject in the clause that tells
the dated event, or only aside, in a clause or phrase about something else while the date's
words lie outside it: inside a subordinate or relative clause ("defended his decision on Tuesday
because it removed Orel Vant", "the writer, who was travelling with Vant, flew home on
Monday"), or as where another named place lies ("the village of Qarsin near Varnok"). Read from
shapes only (clause words, capitals, prepositions), never from a subject's words: one measure
across the ways the entry audit's dev failures named their subject only in passing. Clauses of
time ("when", "since", "after") are not asides: they usually tell the dated event itself ("ten
were killed on Sunday when bombs were dropped on Varnok"). The words are data, in
bench/timeline_judge_role.txt.

Measured as a feature of the judge and as an ordering rule of the timeline, not kept
(docs/QUALITY.md, "Timeline entries (audit)"): of the dev reports the rules tell, those it calls
aside fail about as often as the others, and the judge refitted with it is no better on
subjects it was not fitted on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from commands import in_passing
from text.data import text_sections

# where a clause ends: a comma, semicolon or colon, a dash between spaces, or a bracket
_CLAUSE_STOP = re.compile(r"[,;:()]|\s[-\u2013\u2014]+\s")
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_DETERMINERS = frozenset(("the", "a", "an"))
# how many words of the name's own phrase may stand between a preposition and the name ("near
# the besieged Al-Bab"): articles and capitalised words only
PHRASE_WORDS = 4


@cache
def section_words(section: str) -> str:
    """The words of a section of bench/timeline_judge_role.txt as an alternation, the longest
    first, a space matching any run of spaces."""
    words = text_sections("bench", "timeline_judge_role.txt").get(section, ())
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!)"


@cache
def _openers() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{section_words('role clause openers')})\b", re.IGNORECASE)


@cache
def _prepositions() -> re.Pattern[str]:
    return re.compile(rf"(?:{section_words('role prepositions')})\Z", re.IGNORECASE)


@cache
def _date_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{section_words('role date words')})(?:['’]s)?\Z")


def in_a_clause_without_the_date(text: str, start: int, said: int) -> bool:
    """The name at start follows a [role clause openers] word ("who", "because", "while" ...)
    with no clause stop between them, and the date's words (at said) lie outside that clause
    (which ends at the next clause stop, a bracket among them, or the sentence's end)."""
    return in_passing.in_a_clause_without_the_date(text, start, said, _openers(), _CLAUSE_STOP)


def where_another_lies(text: str, start: int) -> bool:
    """The name at start is the object of a [role prepositions] word that hangs on another
    capitalised name, not a date's ("Qarsin near Varnok", "Tessun Kor north of Varnok"), past
    at most PHRASE_WORDS words of its own phrase."""
    before = _TOKEN.findall(text[:start])
    at = len(before)
    for _ in range(PHRASE_WORDS + 1):
        if at > 0 and (before[at - 1].lower() in _DETERMINERS or before[at - 1][:1].isupper()):
            at -= 1
            continue
        break
    for size in (2, 1):  # the preposition: "north of", "near"
        if at - size >= 1 and _prepositions().match(" ".join(before[at - size : at])):
            owner = before[at - size - 1]
            return (
                owner[:1].isupper()
                and at - size - 1 > 0  # not the sentence's first word
                and not _date_word().match(owner)
            )
    return False


def aside(text: str, mentions: Sequence[tuple[int, int]], date_text: str) -> bool:
    """Whether every mention of the subject (their spans in text) is named aside: in a clause
    the date's words (date_text) lie outside, or as where another named place lies. False when
    the text does not name the subject."""
    said = text.find(date_text) if date_text else -1
    return bool(mentions) and all(
        in_a_clause_without_the_date(text, start, said) or where_another_lies(text, start)
        for start, _ in mentions
    )
