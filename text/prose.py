"""Is this text prose? Input that is not (a 5 MB run of one character, one word repeated, binary
noise that happens to decode) is refused before it becomes a title, passages and an index entry.

Scripts written without spaces (Chinese, Japanese, Thai) are prose too: a long run without a
space is only refused when it is in a script that separates its words.
"""

from __future__ import annotations

import operator
import re
from itertools import compress

MAX_UNBROKEN_CHARS = 1000  # the longest word or URL is far shorter
MIN_TOKENS_TO_JUDGE = 50
MAX_ONE_TOKEN_SHARE = 0.5  # "the" is 6% of English words; half the text one token is no text
MIN_WORD_CHAR_SHARE = 0.5  # letters and digits among the visible characters
SAMPLE_CHARS = 5_000  # the share of word characters is judged on the start of the text
_LONG_RUN = re.compile(rf"\S{{{MAX_UNBROKEN_CHARS + 1},}}")
_NOT_WORD_CHAR = re.compile(r"[\W_]")
_SPACED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]")


def refusal(text: str) -> str | None:
    """Why the text is not prose, in a few words; None if it is."""
    tokens = text.split()
    # The runs without a space are the whitespace-split tokens (str.split and the pattern's \S
    # share one definition of a space): the pattern only runs when one of them is that long.
    if tokens and max(map(len, tokens)) > MAX_UNBROKEN_CHARS:
        for run in _LONG_RUN.finditer(text):
            if len(_SPACED_SCRIPT.findall(run.group(), 0, 2000)) > MAX_UNBROKEN_CHARS // 2:
                return f"not prose: {len(run.group()):,} characters without a space"
    if len(tokens) >= MIN_TOKENS_TO_JUDGE:
        for token in _majority_candidates(tokens):
            count = tokens.count(token)
            if count > MAX_ONE_TOKEN_SHARE * len(tokens):
                return f"not prose: one word repeated ({token[:20]!r}, {count:,} times)"
    sample = "".join(text[:SAMPLE_CHARS].split())
    if len(sample) >= MIN_TOKENS_TO_JUDGE and _word_chars(sample) < MIN_WORD_CHAR_SHARE * len(
        sample
    ):
        return "not prose: mostly symbols, not words (binary data?)"
    return None


def _majority_candidates(tokens: list[str]) -> list[str]:
    """Tokens among which is the one that is more than half of tokens, if one is. Cut the
    tokens into pairs: a token in more than half the places fills both places of some pair,
    or (an odd number of tokens) is the last. Prose repeats a token in a pair rarely ("had
    had"), so there are few to count; the pairs are compared in C, not in a Python loop."""
    firsts, seconds = tokens[0::2], tokens[1::2]
    doubled = set(compress(firsts, map(operator.eq, firsts, seconds)))
    return sorted(doubled) + ([tokens[-1]] if len(tokens) % 2 else [])


# ASCII letters and digits: the word characters ([^\W_] is str.isalnum()) of an ASCII text
# are what is left once every other byte is deleted.
_ASCII_NOT_WORD_BYTES = bytes(c for c in range(128) if not chr(c).isalnum())


def _word_chars(sample: str) -> int:
    """How many of the sample's characters are letters or digits. Counted by deleting the
    others: one string, not a list of one-character strings; for ASCII, in a byte table."""
    if sample.isascii():
        return len(sample.encode("ascii").translate(None, _ASCII_NOT_WORD_BYTES))
    return len(_NOT_WORD_CHAR.sub("", sample))
