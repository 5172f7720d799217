"""The store's upkeep from the terminal: backup, restore, check and reindex, each with its
progress on standard error."""

from __future__ import annotations

import sys
import time
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
    _say_out_of_date(db)
    return 0


def _say_out_of_date(db) -> None:
    """Not a problem, but worth doing: articles an older cleaner or extractor made."""
    from commands.reindex import out_of_date

    stale = out_of_date(db)
    if stale:
        print(
            f"note: {stale:,} article{'s were' if stale > 1 else ' was'} cleaned and extracted "
            "by an older version; `sitrep reindex` refreshes them"
        )


def _reindex_progress() -> Callable[[int, int], None]:
    """'1,200 / 98,930 articles, 140/s, 11 min left' on standard error: redrawn in place on
    a terminal, every few seconds otherwise."""
    tty = sys.stderr.isatty()
    started = time.monotonic()
    shown = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - shown[0] < (0.2 if tty else 5.0) and done < total:
            return
        shown[0] = now
        rate = done / max(now - started, 1e-9)
        left = (total - done) / rate if rate else 0.0
        when = f"{left / 60:.0f} min left" if left >= 90 else f"{left:.0f} s left"
        line = f"{done:,} / {total:,} articles, {rate:,.0f}/s, {when}"
        print(f"\r{line}" if tty else line, end="" if tty else "\n", file=sys.stderr, flush=True)

    return report


def cmd_reindex(args, print_json: Callable[[object], None], usage_error: type[Exception]) -> int:
    from commands import reindex
    from store.db import connect

    if args.batch < 1:
        raise usage_error("--batch must be at least 1")
    db = connect(args.db, create=False)
    progress = None if (args.quiet or args.dry_run) else _reindex_progress()
    try:
        result = reindex.run(
            db,  # type: ignore[arg-type]
            every=args.all,
            dry_run=args.dry_run,
            batch=args.batch,
            progress=progress,
        )
    except reindex.ReindexError as exc:
        print(
            f"\nsitrep: error: {exc}" if sys.stderr.isatty() else f"sitrep: error: {exc}",
            file=sys.stderr,
        )
        return 1
    if progress is not None and sys.stderr.isatty() and result.to_do:
        print(file=sys.stderr)
    if args.json:
        print_json(result.to_json())
        return 0
    which = "articles" if args.all else "out-of-date articles"
    if result.dry_run:
        print(
            f"{result.to_do:,} of {result.articles:,} {which} would be re-cleaned and "
            "re-extracted (nothing changed)"
        )
        return 0
    for kept in result.kept:
        print(f"kept as it was: {kept}", file=sys.stderr)
    rate = result.reindexed / result.seconds if result.seconds else 0.0
    print(
        f"reindexed {result.reindexed:,} of {result.to_do:,} {which} in {result.seconds:,.1f} s "
        f"({rate:,.0f}/s); {result.text_changed:,} texts cleaned differently"
        + (f", {len(result.kept):,} kept as they were" if result.kept else "")
        + (
            f", {result.changed_meanwhile:,} changed meanwhile (run again)"
            if result.changed_meanwhile
            else ""
        )
        + f"; {result.out_of_date:,} out of date now"
    )
    return 0
