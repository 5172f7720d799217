"""Private-first answers, in both modes, in a channel that chose them (`/sitrep answers
private`): /quote, /actor and /timeline answer the asker only, with "Share to channel", which
posts the same answer "shared by" the sharer (a timeline's chart in its thread); `/sitrep
answers public|private` chooses per channel, and records who chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import blocks
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, block_texts, literal_texts, private_answers, seed
from tests.bot.modes import BOTH_MODES, Driver, serving


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    def prepare(db: Path) -> None:
        # enough dated events for a chart, from the terminal
        seed(db, "", ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")
        private_answers(db, "T0FAKE", "CSHARE", "CELSEWHERE")

    with serving(
        request.param, demo_db, tmp_path_factory.mktemp("sharing"), prepare=prepare
    ) as driver:
        yield driver


def buttons(message: dict) -> dict[str, dict]:
    return {
        e["action_id"]: e
        for b in message.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
        if e["type"] == "button"  # not an item's feedback menu
    }


def share(driver: Driver, button: dict, channel: str, user: str = "USHARER") -> list[dict]:
    """Click Share on one's own (ephemeral) answer; return what was posted to response_url."""
    name, url = driver.fake.response_url()
    payload = {
        "type": "block_actions",
        "team": {"id": driver.fake.team, "domain": "fake"},
        "user": {"id": user},
        "api_app_id": "AFAKE",
        "trigger_id": "1.2",
        "container": {
            "type": "message",
            "channel_id": channel,
            "message_ts": "1.1",
            "is_ephemeral": True,
        },
        "channel": {"id": channel, "name": "x"},
        "response_url": url,
        "actions": [{**button, "block_id": "sitrep_paging", "action_ts": "1.3"}],
    }
    driver._send("interactive", payload)
    return driver.fake.wait_responses(name, count=2 if channel == "CSHARE" else 1)


def share_timeline(driver: Driver, button: dict) -> tuple[dict, list[dict]]:
    """Click Share on one's own timeline: the bot posts it itself (its chart goes in its
    thread); return that message and what was posted to the response_url."""
    before = len(driver.fake.calls_to("chat.postMessage"))
    name, url = driver.fake.response_url()
    payload = {
        "type": "block_actions",
        "team": {"id": driver.fake.team, "domain": "fake"},
        "user": {"id": "USHARER"},
        "api_app_id": "AFAKE",
        "trigger_id": "1.2",
        "container": {"type": "message", "channel_id": "CSHARE", "is_ephemeral": True},
        "channel": {"id": "CSHARE", "name": "x"},
        "response_url": url,
        "actions": [{**button, "block_id": "sitrep_paging", "action_ts": "1.3"}],
    }
    driver._send("interactive", payload)
    calls = driver.fake.wait_call("chat.postMessage", count=before + 1)
    return calls[before].args, driver.fake.wait_responses(name)


def uploads(driver: Driver, channel: str) -> int:
    return len(
        driver.fake.calls_to("files.completeUploadExternal", lambda c: channel in str(c.args))
    )


@pytest.mark.parametrize(
    "command, text", [("/quote", "no picnic"), ("/actor", "SDF"), ("/timeline", "Raqqa")]
)
def test_answers_are_private_first_and_shared_on_request(
    driver: Driver, command: str, text: str
) -> None:
    mine = driver.command(command, text, channel="CSHARE")
    assert mine["response_type"] == "ephemeral"
    assert "No " not in mine["text"][:3]
    share_button = buttons(mine)[blocks.SHARE_ACTION]
    assert share_button["text"]["text"] == "Share to channel"
    if command == "/timeline":
        assert uploads(driver, "CSHARE") == 0  # a private answer's chart waits for sharing
        posted, responses = share_timeline(driver, share_button)
        assert responses == [{"text": "", "delete_original": True}]
        ts = driver.fake.wait_for(
            lambda: next(
                (m["ts"] for m in driver.fake.posted if m.get("text") == posted["text"]), None
            )
        )
        # The chart goes in the thread of the shared answer, with alt text for people who
        # cannot see it (sent with the upload request).
        [done] = driver.fake.wait_call(
            "files.completeUploadExternal", lambda c: c.args.get("thread_ts") == ts
        )
        assert done.args["channel_id"] == "CSHARE"
        described = [
            c.args.get("alt_txt") for c in driver.fake.calls_to("files.getUploadURLExternal")
        ]
        assert any(str(a).startswith("Bar chart, Timeline: Raqqa: ") for a in described)
    else:
        posted, deleted = share(driver, share_button, "CSHARE")
        assert posted["response_type"] == "in_channel" and posted["replace_original"] is False
        assert deleted == {"text": "", "delete_original": True}
    assert posted["blocks"][0]["elements"][0]["text"] == "Shared by <@USHARER>"
    assert "(shared by <@USHARER>)" in posted["text"]
    assert literal_texts(posted) == literal_texts(mine)
    assert blocks.SHARE_ACTION not in buttons(posted)


def test_share_only_where_the_answer_was_given(driver: Driver) -> None:
    mine = driver.command("/quote", "no picnic", channel="CSHARE")
    [refused] = share(driver, buttons(mine)[blocks.SHARE_ACTION], "CELSEWHERE")
    assert refused["response_type"] == "ephemeral"
    # As for its pages: it says why (another conversation), never what the answer was.
    assert refused["text"].startswith("This answer was given in another conversation")
    assert "picnic" not in str(refused)


def test_channel_chooses_public_answers_and_the_choice_is_recorded(driver: Driver) -> None:
    default = driver.command("/quote", "no picnic", channel="CPUBLIC")
    assert default["response_type"] == "in_channel"  # public unless the channel chose
    assert blocks.SHARE_ACTION not in buttons(default)
    said = driver.command("/sitrep", "answers public", channel="CSHARE", user="UCHOOSER")
    assert said["response_type"] == "in_channel"
    assert "posted in the channel (set by <@UCHOOSER>)" in block_texts(said)
    answer = driver.command("/quote", "no picnic", channel="CSHARE")
    assert answer["response_type"] == "in_channel"
    assert blocks.SHARE_ACTION not in buttons(answer)
    elsewhere = driver.command("/quote", "no picnic", channel="CELSEWHERE")
    assert elsewhere["response_type"] == "ephemeral"  # a channel's choice is its own

    asked = driver.command("/sitrep", "answers", channel="CSHARE")
    assert asked["response_type"] == "ephemeral" and "*public*" in asked["text"]
    driver.command("/sitrep", "answers private", channel="CSHARE", user="UOTHER")
    assert driver.command("/quote", "no picnic", channel="CSHARE")["response_type"] == "ephemeral"
    db = connect(driver.bot.db_path)
    try:
        row = db.conn.execute(
            "SELECT value, changed_by, changed_at FROM channel_settings "
            "WHERE channel = 'CSHARE' AND key = 'answers'"
        ).fetchone()
    finally:
        db.conn.close()
    assert row[:2] == ("private", "UOTHER") and row[2]
