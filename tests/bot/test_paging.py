"""Regression tests, in both modes: "More" and "Previous" page through an answer for the person
who clicked (ephemeral pages), never rewriting the shared answer; a button clicked in another
conversation says why it cannot page there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import blocks
from tests.bot.conftest import literal_texts
from tests.bot.modes import BOTH_MODES, Driver, serving


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    with serving(request.param, demo_db, tmp_path_factory.mktemp("paging")) as driver:
        yield driver


def quotes(message: dict) -> list[str]:
    return literal_texts(message)


def buttons(message: dict) -> dict[str, dict]:
    return {
        e["action_id"]: e
        for b in message.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
        if e["type"] == "button"  # not an item's feedback menu
    }


def click(driver: Driver, button: dict, channel: str = "CPUBLIC", ephemeral: bool = False) -> dict:
    return driver.click(
        {
            "type": "block_actions",
            "team": {"id": driver.fake.team, "domain": "fake"},
            "user": {"id": "UREADER"},
            "api_app_id": "AFAKE",
            "trigger_id": "1.2",
            "container": {
                "type": "message",
                "channel_id": channel,
                "message_ts": "1.1",
                "is_ephemeral": ephemeral,
            },
            "channel": {"id": channel, "name": "news"},
            "actions": [{**button, "block_id": "sitrep_paging", "action_ts": "1.3"}],
        }
    )


def test_pages_are_for_the_person_who_clicked_with_previous(driver: Driver) -> None:
    driver.command("/sitrep", "answers public")  # the shared answer is in the channel
    shared = driver.command("/quote", "Raqqa Syria forces")
    assert shared["response_type"] == "in_channel"
    first = buttons(shared)
    assert set(first) == {blocks.MORE_ACTION}  # no Previous on the first page

    second = click(driver, first[blocks.MORE_ACTION])
    # A new message only the clicker sees; the shared answer is not replaced.
    assert second["response_type"] == "ephemeral"
    assert second.get("replace_original") is False
    assert quotes(second) and not set(quotes(second)) & set(quotes(shared))
    assert set(buttons(second)) == {
        blocks.PREVIOUS_ACTION,
        blocks.MORE_ACTION,
        blocks.SHARE_ACTION,
    }  # a page can be shared too

    third = click(driver, buttons(second)[blocks.MORE_ACTION], ephemeral=True)
    assert third["replace_original"] is True and third["response_type"] == "ephemeral"
    assert not set(quotes(third)) & set(quotes(second))

    back = click(driver, buttons(third)[blocks.PREVIOUS_ACTION], ephemeral=True)
    assert back["replace_original"] is True
    assert quotes(back) == quotes(second)
    start = click(driver, buttons(back)[blocks.PREVIOUS_ACTION], ephemeral=True)
    assert quotes(start) == quotes(shared)
    assert blocks.PREVIOUS_ACTION not in buttons(start)


def test_more_from_another_conversation_says_why_it_cannot_page(driver: Driver) -> None:
    shared = driver.command("/quote", "Raqqa Syria forces")
    more = buttons(shared)[blocks.MORE_ACTION]
    elsewhere = click(driver, more, channel="CSECRET")
    assert elsewhere["response_type"] == "ephemeral"
    assert elsewhere.get("replace_original") is False
    assert "given in another conversation" in elsewhere["text"]
    assert "Raqqa" not in str(elsewhere)  # nothing of the answer leaks there
    gone = click(driver, {**more, "value": "nosuchanswer:5"})
    assert gone["text"] == "This answer has expired; ask again."
