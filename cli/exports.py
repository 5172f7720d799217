"""`--export`: a cited file of an answer on standard output. Apart from the terminal
rendering, which an export or a `--json` answer of `quote` never needs."""

from __future__ import annotations

import sys


def check_export(args) -> None:
    """A bad --export format is a usage error before any work is done."""
    if not getattr(args, "export", None):
        return  # the export module (csv and its row types) only for an export
    from cli.main import UsageError
    from commands.cited_export import ExportError, check_format

    try:
        args.export = check_format(args.export)
    except ExportError as exc:
        raise UsageError(str(exc)) from None


def write_export(kind: str, name: str, rows, args) -> int:
    """The cited file on standard output (redirect it: `> raqqa.csv`)."""
    from commands import cited_export

    sys.stdout.write(cited_export.write(kind, name, rows, args.export).content)
    return 0
