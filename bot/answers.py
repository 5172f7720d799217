"""The slash commands' answers for Slack: run the transport-free command, keep long answers
for the "More" button, and render the contract dict as Block Kit.

Every query is made for a Viewer (workspace, conversation), so an article posted in a private
channel or DM is only ever quoted back there, and each workspace sees only its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot import blocks, feedback
from bot.runtime import Runtime
from commands import registry
from store import articles
from store import slack as slack_store
from text.surrogates import replace_lone_surrogates

if TYPE_CHECKING:
    import sqlite_utils

QUOTE_RESULTS = 20  # kept for paging; the first page shows blocks.PER_PAGE
LATEST = 5
# `/sitrep NAME`: every command of the registry without a slash command of its own, and help.
SUBCOMMANDS = ("help",) + tuple(
    c.name for c in registry.for_front("slack") if c.name not in blocks.OWN_SLASH
)


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


ANSWERS_SETTING = "answers"  # per channel: 'public' (the default) or 'private'


def answers_public(db: sqlite_utils.Database, team: str, channel: str) -> bool:
    """Answers are posted in the channel (the product's contract: replies in the channel,
    errors and help ephemeral), unless the channel chose private-first answers with a Share
    button."""
    return slack_store.channel_setting(db, team, channel, ANSWERS_SETTING) != "private"


def _answer_reply(
    db: sqlite_utils.Database,
    kind: str,
    answer: dict,
    team: str,
    channel: str,
    chart: tuple[str, list[dict]] | None = None,
) -> Reply:
    """The first page of an answer, without what this workspace's feedback hides, kept for its
    More, Share and feedback buttons. A private answer's chart waits until it is shared."""
    public = answers_public(db, team, channel)
    answer = feedback.without_hidden(db, team, kind, answer)
    answer_id = slack_store.new_answer_id()
    message = blocks.render(kind, answer, 0, answer_id)
    if not public:
        message = blocks.with_share(message, blocks.PageRef(answer_id, 0, ()))
    slack_store.save_answer(db, team, channel, {"kind": kind, "answer": answer}, answer_id)
    return Reply(message, public=public, chart=chart if public else None)


def quote(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    from commands import quote as command

    try:
        query, options = registry.parse_words("quote", _words(text))
    except registry.GrammarError as exc:
        return private(blocks.escape(exc))
    if not query:
        return private("Usage: `/quote WORDS` — for example `/quote booby-trapped buildings`.")
    limit = max(1, min(int(options.get("limit") or QUOTE_RESULTS), QUOTE_RESULTS))  # type: ignore[call-overload]
    with rt.db() as db:
        answer = command.run(db, query, limit=limit, viewer=_viewer(team, channel))
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
    """'Raqqa from:2017-06 to:2017-09' (or --from 2017-06) -> subject and date bounds, by the
    registry's grammar, the terminal's."""
    subject, options = registry.parse_words("timeline", text)
    return subject, options.get("date_from"), options.get("date_to")  # type: ignore[return-value]


def timeline(rt: Runtime, team: str, channel: str, text: str) -> Reply:
    from commands import timeline as command

    try:
        subject, options = registry.parse_words("timeline", _words(text))
    except registry.GrammarError as exc:
        return private(blocks.escape(exc))
    date_from, date_to = options.get("date_from"), options.get("date_to")
    limit = options.get("limit")
    if not subject:
        return private(
            "Usage: `/timeline SUBJECT [from:YYYY-MM] [to:YYYY-MM]` — for example "
            "`/timeline Raqqa`."
        )
    with rt.db() as db:
        try:
            answer = command.run(
                db,
                subject,
                viewer=_viewer(team, channel),
                date_from=date_from,  # type: ignore[arg-type]
                date_to=date_to,  # type: ignore[arg-type]
                limit=limit,  # type: ignore[arg-type]
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
    from commands import stats as command

    with rt.db() as db:
        answer = command.run(db, _viewer(team, channel), LATEST)
    return Reply(blocks.stats_message(answer.counts, answer.latest))


def home(rt: Runtime, team: str) -> dict:
    """App Home shows what everyone in the workspace may see: public-channel articles only."""
    from commands import stats as command

    with rt.db() as db:
        answer = command.run(db, articles.Viewer(team=team, conversation=None), LATEST)
    return blocks.home_view(answer.counts, answer.latest)


def _saved(
    rt: Runtime, team: str, channel: str, value: str, expired: str
) -> tuple[slack_store.SavedAnswer, blocks.PageRef] | Reply:
    """The saved answer and page a button names, or the private reply saying why not: a
    broken value, an answer given in another conversation, or one that has expired."""
    page = blocks.PageRef.parse(value)
    if page is None:
        return private("That button is broken; ask again.")
    with rt.db() as db:
        saved = slack_store.load_answer(db, page.answer_id, team, channel)
        elsewhere = saved is None and slack_store.answer_exists(db, page.answer_id, team)
    if saved is None:
        if elsewhere:
            return private(
                "This answer was given in another conversation, and its pages are "
                "kept for that conversation only: ask again here."
            )
        return private(expired)
    kind, answer = saved.payload["kind"], saved.payload["answer"]
    last = max(0, blocks.total_items(kind, answer) - 1)
    return saved, blocks.PageRef(page.answer_id, min(page.offset, last), page.trail)


def page(rt: Runtime, team: str, channel: str, value: str, backwards: bool = False) -> Reply:
    """Another page of a saved answer, for the person who clicked only: the shared answer
    stays as it was for everyone else. The button value names the page (blocks.PageRef); a
    Previous button from before page trails names the page after the one wanted."""
    found = _saved(rt, team, channel, value, "This answer has expired; ask again.")
    if isinstance(found, Reply):
        return found
    saved, at = found
    kind, answer = saved.payload["kind"], saved.payload["answer"]
    if backwards and at.trail is None:
        at = blocks.PageRef(at.answer_id, blocks.previous_offset(kind, answer, at.offset), None)
    message = blocks.render(kind, answer, at.offset, at.answer_id, at.trail)
    return Reply(blocks.with_share(message, at), public=False, page=True)


def share(rt: Runtime, team: str, channel: str, value: str, user: str) -> Reply:
    """Post a private answer (the page the button was on) to the channel, "shared by" its
    sharer; only where it was asked (its saved copy is kept for that conversation)."""
    found = _saved(rt, team, channel, value, "This answer has expired; ask again, then share it.")
    if isinstance(found, Reply):
        return found
    saved, at = found
    kind, answer = saved.payload["kind"], saved.payload["answer"]
    message = blocks.shared_by(blocks.render(kind, answer, at.offset, at.answer_id, at.trail), user)
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


def dates(rt: Runtime, text: str) -> Reply:
    """`/sitrep dates TEXT [published:YYYY-MM-DD]`: the date expressions of a text, resolved
    against the publication date when given. Only for the asker: it is a tool, not news."""
    from commands import dates as command
    from commands.arguments import iso_date

    rest = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    try:
        words, options = registry.parse_words("dates", _words(rest))
        published = iso_date(options.get("published"))  # type: ignore[arg-type]
    except ValueError as exc:  # a GrammarError is a ValueError too
        return private(f"published: {blocks.escape(exc)}")
    if not words:
        return private(
            "Usage: `/sitrep dates TEXT [published:YYYY-MM-DD]` — for example "
            "`/sitrep dates The talks resumed last Tuesday published:2017-08-07`."
        )
    return Reply(blocks.dates_message(command.run(words, published).to_json(), words), public=False)


def leading_options(name: str, text: str) -> tuple[dict[str, object], str]:
    """Options written before the rest of a command's text (`published:2017-08-07
    source:Reuters https://...`), by the registry's grammar, and the rest as it was typed:
    pasted article text keeps its lines. A bad value is a ValueError."""
    from commands.arguments import iso_date

    names = {o.name.lower(): o for o in registry.COMMANDS[name].options_for("slack") if o.metavar}
    options: dict[str, object] = {}
    rest = text.lstrip()
    while rest:
        word = rest.split(None, 1)[0]
        head, colon, value = word.partition(":")
        option = names.get(head.lower()) if colon and value else None
        if option is None:
            break
        try:
            options[option.key] = option.type(value)
        except ValueError:
            raise registry.GrammarError(f"{option.name}: not a valid {option.metavar}") from None
        rest = rest[len(word) :].lstrip()
    if options.get("published"):
        try:
            options["published"] = iso_date(str(options["published"]))
        except ValueError as exc:
            raise ValueError(f"published: {exc}") from None
    return options, rest


def corrections(rt: Runtime, team: str, text: str) -> Reply:
    """`/sitrep corrections [limit:N]`: this workspace's latest removals and edits."""
    from commands import corrections as command

    rest = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    try:
        _, options = registry.parse_words("corrections", rest)
        with rt.db() as db:
            answer = command.run(db, team, int(options.get("limit") or 20))  # type: ignore[call-overload]
    except ValueError as exc:
        return private(blocks.escape(exc))
    return Reply(blocks.corrections_list(answer.to_json()), public=False)
