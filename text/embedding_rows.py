"""The rows of a float16 embedding table (a safetensors file), summed fast in plain Python.

A sentence's vector is the sum of its tokens' rows: 256 additions a token, which Python does
one float at a time. Here each row is one integer instead: its 256 values in fixed point
(every float16 below 128 is an exact multiple of 2**-24), each in its own 64-bit field, offset
to be positive so that no field borrows from the next. Adding two such integers adds the rows,
field by field, exactly; a text's sum is read back once, at the end.

The fixed-point table (4 bytes a value) is written once into the cache directory (text/compiled.py
says where) beside a stamp of the weights file, and mapped into memory: a process reads the pages
of the tokens it meets. Without a writable cache the rows are converted as they are met.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import struct
import sys
import zlib
from array import array
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SCALE = 1 << 24  # float16 values are multiples of 2**-24
OFFSET = 1 << 31  # stored fields are value * SCALE + OFFSET, in 32 bits: |value| < 128
FIELD_BYTES = 8  # fields of the summed integers: room for 2**32 rows
LIMIT = 128.0
KEPT_ROWS = 8192  # row integers remembered per process
_VERSION = "1"


class Rows:
    """`row(token)` -> the row as one integer; `fixed(total, n)` -> the sum of n rows, exact."""

    def __init__(self, weights: Path, tensor: str, cache: Path) -> None:
        with weights.open("rb") as handle:
            (size,) = struct.unpack("<Q", handle.read(8))
            header = json.loads(handle.read(size))
            self._f16 = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        spec = header[tensor]
        if spec["dtype"] != "F16" or len(spec["shape"]) != 2:
            raise RuntimeError(f"{weights}: {tensor} is not a float16 table")
        self.count, self.width = spec["shape"]
        self._start = 8 + size + spec["data_offsets"][0]
        self._half = struct.Struct(f"<{self.width}e")
        self._fixed = struct.Struct(f"<{self.width}I")
        self._wide = struct.Struct(f"<{self.width}Q")
        self._table = self._fixed_table(weights, cache)
        self._rows: dict[int, int] = {}

    def row(self, token: int) -> int:
        found = self._rows.get(token)
        if found is None:
            if self._table is not None:
                start = token * self._fixed.size
                found = _widen(self._table[start : start + self._fixed.size])
            else:
                fields = self._to_fixed(self._half_row(token))
                found = int.from_bytes(self._wide.pack(*fields), "little")
            if len(self._rows) >= KEPT_ROWS:  # 2 KB each: a long process keeps a bounded set
                self._rows.clear()
            self._rows[token] = found
        return found

    def fixed_sums(self, ids: list[list[int]]) -> list[array[int]] | None:
        """fixed(sum of the rows of each list, its length) for a batch of non-empty id lists,
        summed by numpy from the mapped table: integers add exactly in any order, so these are
        the very sums that row() and fixed() give, without a 2 KB integer added for each token
        (most of a question's closeness in meaning). None when numpy is not loaded (a command
        line on a small store does not import it for this) or the table is not mapped."""
        np = sys.modules.get("numpy")
        if np is None or self._table is None or not ids:
            return None
        table = np.frombuffer(self._table, dtype="<u4").reshape(self.count, self.width)
        gathered = table[np.fromiter(chain.from_iterable(ids), dtype=np.intp)]
        lengths = [len(text_ids) for text_ids in ids]
        totals = np.empty((len(ids), self.width), dtype=np.int64)
        start = 0
        # a text at a time: a reduction along the rows of each is several times faster than
        # np.add.reduceat's over the whole batch
        for row, length in enumerate(lengths):
            gathered[start : start + length].sum(axis=0, dtype=np.int64, out=totals[row])
            start += length
        totals -= np.array(lengths, dtype=np.int64)[:, None] * OFFSET
        return [array("q", row.tobytes()) for row in totals]

    def half_table(self) -> np.ndarray:
        """The whole float16 table as a numpy array over the memory map (no copy)."""
        import numpy as np

        table = np.frombuffer(
            self._f16, dtype="<f2", count=self.count * self.width, offset=self._start
        )
        return table.reshape(self.count, self.width)

    def fixed(self, total: int, n: int) -> array[int]:
        """The sum of n rows in fixed point (each value times 2**24), exact."""
        offset = n * OFFSET
        fields = self._wide.unpack(total.to_bytes(self._wide.size, "little"))
        return array("q", [x - offset for x in fields])

    def _half_row(self, token: int) -> tuple[float, ...]:
        return self._half.unpack_from(self._f16, self._start + token * self._half.size)

    @staticmethod
    def _to_fixed(values: tuple[float, ...]) -> list[int]:
        if any(not -LIMIT < v < LIMIT for v in values):
            raise ValueError("an embedding value beyond the fixed-point range")
        return [int(v * SCALE) + OFFSET for v in values]

    def _fixed_table(self, weights: Path, cache: Path) -> mmap.mmap | None:
        """The fixed-point table in the cache, written first if absent; None if it cannot be."""
        info = weights.stat()
        # the real path: installations reached through a symlink (a virtualenv linked into
        # several checkouts) share one table instead of writing one each
        stamp = f"{_VERSION}|{os.path.realpath(weights)}|{info.st_size}|{info.st_mtime_ns}"
        path = cache / f"embedding-{zlib.crc32(stamp.encode('utf-8', 'surrogateescape')):08x}.u32"
        size = self.count * self._fixed.size
        try:
            if not path.exists() or path.stat().st_size != size:
                self._write(path, stamp)
                _prune_tables(cache, keep=path)
            with path.open("rb") as handle:
                return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None  # a cache that cannot be written only costs this process speed

    def _write(self, path: Path, stamp: str) -> None:
        """The table and its stamp, each whole or not at all. The stamp goes first: another
        installation's process pruning the cache deletes a table it finds without a readable
        stamp, and must never find this one so while it is being put in place."""
        path.parent.mkdir(parents=True, exist_ok=True)  # first: no conversion for nowhere
        import numpy as np  # once per change of the weights: a vectorised conversion

        half = np.frombuffer(
            self._f16, dtype="<f2", count=self.count * self.width, offset=self._start
        )
        if half.size and float(np.abs(half).max()) >= LIMIT:
            raise ValueError("an embedding value beyond the fixed-point range")
        fixed = (half.astype(np.float64) * SCALE).astype(np.int64) + OFFSET
        _replace_whole(path.with_suffix(".stamp"), stamp.encode("utf-8", "surrogateescape"))
        _replace_whole(path, fixed.astype("<u4").tobytes())


def _replace_whole(path: Path, data: bytes) -> None:
    """Write a file under a temporary name and move it into place: a reader never sees half."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _prune_tables(cache: Path, keep: Path) -> None:
    """Delete the other tables whose weights file has changed or is gone (an upgraded package, a
    removed installation): 32 MB each, and nothing else ever removes them. A table is kept while
    its stamp, written beside it, still describes its weights file; one without a stamp (written
    before stamps were) is rebuilt by the installation that still needs it. Run only after a
    table is written, which is rare."""
    for table in cache.glob("embedding-*.u32"):
        if table == keep:
            continue
        try:
            head, size, mtime = table.with_suffix(".stamp").read_bytes().decode().rsplit("|", 2)
            weights = head.split("|", 1)[1]
            info = os.stat(weights)
            if (str(info.st_size), str(info.st_mtime_ns)) == (size, mtime):
                continue
        except (OSError, ValueError):
            pass  # no readable stamp, or the weights file is gone
        for stale in (table, table.with_suffix(".stamp")):
            with contextlib.suppress(OSError):
                stale.unlink()


def _widen(fields: bytes) -> int:
    """Little-endian 32-bit fields as one integer with a 64-bit field each: each field's four
    bytes are copied into the low half of its 8 (slice copies in C, a third of the time of
    unpacking 256 numbers and packing them again)."""
    wide = bytearray(len(fields) // 4 * FIELD_BYTES)
    for byte in range(4):
        wide[byte::FIELD_BYTES] = fields[byte::4]
    return int.from_bytes(wide, "little")
