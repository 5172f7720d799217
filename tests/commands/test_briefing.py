"""`brief`: new dated events counted by the day they happened, new actors seen with the
subject, its first sighting, every line cited; for the viewer's eyes only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from commands import briefing
from store.articles import Viewer
from store.db import connect
from tests.watch_articles import TEAM, add_clash

PUBLIC = Viewer(team=TEAM, conversation="CPUBLIC")
JUNE_4, JUNE_5, JUNE_6, JUNE_7 = (date(2017, 6, d) for d in (4, 5, 6, 7))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A clash in May (an old one) and two in June, stored in that order."""
    path = tmp_path / "sitrep.db"
    add_clash(path, date(2017, 5, 2), "Saraya al-Nour Brigade", 3, date(2017, 5, 3), 1)
    add_clash(path, JUNE_5, "Jaish al-Tahrir Brigade", 4, JUNE_6, 2)
    add_clash(path, JUNE_6, "Saraya al-Nour Brigade", 7, JUNE_7, 3)
    return path


def test_events_are_counted_by_the_day_they_happened(store_path: Path) -> None:
    # An article arriving last, published in June, about a clash in March 2016: not new news.
    add_clash(store_path, date(2016, 3, 1), "Kataib al-Fajr Brigade", 2, JUNE_7, 4)
    db = connect(store_path)
    answer = briefing.run(db, "Manbij", PUBLIC, JUNE_4, JUNE_7)
    assert [d.entry.date for d in answer.days] == ["2017-06-05", "2017-06-06"]
    assert answer.events == 2 and answer.dates == 2
    assert "2016-03-01" not in {d.entry.date for d in answer.days}
    # Each line is cited: outlet, date and link of the article it comes from.
    first = answer.to_json()["days"][0]
    assert first["text"].startswith("On 5 June 2017, fighters of the Jaish al-Tahrir Brigade")
    assert first["sources"][0]["article"]["origin"] == "https://news.example.org/clash-2"
    assert first["sources"][0]["article"]["source"] == "Example News"


def test_new_actors_are_those_never_seen_with_the_subject_before(store_path: Path) -> None:
    db = connect(store_path)
    answer = briefing.run(db, "Manbij", PUBLIC, JUNE_4, JUNE_7)
    # Saraya al-Nour was at Manbij in May already; Jaish al-Tahrir is new.
    assert [a.name for a in answer.new_actors] == ["Jaish al-Tahrir Brigade"]
    assert answer.new_actors[0].source.origin == "https://news.example.org/clash-2"


def test_first_sighting_is_the_first_article_naming_the_subject(store_path: Path) -> None:
    db = connect(store_path)
    answer = briefing.run(db, "Menbij", PUBLIC, JUNE_4, JUNE_7)  # another spelling
    assert answer.first_seen is not None
    assert answer.first_seen.source.origin == "https://news.example.org/clash-1"


def test_what_an_earlier_briefing_covered_is_left_out(store_path: Path) -> None:
    db = connect(store_path)
    newest = db.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    articles = db.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    after = briefing.After(newest, JUNE_6, articles)
    assert briefing.run(db, "Manbij", PUBLIC, JUNE_6, JUNE_7, after).empty
    # A report arriving late about 6 June still counts for 6 June; the rest stays left out.
    add_clash(store_path, JUNE_6, "Jaish al-Tahrir Brigade", 9, JUNE_7, 5)
    later = briefing.run(db, "Manbij", PUBLIC, JUNE_6, JUNE_7, after)
    assert [(d.entry.date, d.new_events) for d in later.days] == [("2017-06-06", 1)]
    assert "killing 9 people" in later.days[0].entry.text


def test_a_private_conversations_articles_never_reach_another(store_path: Path) -> None:
    add_clash(store_path, JUNE_7, "Harakat al-Wadi Brigade", 5, JUNE_7, 6, scope="CSECRET")
    db = connect(store_path)
    public = briefing.run(db, "Manbij", PUBLIC, JUNE_4, JUNE_7)
    assert "2017-06-07" not in {d.entry.date for d in public.days}
    assert "Harakat al-Wadi Brigade" not in {a.name for a in public.new_actors}
    secret = briefing.run(db, "Manbij", Viewer(TEAM, "CSECRET"), JUNE_4, JUNE_7)
    assert "2017-06-07" in {d.entry.date for d in secret.days}
    assert "Harakat al-Wadi Brigade" in {a.name for a in secret.new_actors}


def test_an_unknown_name_is_said_so(store_path: Path) -> None:
    db = connect(store_path)
    answer = briefing.run(db, "Qaryat al-Zubra", PUBLIC, JUNE_4, JUNE_7)
    assert answer.message is not None and answer.message.startswith("no actor or place called")
    assert answer.to_json()["days"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, date(2017, 6, 6)),
        ("today", date(2017, 6, 7)),
        ("yesterday", date(2017, 6, 6)),
        ("monday", date(2017, 6, 5)),  # 7 June 2017 was a Wednesday
        ("wed", date(2017, 6, 7)),
        ("3d", date(2017, 6, 4)),
        ("2w", date(2017, 5, 24)),
        ("2017-06-01", date(2017, 6, 1)),
    ],
)
def test_since_reads_days_as_people_say_them(text: str | None, expected: date) -> None:
    assert briefing.since_day(text, JUNE_7) == expected


@pytest.mark.parametrize("text", ["someday", "2017-13-01", "2017-06-09"])
def test_a_bad_since_is_one_line(text: str) -> None:
    with pytest.raises(briefing.BriefingError, match="^since: "):
        briefing.since_day(text, JUNE_7)


def test_weeks_and_months_count_when_wholly_inside_the_window() -> None:
    assert briefing.inner_values(date(2017, 6, 5), date(2017, 6, 11)) == ["2017-W23"]
    assert briefing.inner_values(date(2017, 6, 6), date(2017, 6, 11)) == []
    assert "2017-06" in briefing.inner_values(date(2017, 6, 1), date(2017, 7, 2))


def test_a_near_copy_of_a_new_report_does_not_make_its_actor_old(store_path: Path) -> None:
    from tests.bot.conftest import seed
    from tests.watch_articles import clash

    copy = clash(JUNE_5, "Jaish al-Tahrir Brigade", 4, n=2) + "Updated with a photograph.\n"
    stored = seed(store_path, TEAM, copy, "https://wire.example.net/copy", published="2017-06-06")
    assert stored["articles"][0]["duplicate_of"] is not None  # stored as a near copy
    db = connect(store_path)
    answer = briefing.run(db, "Manbij", PUBLIC, JUNE_4, JUNE_7)
    assert [a.name for a in answer.new_actors] == ["Jaish al-Tahrir Brigade"]
    assert answer.events == 2  # the copy's report is not counted again


def test_a_country_is_briefed_from_the_events_of_its_places(store_path: Path) -> None:
    db = connect(store_path)
    answer = briefing.run(db, "Syria", PUBLIC, JUNE_4, JUNE_7)
    assert [d.entry.date for d in answer.days] == ["2017-06-05", "2017-06-06"]
    assert [a.name for a in answer.new_actors] == ["Jaish al-Tahrir Brigade"]
