"""The store's upkeep from the terminal: backup, restore and check, each with its progress on
standard error."""

from __future__ import annotations

import sys
from collections.abc import Callable


def _progress(what: str) -> Callable[[int, int], None]:
    """A progress line on standard error, rewritten in place in a terminal."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0] and (sys.stderr.isatty() or percent == 100):
            end = "\n" if percent == 100 else ""
            print(f"\r{what}: {percent}%", end=end, file=sys.stderr, flush=True)
            shown[0] = percent

    return report


def cmd_backup(args) -> int:
    from store.db import default_path
    from store.maintenance import backup

    copied = backup(args.db or default_path(), args.path, _progress("backup"))
    print(
        f"backed up {copied.articles:,} articles ({copied.bytes / 2**20:,.1f} MB) to {copied.path}"
    )
    return 0


def cmd_restore(args) -> int:
    from store.db import default_path
    from store.maintenance import restore

    store = args.db or default_path()
    kept = restore(args.path, store, _progress("restore"))
    print(
        f"restored {args.path} into {store}"
        + (f"; the store it replaced is kept as {kept}" if kept else "")
    )
    return 0


def cmd_check(args) -> int:
    from store.check import check, outbox_warnings
    from store.db import connect

    db = connect(args.db, create=False)
    problems = check(db, _progress("checking the index"))  # type: ignore[arg-type]
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        print(
            f"{len(problems)} problem{'s' if len(problems) > 1 else ''} found; "
            "`sitrep restore` a backup, or ingest the articles again into a new store"
        )
        return 1
    warnings = outbox_warnings(db)
    for warning in warnings:
        print(f"warning: {warning}")
    if warnings:
        print("the store is sound, but messages for Slack are not getting through")
        return 1
    print("the store is sound")
    return 0
