"""The block format of postings, encoded and decoded.

A block holds up to BLOCK_SIZE postings (passage id, term frequency) of one term:
b"\x01" + first passage id (u32) + n (gap u16, frequency u8) records, the first gap 0 (three
bytes a posting: frequent terms, which hold most postings, have small gaps); or, when a gap or
a frequency does not fit, b"\x02" + n (passage id u32, frequency u16) records. Little-endian.

A block is decoded into Python lists by store/plain_bm25.block_postings, which a process that
does not import numpy uses too; a term's blocks, into numpy arrays here.
"""

from __future__ import annotations

import itertools
import operator
import struct
from collections.abc import Sequence

import numpy as np

from store.plain_bm25 import block_postings, block_records

BLOCK_SIZE = 320  # postings per block: a narrow block (under 1,002 bytes) stays inside its B-tree
# page, and rewriting the open tail block stays cheap
NARROW = np.dtype([("gap", "<u2"), ("tf", "u1")])  # format 1: after a u32 first passage id
WIDE = np.dtype([("pid", "<u4"), ("tf", "<u2")])  # format 2


def _ints(values: Sequence[int]) -> list[int]:
    """Python ints (the writer passes lists; tests and migrations may pass numpy arrays)."""
    return values if isinstance(values, list) else [int(v) for v in values]


_ONE_NARROW = struct.Struct("<BIHB")  # a narrow block of one posting, whole


def encode_block(pids: Sequence[int], tfs: Sequence[int]) -> bytes:
    """One block of postings: narrow (3 bytes each) when every gap and frequency fits."""
    pids, tfs = _ints(pids), _ints(tfs)
    if len(pids) == 1 and tfs[0] <= 0xFF:  # most blocks a batch writes: a term's first posting
        return _ONE_NARROW.pack(1, pids[0], 0, tfs[0])
    gaps = [0, *map(operator.sub, pids[1:], pids)]
    if max(gaps) <= 0xFFFF and max(tfs) <= 0xFF:
        pairs = itertools.chain.from_iterable(zip(gaps, tfs, strict=True))
        return b"\x01" + struct.pack("<I", pids[0]) + block_records("HB", len(pids)).pack(*pairs)
    pairs = itertools.chain.from_iterable(zip(pids, tfs, strict=True))
    return b"\x02" + block_records("IH", len(pids)).pack(*pairs)


def append_block(block: bytes, pids: list[int], tfs: list[int], last: int | None = None) -> bytes:
    """block with postings appended: new records only, unless the block must become wide.
    last: the block's last passage id if known (last_pids), else read from the block here."""
    if block[0] == 2:
        pairs = itertools.chain.from_iterable(zip(pids, tfs, strict=True))
        return block + block_records("IH", len(pids)).pack(*pairs)
    if last is None:
        n = (len(block) - 5) // 3
        last = int.from_bytes(block[1:5], "little") + sum(
            block_records("Hx", n).unpack_from(block, 5)
        )
    gaps = [pids[0] - last, *map(operator.sub, pids[1:], pids)]
    if max(gaps) <= 0xFFFF and max(tfs) <= 0xFF:
        pairs = itertools.chain.from_iterable(zip(gaps, tfs, strict=True))
        return block + block_records("HB", len(pids)).pack(*pairs)
    old_pids, old_tfs = block_postings(block)
    return encode_block(old_pids + pids, old_tfs + tfs)


def last_pids(blocks: dict[int, bytes]) -> dict[int, int]:
    """key -> the last passage id of each narrow block among blocks (what append_block reads
    from one block: its first id plus the sum of its gaps), for all of them at once. A batch
    appends to the open tail block of most of its terms (some 22 of them an article after
    2,000 articles): unpacking each block's gaps into Python ints and summing them, block by
    block, grows with the blocks' fill, which grows with the store. The sums are exact (at
    most 320 gaps of 16 bits, in int64)."""
    narrow = [(key, data) for key, data in blocks.items() if data[0] == 1]
    if not narrow:
        return {}
    counts = [(len(data) - 5) // 3 for _, data in narrow]
    body = np.frombuffer(
        b"".join([data[5 : 5 + 3 * n] for (_, data), n in zip(narrow, counts, strict=True)]),
        dtype=NARROW,
    )
    totals = np.concatenate(([0], np.cumsum(body["gap"], dtype=np.int64)))
    sizes = np.array(counts, dtype=np.int64)
    ends = np.cumsum(sizes)
    firsts = np.frombuffer(b"".join([data[1:5] for _, data in narrow]), dtype="<u4")
    lasts = firsts.astype(np.int64) + totals[ends] - totals[ends - sizes]
    return dict(zip([key for key, _ in narrow], lasts.tolist(), strict=True))


def decode_block(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(passage ids as uint32, term frequencies as uint16) of one block."""
    return decode_blocks([data])


def decode_blocks(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Consecutive blocks of one term, decoded with one running sum over all of them."""
    if len(blobs) > 1 and all(data[0] == 1 for data in blobs):
        return _decode_narrow(blobs)
    gap_parts, tf_parts = [], []
    for data in blobs:
        if data[0] == 1:
            body = np.frombuffer(data, dtype=NARROW, offset=5)
            gaps: np.ndarray = body["gap"].astype(np.int64)
            gaps[0] = int.from_bytes(data[1:5], "little")
        else:
            body = np.frombuffer(data, dtype=WIDE, offset=1)
            gaps = np.diff(body["pid"].astype(np.int64), prepend=0)
        gap_parts.append(gaps)  # each block's sum restarts from 0: its first value is absolute
        tf_parts.append(body["tf"])
    if not gap_parts:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint16)
    if len(gap_parts) == 1:
        return np.cumsum(gap_parts[0]).astype(np.uint32), tf_parts[0].astype(np.uint16)
    sizes = np.array([len(g) for g in gap_parts])
    total = np.cumsum(np.concatenate(gap_parts))
    before = np.concatenate([[0], total[np.cumsum(sizes)[:-1] - 1]])
    pids = total - np.repeat(before, sizes)
    return pids.astype(np.uint32), np.concatenate(tf_parts).astype(np.uint16)


def _decode_narrow(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Narrow blocks only (nearly every block): their records joined and decoded by numpy in
    one pass, instead of a few numpy calls per block (a frequent term has a thousand blocks)."""
    body = np.frombuffer(b"".join([data[5:] for data in blobs]), dtype=NARROW)
    sizes = np.fromiter(((len(data) - 5) // 3 for data in blobs), dtype=np.int64, count=len(blobs))
    starts = np.cumsum(sizes) - sizes
    gaps = body["gap"].astype(np.int64)
    firsts = np.frombuffer(b"".join([data[1:5] for data in blobs]), dtype="<u4")
    # Each block restarts from its absolute first id: the running sum is corrected by what the
    # previous blocks added up to.
    gaps[starts] = firsts
    total = np.cumsum(gaps)
    before = np.concatenate([[0], total[starts[1:] - 1]])
    pids = total - np.repeat(before, sizes)
    return pids.astype(np.uint32), body["tf"].astype(np.uint16)
