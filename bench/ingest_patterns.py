"""Which regular expressions a bulk ingest spends its pattern time in: each pattern's CPU time
over COUNT corpus articles after WARM (the articles of `bench/ingest_instructions.py`), with the
place in the code that compiled it.

Every pattern compiled through `re` is wrapped before the code is imported; each call of a
pattern's method, and each step of a `finditer`, is timed by the thread's CPU clock (not the
wall clock, which a loaded host's other processes would charge to whichever call they
interrupt). The wrapper's own cost lands in the figures: a pattern called very often (a word at
a time) reads dearer than it is, so the calls column is there to tell. A profile to read, not a
figure to compare across hosts.

    .venv/bin/python bench/ingest_patterns.py --warm 100 --count 300 --top 40
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_SPENT: collections.Counter[str] = collections.Counter()
_CALLS: collections.Counter[str] = collections.Counter()
_clock = time.thread_time_ns


class _Timed:
    """A compiled pattern whose calls are timed under its key."""

    def __init__(self, pattern: re.Pattern[str], key: str) -> None:
        self._pattern, self._key = pattern, key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Timed) else other)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        key = self._key
        _CALLS[key] += 1
        start = _clock()
        found = self._pattern.finditer(*args, **kwargs)
        _SPENT[key] += _clock() - start
        while True:
            start = _clock()
            match = next(found, None)
            _SPENT[key] += _clock() - start
            if match is None:
                return
            yield match


def _timed(name: str) -> Callable[..., Any]:
    def call(self: _Timed, *args: Any, **kwargs: Any) -> Any:
        _CALLS[self._key] += 1
        start = _clock()
        result = getattr(self._pattern, name)(*args, **kwargs)
        _SPENT[self._key] += _clock() - start
        return result

    return call


for _name in ("search", "match", "fullmatch", "sub", "subn", "split", "findall"):
    setattr(_Timed, _name, _timed(_name))


def _wrap_compile() -> None:
    compile_pattern = re._compile  # type: ignore[attr-defined]

    def wrapped(pattern: Any, flags: int) -> Any:
        if isinstance(pattern, _Timed):
            return pattern
        compiled = compile_pattern(pattern, flags)
        if not isinstance(compiled, re.Pattern) or not isinstance(compiled.pattern, str):
            return compiled
        site = next(
            (
                f"{Path(frame.filename).relative_to(HERE.parent)}:{frame.lineno}"
                for frame in reversed(traceback.extract_stack(limit=5)[:-1])
                if frame.filename.startswith(str(HERE.parent)) and frame.filename != __file__
            ),
            "?",
        )
        return _Timed(compiled, f"{site}  {compiled.pattern[:70]!r}")

    re._compile = wrapped  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warm", type=int, default=100)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    _wrap_compile()
    from bench.common import corpus_records
    from commands import ingest_bulk as bulk
    from store.db import connect

    bulk.BATCH_SECONDS = float("inf")
    lines = [json.dumps(r) for r in corpus_records(args.warm + args.count, first=0)]
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "store.db")
        bulk.ingest_jsonl(db, lines[: args.warm], "warm")
        _SPENT.clear()
        _CALLS.clear()
        start = time.process_time()
        bulk.ingest_jsonl(db, lines[args.warm :], "counted")
        total = time.process_time() - start
    patterns = sum(_SPENT.values()) / 1e9
    print(
        f"{args.count} articles after {args.warm}: {total:.2f} s CPU, {patterns:.2f} s in patterns"
    )
    print("ms CPU\tcalls\twhere compiled, pattern")
    for key, spent in _SPENT.most_common(args.top):
        print(f"{spent / 1e6:.1f}\t{_CALLS[key]}\t{key}")


if __name__ == "__main__":
    main()
