"""A factbox's or key-points box's items run into one sentence by a flattened page: "* NATO
said key targets hit on Monday included: -- three tanks, one armed vehicle and one military
vehicle near Zawiyah -- one military storage facility near Al Khums -- four multiple rocket
launchers ..." (Timeline17 Libya, Reuters). Each item is a report of its own; the run is no
sentence a timeline can show, whatever date it holds (another report of the date is told
instead).

A list is told by its marks, not by its commas: prose lists its items with commas and "and"
("tanks, rocket launchers and a depot"), and sets an aside between two dashes ("President
Varn -- in power since 1981 -- said"). A run is a list where LIST_ITEMS items or more open
with the same mark (commands/timeline_entries.txt's [list item marks]), counted from the
sentence's opening mark or from the first mark right after a colon ending a list's lead
([list leads]: "included:"); an opening mark alone, then an aside's two dashes, is no list,
and a sentence opening with a dash ([aside marks]) opens no list by it: "-- The best thing
about this place -- where ... -- used to be" is an aside in prose.
"""

from __future__ import annotations

import re
from functools import cache

from commands.timeline_reports import section_words

LIST_ITEMS = 3  # two dashes are as often an aside's pair as two items


@cache
def _starts() -> tuple[re.Pattern[str], ...]:
    """Where a list's first mark stands: opening the sentence (a bullet, not a dash prose
    sets an aside between: [aside marks]), or right after "included:"."""
    mark = rf"(?P<mark>{section_words('list item marks')})(?!\S)"
    aside = rf"(?:{section_words('aside marks')})(?!\S)"
    return (
        re.compile(rf"\A\s*(?!{aside}){mark}"),
        re.compile(rf"\b(?:{section_words('list leads')}):\s+{mark}", re.IGNORECASE),
    )


@cache
def _standing_alone(mark: str) -> re.Pattern[str]:
    """The mark as one standing alone: no word run into it on either side."""
    return re.compile(rf"(?<!\S){re.escape(mark)}(?!\S)")


def a_list_dump(text: str) -> bool:
    """Whether the sentence is a list's items run together: LIST_ITEMS marks or more of one
    kind, each standing alone, from the sentence's opening mark or from the mark right after a
    list's lead and its colon."""
    for start in _starts():
        for found in start.finditer(text):
            mark = _standing_alone(found.group("mark"))
            if len(mark.findall(text, found.start("mark"))) >= LIST_ITEMS:
                return True
    return False
