"""Lone surrogates, replaced: the one scrubber for text that must become UTF-8.

Python strings can hold lone surrogates (U+D800-U+DFFF) that UTF-8, and so SQLite and Slack,
cannot: file names that are not UTF-8 reach Python with their bytes kept as surrogates, and a
broken JSON escape in a Slack payload makes one. Each becomes U+FFFD, the replacement character,
so the rest of the text survives.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD."""
    if text.isascii():  # a flag of the string: no scan for the common case
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)
