"""Reading Slack messages: markup, links, what counts as an article, privacy, token hosts."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot import intake

ARTICLE = (
    "Government forces retook the old city on Monday after a week of fighting. "
    "Officials said the last fighters surrendered at dawn. "
) * 12


def test_slack_markup_to_plain_text() -> None:
    raw = (
        "Read <https://news.example.org/a?x=1&amp;y=2|this story> by <@U123|ann> in "
        "<#C42|general>: <!channel> 5 &lt; 7 &amp;&amp; <https://bare.example.org>"
    )
    assert intake.slack_to_text(raw) == (
        "Read this story by @ann in #general: @channel 5 < 7 && https://bare.example.org"
    )


def test_links_from_markup_and_bare_text() -> None:
    raw = (
        "see <https://a.example/x?p=1&amp;q=2> and <https://b.example/y|label>, "
        "also https://c.example/z. and <mailto:x@y.z|mail> <#C1|chan>"
    )
    assert intake.links_in(raw) == [
        "https://a.example/x?p=1&q=2",
        "https://b.example/y",
        "https://c.example/z",
    ]
    assert intake.links_in("no links here") == []


def test_without_links_keeps_other_markup() -> None:
    assert intake.without_links("a <https://x.example|x> b <@U1> c") == "a   b <@U1> c"


def test_reads_like_article() -> None:
    assert intake.reads_like_article(ARTICLE)
    assert not intake.reads_like_article("lunch at noon? " * 3)
    assert not intake.reads_like_article("word " * 200)  # long but not sentences


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://files.slack.com/files-pri/T1-F1/download/a.pdf", True),
        ("https://slack.com/files/x", True),
        ("http://files.slack.com/x", False),
        ("https://files.slack.com.evil.example/x", False),
        ("https://evil.example/files.slack.com", False),
        ("https://notslack.com/x", False),
    ],
)
def test_bot_token_goes_only_to_slack_hosts(url: str, allowed: bool) -> None:
    assert intake.token_allowed(url, "https://slack.com/api/") is allowed


def test_token_allowed_for_a_configured_api_host() -> None:
    assert intake.token_allowed("http://127.0.0.1:5000/files/F1", "http://127.0.0.1:5000/api/")
    assert not intake.token_allowed("http://127.0.0.1:5001/files/F1", "http://127.0.0.1:5000/api/")
    assert not intake.token_allowed("https://127.0.0.1:5000/files/F1", "http://127.0.0.1:5000/api/")


class StubClient:
    def __init__(self, channel: dict | None) -> None:
        self.channel = channel
        self.calls = 0

    def conversations_info(self, channel: str) -> dict:
        self.calls += 1
        if self.channel is None:
            raise SlackApiError(
                "missing_scope",
                SlackResponse(
                    client=None,
                    http_verb="POST",
                    api_url="",
                    req_args={},
                    data={"ok": False, "error": "missing_scope"},
                    headers={},
                    status_code=200,
                ),
            )
        return {"ok": True, "channel": self.channel}


def test_conversation_scope() -> None:
    public = StubClient({"id": "C1", "is_channel": True, "is_private": False})
    assert intake.conversation_scope(public, "T9", "C1") == ""
    assert intake.conversation_scope(public, "T9", "C1") == ""
    assert public.calls == 1  # remembered for a while
    private = StubClient({"id": "C2", "is_channel": True, "is_private": True})
    assert intake.conversation_scope(private, "T9", "C2") == "C2"
    unknown = StubClient(None)
    assert intake.conversation_scope(unknown, "T9", "C3") == "C3"  # fails closed
    assert intake.conversation_scope(unknown, "T9", "D1") == "D1"
    assert intake.conversation_scope(unknown, "T9", "C4", channel_type="channel") == ""
    assert intake.conversation_scope(unknown, "T9", "C4", channel_type="group") == "C4"
    assert intake.conversation_scope(unknown, "T9", "C5", channel_name="privategroup") == "C5"
    assert unknown.calls == 1
