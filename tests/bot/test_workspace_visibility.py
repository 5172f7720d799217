"""Regression tests, in both modes: articles from the terminal are visible in the workspace the
store serves (the demo store answers in Slack), and an article is visible wherever it was
posted, without the reply revealing another conversation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.conftest import (
    ARTICLE_DAM,
    ARTICLE_PRIVATE,
    DATA,
    ROOT,
    article_rows,
    block_texts,
)
from tests.bot.modes import BOTH_MODES, Driver, serving

ARTICLE_FLOODS = (DATA / "floods.txt").read_text(encoding="utf-8")
ARTICLE_FERRY = (DATA / "ferry.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    """The demo store served as the docs tell a new user: `sitrep serve --db demo.db`, run
    where demo.db is, with the workspace's tokens."""
    workdir = tmp_path_factory.mktemp("workspace")
    with serving(request.param, demo_db, workdir, db_name="demo.db") as driver:
        yield driver


def test_demo_then_serve_with_db_answers_quote_no_picnic(driver: Driver) -> None:
    """Exactly what the docs tell a new user: `sh scripts/demo.sh`, then `sitrep serve --db
    demo.db`, then `/quote no picnic`."""
    reply = driver.command("/quote", "no picnic")
    assert reply["response_type"] == "in_channel"  # answers are for the channel by default
    assert "No passage matches" not in reply["text"]
    assert "the fight for Raqqa will be “no picnic,”" in block_texts(reply)
    # The store is now the workspace's: its articles carry the workspace's id.
    assert {row[1] for row in article_rows(driver.bot.db_path)} == {driver.fake.team}
    assert "store serves one workspace" in driver.bot.logs()
    assert not (driver.bot.db_path.parent / "sitrep.db").exists()  # the store named, no other


def test_terminal_ingest_while_serving_is_visible_in_slack(driver: Driver, tmp_path: Path) -> None:
    article = tmp_path / "floods.txt"
    article.write_text(ARTICLE_FLOODS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "--db", str(driver.bot.db_path), "ingest", str(article)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    words = " ".join(ARTICLE_FLOODS.split()[20:26])
    reply = driver.command("/quote", words)
    assert "No passage matches" not in reply["text"], reply["text"]


def test_public_post_of_a_private_article_makes_it_public(driver: Driver) -> None:
    text = ARTICLE_PRIVATE
    first = driver.post("CSECRET", text, private=True)
    assert first["text"] == "Sitrep: 1 article added"
    hidden = driver.command("/quote", "smugglers dollars")
    assert hidden["text"].startswith("No passage matches")

    second = driver.post("CPUBLIC", text)
    # Told it was added, as for a new article: nothing says a private conversation has it.
    assert second["text"] == "Sitrep: 1 article added"
    assert "Already" not in block_texts(second)
    assert "CSECRET" not in str(second)
    shown = driver.command("/quote", "smugglers dollars")
    assert "No passage matches" not in shown["text"]
    assert "armed men now demanded payment in dollars" in block_texts(shown)
    # Posted again in public: now it is already there.
    third = driver.post("CPUBLIC", text)
    assert "Already in Sitrep" in block_texts(third)
    assert third["text"] == "Sitrep: already in Sitrep"


def test_near_copy_posted_in_public_makes_the_private_original_public(driver: Driver) -> None:
    original = ARTICLE_FERRY.replace("\n\n", " Veltrani reported it.\n\n", 1)
    near = original.rstrip() + " Officials gave no figure for the damage."
    driver.post("CHIDDEN", original, private=True)
    hidden = driver.command("/quote", "Veltrani")
    assert hidden["text"].startswith("No passage matches")
    reply = driver.post("CPUBLIC", near)
    assert reply["text"] == "Sitrep: 1 article added"
    assert "near copy" not in block_texts(reply)
    shown = driver.command("/quote", "Veltrani")
    assert "No passage matches" not in shown["text"]
    assert "Veltrani reported it" in block_texts(shown)


def test_private_article_posted_in_a_second_private_channel_is_visible_in_both(
    driver: Driver,
) -> None:
    text = ARTICLE_DAM.replace("\n\n", " Ostravel couriers said so.\n\n", 1)
    driver.post("CSECRET", text, private=True)
    reply = driver.post("CHIDDEN", text, private=True)
    assert reply["text"] == "Sitrep: 1 article added"
    for channel in ("CSECRET", "CHIDDEN"):
        shown = driver.command("/quote", "Ostravel", channel=channel, channel_name="privategroup")
        assert "No passage matches" not in shown["text"], channel
    public = driver.command("/quote", "Ostravel")
    assert public["text"].startswith("No passage matches")
