"""Long lists of keys read or written through `IN (...)`, a batch at a time: SQLite binds at most
999 parameters to a statement in the builds this runs on, so a list of thousands of ids goes in
batches, each with its own placeholders."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def in_batches(values: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """Each batch of at most `size` values, in order, with its placeholders ("?,?,?") for an
    `IN (...)` list. A statement binding other parameters as well takes a smaller size, so
    that the two together stay under the limit."""
    for start in range(0, len(values), size):
        batch = list(values[start : start + size])
        yield batch, ",".join("?" * len(batch))
