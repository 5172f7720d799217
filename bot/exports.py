"""Cited exports in Slack: `/timeline Raqqa export:csv`, `/actor SDF export:md`, `/quote
ceasefire export:csv` upload the answer as a file (commands/cited_export.py writes it) into the
conversation where it was asked: asking for a file is asking to share it there, and a file
posted anywhere else could carry a private channel's articles out of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from slack_sdk import WebClient

from bot import answers, blocks, uploads
from bot.answers import Reply, private
from bot.runtime import Runtime
from store.articles import Viewer

# `export:csv` (Slack's option spelling) or `--export csv`; never the word "export" alone, which
# is a word of many questions ("/quote oil export figures").
_EXPORT = re.compile(r"(?:^|\s)(?:--export(?:=|\s+)|export[:=]\s*)(\S*)", re.IGNORECASE)


def requested(text: str) -> tuple[str, str] | None:
    """(the format asked for, the text without the option), or None when no export is asked."""
    found = _EXPORT.search(text)
    if found is None:
        return None
    return found.group(1), " ".join((text[: found.start()] + " " + text[found.end() :]).split())


@dataclass(frozen=True)
class Upload:
    filename: str
    title: str
    data: bytes


def answer(rt: Runtime, kind: str, team: str, channel: str, text: str) -> Reply | None:
    """The reply to an export request (the file rides along in Reply.upload); None when text
    asks for no export."""
    from commands import cited_export

    asked = requested(text)
    if asked is None:
        return None
    try:
        fmt = cited_export.check_format(asked[0])
    except cited_export.ExportError as exc:
        return private(f"{blocks.escape(exc)} — for example `/{kind} Raqqa export:csv`.")
    rest = asked[1]
    viewer = Viewer(team=team, conversation=channel)
    with rt.db() as db:
        try:
            made = _rows(db, kind, rest, viewer)
        except ValueError as exc:  # a bad from:/to: date
            return private(blocks.escape(exc))
        if isinstance(made, str):
            return private(made)
        name, rows = made
    file = cited_export.write(kind, name, rows, fmt)
    return Reply(
        blocks.notice(
            f"Uploading `{blocks.escape(file.filename)}` to this conversation: "
            f"{blocks.plural(file.rows, 'cited row')}, each with its sentence, offsets, outlet, "
            "URL, date and precision."
        ),
        public=False,
        upload=Upload(file.filename, file.title, file.data),
    )


def _rows(db, kind: str, text: str, viewer: Viewer):  # noqa: ANN202 - (name, rows) or why not
    from commands import actor, cited_export, quote, timeline

    if not text:
        return f"Usage: `/{kind} {'WORDS' if kind == 'quote' else 'NAME'} export:csv` (or md)."
    if kind == "timeline":
        subject, date_from, date_to = answers.parse_timeline(text)
        found = timeline.run(db, subject, viewer=viewer, date_from=date_from, date_to=date_to)
        if not found.entries:
            return found.message or f"No dated entries about “{blocks.escape(subject)}” to export."
        name = found.subject.name if found.subject else found.query
        return name, cited_export.timeline_rows(db, found)
    if kind == "actor":
        profile = actor.run(db, text, viewer)
        if profile.actor is None:
            return blocks.escape(profile.message or f"no actor called {text!r}")
        return profile.actor.name, cited_export.actor_rows(db, profile)
    results = quote.run(db, text, limit=answers.QUOTE_RESULTS, viewer=viewer)
    if not results.results:
        return f"No passage matches “{blocks.escape(text)}”."
    return results.query, cited_export.quote_rows(db, results)


def upload(client: WebClient, channel: str, file: Upload) -> str | None:
    """Post the file to the channel; Slack's error when it failed."""
    return uploads.upload(
        client, channel=channel, content=file.data, filename=file.filename, title=file.title
    )
