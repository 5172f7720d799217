"""A read-only table of strings to integers that is used where it lies, in one bytes object:
an open-addressing hash table whose keys and values are looked up in place, so a new process
pays for the few keys it asks about, not for building a dict of all of them.

The tokenizer's 32,000 pieces as a pickled dict took a new process longer to load (a dict of
32,000 new strings) than tokenizing the few dozen passages `quote` compares; `quote` asks
about a few thousand of them (the tokenizer remembers the answers).

Layout, little-endian: a header (magic, number of keys, number of slots, a power of two);
the slots (uint32: a key's index + 1, or 0 for an empty slot), placed by the CRC-32 of the
key's UTF-8 bytes with linear probing; the keys' start offsets (uint32, one more than the
keys, the last one the end); the values (int64); the keys' UTF-8 bytes.
"""

from __future__ import annotations

import array
import struct
import sys
import zlib
from collections.abc import Mapping, Sequence
from typing import Literal

MAGIC = b"PCT1"
_HEADER = struct.Struct("<4sII")


def pack(table: Mapping[str, int]) -> bytes:
    """The table's bytes (values must fit in a signed 64-bit integer)."""
    keys = [key.encode("utf-8") for key in table]
    size = 1
    while size < 2 * len(keys):  # at most half full: short probes
        size *= 2
    slots = [0] * size
    for index, raw in enumerate(keys):
        slot = zlib.crc32(raw) & (size - 1)
        while slots[slot]:
            slot = (slot + 1) & (size - 1)
        slots[slot] = index + 1
    starts = [0]
    for raw in keys:
        starts.append(starts[-1] + len(raw))
    return b"".join(
        (
            _HEADER.pack(MAGIC, len(keys), size),
            struct.pack(f"<{size}I", *slots),
            struct.pack(f"<{len(starts)}I", *starts),
            struct.pack(f"<{len(keys)}q", *table.values()),
            *keys,
        )
    )


class PieceTable:
    """`get`, `in` and `[]` over packed bytes (see `pack`), like a read-only dict."""

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise ValueError("not a packed piece table")
        magic, count, size = _HEADER.unpack_from(data)
        if magic != MAGIC or size & (size - 1) or size < count:
            raise ValueError("not a packed piece table")
        view = memoryview(data)
        at = _HEADER.size
        self._slots = _numbers(view[at : at + 4 * size], "I")
        at += 4 * size
        self._starts = _numbers(view[at : at + 4 * (count + 1)], "I")
        at += 4 * (count + 1)
        self._values = _numbers(view[at : at + 8 * count], "q")
        at += 8 * count
        self._keys = data[at:]
        if len(self._keys) != self._starts[count]:
            raise ValueError("a packed piece table of the wrong length")
        self._mask = size - 1
        self._count = count

    def __len__(self) -> int:
        return self._count

    def get(self, key: str, default: int | None = None) -> int | None:
        found = self._find(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def _find(self, key: str) -> int | None:
        raw = key.encode("utf-8", "surrogatepass")
        slots, starts, keys, mask = self._slots, self._starts, self._keys, self._mask
        slot = zlib.crc32(raw) & mask
        while index := slots[slot]:
            index -= 1
            start = starts[index]
            if starts[index + 1] - start == len(raw) and keys.startswith(raw, start):
                return int(self._values[index])
            slot = (slot + 1) & mask
        return None


def _numbers(data: memoryview, code: Literal["I", "q"]) -> Sequence[int]:
    """Little-endian numbers read in place, or copied and swapped on a big-endian machine."""
    if sys.byteorder == "little":
        return data.cast(code)
    numbers = array.array(code, data.tobytes())
    numbers.byteswap()
    return numbers
