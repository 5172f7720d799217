"""`sitrep shell`: many questions in one warm process.

Each line is a command line of `sitrep` without the program's name (`quote Raqqa offensive`,
`timeline Raqqa from:2016 --limit 5`, `actor SDF --json`), run by the same `cli.main.main` and
so by the same command registry and parser as the terminal and Slack. What a command loads
(modules, the compiled knowledge, the gazetteer, the model `quote` re-ranks with) stays loaded
for the next one: a new `sitrep` process pays for it at every question.

On a terminal the shell prompts, keeps a line history and starts loading that knowledge in the
background while the first question is typed (commands/warmup.py, as `serve` does). With its input
from a pipe or a file it runs each line without prompts and exits 1 if any command failed, so
that a script notices.
"""

from __future__ import annotations

import contextlib
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator

PROMPT = "sitrep> "
QUIT = frozenset({"exit", "quit", "q"})
# Commands that never come back (serve) or would nest shells.
REFUSED = {
    "serve": "serve runs until stopped: start it from a terminal, not from the shell",
    "shell": "already in the shell",
}


def words_of(line: str) -> list[str] | None:
    """The command line's words, None for a line with nothing to run (blank, a # comment).
    Raises ValueError for unbalanced quotes."""
    words = shlex.split(line, comments=True)
    if words and words[0] == "sitrep":  # a line pasted from a terminal
        words = words[1:]
    return words or None


def _lines(interactive: bool) -> Iterator[str]:
    if not interactive:
        yield from sys.stdin
        return
    with contextlib.suppress(ImportError):  # line editing and history where there are
        import readline  # noqa: F401
    while True:
        try:
            yield input(PROMPT)
        except KeyboardInterrupt:  # Ctrl-C at the prompt: a fresh prompt, as in a shell
            print()
        except EOFError:  # Ctrl-D
            print()
            return


def _help(summaries: Iterable[tuple[str, str]]) -> str:
    rows = [f"  {name:<12} {summary}" for name, summary in summaries if name not in REFUSED]
    return "\n".join(
        [
            "Type a command as after `sitrep` on a terminal, e.g. `quote Raqqa offensive`,",
            "`timeline Raqqa from:2016`; `help COMMAND` for its options; `exit` to leave.",
            "",
            *rows,
        ]
    )


def run(
    db: str | None,
    main: Callable[[list[str]], int],
    interactive: bool | None = None,
    lines: Iterable[str] | None = None,
) -> int:
    """Read command lines and run each with `main` (cli.main.main) on the store `db`.
    Returns 0, or 1 when input came from a pipe and a command failed."""
    from commands.registry import COMMANDS, for_front

    if interactive is None:
        interactive = sys.stdin.isatty() and lines is None
    warming = None
    if interactive:
        from commands import warmup

        warming = warmup.start()
        print("Sitrep shell. Type `help` for the commands, `exit` to leave.")
    failed = False
    for line in lines if lines is not None else _lines(interactive):
        try:
            words = words_of(line)
        except ValueError as exc:
            print(f"sitrep: error: {exc}", file=sys.stderr)
            failed = True
            continue
        if words is None:
            continue
        name = words[0]
        if name in QUIT:
            break
        if name in ("help", "?"):
            if len(words) > 1 and words[1] in COMMANDS:
                name, words = words[1], [words[1], "--help"]
            else:
                print(_help((c.name, c.summary) for c in for_front("cli")))
                continue
        if name not in COMMANDS and not name.startswith("-"):
            print(f"sitrep: error: no command {name!r} (`help` lists them)", file=sys.stderr)
            failed = True
            continue
        if name in REFUSED:
            print(f"sitrep: error: {REFUSED[name]}", file=sys.stderr)
            failed = True
            continue
        argv = (["--db", db] if db else []) + words
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: a usage error or --help
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        sys.stdout.flush()
        failed = failed or code != 0
    if warming is not None:
        # The warm-up ends before the interpreter does: Python shutting down while a daemon
        # thread is still importing numpy or reading the model can abort it (SIGABRT), as a
        # quick `exit` on a loaded host did.
        warming.join()
    return 1 if failed and not interactive else 0
