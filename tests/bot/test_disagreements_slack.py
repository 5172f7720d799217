"""Reports that differ through the real bot and the fake Slack: `/timeline` and `/actor` show,
under the entry, each claim with its outlet and sentence and the count of independent
sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import connect
from tests.bot.conftest import block_texts, seed
from tests.bot.modes import BOTH_MODES, Driver, serving
from tests.cli.test_disagreements_cli import REPORT_A, REPORT_B

CLAIMED = (
    "Islamic State claimed responsibility for the bombing in Velmora on 3 May 2017. Rescue "
    "workers searched the rubble of the market for survivors through the night."
)
BLAMED = (
    "Officials blamed the Nusra Front for the bombing in Velmora on 3 May 2017, though "
    "Islamic State supporters celebrated it online. Shops in the town stayed shut."
)


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    folder = tmp_path_factory.mktemp("disagreements")
    empty = folder / "empty.db"
    connect(empty).conn.close()

    def reports(db: Path) -> None:
        for text, label, outlet in (
            (REPORT_A, "https://one.example.org/a", "Wire One"),
            (REPORT_B, "https://two.example.org/b", "Daily Two"),
            (CLAIMED, "https://one.example.org/c", "Wire One"),
            (BLAMED, "https://two.example.org/d", "Daily Two"),
        ):
            seed(db, "", text, label, published="2017-05-04", source=outlet)

    with serving(
        request.param,
        empty,
        folder / "bot",
        extra={"SITREP_CACHE_DIR": str(folder / "cache")},
        prepare=reports,
    ) as driver:
        yield driver


@pytest.mark.slow
def test_a_timeline_entry_shows_the_reports_that_differ(driver: Driver) -> None:
    shown = block_texts(driver.command("/timeline", "Velmora"))
    assert (
        ":warning: *Reports differ:* Wire One: 12 civilians killed · Daily Two: "
        "19 civilians killed _(2 reports, 2 independent sources)_"
    ) in shown
    assert "Wire One: “12 civilians were killed in an air strike" in shown
    assert "Daily Two: “An air strike on the market of Velmora" in shown


@pytest.mark.slow
def test_a_profile_entry_shows_who_was_said_to_have_done_it(driver: Driver) -> None:
    shown = block_texts(driver.command("/actor", "Islamic State"))
    assert (
        "*Reports differ:* Wire One: claimed by Islamic State · Daily Two: blamed on Nusra Front"
    ) in shown
