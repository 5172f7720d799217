"""Instructions an article of bulk ingest, counted by valgrind's callgrind, for codes side by side.

For each code (a checkout's directory): `ingest_jsonl` of COUNT corpus articles (the first of
`bench/common.corpus_records` after WARM) into a store warmed on the WARM before them, less the
same run with none, divided by COUNT. Each code has its own knowledge cache (SITREP_CACHE_DIR),
filled by a run before the counted ones. Batches are closed by count, not by BATCH_SECONDS: under
valgrind a 30-second batch is about 70 articles (a real one about 3,000), so the clock would add
commits. `--stage clutter` counts `text.clutter.set_apart` alone the same way: COUNT cleaned
corpus texts after WARM, less none. `--stage extract` counts `extract.pipeline.extract` alone
(actors, places, relations, dates, events, scope): the arguments ingest gives it are taken from
every article's preparation first (cleaning and clutter included, in both runs alike), then
the first WARM + COUNT of them are extracted, less the first WARM (an article refused before
the extraction has none, so the counted articles can differ by a few from the other stages').

    .venv/bin/python bench/ingest_instructions.py . bench/out/baseline-38a60cf68b84 ...

Instructions do not depend on the host's load, so codes measured in one run compare even on a
shared machine. Each code is measured under this tree's Python and dependencies.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def _work(stage: str, records: str, warm: int, count: int) -> None:
    """Runs in the code's own directory (sys.path[0] is it)."""
    lines = Path(records).read_text(encoding="utf-8").splitlines()
    if stage == "clutter":
        from text.clean import clean
        from text.clutter import set_apart

        texts = [clean(json.loads(line)["text"]) for line in lines]  # all, in both runs
        for text in texts[: warm + count]:
            set_apart(text)
        return
    if stage == "extract":
        _extract_work(lines, warm, count)
        return
    from store.db import connect

    try:
        from commands import ingest_bulk as bulk
    except ImportError:
        from commands import ingest as bulk  # type: ignore[no-redef]
    bulk.BATCH_SECONDS = float("inf")  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "store.db")
        bulk.ingest_jsonl(db, lines[:warm], "warm")
        if count:
            bulk.ingest_jsonl(db, lines[warm : warm + count], "counted")


class _Taken(Exception):
    """Raised in place of the extraction once its arguments are kept."""


def _extract_work(lines: list[str], warm: int, count: int) -> None:
    from commands import ingest_bulk as bulk
    from extract import article

    extract = article.extract
    taken: list[tuple[object, ...]] = []

    def take(*args: object) -> None:
        taken.append(args)
        raise _Taken

    article.extract = take  # type: ignore[assignment]
    for number, line in enumerate(lines, start=1):  # all, in both runs
        with contextlib.suppress(_Taken):
            bulk._prepare_line((number, line))
    article.extract = extract
    for args in taken[: warm + count]:
        extract(*args)  # type: ignore[arg-type]


def _run(code: Path, stage: str, records: Path, warm: int, count: int, cache: Path) -> int:
    # Bytecode of every module the runs import (the code's, the standard library's and the
    # dependencies') written into the code's own cache by the filling run, which does the counted
    # work natively: a module compiled from source in one run and read as bytecode in the other
    # (written between them, or never written where PYTHONDONTWRITEBYTECODE is set while a
    # checkout already holding __pycache__ reads it) put its compiling into the difference,
    # 3.1M an article of --stage extract between two copies of the same code.
    env = {
        **os.environ,
        "SITREP_CACHE_DIR": str(cache),
        "PYTHONPATH": str(code),
        "PYTHONPYCACHEPREFIX": str(cache / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    worker = [sys.executable, str(Path(__file__).resolve()), "--work", stage, str(records)]
    # fill the knowledge cache and the bytecode first, uncounted
    subprocess.run(
        [*worker, str(warm), str(count)], cwd=code, env=env, check=True, capture_output=True
    )
    out = tempfile.mktemp(prefix="callgrind.", dir=cache)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *worker]
        + [str(warm), str(count)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    Path(out).unlink(missing_ok=True)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count for {code}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    if sys.argv[1:2] == ["--work"]:
        stage, records, warm, count = sys.argv[2:6]
        sys.path.insert(0, os.getcwd())
        _work(stage, records, int(warm), int(count))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("codes", nargs="+", type=Path, help="checkout directories")
    parser.add_argument("--warm", type=int, default=100)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--stage", choices=("ingest", "clutter", "extract"), default="ingest")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from bench.common import corpus_records

    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.jsonl"
        records.write_text(
            "".join(json.dumps(r) + "\n" for r in corpus_records(args.warm + args.count, first=0)),
            encoding="utf-8",
        )
        for code in args.codes:
            cache = Path(tmp) / f"cache-{args.codes.index(code)}"
            cache.mkdir(exist_ok=True)
            none = _run(code.resolve(), args.stage, records, args.warm, 0, cache)
            some = _run(code.resolve(), args.stage, records, args.warm, args.count, cache)
            per = (some - none) / args.count
            print(f"{code}\t{args.stage}\t{some - none}\t{per / 1e6:.2f}M an article", flush=True)


if __name__ == "__main__":
    main()
