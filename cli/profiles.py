"""Terminal front end of `actor`, `timeline` and `dates`."""

from __future__ import annotations

import sys
import textwrap

from cli.exports import check_export, write_export
from cli.render import citation_line, disagreement_lines, human_date

WIDTH = 96


def _fill(text: str, indent: str = "   ") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=WIDTH, initial_indent=indent, subsequent_indent=indent
    )


def _when(entry) -> str:
    return human_date(entry.date)


def _entry_lines(entry, color: bool) -> list[str]:
    sources = "; ".join(citation_line(c, color) for c, _ in entry.sources)
    how = "" if entry.date_how == "explicit" else f" ({entry.date_how})"
    lines = [f"{_when(entry):<12}{how}{reports_note(entry)}"]
    if getattr(entry, "context", None):  # actor profiles' entries have no context
        lines.append(_fill(f"[context] {entry.context}"))
    return [*lines, _fill(entry.text), f"   — {sources}", *disagreement_lines(entry)]


def reports_note(entry) -> str:
    """'  · 3 reports, 2 outlets' for a timeline entry reported more than once."""
    doc = entry.to_json() if hasattr(entry, "context") else {}
    reports, outlets = doc.get("reports", 0), doc.get("outlets", 0)
    if reports <= 1:
        return ""
    return f"  · {reports} reports, {outlets} outlet{'s' if outlets != 1 else ''}"


def actor(args, db, print_json, color: bool) -> int:
    from cli.curations import curate
    from commands import actor as command

    check_export(args)
    curated = curate(args, db, " ".join(args.name), print_json)
    if curated is not None:
        return curated
    answer = command.run(db, " ".join(args.name))
    if getattr(args, "export", None) and answer.actor is not None:
        from commands import cited_export

        return write_export("actor", answer.actor.name, cited_export.actor_rows(db, answer), args)
    if args.json:
        print_json(answer.to_json())
        return 0
    if answer.actor is None:
        print(answer.message)
        return 0
    a = answer.actor
    out = [f"{a.name} ({a.kind.replace('_', ' ')})"]
    if a.aliases:
        out.append(f"also: {', '.join(a.aliases)}")
    if a.roles:
        out.append(f"role: {', '.join(a.roles)}")
    if a.description:
        source = f" — {citation_line(a.description_source, color)}" if a.description_source else ""
        out.append(f"described as: {a.description}{source}")
    out.append(
        f"{a.mentions} mentions in {a.articles} articles; first reported "
        f"{human_date(a.first_reported)}, last {human_date(a.last_reported)}"
    )
    out.extend(curation_lines(answer))
    if answer.relations:
        shown = answer.relations if args.all else answer.relations[: command.RELATIONS_SHOWN]
        out.append("\nRelations (strongest first; articles stating each)")
        for r in shown:
            articles = f"{r.support} article{'s' if r.support != 1 else ''}"
            out.append(f" • {r.subject} {r.predicate.replace('_', ' ')} {r.object} ({articles})")
            for e in r.evidence[:2]:
                out.append(_fill(f"“{e.text}”", "     "))
                out.append(f"     — {citation_line(e.article, color)}")
        more = len(answer.relations) - len(shown)
        if more:
            out.append(f"   … {more} more: sitrep actor {' '.join(args.name)} --all")
    if answer.places:
        out.append(
            "\nWhere: "
            + ", ".join(f"{p.get('label') or p['name']} ({p['sentences']})" for p in answer.places)
        )
    if answer.timeline:
        out.append("\nTimeline")
        for entry in answer.timeline:
            out.extend(_entry_lines(entry, color))
    if answer.quotes:
        out.append("\nQuotes")
        for q in answer.quotes:
            out.append(_fill(f"“{q.text}”"))
            out.append(f"   — {citation_line(q.article, color)}")
    print("\n".join(out))
    return 0


def curation_lines(answer) -> list[str]:
    """What people decided about this actor, and the actors it may be but is not merged with."""
    from cli.curations import line

    out = [f"curated: {line(c)}" for c in answer.curations]
    for other in answer.possibly_same_as:
        out.append(
            f"possibly the same as: {other['name']} (both are called “{other['shared_alias']}”; "
            f"not merged: sitrep actor {other['shared_alias']!r} same-as {other['name']!r} "
            "would merge them)"
        )
    return out


def timeline(args, db, print_json, color: bool) -> int:
    from cli.main import UsageError
    from commands import timeline as command

    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    check_export(args)
    try:
        answer = command.run(
            db,
            " ".join(args.subject),
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if getattr(args, "export", None) and answer.entries:
        from commands import cited_export

        name = answer.subject.name if answer.subject else answer.query
        return write_export("timeline", name, cited_export.timeline_rows(db, answer), args)
    if args.json:
        print_json(answer.to_json())
        return 0
    if not answer.entries and not answer.undated:
        print(answer.message)
        return 0
    kind = answer.subject.kind if answer.subject else "keyword"
    name = answer.subject.name if answer.subject else answer.query
    out = [f"Timeline: {name} ({kind}) — {len(answer.entries)} dated entries"]
    for entry in answer.entries:
        out.extend(_entry_lines(entry, color))
    if answer.undated:
        out.append(
            f"\nUndated ({len(answer.undated)}): the text gives no date that can be resolved"
        )
        for u in answer.undated[:10]:
            out.append(_fill(u.text))
            out.append(f"   — {citation_line(u.source, color)}")
    print("\n".join(out))
    return 0


def dates(args, print_json) -> int:
    from cli.main import UsageError
    from commands import dates as command
    from commands.ingest import validate_date
    from text.read import InputError, read_path

    try:
        published = validate_date(args.published)
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    try:
        text = read_path(args.path).text
    except InputError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    answer = command.run(text, published)
    if args.json:
        print_json(answer.to_json())
        return 0
    for d in answer.dates:
        value = d.value or "unresolved"
        print(f"{d.start:>6}-{d.end:<6} {value:<12} {d.how:<10} {d.text}")
    return 0
