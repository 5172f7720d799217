"""Terminal front end of identity curation: `actor A same-as B` (and not-same-as, rename),
and `curation` to list or undo."""

from __future__ import annotations

from collections.abc import Callable

from cli.render import fail, human_date, outcome


def terminal_user() -> str:
    """Who made a curation from a terminal: the login name, marked as such."""
    import getpass  # here: only a curation asks, not every `actor`

    try:
        return f"{getpass.getuser()} (terminal)"
    except (KeyError, OSError):
        return "terminal"


def curate(args, db, text: str, print_json: Callable[[object], None]) -> int | None:
    """Record the curation text asks for; None when text is no curation (a plain name)."""
    from commands import curation, identities
    from store.articles import EVERYONE

    try:
        request = curation.parse(text)
    except curation.CurationError as exc:
        return fail(str(exc))
    if request is None:
        return None
    from dataclasses import replace

    if getattr(args, "why", None):
        request = replace(request, why=" ".join(args.why.split())[: curation.MAX_TEXT])
    if getattr(args, "sentence", None):
        request = replace(request, sentence=" ".join(args.sentence.split())[: curation.MAX_TEXT])
    try:
        made = curation.make(
            db, request, identities.own_team(db, EVERYONE), terminal_user(), EVERYONE
        )
    except curation.CurationError as exc:
        return fail(str(exc))
    undo = f"{made.message} (undo: sitrep curation undo {made.curation.id})"
    return outcome(made, args.json, print_json, undo)


def listing(args, db, print_json: Callable[[object], None]) -> int:
    """`curation` lists; `curation undo ID` undoes."""
    from commands import curation

    words = list(args.action or [])
    if words:
        if len(words) != 2 or words[0].lower() != "undo" or not words[1].lstrip("#").isdigit():
            return fail("usage: sitrep curation [undo ID]")
        try:
            made = curation.undo(db, int(words[1].lstrip("#")), terminal_user())
        except curation.CurationError as exc:
            return fail(str(exc))
        return outcome(made, args.json, print_json)
    answer = curation.run(db)
    if args.json:
        print_json(answer.to_json())
        return 0
    if not answer.curations:
        print("no curations yet; make one with: sitrep actor NAME same-as|not-same-as|rename NAME")
        return 0
    for c in answer.curations:
        print(line(c))
    return 0


def line(c) -> str:
    """`#3 'Daesh' same-as 'ISIS' — alice (terminal), 7 Aug 2017 — why: ... [undone by ...]`."""
    from commands.curation import describe

    out = f"#{c.id} {describe(c)} — {c.made_by}, {human_date(c.made_at[:10])}"
    if c.why:
        out += f" — why: {c.why}"
    if c.sentence:
        out += f" — “{c.sentence}”"
    if c.undone_at:
        out += f" [undone by {c.undone_by}, {human_date(c.undone_at[:10])}]"
    return out
