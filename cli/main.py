"""The `sitrep` command: the terminal front end over the same commands the Slack bot runs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator

PROG = "sitrep"


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
        total_bytes: int | None) -> tuple[Callable[[int, int], None], Callable[[], None]]:
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
    if args.jsonl:
        if args.paths:
            raise UsageError("give either PATH... or --jsonl FILE, not both")
        if args.jsonl != "-" and not os.path.isfile(args.jsonl):
            raise UsageError(f"{args.jsonl}: no such file")
        size = os.path.getsize(args.jsonl) if args.jsonl != "-" else None
        update, finish = _progress_reporter(size)
        state = {"bytes": 0}
        lines = _jsonl_lines(args.jsonl, lambda n: state.__setitem__("bytes", n))
        result = ingest.ingest_jsonl(db, lines, args.jsonl,
                                     progress=lambda n: update(n, state["bytes"]))
        finish()
    else:
        if not args.paths:
            raise UsageError("nothing to ingest: give one or more PATHs, '-' for standard input, "
                             "or --jsonl FILE")
        result = ingest.ingest_paths(db, args.paths, ingest.Options(published, args.source))
    if args.json:
        _print_json(result.to_json())
    else:
        from cli import render

        if result.articles:
            print(render.ingest_result(result))
    for error in result.errors:
        print(f"{PROG}: error: {error}", file=sys.stderr)
    return 1 if result.errors else 0


# --- quote, export ----------------------------------------------------------------------------


def cmd_quote(args) -> int:
    from commands import quote

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    answer = quote.run(_open(args), " ".join(args.words), limit=args.limit)
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
        sys.stdout.write('{"articles": [')
        for n, article in enumerate(export.run(db)):
            sys.stdout.write(("," if n else "") + "\n" + json.dumps(article, ensure_ascii=False))
        sys.stdout.write("\n]}\n")
    else:
        for article in export.run(db):
            dup = f" (duplicate of #{article['duplicate_of']})" if article["duplicate_of"] else ""
            print(f"#{article['id']} {article['title']} — {article['source'] or 'source unknown'}, "
                  f"{article['published'] or 'date unknown'}, "
                  f"{len(article['passages'])} passages{dup}")
    return 0


def cmd_serve(args) -> int:
    from bot.main import serve

    return serve(args)


# --- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Follow a conflict through the news: ingest articles, then ask who, where and "
                    "when, with verbatim evidence.",
        epilog="The database is --db, else $SITREP_DB, else ./sitrep.db.")
    db_help = "SQLite database file (default: $SITREP_DB, else ./sitrep.db)"
    parser.add_argument("--db", default=None, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler, help_text: str, description: str | None = None):
        p = sub.add_parser(name, help=help_text, description=description or help_text)
        p.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
        p.set_defaults(handler=handler)
        return p

    def json_flag(p):
        p.add_argument("--json", action="store_true", help="print one JSON document")

    p = command("ingest", cmd_ingest, "add articles from files, '-' (stdin) or a JSON-lines file",
                "Add articles: .txt/.md, .html or .pdf files, '-' for standard input, or --jsonl "
                "for bulk. Each article is stored in one transaction; the same content is stored "
                "once.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="file to ingest, or - for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the input (else found in it, or left unknown)")
    p.add_argument("--source", metavar="NAME", help="outlet name, e.g. 'Reuters'")
    p.add_argument("--jsonl", metavar="FILE",
                   help='bulk: one {"title","text","published","source","url"} object per line')
    json_flag(p)

    p = command("quote", cmd_quote, "the best passages for some words, verbatim, with citations",
                "The best passages for WORDS, verbatim, with citations. Put words in double "
                "quotes to require them as a phrase.")
    p.add_argument("words", nargs="+", metavar="WORDS", help="words to look for; quote a phrase")
    p.add_argument("--limit", type=int, default=5, metavar="N",
                   help="how many passages (default 5)")
    json_flag(p)

    p = command("actor", cmd_actor,
                "an actor's profile: aliases, relations, places, timeline, quotes")
    p.add_argument("name", nargs="+", metavar="NAME", help="any name, alias or spelling")
    p.add_argument("--all", action="store_true",
                   help="every relation, not only the strongest few")
    json_flag(p)

    p = command("timeline", cmd_timeline, "dated events about a place, actor or keyword")
    p.add_argument("subject", nargs="+", metavar="SUBJECT", help="a place, an actor or a keyword")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="earliest date (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="latest date (YYYY[-MM[-DD]])")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="keep the N most salient dates")
    json_flag(p)

    p = command("dates", cmd_dates, "run the temporal tagger on one text")
    p.add_argument("path", metavar="PATH", help="file, or - for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date to resolve against")
    json_flag(p)

    p = command("export", cmd_export, "every article with its cleaned text and passages")
    json_flag(p)

    p = command("serve", cmd_serve,
                "run the Slack bot (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)")
    p.add_argument("--host", default="127.0.0.1",
                   help="HTTP mode: address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=3000,
                   help="HTTP mode: port to listen on, 0 for any free port (default 3000)")
    return parser


def cmd_actor(args) -> int:
    from cli.profiles import actor

    return actor(args, _open(args), _print_json, _color())


def cmd_timeline(args) -> int:
    from cli.profiles import timeline

    return timeline(args, _open(args), _print_json, _color())


def cmd_dates(args) -> int:
    from cli.profiles import dates

    return dates(args, _print_json)


def _readable(argv: list[str]) -> list[str]:
    """Arguments that are not valid UTF-8 reach Python as lone surrogates; read the bad bytes
    as U+FFFD instead of failing on them later."""
    return [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for a in argv]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_readable(sys.argv[1:] if argv is None else argv))
    try:
        return args.handler(args)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
