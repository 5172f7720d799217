"""Regression tests of what a team met in Slack, in both modes, for the items no other
end-to-end test covers: a one-line wire flash can be added, plurals and names read as English,
help has no raw placeholders, "did you mean" never offers an unrelated name, and the commands
and the argument grammar are the terminal's (`/sitrep stats`, `/sitrep dates`, `from:2017` as
`--from 2017`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from store.db import connect
from tests.bot.conftest import block_texts, seed_two_articles
from tests.bot.modes import BOTH_MODES, Driver, serving

FLASH = "Heavy shelling hit the Zarqan bridge near Raqqa overnight, residents said (AFP)"


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    folder = tmp_path_factory.mktemp("regressions")
    empty = folder / "empty.db"
    connect(empty).conn.close()
    with serving(
        request.param, empty, folder / "bot", prepare=lambda db: seed_two_articles(db, "")
    ) as driver:
        yield driver


def test_a_one_line_wire_flash_is_an_article(driver: Driver) -> None:
    added = driver.command("/sitrep", f"ingest {FLASH}")
    assert added["text"] == "Sitrep: 1 article added", added["text"]
    shown = block_texts(added)
    assert "1 passage" in shown and "1 passages" not in shown
    found = driver.command("/quote", "Zarqan bridge shelling")
    assert "Heavy shelling hit the Zarqan bridge near Raqqa overnight" in block_texts(found)


def test_help_has_no_raw_placeholders(driver: Driver) -> None:
    shown = driver.command("/sitrep", "help")
    assert shown["response_type"] == "ephemeral"
    text = block_texts(shown)
    assert "/sitrep export" in text and "/timeline SUBJECT" in text
    assert not re.search(r"<[A-Z]", text) and "&lt;" not in text


def test_profiles_name_relations_in_words_and_guesses_stay_close(driver: Driver) -> None:
    profile = block_texts(driver.command("/actor", "SDF"))
    assert "Syrian Democratic Forces" in profile
    assert not re.search(r"\b(aligned_with|member_of|armed_group|located_in)\b", profile)
    unrelated = driver.command("/actor", "Unknown Liberation Front of Nowhere")
    assert unrelated["response_type"] == "ephemeral"
    assert "Did you mean" not in unrelated["text"]


def test_stats_and_dates_answer_in_slack_as_in_a_terminal(driver: Driver) -> None:
    stats = driver.command("/sitrep", "stats")
    assert "article" in block_texts(stats) and not stats["text"].startswith("Sorry")
    dates = driver.command("/sitrep", "dates The talks resumed last Tuesday published:2017-08-07")
    assert dates["response_type"] == "ephemeral"
    assert "2017-08-01" in block_texts(dates) or "1 Aug 2017" in block_texts(dates)


def test_both_spellings_of_an_option_give_the_same_answer(driver: Driver) -> None:
    slack = driver.command("/timeline", "Raqqa from:2017-10")
    terminal = driver.command("/timeline", "Raqqa --from 2017-10")
    assert slack["text"] == terminal["text"] and "*17 Oct 2017*" in block_texts(slack)
    assert "*6 Jun 2017*" not in block_texts(slack)
    assert re.findall(r"\*\d+ \w+ \d{4}\*", block_texts(slack)) == re.findall(
        r"\*\d+ \w+ \d{4}\*", block_texts(terminal)
    )
