"""A press digest's own site blocks: the site's top stories over it and its teasers closing it.

The Guardian's MediaGuardian digest of the day's papers opens on the site's teasers, "Top
stories on MediaGuardian.co.uk" with a headline and a blurb each, then a media-jobs
advertisement ("This week's featured media jobs ... visit guardianjobs.co.uk"), and only then
its own "Today's headlines"; it closes on the site's teasers again, "Also on MediaGuardian.co.uk
today" to the page's end. None of it is the digest's text. The head is told by the site's
address after "Top stories on" at the text's start and by the digest's heading after it
(DIGESTHEAD in text/clutter.txt), which stays with the headline run into it; the tail by the
site's address between "Also on" and "today" (DIGESTTAIL), at most a few thousand characters
from the end: a digest's closing teasers run longer than the footers and tag lists that the
end-matter shapes take within MAX_END_MATTER_CHARS (text/clutter.py).
"""

from __future__ import annotations

import re

from text.clutter_shapes import macro_pattern


def digest_blocks(text: str, title: str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """The text without a digest's site blocks, and the blocks taken, each with its label:
    the top stories and the site's closing teasers "related", the jobs advertisement "other".
    Never the whole text. title: the headline found for the text, which may be the block's
    first line ("Top stories on <site> <first teaser>"); the rest of the block then opens the
    text, and the title is left as it was found."""
    taken: list[tuple[str, str]] = []
    head_text, offset = text, 0
    if title and title.startswith("Top stories on ") and not text.startswith("Top stories on "):
        head_text, offset = f"{title}\n\n{text}", len(title) + 2
    if head_text.startswith("Top stories on ") and (
        head := macro_pattern("DIGESTHEAD", re.MULTILINE).match(head_text)
    ):
        end = head.end() - offset
        jobs = head.start("jobs") - offset if head.start("jobs") >= 0 else None
        rest = text[max(end, 0) :].lstrip()
        if end > 0 and rest:
            teasers_end = max(jobs if jobs is not None else end, 0)
            if teasers_end > 0:
                taken.append(("related", text[:teasers_end].strip()))
            if jobs is not None:
                taken.append(("other", text[max(jobs, 0) : end].strip()))
            text = rest
    if (
        "Also on " in text
        and (tail := macro_pattern("DIGESTTAIL", re.MULTILINE).search(text)) is not None
    ):
        kept = text[: tail.start()].rstrip()
        if kept:
            taken.append(("related", text[tail.start() :].strip()))
            text = kept
    return text, taken
