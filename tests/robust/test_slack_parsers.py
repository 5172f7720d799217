"""What Slack hands the bot, fuzzed at the functions that read it: slash-command text with
`name:VALUE` options, the timeline's date bounds, message markup and the links in it, button
values of interactive payloads, and the fields listeners take out of a request body.

The properties: nothing raises but the documented one-line GrammarError; what a parser takes out
of the text is in the text (the values of options, the links); what it leaves is the text without
it; and every reply is JSON that Slack can take. test_slack_payloads.py sends the same kinds of
input through the running bot over HTTP.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot import answers, intake
from bot.config import Config
from bot.listeners.actions import _channel_of
from bot.listeners.common import team_of
from bot.runtime import runtime_for
from commands.ingest import ingest_jsonl
from commands.registry import COMMANDS, GrammarError, parse_words
from store.db import connect
from tests.robust.articles import articles
from tests.robust.common import examples
from tests.robust.timing import timed

OPTION_WORDS = [
    "from:",
    "to:",
    "limit:",
    "--from",
    "--to",
    "--limit",
    "--from=",
    "FROM:",
    "To:",
    "all:",
    "published:",
    "from: ",
    ":",
    "--",
    "2017",
    "2017-06",
    "2017-02-30",
    "-1",
    "1e9",
    "99999999999999999999",
    "٣",
    "Raqqa",
    "SDF",
    "the",
    '"',
    "\u00a0",
    "\n",
    "\t",
    "\ud800",
]
MARKUP_PIECES = [
    "<",
    ">",
    "|",
    "<https://example.org/a?b=1&amp;c=2|a page>",
    "<https://example.org/x>",
    "<http://example.org|>",
    "<@U123|ann>",
    "<@U123>",
    "<#C123|news>",
    "<!channel>",
    "<!here|here>",
    "<!subteam^S1|@team>",
    "<!date^1392734382^{date}|Feb 18>",
    "<mailto:a@example.org|mail>",
    "https://example.org/bare?q=1).",
    "http://",
    "https://ex.org/é",
    "&amp;",
    "&lt;",
    "&gt;",
    "&amp",
    "&",
    "Raqqa",
    " ",
    "\n",
    "“",
    "🙂",
]
command_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(OPTION_WORDS), st.text(max_size=5)), max_size=30).map(
        " ".join
    ),
    st.lists(st.sampled_from(OPTION_WORDS), max_size=30).map("".join),
)
message_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(MARKUP_PIECES), st.text(max_size=5)), max_size=40).map(
        "".join
    ),
    st.lists(st.sampled_from(MARKUP_PIECES), max_size=40).map(" ".join),
)
# Request bodies shaped as Slack sends them (objects where it sends objects), with any JSON
# where it sends ids: what listeners read the workspace and conversation from.
leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
bodies = st.fixed_dictionaries(
    {},
    optional={
        "team_id": leaves,
        "team": st.fixed_dictionaries({}, optional={"id": leaves}),
        "channel": st.fixed_dictionaries({}, optional={"id": leaves}),
        "container": st.fixed_dictionaries({}, optional={"channel_id": leaves}),
    },
)
WITH_OPTIONS = sorted(n for n, c in COMMANDS.items() if any(o.metavar for o in c.options))


@examples(300)
@given(st.sampled_from(WITH_OPTIONS), command_text)
@example("timeline", "Raqqa from:2017-06 --to 2017-09")
@example("quote", "Raqqa limit:abc")
def test_command_text_parses_into_words_and_options_or_one_line(name: str, text: str) -> None:
    with timed(f"parse_words {name}", text):
        try:
            parsed = parse_words(name, text)
        except GrammarError as err:
            assert "\n" not in str(err) and str(err)
            return
    # The words left are the text's own words, in order, and each option's value was typed.
    assert parsed.words == " ".join(parsed.words.split())
    assert set(parsed.words.split()) <= set(text.split())
    for value in parsed.options.values():
        assert str(value) in text or isinstance(value, int)
    json.dumps([parsed.words, parsed.options])


@examples(300)
@given(command_text)
def test_timeline_bounds_come_out_of_the_text_and_the_subject_is_what_is_left(text: str) -> None:
    with timed("parse_timeline", text):
        try:
            subject, low, high = answers.parse_timeline(text)
        except GrammarError as err:  # the timeline's grammar is the registry's
            assert "\n" not in str(err) and str(err)
            return
    for bound in (low, high):
        assert bound is None or (bound in text and bound.strip() == bound and bound)
    assert set(subject.split()) <= set(text.split())


@examples(300)
@given(message_text)
@example("<https://a.org/x?b=1&amp;c=2|label> and https://b.org/y).")
def test_links_are_taken_verbatim_from_the_message(text: str) -> None:
    with timed("links_in", text):
        links = intake.links_in(text)
        left = intake.without_links(text)
    assert len(links) == len(set(links))
    readable = html.unescape(text)
    for link in links:
        assert link.startswith(("http://", "https://"))
        assert link in readable or link in text
    # What is left holds no link to fetch.
    assert intake.links_in(left) == []


@examples(300)
@given(message_text)
def test_slack_markup_becomes_readable_text_never_longer(text: str) -> None:
    with timed("slack_to_text", text):
        plain = intake.slack_to_text(text)
        intake.reads_like_article(plain)
    assert len(plain) <= len(text)


@examples(300)
@given(bodies)
def test_ids_come_out_of_any_request_body_as_strings(body: dict) -> None:
    team, channel = team_of(body), _channel_of(body)
    assert isinstance(team, str) and isinstance(channel, str)


@pytest.fixture(scope="module")
def store_of_20_articles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("parsers") / "store.db"
    db = connect(path)
    lines = [json.dumps(a) for a in articles(11, 20)]
    ingest_jsonl(db, iter(lines), "fuzz.jsonl")
    db.conn.close()
    yield path


@examples(200)
@given(
    st.one_of(
        st.text(max_size=60),
        st.tuples(st.text(max_size=20), st.integers(-5, 10**20)).map(lambda t: f"{t[0]}:{t[1]}"),
    ),
    st.booleans(),
)
@example("a" * 16 + ":0", False)
@example(":99999999999999999999999", True)
def test_any_button_value_gets_a_reply_slack_can_take(
    store_of_20_articles: Path, value: str, backwards: bool
) -> None:
    rt = runtime_for(Config(db_path=str(store_of_20_articles)))
    with timed("button value", value):
        replies = [
            answers.page(rt, "T1", "C1", value, backwards),
            answers.share(rt, "T1", "C1", value, "U1"),
        ]
    for reply in replies:
        kwargs = reply.respond_kwargs()
        json.dumps(kwargs).encode("utf-8")
        assert kwargs["text"]


@examples(150)
@given(command_text)
def test_sitrep_subcommand_text_gets_help_or_a_setting(
    store_of_20_articles: Path, text: str
) -> None:
    rt = runtime_for(Config(db_path=str(store_of_20_articles)))
    with timed("/sitrep text", text):
        replies = [answers.sitrep_usage(text), answers.set_answers(rt, "T1", "C1", text, "U1")]
    for reply in replies:
        json.dumps(reply.respond_kwargs()).encode("utf-8")
