"""The tokenizer of Llama 2's vocabulary (SentencePiece BPE with byte fallback, as written in a
`tokenizers` JSON file), in plain Python: loading the `tokenizers` library and parsing its
1.8 MB JSON would cost a new process more than tokenizing the few dozen passages that `quote`
compares.

It gives the ids `tokenizers` gives for the same file (tests/text/test_sentencepiece_bpe.py
compares the two on texts of every kind). Two properties of the file make it small:

- No piece holds a word boundary (the "▁" that stands for a space) after another character,
  so no merge crosses one: each run of "▁" and the word after it is tokenized on its own, and
  each such chunk's ids are remembered.
- Its merges are every split of a piece into two pieces, grouped by the piece they make and,
  inside a group, in the order of the left part's id. So a pair's rank is known from the
  merged piece (where its group starts) and the left part (its id): one dict of pieces, not a
  second one of 61,000 pairs. `compile_table` checks both properties and refuses a file that
  lacks them.
"""

from __future__ import annotations

import json
import os
import re
from array import array
from itertools import chain
from typing import TYPE_CHECKING

from text.memo import Memo

if TYPE_CHECKING:
    from text.piece_table import PieceTable

BOUNDARY = "\u2581"  # "▁", SentencePiece's space
# A piece's code: its id in the low bits, where its group of merges starts in the high bits;
# pieces no merge makes (single characters, bytes) start after every merge.
ID_BITS = 20
NOT_MADE = (1 << 40) - 1
KEPT_CHUNKS = 100_000  # chunks' ids remembered per tokenizer
KEPT_PIECES = 200_000  # looked-up strings remembered per tokenizer, pieces or not
NEVER = NOT_MADE << ID_BITS  # the rank of a pair no merge joins: above every real rank
# A run of boundaries with the word after it ("▁a▁▁b" -> "▁a", "▁▁b"): the unit no merge
# crosses. A text given to the tokenizer starts with a boundary, so the runs cover all of it;
# one regular expression finds them in C, where a loop over characters cost more than the
# merges of the few chunks not met before.
_CHUNK = re.compile(f"{BOUNDARY}+[^{BOUNDARY}]*")


def _pair(merge: str | list[str]) -> tuple[str, str]:
    left, right = merge.split(" ") if isinstance(merge, str) else merge
    return left, right


def compile_table(path: str | os.PathLike[str]) -> dict[str, int]:
    """Each piece's code (see ID_BITS), from a `tokenizers` JSON file of this kind."""
    with open(path, encoding="utf-8") as handle:
        spec = json.load(handle)
    model = spec["model"]
    if model.get("type") != "BPE" or not model.get("byte_fallback") or spec.get("pre_tokenizer"):
        raise ValueError(f"{path}: not a SentencePiece BPE with byte fallback")
    vocab: dict[str, int] = model["vocab"]
    merges = [_pair(m) for m in model["merges"]]
    start: dict[str, int] = {}
    for rank, (left, right) in enumerate(merges):
        start.setdefault(left + right, rank)
    # The rank that the piece and the left part's id imply must order the pairs as the file does.
    implied = [(start[a + b], vocab[a]) for a, b in merges]
    if implied != sorted(implied) or len(set(implied)) != len(implied):
        raise ValueError(f"{path}: merges are not grouped by the piece they make")
    every_split = {
        (piece[:k], piece[k:])
        for piece in vocab
        for k in range(1, len(piece))
        if piece[:k] in vocab and piece[k:] in vocab
    }
    if every_split != set(merges):
        raise ValueError(f"{path}: merges are not every split of a piece")
    if any(BOUNDARY in piece.lstrip(BOUNDARY) for piece in vocab):
        raise ValueError(f"{path}: a piece holds a word boundary inside it")
    return {piece: (start.get(piece, NOT_MADE) << ID_BITS) | i for piece, i in vocab.items()}


class Tokenizer:
    """encode(text) -> token ids, as `tokenizers` gives them without special tokens. The table
    is `compile_table`'s, as a dict or packed (text/piece_table.py: a new process reads only the
    pieces it meets)."""

    def __init__(self, table: dict[str, int] | PieceTable) -> None:
        # Each string asked about once, then from a dict in C: a packed table's look-up is a
        # Python call, and a chunk's merges ask about the same pairs again and again.
        self._codes: Memo[int | None] = Memo(table.get, KEPT_PIECES)
        # Each chunk's ids (machine integers: a batch's ids are joined as bytes), keyed by the
        # chunk without its boundary when it has only one (the word itself: what
        # str.split(" ") gives) and by the whole chunk otherwise.
        self._chunks: Memo[array[int]] = Memo(self._merge_key, KEPT_CHUNKS)
        self._mask = (1 << ID_BITS) - 1

    def encode(self, text: str) -> list[int]:
        return list(chain.from_iterable(self.chunk_ids(text)))

    def chunk_ids(self, text: str) -> list[array[int]]:
        """The ids of each chunk of text, in order (encode's ids, chunk by chunk): arrays of C
        ints, whose bytes joined are the text's ids for numpy without a Python int each."""
        if not text:
            return []
        # Nearly every chunk of news prose has been met before: its ids come from a dict in C.
        words = text.split(" ")
        if "" not in words and BOUNDARY not in text:
            # Single spaces only, none at either end: each word is a chunk with one boundary
            # before it, so the words are the keys, without building the text of boundaries
            # (two bytes a character) and searching it.
            return list(map(self._chunks.__getitem__, words))
        chunks = _CHUNK.findall(BOUNDARY + text.replace(" ", BOUNDARY))
        keys = [c if c.startswith(BOUNDARY, 1) else c[1:] for c in chunks]
        return list(map(self._chunks.__getitem__, keys))

    def _merge_key(self, key: str) -> array[int]:
        return array("i", self._merge(key if key.startswith(BOUNDARY) else BOUNDARY + key))

    def _merge(self, chunk: str) -> tuple[int, ...]:
        codes, mask = self._codes, self._mask
        symbols: list[str] = []
        for char in chunk:
            if codes[char] is not None:
                symbols.append(char)
            else:  # byte fallback: the character's UTF-8 bytes, as pieces that never merge
                symbols.extend(f"<0x{byte:02X}>" for byte in char.encode("utf-8"))
        ranks = [self._rank(a, b) for a, b in zip(symbols, symbols[1:], strict=False)]
        while ranks:
            best = min(ranks)
            if best == NEVER:
                break
            i = ranks.index(best)  # the leftmost of equal pairs merges first
            symbols[i : i + 2] = [symbols[i] + symbols[i + 1]]
            del ranks[i]
            if i > 0:
                ranks[i - 1] = self._rank(symbols[i - 1], symbols[i])
            if i < len(ranks):
                ranks[i] = self._rank(symbols[i], symbols[i + 1])
        return tuple(codes[s] & mask for s in symbols)  # type: ignore[operator]

    def _rank(self, left: str, right: str) -> int:
        """A pair's rank: where its piece's group of merges starts, then its left part's id;
        NEVER when no merge joins them."""
        code = self._codes[left + right]
        if code is None or code >> ID_BITS == NOT_MADE:
            return NEVER
        return (code & ~self._mask) | (self._codes[left] & self._mask)  # type: ignore[operator]
