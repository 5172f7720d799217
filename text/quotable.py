"""Whether a stored passage is fit to quote, and its text as a reader should see it.

Ingest drops bylines, datelines and markup from what it can recognise, but a store keeps what
older versions or unusual pages let through. A quote must never be page furniture (a byline,
a dateline, an author's note, a run of names and numbers) and must show the article's words,
not the markup around them: HTML tags and entities, Markdown links, and the bracket and slash
escapes of tokenised news collections (text/markup.json).
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources

from text import split

_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,10}|#\d{1,6}|#[xX][0-9A-Fa-f]{1,5});")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((?:https?://|/)[^)\s]*\)")
_SPACES = re.compile(r"[ \t]{2,}")
FURNITURE_MAX_WORDS = 20     # longer capitalised runs are lists or headlines, not furniture
FURNITURE_MAX_CHARS = 400    # the longest byline, dateline or author's note the patterns take
LOWERCASE_SHARE = 0.3        # running prose has most of its words in lower case


@cache
def _escapes() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("text").joinpath("markup.json").read_text("utf-8"))
    return tuple((e["written"], e["means"]) for e in data["escapes"])


def visible_text(text: str) -> str:
    """text without markup: tags dropped, entities and escapes replaced by what they stand for,
    Markdown links by their words. Text without any of them is returned as it is."""
    out = text
    if "<" in out:
        out = _TAG.sub("", out)
    if "](" in out:
        out = _MARKDOWN_LINK.sub(r"\1", out)
    if "&" in out:
        out = _ENTITY.sub(lambda m: html.unescape(m.group()), out)
    for written, means in _escapes():
        if written in out:
            out = out.replace(written, means)
    if out != text:
        out = _SPACES.sub(" ", out).strip()
    return out


def is_furniture(text: str) -> bool:
    """A byline, dateline, author's note or a short run of names and numbers: not a quote."""
    if len(text) > FURNITURE_MAX_CHARS:   # furniture is short; most passages are not
        return False
    flat = " ".join(text.split())
    if not flat:
        return True
    if split.parse_byline(flat) or split.parse_dateline(flat) or split.parse_footer(flat):
        return True
    words = _WORD.findall(flat)
    if not words:
        return True
    if len(words) > FURNITURE_MAX_WORDS:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower < LOWERCASE_SHARE * len(words)
