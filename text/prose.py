"""Is this text prose? Input that is not (a 5 MB run of one character, one word repeated, binary
noise that happens to decode) is refused before it becomes a title, passages and an index entry.

Scripts written without spaces (Chinese, Japanese, Thai) are prose too: a long run without a
space is only refused when it is in a script that separates its words.
"""

from __future__ import annotations

import re

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
    if tokens and len(max(tokens, key=len)) > MAX_UNBROKEN_CHARS:
        for run in _LONG_RUN.finditer(text):
            if len(_SPACED_SCRIPT.findall(run.group(), 0, 2000)) > MAX_UNBROKEN_CHARS // 2:
                return f"not prose: {len(run.group()):,} characters without a space"
    if len(tokens) >= MIN_TOKENS_TO_JUDGE:
        token = _majority_candidate(tokens)
        count = tokens.count(token)
        if count > MAX_ONE_TOKEN_SHARE * len(tokens):
            return f"not prose: one word repeated ({token[:20]!r}, {count:,} times)"
    sample = "".join(text[:SAMPLE_CHARS].split())
    if len(sample) >= MIN_TOKENS_TO_JUDGE:
        # Counted by deleting them: one string, not a list of one-character strings.
        symbols = len(sample) - len(_NOT_WORD_CHAR.sub("", sample))
        if len(sample) - symbols < MIN_WORD_CHAR_SHARE * len(sample):
            return "not prose: mostly symbols, not words (binary data?)"
    return None


def _majority_candidate(tokens: list[str]) -> str:
    """The token that is more than half of tokens, if one is (Boyer-Moore majority vote: one
    pass without counting every distinct token, which cost three times as much)."""
    candidate, lead = tokens[0], 0
    for token in tokens:
        if lead == 0:
            candidate = token
        lead += 1 if token == candidate else -1
    return candidate
