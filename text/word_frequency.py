"""English word frequencies on the zipf scale (wordfreq), the evidence cleaning decides by when
it joins a word broken at a hyphen or restores a capital letter torn off a word.

zipf thresholds: 1 is once per billion words, 3 once per million, 6 once per thousand.

A word of plain lower-case letters is looked up in wordfreq's own English list, read from the
file inside its wheel, with wordfreq's arithmetic: its tokenizer leaves such a word whole, so
the value is the one `wordfreq.zipf_frequency` gives. Anything else (digits, apostrophes,
accents) goes to wordfreq itself. Importing wordfreq loads its tokenizers' dependencies (ftfy,
langcodes: about a second), which every one-article `sitrep ingest` paid before its first
word; reading the list alone takes a fifth of that.
"""

from __future__ import annotations

import gzip
import math
import re
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

import msgpack

KNOWN_WORD = 2.0  # rarer "words" in wordfreq are mostly run-together compounds (wellknown)
COMMON_WORD = 3.0  # a fragment this frequent is a word in its own right ("backed", "change")
FREQUENT_WORD = 4.0  # a restored drop capital must make a word at least this frequent

_PLAIN = re.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English frequency of a word on the zipf scale (0 = unknown), case-folded."""
    folded = word.lower()
    if not _PLAIN.fullmatch(folded):
        from wordfreq import zipf_frequency

        return zipf_frequency(folded, "en")
    band = _english_bands().get(folded)
    return 0.0 if band is None else _zipf_of_band(band)


@cache
def _english_bands() -> dict[str, int]:
    """Each word of wordfreq's large English list and its band: the list is wordfreq's cBpack,
    whose band i holds the words of frequency 10^(-i/100)."""
    spec = find_spec("wordfreq")  # located, not imported
    assert spec is not None and spec.origin is not None, "wordfreq is not installed"
    path = Path(spec.origin).parent / "data" / "large_en.msgpack.gz"
    with gzip.open(path, "rb") as packed:
        header, *bands = msgpack.load(packed, raw=False)
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: not a wordfreq frequency list")
    return {word: index for index, words in enumerate(bands) for word in words}


@cache
def _zipf_of_band(band: int) -> float:
    # wordfreq's steps, in its order: a frequency rounded to three significant digits, then
    # its zipf value rounded to hundredths
    frequency = 10 ** (-band / 100)
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(frequency, 10) + 9, 2)
