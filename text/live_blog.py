"""Whether an article is a live blog of entries that state no day, told by its update stamps
("(Update 10:10 a.m. in Cairo, 3:10 a.m. ET)") before the cleaner sets them apart: decided when
the article is cleaned and stored with it (articles.live_blog), because its stamps are gone
from the stored text. A live blog is stored with the day it opened, so its relatively dated
sentences ("on Saturday") may be a week out: the timeline tells no date by them, but a
weekday landing on the day it opened or the next, which its updates mean whenever they were
written (commands/timeline_entries.py, a_blogs_own_day).

Kept apart from text/clutter_stamps.py and text/clutter_shapes.py so that the timeline, which
asks it of an article stored before the mark existed, imports neither the date tagger nor the
clutter patterns.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_defines import clutter_shape

LIVE_BLOG_STAMPS = 2  # an article with this many update stamps stating no day is a live blog
STAMP_WORD = "update"  # in every update stamp, in any case ("Update 10:10 a.m.", "UPDATED")


def is_live_blog(text: str) -> bool:
    """An article of several timed updates ("Update 10:10 a.m. in Cairo", LIVEUPDATE in
    text/clutter.txt) stating no day: stored with the day it was opened, so its relatively
    dated sentences ("on Saturday") may be a week out. A stamp naming its weekday ("Update
    9:40 a.m. Saturday ET") is not counted, as the timeline did not count it when it read the
    stamps from the stored text."""
    stamp, weekday = _update_patterns()
    found, at = 0, 0
    lowered = text.lower()  # a stamp is looked for only where its word is: a scan in C
    while found < LIVE_BLOG_STAMPS and (at := lowered.find(STAMP_WORD, at)) >= 0:
        match = stamp.match(text, at)
        found += match is not None and not weekday.search(match.group(0))
        at += 1
    return found >= LIVE_BLOG_STAMPS


@cache
def _update_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(clutter_shape("LIVEUPDATE")), re.compile(rf"\b{clutter_shape('WEEKDAY')}\b")
