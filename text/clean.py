"""Clean decoded article text into prose: a chain of small steps, each its own tested function.

Articles arrive as copy-pasted web pages or PDF text layers: words hyphenated at line ends, hard
line wraps, drop capitals torn off their word, navigation labels, teaser cards, photo captions and
pull quotes. The steps repair or remove these without changing a single word of the article, so
that every later quote is verbatim. Decisions about words use wordfreq's English frequencies
(a dictionary lookup once loaded); patterns and word lists live in data files beside this module.

Text steps (str -> str) repair words and lines; paragraph steps then drop whole paragraphs. After
`clean`, paragraphs are separated by one blank line ("\n\n"); a run of three or more blank lines
in the input, which separates articles in a pasted collection, is kept as SECTION_BREAK
(text.paragraphs).
"""

from __future__ import annotations

from collections.abc import Callable

from text import ptb
from text.characters import normalise_spaces, normalise_unicode
from text.drop_capitals import restore_drop_capitals
from text.furniture import (
    drop_boilerplate,
    drop_captions,
    drop_repeated_sentences,
    drop_repeats,
    drop_teasers,
)
from text.hyphenation import rejoin_hyphenated
from text.mojibake import repair_mojibake
from text.paragraphs import Paragraphs, render_paragraphs, split_paragraphs
from text.unwrap import unwrap_lines

PARAGRAPH_STEPS: tuple[Callable[[Paragraphs], Paragraphs], ...] = (
    drop_boilerplate,
    drop_teasers,
    drop_captions,
    drop_repeats,
    drop_repeated_sentences,
)

TEXT_STEPS: tuple[Callable[[str], str], ...] = (
    repair_mojibake,  # first: its pairs hold a soft hyphen and a no-break space the next takes out
    normalise_unicode,
    ptb.restore,  # before anything that reads punctuation or words
    rejoin_hyphenated,
    restore_drop_capitals,
    unwrap_lines,
    normalise_spaces,
)


def clean(text: str) -> str:
    """Apply every cleaning step in order: the text steps, then the paragraph steps."""
    for step in TEXT_STEPS:
        text = step(text)
    items = split_paragraphs(text)
    for paragraph_step in PARAGRAPH_STEPS:
        items = paragraph_step(items)
    return render_paragraphs(items)
