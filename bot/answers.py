"""The slash commands' answers for Slack: run the transport-free command, keep long answers
for the "More" button, and render the contract dict as Block Kit.

Every query is made for a Viewer (workspace, conversation), so an article posted in a private
channel or DM is only ever quoted back there, and each workspace sees only its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot import blocks
from bot.runtime import Runtime
from store import articles
from store import slack as slack_store
from text.surrogates import replace_lone_surrogates

if TYPE_CHECKING:
    import sqlite_utils

QUOTE_RESULTS = 20  # kept for paging; the first page shows blocks.PER_PAGE
LATEST = 5
SUBCOMMANDS = ("help", "stats", "ingest", "answers")
_DATE_OPTION = re.compile(r"(?:^|\s)(?:--)?(from|to)[:=\s]\s*(\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class Reply:
    message: blocks.Message
    public: bool = True  # in_channel; help, errors and suggestions are not
    chart: tuple[str, list[dict]] | None = None  # (title, entries) for a timeline chart
    page: bool = False  # a page of a saved answer (not a notice about one)
    upload: Any = None  # a cited export file to post where it was asked (bot/exports.Upload)

    def respond_kwargs(self, replace_original: bool | None = None) -> dict[str, object]:
        kwargs: dict[str, object] = {
            **self.message.kwargs(),
            "response_type": "in_channel" if self.public else "ephemeral",
            "unfurl_links": False,
            "unfurl_media": False,
        }
        if replace_original is not None:
            kwargs["replace_original"] = replace_original
        return kwargs


def private(text: str) -> Reply:
    return Reply(blocks.notice(text), public=False)


def _words(text: str) -> str:
    """What someone typed, as one line: Slack's JSON may carry a lone surrogate (a broken
    escape in a button value), which no UTF-8 store or query can hold."""
    return " ".join(replace_lone_surrogates(text).split())


def _viewer(team: str, channel: str) -> articles.Viewer:
    return articles.Viewer(team=team, conversation=channel)


ANSWERS_SETTING = "answers"  # per channel: 'public' or 'private' (the default)


def answers_public(db: sqlite_utils.Database, team: str, channel: str) -> bool:
    """Answers go to the asker only, with a Share button, unless the channel chose public."""
    return slack_store.channel_setting(db, team, channel, ANSWERS_SETTING) == "public"


def _answer_reply(
    db: sqlite_utils.Database,
    kind: str,
    answer: dict,
    team: str,
    channel: str,
    chart: tuple[str, list[dict]] | None = None,
) -> Reply:
    """The first page of an answer, kept for its More and Share buttons. A private answer's
    chart waits until it is shared."""
    public = answers_public(db, team, channel)
    answer_id = slack_store.new_answer_id()
    message = blocks.render(kind, answer, 0, answer_id)
    if not public:
        message = blocks.with_share(message, answer_id, 0)
    if not public or blocks.has_more(message):
        slack_store.save_answer(db, team, channel, {"kind": kind, "answer": answer}, answer_id)
    return Reply(message, public=public, chart=chart if public else None)


def quote(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    from commands import quote as command

    query = _words(text)
    if not query:
        return private("Usage: `/quote WORDS` — for example `/quote booby-trapped buildings`.")
    with rt.db() as db:
        answer = command.run(db, query, limit=QUOTE_RESULTS, viewer=_viewer(team, channel))
        if not answer.results:
            return private(
                f"No passage matches “{blocks.escape(blocks.clip(query, 200))}”. "
                "Try fewer or other words."
            )
        return _answer_reply(db, "quote", answer.to_json(), team, channel)


def actor(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    from commands import actor as command

    name = _words(text)
    if not name:
        return private("Usage: `/actor NAME` — for example `/actor SDF`.")
    with rt.db() as db:
        answer = command.run(db, name, viewer=_viewer(team, channel)).to_json()
        if answer.get("actor") is None:
            return Reply(
                blocks.did_you_mean("actor", name, answer.get("suggestions") or [], "actor"),
                public=False,
            )
        return _answer_reply(db, "actor", answer, team, channel)


def parse_timeline(text: str) -> tuple[str, str | None, str | None]:
    """'Raqqa from:2017-06 to:2017-09' -> subject and date bounds."""
    bounds: dict[str, str] = {}
    for match in _DATE_OPTION.finditer(text):
        bounds[match.group(1).lower()] = match.group(2)
    subject = " ".join(_DATE_OPTION.sub(" ", text).split())
    return subject, bounds.get("from"), bounds.get("to")


def timeline(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    from commands import timeline as command

    subject, date_from, date_to = parse_timeline(_words(text))
    if not subject:
        return private(
            "Usage: `/timeline SUBJECT [from:YYYY-MM] [to:YYYY-MM]` — for example "
            "`/timeline Raqqa`."
        )
    with rt.db() as db:
        try:
            answer = command.run(
                db, subject, viewer=_viewer(team, channel), date_from=date_from, date_to=date_to
            ).to_json()
        except ValueError as exc:
            return private(f"{blocks.escape(exc)}")
        entries = answer.get("entries") or []
        if not entries and not answer.get("undated"):
            return Reply(
                blocks.did_you_mean(
                    "timeline", subject, answer.get("suggestions") or [], "dated event"
                ),
                public=False,
            )
        return _answer_reply(db, "timeline", answer, team, channel, _chart_of(answer))


def _chart_of(answer: dict) -> tuple[str, list[dict]] | None:
    name = str((answer.get("subject") or {}).get("name") or answer.get("query") or "")
    dated = [e for e in answer.get("entries") or [] if e.get("date")]
    return (f"Timeline: {name}", dated) if dated else None


def stats(rt: Runtime, team: str, channel: str) -> Reply:
    with rt.db() as db:
        counts = articles.counts(db, _viewer(team, channel))
        latest = articles.latest(db, LATEST, _viewer(team, channel))
    return Reply(blocks.stats_message(counts, [_article_json(a) for a in latest]))


def home(rt: Runtime, team: str) -> dict:
    """App Home shows what everyone in the workspace may see: public-channel articles only."""
    with rt.db() as db:
        counts = articles.counts(db, articles.Viewer(team=team, conversation=None))
        latest = articles.latest(db, LATEST, articles.Viewer(team=team, conversation=None))
    return blocks.home_view(counts, [_article_json(a) for a in latest])


def _article_json(article: articles.ArticleRow) -> dict[str, object]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "origin": article.origin,
    }


def page(rt: Runtime, team: str, channel: str, value: str, backwards: bool = False) -> Reply:
    """Another page of a saved answer, for the person who clicked only: the shared answer
    stays as it was for everyone else. The button value is 'answer id:offset' (see
    blocks.more_button); backwards turns to the page before that offset."""
    answer_id, _, offset_text = value.partition(":")
    if not offset_text.isdigit():
        return private("That button is broken; ask again.")
    with rt.db() as db:
        saved = slack_store.load_answer(db, answer_id, team, channel)
        elsewhere = saved is None and slack_store.answer_exists(db, answer_id, team)
    if saved is None:
        if elsewhere:
            return private(
                "This answer was given in another conversation, and its pages are "
                "kept for that conversation only: ask again here."
            )
        return private("This answer has expired; ask again.")
    kind, answer = saved.payload["kind"], saved.payload["answer"]
    offset = min(int(offset_text), max(0, blocks.total_items(kind, answer) - 1))
    if backwards:
        offset = blocks.previous_offset(kind, answer, offset)
    message = blocks.with_share(blocks.render(kind, answer, offset, answer_id), answer_id, offset)
    return Reply(message, public=False, page=True)


def share(rt: Runtime, team: str, channel: str, value: str, user: str) -> Reply:
    """Post a private answer (the page the button was on) to the channel, "shared by" its
    sharer; only where it was asked (its saved copy is kept for that conversation)."""
    answer_id, _, offset_text = value.partition(":")
    if not offset_text.isdigit():
        return private("That button is broken; ask again.")
    with rt.db() as db:
        saved = slack_store.load_answer(db, answer_id, team, channel)
    if saved is None:
        return private("This answer has expired; ask again, then share it.")
    kind, answer = saved.payload["kind"], saved.payload["answer"]
    offset = min(int(offset_text), max(0, blocks.total_items(kind, answer) - 1))
    message = blocks.shared_by(blocks.render(kind, answer, offset, answer_id), user)
    return Reply(message, public=True, chart=_chart_of(answer) if kind == "timeline" else None)


def set_answers(rt: Runtime, team: str, channel: str, text: str, user: str) -> Reply:
    """`/sitrep answers public|private`: how this channel's answers are given."""
    words = text.split()
    choice = words[1].lower() if len(words) > 1 else ""
    with rt.db() as db:
        if choice not in ("public", "private"):
            now = "public" if answers_public(db, team, channel) else "private"
            return private(
                f"Answers here are *{now}*. `/sitrep answers public` posts them in "
                "the channel; `/sitrep answers private` shows them to the asker "
                "first, with a *Share to channel* button."
            )
        slack_store.set_channel_setting(db, team, channel, ANSWERS_SETTING, choice, user)
    who = blocks.mention(user)
    how = (
        "posted in the channel"
        if choice == "public"
        else "shown to the asker first, with a Share to channel button"
    )
    return Reply(blocks.notice(f"From now on, answers in this channel are {how} (set by {who})."))


def sitrep_usage(text: str) -> Reply:
    """Help, or 'did you mean' for a mistyped subcommand."""
    word = text.split()[0].lower() if text.split() else ""
    if word in ("", "help"):
        return Reply(blocks.help_message(), public=False)
    from rapidfuzz import process

    guess = process.extractOne(word, SUBCOMMANDS, score_cutoff=60)
    hint = f" Did you mean `/sitrep {guess[0]}`?" if guess else ""
    return Reply(
        blocks.help_message(f"Unknown command “{blocks.escape(blocks.clip(word, 50))}”." + hint),
        public=False,
    )
