"""Identity curation in Slack: `/actor Daesh same-as ISIS why: ...`, `/actor curations` and
`/actor undo ID`. The record keeps the Slack user who made or undid it; the reply goes to the
channel, so everyone who reads its profiles sees who changed them and how to undo it."""

from __future__ import annotations

from bot import blocks
from bot.answers import Reply, private
from bot.runtime import Runtime
from store.articles import Viewer

LISTED = 30  # the most recent curations shown by `/actor curations`
_UNDO = ("undo", "undo:")
# rt.db() is annotated with sqlite-utils' Database; the commands take the store's own (the
# object is the same), hence the ignores below.


def answer(rt: Runtime, team: str, channel: str, text: str, user: str) -> Reply | None:
    """The reply to a curation, a listing or an undo; None when text is an actor's name."""
    from commands import curation

    words = text.split()
    first = words[0].lower() if words else ""
    if first == "curations" and len(words) == 1:
        return _listing(rt, team, channel)
    if first in _UNDO:
        number = " ".join(words[1:]).lstrip("#")
        if not number.isdigit():
            return private("Usage: `/actor undo ID` — the number `/actor curations` lists.")
        return _undo(rt, team, channel, int(number), user)
    try:
        request = curation.parse(text)
    except curation.CurationError as exc:
        return private(blocks.escape(exc))
    if request is None:
        return None
    viewer = Viewer(team=team, conversation=channel)
    try:
        with rt.db() as db:
            made = curation.make(db, request, team, user, viewer)  # type: ignore[arg-type]
    except curation.CurationError as exc:
        return private(blocks.escape(exc))
    return Reply(
        blocks.notice(
            f"{blocks.escape(made.message)} (by {blocks.mention(user)}; "
            f"`/actor undo {made.curation.id}` undoes it)"
        )
    )


def _undo(rt: Runtime, team: str, channel: str, number: int, user: str) -> Reply:
    from commands import curation

    try:
        with rt.db() as db:
            done = curation.undo(db, number, user, Viewer(team=team, conversation=channel))  # type: ignore[arg-type]
    except curation.CurationError as exc:
        return private(blocks.escape(exc))
    return Reply(blocks.notice(f"{blocks.escape(done.message)} (by {blocks.mention(user)})"))


def _listing(rt: Runtime, team: str, channel: str) -> Reply:
    from commands import curation

    with rt.db() as db:
        listed = curation.run(db, Viewer(team=team, conversation=channel)).curations  # type: ignore[arg-type]
    if not listed:
        return private(
            'No curations yet. `/actor Daesh same-as ISIS`, `/actor "Abu Bakr" not-same-as '
            '"Abu Bakr al-Baghdadi"` or `/actor SDF rename "Syrian Democratic Forces"` make one.'
        )
    lines = []
    for c in listed[-LISTED:]:
        who = blocks.maker(c.made_by)
        line = f"*#{c.id}* {blocks.escape(curation.describe(c))} — {who}, {c.made_at[:10]}"
        if c.why:
            line += f" — _{blocks.clip(blocks.escape(c.why), 200)}_"
        if c.undone_at:
            line = f"~{line}~ undone by {blocks.maker(c.undone_by or '')}"
        lines.append(line)
    text = "*Curations* (oldest first)\n" + "\n".join(lines)
    return Reply(blocks.Message(text, blocks.sections(text)), public=False)
