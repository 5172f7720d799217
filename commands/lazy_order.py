"""Items in the order of a sort key whose costly parts are worked out only for the items a
caller reads, the order being exactly sorted()'s by the whole key.

A timeline tells a date by the first of its reports, in the order of a key, that passes its
tests; the key opens with several sentence rules (is the date only a thing's name, a plan, a
deadline ...), asked of every report of the date when the reports are sorted, though the first
or second report read is most often the one told. A costly part of the key that is a yes or
no splits the items in two: every item answering no comes first, in the order of the parts
after it, then every item answering yes, in that same order. So the items can be read in the
order of the later parts, asking the costly part of each only as it is read: an item answering
no is the next one of the whole order, one answering yes waits until every item has been read.
The cheap parts are worked out for every item and the items grouped by them, as a sort would.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Part(Generic[T]):
    """One part of a sort key. costly: worked out only for the items read; its values must be
    True or False (the order puts False first, as sorting does)."""

    value: Callable[[T], object]
    costly: bool = False


class LazyOrder(Generic[T]):
    """The order of items by the key made of parts, each part's value worked out at most once
    an item (ident names an item: two items with one name are taken to be the same)."""

    def __init__(self, parts: Sequence[Part[T]], ident: Callable[[T], Hashable]) -> None:
        self.parts = tuple(parts)
        self.ident = ident
        self._values: dict[tuple[int, Hashable], object] = {}

    def value(self, index: int, item: T) -> object:
        """The value of the key's part index for item (worked out once)."""
        at = (index, self.ident(item))
        if at not in self._values:
            part = self.parts[index]
            found = part.value(item)
            if part.costly and not isinstance(found, bool):
                raise TypeError(f"a costly part of a key must be True or False, not {found!r}")
            self._values[at] = found
        return self._values[at]

    def prefix(self, item: T, length: int) -> tuple[object, ...]:
        """The first length parts of item's key, as sorting by the key would compare them."""
        return tuple(self.value(i, item) for i in range(length))

    def ranked(self, items: Sequence[T]) -> Iterator[T]:
        """items in the order sorted() gives them by the whole key (ties in the order given)."""
        return self._ranked(list(items), 0)

    def _ranked(self, items: list[T], start: int) -> Iterator[T]:
        if start == len(self.parts) or len(items) <= 1:
            yield from items  # tied on every part left: sorted() keeps the order given
            return
        if self.parts[start].costly:
            later: list[T] = []
            for item in self._ranked(items, start + 1):
                if self.value(start, item):
                    later.append(item)
                else:
                    yield item
            yield from later
            return

        def key(item: T) -> Any:
            return self.value(start, item)

        for _, group in groupby(sorted(items, key=key), key=key):
            yield from self._ranked(list(group), start + 1)
