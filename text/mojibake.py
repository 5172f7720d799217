"""Letters put back where a page's UTF-8 was read as cp1252 before the text reached us: "JosÃ©"
is "José", "SÃ£o" is "São". A tokenizer that split the text before it was stored put a space,
or a line break, before the second character when that is a symbol ("JosÃ © Serra"): a "©"
that a later step would read as a photo credit, dropping the paragraph it ends. The letters
are text/mojibake.txt's; their garbled pairs are worked out from the two encodings.

Only the two-byte letters of Latin-1 are repaired. A garbled quotation mark or dash ("â€™"),
three bytes, is left as it is: other steps read quotation marks, and its repair is a change of
its own.
"""

from __future__ import annotations

import re
from functools import cache

from text.data import text_lines

LEAD = "Ã"  # the first byte (C3) of every letter of mojibake.txt, read as cp1252


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


def repair_mojibake(text: str) -> str:
    """Each garbled pair of text/mojibake.txt's letters replaced by its letter; nothing else is
    changed. Run to a fixed point, so that cleaning twice is cleaning once (a repaired "Ã" is
    itself a lead)."""
    if LEAD not in text:  # one scan: most texts hold no "Ã"
        return text
    pattern, letters = garbled_pairs()
    while True:
        repaired = pattern.sub(lambda m: letters[m.group(1)], text)
        if repaired == text:
            return text
        text = repaired
