"""`/sitrep export` in both modes: the store's JSON export, of the articles the asking
conversation may see, uploaded there; a big store's export is cut and gzipped, and says so."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import store_export
from store.articles import Viewer
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, ARTICLE_HOSTILE, ARTICLE_PRIVATE, seed
from tests.bot.modes import BOTH_MODES, Driver, serving

TEAM = "T0FAKE"
DAY = dt.date(2026, 1, 2)


def _seed_three(db_path: Path) -> None:
    """Two articles from the terminal (the workspace's), one posted in the private CSECRET."""
    seed(db_path, "", ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")
    seed(db_path, "", ARTICLE_HOSTILE, "mines.txt", published="2017-11-02")
    seed(db_path, TEAM, ARTICLE_PRIVATE, "fuel.txt", scope="CSECRET", published="2017-05-02")


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    folder = tmp_path_factory.mktemp("store-export")
    empty = folder / "empty.db"
    connect(empty).conn.close()
    with serving(request.param, empty, folder / "bot", prepare=_seed_three) as driver:
        driver.fake.leave("COUTSIDE")
        yield driver


def _export_in(driver: Driver, channel: str) -> tuple[dict, dict]:
    """`/sitrep export` in channel: the notice to the asker and the uploaded document."""
    before = len(driver.fake.calls_to("files.completeUploadExternal"))
    notice = driver.command("/sitrep", "export", channel=channel)
    [done] = driver.fake.wait_call("files.completeUploadExternal", count=before + 1)[before:]
    assert done.args["channel_id"] == channel  # where it was asked, nowhere else
    return notice, json.loads(driver.fake.uploads[before])


def _origins(document: dict) -> list[str]:
    return [a["origin"] for a in document["articles"]]


def test_export_holds_what_the_conversation_may_see(driver: Driver) -> None:
    notice, document = _export_in(driver, "CPUBLIC")
    assert notice["response_type"] == "ephemeral"
    assert "`sitrep-export-" in notice["text"] and "2 articles" in notice["text"]
    assert _origins(document) == ["raqqa.txt", "mines.txt"]  # not the private channel's
    first = document["articles"][0]
    assert set(first) >= {"id", "title", "source", "published", "origin", "text", "passages"}
    assert first["source"] == "Example News" and first["passages"]

    _, private = _export_in(driver, "CSECRET")
    assert _origins(private) == ["raqqa.txt", "mines.txt", "fuel.txt"]


def test_export_refuses_extra_words_and_says_where_it_cannot_upload(driver: Driver) -> None:
    refused = driver.command("/sitrep", "export everything please")
    assert refused["response_type"] == "ephemeral"
    assert refused["text"].startswith("`/sitrep export` takes nothing after it")

    name, url = driver.fake.response_url()
    body = {
        "team_id": TEAM,
        "channel_id": "COUTSIDE",
        "channel_name": "elsewhere",
        "user_id": "UASKER",
        "command": "/sitrep",
        "text": "export",
        "api_app_id": "AFAKE",
        "response_url": url,
        "trigger_id": "1.2.3",
    }
    driver._send("slash_commands", body)
    notice, failed = driver.fake.wait_responses(name, count=2)
    assert notice["text"].startswith("Uploading")
    assert failed["response_type"] == "ephemeral"
    assert "not_in_channel" in failed["text"] and "/invite @Sitrep" in failed["text"]
    assert not [m for m in driver.fake.posted if m["channel"] == "COUTSIDE"]  # no file there


@pytest.fixture
def three_articles(tmp_path: Path) -> Path:
    db_path = tmp_path / "store.db"
    connect(db_path).conn.close()
    _seed_three(db_path)
    db = connect(db_path)  # as `sitrep serve` does: the terminal's articles are the workspace's
    try:
        db.conn.execute("UPDATE articles SET team = ? WHERE team = ''", (TEAM,))
        db.conn.commit()
    finally:
        db.conn.close()
    return db_path


def test_a_big_export_is_cut_after_whole_articles_and_gzipped(three_articles: Path) -> None:
    db = connect(three_articles)
    try:
        viewer = Viewer(team=TEAM, conversation="CSECRET")
        whole = store_export.build(db, viewer, DAY)
        assert whole.filename == "sitrep-export-2026-01-02.json"
        assert (whole.articles, whole.visible) == (3, 3)
        cut = store_export.build(db, viewer, DAY, max_bytes=len(whole.data) - 10, gzip_above=0)
    finally:
        db.conn.close()
    assert cut.filename == "sitrep-export-2026-01-02.json.gz"
    assert (cut.articles, cut.visible) == (2, 3)
    document = json.loads(gzip.decompress(cut.data))  # valid JSON, whole articles
    assert [a["origin"] for a in document["articles"]] == ["raqqa.txt", "mines.txt"]
    assert document["articles"] == json.loads(whole.data)["articles"][:2]


def test_the_cut_is_said_in_the_notice(three_articles: Path, monkeypatch) -> None:
    from bot.config import Config
    from bot.runtime import runtime_for

    db = connect(three_articles)
    try:
        size = len(store_export.build(db, Viewer(team=TEAM, conversation="CSECRET"), DAY).data)
    finally:
        db.conn.close()
    monkeypatch.setattr(store_export, "MAX_BYTES", size - 10)
    rt = runtime_for(Config(db_path=str(three_articles)))
    reply = store_export.answer(rt, TEAM, "CSECRET", "export", DAY)
    assert "the first 2 of the 3 articles" in reply.message.text
    assert "`sitrep export --json` in a terminal has them all" in reply.message.text
    assert reply.upload is not None and reply.public is False
    nothing = store_export.answer(rt, "T0OTHER", "C1", "export", DAY)
    assert nothing.upload is None and nothing.message.text.startswith("Nothing to export")
