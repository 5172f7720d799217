"""Signed requests of every kind Slack sends, with fuzzed contents, through the running bot over
real HTTP against the fake Slack: slash commands with any text and `name:VALUE` options, message
events with any markup, links, files and subtypes, mentions, App Home opens, message shortcuts,
and button clicks with any action and value.

The properties: every request is acknowledged with 200; every slash command gets exactly one
reply at its response_url and every button click at least one (sharing also deletes the private
copy), JSON with a text; the log holds no error (no listener failed, no traceback); and the bot
still answers afterwards. test_slack_parsers.py fuzzes the same parsers
one function at a time, with many more examples.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.bot.conftest import (
    ARTICLE_DAM,
    Bot,
    event_body,
    public_answers,
    seed,
    send_command,
    send_event,
    send_interactive,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import FakeSlack
from tests.robust.common import examples
from tests.robust.test_slack_parsers import command_text
from text.surrogates import replace_lone_surrogates

REPLY_WAIT = 60.0  # answers run on the bot's threads while requests keep arriving
COMMANDS = ["/quote", "/actor", "/timeline", "/sitrep"]
ACTIONS = ["sitrep_more", "sitrep_previous", "sitrep_share", "sitrep_suggest_0"]
SUBTYPES = [None, "file_share", "bot_message", "message_changed", "thread_broadcast", "me"]
# Markup as Slack writes it; links point at the fake's pages (a page, a 404, a PDF that is not
# one), so that nothing leaves the machine.
PIECES = [
    "<@U123|ann>",
    "<#C123|news>",
    "<!channel>",
    "<!subteam^S1|@team>",
    "<mailto:a@example.org|mail>",
    "&amp;",
    "&lt;",
    "<",
    ">",
    "|",
    "Raqqa",
    "Tabqa dam",
    "from:2017",
    "\n",
    "\ud800",
    "🙂",
    "{LINK:article}",
    "{LINK:missing}",
    "{LINK:fake.pdf}",
]
texts = st.one_of(
    command_text,
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=25).map(" ".join),
)


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    from tests.fakeslack import Page

    workdir = tmp_path_factory.mktemp("payloads")
    db = workdir / "sitrep.db"
    seed(db, fake.team, ARTICLE_DAM, "https://news.example.org/raqqa")
    public_answers(db, fake.team, "CPUBLIC")
    page = f"<html><body><article><p>{ARTICLE_DAM}</p></article></body></html>".encode()
    fake.add_page("article", Page(body=page))
    fake.add_page("missing", Page(status=404, body=b"no"))
    fake.add_page("fake.pdf", Page(content_type="application/pdf", body=b"%PDF-1.4 nothing"))
    fake.set_channel("CPUBLIC", private=False)
    running = start_bot(fake, workdir, "http")
    yield running
    stop_bot(running)


def _links(fake: FakeSlack, text: str) -> str:
    for name in ("article", "missing", "fake.pdf"):
        text = text.replace(f"{{LINK:{name}}}", f"<{fake.page_url(name)}>")
    return text


def _replied_with_text(fake: FakeSlack, name: str) -> None:
    replies = fake.wait_responses(name, timeout=REPLY_WAIT)
    assert replies[0].get("text") or replies[0].get("delete_original"), replies[0]
    json.dumps(replies)


@examples(25, 500)
@given(command=st.sampled_from(COMMANDS), text=texts, channel=st.sampled_from(["CPUBLIC", "D1"]))
def test_any_slash_command_is_acknowledged_and_answered_once(
    bot: Bot, fake: FakeSlack, command: str, text: str, channel: str
) -> None:
    name, url = fake.response_url()
    # A form-encoded body is UTF-8, which cannot carry a lone surrogate (JSON bodies can).
    text = replace_lone_surrogates(_links(fake, text))
    status, _ = send_command(bot, slash_body(fake, command, text, url, channel))
    assert status == 200
    _replied_with_text(fake, name)
    assert len(fake.responses.get(name, [])) == 1


@examples(25, 500)
@given(
    action=st.sampled_from(ACTIONS),
    value=st.one_of(
        st.text(max_size=30), st.from_regex(r"[0-9a-f]{16}:[0-9]{1,25}", fullmatch=True)
    ),
    ephemeral=st.booleans(),
)
# A suggestion's value is JSON the bot wrote; a button of an older version, or a value that is
# not that JSON, once made the listener fail (an error in the log, "sorry" for the user).
@example(action="sitrep_suggest_0", value="not json", ephemeral=True)
@example(action="sitrep_suggest_0", value="[1]", ephemeral=False)
@example(action="sitrep_suggest_0", value='{"c": "nothing", "q": "SDF"}', ephemeral=False)
def test_any_button_click_is_acknowledged_and_answered(
    bot: Bot, fake: FakeSlack, action: str, value: str, ephemeral: bool
) -> None:
    name, url = fake.response_url()
    payload = {
        "type": "block_actions",
        "team": {"id": fake.team},
        "user": {"id": "UASKER"},
        "api_app_id": "AFAKE",
        "container": {"type": "message", "channel_id": "CPUBLIC", "is_ephemeral": ephemeral},
        "channel": {"id": "CPUBLIC"},
        "response_url": url,
        "trigger_id": "1.2.3",
        "actions": [{"action_id": action, "block_id": "b", "value": value, "type": "button"}],
    }
    status, _ = send_interactive(bot, payload)
    assert status == 200
    _replied_with_text(fake, name)


@examples(25, 500)
@given(
    kind=st.sampled_from(["message", "app_mention", "app_home_opened"]),
    text=texts,
    subtype=st.sampled_from(SUBTYPES),
    files=st.lists(st.text(max_size=12).map(lambda f: {"id": f}), max_size=2),
    tab=st.sampled_from(["home", "messages", "", None]),
    number=st.integers(0, 10**12),
)
def test_any_event_is_acknowledged_and_handled_without_error(
    bot: Bot,
    fake: FakeSlack,
    kind: str,
    text: str,
    subtype: str | None,
    files: list[dict],
    tab: str | None,
    number: int,
) -> None:
    event: dict[str, object] = {
        "type": kind,
        "user": "UASKER",
        "channel": "CPUBLIC",
        "channel_type": "channel",
        "ts": f"{1500000000 + number % 10**8}.{number % 1000000:06d}",
        "text": _links(fake, text),
    }
    if subtype is not None:
        event["subtype"] = subtype
    if files:
        event["files"] = files
    if kind == "app_home_opened":
        event["tab"] = tab
    status, _ = send_event(bot, event_body(fake, event, f"Ev{number}"))
    assert status == 200


@examples(15, 300)
@given(text=texts, number=st.integers(0, 10**12))
def test_any_message_shortcut_is_acknowledged(
    bot: Bot, fake: FakeSlack, text: str, number: int
) -> None:
    name, url = fake.response_url()
    payload = {
        "type": "message_action",
        "callback_id": "add_to_sitrep",
        "team": {"id": fake.team},
        "user": {"id": "UASKER"},
        "channel": {"id": "CPUBLIC", "name": "news"},
        "message": {"type": "message", "user": "U2", "ts": f"{number}.000100", "text": text},
        "response_url": url,
        "trigger_id": "1.2.3",
    }
    status, _ = send_interactive(bot, payload)
    assert status == 200


def test_after_the_fuzzing_nothing_failed_and_the_bot_answers(bot: Bot, fake: FakeSlack) -> None:
    """Runs last in this module (pytest keeps file order): the log of everything above."""
    name, url = fake.response_url()
    status, _ = send_command(bot, slash_body(fake, "/quote", "Tabqa dam", url))
    assert status == 200
    assert "Tabqa" in json.dumps(fake.wait_responses(name, timeout=REPLY_WAIT))
    assert bot.process.poll() is None
    failures = []
    for line in bot.logs().splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            failures.append(line)  # not a log record: a stray traceback or print
            continue
        if record.get("level") in ("error", "critical") or "error" in record:
            failures.append(line)
    assert failures == []
