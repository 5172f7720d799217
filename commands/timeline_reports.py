"""Which reports of a date may tell it, judged on the report alone: page furniture,
stamps, transcripts, fragments and sentences whose date is not their event's
(commands/timeline_entries.txt), and whether a sentence leans on the one before. Read by
commands/timeline_entries.py when it picks a date's entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date as calendar_day
from functools import cache, lru_cache

from extract.sentence_kinds import leans_on_previous
from store import events as event_store
from text.clutter_defines import clutter_shape
from text.data import text_sections
from text.pattern_source import alternation_at_top
from text.timex import Timex
from text.tokens import stopwords

STAMP_OPENING = 3  # an update stamp this near the start opens the sentence: "(Update 9:40 ..."
STAMP_WORDS = ("pdate", "PDATE")  # in every update stamp ("Update 10:10 a.m.", "UPDATED")
# How a sentence dates something by a year: the year written out, or a year counted from
# the article's ("this year", "last year", "the year before").
_SAYS_A_YEAR = re.compile(r"\d{4}|\byears?\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"([a-z]+)\b(?![-'’])")  # a lower-case first word, not "al-Nusra"


# Around a date's words (patterns without them, compiled once: one built for each date's
# words was compiled anew for most reports, and cost more than choosing the entries).
_WINDOW = 120  # how far before the date's words a pattern looks
# how far before "there" the word making it no pointer ("is there", "out there") is looked for
POINTER_LOOKBACK = 20
_AFTER_WORD = re.compile(r"\b")
# "the September 12 truce", ", which began February 15,", "since the ceasefire began last Thursday"
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_THE_AFTER = re.compile(r"\s+[a-z]")
_CLAUSE_END = re.compile(r"\s*,")
# a span of time counted from a date: "nine weeks after", "two days before", "a year since"
_COUNTED = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:after|before|since|from|on\s+from)"
    r"\s+(?:the\s+)?\Z"
)
# a span's start and end: "from 1 November 2004 to 12 March 2005", "between May and June"
_SPAN_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+\Z")
_SPAN_ON = re.compile(r"\s+(?:to|until|till|through|and)\s")
_SPAN_TO = re.compile(
    r"\b(?:[Ff]rom\s+[^,;:()]{1,40}?\s+(?:to|until|till|through)|[Bb]etween\s+[^,;:()]{1,40}?"
    r"\s+and)\s+\Z"
)
# what is to come on a date: "its General Assembly meeting to be held on Monday", "the G4
# ministers are scheduled to meet on Sunday", "talks are due to be held on Sunday"
_PLANNED = re.compile(
    r"\b(?:to\s+be\s+held|(?:is|are|was|were)\s+(?:scheduled|due|set|expected)\s+to\s+"
    r"(?:be\s+held|take\s+place|begin|start|open|meet|resume|vote|convene)"
    r"|(?:is|are|was|were)\s+scheduled)\s+(?:on\s+|for\s+|in\s+)?(?:the\s+)?\Z"
)
_WORD_BEFORE = re.compile(r"(?<!\w)\Z")  # the date's words start a word
# a deadline: "we will have the capability to export by the end of the month", "plans to ship
# crude by end of September", "will set out proposals by 18 April"; not whose the day is
# ("killed by Sunday's air strike")
_BY_BEFORE = re.compile(
    r"\b[Bb]y\s+(?:the\s+)?(?:(?:very\s+)?(?:end|middle|close|beginning|start)\s+of\s+(?:the\s+)?)?\Z"
)
_NOT_WHOSE = re.compile(r"(?![\w'’])")


def said_at(event: event_store.EventRow) -> Iterator[int]:
    """Each place the date's words start in the report's sentence (none when it has no words),
    in order; the sentence rules test the words around each."""
    said, text = event.date_text, event.text
    at = text.find(said) if said else -1
    while at >= 0:
        yield at
        at = text.find(said, at + 1)


def _around(
    event: event_store.EventRow, before: re.Pattern[str] | None, after: re.Pattern[str] | None
) -> bool:
    """Whether the date's words are somewhere in the sentence with before matching just before
    them (a pattern ending in \\Z) and after just after them."""
    said, text = event.date_text, event.text
    return any(
        (before is None or before.search(text, max(0, at - _WINDOW), at) is not None)
        and (after is None or after.match(text, at + len(said)) is not None)
        for at in said_at(event)
    )


def section_words(section: str) -> str:
    """The words of a section of commands/timeline_entries.txt as an alternation, the longest
    first, a space matching any run of spaces."""
    words = sorted(entry_sections().get(section, ()), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"


@cache
def _which_began() -> re.Pattern[str]:
    """Before the date, a clause of its own saying when a thing began: ", which began "."""
    return re.compile(rf",\s+(?:which|that)\s+(?:{section_words('began')})\s+(?:on\s+)?\Z")


@cache
def _since_began() -> re.Pattern[str]:
    """Before the date, when a thing the sentence's time is counted from began: "since the
    protests broke out on ", "since the ceasefire began last", "since the uprising began in"
    (a month)."""
    return re.compile(
        r"\b[Ss]ince\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
        rf"(?:{section_words('began')})\s+(?:on\s+|in\s+)?\Z"
    )


@cache
def _reduced_relative() -> re.Pattern[str]:
    """Before the date, a relative clause saying when a thing named before was done, without
    its "which" ("the neighborhoods they infiltrated on ", "the supply line they opened last",
    "a ceasefire it announced on ") or with "that" or "which" and a subject of up to three
    words ("the key border town that Kurdish forces recaptured on "). A time is no thing ("by
    the time she returned on Wednesday"), and a word said or reported ("the army said that
    rebels attacked on", "the group announced that ...") opens what it says, no relative
    clause."""
    return re.compile(
        r"\b(?:the|its|their|his|her|an?)\s+(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?!(?:{section_words('time nouns')}|that|which)\s)[a-z][\w-]*\s+"
        # after any participle ("announced that") or word of [reporting verbs]; a lookbehind
        # has one width, so one for each word
        r"(?:(?<!ed\s)"
        + "".join(rf"(?<!{re.escape(w)}\s)" for w in entry_sections().get("reporting verbs", ()))
        + r"(?:that|which)\s+(?:[\w-]+\s+){1,3}?|(?:they|he|she|it|we)\s+)"
        r"(?:had\s+)?[a-z]+ed\s+(?:on\s+|in\s+)?\Z"
    )


# a relative clause without its "which" ends in a participle right before the date ("they
# infiltrated on "): its "ed" is looked for in the few characters before the date first, which
# spares most reports the clause's whole pattern (names_a_thing is asked of every report)
_TAIL_CHARS = 12


def _after_a_relative_clause(event: event_store.EventRow) -> bool:
    said, text = event.date_text, event.text
    return any(
        text.find("ed", max(0, at - _TAIL_CHARS), at) >= 0
        and _reduced_relative().search(text, max(0, at - _WINDOW), at) is not None
        and _AFTER_WORD.match(text, at + len(said)) is not None
        for at in said_at(event)
    )


def names_a_thing(event: event_store.EventRow) -> bool:
    """The date only names a thing the sentence is about ("after the September 12 truce
    collapsed", "since the 4 April attack"), or says when a thing began in a clause of its own
    ("Throughout the uprising, which began February 15, witnesses in Tripoli have described
    ...", "Homs has been under attack since the ceasefire began last Thursday", "for the first
    time since protests broke out on Friday"), or when a thing named before was done, in a
    relative clause without its "which" ("continued operations to expel ISIS terrorists from
    the neighborhoods they infiltrated on June 24th"): the sentence's own event is on another
    day, so such a report tells its date last, when no other does (and never for a place:
    commands/timeline_entries.py)."""
    return (
        _around(event, _THE_BEFORE, _THE_AFTER)
        or _around(event, _which_began(), _CLAUSE_END)
        or _around(event, _since_began(), _AFTER_WORD)
        or _after_a_relative_clause(event)
    )


@cache
def _a_things_start() -> re.Pattern[str]:
    """Before the date, a clause of its own saying when a thing began: its verb ([began]) right
    after "that" or "which", a comma before them or none ("the protests that erupted on "), or
    after "since" or "after" and the thing ("After the uprising began ", "since it began "),
    how or where it began told between the verb and the date in up to four words opened by a
    word of [start how] ("that began in Libya on ", "since it began with pro-democracy
    protests in "), none of them a capitalised article (a sentence run in). "after" said close
    to its thing ([close after]: "shortly after the talks began on Friday") is the sentence's
    own day."""
    began = section_words("began")
    close = "".join(
        rf"(?<!\b(?i:{re.escape(w)})\s)" for w in entry_sections().get("close after", ())
    )
    return re.compile(
        r"(?:\b[a-z][\w-]*,?\s+(?:that|which)\s+"
        rf"|(?:\b[Ss]ince|{close}\b(?:after|After))\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+)"
        rf"(?:had\s+)?(?:{began})\s+"
        rf"(?:(?:{section_words('start how')})\s+(?!(?:The|A|An)\s)(?:[\w'’-]+\s+){{1,4}}?)?"
        r"(?:on\s+|in\s+)?\Z"
    )


# after the date's words, what happened that day: "an odyssey that began March 26, the day she
# stormed into the hotel", "a process which began in February when Dannet declared ..."
_ITS_DAY = re.compile(r",?\s+(?:the\s+day|when)\b")
# after a thing's start or a span's, the date's words end a word and no day's event follows
_A_START_ENDS = re.compile(rf"(?!{_ITS_DAY.pattern}){_AFTER_WORD.pattern}")
# how many days before its page a thing's start is still the page's news (a week's stories)
START_NEWS_DAYS = 7


def _last_day(event: event_store.EventRow) -> str | None:
    """The last day the event's date covers (ISO: a day itself, a week's Sunday, a month's or a
    year's last day), None when it has none."""
    timex = Timex.parse(event.date)
    return None if timex is None else timex.last_day.isoformat()


def _ends_before_page(event: event_store.EventRow, published: str | None, days: int) -> bool:
    """Whether the event's date ends more than `days` days before its page (published): with
    START_NEWS_DAYS, long before it (a clause's day within the days before its page is most
    often the page's news or its occasion); with 0, before the page's day."""
    last = _last_day(event)
    return last is not None and (days_between(last, published) or 0) > days


def _days_after_page(event: event_store.EventRow, published: str | None) -> int | None:
    """How many days the event's date lies after its page (negative before it), None when the
    report has no date, no date's words or no page date."""
    if not event.date_text or not event.date or not published:
        return None
    return days_between(published, event.sort_key or event.date)


@cache
def _start_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{section_words('began')})\b")


def a_things_start(event: event_store.EventRow, published: str | None) -> tuple[int, int] | None:
    """Where the clause stands (from its opener to the date's words' end) when the date only
    says when a thing began, in a clause of its own, with how or where it began or without
    ("Only Kelvor Dannet saw the revolt that began in Orskia on February 15 as an
    opportunity", "Dannet resigned after violence was used against the protests that erupted
    on February 17", "After the uprising began February 15, Dannet broke with the regime",
    "Veshnar has been spared since the conflict began with protests in March 2011"), and the
    date ends more than START_NEWS_DAYS before its page (published); or None. Such a start is
    background the sentence's own event is counted from, on another day or on none; a start
    told within the days before its page is the page's news, which the sentence's event
    answers on its day ("condemned the violence that erupted Wednesday in Cairo", two days
    before its page). names_a_thing finds the shapes without how or where and with a comma
    before "which", and "since" with its verb right before the date, whatever the page. A date
    followed by what happened that day (_ITS_DAY: ", the day she stormed into the hotel") is
    that day's event, no start only. The clause may name the subject whose own start it tells
    ("since the first protests broke out in Qaryat Dulen on March 18"): the caller looks for
    its names."""
    if not _ends_before_page(event, published, START_NEWS_DAYS):
        return None
    said, text = event.date_text, event.text
    # most reports hold no verb of a start: they are spared the clause's whole pattern
    if not said or _start_verb().search(text) is None:
        return None
    return _date_inside(event, (_a_things_start(), _A_START_ENDS, 0))


@cache
def _since_a_thing() -> re.Pattern[str]:
    """Before the date's words, "since" and one to twelve words with no stop (a dash neither)
    between it and them: the thing a span is counted from, said with the date inside ("since
    a popular uprising six months ago engulfed", "since rebels launched a campaign on "), not
    only words of [a span's own start words], which place the date itself ("since early July").
    An "and" or a "but" before a word of [a clause's opening time words] or one in "-ed" opens a
    clause of its own, which the date is then told in ("since mid-2012 and in September the
    army announced", "has been under sanctions since 1999 and agreed in 2003"). After a word
    of [before an adverb's since], "since" is an adverb ("have since lost"), no span's."""
    opener = section_words("a clause's opening time words")
    clause = rf"(?:and|but)\s+(?:{opener}|[a-z]+ed)\s"
    # no other "since" between: the one nearest the date opens its phrase ("the first
    # recipient since the Falklands war in 1982 and the first since 1965")
    word = rf"(?!-+\s)(?!{clause})(?![Ss]ince\s)[^\s,;:()\u2013\u2014]+"
    adverb = "".join(
        rf"(?<!\b{re.escape(w)}\s)" for w in entry_sections().get("before an adverb's since", ())
    )
    # the date then the span's start, the sentence's own
    own_words = section_words("a span's own start words")
    own = rf"(?!(?:(?i:{own_words})\s+)+\Z)"
    return re.compile(rf"{adverb}\b[Ss]ince\s+{own}(?:{word}\s+){{1,12}}?\Z")


def a_spans_start(event: event_store.EventRow, published: str | None) -> tuple[int, int] | None:
    """Where the phrase stands (from its "since" to the date's words' end) when the date lies
    inside what a span is counted from, not heading it (_since_a_thing: "an international
    shipper bemoans the change since a popular uprising six months ago engulfed the country",
    "air strikes have intensified since rebels launched a campaign to break the siege on July
    31"), and the date ends more than START_NEWS_DAYS before its page (published); or None.
    The date is that thing's day, the sentence's own event being what has gone on since,
    told on its page. Words that only place the date itself ([a span's own start words]:
    "since early July", "since the end of March") make it the span's start, the sentence's own
    ("have been battling since June 25"), as does a date right after "since" ("since Monday,
    when they took it"): neither is taken. A date followed by what happened that day (_ITS_DAY)
    is that day's event. The phrase may name the subject, or a pronoun open it, whose own act
    it tells ("since Kelvor Dannet's men took it on Monday"): the caller reads it."""
    # most reports say no "since": they are spared the phrase's pattern
    if (
        not event.date_text
        or "ince " not in event.text
        or not _ends_before_page(event, published, START_NEWS_DAYS)
    ):
        return None
    return _date_inside(event, (_since_a_thing(), _A_START_ENDS, 0))


@cache
def _participles_phrase() -> re.Pattern[str]:
    """Before the date's words, a past participle hanging on a noun, the date ending its phrase:
    after a preposition ([participle prepositions]), "a", "an" or "the" and up to three words,
    the last the noun in lower case, the two before it in either case (a proper adjective or
    an acronym qualifies the noun: "of a U.N. resolution passed on "), then one in "-ed" ("at
    a crossing abandoned on ", "under a deal brokered by Moscow and Ankara in "), or any word
    before one of [irregular participles] ("hostages taken hostage by rebel forces in ").
    Between the participle and the date: a word of [participle particles], a "by" and up to
    five words of its agent, and a word of [before a participle's date]. The
    noun is no word of [not a participle's noun] (an auxiliary or a pronoun make the
    participle the sentence's own verb; a report's noun dates its own telling), nor one in
    "-ly"; a telling participle ([telling participles]) after a noun is most often the
    sentence's own verb."""
    not_noun = section_words("not a participle's noun")
    before_date = section_words("before a participle's date")
    word = rf"(?!(?:{not_noun})\s)(?![a-z]+ly\s)[a-z][\w-]*"
    # a capitalised word may qualify the noun, not be it ("of a U.N. resolution passed on
    # Thursday", "to the US-Russia-led truce agreed in February"): the noun itself stays in
    # lower case, as before
    qualifier = rf"(?:{word}|[A-Z][\w.'’-]*)"
    tail = (
        rf"(?:\s+(?:{section_words('participle particles')}))?"
        r"(?:\s+by(?:\s+[\w'’-]+){1,5}?)?"
        rf"\s+(?:(?:{before_date})\s+)?\Z"
    )
    after_preposition = (
        rf"\b(?:{section_words('participle prepositions')})\s+(?:an?|the)\s+"
        rf"(?:{qualifier}\s+){{0,2}}{word}\s+"
        rf"(?!(?:{section_words('telling participles')})\b)[a-z]+ed"
    )
    irregular = (
        rf"\b(?!(?:{not_noun})\s)[\w'’-]*\w(?<!ly)\s+"
        rf"(?:{section_words('irregular participles')})"
    )
    return re.compile(rf"(?:{after_preposition}|{irregular}){tail}")


def a_participles_day(event: event_store.EventRow) -> tuple[int, int] | None:
    """Where the phrase of a past participle hanging on another noun stands (from its
    preposition or noun to the date's words' end) when the date ends it (_participles_phrase:
    "saw troops reassert control at a crossing abandoned on Monday", "four hostages taken
    hostage by rebel forces in May were among those killed in the raid"); or None. The date
    is that noun's event, before the sentence's own, which may be on another day: the caller
    looks for the subject's names in the phrase, where it would be the subject's own ("at a
    crossing abandoned by Kelvor Dannet's men on Monday")."""
    said, text = event.date_text, event.text
    for at in said_at(event):
        found = _participles_phrase().search(text, max(0, at - _WINDOW), at)
        if found is not None:
            return found.start(), at + len(said)
    return None


def _telling() -> str:
    """The words of telling ([telling participles], [reporting verbs], [telling in a relative
    clause]) as an alternation: a phrase holding one tells what was said, no description."""
    return "|".join(
        section_words(s)
        for s in ("telling participles", "reporting verbs", "telling in a relative clause")
    )


def _clause_word() -> str:
    """A word of a clause or phrase: no stop (a dash neither) and no word of telling."""
    return rf"(?!(?:{_telling()})\s)(?!-+\s)[^\s,;:()\u2013\u2014]+"


@cache
def _relative_clause() -> re.Pattern[str]:
    """Before the date's words, a relative clause they end: its opener ([relative openers],
    after a preposition of [relative prepositions] or not, or [relative after a noun] after a
    noun with its determiner, [before a relative's noun], the noun no word of [not a
    relative's noun] nor one in "-ed" or "-ly") and one to sixteen words, no stop (a dash
    among them) and no word of telling ([telling participles], [reporting verbs], [telling in
    a relative clause]: "Officials who visited the town said on Monday" is the sentence's own
    telling): "from which the jihadists were expelled by Kurdish militia ", "that began in
    Libya on "."""
    not_noun = section_words("not a relative's noun")
    determiner = section_words("before a relative's noun")
    word = _clause_word()
    opener = (
        rf"(?:\b(?:{section_words('relative prepositions')})\s+)?"
        rf"\b(?:{section_words('relative openers')})"
        rf"|\b(?:{determiner})\s+(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?!(?:{not_noun})\s)(?![a-z]+(?:ed|ly)\s)[a-z][\w-]*\s+"
        rf"(?:{section_words('relative after a noun')})"
    )
    return re.compile(rf"(?:{opener})\s+(?:{word}\s+){{1,16}}?\Z")


def _date_inside(
    event: event_store.EventRow, *shapes: tuple[re.Pattern[str], re.Pattern[str], str | int]
) -> tuple[int, int] | None:
    """For each mention of the date in turn, the first shape (before, after, group) whose
    `before` ends right at the date's words (searched in the _WINDOW before them) and whose
    `after` follows them: where `before`'s group starts and where the date's words end; or
    None. The phrase a date stands inside (a relative clause, an apposition) is told by what
    comes before its words and what comes after them."""
    said, text = event.date_text, event.text
    for at in said_at(event):
        for before, after, group in shapes:
            found = before.search(text, max(0, at - _WINDOW), at)
            if found is not None and after.match(text, at + len(said)) is not None:
                return found.start(group), at + len(said)
    return None


def _word_not_telling() -> str:
    """A word with no stop in it, not one of telling (_telling): an apposition's or a clause's
    words after the date, before the comma that closes it."""
    return rf"(?!(?:{_telling()})\b)[^\s,;:()\u2013\u2014]+"


@cache
def _since_in_a_clause() -> re.Pattern[str]:
    """Before the date's words, a relative clause set off by a comma and opened by [relative
    openers] alone, whose last word, right before the date, is one of [a relative clause's
    since]: ", which has been under siege since ", ", who has been in exile since ". Its
    words are _relative_clause's, one to fifteen of them before "since"."""
    word = _clause_word()
    since = section_words("a relative clause's since")
    return re.compile(
        rf",\s*(?P<opener>(?:{section_words('relative openers')})\s+(?:{word}\s+){{1,15}}?"
        rf"(?:{since})\s+)\Z"
    )


# after the date's words, the clause ends: a stop, a closing bracket or quotation mark, or the
# sentence's end
_CLAUSE_CLOSES = re.compile(r"\s*(?:[,;:.!?)\u2013\u2014\"”’]|-+\s|\Z)")


@cache
def _goes_on() -> re.Pattern[str]:
    """After the date's words, the sentence goes on to the clause's noun's main verb or more of
    the sentence: a word, no stop, and no word carrying the clause on ([a relative clause's own
    sequel])."""
    sequel = section_words("a relative clause's own sequel")
    return re.compile(rf"\s+(?!(?:{sequel})\b)[\w'’]")


def a_relative_clauses_day(
    event: event_store.EventRow, published: str | None
) -> tuple[int, int] | None:
    """Where a relative clause stands (from its opener to the date's words' end) when the date
    ends it and the sentence goes on after the date with no stop (_relative_clause: "The
    assault on the town of Ras al-Ain from which the jihadists were expelled by Kurdish
    militia last month sparked an exodus", "saw the popular revolt that began in Libya on
    February 15 as an opportunity"); or None. The date is the clause's own verb's, not the
    main clause's, which the sentence tells: the caller looks for the subject's names in the
    clause. A clause ended by a stop after the date ("Veshnar, which rebels seized on Monday,
    fell"), by a word carrying the clause on ("who was shot in April and has been detained") or
    by the sentence's end is not read: the date may be the main verb's ("Rebels who had fled
    the town returned on Monday"). As for a thing's start (a_things_start), the date
    ends more than START_NEWS_DAYS before its page (published): a clause's day within the days
    before its page is most often the sentence's own event or its occasion ("condemned the
    violence that erupted Wednesday in Cairo", "were killed in an explosion that targeted a
    meeting tonight"). A clause set off by a comma whose date follows its "since" (_since_in_a_
    clause: "Dannet said food must be brought into Veshnar, which has been under siege since 4
    February") is read whatever follows the date: the day a state began, which the clause
    tells as lasting, is not the day of the main clause's act, told before it or after its
    closing comma."""
    if not _ends_before_page(event, published, START_NEWS_DAYS):
        return None
    return _date_inside(
        event,
        (_relative_clause(), _goes_on(), 0),
        (_since_in_a_clause(), _CLAUSE_CLOSES, "opener"),
    )


@cache
def _closing_clause() -> re.Pattern[str]:
    """Before the date's words, a relative clause they stand in: an opener of [a closing
    clause's openers] (after a preposition of [relative prepositions] or not; not after "of",
    whose clause is about the nouns before it: "al-Brega and Ajdabiya, both of which were hit")
    and up to sixteen words with no stop (a dash among them) and no word of telling
    (_clause_word): "where on ", "who died in attacks on ", "in which 108 people were killed
    on "."""
    word = _clause_word()
    openers = section_words("a closing clause's openers")
    return re.compile(
        rf"(?P<opener>(?:\b(?:{section_words('relative prepositions')})\s+)?"
        rf"(?<!\bof\s)\b(?:{openers}))\s+(?:{word}\s+){{0,16}}?\Z"
    )


# after the date's words, anything: a clause opened after the sentence's own subject and verb
# runs on to the sentence's end or to its next stop
_ANY_AFTER = re.compile(r"")


def a_closing_clauses_day(
    event: event_store.EventRow, published: str | None, long_before: bool = True
) -> tuple[int, int] | None:
    """Where a relative clause stands (from its opener, a preposition before it included, to
    the date's words' end) when the date is inside it (_closing_clause: "Yesterday a soldier
    was killed in Veshnar, adding to the 21 who died in attacks on Monday", "Dannet, the former
    minister who defected in March, is killed") and either the sentence tells a day of its
    own before the clause (_a_day_of_its_own: "Yesterday") or, when long_before, the clause's date
    ends more than START_NEWS_DAYS before its page (published); or None. Whatever follows the
    date, the caller reads the clause as the sentence's last part when the sentence's own
    subject and verb stand before it: the date is then the clause's own event, not the
    sentence's act. A clause's day within the week before its page, the sentence telling no
    other, is most often the act's occasion ("The coast guard responded to the rescue call
    regarding the trawler, which became disabled Wednesday night", the rescue that night): not
    read."""
    if not _ends_before_page(event, published, 0):
        return None
    span = _date_inside(event, (_closing_clause(), _ANY_AFTER, "opener"))
    if span is None or (long_before and _ends_before_page(event, published, START_NEWS_DAYS)):
        return span
    return span if _a_day_of_its_own().search(event.text, 0, span[0]) else None


@cache
def _a_day_of_its_own() -> re.Pattern[str]:
    """A day the sentence tells: a word of [a sentence's own days] in any case ("Yesterday",
    "on Sunday", "last night") or a day and month (the MONTH shape of text/clutter.txt: "July
    28", "4 August"). A plain test, not text/dates' scanner, which a query does not load."""
    month = clutter_shape("MONTH")
    days = section_words("a sentence's own days")
    return re.compile(
        rf"\b(?i:{days})\b"
        rf"|\b{month}\s+[0-3]?\d\b|\b[0-3]?\d(?:st|nd|rd|th)?\s+{month}(?![\w])"
    )


@cache
def _future_clause() -> re.Pattern[str]:
    """Before the date's words, a relative clause set off by a comma and opened by [relative
    openers] alone, telling what its noun will do: up to two words, one of [a relative clause's
    future] and one to sixteen more words of _relative_clause's (", who will make a statement
    to parliament on ", ", who is due to meet the envoy again on ")."""
    word = _clause_word()
    future = section_words("a relative clause's future")
    return re.compile(
        rf",\s*(?P<opener>(?:{section_words('relative openers')})\s+(?:{word}\s+){{0,2}}?"
        rf"(?:{future})\s+(?:{word}\s+){{1,16}}?)\Z"
    )


@cache
def _future_clause_closes() -> re.Pattern[str]:
    """After the date's words, the clause to come closes and the sentence goes on to its verb:
    up to eight words with no stop and no word of telling, a comma and a word in lower case,
    none carrying the clause on ([a relative clause's own sequel]: ", and will meet")."""
    word = _word_not_telling()
    sequel = section_words("a relative clause's own sequel")
    return re.compile(rf"(?:\s+{word}){{0,8}}?,\s+(?!(?:{sequel})\b)[a-z]")


def a_future_clauses_day(
    event: event_store.EventRow, published: str | None
) -> tuple[int, int] | None:
    """Where a relative clause set off by commas stands (from its opener to the date's words'
    end) when it tells what its noun will do, the date closes it and the sentence's verb
    follows its closing comma (_future_clause, _future_clause_closes: "Dannet, who will make a
    statement to parliament on Tuesday, said in a televised reaction"), and the date is not
    before its page's day (published); or None. The date is the clause's act to come, not the
    day of the sentence's act, told before it: the caller looks for the subject's names in the
    clause. A date before the page's day is no act to come: not read."""
    if _ends_before_page(event, published, 0):
        return None
    return _date_inside(event, (_future_clause(), _future_clause_closes(), "opener"))


@cache
def _apposition() -> re.Pattern[str]:
    """Before the date's words, an apposition they stand in: a comma (where the caller looks
    for the name it describes), a word of [apposition openers] or a name's "'s", and up to
    sixteen words with no stop and no word of telling (_telling); no word of [not in an
    apposition] (a finite verb: the comma closed a clause of its own, "At the stadium, a panel
    of the roof was damaged by Tuesday's storm") but inside a clause opened in it by a word of
    [an apposition's clause openers] ("a 22-year-old who had been working since August")."""
    word = _clause_word()
    own = rf"(?!(?:{section_words('not in an apposition')})\s){word}"
    clause = section_words("an apposition's clause openers")
    return re.compile(
        rf",\s+(?:(?:{section_words('apposition openers')})\s+|[A-Z][\w'’-]*['’]s\s+)"
        rf"(?:(?:{own}\s+){{0,16}}?|(?:{own}\s+){{0,8}}?(?:{clause})\s+(?:{word}\s+){{0,12}}?)\Z"
    )


@cache
def _after_an_apposition() -> re.Pattern[str]:
    """After the date's words, the apposition ends and the sentence's verb follows: up to
    eight words with no stop and no word of telling, a comma, a word of [before an
    apposition's verb] or none, and a verb: a word of [an apposition's verb] or of [reporting
    verbs], or one in "-ed" (", told the lower house", ", has been appointed", ", arrived")."""
    word = _word_not_telling()
    verb = "|".join(section_words(s) for s in ("an apposition's verb", "reporting verbs"))
    adverb = section_words("before an apposition's verb")
    return re.compile(rf"(?:\s+{word}){{0,8}}?,\s+(?:(?:{adverb})\s+)?(?:{verb}|[a-z]+ed)\b")


def an_appositions_day(event: event_store.EventRow, published: str | None) -> int | None:
    """Where the comma opening an apposition stands when the date's words are inside it and the
    sentence's verb follows its closing comma (_apposition, _after_an_apposition: "Dannet, a
    veteran politician made foreign minister in a reshuffle on Sunday, told the lower house",
    "Veshnar, the site of clashes last week, was calm"), and the date ends before its page's
    day (published); or None. The date is what the apposition says of the one it describes (an
    appointment, a past, a place's earlier event), not the sentence's act, told on the page's
    day or on none: the caller looks for the subject's name right before the comma. A date of
    the page's own day may well be the act's too ("a minister from the cabinet that resigned
    today, has been appointed to form a new government"): not read."""
    if not _ends_before_page(event, published, 0):
        return None
    span = _date_inside(event, (_apposition(), _after_an_apposition(), 0))
    return None if span is None else span[0]


# a day said as whose a thing is: "Saturday's talks", "yesterday's vote" (a newspaper's day is
# a_newspapers_day's)
_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")


def a_things_day(event: event_store.EventRow) -> bool:
    """The date is said as whose a thing is ("the context of Saturday's talks - reports of
    hundreds killed in Homs", "Yesterday's vote ended the siege"): the sentence may tell the
    thing itself or only lean on it, so another report of the date, telling its event, is
    told first; this one is still told when no other is."""
    return _around(event, _WORD_BEFORE, _POSSESSIVE)


@cache
def _act_to_do() -> re.Pattern[str]:
    """Before the date, a to-infinitive hanging on a noun of an act ([act nouns]) and up to
    five words of it, no comma among them: "Syria's decision to shoot down the F-4 Phantom
    last ". The noun has its determiner or owner ("it plans to send planes on Friday" is the
    sentence's own verb), and no "in" before them ("in a bid to restore calm on Friday", "in
    an abortive attempt to infiltrate the capital on Monday" tell the purpose of the
    sentence's own act, on its day). A word in "-ed" after the infinitive is most often the
    sentence's own verb, the infinitive ended ("the regime's latest attempt to secure the town
    started 12 days ago"): no act's day."""
    return re.compile(
        r"(?<!\bin\s)\b(?:the|its|his|her|their|our|this|that|an?|[\w-]+['’]s)\s+"
        r"(?:(?!(?:he|she|it|they|we|you|i|who)\s)[a-z][\w-]*\s+)?"
        rf"(?:{section_words('act nouns')})\s+to\s+[a-z][\w-]*"
        r"(?:\s+(?![\w'’-]*ed\b)[\w'’-]+){0,5}?\s+(?:(?:on|in|last|this|early|late)\s+)?\Z"
    )


def an_acts_day(event: event_store.EventRow) -> int | None:
    """Where the noun stands whose act a to-infinitive ending at the date's words tells ("Mr
    Erdogan spoke of Turkey's rage at Syria's decision to shoot down the F-4 Phantom last
    Friday"), or None: the date is that act's, and the sentence's own event (the speaking) is
    on another day. The date's words are read where they first stand, as
    timeline_entries.dated_by_another_event reads them: a sentence telling its own act on the
    day before an act it names ("met envoys on Friday and welcomed the Front's decision to
    withdraw on Friday") is its own."""
    said, text = event.date_text, event.text
    at = text.find(said) if said else -1
    if at < 0:
        return None
    found = _act_to_do().search(text, max(0, at - _WINDOW), at)
    if found is not None and _AFTER_WORD.match(text, at + len(said)) is not None:
        return found.start()
    return None


def counted_from(event: event_store.EventRow) -> bool:
    """The date is what the sentence's own time is counted from ("More than nine weeks after
    the January 30 elections, the Iraqi parliament voted ..."), or the start or end of a span
    ("from 1 November 2004 to 12 March 2005 there were 3,306 attacks"): its event is on
    another day, or on none, so the report tells no date."""
    return (
        _around(event, _COUNTED, _AFTER_WORD)
        or _around(event, _SPAN_FROM, _SPAN_ON)
        or _around(event, _SPAN_TO, _AFTER_WORD)
    )


def a_deadline(event: event_store.EventRow, published: str | None) -> bool:
    """The date is a deadline said on or before it ("Libya plans to ship crude from Tobruk by
    end of September" on a page of 28 August, "by the end of the month we will have the
    capability to export" on the month's page, "will set out proposals by 18 April" on the
    18th): it says by when a thing is to be done, not that anything was done that day, so
    the report tells no date of a place's and is told last for an actor or a keyword, whose
    deadline is often met on the day (commands/timeline_entries.py, representative). A day
    already past its page ("Rebels had retaken the town by Friday" on a Saturday page)
    counts what was done by then, and is no deadline."""
    if not event.date or not published or event.date < published[: len(event.date)]:
        return False
    # asked of every report a date ranks: most hold no "by" at all
    if "by " not in event.text and "By " not in event.text:
        return False
    return _around(event, _BY_BEFORE, _NOT_WHOSE)


def a_newspapers_day(event: event_store.EventRow) -> bool:
    """The date is said as a newspaper's day ("details covered in a story in yesterday's Daily
    Mirror"), or is the day a newspaper printed what the sentence tells ("On August 7 2003 the
    New York Times reported that the general was worried"; the newspaper words of
    commands/timeline_entries.txt): the day a story was printed, no event's, so the report
    tells no date. A newspaper that only speaks ("the newspaper said in a statement") is not
    judged here."""
    return _around(event, _WORD_BEFORE, _newspaper()) or _around(event, None, _printed())


def names_a_place(event: event_store.EventRow) -> bool:
    """The date's words, with a digit, are a place's name ("mortar shells landed near the bus
    station and April 7th Street", "drives on 6 October Bridge"): the sentence tells nothing
    of that day."""
    said = event.date_text
    return any(c.isdigit() for c in said or "") and _around(event, None, _place_after())


@cache
def _place_after() -> re.Pattern[str]:
    """Right after a date, a place's noun ([place nouns] of commands/timeline_entries.txt),
    capitalised: "April 7th Street", "6 October Bridge"."""
    return re.compile(rf"(?:st|nd|rd|th)?\s+(?:{section_words('place nouns')})\b")


@cache
def _newspaper() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in entry_sections().get("newspaper", ()))
    return re.compile(rf"['’]s\s+(?:[A-Z][\w-]*\s+){{0,2}}?(?:{words})\b")


@cache
def _printed() -> re.Pattern[str]:
    """Right after the date, a newspaper that printed what follows: " the New York Times
    reported that", ", The Observer published a piece". A newspaper named after the event, as
    its source, ends the sentence ("Qaryat fell on Monday, the Herald reported.") and leaves
    the date to the event."""
    words = "|".join(re.escape(w) for w in entry_sections().get("newspaper", ()))
    return re.compile(
        rf",?\s+(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{words})\s+"
        r"(?:reported|published|printed|wrote|revealed|ran|carried)\s+(?:that|an?|the)\b"
    )


def only_planned(event: event_store.EventRow) -> bool:
    """The date is when something is to happen, said before it did ("Alabdah explained that the
    coalition will prioritize ... its General Assembly meeting to be held on Monday"): the
    report tells a plan, not an event of that day, so it tells its date last, and never for a
    place (commands/timeline_entries.py)."""
    return _around(event, _PLANNED, _AFTER_WORD)


def dates_by_its_year(event: event_store.EventRow) -> bool:
    """A report of a bare year says the year ("in 2015", "last year"). A season or a vague
    time that only the article's year could place ("the announcement of the spring campaign")
    gives a year the sentence never says: that year is no date of an event."""
    if event.precision != "year" or not event.date_text:
        return True
    return _SAYS_A_YEAR.search(event.date_text) is not None


# A year said right after a date that has none: "on June 28 last year", "on April 8 (2003)".
_YEAR_AFTER = re.compile(r",?\s*(?:\(\s*((?:19|20)\d\d)\s*\)|(last|this|next)\s+year\b)")
_YEAR_SAID = {"last": -1, "this": 0, "next": 1}


def contradicts_its_year(event: event_store.EventRow, published: str | None) -> bool:
    """The sentence says the date's year right after it, and the store's year is another: "By
    June 28 last year, ... Bremer left Baghdad" given as 28 June of the year the article was
    published, "what happened in Baghdad on April 8 (2003)" given as April 2005. The date was
    read without the words after it, so the report's date is wrong; it tells none. published:
    the article's publication date (ISO), which "last year" is counted from."""
    said = event.date_text
    if not said or not event.date or _SAYS_A_YEAR.search(said):
        return False
    at = event.text.find(said)
    after = _YEAR_AFTER.match(event.text, at + len(said)) if at >= 0 else None
    if after is None:
        return False
    if after.group(1):
        year = int(after.group(1))
    elif published and published[:4].isdigit():
        year = int(published[:4]) + _YEAR_SAID[after.group(2)]
    else:
        return False
    return event.date[:4] != str(year)


# how far before its page a named day said without "on" may still be that year's: the day's own
# news and its first follow-ups ("the September 11 attack on the consulate" in a page of that week)
NAMED_DAY_DAYS = 14
_ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?\Z")
# a chronology's item, its date and a dash or colon first: "Sept. 11 - Libya has started producing
# oil again" (Timeline17 Libya, Reuters, in pages of October 2011)
_CHRONOLOGY_ITEM = re.compile(
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[-–—:]\s|\d{1,2}\s+[A-Z][a-z]{2,8}\s*[-–—:]\s"
)


@cache
def _named_days() -> re.Pattern[str]:
    """One of the [named days] as whole words: "9/11", not "19/11"."""
    return re.compile(rf"(?<![\w/])(?:{section_words('named days')})(?:th)?(?![\w/])")


def a_named_day(event: event_store.EventRow, published: str | None) -> bool:
    """The date is a day the press names by its day and month alone ([named days] of
    commands/timeline_entries.txt: "the al-Qaida outrages of September 11", "plots disrupted
    since September 11"), said without its year and without "on", and the store's day lies
    after the page or more than NAMED_DAY_DAYS before it: the store read the day in the page's
    year or the year before, and the sentence means the day that gave it its name. A day said
    with "on" ("on September 11, Libya started producing oil again") is a day of the page's
    time, and so are a chronology's item ("Sept. 11 - Libya has started producing oil again")
    and a day of the page's own fortnight. (A report the store has the day's own news for that
    year, told_near_its_day, is kept: "the September 11 attack on the consulate", weeks later.)"""
    said = " ".join(event.date_text.split())
    if not said or not event.date or not published or _SAYS_A_YEAR.search(said):
        return False
    if _named_days().search(said) is None:
        return False
    if _around(event, _ON_BEFORE, None) or _CHRONOLOGY_ITEM.match(" ".join(event.text.split())):
        return False
    after = days_between(event.date, published)
    return after is not None and (after < 0 or after > NAMED_DAY_DAYS)


def told_near_its_day(
    event: event_store.EventRow,
    others: Sequence[event_store.EventRow],
    published: Callable[[int], str | None],
) -> bool:
    """Another article's report of the event's day, printed within NAMED_DAY_DAYS after it and
    not naming it as a named day does ("Gunmen stormed the consulate on Tuesday" in a page of
    the next day): the day had news of its own that year."""
    return any(
        o.article_id != event.article_id
        and o.date == event.date
        and _named_days().search(" ".join(o.date_text.split())) is None
        and (after := days_between(o.date, published(o.article_id))) is not None
        and 0 <= after <= NAMED_DAY_DAYS
        for o in others
    )


@lru_cache(maxsize=1 << 16)  # the same pairs come back query after query
def days_between(first: str | None, last: str | None) -> int | None:
    """Days from first to last (ISO dates, the first ten characters read), None when either is
    missing or no day."""
    if not first or not last:
        return None
    try:
        return (calendar_day.fromisoformat(last[:10]) - calendar_day.fromisoformat(first[:10])).days
    except ValueError:
        return None


@cache
def _possibility() -> re.Pattern[str]:
    """A modal of possibility ([possibility modals] of commands/timeline_entries.txt) in lower
    case ("May" is a month), not guessing at a past ("the fighting may have started on Sunday"
    tells a past day)."""
    return re.compile(rf"\b(?:{section_words('possibility modals')})\b(?!\s+have\b)")


# quotation marks: those opening, those closing (curly, and the Penn Treebank's `` and '' of
# Timeline17's texts), and the straight mark, either
OPENING_MARKS = ("\u201c", "``")
CLOSING_MARKS = ("\u201d", "''")
_QUOTE_MARK = re.compile("|".join(map(re.escape, ('"', *OPENING_MARKS, *CLOSING_MARKS))))
# a straight mark right after one of these and before a space or the end closes a quotation
# ('," he said'; before a word it opens one: ', "We will'); before the date's words, spaces
# may stand between ('things, " he said yesterday': the quotation is closed, conservatively),
# not after them, where a spaced mark after a stop is as often a stray or the next one's opening
_CLOSES_AFTER = re.compile(r"[,.!?]\Z")
_CLOSES_AFTER_SPACED = re.compile(r"[,.!?]\s*\Z")
_CLOSES_BEFORE = re.compile(r"\s|\Z")


def in_a_quotation(text: str, at: int) -> bool:
    """Whether at (a date's words) stands inside a quotation of the sentence text: opened before
    at and not closed, or closed after it with no opening before, the quotation having opened
    in a sentence before ('Thank God, today we began advancing ...," Younes told Al-Arabiya').
    A straight mark right after a comma or a stop and before a space closes ('Everyone forgets
    things, " he said yesterday': the date is outside), after the date only when the sentence's
    straight marks are odd (its opening one in a sentence before); another opens or closes by
    its count."""
    inside = False
    for m in _QUOTE_MARK.finditer(text, 0, at):
        mark = m.group()
        if mark != '"':
            inside = mark in OPENING_MARKS
        else:
            inside = False if _closes(text, m, _CLOSES_AFTER_SPACED) else not inside
    if inside:
        return True
    after = _QUOTE_MARK.search(text, at)
    if after is None or after.group() in OPENING_MARKS:
        return False
    if after.group() in CLOSING_MARKS:
        return True
    # a straight mark closing one opened before the sentence leaves its count odd
    return text.count('"') % 2 == 1 and _closes(text, after, _CLOSES_AFTER)


def _closes(text: str, mark: re.Match[str], after: re.Pattern[str]) -> bool:
    """Whether a straight quotation mark closes a quotation: right after a comma or a stop
    (after: _CLOSES_AFTER or _CLOSES_AFTER_SPACED), before a space or the end."""
    return (
        after.search(text, 0, mark.start()) is not None
        and _CLOSES_BEFORE.match(text, mark.end()) is not None
    )


@cache
def _quotations_relative_day() -> re.Pattern[str]:
    """A day said relative to the speaking, in any case ([a quotation's relative days]): the
    whole of a date's words."""
    days = section_words("a quotation's relative days")
    return re.compile(rf"(?i:{days})")


def a_quotations_day_off_its_page(
    event: event_store.EventRow, published: str | None, lead_of: Callable[[int], Sequence[str]]
) -> bool:
    """The date is a day a speaker tells relative to the speaking, inside a quotation ("today",
    "yesterday", "the day before yesterday": in_a_quotation), the store having read it from the
    page's day, and the article's first sentence names the weekday before the page's and not
    the page's own ("Prime Minister David Cameron said on Monday ..." on a Tuesday page,
    '"Above all today we should think of the victims ...," Cameron said'; Timeline17 Syria,
    Reuters): the story is of the day before its page, the speaking most likely too, and the
    quotation's day is not the one the store gave it. A first sentence naming another weekday
    only says less: a day after the page's is most often the page's own night run on ("New
    NATO airstrikes shook Tripoli into early Tuesday" on a Monday page, whose '"Tonight was an
    exceptional night in Tripoli," Ibrahim said' is rightly the Monday), or a plan's ("for
    Saturday's home game"). lead_of gives an article's lead sentences by its id."""
    said = event.date_text.strip()
    if event.date_how != "relative" or not published or len(published) < 10:
        return False
    if _quotations_relative_day().fullmatch(said) is None or not _QUOTE_MARK.search(event.text):
        return False
    at = event.text.find(event.date_text)
    if at < 0 or not in_a_quotation(event.text, at):
        return False
    try:
        weekday = calendar_day.fromisoformat(published[:10]).weekday()
    except ValueError:
        return False
    days = [d.lower() for d in entry_sections()["weekday names"]]
    # the lead's first sentence only, read last (the article's text): a later one may name a
    # plan's weekday ("Cameron, who will make a statement to parliament on Tuesday, said")
    lead = lead_of(event.article_id)[:1]
    named = {m.group().lower() for line in lead for m in _weekday_name().finditer(line)}
    return days[weekday - 1] in named and days[weekday] not in named


@cache
def _weekday_name() -> re.Pattern[str]:
    """A weekday's whole name ([weekday names]), as written in a lead ("said on Monday")."""
    return re.compile(rf"\b(?:{section_words('weekday names')})\b")


@cache
def _clause_ends() -> re.Pattern[str]:
    """What ends the clause a modal opens before a date: a mark, or a reporting verb ("could
    face up to 20 years in prison, state media reported on Friday")."""
    return re.compile(rf"[,;:()\"“”]|\b(?:{section_words('reporting verbs')})\b")


def a_possible_day(event: event_store.EventRow, published: str | None) -> bool:
    """A day said by its weekday inside a clause of possibility opened before it ("Similar
    protests may take place on Sunday's anniversary" in a Wednesday page, "could increase
    following the release of a video on Saturday" in a Monday page), dated on another day than
    its page's: the weekday may be the modal's, ahead of the page, or a past thing's the clause
    names, and the store read it one way ("may" is no cue of the future to it, "could" is);
    which way is unknown, so the report tells no date. On the page's own day it is that day
    either way."""
    said = event.date_text
    if event.date_how != "relative" or not said or not event.date or not published:
        return False
    if not _weekday().search(said) or days_between(published, event.date) in (0, None):
        return False
    text = event.text
    for at in said_at(event):
        modals = list(_possibility().finditer(text, max(0, at - _WINDOW), at))
        if modals and _clause_ends().search(text, modals[-1].end(), at) is None:
            return True
    return False


@cache
def _future() -> re.Pattern[str]:
    """A modal of the future ([future modals] of commands/timeline_entries.txt), lower case ("Will"
    opens a question), not the noun ("the will of the people")."""
    return re.compile(rf"(?:\b|(?=['’]))(?:{section_words('future modals')})\b(?!\s+of\b)")


@cache
def _intention() -> re.Pattern[str]:
    """A word of intention ([intention verbs]) before "to" and a verb, not a thing ("agreed to
    meet", not "agreed to the plan", "due to the storm")."""
    return re.compile(
        rf"\b(?:{section_words('intention verbs')})\s+to\s+"
        r"(?!(?:the|an?|its|his|her|their|this|that|these|those)\b)[a-z]"
    )


@cache
def _plan_word() -> re.Pattern[str]:
    """Right before the date, a plan's word ([plan words]): "a planned Thursday briefing"."""
    return re.compile(rf"\b(?:{section_words('plan words')})\s+(?:on\s+|the\s+)?\Z")


@cache
def _plan_clause_ends() -> re.Pattern[str]:
    """What ends the clause a modal of the future or a word of intention opens before the date:
    what ends a modal's of possibility (_clause_ends: a mark, a reporting verb), or a word
    opening a clause of its own ([clause openers]: "will investigate the attack that killed 20
    on Friday")."""
    return re.compile(rf"{_clause_ends().pattern}|\b(?:{section_words('clause openers')})\b")


def a_plan(event: event_store.EventRow, published: str | None) -> bool:
    """The date is a plan's, said before it came: inside a clause of the future opened before it
    ("President Nicolas Sarkozy will convene a summit Saturday" on the Saturday's page, written
    the day before; "we will attack Ghezaia tomorrow"), or right after a plan's word ("at a
    planned Thursday briefing"), the date not before its page (a past date there is a thing's:
    "the planned Friday protest went ahead" on the Saturday); or inside a clause of intention
    ("have agreed to meet with Suleiman on Saturday"), the date after its page. The report tells
    what is to be done, not that it was: told last, and for a place never (commands/
    timeline_entries.py), as only_planned's. A date said as whose a thing is ("will investigate
    Sunday's attack") is the thing's."""
    said = event.date_text
    gap = _days_after_page(event, published)
    if gap is None or gap < 0:
        return False
    text = event.text
    for at in said_at(event):
        if _NOT_WHOSE.match(text, at + len(said)) is None:
            continue
        start = max(0, at - _WINDOW)
        if _plan_word().search(text, start, at) is not None:
            return True
        cues = list(_future().finditer(text, start, at))
        if gap > 0:
            cues += _intention().finditer(text, start, at)
        if any(_plan_clause_ends().search(text, c.end(), at) is None for c in cues):
            return True
    return False


def _past_schedule_words() -> str:
    """A schedule said in the past ([a past schedule]) before a verb, as a pattern's source,
    read by _past_schedule and _before_a_past_schedule: "was scheduled to head"."""
    return rf"(?:{section_words('a past schedule')})\s+[a-z]"


@cache
def _past_schedule() -> re.Pattern[str]:
    """A schedule said in the past, from a word's start (_past_schedule_words)."""
    return re.compile(rf"\b{_past_schedule_words()}")


@cache
def _before_a_past_schedule() -> re.Pattern[str]:
    """After a fronted date's words, its clause's subject and a schedule said in the past: a
    comma or none, up to eight words of the clause's own (_own_word: no stop, no word of
    telling, none opening a clause of its own) and the schedule (_past_schedule): " South
    African President Jacob Zuma was scheduled to head"."""
    return re.compile(rf",?(?:\s+{_own_word()}){{0,8}}?\s+{_past_schedule_words()}")


def in_a_cued_clause(
    event: event_store.EventRow, right_after: re.Pattern[str], cue: re.Pattern[str]
) -> bool:
    """Whether the date's words, somewhere in the sentence and not as whose a thing is, stand
    right before right_after (matched at their end) or in the clause a cue opens before them
    (within _WINDOW, no clause's end between: _plan_clause_ends): a past schedule's
    (a_past_schedules_day) or a forecast's (a_forecast)."""
    said, text = event.date_text, event.text
    for at in said_at(event):
        end = at + len(said)
        if _NOT_WHOSE.match(text, end) is None:
            continue
        if right_after.match(text, end) is not None:
            return True
        cues = cue.finditer(text, max(0, at - _WINDOW), at)
        if any(_plan_clause_ends().search(text, c.end(), at) is None for c in cues):
            return True
    return False


def a_past_schedules_day(event: event_store.EventRow, published: str | None) -> bool:
    """A day said by its weekday, after its page (published), in the clause of a schedule said
    in the past ([a past schedule]), after the date ("On Sunday Dannet was scheduled to head to
    Veshnar") or before it ("Dannet was due to arrive in Veshnar on Sunday"). Said on a Monday,
    the Sunday is the one before, a schedule already past, or, the telling's past carried into
    what it reports, the one after, a plan still to come: the store read the weekday forward,
    and either way the report tells no event of that day (a plan's at best), so it is no entry
    of any subject, as a_possible_day's. A date on the page's own day or before it ("was due to
    arrive on Friday" on a Saturday page), a date with its month and a schedule said in the
    present ("is scheduled to", a plan: a_plan) are not judged here."""
    said = event.date_text
    if event.date_how != "relative" or not said or not _weekday().search(said):
        return False
    gap = _days_after_page(event, published)
    if gap is None or gap < 1:
        return False
    return in_a_cued_clause(event, _before_a_past_schedule(), _past_schedule())


@cache
def _forecast_adverb() -> re.Pattern[str]:
    """A word of forecast ([forecast words] of commands/timeline_entries.txt) said as an adverb,
    not before "to" ("will likely continue", not "is likely to meet", which says a plan)."""
    return re.compile(rf"\b(?:{section_words('forecast words')})\b(?!\s+to\b)")


@cache
def _forecast_after() -> re.Pattern[str]:
    """Right after the date, a word of forecast and "to": "voters on Sunday expected to keep"."""
    return re.compile(
        rf"\s+(?:(?:is|are|was|were)\s+)?(?:{section_words('forecast words')})\s+to\b"
    )


def a_forecast(event: event_store.EventRow, published: str | None) -> bool:
    """The date is a forecast's, after its page: inside a clause a word of forecast opens as an
    adverb before it ("Discussions will likely continue at a planned Thursday briefing" on a
    Sunday page), or right before such a word and "to" ("With voters on Sunday expected to keep
    the party in office" on a Monday page). A forecast guesses at a day to come: the report
    tells neither that anything happened that day nor that anything was decided for it (a
    plan's, a_plan), and a forecast that came true has its own reports, so it is no entry of
    any subject. A date on or before its page ("the talks that probably began on Friday")
    is a past one's, not judged here."""
    gap = _days_after_page(event, published)
    if gap is None or gap < 1:
        return False
    return in_a_cued_clause(event, _forecast_after(), _forecast_adverb())


@cache
def _time_given() -> re.Pattern[str]:
    """Before the date, a word giving time ([time givers] of commands/timeline_entries.txt) and,
    in its clause, "until" or "till": "gives forces in Sirte and other towns until", "has until
    the end of"."""
    return re.compile(
        rf"\b(?:{section_words('time givers')})\b[^.;:()\"“”]{{0,{_WINDOW}}}?\s"
        r"(?:until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?\Z"
    )


# after an ultimatum's day, what is to be done by then: "to surrender", not "to the council"
_TO_DO = re.compile(r"\s+to\s+(?!(?:the|an?|its|his|her|their|this|that|these|those)\b)[a-z]")


def an_ultimatums_day(event: event_store.EventRow, published: str | None) -> bool:
    """The date is the end of the time someone is given to do a thing ("Jalil gives pro-Gaddafi
    forces in Sirte and other towns until September 3 to surrender" on a page of 30 August),
    after its page: an ultimatum's or a deadline's last day, which had not come when the
    sentence was written, so it tells nothing done that day (what is done by then, or that the
    day passed, other reports tell) and the report is no entry of any subject. A deadline
    already past its page ("The council had given the towns until Saturday to surrender" on
    the Sunday) is told as before: the day an ultimatum ran out may be its giver's event. A
    day something waited until ("waited until Friday to announce the deaths") is the thing's."""
    gap = _days_after_page(event, published)
    return gap is not None and gap >= 1 and _around(event, _time_given(), _TO_DO)


@cache
def _called_off() -> re.Pattern[str]:
    """A word saying a plan was called off or put back ([calling off])."""
    return re.compile(rf"\b(?:{section_words('calling off')})\b")


def a_plan_called_off(event: event_store.EventRow) -> bool:
    """The date is a plan's day, right after a plan's word ("a visit that had been set for
    Sunday", "a visit to Moscow scheduled for April 10"), and the sentence says before it that
    the plan was called off or put back ("Erdogan delayed a visit that had been set for
    Sunday"): nothing happened that day, and the calling off was on another, so the report is
    no entry of any subject, however far the day lies from its page. A plan that went ahead
    ("the summit set for Sunday opened") and a thing called off on the day ("Friday prayers
    were called off on Friday") are not judged here."""
    said, text = event.date_text, event.text
    for at in said_at(event):
        start = max(0, at - _WINDOW)
        plan = _plan_word().search(text, start, at)
        if (
            plan is not None
            and _NOT_WHOSE.match(text, at + len(said)) is not None
            and _called_off().search(text, start, plan.start()) is not None
        ):
            return True
    return False


@cache
def _reported_plan() -> re.Pattern[str]:
    """Before the date's words, a reported clause of an act to come that they close: a verb of
    telling in the past ([a reported plan's telling]), up to eight words with no stop (its
    object, its day, "that", the clause's subject), what is to come ([a reported plan's
    future], [future modals], a word of [intention verbs] and "to", or an auxiliary of [a
    reported plan's progressive] and a verb in "-ing") and one to sixteen words with no stop,
    no word of telling and no word opening a clause of its own (_plan_clause_ends: "would
    abide by a deal that was signed on "): "announced that he was sending Foreign Minister
    Ahmet Davutoglu to Damascus on ", "told Reuters after the meeting that he would head to
    Tripoli on "."""
    word = rf"(?![\"“”]){_clause_word()}"
    telling = section_words("a reported plan's telling")
    return re.compile(
        rf"\b(?:{telling})\s+(?:{word}\s+){{0,8}}?(?:{_to_come()})\s+(?:{_own_word()}\s+){{1,16}}?\Z"
    )


def _own_word() -> str:
    """A word of a plan's clause after its cue: no stop, no word of telling, no quote mark and
    no word opening a clause of its own ([clause openers], as _plan_clause_ends) but one of [a
    plan's gerund openers] before a verb in "-ing", whose clause is the plan's ("will visit
    Libya after attending the inauguration on ")."""
    openers = section_words("a plan's gerund openers")
    gerund = rf"(?:{openers})\s+[a-z]{{2,}}ing\b"
    return rf"(?!(?!{gerund})(?:{section_words('clause openers')})\b)(?![\"“”]){_clause_word()}"


def _to_come() -> str:
    """What a clause says is to come: [a reported plan's future], [future modals], a word of
    [intention verbs] and "to", or an auxiliary of [a reported plan's progressive] and a verb
    in "-ing"."""
    future = "|".join(section_words(s) for s in ("a reported plan's future", "future modals"))
    intention = section_words("intention verbs")
    progressive = section_words("a reported plan's progressive")
    return rf"(?:{future})|(?:{intention})\s+to|(?:{progressive})\s+[a-z]{{2,}}ing"


@cache
def _plan_before_a_telling() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause of an act to come the date closes (_to_come and one to sixteen words of its
    own: "will also travel to Louisiana on "), and after the date (no noun it labels:
    not_a_things_date), up to twelve more words of it with no stop, a comma, up to five words
    of a subject opening no clause of its own ("the White House", "officials", none at all in
    "said Orvel Tamsin") and a verb of telling in the past ([a reported plan's telling]):
    ", the White House said"."""
    telling = section_words("a reported plan's telling")
    subject = (
        r"(?!(?:and|but|or|nor|so|yet|then|while|as|which|who|that|when|where|after|before|if"
        r"|because|though|although)\b)[^\s,;:()\u2013\u2014]+"
    )
    before = re.compile(rf"\b(?:{_to_come()})\s+(?:{_own_word()}\s+){{1,16}}?\Z")
    after = re.compile(
        rf"{not_a_things_date().pattern}(?:\s+{_clause_word()}){{0,12}}?\s*,\s+"
        rf"(?:{subject}\s+){{0,5}}?"
        rf"(?:{telling})\b"
    )
    return before, after


def a_reported_plan(event: event_store.EventRow, published: str | None) -> bool:
    """The date, after its page (published), closes a clause a verb of telling in the past
    reports of an act to come (_reported_plan: "He announced that he was sending Foreign
    Minister Ahmet Davutoglu to Damascus on Tuesday" on a page of the Monday, "Protesters said
    Monday that they were organizing a march for Tuesday", "al-Khatib told Reuters that he
    would head to Tripoli on Tuesday"), or that one told after it, past a comma and its subject,
    reports (_plan_before_a_telling: "Obama will also travel to Louisiana on Friday, the White
    House said" on a page of the Wednesday). The sentence's act is the telling, done on or before
    the page's day, and the date is the plan's, which had not come when it was written: the
    report tells no event of that day, and whether the plan went ahead other reports tell (a
    visit made has its own: "the meeting with Mr Davutoglu in Damascus on Tuesday"), so it is
    no entry of any subject. A plan told without a telling ("Dannet will travel to Veshnar on
    Tuesday") is a_plan's, told last; a date on or before the page's day is the telling's or an
    act going on ("activists said troops were shelling the town on Monday") or a thing done
    ("Dannet arrived on Friday, officials said"), not read; a date
    said as whose a thing is ("said he would attend Tuesday's talks") or as the label of the noun
    after it ("will invite opposition figures to July 10 talks") is the thing's."""
    gap = _days_after_page(event, published)
    if gap is None or gap < 1:
        return False
    before, after = _plan_before_a_telling()
    thing = not_a_things_date()
    return _date_inside(event, (_reported_plan(), thing, 0), (before, after, 0)) is not None


@cache
def not_a_things_date() -> re.Pattern[str]:
    """After the date's words, neither whose a thing is ("Tuesday's talks") nor a noun it
    labels ([a date's nouns]: "to July 10 talks", "the Aug. 14 vote"): such a date names the
    thing by its day and is the thing's."""
    nouns = section_words("a date's nouns")
    return re.compile(rf"(?![\w'’])(?!\s+(?:{nouns})\b)")


def says_its_precision(event: event_store.EventRow) -> bool:
    """A report of a day says a day: one the store dated to a day by words naming a period
    ("the last month", "that week"; commands/timeline_entries.txt) tells no day."""
    return not (
        event.precision == "day"
        and section_pattern("period words").match(" ".join(event.date_text.split())) is not None
    )


@cache
def entry_sections() -> dict[str, tuple[str, ...]]:
    """The sections of commands/timeline_entries.txt: words and patterns by name."""
    return text_sections("commands", "timeline_entries.txt")


@cache
def section_pattern(section: str, flags: int = 0) -> re.Pattern[str]:
    """The patterns of a section of commands/timeline_entries.txt as one alternation (one that
    never matches when it is empty), a shape of text/clutter.txt named in braces ("{OUTLET}")
    spelled out (clutter_shape)."""
    patterns = entry_sections().get(section, ())
    return _alternation(
        [_SHAPE_NAME.sub(lambda m: clutter_shape(m.group(1)), p) for p in patterns], flags
    )


def _alternation(patterns: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """The patterns as one alternation, each in its own group (one that never matches when
    there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


@cache
def _split_pattern(section: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The section's patterns as two alternations: those anchored at the text's start ("^"),
    tried there alone, and the others, searched for. One alternation of both tried every
    anchored pattern at every place in the text, where it cannot match."""
    patterns = entry_sections().get(section, ())
    anchored = [p for p in patterns if _anchored(p)]
    others = [p for p in patterns if not _anchored(p)]
    return _alternation(anchored), _alternation(others)


def _anchored(pattern: str) -> bool:
    """Whether a pattern can match only at the text's start: it opens with "^" and has no
    alternative ("|") outside its groups and character sets ("^A|B" matches B anywhere)."""
    return pattern.startswith("^") and not alternation_at_top(pattern)


def transcript_labels() -> tuple[str, ...]:
    """Words only a broadcast transcript's speaker labels hold (commands/timeline_entries.txt)."""
    return entry_sections().get("transcript labels", ())


def cut_at_its_start(text: str) -> bool:
    """The sentence lost its beginning: it opens with a content word in lower case ("fighting
    intensively against the Syrian regime in Idlib and Aleppo DAESH said on Monday ...",
    "covering a demonstration died Friday"; FA-KES and Timeline17 pages). A clause an event
    was cut from its sentence at opens with a function word (text/stopwords.txt: "on Saturday,
    5 August 2017, they shelled ...", "of 15 July, the total cost ..."), and a name particle
    opens prose in lower case ([name particles]: "de Mistura said", "bin Laden"): neither is
    judged here."""
    first = _FIRST_WORD.match(text)
    return (
        first is not None
        and first.group(1) not in stopwords()
        and first.group(1) not in _name_particles()
    )


@cache
def _name_particles() -> frozenset[str]:
    """The particles opening a name in lower case ([name particles])."""
    return frozenset(entry_sections().get("name particles", ()))


def is_unreliable(text: str) -> bool:
    """A report no entry is told by (commands/timeline_entries.txt): a live blog's update,
    opening with its stamp, whose weekdays were resolved against the day the blog was opened,
    a broadcast transcript's fragment, or page furniture extract/sentence_kinds.txt misses."""
    stamp = section_pattern("update stamp").search(text, 0, STAMP_OPENING + 80)
    return (
        (stamp is not None and stamp.start() <= STAMP_OPENING)
        or section_pattern("transcript").search(text) is not None
        or _split_pattern("furniture")[0].match(text) is not None
        or _split_pattern("furniture")[1].search(text) is not None
        or cut_at_its_start(text)
    )


def refers_back(text: str) -> bool:
    """The sentence leans on the one before: an opening extract/sentence_kinds.py knows ("It",
    "The city"), or a person's pronoun before anyone is named ("crowds calling for his ouster
    grew", commands/timeline_entries.txt)."""
    return leans_on_previous(text) or section_pattern("refers back").search(text) is not None


@cache
def _taken_up() -> re.Pattern[str]:
    """The "the <noun>" of a noun of [taken up nouns] not followed by a word of [not taken up
    before] (commands/timeline_entries.txt); the noun is group 1."""
    noun, qualified = section_words("taken up nouns"), section_words("not taken up before")
    return re.compile(rf"\b[Tt]he\s+({noun})\b(?!\s+(?:{qualified})\b)")


def may_take_up(text: str) -> bool:
    """The sentence holds "the <noun>" of [taken up nouns]: whether takes_up_from_before can
    hold, asked before the article is read for the sentence before."""
    return _taken_up().search(text) is not None


def takes_up_from_before(text: str, before: str) -> bool:
    """The sentence names an event or act of the sentence before by its noun alone ("... both
    reported the late June attacks in Hasakeh province. The YPG said the attacks occurred on
    June 28"): the sentence before holds the noun, and the sentence does not name it before
    "the <noun>" ("Attacks on Orsk went on; the attacks ..." reads alone). Which attacks,
    the sentence before says."""
    for found in _taken_up().finditer(text):
        noun = _noun(found.group(1))
        if noun.search(text, 0, found.start()) is None and noun.search(before) is not None:
            return True
    return False


@cache
def _taken_up_thing() -> re.Pattern[str]:
    """A word of [taking-up determiners] and the lower-case word after it, not followed by a
    word of [not taken up before] (commands/timeline_entries.txt); the word is group 1."""
    determiners, qualified = (
        section_words("taking-up determiners"),
        section_words("not taken up before"),
    )
    return re.compile(
        rf"\b(?i:{determiners})\s+([a-z][a-z-]{{2,}})\b(?![-'’])(?!\s+(?:{qualified})\b)"
    )


def _forms(word: str) -> str:
    """A noun's singular and plural as one alternation ("body", "bodies"; "day", "days";
    "crew", "crews"; "process", "processes"): "-ies" for "-y" only after a consonant ("convoys"
    is convoy's), a word ending in "ss" no plural of a word without its "s", and a noun of
    [same in both numbers] ("news", "series") as it is."""
    if word in _same_in_both_numbers():
        return re.escape(word)
    if word.endswith("ss"):
        stem = word
    elif word.endswith("ies") and _after_a_consonant(word, 3):
        stem = word[:-3] + "y"
    else:
        stem = word.removesuffix("s")
    if stem.endswith("ss"):
        plural = stem + "es"
    elif stem.endswith("y") and _after_a_consonant(stem, 1):
        plural = stem[:-1] + "ies"
    else:
        plural = stem + "s"
    return f"{re.escape(stem)}|{re.escape(plural)}"


@cache
def _same_in_both_numbers() -> frozenset[str]:
    """The nouns of [same in both numbers] (commands/timeline_entries.txt)."""
    return frozenset(entry_sections().get("same in both numbers", ()))


def _after_a_consonant(word: str, ending: int) -> bool:
    """Whether the letter before the word's last ending letters is a consonant ("bod|y",
    not "da|y")."""
    before = word[-ending - 1 : -ending]
    return before.isalpha() and before not in "aeiou"


def may_take_up_a_thing(text: str) -> bool:
    """The sentence holds a word of [taking-up determiners] before a lower-case word: whether
    takes_up_a_named_thing can hold, asked before the article is read for the sentence before."""
    return _taken_up_thing().search(text) is not None


def takes_up_a_named_thing(text: str, before: str) -> bool:
    """The sentence names a thing of the sentence before by its noun alone ("after the
    disaster", "such raids", "the recovery of more bodies") where the sentence before says
    which one it is by a name or a number right before the noun ("the Orsk disaster", "26
    bodies have been recovered"): which thing, only the sentence before says. The noun named
    before in the sentence itself ("A Velm flood struck; the flood ..."), said which right
    after it ("the disaster at Orsk", [not taken up before]), or with no name or number before
    it in the sentence before ("a disaster struck") reads alone, or leans on no one thing.
    takes_up_from_before reads the event nouns of [taken up nouns] named any way."""
    for found in _taken_up_thing().finditer(text):
        forms = _forms(found.group(1))
        if re.search(rf"\b(?i:{forms})\b", text[: found.start()]):
            continue
        # after a name (a capitalised word that does not open the sentence) or a number
        if re.search(rf"(?<=\S)\s+(?:[A-Z][\w'’-]*|\d[\d,.]*)\s+(?:{forms})\b", before):
            return True
    return False


@cache
def _noun(noun: str) -> re.Pattern[str]:
    """A noun of [taken up nouns] as a whole word in any case, any run of spaces between its
    words (the nouns are few: each compiled once)."""
    spelled = r"\s+".join(re.escape(w) for w in noun.split())
    return re.compile(rf"\b{spelled}\b", re.I)


@cache
def _place_pointer() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the word "there", or "that", "these" or "those" and a noun of [pointed places], a word
    of [not a place's there before] ending the text before "there", which makes it no pointer)
    (commands/timeline_entries.txt). The word before is asked apart: an optional group before
    the pointer had the search try it at every place in the text."""
    nouns = section_words("pointed places")
    before = section_words("not a place's there before")
    after = section_words("not a place's there after")
    pointer = re.compile(
        rf"\b(?:[Tt]here\b(?![\s,\"“”]+(?:{after})\b)(?!['’]s\b)"
        # "that" before a plural is a conjunction ("said that areas near ... fell")
        rf"|(?:[Tt]hat\s+(?![\w-]+s\b)|[Tt]hese\s+|[Tt]hose\s+)(?:{nouns})\b)"
    )
    return pointer, re.compile(rf"\b(?:{before})\s+\Z")


@cache
def _place_phrase() -> re.Pattern[str]:
    """A place named by a phrase: a word of [place phrase prepositions] before a capitalised
    word ("in Misrata", "near the Orsk road") or before a noun of [pointed places] ("in the
    city", "near a small town")."""
    prepositions, nouns = (
        section_words("place phrase prepositions"),
        section_words("pointed places"),
    )
    return re.compile(
        rf"\b(?:{prepositions})\s+(?:the\s+)?[A-Z]"
        rf"|\b(?:{prepositions})\s+(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){{0,2}}(?:{nouns})\b"
    )


def points_to_a_place(text: str) -> int | None:
    """Where the sentence points back to a place it does not name before ("a joint search
    there", "fighters had captured those villages", "The CNN team there"): the offset of
    "there" or of the demonstrative, None when there is no such word or a phrase before it
    names a place ("in Misrata ... on the streets there"). Which place, the sentence before
    most often says ("In Tripoli on Sunday, ..."). "There is", "is there" and "out there"
    point nowhere."""
    pointer, not_after = _place_pointer()
    for found in pointer.finditer(text):
        if not_after.search(text, max(0, found.start() - POINTER_LOOKBACK), found.start()):
            continue  # "is there", "out there"
        return None if _place_phrase().search(text, 0, found.start()) else found.start()
    return None


def leaves_unsaid(text: str) -> bool:
    """The sentence says of a thing only that it is under consideration ("to discuss a variety
    of measures under consideration"): what it is, the sentence before says ([unsaid what],
    commands/timeline_entries.txt)."""
    return section_pattern("unsaid what").search(text) is not None


_SHAPE_NAME = re.compile(r"\{([A-Z]+)\}")


@cache
def _weekday() -> re.Pattern[str]:
    """A weekday's name: the WEEKDAY shape of text/clutter.txt."""
    return re.compile(rf"\b{clutter_shape('WEEKDAY')}\b")


@cache
def _place_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the place named at all, the place named only as a landmark) for a place's names."""
    place = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    named = re.compile(rf"\b{place}\b")
    bounded = place + r"\b"
    landmark = "|".join(
        "(?:" + p.replace("{place}", bounded) + ")" for p in entry_sections().get("landmark", ())
    )
    return named, re.compile(landmark or r"(?!)")


@cache
def _subordinate() -> re.Pattern[str]:
    """A word of [subordinate openers] of commands/timeline_entries.txt, a whole word: it opens
    a clause that tells another time or thing than the sentence's own ("... as they did when
    they captured the capital Tripoli on August 23")."""
    return re.compile(rf"\b(?:{section_words('subordinate openers')})\b")


# a relative clause describing the name right before it ("Latakia, where the military deployed
# three months ago,"): that name's clause
_DESCRIBES = re.compile(r"(?:where|which)\b")
# where such a clause ends: a comma or semicolon not followed by a list's next name ("near
# Tripoli, Misrata and Ajdabiya", "in Tucson, Arizona")
_CLAUSE_STOP = re.compile(r"[;:]|,(?!\s+(?:[A-Z]|and\b|or\b))")


def dated_clause(event: event_store.EventRow) -> tuple[int, int] | None:
    """The span in the report of the clause holding the date's words, when that clause is a
    subordinate or relative one ("when they captured the capital Tripoli on August 23 ...",
    ", which seized Tripoli on August 23,"): from its opening word to the comma that ends it,
    or the sentence's end. None when the date's words are in the main clause, or right after
    the opening word ("spoke in Benghazi after Friday prayers": the main clause's time)."""
    said, text = event.date_text, event.text
    at = text.find(said) if said else -1
    if at < 0:
        return None
    found = list(_subordinate().finditer(text, 0, at))
    if not found or not text[found[-1].end() : at].strip():
        return None
    start = found[-1].start()
    if _CLAUSE_STOP.search(text, start, at) is not None:
        return None
    stop = _CLAUSE_STOP.search(text, at + len(said))
    return start, stop.start() if stop is not None else len(text)


def told_of_elsewhere(
    event: event_store.EventRow, names: Sequence[str], others: Sequence[str]
) -> bool:
    """For a place (names), the date's words sit in a subordinate or relative clause of their
    own (dated_clause) that names another of the report's places (others) and not the place,
    which the sentence names outside that clause: "Most of the forces attacking Sirte are from
    other towns ... as they did when they captured the capital Tripoli on August 23" and "NTC
    forces, which seized Tripoli on August 23, ... were edging towards Sirte" tell Tripoli's
    day, not Sirte's. A clause opened by "where" or "which" right after another place's name
    and a comma is that place's too, whatever it names ("Syria's principal port of Latakia,
    where the military deployed three months ago, has been hit hard along with Tartous"); one
    opened by "where" after any other word is no other place's by what it names ("Tartous,
    where troops from Latakia arrived on Friday": the place's own)."""
    clause = dated_clause(event)
    if clause is None or not names:
        return False
    start, end = clause
    named, _ = _place_patterns(tuple(names))
    text = event.text
    if named.search(text, start, end) is not None or not (
        named.search(text, 0, start) or named.search(text, end)
    ):
        return False
    other = [o for o in others if o and named.fullmatch(o) is None]
    if _DESCRIBES.match(text, start) is not None:
        before = text[max(0, start - _WINDOW) : start]
        if any(re.search(rf"\b{re.escape(o)}\s*,\s*\Z", before) for o in other):
            return True
        if text.startswith("where", start):
            return False
    # the date's own words are not a place ("in March 2004": a town called March)
    at = text.find(event.date_text, start)
    words = text[start:at] + " " + text[at + len(event.date_text) : end]
    return any(re.search(rf"\b{re.escape(o)}\b", words) for o in other)


@cache
def _background() -> re.Pattern[str]:
    """A word of [background openers] of commands/timeline_entries.txt, a whole word: it opens a
    clause of background about a name ("Hama, a northern city where in 1982 the forces ... put
    down an uprising by the Muslim Brotherhood")."""
    return re.compile(rf"\b(?:{section_words('background openers')})\b")


_PART_STOP = re.compile(r"[;:]")
# a year said as the time of what the clause tells ("in 1982", "since March 2003", "between 1994
# and"), not a thing's ("the 1988 bombing", "Resolution 1973")
_A_YEAR = re.compile(
    r"\b(?:in|since|until|from|during|between|by)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?((?:1[89]|20)\d\d)\b"
)


def named_only_in_another_year(event: event_store.EventRow, names: Sequence[str]) -> bool:
    """The sentence names the subject (one of names) only inside subordinate or relative
    clauses that say another year than the report's date, the date's words being outside
    them: "There were also protests on Friday in Damascus and in Hama, a northern city where in
    1982 the forces of Hafez al-Assad ... put down an armed uprising by the Islamist Muslim
    Brotherhood" tells nothing the Brotherhood did that Friday; its part is 1982's. A sentence
    that does not name the subject (carried to it by the subject's scope) is not judged here."""
    if not names or not event.date:
        return False
    named = _place_patterns(tuple(names))[0]
    text, year = event.text, event.date[:4]
    said = text.find(event.date_text) if event.date_text else -1
    found = list(named.finditer(text))
    if not found:
        return False
    for match in found:
        openers = list(_background().finditer(text, 0, match.start()))
        if not openers:
            return False
        start = openers[-1].start()
        # after the date's words, the clause runs on to the sentence's end (commas set apart
        # only its own asides: "where in 1982 the forces of Hafez al-Assad, Bashar's father,
        # killed thousands ..."); before them, the main clause goes on after its comma ("NTC
        # forces, which seized Tripoli in 2011, attacked Sirte on Monday")
        stops = _PART_STOP if 0 <= said < start else _CLAUSE_STOP
        if stops.search(text, start, match.start()) is not None:
            return False
        stop = stops.search(text, match.end())
        end = stop.start() if stop is not None else len(text)
        years = {y.group(1) for y in _A_YEAR.finditer(text, start, end)}
        if not years or year in years or start <= said < end:
            return False
    return True


def lead_names_only_as_landmark(lead: Sequence[str], names: Sequence[str]) -> bool:
    """The lead sentences of an article (lead) name the place (names), and only as a landmark:
    "... which Washington blames on Damascus" makes no article about Damascus, so the article
    lends the place none of its events (scope level 2, extract/scope.py). A lead that names it
    by none of these names (another spelling, found at ingest by the gazetteer) is not judged."""
    named = _place_patterns(tuple(names))[0]
    naming = [s for s in lead if named.search(s)]
    return bool(naming) and all(only_a_landmark(s, names) for s in naming)


def only_a_landmark(text: str, names: Sequence[str]) -> bool:
    """The sentence names the place (one of names) only to say where something else is ("tanks
    entered the city, 400 km northeast of Damascus"): the event is not the place's. A sentence
    that does not name it (carried to it by the subject's scope) is not judged here."""
    if not names:
        return False
    named, landmark = _place_patterns(tuple(names))
    return named.search(text) is not None and named.search(landmark.sub(" ", text)) is None
