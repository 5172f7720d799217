"""How a line or paragraph ends: the mark that tells a sentence's end from a line broken in
the middle of one, read past closing quotes and brackets. Cleaning and article splitting both
decide by it."""

from __future__ import annotations

CLOSERS = "\"'”’)]» \t\n"
_SENTENCE_END = ".!?…:;"


def final_mark(text: str) -> str:
    """The last character of text before trailing spaces, closing quotes and brackets."""
    stripped = text.rstrip(CLOSERS)
    return stripped[-1] if stripped else ""


def ends_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark, ellipsis, colon or semicolon."""
    return final_mark(text) in _SENTENCE_END if text.strip() else False


def ends_mid_sentence(line: str) -> bool:
    """Stops on a letter, digit, comma or slash: the sentence goes on after the break."""
    stripped = line.rstrip()
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in ",/")
