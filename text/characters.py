"""Character-level repairs: one Unicode form, one kind of line break, no invisible or control
characters, and one plain space between words. Words themselves are never changed."""

from __future__ import annotations

import re
import unicodedata

from text.surrogates import replace_lone_surrogates

# Zero-width characters, byte-order marks and control characters (line breaks and tabs excepted).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200d\u2060\ufeff]")
_ODD_SPACE = re.compile("[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATOR = re.compile("\r\n?|[\u2028\u2029\x85]")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
# "  +", not " {2,}": a literal opening lets the engine scan for it (see text/paragraphs.py)
_MULTI_SPACE = re.compile(r"  +")
# Literal first, for a fast scan; then the rare punctuation after the space, before the look
# back at the word (nearly every space follows one): 0.043 -> 0.032 ms per article.
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,;]|\.(?!\.))(?<=\w )")
_COMMA_GLUED = re.compile(r",(?<=[a-z],)(?=[A-Z][a-z])")
_DOUBLE_COMMA = re.compile(r",(?: ?,)+")


def normalise_unicode(text: str) -> str:
    """NFC, one kind of line break, no invisible or control characters, no soft hyphens, and no
    lone surrogates (a broken JSON escape in a Slack message makes one; UTF-8, and so the
    store, cannot hold it): each becomes U+FFFD."""
    if not text.isascii():  # a flag of the string: most articles need none of these scans
        text = replace_lone_surrogates(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        # Four scans for one character each are far cheaper than the alternation's scan, and
        # most texts have none (0.053 -> 0.0003 ms per article).
        text = _LINE_SEPARATOR.sub("\n", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text)  # a soft hyphen at a line end always joins
        text = text.replace("\u00ad", "")
    return _INVISIBLE.sub("", text)


def normalise_spaces(text: str) -> str:
    """One plain space between words; no space before a comma or full stop; words untouched."""
    text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if ",," in text or ", ," in text:
        text = _DOUBLE_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _COMMA_GLUED.sub(", ", text)
    return "\n".join(map(str.strip, text.split("\n")))
