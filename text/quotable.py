"""Whether a stored passage is fit to quote, and its text as a reader should see it.

Ingest drops bylines, datelines and markup from what it can recognise, but a store keeps what
older versions or unusual pages let through. A quote must never be page furniture (a byline,
a dateline, an author's note, a run of names and numbers) and must show the article's words,
not the markup around them: HTML tags and entities, Markdown links, and the bracket and slash
escapes of tokenised news collections (text/markup.json).
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from text.data import json_file
from text.memo import Memo

_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,10}|#\d{1,6}|#[xX][0-9A-Fa-f]{1,5});")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((?:https?://|/)[^)\s]*\)")
_SPACES = re.compile(r"[ \t]{2,}")
# What every byline, dateline and author's note of text/header_patterns.txt holds one of (a
# "by", a writer's role, a time or a year): a cheap test before the patterns themselves.
_MAYBE_HEADER = re.compile(
    r"^(?:by|written by|words by|reported by|reporting by)\b|\b(?:editor|correspondent|reporter"
    r"|writer|columnist|contributor|journalist|producer|analyst|researcher|chief)s?\b|\d:\d\d"
    r"|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
FURNITURE_MAX_WORDS = 20  # longer capitalised runs are lists or headlines, not furniture
FURNITURE_MAX_CHARS = 400  # the longest byline, dateline or author's note the patterns take
LOWERCASE_SHARE = 0.3  # below this share of lower-case words a short passage is furniture
PROSE_SHARE = 0.6  # from this share up it reads as prose: no need for the patterns


@cache
def _escapes() -> tuple[tuple[str, str], ...]:
    data = json_file("text", "markup.json")
    return tuple((e["written"], e["means"]) for e in data["escapes"])


@cache
def _any_escape() -> re.Pattern[str]:
    """Found in every text that holds an escape (each one's written form without the spaces
    around it): one search, where most texts hold none, instead of one per escape."""
    cores = sorted({written.strip() or written for written, _ in _escapes()})
    return re.compile("|".join(map(re.escape, cores)))


def visible_text(text: str) -> str:
    """text without markup: tags dropped, entities and escapes replaced by what they stand for,
    Markdown links by their words. Text without any of them is returned as it is."""
    out = text
    if "<" in out:
        out = _TAG.sub("", out)
    if "](" in out:
        out = _MARKDOWN_LINK.sub(r"\1", out)
    if "&" in out and _ENTITY.search(out):
        import html  # here: its table of 2,000 entities, for the few passages that hold one

        out = _ENTITY.sub(lambda m: html.unescape(m.group()), out)
    if _any_escape().search(out):
        for written, means in _escapes():
            if written in out:
                out = out.replace(written, means)
    if out != text:
        out = _SPACES.sub(" ", out).strip()
    return out


# ASCII lower-case letters made "a", upper-case ones "A", every other byte a space: in an ASCII
# text so mapped, with a space before it, each word (a run of letters, as _WORD finds them)
# starts where a space meets a letter, so the words and those starting lower-case are counted
# at C speed, without a string made for each word (most passages are ASCII).
_ASCII_CASE_BYTES = bytes(
    32 if c >= 128 else 97 if chr(c).islower() else 65 if chr(c).isupper() else 32
    for c in range(256)
)


def _word_counts(text: str) -> tuple[int, int]:
    """(words, words starting lower-case) of _WORD.findall(text)."""
    if text.isascii():
        cased = b" " + text.encode("ascii").translate(_ASCII_CASE_BYTES)
        lower = cased.count(b" a")
        return lower + cased.count(b" A"), lower
    words = _WORD.findall(text)
    return len(words), sum(map(str.islower, map(itemgetter(0), words)))


# Passages whose text as shown (None for furniture) is remembered: a passage found again, by
# a later question or the same one asked again, is not cleaned and tested again.
KEPT_TEXTS = 16_384


def _shown(text: str) -> str | None:
    visible = visible_text(text)
    return None if is_furniture(visible) else visible


_shown_texts: Memo[str | None] = Memo(_shown, KEPT_TEXTS)


def quotable_text(text: str) -> str | None:
    """visible_text(text), or None when that is page furniture (is_furniture)."""
    return _shown_texts[text]


def is_furniture(text: str) -> bool:
    """A byline, dateline, author's note or a short run of names and numbers: not a quote."""
    if len(text) > FURNITURE_MAX_CHARS:  # furniture is short; most passages are not
        return False
    # The words as in text with its spaces made single, and those starting lower-case.
    n_words, lower = _word_counts(text)
    if not n_words:
        return True
    if n_words <= FURNITURE_MAX_WORDS and lower < LOWERCASE_SHARE * n_words:
        return True
    if lower >= PROSE_SHARE * n_words:
        return False
    flat = " ".join(text.split())
    if not _MAYBE_HEADER.search(flat):
        return False
    # Name-heavy and short: a byline, dateline or author's note as the article splitter knows
    # them, from the splitter's header patterns alone (text/split.py itself would import the
    # whole cleaner and wordfreq: half a second that a question must not pay; imported here,
    # as most passages read as prose and never get this far).
    from text.header_parts import parse_byline, parse_dateline, parse_footer

    return bool(parse_byline(flat) or parse_dateline(flat) or parse_footer(flat))
