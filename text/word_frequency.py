"""English word frequencies on the zipf scale (wordfreq), the evidence cleaning decides by when
it joins a word broken at a hyphen or restores a capital letter torn off a word.

zipf thresholds: 1 is once per billion words, 3 once per million, 6 once per thousand.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

KNOWN_WORD = 2.0  # rarer "words" in wordfreq are mostly run-together compounds (wellknown)
COMMON_WORD = 3.0  # a fragment this frequent is a word in its own right ("backed", "change")
FREQUENT_WORD = 4.0  # a restored drop capital must make a word at least this frequent


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English frequency of a word on the zipf scale (0 = unknown), case-folded."""
    return zipf_frequency(word.lower(), "en")
