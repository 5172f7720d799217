"""The `sitrep` command: the terminal front end over the same commands the Slack bot runs."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterator

from cli import maintenance

PROG = "sitrep"
# the commands that answer one question and end (not ingest, serve, export, check)
ANSWERS_ONCE = frozenset({"quote", "actor", "timeline", "dates"})
# Commands whose every start compiles the same patterns and dataclass methods, kept from one
# process to the next (cli/code_cache.py): the questions, and `ingest`, whose cleaner and
# extractors compile a second of patterns for one article file (0.85 s of CPU read back against
# 1.47 s). An ingest may be long, so it keeps Python's cyclic collector, unlike the questions.
CODE_KEPT = ANSWERS_ONCE | {"ingest"}


class UsageError(Exception):
    pass


def _open(args, create: bool = False):
    from store.db import connect

    return connect(args.db, create=create)


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


# --- ingest -----------------------------------------------------------------------------------


def _progress_reporter(
    total_bytes: int | None,
) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A progress line on stderr: redrawn in place on a terminal, every few seconds otherwise."""
    tty = sys.stderr.isatty()
    started = time.monotonic()
    last = [0.0]

    def update(lines: int, done_bytes: int) -> None:
        now = time.monotonic()
        if now - last[0] < (0.2 if tty else 5.0):
            return
        last[0] = now
        rate = lines / max(now - started, 1e-9)
        share = f" {100 * done_bytes / total_bytes:5.1f}%" if total_bytes else ""
        message = f"ingesting:{share} {lines} lines, {rate:.0f}/s"
        sys.stderr.write(f"\r{message}" if tty else f"{message}\n")
        sys.stderr.flush()

    def finish() -> None:
        if tty and last[0]:
            sys.stderr.write("\n")

    return update, finish


def _jsonl_lines(path: str, on_bytes: Callable[[int], None]) -> Iterator[str]:
    stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    with stream:
        done = 0
        for raw in stream:
            done += len(raw)
            on_bytes(done)
            yield raw.decode("utf-8", errors="replace")


def cmd_ingest(args) -> int:
    from commands import ingest

    try:
        published = ingest.validate_date(args.published)
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    db = _open(args, create=True)
    from store import workspace

    try:
        team = workspace.team_for_ingest(db, args.workspace)
    except workspace.WorkspaceError as exc:
        raise UsageError(str(exc)) from None
    if args.jsonl:
        if args.paths:
            raise UsageError("give either PATH... or --jsonl FILE, not both")
        if args.jsonl != "-" and not os.path.isfile(args.jsonl):
            raise UsageError(f"{args.jsonl}: no such file")
        size = os.path.getsize(args.jsonl) if args.jsonl != "-" else None
        update, finish = _progress_reporter(size)
        state = {"bytes": 0}
        lines = _jsonl_lines(args.jsonl, lambda n: state.__setitem__("bytes", n))
        result = ingest.ingest_jsonl(
            db, lines, args.jsonl, progress=lambda n: update(n, state["bytes"]), team=team
        )
        finish()
    else:
        if not args.paths:
            raise UsageError(
                "nothing to ingest: give one or more PATHs, '-' for standard input, or --jsonl FILE"
            )
        result = ingest.ingest_paths(
            db, args.paths, ingest.Options(published, args.source), team=team
        )
    if args.json:
        _print_json(result.to_json())
    else:
        from cli import render

        if result.articles:
            print(render.ingest_result(result))
    for warning in result.warnings:  # stored, but not all of it extracted
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    for error in result.errors:
        print(f"{PROG}: error: {error}", file=sys.stderr)
    return 1 if result.errors else 0


# --- quote, export ----------------------------------------------------------------------------


def cmd_quote(args) -> int:
    from commands import quote

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    from cli.exports import check_export, write_export

    check_export(args)
    db = _open(args)
    answer = quote.run(db, " ".join(args.words), limit=args.limit)
    if args.export and answer.results:
        from commands.cited_export import quote_rows

        return write_export("quote", answer.query, quote_rows(db, answer), args)
    if args.json:
        _print_json(answer.to_json())
    else:
        from cli import render

        print(render.quote_answer(answer, _color()))
    return 0


def cmd_export(args) -> int:
    from commands import export

    db = _open(args)
    if args.json:
        for piece in export.json_document(export.run(db)):
            sys.stdout.write(piece)
    else:
        for article in export.run(db):
            dup = f" (duplicate of #{article['duplicate_of']})" if article["duplicate_of"] else ""
            print(
                f"#{article['id']} {article['title']} — {article['source'] or 'source unknown'}, "
                f"{article['published'] or 'date unknown'}, "
                f"{len(article['passages'])} passages{dup}"
            )
    return 0


def cmd_serve(args) -> int:
    from bot.main import serve

    return serve(args)


# --- parser -----------------------------------------------------------------------------------


def _terminal_width() -> int:
    """What argparse asks shutil.get_terminal_size for ($COLUMNS, else the terminal's width,
    else 80), less its margin of 2: importing shutil (with bz2 and lzma) would cost every
    command line a few milliseconds for one number."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _Formatter(argparse.HelpFormatter):
    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _terminal_width() if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _ParagraphFormatter(_Formatter):
    """Wraps each paragraph of a command's docstring on its own, instead of running them into
    one."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n\n".join(
            super(_ParagraphFormatter, self)._fill_text(p, width, indent)
            for p in text.split("\n\n")
        )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser, generated from the command registry: one subcommand per CLI command with
    its arguments or, given `only`, that one subcommand alone (the others are neither needed
    nor shown, and declaring them, summaries included, is most of the parser's time)."""
    from commands.registry import for_front

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Follow a conflict through the news: ingest articles, then ask who, where and "
        "when, with verbatim evidence.",
        epilog="The database is --db, else $SITREP_DB, else ./sitrep.db.",
        formatter_class=_Formatter,
    )
    db_help = "SQLite database file (default: $SITREP_DB, else ./sitrep.db)"
    parser.add_argument("--db", default=None, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in for_front("cli"):
        if only is not None and command.name != only:
            continue
        p = sub.add_parser(
            command.name,
            help=command.summary,
            description=command.description,
            formatter_class=_ParagraphFormatter,
        )
        p.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
        p.set_defaults(handler=HANDLERS[command.name])
        for argument in command.arguments:
            nargs = ("*" if argument.optional else "+") if argument.many else None
            p.add_argument(argument.dest, nargs=nargs, metavar=argument.metavar, help=argument.help)
        for option in command.options_for("cli"):
            if option.metavar is None:
                p.add_argument(
                    f"--{option.name}", action="store_true", dest=option.key, help=option.help
                )
            else:
                p.add_argument(
                    f"--{option.name}",
                    dest=option.key,
                    metavar=option.metavar,
                    type=option.type,
                    default=option.default,
                    help=option.help,
                )
    return parser


def cmd_actor(args) -> int:
    from cli.profiles import actor

    return actor(args, _open(args), _print_json, _color())


def cmd_curation(args) -> int:
    from cli.curations import listing

    return listing(args, _open(args), _print_json)


def cmd_watches(name: str) -> Callable[[argparse.Namespace], int]:
    """brief, watch and unwatch live in cli/watches.py."""

    def handler(args: argparse.Namespace) -> int:
        from cli import watches

        return getattr(watches, name)(args, _open(args), _print_json)

    return handler


def cmd_timeline(args) -> int:
    from cli.profiles import timeline

    return timeline(args, _open(args), _print_json, _color())


def cmd_shell(args) -> int:
    from cli import shell

    return shell.run(args.db, main)


def cmd_dates(args) -> int:
    from cli.profiles import dates

    return dates(args, _print_json)


def _readable(argv: list[str]) -> list[str]:
    """Arguments that are not valid UTF-8 reach Python as lone surrogates; read the bad bytes
    as U+FFFD instead of failing on them later."""
    return [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for a in argv]


def _keep_compiled() -> None:
    """After the answer: store the gazetteer's lookups if this command had to load it whole
    (first run, or changed data), so the next command reads a few keys instead."""
    places = sys.modules.get("extract.places")
    if places is not None:
        places.gazetteer().save()


def cmd_corrections(name: str) -> Callable[[argparse.Namespace], int]:
    """stats, forget, edit, corrections and feedback live in cli/corrections.py."""

    def handler(args: argparse.Namespace) -> int:
        from cli import corrections

        if name == "stats":
            return corrections.stats(args, _print_json)
        return getattr(corrections, name)(args, _print_json, UsageError)

    return handler


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": cmd_ingest,
    "quote": cmd_quote,
    "actor": cmd_actor,
    "curation": cmd_curation,
    "timeline": cmd_timeline,
    "dates": cmd_dates,
    "export": cmd_export,
    "serve": cmd_serve,
    "shell": cmd_shell,
    "backup": maintenance.cmd_backup,
    "restore": maintenance.cmd_restore,
    "check": maintenance.cmd_check,
    "reindex": lambda args: maintenance.cmd_reindex(args, _print_json, UsageError),
    **{name: cmd_watches(name) for name in ("brief", "watch", "unwatch")},
    **{
        name: cmd_corrections(name)
        for name in ("stats", "forget", "edit", "corrections", "feedback")
    },
}


def main(argv: list[str] | None = None) -> int:
    """Run one command line: argv, else the process's own arguments (the `sitrep` command,
    whose process ends with the command)."""
    from commands.registry import COMMANDS, cli_argv

    words = cli_argv(_readable(sys.argv[1:] if argv is None else argv))
    at = next(
        (n for n, w in enumerate(words) if w in COMMANDS and (n == 0 or words[n - 1] != "--db")),
        None,
    )
    # `sitrep --help quote` asks for the whole list: only a command named before any help
    # option narrows the parser to it
    narrowed = at is not None and not {"-h", "--help"} & set(words[:at])
    # the command the parser reads below is words[at]: it takes no other word for one
    once = at is not None and words[at] in ANSWERS_ONCE
    kept = at is not None and words[at] in CODE_KEPT and argv is None
    if kept:
        # what every start compiles alike (dataclasses' methods, regular expressions) is
        # read back from the previous process's (cli/code_cache.py)
        from cli import code_cache

        code_cache.install(words[at])
    parser = build_parser(only=words[at] if narrowed and at is not None else None)
    args = parser.parse_args(words)
    collecting = gc.isenabled()
    if once:
        # A question answered in one short process: the cyclic collector would only walk,
        # again and again, the objects that imports and compiled knowledge create (5-7% of the
        # command's time), and the process ends long before its few cycles would matter.
        gc.disable()
    try:
        code = args.handler(args)
        _keep_compiled()
        return code
    except UsageError as exc:
        parser.exit(2, f"{PROG}: error: {exc}\n")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
        from store.db import StoreError

        if isinstance(exc, StoreError):
            print(f"{PROG}: error: {exc}", file=sys.stderr)
            return 1
        if os.environ.get("SITREP_DEBUG"):
            raise
        print(f"{PROG}: error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    finally:
        if kept:
            from cli import code_cache

            code_cache.save()
        if once and argv is None:
            # The `sitrep` process ends with this answer, and Python's exit would still walk
            # every object once more for cycles (a fifth of a cold answer's time): frozen
            # objects are left out of that walk. Not when main() is given its arguments by a
            # longer-lived caller (tests, scripts), whose later garbage must stay collectable.
            gc.freeze()
        if collecting:
            gc.enable()  # main() called in a longer process (tests, scripts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
