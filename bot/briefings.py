"""Watchlists in Slack: `/sitrep watch SUBJECT [at:HH:MM] [tz:ZONE]`, `/sitrep watch` (this
channel's watches), `/sitrep unwatch SUBJECT` and `/sitrep brief SUBJECT [since:WHEN]`; and
the Block Kit of a briefing, which the scheduler (bot/scheduler.py) posts as well.

Every briefing is made for the channel's eyes (a Viewer of the workspace and the channel), so
an article posted in another private conversation never reaches it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot import blocks
from bot.answers import Reply, answers_public, private
from bot.runtime import Runtime
from commands import registry
from store.articles import Viewer

TEXT_CHARS = 280  # of a verbatim sentence in a briefing; the citation leads to the rest
SLACK_ACTORS = 5  # new actors shown in Slack (the JSON has them all)


def _words(name: str, text: str) -> str:
    """The text after `/sitrep NAME`."""
    parts = text.split(None, 1)
    return parts[1] if len(parts) > 1 and parts[0].lower() == name else ""


def _item(text: str, line: str) -> list[dict]:
    """A verbatim sentence, then its context line (date, counts, citation)."""
    return [
        blocks.literal_quote(blocks.clip(" ".join(text.split()), TEXT_CHARS)),
        blocks.context(line),
    ]


def render(answer: dict) -> blocks.Message:
    """A briefing as Block Kit: a head, the dates with new events (each sentence cited), the
    new actors, reports that differ, the first sighting, and why it was sent."""
    if answer.get("message"):
        return blocks.notice(blocks.escape(answer["message"]))
    name = (answer.get("subject") or {}).get("name") or answer["query"]
    span = f"{blocks.human_date(answer['since'])} – {blocks.human_date(answer['until'])}"
    head = f"Briefing: {name}, {span}"
    counted = (
        f"*{blocks.plural(answer['events'], 'new dated event')} on "
        f"{blocks.plural(answer['dates'], 'day')}*, counted by the day they happened"
        if answer["events"]
        else "*No new dated events.*"
    )
    top = [blocks.header(blocks.clip(head, blocks.HEADER_CHARS)), blocks.section(counted)]
    items: list[list[dict]] = []
    for day in answer["days"]:
        sources = day["sources"]
        more = f" · +{len(sources) - 1} more" if len(sources) > 1 else ""
        line = (
            f"*{blocks.human_date(day['date'])}* · "
            f"{blocks.plural(day['new_articles'], 'report')} · "
            + blocks.citation(sources[0]["article"], more)
        )
        items.append(_item(day["text"], line))
    actors = answer["new_actors"][:SLACK_ACTORS]
    for n, actor in enumerate(actors):
        when = f" ({blocks.human_date(actor['date'])})" if actor["date"] else ""
        line = f"*{blocks.clip_escaped(actor['name'], 120)}*{when} · " + blocks.citation(
            actor["sources"][0]["article"]
        )
        title = [blocks.section(f"*New actors seen with {blocks.escape(name)}*")] if n == 0 else []
        items.append(title + _item(actor["text"], line))
    for claim in answer.get("differ") or []:  # "reports differ", once claims are found
        text = blocks.clip_escaped(str(claim.get("text", "")), 600)
        items.append([blocks.section(f"*Reports differ:* {text}")])
    tail: list[dict] = []
    first = answer.get("first_seen")
    if first:
        label = "First seen in the store (new)" if first["new"] else "First seen in the store"
        added = f" · added {blocks.escape(first['arrived'][:10])}" if first.get("arrived") else ""
        tail.append(blocks.context(f"{label}: " + blocks.citation(first["article"], added)))
    if answer.get("reason"):
        tail.append(blocks.context(f"Sent because: {blocks.escape(answer['reason'])}"))

    def assembled() -> list[dict]:
        return top + [b for item in items for b in item] + tail

    # A Slack message has a cap on blocks and text: the last items give way, never the head
    # or the closing line that says why it was sent.
    while items and (
        len(assembled()) > blocks.MAX_BLOCKS or blocks.block_chars(assembled()) > blocks.TOTAL_CHARS
    ):
        items.pop()
    out = assembled()
    return blocks.finish(f"{head}: {answer['events']} new dated events", out)


def brief(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    """`/sitrep brief SUBJECT [since:WHEN] [until:DAY]`, for this channel's eyes."""
    from commands import briefing

    try:
        words, options = registry.parse_words("brief", _words("brief", text))
    except registry.GrammarError as exc:
        return private(blocks.escape(exc))
    if not words:
        return private(
            "Usage: `/sitrep brief SUBJECT [since:WHEN]`, e.g. `/sitrep brief Raqqa since:monday`."
        )
    today = datetime.now(UTC).date()
    try:
        last = briefing.until_day(options.get("until"), today)  # type: ignore[arg-type]
        first = briefing.since_day(options.get("since"), last)  # type: ignore[arg-type]
    except briefing.BriefingError as exc:
        return private(blocks.escape(exc))
    with rt.db() as db:
        answer = briefing.run(
            db, words, Viewer(team=team, conversation=channel), first, last, reason="asked for"
        )
        public = answers_public(db, team, channel)
    return Reply(render(answer.to_json()), public=public and answer.message is None)


def watch(rt: Runtime, team: str, channel: str, text: str, user: str) -> Reply:
    """`/sitrep watch SUBJECT [at:HH:MM] [tz:ZONE]`; `/sitrep watch` lists this channel's."""
    import time

    from commands import watch as command

    try:
        words, options = registry.parse_words("watch", _words("watch", text))
    except registry.GrammarError as exc:
        return private(blocks.escape(exc))
    with rt.db() as db:
        if not words or words.lower() == "list":
            return private(_listing(command.listing(db, team, channel)))
        try:
            made = command.run(
                db, words, team, channel, user, time.time(),
                options.get("at"), options.get("tz"),  # type: ignore[arg-type]
            )  # fmt: skip
        except command.WatchError as exc:
            return private(blocks.escape(exc))
    return Reply(
        blocks.notice(
            f"{blocks.escape(made.message)} (set by {blocks.mention(user)}). "
            f"`/sitrep unwatch {blocks.escape(made.watch.subject)}` stops it."
        )
    )


def _listing(listing) -> str:  # noqa: ANN001 - commands.watch.Listing
    from commands.watches import describe

    if not listing.watches:
        return (
            "This channel watches nothing yet: `/sitrep watch Raqqa at:08:00` starts a daily "
            "briefing."
        )
    lines = ["This channel watches:"]
    for w in listing.watches:
        last = (
            f" · last briefing {datetime.fromtimestamp(w.cut.at, UTC):%Y-%m-%d %H:%M} UTC"
            if w.briefings
            else ""
        )
        lines.append(f"• {blocks.escape(describe(w))}{last}")
    return "\n".join(lines)


def unwatch(rt: Runtime, team: str, channel: str, text: str, user: str) -> Reply:
    from commands import unwatch as command
    from commands.watches import WatchError

    words = " ".join(_words("unwatch", text).split())
    if not words:
        return private(
            "Usage: `/sitrep unwatch SUBJECT`; `/sitrep watch` lists this channel's watches."
        )
    with rt.db() as db:
        try:
            done = command.run(db, words, team, channel)
        except WatchError as exc:
            return private(blocks.escape(exc))
    return Reply(blocks.notice(f"{blocks.escape(done.message)} (by {blocks.mention(user)})."))
