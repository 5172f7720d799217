"""A writer's note closing a comment piece, printed without a bullet.

Guardian comment pieces end on a line that says who wrote them: "Geoff Mulgan is director of the
Young Foundation.", "Haifa Zangana is an Iraqi-born novelist and former prisoner of Saddam's
regime". Printed after a bullet, the [end byline] shapes of text/clutter.txt take it; without
one, a story's last sentence can look the same ("Mr Karzai is the US's preferred candidate"),
and what tells them apart is that a piece does not tell of its writer: the note names a person
the text names nowhere before. The note is the last paragraph, one sentence without quotation
marks, opening on a person's name, "is" or "was" and a role (WRITERNOTE; the name may carry a
role in commas before "is", WRITERAPPOSITION: "Kel Varga, a senior lecturer in history at Orsk
College, is the author of ..."); its first word is no
function word ("And April is the cruellest month") nor an "-ing" word ("Improving Stuart Broad
is a value bet ..."), and the name holds no possessive ("Kel Varga's Orsk is a member of ...");
it tells of no one's words ("... and begins by telling ..."); the text before it holds at
least MIN_PARAGRAPHS_BEFORE paragraphs. The note may tell of the writer's book instead, the
name's possessive and a book of theirs (WRITERBOOK: "Kel Varga's latest book is The Harbour
Years."), under the same guards: a piece that names the person tells of someone else's book.
A note of two sentences, each on a line of its own, closes the text as well: the second on the
writer's pronoun ("He is currently ...": WRITERNOTENEXT), one sentence, no quotation or speech,
the first a note as above (the person named nowhere before it).
"""

from __future__ import annotations

import re

from text.clutter_shapes import macro_pattern
from text.tokens import stopwords

MIN_PARAGRAPHS_BEFORE = 3  # an article before the note, not a profile that is the whole item
MAX_NOTE_CHARS = 300
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']? [A-Z]")  # a second sentence after the first
# a note says who the writer is, never what someone says: "... is executive editor of Variety
# and begins by telling the programme ..." introduces a speaker in a story
_QUOTE_OR_SPEECH = re.compile(
    r"[\"“”]|``|''|\b(?:said|says|told|tells|telling|added|adds|explains|describes|talks|speaks|asks)\b"
)


def writer_note(text: str) -> int | None:
    """Where the writer's note closing text starts (the offset of its last paragraph, or of
    the one before when the note's second sentence stands on a line of its own), or None."""
    body = text.rstrip()
    start = body.rfind("\n\n") + 2
    if start < 2:
        return None
    if _one_sentence(body[start:]) and macro_pattern("WRITERNOTENEXT").match(body[start:]):
        found = _note(body[: start - 2])
        if found is not None:
            return found
    return _note(body)


def _one_sentence(paragraph: str) -> bool:
    """Whether a paragraph is one sentence, short, telling of no one's words."""
    if len(paragraph) > MAX_NOTE_CHARS or _QUOTE_OR_SPEECH.search(paragraph):
        return False
    return _SENTENCE_INSIDE.search(paragraph) is None


def _note(body: str) -> int | None:
    """Where the writer's note that is the last paragraph of body starts, or None."""
    start = body.rfind("\n\n") + 2
    if start < 2 or body[:start].count("\n\n") < MIN_PARAGRAPHS_BEFORE - 1:
        return None
    note = body[start:]
    if not _one_sentence(note):
        return None
    found = macro_pattern("WRITERNOTE").match(note) or macro_pattern("WRITERBOOK").match(note)
    if found is None:
        return None
    words = found.group("name").split()
    first = words[0]
    if first.lower() in stopwords() or first.endswith("ing"):
        return None
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # "Muammar Gaddafi's Libya is a member of ...": a possessive, no person
    surname = words[-1]
    if re.search(rf"\b{re.escape(surname)}\b", body[:start]):
        return None  # the piece tells of this person: its own sentence
    # the bullet heading the note, on a line of its own ("•"), would be left behind as a
    # paragraph of no words, closing the stored text
    before = body.rfind("\n\n", 0, start - 2) + 2
    if before >= 2 and not any(c.isalnum() for c in body[before:start]):
        return before
    return start
