"""Fingerprints for duplicate detection.

An exact duplicate has the same words in the same order (case, punctuation and spacing aside):
content_hash. A near duplicate (the same wire story with a different headline or footer) shares
most of its word 5-shingles: MinHash signatures compared through LSH bands find candidates in
O(bands) lookups, and the estimated Jaccard similarity decides.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

import numpy as np

from text.tokens import fold
from text.tokens import words as word_list

SHINGLE = 5
N_HASHES = 64
ROWS_PER_BAND = 4  # 16 bands of 4: candidates above ~0.5 Jaccard are found reliably
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity above which an article is a near duplicate
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20170807)
_A = _rng.integers(1, _PRIME, N_HASHES, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, N_HASHES, dtype=np.uint64)
_MIX = np.uint64(1_000_003)  # odd multiplier that orders a shingle's words
_A_COLUMN, _B_COLUMN = _A[:, np.newaxis], _B[:, np.newaxis]


# An ASCII text's words folded and lower-cased in one pass: letters and digits kept (upper
# case lowered, as fold() then str.lower() leave them in ASCII), every other byte a space.
_ASCII_LOWER_WORD_BYTES = bytes(
    ord(chr(c).lower()) if c < 128 and chr(c).isalnum() else 32 for c in range(256)
)


# The same, for UTF-8 bytes: a byte of a multi-byte character becomes a space too, so a folded
# text none of whose non-ASCII characters is a letter or digit (curly quotes and dashes are
# what news text keeps after folding) has its words cut out of its bytes as well.
_UTF8_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")


@lru_cache(maxsize=4)  # content_hash and minhash of one article share the folding and splitting
def words(text: str) -> tuple[bytes, ...]:
    """The words of the text, folded and lower-cased, each as UTF-8: what both fingerprints
    hash. Half of news articles are ASCII, whose words are cut out of the encoded text
    without building a string per word (the same words as text/tokens.words finds)."""
    if text.isascii():
        return tuple(text.encode("ascii").translate(_ASCII_LOWER_WORD_BYTES).split())
    folded = fold(text).lower()
    if _NON_ASCII_WORD_CHAR.search(folded) is None:
        # its words are its runs of ASCII letters and digits: a regex match and a string per
        # word saved (0.38 -> 0.24 ms a non-ASCII article, most of it the folding)
        return tuple(folded.encode("utf-8", "surrogatepass").translate(_UTF8_WORD_BYTES).split())
    return tuple(map(str.encode, word_list(folded)))


def content_hash(text: str) -> str:
    return hashlib.sha256(b" ".join(words(text))).hexdigest()


def minhash(text: str) -> np.ndarray | None:
    """N_HASHES minimum hashes over word shingles; None for texts too short to compare."""
    w = words(text)
    if len(w) < SHINGLE * 4:
        return None
    # Each word is hashed once (CRC-32: stable across processes, unlike hash()); a shingle's
    # hash mixes its SHINGLE word hashes, all shingles at once in numpy. Hashed afresh, in C:
    # a dictionary of the words' hashes cost more in ingest, where its lookups miss the CPU's
    # caches, than CRC-32 of a short word.
    word_hashes = np.fromiter(map(zlib.crc32, w), dtype=np.uint64, count=len(w))
    n = len(w) - SHINGLE + 1
    # ((h0 * MIX + h1) * MIX + h2) ... in place: no new array per word of the shingle
    mixed = word_hashes[:n] * _MIX
    for offset in range(1, SHINGLE - 1):
        mixed += word_hashes[offset : offset + n]
        mixed *= _MIX
    mixed += word_hashes[SHINGLE - 1 : SHINGLE - 1 + n]
    mixed.sort()  # distinct shingles: sorting a few hundred values beats np.unique's hashing
    shingles = mixed[np.concatenate(([True], mixed[1:] != mixed[:-1]))]
    # Universal hashing (a*x + b) with wrap-around in uint64: cheap, and independent enough
    # here. One row per hash function, so that each minimum runs over contiguous memory.
    hashed = _A_COLUMN * shingles
    hashed += _B_COLUMN
    return hashed.min(axis=1)


def bands(signature: np.ndarray) -> list[int]:
    """One 63-bit key per band, including the band number so bands never collide across."""
    keys = []
    for band in range(N_HASHES // ROWS_PER_BAND):
        chunk = signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))
