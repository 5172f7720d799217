"""Identity curation and cited export through the real bot and the fake Slack, in both modes:
`/actor A same-as B` is recorded with its Slack user, changes the profile at once and is undone
exactly; `/timeline ... export:csv` (and md, and for /actor and /quote) uploads a file in which
every row carries its sentence, offsets, outlet, URL, date and precision."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import connect
from tests.bot.conftest import block_texts, seed
from tests.bot.modes import BOTH_MODES, Driver, serving
from tests.commands.test_curation import ARTICLE, CATALOGUE


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    folder = tmp_path_factory.mktemp("curation")
    catalogue = folder / "actors.json"
    catalogue.write_text(json.dumps(CATALOGUE), encoding="utf-8")
    empty = folder / "empty.db"
    connect(empty).conn.close()

    def invented(db: Path) -> None:
        seed(db, "", ARTICLE, "falcons.txt", published="2019-03-08", source="Invented Wire")

    with serving(
        request.param,
        empty,
        folder / "bot",
        extra={"SITREP_ACTORS": str(catalogue), "SITREP_CACHE_DIR": str(folder / "cache")},
        prepare=invented,
    ) as driver:
        yield driver


def _curations(driver: Driver) -> list[tuple]:
    db = connect(driver.bot.db_path)
    try:
        return db.conn.execute(
            "SELECT id, verb, subject, object, why, made_by, undone_by FROM curations ORDER BY id"
        ).fetchall()
    finally:
        db.conn.close()


@pytest.mark.slow
def test_a_curation_is_made_shown_listed_and_undone_in_slack(driver: Driver) -> None:
    made = driver.command("/actor", "Saqr Legion same-as Falcon Brigade why: one command")
    assert made["response_type"] == "in_channel"  # everyone reading profiles sees the change
    assert "is now shown as one actor with Falcon Brigade" in made["text"]
    number = _curations(driver)[-1][0]
    assert f"/actor undo {number}" in made["text"]
    assert _curations(driver)[-1] == (
        number,
        "same_as",
        "Saqr Legion",
        "Falcon Brigade",
        "one command",
        "UASKER",
        None,
    )

    profile = block_texts(driver.command("/actor", "Saqr Legion"))
    assert profile.splitlines()[0] == "Falcon Brigade"
    assert f"Curated #{number}: Saqr Legion same-as Falcon Brigade by <@UASKER>" in profile

    listed = driver.command("/actor", "curations")
    assert listed["response_type"] == "ephemeral"
    assert f"#{number}" in block_texts(listed)

    undone = driver.command("/actor", f"undo {number}", user="UOTHER")
    assert f"#{number} undone" in undone["text"]
    assert _curations(driver)[-1][-1] == "UOTHER"
    assert block_texts(driver.command("/actor", "Saqr Legion")).splitlines()[0] == "Saqr Legion"

    refused = driver.command("/actor", "Falcon Brigade same-as Nobody Anywhere")
    assert refused["response_type"] == "ephemeral"
    assert "no actor called 'Nobody Anywhere'" in refused["text"]
    assert len(_curations(driver)) == 1


def _uploaded(driver: Driver, count: int) -> bytes:
    driver.fake.wait_for(
        lambda: len(driver.fake.calls_to("files.completeUploadExternal")) >= count or None,
        what="an upload",
    )
    return driver.fake.uploads[count - 1]


@pytest.mark.slow
def test_exports_are_uploaded_with_every_citation(driver: Driver) -> None:
    before = len(driver.fake.calls_to("files.completeUploadExternal"))
    reply = driver.command("/timeline", "Falcon Brigade export:csv")
    assert reply["response_type"] == "ephemeral"
    assert "timeline-falcon-brigade.csv" in reply["text"]
    rows = list(csv.DictReader(io.StringIO(_uploaded(driver, before + 1).decode("utf-8"))))
    [complete] = driver.fake.calls_to("files.completeUploadExternal")[before:]
    assert "CPUBLIC" in str(complete.args)
    assert rows and {r["outlet"] for r in rows} == {"Invented Wire"}
    shelled = next(r for r in rows if "shelled" in r["sentence"])
    assert (shelled["date"], shelled["precision"]) == ("2019-03-03", "day")
    assert ARTICLE[int(shelled["start"]) : int(shelled["end"])] == shelled["sentence"]
    assert shelled["url"] == "falcons.txt"

    driver.command("/actor", "Falcon Brigade export:md")
    markdown = _uploaded(driver, before + 2).decode("utf-8")
    assert markdown.startswith("# Actor: Falcon Brigade")
    assert "**3 Mar 2019** (day)" in markdown and "Invented Wire" in markdown

    driver.command("/quote", "shelled export:csv")
    quoted = list(csv.DictReader(io.StringIO(_uploaded(driver, before + 3).decode("utf-8"))))
    assert quoted[0]["section"] == "quote" and quoted[0]["start"] != ""

    bad = driver.command("/timeline", "Falcon Brigade export:xls")
    assert "say csv or md" in bad["text"]
