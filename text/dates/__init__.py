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
  ("that year", "a year later") resolved from the previous date; a yearless day+month that
  continues a story told in a past year ("arrived on June 10 1996 ... On June 22" in a 2005
  article is 1996-06-22) or takes the year of the same month's last day stated before it
  ("opinion of March 18 2003 ... his view until March 7" in a 2005 article is 2003-03-07),
  unless that day lies more than 12 years before the page's or the text has stated, since,
  a day more than two months after the one it would give (a chronology run on);
  or a weekday contradicting the date the publication date gives
  (the date is kept and the confidence lowered: the weekday is evidence, not an instruction
  to move the date);
- "unresolved": value None; a relative expression with nothing to anchor it. A date is never
  invented and the clock is never read.

Rules for underspecified dates: a day+month within 1,500 characters after a day of a past year
the text states (or counts from one stated), from a week before that day to two months after
it, takes that year (resolution.py's narrative_day); otherwise a day+month or a bare month
takes the year that puts it nearest the publication date, counting days after publication
double (news reports mostly the past), six times when the nearest tense marker of its clause is
past ("fell", "was"), and days before publication four times when it is future ("will", "is
scheduled to"). Its clause may point it further (context.py's month_tense): after "since" it
lies on or before the publication month ("his first since February", even after "will"); after
a scheduled event told in the present ("before his term ends in September", "is expected in
March") from the publication month on, a month other than it not being now; after "by", "until"
or "before" with no tense marker in its sentence it is future. A bare weekday is the
publication day itself, else the nearest such day before it, or after it in a future clause
(its cues read with modals and plans besides: "could", "as early as"; a call with an
infinitive: "called for its followers to demonstrate on Friday"); a past event's possessive
looks back ("Tuesday's protests", even after "would"), one with a plan word takes the nearer
day ("Friday's planned protests"), and the day after publication is that day in any clause but
those (a story's local day runs ahead of the date kept), except a past act's when nothing in the
text shows its day runs ahead of the page's: it lies a week back (day_after.py). Anaphors
("that year", "a year later", "the year-ago quarter") count from the previous date in the text;
"a year ago" right after a quarter is that quarter a year back, as TimeML annotates comparisons.

Spans follow TimeML: no prepositions ("in 2014" gives "2014"), with determiners and
modifiers ("the late 1970s", "nearly two years ago", "the end of 1990").

How it runs fast: a cheap pass finds heads (month and weekday names, year-like numbers,
calendar words); one compiled alternation of any-case word tries then runs only in a short
window around each head; short anchored patterns take in modifiers before a match; context
words veto false friends ("may have", "Sunday Times", "2000 troops", "Resolution 2254",
"April 7th Street").
The rules are data: rules.txt (patterns over named sub-patterns, examples, resolver names);
word lists and normalisation tables are lexicon.json and context.json, all beside this module.

The package: rules.txt and rules.py (the rules), lexicon.py (the tables), grammar.py (the
rules compiled into one scanner), scan.py (the scan loop), resolvers.py with resolve_*.py (one
function per rule), resolution.py (state and shared helpers), points.py (calendar values),
context.py (words around a mention, tense), spans.py (modifiers taken into a span).
"""

from __future__ import annotations

from datetime import timedelta

from text.dates.context import tense_of
from text.dates.points import DateMention, parse_published
from text.dates.scan import Words, evidence_bound, scan

__all__ = ["DateMention", "infer_publication_date", "tag_dates"]


def tag_dates(
    text: str, published: str | None = None, words: Words | None = None
) -> list[DateMention]:
    """Date mentions in text order, non-overlapping, resolved against `published`.

    `published` is an ISO prefix ("2017", "2017-08" or "2017-08-07") or None; without it,
    explicit dates keep their values and relative ones come back unresolved. `words`: the
    text's word tokens (extract/name_tokens.py), when the caller has them: the same mentions
    are found sooner.
    """
    anchor = parse_published(published)
    mentions = []
    for found in scan(text, anchor, words):
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
    found_all = scan(text, None)
    bound = evidence_bound(found_all, text)
    pinned = [
        f.point
        for f in found_all
        if f.pin is not None
        and f.point is not None
        and tense_of(text, f.start, f.end) == "past"  # "is repeated on Monday 23 August": no
    ]
    if pinned:
        latest = max(pinned, key=lambda p: p.first_day())
        if bound is None or latest.first_day() >= bound - timedelta(days=7):
            return latest.value, "inferred"
    if bound is None:
        return None
    return f"{bound.year:04d}", "inferred"
