"""Word tokens of a text, the way names are matched: a text is tokenized once (cached), each
token folded (diacritics stripped, lower case), and a name's key is its folded tokens joined by
single spaces, so "Al Qaeda", "Al-Qaeda" and "al-Qaeda" share one key, and "ISIS’s" yields the
token "ISIS" followed by a separate "s". Actors, places and relations all read these tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from text.memo import Memo
from text.tokens import fold_lower as fold

__all__ = ["Tokens", "fold", "norm_word", "phrase_key", "slug", "tokenize"]

# "U.S." is one token (so it can be an all-capitals alias); otherwise runs of letters and digits.
_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W_]+")
# Characters that may sit between two words of one name: spaces (a line break from a PDF
# included), a hyphen, an apostrophe, or a dot with no space ("St.Petersburg").
_JOINABLE_GAP = re.compile(r"[ \t\u00a0]{0,3}(?:\r?\n[ \t\u00a0]{0,3})?|[-–'’‘.]|[ \t]?[-–][ \t]?")


@dataclass(frozen=True)
class Tokens:
    """Word tokens of one text: parallel tuples, so passes over them stay cheap."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raw: tuple[str, ...]
    norm: tuple[str, ...]
    joins: tuple[bool, ...]  # joins[i]: token i and token i+1 may belong to one name
    caps: tuple[bool, ...]  # caps[i]: token i starts with a capital letter

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The characters between token i and token i+1."""
        return self.text[self.ends[i] : self.starts[i + 1]]


@lru_cache(maxsize=8)
def tokenize(text: str) -> Tokens:
    """Tokens of a text; cached because actors and places each walk the same article."""
    # One C-level split gives [gap, token, gap, token, ..., gap]; the rest are C-level maps over
    # dictionaries that remember every word and gap already seen, because this runs on every
    # article and a Python loop per token is the cost that shows.
    ascii_words = text.isascii() or _NON_ASCII_WORD_CHAR.search(text) is None
    pieces = (_TOKEN_SPLIT_ASCII if ascii_words else _TOKEN_SPLIT).split(text)
    raw = pieces[1::2]
    positions = list(accumulate(map(len, pieces)))
    joins = list(map(_GAP_JOINS.__getitem__, pieces[2::2]))
    if joins:
        joins[-1] = False
    caps = tuple(map(str.isupper, map(itemgetter(0), raw)))
    return Tokens(
        text,
        tuple(positions[0:-1:2]),
        tuple(positions[1::2]),
        tuple(raw),
        tuple(map(_NORMS.__getitem__, raw)),
        tuple(joins),
        caps,
    )


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same split where every letter and digit is ASCII (most news text, curly quotes aside):
# an ASCII class is a third faster for the engine than the Unicode category test.
_TOKEN_SPLIT_ASCII = re.compile(r"([A-Z](?:\.[A-Z])+\.|[A-Za-z0-9]+)")
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
_COMMON_JOINS = frozenset(
    {" ", "\t", "\u00a0", "\n", "-", "–", "'", "’", "‘", ".", "  ", " \n", "\n "}
)


def _gap_joins(gap: str) -> bool:
    return gap in _COMMON_JOINS or (len(gap) > 1 and _JOINABLE_GAP.fullmatch(gap) is not None)


@lru_cache(maxsize=16384)
def norm_word(word: str) -> str:
    """The folded form of one token, as in Tokens.norm: "U.S." -> "us", "Aleppo" -> "aleppo"."""
    if word.isascii():
        return word.replace(".", "").lower() if "." in word else word.lower()
    return fold(word.replace(".", "")) if "." in word else fold(word)


# Words and gaps seen in earlier articles (about 30,000 distinct words per 500 articles).
_NORMS: Memo[str] = Memo(norm_word, 200_000)
_GAP_JOINS: Memo[bool] = Memo(_gap_joins, 10_000)


@lru_cache(maxsize=65536)
def phrase_key(phrase: str) -> str:
    """The index key of a name: its folded tokens joined by single spaces."""
    return " ".join(norm_word(word) for word in _TOKEN.findall(phrase))


def slug(name: str) -> str:
    """A stable key for a discovered name: "the Soufan Group" -> "soufan-group"."""
    # The words of tokenize(name).norm, without its cache: a few names per article would push
    # the article's own tokens out of it, and places would tokenize the article again.
    words = list(map(_NORMS.__getitem__, _TOKEN.findall(name)))
    if words and words[0] == "the":
        words = words[1:]
    return "-".join(words) or "unnamed"
