"""Time per fuzzed input, measured and kept, never asserted (a loaded test machine is slow with
no fault in Sitrep). With SITREP_FUZZ_TIMES=FILE each measured call appends one JSON line,
{"target", "chars", "seconds"}, to FILE; bench/reliability_tables.py reports the slowest input
of each target and its size beside the bound of docs/RELIABILITY.md."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def timed(target: str, given: str | bytes) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:  # a refused input is timed too: refusals are where hostile input ends
        path = os.environ.get("SITREP_FUZZ_TIMES")
        if path:
            seconds = time.perf_counter() - start
            entry = {"target": target, "chars": len(given), "seconds": seconds}
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
