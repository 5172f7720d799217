"""Terminal front end of watchlists: `brief SUBJECT --since WHEN`, `watch SUBJECT --channel C`,
`watch --list`, `unwatch SUBJECT --channel C`."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime

from cli.render import fail, human_date, outcome

PrintJson = Callable[[object], None]


def cite(article: dict) -> str:
    """`Reuters, 6 Jun 2017, https://...` (the title when there is no link)."""
    origin = str(article.get("origin") or "")
    where = origin if origin.startswith(("http://", "https://")) else f"“{article.get('title')}”"
    outlet = article.get("source") or "source unknown"
    return f"{outlet}, {human_date(article.get('published')) or 'date unknown'}, {where}"


def briefing_text(answer: dict) -> str:
    """A briefing as terminal lines; every line ends with its citation."""
    if answer.get("message"):
        return str(answer["message"])
    name = (answer.get("subject") or {}).get("name") or answer["query"]
    since, until = human_date(answer["since"]), human_date(answer["until"])
    lines = [f"{name}: new from {since} to {until}"]
    if answer["events"]:
        days = "day" if answer["dates"] == 1 else "days"
        lines.append(f"{answer['events']} new dated events on {answer['dates']} {days}:")
    else:
        lines.append("no new dated events")
    wrap = textwrap.TextWrapper(width=100, initial_indent="  ", subsequent_indent="      ")
    for day in answer["days"]:
        reports = f"{day['new_articles']} report{'s' if day['new_articles'] != 1 else ''}"
        sources = day["sources"]
        more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
        text = " ".join(str(day["text"]).split())
        lines.append(
            wrap.fill(
                f"{human_date(day['date'])} · {reports}: {text} — "
                f"{cite(sources[0]['article'])}{more}"
            )
        )
    if answer["new_actors"]:
        lines.append(f"new actors seen with {name}:")
        for actor in answer["new_actors"]:
            text = " ".join(actor["text"].split())
            when = f" ({human_date(actor['date'])})" if actor["date"] else ""
            lines.append(
                wrap.fill(
                    f"{actor['name']}{when}: “{text}” — {cite(actor['sources'][0]['article'])}"
                )
            )
    for claim in answer.get("differ") or []:  # "reports differ" lines, when there are any
        lines.append(wrap.fill(f"reports differ: {claim.get('text', '')}"))
    first = answer.get("first_seen")
    if first:
        label = "first seen in the store (new)" if first["new"] else "first seen in the store"
        added = f", added {first['arrived'][:10]}" if first.get("arrived") else ""
        flush = textwrap.TextWrapper(width=100, subsequent_indent="      ")
        lines.append(flush.fill(f"{label}: {cite(first['article'])}{added}"))
    if answer.get("reason"):
        lines.append(f"sent because: {answer['reason']}")
    return "\n".join(lines)


def brief(args, db, print_json: PrintJson) -> int:
    from commands import briefing
    from store.articles import EVERYONE

    try:
        last = briefing.until_day(args.until, datetime.now(UTC).date())
        first = briefing.since_day(args.since, last)
    except briefing.BriefingError as exc:
        return fail(str(exc))
    answer = briefing.run(db, " ".join(args.subject), EVERYONE, first, last, reason="asked for")
    if args.json:
        print_json(answer.to_json())
    else:
        print(briefing_text(answer.to_json()))
    return 1 if answer.message else 0


def _team(db, args) -> str | None:
    from store import workspace

    try:
        return workspace.team_for_ingest(db, getattr(args, "workspace", None))
    except workspace.WorkspaceError as exc:
        fail(str(exc))
        return None


def watch(args, db, print_json: PrintJson) -> int:
    from cli.curations import terminal_user
    from commands import watch as command

    if args.list or not args.subject:
        answer = command.listing(db, None, args.channel)
        if args.json:
            print_json(answer.to_json())
        elif not answer.watches:
            print("no watches; make one with: sitrep watch SUBJECT --channel CHANNEL")
        for w in [] if args.json else answer.watches:
            last = (
                f", last briefing {datetime.fromtimestamp(w.cut.at, UTC):%Y-%m-%d %H:%M} UTC"
                if w.briefings
                else ""
            )
            print(f"{w.team or '-'} {w.channel}: {command.describe(w)}{last}")
        return 0
    if not args.channel:
        return fail("give the Slack channel that gets the briefings: --channel CHANNEL_ID")
    team = _team(db, args)
    if team is None:
        return 1
    try:
        made = command.run(
            db, " ".join(args.subject), team, args.channel, terminal_user(), time.time(),
            args.at, args.tz,
        )  # fmt: skip
    except command.WatchError as exc:
        return fail(str(exc))
    return outcome(made, args.json, print_json)


def unwatch(args, db, print_json: PrintJson) -> int:
    from commands import unwatch as command
    from commands.watches import WatchError

    if not args.channel:
        return fail("give the Slack channel of the watch: --channel CHANNEL_ID")
    team = _team(db, args)
    if team is None:
        return 1
    try:
        done = command.run(db, " ".join(args.subject), team, args.channel)
    except WatchError as exc:
        return fail(str(exc))
    return outcome(done, args.json, print_json)
