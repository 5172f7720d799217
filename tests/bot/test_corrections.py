"""Corrections and feedback, end to end in both modes (the real bot against the fake Slack):
Remove from Sitrep and Edit under an ingest confirmation, with the permission refusal;
`/sitrep forget`; `/sitrep ingest published: source:`; feedback that hides a timeline entry
until it is restored, and "not relevant" that hides a quote for its question only."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bot import blocks
from tests.bot.conftest import (
    ARTICLE_DAM,
    ARTICLE_PRIVATE,
    article_rows,
    block_texts,
    literal_texts,
    public_answers,
    seed,
    send_interactive,
)
from tests.bot.modes import BOTH_MODES, Driver, serving


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    base = tmp_path_factory.mktemp("corrections-store") / "base.db"
    # From the terminal: no one added it from Slack, so only an admin may remove it.
    seed(base, "", ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")
    with serving(
        request.param, base, tmp_path_factory.mktemp(f"corrections-{request.param}")
    ) as driver:
        driver.fake.set_admin("UADMIN")
        public_answers(driver.bot.db_path, driver.fake.team, "CPUBLIC")
        yield driver


def payload(driver: Driver, user: str, action: dict, channel: str = "CPUBLIC") -> dict:
    return {
        "type": "block_actions",
        "team": {"id": driver.fake.team, "domain": "fake"},
        "user": {"id": user},
        "api_app_id": "AFAKE",
        "trigger_id": f"trigger-{user}",
        "container": {"type": "message", "channel_id": channel, "message_ts": "9.9"},
        "channel": {"id": channel, "name": "news"},
        "message": {"ts": "9.9", "thread_ts": "8.8"},
        "actions": [{**action, "block_id": "b", "action_ts": "1.3"}],
    }


def buttons_of(message: dict) -> dict[str, dict]:
    return {
        e["action_id"]: e
        for b in message.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
    }


def submit(driver: Driver, view: dict, user: str) -> dict:
    """A view_submission; returns what the bot answered in its acknowledgement."""
    body = {
        "type": "view_submission",
        "team": {"id": driver.fake.team, "domain": "fake"},
        "user": {"id": user},
        "api_app_id": "AFAKE",
        "trigger_id": "t",
        "view": {**view, "id": "V1", "team_id": driver.fake.team},
    }
    if driver.bot.mode == "socket":
        ack = driver.fake.wait_ack(driver.fake.push("interactive", body))
        return ack.get("payload") or {}
    status, text = send_interactive(driver.bot, body)
    assert status == 200
    return json.loads(text) if text.strip() else {}


def filled(view: dict, **values: str) -> dict:
    state = {
        name: {"value": {"type": "plain_text_input", "value": v}} for name, v in values.items()
    }
    return {**view, "state": {"values": state}}


def test_remove_and_edit_only_for_the_poster_or_an_admin(driver: Driver) -> None:
    posted = driver.post("CPUBLIC", ARTICLE_PRIVATE, user="UPOSTER")
    buttons = buttons_of(posted)
    remove, edit = buttons[blocks.REMOVE_ACTION], buttons[blocks.EDIT_ACTION]
    article_id = int(remove["value"].split(":")[0])
    assert article_rows(driver.bot.db_path, "id = ?", (article_id,))

    # Someone else's article cannot be removed, nor edited: the refusal is theirs alone.
    refused = driver.click(payload(driver, "USTRANGER", remove))
    assert refused["response_type"] == "ephemeral" and refused["replace_original"] is False
    assert refused["text"].startswith("Only the person who added this article")
    refused = driver.click(payload(driver, "USTRANGER", edit))
    assert refused["text"].startswith("Only the person who added this article")
    assert article_rows(driver.bot.db_path, "id = ?", (article_id,))

    # A workspace admin may edit: the form opens; a bad date is marked in it.
    driver._send("interactive", payload(driver, "UADMIN", edit))
    [opened] = driver.fake.wait_call(
        "views.open", lambda c: c.args.get("trigger_id") == "trigger-UADMIN"
    )
    view = opened.args["view"]
    view = json.loads(view) if isinstance(view, str) else view
    answer = submit(
        driver, filled(view, title="Mines in Raqqa", source="", published="soon"), "UADMIN"
    )
    assert answer.get("response_action") == "errors" and "published" in answer["errors"]
    answer = submit(
        driver,
        filled(view, title="Mines in Raqqa", source="Reuters", published="2017-11-02"),
        "UADMIN",
    )
    assert answer.get("response_action") is None
    [told] = driver.fake.wait_call("chat.postEphemeral", lambda c: c.args.get("user") == "UADMIN")
    assert "Saved:" in told.args["text"] and "Reuters" in told.args["text"]
    [(new_id, _, _, _, _, title)] = article_rows(
        driver.bot.db_path, "title = ?", ("Mines in Raqqa",)
    )
    # Stored again from its text with the corrected fields (under the same id or a new one).
    assert not article_rows(driver.bot.db_path, "title != ? AND id = ?", (title, article_id))

    # The poster may remove it (still theirs after the edit), with the same button: the
    # confirmation says so.
    removed = driver.click(payload(driver, "UPOSTER", remove))
    assert removed["replace_original"] is True and removed["response_type"] == "in_channel"
    assert "was removed from Sitrep by <@UPOSTER>" in removed["text"]
    assert not article_rows(driver.bot.db_path, "id = ?", (new_id,))
    log = driver.command("/sitrep", "corrections", user="UANYONE")
    assert "edited" in block_texts(log) and "removed" in block_texts(log)


def test_forget_by_title_for_admins_only_and_ingest_with_date_and_outlet(driver: Driver) -> None:
    refused = driver.command("/sitrep", "forget Raqqa", user="USTRANGER")
    assert refused["response_type"] == "ephemeral"
    assert refused["text"].startswith("Only the person who added this article")
    assert article_rows(driver.bot.db_path, "origin = ?", ("raqqa.txt",))
    gone = driver.command("/sitrep", "forget raqqa.txt", user="UADMIN")
    assert "was removed from Sitrep by <@UADMIN>" in gone["text"]
    assert not article_rows(driver.bot.db_path, "origin = ?", ("raqqa.txt",))
    assert driver.command("/quote", "Tabqa dam")["text"].startswith("No passage matches")

    added = driver.command(
        "/sitrep", f"ingest published:2017-10-21 source:Reuters {ARTICLE_DAM}", user="UPOSTER"
    )
    assert "Reuters, 21 Oct 2017" in block_texts(added)
    assert blocks.REMOVE_ACTION in buttons_of(added)


def test_feedback_hides_an_entry_until_restored(driver: Driver) -> None:
    first = driver.command("/timeline", "Raqqa")
    entries = [
        b
        for b in first["blocks"]
        if b.get("accessory", {}).get("action_id") == blocks.FEEDBACK_ACTION
    ]
    assert entries, "each dated entry has a feedback menu"
    menu = entries[0]["accessory"]
    wrong_date = next(o for o in menu["options"] if o["text"]["text"] == "Wrong date")
    said = driver.click(
        payload(
            driver,
            "UREADER",
            {
                "action_id": blocks.FEEDBACK_ACTION,
                "type": "overflow",
                "selected_option": wrong_date,
            },
        )
    )
    assert said["response_type"] == "ephemeral" and "hidden" in said["text"]
    again = driver.command("/timeline", "Raqqa")
    count = int(first["text"].split(": ")[1].split()[0])  # "Timeline for Raqqa: 4 dated events"
    assert again["text"].endswith(f": {count - 1} dated event{'s' if count != 2 else ''}")
    listed = driver.command("/sitrep", "feedback", user="UOTHER")
    restore = buttons_of(
        {
            "blocks": [
                {"type": "actions", "elements": [b["accessory"]]}
                for b in listed["blocks"]
                if "accessory" in b
            ]
        }
    )[blocks.RESTORE_ACTION]
    back = driver.click(payload(driver, "UOTHER", restore))
    assert "shows in answers again" in back["text"]
    assert driver.command("/timeline", "Raqqa")["text"] == first["text"]


def test_not_relevant_hides_a_quote_for_that_question_only(driver: Driver) -> None:
    first = driver.command("/quote", "Tabqa dam")
    shown = first["blocks"]
    # A quote's blocks: the verbatim passage, its citation, then the feedback menu.
    at = next(
        i
        for i, b in enumerate(shown)
        if b["type"] == "actions" and b["elements"][0]["action_id"] == blocks.FEEDBACK_ACTION
    )
    [passage] = literal_texts(shown[at - 2])
    menu = shown[at]["elements"][0]
    not_relevant = next(o for o in menu["options"] if o["text"]["text"] == "Not relevant")
    said = driver.click(
        payload(
            driver,
            "UREADER",
            {
                "action_id": blocks.FEEDBACK_ACTION,
                "type": "overflow",
                "selected_option": not_relevant,
            },
        )
    )
    assert said["response_type"] == "ephemeral" and "hidden" in said["text"]
    again = driver.command("/quote", "Tabqa dam")
    assert passage not in literal_texts(again)  # hidden for this question
    elsewhere = driver.command("/quote", "Tabqa dam spillway")
    assert passage in literal_texts(elsewhere)  # another question still finds it
