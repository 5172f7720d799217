"""Listener functions called as Bolt calls them, with mocks for ack, respond and client (the
way Bolt's starter app tests its listeners), over a real store: quick, and beside the
end-to-end tests that drive the real bot over HTTP and Socket Mode."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import MagicMock

import pytest

from bot import blocks
from bot.config import Config
from bot.fetch import FetchPolicy
from bot.listeners import commands as command_listeners
from bot.listeners import corrections as listeners
from bot.runtime import Runtime
from commands import article_changes
from store import corrections as corrections_store
from store import feedback as feedback_store
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, ARTICLE_PRIVATE, seed

TEAM = "T0UNIT"


@pytest.fixture
def runtime_with_dam_article(tmp_path: Path) -> tuple[Runtime, int]:
    """A runtime over a store holding one article, added from Slack by UPOSTER."""
    db_path = tmp_path / "unit.db"
    added = seed(db_path, TEAM, ARTICLE_DAM, "raqqa.txt", published="2017-10-21")
    article_id = int(added["articles"][0]["id"])
    db = connect(db_path)
    try:
        corrections_store.record_poster(db, article_id, TEAM, "UPOSTER", "CPUBLIC")
        db.conn.commit()
    finally:
        db.conn.close()
    return Runtime(Config(db_path=str(db_path)), FetchPolicy()), article_id


def respond_mock() -> MagicMock:
    """Bolt's respond(), without a response_url: the call itself is the reply."""
    respond = MagicMock()
    respond.response_url = None
    return respond


def client_saying(admin: bool) -> MagicMock:
    client = MagicMock()
    client.users_info.return_value = {"ok": True, "user": {"id": "U", "is_admin": admin}}
    return client


def click(action: str, value: str, user: str) -> dict:
    return {
        "type": "block_actions",
        "team": {"id": TEAM},
        "user": {"id": user},
        "trigger_id": "1.2.3",
        "channel": {"id": "CPUBLIC"},
        "container": {"channel_id": "CPUBLIC", "is_ephemeral": False},
        "message": {"ts": "5.5"},
        "actions": [{"action_id": action, "value": value}],
    }


DAM_TITLE = "Kurdish-led fighters close in on Raqqa"


def ref(article_id: int) -> str:
    """What the Remove and Edit buttons of the seeded article carry."""
    return blocks.article_ref(article_id, DAM_TITLE)


def articles_in(rt: Runtime) -> int:
    with rt.db() as db:
        return int(db.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_someone_else_cannot_remove_the_article(runtime_with_dam_article) -> None:
    rt, article_id = runtime_with_dam_article
    respond, client = MagicMock(), client_saying(admin=False)
    listeners.on_remove(
        rt, click(blocks.REMOVE_ACTION, ref(article_id), "USTRANGER"), respond, client
    )
    client.users_info.assert_called_once_with(user="USTRANGER")
    [call] = respond.call_args_list
    assert call.kwargs["response_type"] == "ephemeral"
    assert call.kwargs["replace_original"] is False
    assert call.kwargs["text"].startswith("Only the person who added this article")
    assert articles_in(rt) == 1


def test_the_poster_removes_it_and_the_confirmation_says_so(runtime_with_dam_article) -> None:
    rt, article_id = runtime_with_dam_article
    respond, client = MagicMock(), client_saying(admin=False)
    listeners.on_remove(
        rt, click(blocks.REMOVE_ACTION, ref(article_id), "UPOSTER"), respond, client
    )
    client.users_info.assert_not_called()  # the poster needs no admin check
    [call] = respond.call_args_list
    assert call.kwargs["replace_original"] is True and call.kwargs["response_type"] == "in_channel"
    assert "was removed from Sitrep by <@UPOSTER>" in call.kwargs["text"]
    assert articles_in(rt) == 0
    with rt.db() as db:
        [logged] = corrections_store.history(db, TEAM)
    assert (logged.action, logged.user, logged.article_id) == ("remove", "UPOSTER", article_id)
    # Its id may be given to the next article; the old button does not name that one.
    seed(Path(rt.config.db_path), TEAM, ARTICLE_PRIVATE, "fuel.txt")
    again = MagicMock()
    listeners.on_remove(rt, click(blocks.REMOVE_ACTION, ref(article_id), "UADMIN"), again, client)
    assert again.call_args.kwargs["text"] == "That article is no longer in Sitrep."
    assert articles_in(rt) == 1


def test_a_button_still_names_its_article_after_an_edit(runtime_with_dam_article) -> None:
    rt, article_id = runtime_with_dam_article
    seed(Path(rt.config.db_path), TEAM, ARTICLE_PRIVATE, "fuel.txt")  # a later id to pass
    with rt.db() as db:
        article_changes.edit(db, article_id, "UPOSTER", title="Raqqa: the last days")
    respond = MagicMock()
    listeners.on_remove(
        rt, click(blocks.REMOVE_ACTION, ref(article_id), "UPOSTER"), respond, client_saying(False)
    )
    assert "*Raqqa: the last days* was removed" in respond.call_args.kwargs["text"]
    assert articles_in(rt) == 1


def test_an_admin_may_open_the_edit_form_and_a_bad_date_is_refused_in_it(
    runtime_with_dam_article,
) -> None:
    rt, article_id = runtime_with_dam_article
    respond, client = MagicMock(), client_saying(admin=True)
    listeners.on_edit(rt, click(blocks.EDIT_ACTION, ref(article_id), "UADMIN"), respond, client)
    respond.assert_not_called()
    view = client.views_open.call_args.kwargs["view"]
    assert client.views_open.call_args.kwargs["trigger_id"] == "1.2.3"
    assert view["callback_id"] == blocks.EDIT_CALLBACK
    assert [b["block_id"] for b in view["blocks"]] == ["title", "source", "published"]
    assert view["blocks"][2]["element"]["initial_value"] == "2017-10-21"

    ack = MagicMock()
    view["state"] = {
        "values": {
            "title": {"value": {"value": "Dam falls"}},
            "source": {"value": {"value": ""}},
            "published": {"value": {"value": "21 October"}},
        }
    }
    listeners.on_edit_checked(ack, {"view": view})
    ack.assert_called_once_with(
        response_action="errors", errors={"published": "A date as YYYY, YYYY-MM or YYYY-MM-DD."}
    )


def test_a_valid_edit_is_saved_and_the_editor_told(runtime_with_dam_article) -> None:
    rt, article_id = runtime_with_dam_article
    client = client_saying(admin=False)
    view = {
        "private_metadata": json.dumps(
            {"a": blocks.article_ref(article_id, DAM_TITLE), "c": "CPUBLIC", "t": "5.5"}
        ),
        "state": {
            "values": {
                "title": {"value": {"value": "Dam falls to the SDF"}},
                "source": {"value": {"value": "Reuters"}},
                "published": {"value": {"value": "2017-10-20"}},
            }
        },
    }
    body = {"team": {"id": TEAM}, "user": {"id": "UPOSTER"}, "view": view}
    ack = MagicMock()
    listeners.on_edit_checked(ack, body)
    ack.assert_called_once_with()
    listeners.on_edit_submitted(rt, body, client)
    told = client.chat_postEphemeral.call_args.kwargs
    assert (told["channel"], told["user"], told["thread_ts"]) == ("CPUBLIC", "UPOSTER", "5.5")
    assert "Saved:" in told["text"] and "Reuters" in told["text"]
    with rt.db() as db:
        row = db.conn.execute("SELECT title, source, published FROM articles").fetchone()
    assert row == ("Dam falls to the SDF", "Reuters", "2017-10-20")


def test_feedback_hides_the_quote_and_restore_brings_it_back(runtime_with_dam_article) -> None:
    rt, _ = runtime_with_dam_article
    respond, client = respond_mock(), MagicMock()
    body = {"team_id": TEAM, "channel_id": "CPUBLIC", "user_id": "UASKER", "text": "dam"}
    command_listeners._answer("quote", rt)(body=body, respond=respond, client=client, context={})
    answer = respond.call_args.kwargs
    menus = [
        e
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.FEEDBACK_ACTION
    ]
    assert menus, "each quote has a feedback menu"
    chosen = menus[0]["options"][2]  # not relevant
    assert chosen["text"]["text"] == "Not relevant"
    pick = click(blocks.FEEDBACK_ACTION, "", "UREADER")
    pick["actions"][0]["selected_option"] = chosen
    said = MagicMock()
    listeners.on_feedback(rt, pick, said, client)
    reply = said.call_args.kwargs
    assert reply["response_type"] == "ephemeral" and "hidden" in reply["text"]
    with rt.db() as db:
        [given] = feedback_store.listing(db, TEAM)
    assert (given.verdict, given.user, given.about) == ("not_relevant", "UREADER", "dam")

    again = respond_mock()
    command_listeners._answer("quote", rt)(body=body, respond=again, client=client, context={})
    assert len(again.call_args.kwargs["blocks"]) < len(answer["blocks"])  # one quote fewer

    restored = MagicMock()
    listeners.on_restore(
        rt, click(blocks.RESTORE_ACTION, str(given.id), "UOTHER"), restored, client
    )
    assert "shows in answers again" in restored.call_args.kwargs["text"]
    with rt.db() as db:
        assert feedback_store.listing(db, TEAM) == []
        assert feedback_store.get(db, given.id).restored_by == "UOTHER"  # type: ignore[union-attr]


def test_sitrep_dispatches_every_subcommand_and_helps_otherwise(runtime_with_dam_article) -> None:
    rt, _ = runtime_with_dam_article
    for text, expected in (
        ("stats", "1 article"),
        ("dates The talks resumed last Tuesday published:2017-08-07", "2017-08-01"),
        ("corrections", "No corrections yet."),
        ("feedback", "No feedback in force"),
        ("forget", "Usage: `/sitrep forget ARTICLE`"),
        ("forget nothing of the kind", "no article here matches"),
        ("ingest published:last-week some text", "published: not a date"),
        ("statz", "Did you mean `/sitrep stats`?"),
    ):
        respond = MagicMock()
        body = {"team_id": TEAM, "channel_id": "CPUBLIC", "user_id": "UASKER", "text": text}
        command_listeners.sitrep(rt, body, respond, client_saying(admin=False))
        sent = respond.call_args.kwargs
        shown = sent["text"] + "\n".join(
            str(b.get("text", {}).get("text", "")) for b in sent["blocks"]
        )
        assert expected in shown, (text, shown[:300])
