"""What compiling regular expressions on their first use costs in a bulk ingest's counted
articles: the share of `bench/ingest_instructions.py`'s figure that a longer run would not pay
again.

`ingest_jsonl` of COUNT corpus articles (the first of `bench/common.corpus_records` after WARM)
into a store warmed on the WARM before them, as ingest_instructions.py runs it; the process CPU
time of the counted articles, and the part of it spent in the standard library's pattern
compiler (`re._compiler.compile`: every pattern compiled, whether by `re.compile` or by a
function given a string). The clutter shapes, and many of the other patterns, are compiled when
a text first needs them (text/clutter_shapes.py), so a pattern first needed in the counted
articles is compiled there, once per process.

    .venv/bin/python bench/ingest_compiles.py --warm 50 --count 100
    .venv/bin/python bench/ingest_compiles.py --warm 1000 --count 100

CPU time, so a loaded host moves the figures; the share and the count of patterns are what to
read. (Not counted: the parses text/clutter_shapes.py makes of a shape to rewrite it, which
also run once per shape and process.)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warm", type=int, default=50)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from re import _compiler  # type: ignore[attr-defined]

    spent = [0.0, 0]
    compile_pattern = _compiler.compile

    def timed(pattern: object, flags: int = 0) -> object:
        start = time.process_time()
        try:
            return compile_pattern(pattern, flags)
        finally:
            spent[0] += time.process_time() - start
            spent[1] += 1

    _compiler.compile = timed
    from bench.common import corpus_records
    from commands import ingest_bulk as bulk
    from store.db import connect

    bulk.BATCH_SECONDS = float("inf")  # batches closed by count, as ingest_instructions.py does
    lines = [json.dumps(r) for r in corpus_records(args.warm + args.count, first=0)]
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "store.db")
        bulk.ingest_jsonl(db, lines[: args.warm], "warm")
        spent[:] = [0.0, 0]
        start = time.process_time()
        bulk.ingest_jsonl(db, lines[args.warm :], "counted")
        total = time.process_time() - start
    print(
        f"warm {args.warm}, count {args.count}: {total:.3f} s CPU for the counted articles, "
        f"{spent[0]:.3f} s of it compiling {spent[1]} patterns ({100 * spent[0] / total:.1f}%)"
    )


if __name__ == "__main__":
    main()
