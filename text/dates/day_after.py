"""Whether a bare weekday on the day after its page, told as a past act, lies a week back.

A story's local day may run ahead of its page's date (a page stamped in a time zone behind the
event's, a report updated after midnight), so a weekday one day after the page is read forward
(resolution.py's weekday_point). An act told in the past cannot lie after the page, though,
unless the story's own day is that next day, and the text shows when it is: its lead tells the
day ("Rebels prepared on Thursday for a new offensive" on a Wednesday page), or a weekday
before it was already read as the day after the page, or a clock stamp names that day ("3:09
a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday"). Without such a sign, a past act on the
weekday after the page happened a week before it ("Thousands took to the streets of Albu Kamal
in a night demonstration on Wednesday" on a page of Tuesday 19 July 2011 is 13 July).

The past act is the verb that decides the weekday's clause (context.py's markers), close to
it with nothing between that opens another time: a telling verb ("residents said on Sunday")
dates the report, which may come the day after an event that dates the page; an infinitive, a
relative clause, a word in -ing or another day name between make the weekday another act's
("asked to attend interviews on Tuesday", "a halt starting on Thursday"). The words are
context.json's day_after_* lists. Measured by bench/weekday_after_moves.py.
"""

from __future__ import annotations

import re
from functools import cache

from text.dates.context import SENTENCE_BREAK, _markers, _tense_markers, previous_word
from text.dates.grammar import grammar, weekday_tense_pattern, words
from text.dates.lexicon import context, lexicon

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLOCK = re.compile(r"\d[:.]\d\d\b|\b[ap]\.?m\b")


def lead_end(text: str) -> int:
    """Where the text's lead ends: its first paragraph, or first sentence when it has one
    paragraph."""
    stripped = len(text) - len(text.lstrip())
    paragraph = text.find("\n\n", stripped)
    if paragraph >= 0:
        return paragraph
    sentence = SENTENCE_BREAK.search(text, stripped)
    return sentence.start() if sentence else len(text)


def clocked(text: str, start: int, end: int) -> bool:
    """Whether a clock time stands on the mention's line within 15 characters: a stamp ("9:40
    a.m. Friday ET"), read the way a dateline is."""
    before = text[max(0, start - 15) : start].rsplit("\n", 1)[-1]
    after = text[end : end + 15].split("\n", 1)[0]
    return bool(_CLOCK.search(before + " " + after))


def story_ahead(text: str, weekday: int) -> bool:
    """Whether the text shows that its own day runs ahead of its page's, where weekday is the
    day after the page's: one of its mentions of that weekday reads "ahead"."""
    return any(
        grammar().weekdays[found.group(0).lower()] == weekday
        and day_after_reading(text, found.start(), found.end()) == "ahead"
        for found in _weekdays().finditer(text)
    )


@cache
def _weekdays() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{words(lexicon()['weekdays'])})(?![\w'])")


def day_after_reading(text: str, start: int, end: int) -> str:
    """How the weekday at start..end, the day after its page by the clock, is read on its own:
    "back" (a past act of the week before), "ahead" (the day after the page, and a sign that
    the story's own day runs ahead of the page's: a clock stamp, the text's lead, a telling
    verb, the hours a time zone carries across midnight, the story's present) or "keep" (the
    day after the page, no sign either way: a plan, an act of another clause)."""
    if clocked(text, start, end) or start < lead_end(text):
        return "ahead"
    cues = context()
    begin = max(0, start - 400)  # the mention's sentence, within 400 characters each way
    for brk in SENTENCE_BREAK.finditer(text, begin, start):
        begin = brk.end()
    closing = SENTENCE_BREAK.search(text, end, min(len(text), end + 400))
    stop = closing.start() if closing else min(len(text), end + 400)
    sentence = [w.lower() for w in _WORD.findall(text, begin, stop)]
    before = [w.lower() for w in _WORD.findall(text, max(begin, start - 40), start)][-3:]
    after = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 20))][:1]
    if (
        any(w in cues["day_after_now_words"] for w in sentence)
        or any(w in cues["day_after_zone_hours_before"] for w in before)
        or any(w in cues["day_after_zone_hours_after"] for w in after)
    ):
        return "ahead"
    if previous_word(text, start) in ("a", "an", "the"):
        return "keep"  # "a Saturday deadline", "the Friday before"
    pattern = weekday_tense_pattern()
    _, markers = _markers(text, start, end, pattern)
    if not markers or not markers[-1].group("past"):
        return "keep"
    reach = min(stop, end + cues["day_after_future_after"])
    if any(m.group("future") for m in _tense_markers(pattern, text, begin, reach)):
        return "keep"  # "She thought Friday would be her last day on the streets"
    verb = markers[-1]
    if verb.group(0).lower() in cues["day_after_telling_verbs"]:
        return "ahead"
    between = text[verb.end() : start] if verb.end() <= start else text[end : verb.start()]
    gap = [w.lower() for w in _WORD.findall(between)]
    if len(gap) > cues["day_after_reach"]:
        return "keep"
    rules = grammar()
    for i, word in enumerate(gap):
        following = gap[i + 1] if i + 1 < len(gap) else ""
        if word == "to" and following in cues["day_after_to_objects"]:
            continue  # "took to the streets": a place, no infinitive
        if word in cues["day_after_other_time"] or word in rules.weekdays or word in rules.months:
            return "keep"
        if word.endswith("ing") and word not in cues["day_after_not_ing"]:
            return "keep"
    return "back"
