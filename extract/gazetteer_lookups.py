"""The gazetteer as a few key lookups, for processes that ask about a handful of names.

Loading the whole compact gazetteer (extract/places.py) takes about a tenth of a second: a
command line that resolves "Raqqa" needs a dozen of its entries. This object answers the same
questions (`names.get`, `word in longest`, `cities[i]`, ...) from a compiled keyed table
(text/compiled.py) and loads the whole gazetteer only when a process turns out to need it:
after LOOKUPS lookups (ingesting an article asks thousands), as soon as anything iterates over
it (fuzzy lookups, counts), or when the table is missing or stale. From then on the attributes
are the gazetteer's own dicts and lists, so extraction runs at full speed.

The table is written by `save()`, which the command line calls when a command is done: never
in the middle of an answer, and not by the Slack bot (a long-lived process keeps the gazetteer
in memory).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from text.compiled import Keyed, open_keyed, write_keyed

LOOKUPS = 2_000
TABLE = "gazetteer lookups"
_ABSENT = object()


class _Lookups:
    """One of the gazetteer's dicts (or its list of cities), by key prefix."""

    def __init__(self, owner: GazetteerLookups, field: str, prefix: str) -> None:
        self._owner, self._field, self._prefix = owner, field, prefix

    def _full(self) -> Any:
        self._owner.full()
        return getattr(self._owner, self._field)  # the loaded object itself, now

    def get(self, key: object, default: object = None) -> Any:
        owner = self._owner
        if owner.loaded is not None or owner.count() or owner.table is None:
            full = self._full()
            if self._field == "cities":
                return full[key]
            if self._field == "pairs":
                return 1 if key in full else default
            return full.get(key, default)
        value = owner.table.get(f"{self._prefix}{key}", _ABSENT)  # type: ignore[union-attr]
        return default if value is _ABSENT else value

    def __contains__(self, key: object) -> bool:
        return self.get(key, _ABSENT) is not _ABSENT

    def __getitem__(self, key: object) -> Any:
        value = self.get(key, _ABSENT)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[Any]:
        return iter(self._full())

    def __len__(self) -> int:
        return len(self._full())


class GazetteerLookups:
    """Stands for the compact gazetteer: same attributes, looked up or loaded on demand."""

    def __init__(
        self,
        load: Callable[[], Any],
        sources: Iterable[str],
        pairs_of: Callable[[Any], frozenset[str]],
    ) -> None:
        self._load, self._pairs_of = load, pairs_of
        self._sources = list(sources)
        self._lock = threading.RLock()
        self._lookups = 0
        self._table: Keyed | None = None
        self._table_checked = False
        self.loaded: Any = None
        self._pairs: frozenset[str] | None = None

    # -- loading

    @property
    def table(self) -> Keyed | None:
        """The compiled lookups, or None when they are missing or stale."""
        with self._lock:
            if not self._table_checked:
                self._table = open_keyed(TABLE, self._sources)
                self._table_checked = True
            return self._table

    def save(self) -> None:
        """Write the lookups table for later processes, if this one loaded the gazetteer and
        found the table missing or stale."""
        if self.loaded is not None and self.table is None:
            write_keyed(TABLE, self._sources, self._rows(self.loaded))

    def _rows(self, gaz: Any) -> Iterator[tuple[str, object]]:
        yield "countries", tuple(gaz.countries)
        yield "us_states", tuple(gaz.us_states)
        for key, codes in gaz.names.items():
            yield f"n:{key}", tuple(codes)
        for index, city in enumerate(gaz.cities):
            yield f"c:{index}", tuple(city)
        for key, value in gaz.zipf.items():
            yield f"z:{key}", value
        for word, most in gaz.longest.items():
            yield f"l:{word}", most
        for pair in self._pairs_of(gaz):
            yield f"p:{pair}", 1

    def full(self) -> Any:
        """The whole gazetteer, loaded once."""
        with self._lock:
            if self.loaded is None:
                self.loaded = self._load()
            return self.loaded

    def count(self) -> bool:
        """Count one lookup; True once a process has asked enough to load everything."""
        self._lookups += 1
        if self._lookups > LOOKUPS:
            self.full()
            return True
        return False

    # -- the gazetteer's attributes: its own objects once loaded, lookups before

    @property
    def names(self) -> Any:
        return self.loaded.names if self.loaded is not None else _Lookups(self, "names", "n:")

    @property
    def longest(self) -> Any:
        return self.loaded.longest if self.loaded is not None else _Lookups(self, "longest", "l:")

    @property
    def zipf(self) -> Any:
        return self.loaded.zipf if self.loaded is not None else _Lookups(self, "zipf", "z:")

    @property
    def cities(self) -> Any:
        return self.loaded.cities if self.loaded is not None else _Lookups(self, "cities", "c:")

    @property
    def pairs(self) -> Any:
        """First two words of every name of two words or more."""
        if self.loaded is not None:
            if self._pairs is None:
                self._pairs = self._pairs_of(self.loaded)
            return self._pairs
        return _Lookups(self, "pairs", "p:")

    @property
    def countries(self) -> Any:
        table = self.table if self.loaded is None else None
        return (table.get("countries") if table else None) or self.full().countries

    @property
    def us_states(self) -> Any:
        table = self.table if self.loaded is None else None
        return (table.get("us_states") if table else None) or self.full().us_states
