"""An editor's note printed on the page, out of the story's head.

Pages print a note from their editors where the story's own words would be: CNN's news blogs
before each item of a series they carry ("Editor's note: <host>'s new show on HLN ... is
dedicated to finding 50 people in 50 days."), CNN pages on the programme a story comes from, AP
columns on their writer, Washington Post discussions on their moderation, Guardian pages on a
correction. The head of a CNN page, note and all, goes with its dateline (HEADOUTLET of
text/clutter.txt); a note further down stayed. The note is its label (EDITORNOTE: "Editor's
note:" in capitals, or "EDITOR'S NOTE --") opening a paragraph, or after a word that is no
determiner (EDITORNOTEBEFORE: "in an Editor's note: ..." is a sentence's noun), a sentence's end
or a headline run into it; from there to its paragraph's end. A note on a programme (a
programme's word, EDITORNOTEPROGRAMME) whose source prints a sentence a line runs on to the line
that tells when the programme airs (EDITORNOTEAIRS), at most MAX_NOTE_LINES lines after its
own; with no such line it is its own paragraph alone.
"""

from __future__ import annotations

import re

from text.clutter_shapes import macro_pattern

MAX_NOTE_LINES = 2  # lines of a programme's note after its first ("As part of the effort ...")
MAX_NOTE_CHARS = 600  # a note's paragraph; a longer one is a story that quotes the label
_NEEDS = ("Editor", "EDITOR")  # a plain test first: most texts hold no note


def editor_notes(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each editor's note in text: start where its label opens, end where
    its last paragraph ends."""
    if not any(word in text for word in _NEEDS):
        return []
    found: list[tuple[int, int]] = []
    for match in macro_pattern("EDITORNOTE").finditer(text):
        start = match.start()
        if found and start < found[-1][1]:
            continue
        if not _label_opens(text, start):
            continue
        end = _paragraph_end(text, start)
        if end - start > MAX_NOTE_CHARS:
            continue
        if macro_pattern("EDITORNOTEPROGRAMME").search(text, start, end):
            end = _airs_line_end(text, start, end)
        found.append((start, end))
    return found


def _label_opens(text: str, start: int) -> bool:
    """Whether the label at start opens a note: at a paragraph's start, or after a space and a
    word that is no determiner."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] != " ":
        return False
    before = text[:start].split()[-1:]
    return bool(before) and macro_pattern("EDITORNOTEBEFORE").fullmatch(before[0].lower()) is None


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n\n", position)
    return len(text.rstrip()) if end < 0 else end


def _airs_line_end(text: str, start: int, end: int) -> int:
    """Where a programme's note that opens at start and whose first paragraph ends at end
    ends: at the end of the paragraph telling when the programme airs, this one or one of the
    MAX_NOTE_LINES after it, or at end when none does."""
    if macro_pattern("EDITORNOTEAIRS").search(text, start, end):
        return end
    position = end
    for _ in range(MAX_NOTE_LINES):
        opening = position + 2
        if position >= len(text.rstrip()) or not text.startswith("\n\n", position):
            return end
        after = _paragraph_end(text, opening)
        if after - opening > MAX_NOTE_CHARS or not re.match(r"\S", text[opening:]):
            return end
        if macro_pattern("EDITORNOTEAIRS").search(text, opening, after):
            return after
        position = after
    return end
