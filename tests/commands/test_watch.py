"""`watch` and `unwatch`: one watch per subject and channel whatever the spelling, the
channel's time in its time zone, and one-line errors that change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from commands import unwatch, watch, watches
from store import watches as watch_store
from store.db import connect
from tests.watch_articles import TEAM, add_clash

NOW = datetime(2017, 6, 6, 7, 0, tzinfo=UTC).timestamp()


@pytest.fixture
def db(tmp_path: Path):  # noqa: ANN201 - the store with one clash at Manbij
    path = tmp_path / "sitrep.db"
    add_clash(path, date(2017, 6, 5), "Jaish al-Tahrir Brigade", 4, date(2017, 6, 6), 1)
    add_clash(path, date(2017, 6, 5), "Saraya al-Nour Brigade", 2, date(2017, 6, 6), 2, "CSECRET")
    return connect(path)


@pytest.mark.parametrize(
    ("text", "minute"), [(None, 480), ("08:00", 480), ("7:30", 450), ("0815", 495), ("18", 1080)]
)
def test_the_time_of_day_reads_as_people_write_it(text: str | None, minute: int) -> None:
    assert watches.parse_at(text) == minute


@pytest.mark.parametrize("text", ["25:00", "8pm-ish", "noon"])
def test_a_bad_time_is_one_line(text: str) -> None:
    with pytest.raises(watches.WatchError, match="^at: "):
        watches.parse_at(text)


def test_time_zones_are_checked_and_utc_is_the_default() -> None:
    assert watches.parse_tz(None) == "UTC"
    assert watches.parse_tz("Asia/Beirut") == "Asia/Beirut"
    with pytest.raises(watches.WatchError, match="^tz: "):
        watches.parse_tz("Mars/Olympus_Mons")


def test_the_next_briefing_is_at_the_channels_clock_across_a_clock_change() -> None:
    at = datetime(2017, 3, 25, 12, 0, tzinfo=UTC).timestamp()
    # London moves to summer time on 26 March 2017: 08:00 there is 07:00 UTC that day.
    assert datetime.fromtimestamp(watches.next_daily(at, 480, "Europe/London"), UTC) == datetime(
        2017, 3, 26, 7, 0, tzinfo=UTC
    )
    beirut = watches.next_daily(NOW, 480, "Asia/Beirut")  # 07:00 UTC is 10:00 in Beirut
    assert datetime.fromtimestamp(beirut, UTC) == datetime(2017, 6, 7, 5, 0, tzinfo=UTC)


def test_watch_any_spelling_once_and_unwatch_by_another(db) -> None:  # noqa: ANN001
    made = watch.run(db, "Manbij", TEAM, "CPUBLIC", "UWATCHER", NOW, "07:30", "Asia/Beirut")
    assert made.created and made.message.startswith("Watching Manbij, daily at 07:30 Asia/Beirut")
    again = watch.run(db, "Menbij", TEAM, "CPUBLIC", "UWATCHER", NOW, "09:00")
    assert not again.created and again.watch.at_text == "09:00" and again.watch.tz == "UTC"
    assert [w.subject for w in watch.listing(db, TEAM, "CPUBLIC").watches] == ["Manbij"]
    assert watch.listing(db, TEAM, "COTHER").watches == []
    gone = unwatch.run(db, "Membij", TEAM, "CPUBLIC")
    assert gone.message == "Stopped watching Manbij, daily at 09:00 UTC"
    assert watch.listing(db).watches == []


def test_the_first_briefing_counts_from_the_day_before(db) -> None:  # noqa: ANN001
    made = watch.run(db, "Manbij", TEAM, "CPUBLIC", "UWATCHER", NOW)
    assert made.watch.cut.day == "2017-06-05" and made.watch.cut.event == 0
    assert made.watch.cut.article == 2  # a burst counts articles from now


def test_bad_requests_are_one_line_and_change_nothing(db) -> None:  # noqa: ANN001
    with pytest.raises(watches.WatchError, match="^no actor or place called 'Qaryat al-Zubra'"):
        watch.run(db, "Qaryat al-Zubra", TEAM, "CPUBLIC", "UWATCHER", NOW)
    with pytest.raises(watches.WatchError, match="^at: "):
        watch.run(db, "Manbij", TEAM, "CPUBLIC", "UWATCHER", NOW, "25:99")
    with pytest.raises(watches.WatchError, match="does not watch 'Manbij'"):
        unwatch.run(db, "Manbij", TEAM, "CPUBLIC")
    assert watch_store.listed(db) == []


def test_an_actor_seen_only_in_a_private_channel_cannot_be_watched_elsewhere(db) -> None:  # noqa: ANN001
    with pytest.raises(watches.WatchError, match="^no actor or place called"):
        watch.run(db, "Saraya al-Nour Brigade", TEAM, "CPUBLIC", "UWATCHER", NOW)
    made = watch.run(db, "Saraya al-Nour Brigade", TEAM, "CSECRET", "UWATCHER", NOW)
    assert made.created
