"""Context of a mention in its text: the words beside it and the tense of its clause."""

from __future__ import annotations

import re
from functools import cache

from text.dates.grammar import grammar, month_tense_pattern, weekday_tense_pattern, words
from text.dates.lexicon import context

_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.'’-]*|[$£€#])[^\w\n]{0,2}$")
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z%][\w/%’']*)(?:[ \t]+([A-Za-z][\w’']*))?")
SENTENCE_BREAK = re.compile(r"[.!?;\n][\"'”’)]*\s")
UPPER_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return match.group(1).lower().rstrip(".") if match else ""


def next_words(text: str, end: int) -> tuple[str, str]:
    match = _NEXT_WORDS.match(text, end, min(len(text), end + 40))
    if not match:
        return "", ""
    return match.group(1).lower(), (match.group(2) or "").lower()


def _tense_markers(
    markers_of: re.Pattern[str], text: str, begin: int, end: int
) -> list[re.Match[str]]:
    """The tense markers between begin and end: a participle after "to be", "will be" or "to
    have been" ("wants to be re-elected") is matched only to be passed over (grammar.py)."""
    return [
        m for m in markers_of.finditer(text, begin, end) if m.group("future") or m.group("past")
    ]


def _markers(
    text: str, start: int, end: int, markers_of: re.Pattern[str] | None = None
) -> tuple[int, list[re.Match[str]]]:
    """The start of the mention's sentence and the tense markers that decide its clause, the
    deciding one last: those before it in its sentence, else the first two after it."""
    begin = max(0, start - 100)
    for sentence_break in SENTENCE_BREAK.finditer(text, begin, start):
        begin = sentence_break.end()
    markers_of = markers_of or grammar().tense
    markers = _tense_markers(markers_of, text, begin, start)
    if not markers:
        stop = min(len(text), end + 60)
        brk = SENTENCE_BREAK.search(text, end, stop)
        limit = brk.start() if brk else stop
        # markers wholly before the limit, the text past it seen by the cues' lookahead ("next
        # to" is no cue even when "to" lies past the limit)
        ahead = _tense_markers(markers_of, text, end, min(len(text), limit + 12))
        markers = [m for m in ahead if m.end() <= limit][:2]
        markers.reverse()
    return begin, markers


def _tense(markers: list[re.Match[str]]) -> str | None:
    if not markers:
        return None
    last = markers[-1]
    if last.group("future"):
        return "future"
    if len(markers) > 1 and markers[-2].group("future") and last.start() - markers[-2].end() < 14:
        return "future"  # "will be held", "will have ended"
    return "past"


def tense_of(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the clause around a mention: the nearest tense marker
    before it in its sentence decides, else the first one after it."""
    return _tense(_markers(text, start, end)[1])


def is_future(text: str, start: int, end: int) -> bool:
    return tense_of(text, start, end) == "future"


_POSSESSIVE = re.compile(r"[ \t]?['’]s\b[ \t]*([A-Za-z]*)")


@cache
def _directives() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{words(context()['directive_cues'])})(?![\w'])")


def weekday_tense(text: str, start: int, end: int) -> str | None:
    """The tense of a bare weekday's clause, which says which way it lies from the
    publication day: "future", "past", None, "event" (a past event's possessive) or "nearest"
    (either way). As tense_of, with modal and plan cues besides ("could", "as early as":
    context.json's weekday_future_cues), and:

    - a call or request before it makes it future ("called for its followers to demonstrate
      on Friday", "called for protests on Friday"), unless the weekday follows the verb at
      once or no infinitive comes between ("urged Friday", "told reporters on Friday");
    - a possessive names a past event ("Tuesday's protests": "event") unless a cue other than
      the weak ones ("would" of reported speech) makes its clause future ("Saturday's concert
      will be broadcast"); followed by a plan word ("Friday's planned protests") it may lie
      either way: "nearest".

    The cue words are context.json's."""
    cues = context()
    begin, markers = _markers(text, start, end, weekday_tense_pattern())
    directives = list(_directives().finditer(text, begin, start))
    directive = directives[-1] if directives else None
    if directive and (not markers or directive.start() >= markers[-1].start()):
        between = text[directive.end() : start].lower().split()
        if between and (directive.group(0).lower().endswith("for") or "to" in between):
            return "future"
    possessive = _POSSESSIVE.match(text, end)
    if possessive and possessive.group(1).lower() in cues["weekday_possessive_plans"]:
        return "nearest"
    if possessive:
        weak = cues["weak_future_cues"]
        strong = [m for m in markers if m.group(0).lower() not in weak]
        return "future" if _tense(strong) == "future" else "event"
    return _tense(markers)


_WORDS_BEFORE = re.compile(r"[\w'’]+|[^\w\s'’-]")


def _cue_before(text: str, start: int, cues: frozenset[str], modifiers: frozenset[str]) -> int:
    """Where one of cues starts when it comes right before start, modifiers allowed between
    ("since early September", "until the end of June", "since the April 20 blowout"), else -1;
    a number or a punctuation mark between ends the search ("since 2011. 19 May"). Read within
    context.json's month_cue_window characters."""
    begin = max(0, start - context()["month_cue_window"])
    for word in reversed(list(_WORDS_BEFORE.finditer(text, begin, start))):
        if word.group(0).lower() in cues:
            return word.start()
        if word.group(0).lower() not in modifiers:
            return -1
    return -1


@cache
def _entry_head() -> re.Pattern[str]:
    """The mark after a chronology entry's date ("15 July : New cap ...", "March 19 - ..."):
    context.json's entry_head_marks."""
    marks = "".join(re.escape(mark) for mark in sorted(context()["entry_head_marks"]))
    return re.compile(rf"[ \t]*[{marks}][ \t]")


@cache
def _day_and_month() -> re.Pattern[str]:
    """A day and month ("26 January", "January 26"): a chronology's entry head."""
    months = words(sorted(grammar().months, key=len, reverse=True))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    return re.compile(rf"(?<![\w.])(?:{day}\s+(?:{months})|(?:{months})\s+{day})(?!\w)")


def _entry_before(text: str, begin: int, stop: int) -> bool:
    """Whether a day and month heads an entry between begin and stop: it opens the sentence
    ("January 26 Sharif trial opens ...") or a mark follows it ("2 June : US government
    begins ..."); a date inside the sentence's words ("On 3 March the minister said ...")
    heads none."""
    for found in _day_and_month().finditer(text, begin, stop):
        if not text[begin : found.start()].strip(" \t\n\"'“‘(") or _entry_head().match(
            text, found.end()
        ):
            return True
    return False


@cache
def _clause_break() -> re.Pattern[str]:
    """A mark or a word that ends a clause (context.json's clause_marks, clause_words)."""
    cues = context()
    marks = "".join(re.escape(mark) for mark in sorted(cues["clause_marks"]))
    return re.compile(rf"[{marks}]|(?<![\w'])(?:{words(cues['clause_words'])})(?![\w'])", re.I)


def _past_after(text: str, end: int, own_clause: bool = False) -> bool:
    """Whether a past marker follows a mention in its sentence, within context.json's
    month_past_scan characters ("By mid-September, the effort ... had cost BP"); own_clause:
    in its own clause only, or in a time clause opened right after it by a comma and one of
    month_time_clauses ("ends in May, when the team won the title"; not "expires in May, but
    officials announced a delay", nor "takes effect in June, as officials announced")."""
    stop = min(len(text), end + context()["month_past_scan"])
    brk = SENTENCE_BREAK.search(text, end, stop)
    limit = brk.start() if brk else stop
    if own_clause:
        first = _clause_break().search(text, end, limit)
        if first:
            opener = _NEXT_WORDS.match(text, first.end(), limit)
            if (
                first.group(0) == ","
                and opener
                and opener.group(1).lower() in context()["month_time_clauses"]
            ):
                second = _clause_break().search(text, opener.end(1), limit)
                limit = second.start() if second else limit
            else:
                limit = first.start()
    return any(m.group("past") for m in grammar().tense.finditer(text, end, limit))


def _cue_governs(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether a scheduled-event cue governs the date at start: only prepositions and month
    modifiers stand between ("ends in early September", "expires on 16 May": context.json's
    month_cue_between and month_modifiers), at most month_future_cue_reach words, no comma
    ("The trial, which begins Monday, concerns killings in March" and "opens with scenes from
    March" name no scheduled month)."""
    cues = context()
    allowed = cues["month_cue_between"] | cues["month_modifiers"]
    between = [w.group(0).lower() for w in _WORDS_BEFORE.finditer(text, cue.end(), start)]
    return len(between) <= cues["month_future_cue_reach"] and all(w in allowed for w in between)


def month_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause of a month or a day and month without a year, which says where
    its year lies from the publication date: "behind" (on or before the publication month),
    "ahead" (from it on), or as tense_of: "past", "future", None.

    - "since" before it (modifiers between: "since early September") puts it behind,
      whatever the clause's tense ("his first news conference since February");
    - a scheduled event told in the present just before it in its clause puts it ahead
      ("the lease expires on 16 May", "a ruling is expected in March"): context.json's
      month_future_cues, read only before the date, with only prepositions and month
      modifiers between (_cue_governs); not when a past marker follows in its clause or in a
      time clause right after it ("The story begins in March, when protesters took to the
      streets"); a chronology's present
      tells the past, so not for an entry's head ("15 July : New cap brings ...") nor when a
      day and month heads an entry before the cue in its sentence ("January 26 Sharif trial
      opens in Islamabad February 26 In an interview");
    - "by", "until", "till", "before" make it future when no tense marker in its sentence
      decides and no past marker follows ("could take until the start of August"; "By
      mid-September, the effort ... had cost BP $8 billion" has one past the usual reach,
      which leaves the nearest year); a range's end ("from
      January until March") is then set from its start (scan.py's _order_ranges).

    The cue words are context.json's."""
    cues = context()
    modifiers = cues["month_modifiers"]
    if _cue_before(text, start, cues["month_past_cues_before"], modifiers) >= 0:
        return "behind"
    begin, markers = _markers(text, start, end, month_tense_pattern())
    before = [m for m in markers if m.end() <= start]
    if (
        before
        and " ".join(before[-1].group(0).lower().split()) in cues["month_future_cues"]
        and _cue_governs(text, before[-1], start)
        and not _entry_head().match(text, end)
        and not _entry_before(text, begin, before[-1].start())
        and not _past_after(text, end, own_clause=True)
    ):
        return "ahead"
    tense = tense_of(text, start, end)
    if tense is None:
        deadline = _cue_before(text, start, cues["month_deadline_cues_before"], modifiers)
        if deadline >= 0 and not _past_after(text, end):
            return "future"
    return tense
