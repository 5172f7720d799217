"""Drop capitals: a first letter printed large, which text extraction tears off its word
("T \\n\\nhe seventh round") or loses ("ith the once seemingly"). Restored only where English
frequencies leave one reading."""

from __future__ import annotations

import re

from text.endings import ends_sentence
from text.word_frequency import COMMON_WORD, FREQUENT_WORD, zipf

# The rest of a word after a drop capital; a capital split off by a space ("T he seventh");
# a paragraph whose first letter was lost entirely (" ith the once seemingly").
_WORD_REST = re.compile(r"[ \t]*(?P<rest>[a-z]+)\b")
_SPACED_CAPITAL = re.compile(r"(?P<indent>[ \t]*)(?P<letter>[B-HJ-Z]) (?P<rest>[a-z]+)\b")
_LOST_CAPITAL = re.compile(r"(?P<indent>[ \t]*)(?P<rest>[a-z]+)(?=[ ,;])")
_WORDS = re.compile(r"[^\W_]+")


def restore_drop_capitals(text: str) -> str:
    """Reattach a drop capital to its word, or restore a lost one, where the evidence is clear.

    "T \\n\\nhe seventh round" -> "The seventh round". A paragraph that opens with a fragment that
    is no word (" ith the once") gets the one capital letter that makes it a frequent word, if
    exactly one does.
    """
    lines = text.split("\n")
    out: list[str] = []
    previous = ""  # the last line with text
    changed = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = _next_text_line(lines, index) if len(stripped) == 1 else None
        rest = _WORD_REST.match(lines[following]) if following is not None else None
        if (
            rest
            and following is not None
            and "A" <= stripped <= "Z"
            and _capital_fits(stripped, rest.group("rest"))
        ):
            line = line[: len(line) - len(line.lstrip())] + stripped + lines[following].lstrip()
            index = following  # the blank lines between the letter and its word go too
            changed = True
        elif stripped and (not out or not out[-1].strip()):
            fixed = _fix_paragraph_start(line, previous)
            changed = changed or fixed != line
            line = fixed
        out.append(line)
        previous = line if line.strip() else previous
        index += 1
    return "\n".join(out) if changed else text


def _next_text_line(lines: list[str], index: int) -> int | None:
    for following in range(index + 1, min(index + 4, len(lines))):
        if lines[following].strip():
            return following
    return None


def _capital_fits(letter: str, rest: str) -> bool:
    """The letter and the fragment make a common word, more common than the fragment alone."""
    joined = zipf(letter + rest)
    return joined >= COMMON_WORD and (zipf(rest) < COMMON_WORD or joined > zipf(rest))


def _fix_paragraph_start(line: str, previous: str) -> str:
    spaced = _SPACED_CAPITAL.match(line)
    if spaced and _capital_fits(spaced.group("letter"), spaced.group("rest")):
        return spaced.group("indent") + spaced.group("letter") + line[spaced.start("rest") :]
    lost = _LOST_CAPITAL.match(line)
    if lost is None or zipf(lost.group("rest")) >= COMMON_WORD or not _opens_paragraph(previous):
        return line
    rest = lost.group("rest")
    candidates = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if zipf(c + rest) >= FREQUENT_WORD]
    if len(candidates) != 1:
        return line
    return lost.group("indent") + candidates[0] + line[lost.start("rest") :]


def _opens_paragraph(previous: str) -> bool:
    """A lowercase start after a blank line is a column break mid-sentence unless the text
    before it ended a sentence or was a heading."""
    return not previous.strip() or ends_sentence(previous) or len(_WORDS.findall(previous)) <= 12
