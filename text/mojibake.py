"""Letters and marks put back where a page's UTF-8 was read as cp1252 before the text reached
us: "JosÃ©" is "José", "SÃ£o" is "São", "worldâ€™s" is "world’s", "â€œWe" is "“We". A tokenizer
that split the text before it was stored put a space, or a line break, before the second
character of a letter, or the third of a mark, when that is a symbol ("JosÃ © Serra",
"worldâ€ ™ s"): a "©" that a later step would read as a photo credit, dropping the paragraph it
ends. The letters are text/mojibake.txt's, the marks text/mojibake_marks.txt's; their garbled
forms are worked out from the two encodings.

The letters are the two-byte letters of Latin-1; the marks, three bytes, those of General
Punctuation a page uses (quotation marks, dashes, the ellipsis, the bullet, which the clutter
shapes read as text/clutter.txt's BULLET). A mark is put back as the page wrote it
("’", not "'"): a clean page of the same source keeps it, and the later steps read curly
quotation marks as they read straight ones. The tokenizer also split a garbled apostrophe off
its word ("Varga â€ ™ s"): before an ending such as "s" or "t" both its spaces are taken out
("Varga’s"), as the PTB restore joins "Syria 's", and after a lone letter the one after it
("Oâ€ ™ Brien" is "O’Brien"). Spaces it put elsewhere around a mark ("stay , â€ � said") stay,
as on a clean page of the same source ("stay , ” said").
"""

from __future__ import annotations

import re
from functools import cache

from text.data import text_lines, text_sections

LEAD = "Ã"  # the first byte (C3) of every letter of mojibake.txt, read as cp1252
MARK_LEAD = "â€"  # the first two bytes (E2 80) of every mark of mojibake_marks.txt, read so
APOSTROPHE = "’"  # the mark a tokenizer split off the rest of its word


@cache
def garbled_pairs() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a garbled pair and the letter of each second character. A space or a line
    break may stand between the two only before a symbol: a tokenizer splits a symbol off a
    word, never a letter."""
    letters: dict[str, str] = {}
    for line in text_lines("text", "mojibake.txt"):
        for letter in line.split():
            garbled = letter.encode("utf-8").decode("cp1252")
            letters[garbled[1]] = letter
    spaced = "".join(re.escape(c) for c in letters if not c.isalnum())
    unspaced = "".join(re.escape(c) for c in letters)
    pattern = re.compile(f"{LEAD}(?:[ \n](?=[{spaced}]))?([{unspaced}])")
    return pattern, letters


@cache
def garbled_marks() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a garbled mark and the mark of each third character. Its groups: the
    third character; a space or line break after it and the letters of the word it goes
    before, if any (the mark's own text runs from its "â" to its third character). As for the
    letters, a space or line break may stand before the third character only when that is a
    symbol. A third byte cp1252 lacks is read as the replacement character the page shows."""
    sections = text_sections("text", "mojibake_marks.txt")
    marks: dict[str, str] = {}
    for line in sections["marks"]:
        for name in line.split():
            mark = chr(int(name[2:], 16)) if name.startswith("U+") else name
            third = mark.encode("utf-8")[2:].decode("cp1252", errors="replace")
            marks[third] = mark
    spaced = "".join(re.escape(c) for c in marks if not c.isalnum())
    unspaced = "".join(re.escape(c) for c in marks)
    # the next word's letters stop at another garbled mark ("tâ€ ™ sâ€ �": "s" is the word)
    word = f"(?:(?!{MARK_LEAD})[^\\W\\d_])+"
    # Opening on the lead, a literal, the pattern is scanned for: a space before the mark, which
    # a joined apostrophe takes out, is read by the caller (an optional space first would cost
    # six times as much).
    pattern = re.compile(f"{MARK_LEAD}(?:[ \n](?=[{spaced}]))?([{unspaced}])(?:([ \n])({word}))?")
    return pattern, marks


@cache
def clitics() -> frozenset[str]:
    """The endings a tokenizer split off a word after its apostrophe, lower case."""
    sections = text_sections("text", "mojibake_marks.txt")
    return frozenset(ending for line in sections["clitics"] for ending in line.split())


def _after_lone_letter(text: str, start: int) -> bool:
    """Whether a lone letter stands before the garbled mark at start ("O", "d": a name's
    "O’Brien", "Giro d’Italia"), after a space, a line break or nothing: not a word's last
    letter, nor one after a digit or another mark ("B-52s’ Love", "‘A’ from")."""
    lone = start >= 1 and text[start - 1].isalpha()
    return lone and (start == 1 or text[start - 2] in " \n")


def after_a_lead(text: str, start: int) -> bool:
    """Whether a letter's lead "Ã" (a space or line break between) stands before the garbled
    mark at start ("IRMÃ â€“ Rio"): the mark put back would make a garbled pair of the two
    ("Ã –", read as "Ö" when cleaned again), so it is left garbled, and cleaning twice stays
    cleaning once."""
    return text.endswith(LEAD, 0, start) or (
        start >= 2 and text[start - 1] in " \n" and text[start - 2] == LEAD
    )


def repair_mojibake(text: str) -> str:
    """Each garbled pair of text/mojibake.txt's letters replaced by its letter, then each
    garbled mark of text/mojibake_marks.txt by its mark; nothing else is changed but the
    tokenizer's spaces around an apostrophe inside a word. The letters are run to a fixed point
    (a repaired "Ã" is itself a lead) before the marks (a repaired "â" may lead one), and a
    mark right after a letter's lead is left garbled (after_a_lead), so that cleaning twice is
    cleaning once."""
    if text.isascii():  # a flag of the string: no scan at all
        return text
    if LEAD in text:  # one scan: most texts hold no "Ã"
        pattern, letters = garbled_pairs()
        while True:
            repaired = pattern.sub(lambda m: letters[m.group(1)], text)
            if repaired == text:
                break
            text = repaired
    if MARK_LEAD not in text:  # one scan: most texts hold no "â€"
        return text
    pattern, marks = garbled_marks()
    pieces: list[str] = []
    done = 0
    for match in pattern.finditer(text):
        if after_a_lead(text, match.start()):
            continue
        third, space, word = match.groups()
        put_back = marks[third]
        before = text[done : match.start()]
        if space is None:
            pieces += (before, put_back)
        elif put_back == APOSTROPHE and word.lower() in clitics():
            # "Varga â€ ™ s": both spaces the tokenizer's
            pieces += (before.removesuffix(" "), put_back, word)
        elif put_back == APOSTROPHE and _after_lone_letter(text, match.start()):
            pieces += (before, put_back, word)
        else:
            pieces += (before, put_back, space, word)
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)
