import math

import pytest

from commands import ingest, timeline
from commands.timeline_reports import refers_back
from tests.commands.ingested import add, manbij_entry
from text.read import Document

REPORT_A = (
    "The Syrian Democratic Forces declared on 20 October that Raqqa had been captured from the "
    "Islamic State after a four-month battle. The assault on the city began in June, officials said."
)
REPORT_B = (
    "Raqqa was captured from the Islamic State by the Syrian Democratic Forces on 20 October, the "
    "alliance declared on Friday. Engineers began clearing mines from the streets of Raqqa on "
    "Monday, October 23, a spokesman said."
)
REPORT_C = (
    "Last month the SDF entered Raqqa after a long siege. In June 2017 the assault on Raqqa began, "
    "and a year earlier the siege of Manbij had ended in August 2016."
)


@pytest.fixture
def reports(db):
    add(db, REPORT_A, "2017-10-21", "Wire A", "a.txt")
    add(db, REPORT_B, "2017-10-23", "Wire B", "b.txt")
    add(db, REPORT_C, None, "Blog", "c.txt")
    return db


def test_entries_in_date_order_with_reports_merged(reports):
    answer = timeline.run(reports, "Raqqa")
    dates = [e.date for e in answer.entries]
    assert dates == sorted(dates, key=lambda d: (d + "-00")[:10])
    assert "2017-06" in dates and "2017-10-20" in dates and "2017-10-23" in dates
    captured = next(e for e in answer.entries if e.date == "2017-10-20")
    assert {c.source for c, _ in captured.sources} == {"Wire A", "Wire B"}
    assert captured.precision == "day" and captured.date_how == "relative"
    assert "captured from the Islamic State" in captured.text
    assert "Syrian Democratic Forces" in captured.actors and "Raqqa" in captured.places


def test_explicit_dates_work_without_a_publication_date_and_relative_ones_stay_undated(reports):
    answer = timeline.run(reports, "Raqqa")
    june = [e for e in answer.entries if e.date == "2017-06"]
    assert any(c.source == "Blog" for e in june for c, _ in e.sources)
    assert june[0].date_how in ("explicit", "relative")
    assert [
        u.date_text for u in answer.undated if "Last month the SDF entered Raqqa" in u.text
    ] == ["Last month"]
    for entry in answer.entries:  # no year the text does not support
        for citation, _ in entry.sources:
            if citation.source == "Blog":
                assert entry.date.startswith("2017-06") or entry.date.startswith("2016")


def test_from_to_and_limit(reports):
    october = timeline.run(reports, "Raqqa", date_from="2017-10", date_to="2017-10-21")
    assert [e.date for e in october.entries] == ["2017-10-20"]
    top = timeline.run(reports, "Raqqa", limit=1)
    assert [e.date for e in top.entries] == ["2017-10-20"]  # the date with most independent reports
    with pytest.raises(ValueError):
        timeline.run(reports, "Raqqa", date_from="October")


def test_actor_alias_and_keyword_subjects(reports):
    by_acronym = timeline.run(reports, "SDF")
    assert by_acronym.subject.name == "Syrian Democratic Forces"
    assert "2017-10-20" in [e.date for e in by_acronym.entries]
    keyword = timeline.run(reports, "mines")
    assert keyword.subject is None
    # The keyword is in the sentence of 23 October, and in the paragraph of 20 October.
    assert [e.date for e in keyword.entries] == ["2017-10-20", "2017-10-23"]
    assert "mines" in next(e.text for e in keyword.entries if e.date == "2017-10-23")


def test_unknown_subject_says_so_with_suggestions(reports):
    answer = timeline.run(reports, "Raqa")
    assert answer.entries == [] or answer.subject.name == "Raqqa"
    nothing = timeline.run(reports, "zzzz qqqq")
    assert nothing.entries == [] and nothing.undated == [] and "nothing dated" in nothing.message


def test_json_contract(reports):
    doc = timeline.run(reports, "Raqqa").to_json()
    assert set(doc) == {"query", "subject", "entries", "undated", "suggestions"}
    entry = doc["entries"][0]
    assert set(entry) == {
        "date",
        "precision",
        "date_how",
        "text",
        "context",
        "actors",
        "places",
        "reports",
        "outlets",
        "sources",
        "disagreements",
    }
    captured = next(e for e in doc["entries"] if e["date"] == "2017-10-20")
    assert captured["reports"] == 2 and captured["outlets"] == 2 and captured["context"] is None
    assert set(entry["sources"][0]) == {"article", "passage_id"}


def test_a_long_chronology_keeps_its_most_reported_dates(db, monkeypatch):
    # Six dates, reported by 1 to 6 articles published the day after: with room for three, the
    # three most reported stay, in date order, each citing the reports read for it.
    monkeypatch.setattr(timeline, "MAX_DATES", 3)
    monkeypatch.setattr(timeline, "CANDIDATES", 1)
    monkeypatch.setattr(timeline, "PER_DATE", 2)
    n = 0
    for day, reports in ((3, 1), (5, 6), (9, 2), (12, 5), (20, 3), (25, 4)):
        for _ in range(reports):
            n += 1
            add(
                db,
                f"Report {n}. Shelling hit the centre of Aleppo on {day} May 2016, "
                f"residents said. A local council member counted {n} damaged houses and "
                f"said repairs would take months.",
                f"2016-05-{day + 1:02d}",
                f"Wire {n}",
                f"{n}.txt",
            )
    answer = timeline.run(db, "Aleppo")
    assert [e.date for e in answer.entries] == ["2016-05-05", "2016-05-12", "2016-05-25"]
    top = timeline.run(db, "Aleppo", limit=1)
    assert [e.date for e in top.entries] == ["2016-05-05"]
    assert len(top.entries[0].sources) <= 2  # PER_DATE events read for the text and sources


@pytest.mark.parametrize("bad", ["2017-13", "2017-02-30", "October", "2017-7", "17"])
def test_impossible_dates_are_refused(reports, bad):
    with pytest.raises(ValueError, match="not a date"):
        timeline.run(reports, "Raqqa", date_from=bad)
    with pytest.raises(ValueError, match="not a date"):
        ingest.validate_date(bad)


def test_a_dateline_is_never_the_entry_and_its_stamp_is_no_date(db):
    add(
        db,
        "BEIRUT | Mon May 24, 2010 7:32pm EDT BEIRUT (Reuters) - Rebels took the town of "
        "Qusayr in Syria on Sunday after a week of fighting, activists said.",
        "2010-05-24",
        "Wire",
        "w.txt",
    )
    answer = timeline.run(db, "Qusayr")
    assert [e.date for e in answer.entries] == ["2010-05-23"]
    text = answer.entries[0].text
    assert text.startswith("Rebels took the town") and "Reuters" not in text


def test_a_reader_comment_is_no_entry(db):
    add(
        db,
        "Shelling hit Aleppo on 29 July 2012, residents said, and the market burned.\n\n"
        "At 12:20 30th Jul 2012, BluesBerry wrote:\n\n"
        "Aleppo will be remembered, and 30 July 2012 will be the day it all ended.",
        "2012-07-30",
        "Blog",
        "b.txt",
    )
    answer = timeline.run(db, "Aleppo")
    assert "2012-07-29" in [e.date for e in answer.entries]
    assert not any("wrote" in e.text for e in answer.entries)


def test_an_entry_leaning_on_the_sentence_before_carries_it_as_context(db):
    entry = manbij_entry(
        db,
        "Officials in Manbij postponed the municipal election for a second time. "
        "It has now been fixed for 18 November 2016, the council said.",
        "2016-10-01",
        "2016-11-18",
    )
    assert entry.text.startswith("It has now been fixed")
    assert entry.context == (
        "Officials in Manbij postponed the municipal election for a second time."
    )
    assert entry.to_json()["context"] == entry.context


def test_a_paragraph_about_the_subject_lends_it_its_dated_events_but_no_further(db):
    add(
        db,
        "US air strikes on Manbij continued through the summer. "
        "On 19 July 2016 the strikes on the city killed dozens of civilians, activists said."
        "\n\nFar away, in another story, a dam on the Tigris was inspected on 3 August 2016 "
        "by engineers.",
        "2016-08-10",
        "Wire",
        "p.txt",
    )
    dates = [e.date for e in timeline.run(db, "Manbij").entries]
    assert "2016-07-19" in dates  # the sentence says "the city", not "Manbij"
    assert "2016-08-03" not in dates  # another paragraph: not the subject's event


def test_a_long_paragraph_does_not_carry_the_subject_to_every_sentence(db):
    filler = " ".join(f"Officials described item {n} of the budget at length." for n in range(8))
    add(
        db,
        "Rebels shelled Manbij at dawn on 1 June 2016. "
        + filler
        + " A new bridge in Ankara opened on 2 June 2016 to traffic, officials said.",
        "2016-06-05",
        "Wire",
        "l.txt",
    )
    dates = [e.date for e in timeline.run(db, "Manbij").entries]
    assert "2016-06-01" in dates and "2016-06-02" not in dates


def test_an_unknown_name_gets_no_chronology_but_the_nearest_names(reports):
    answer = timeline.run(reports, "Zorblatt")
    assert answer.entries == [] and answer.undated == []
    assert answer.message.startswith("no actor or place called 'Zorblatt'")
    typo = timeline.run(reports, "Raqqqa Citty")
    assert typo.entries == [] and "Raqqa" in typo.suggestions
    assert "no actor or place called 'Raqqqa Citty'" in typo.message


def test_one_article_counts_once_for_a_country_however_many_places_it_names(db):
    add(
        db,
        "Fighting in Aleppo, Homs and Hama on 3 May 2016 spread across Syria, monitors said.",
        "2016-05-04",
        "Wire",
        "c.txt",
    )
    rows = db.conn.execute(
        "SELECT articles, scoped, named, near FROM date_salience "
        "WHERE subject = 'c:SY' AND date = '2016-05-03'"
    ).fetchall()
    assert rows == [(1, 1, 1, 1)]
    assert [e.date for e in timeline.run(db, "Syria").entries] == ["2016-05-03"]


def test_a_sentence_naming_a_place_of_its_own_is_not_carried_to_the_subject(db):
    add(
        db,
        "Rebels shelled Manbij at dawn on 1 June 2016, residents said. "
        "On 2 June 2016 a new bridge opened in Ankara, officials said.",
        "2016-06-05",
        "Wire",
        "k.txt",
    )
    dates = [e.date for e in timeline.run(db, "Manbij").entries]
    assert "2016-06-01" in dates and "2016-06-02" not in dates


def test_the_terminal_marks_the_context_and_counts_reports_and_outlets(db, capsys):
    from types import SimpleNamespace

    from cli import profiles

    add(
        db,
        "Officials in Manbij postponed the municipal election for a second time. "
        "It has now been fixed for 18 November 2016, the council said.",
        "2016-10-01",
        "Wire A",
        "m1.txt",
    )
    add(
        db,
        "The Manbij council has fixed the postponed municipal election for 18 November "
        "2016, its spokesman said on Saturday.",
        "2016-10-02",
        "Wire B",
        "m2.txt",
    )
    args = SimpleNamespace(subject=["Manbij"], date_from=None, date_to=None, limit=None, json=False)
    profiles.timeline(args, db, print, color=False)
    shown = capsys.readouterr().out
    assert "2 reports, 2 outlets" in shown
    assert "18 Nov 2016" in shown


def test_the_terminal_shows_the_context_marked_before_the_entry(db, capsys):
    from types import SimpleNamespace

    from cli import profiles

    add(
        db,
        "Officials in Manbij postponed the municipal election for a second time. "
        "It has now been fixed for 18 November 2016, the council said.",
        "2016-10-01",
        "Wire A",
        "m1.txt",
    )
    args = SimpleNamespace(subject=["Manbij"], date_from=None, date_to=None, limit=None, json=False)
    profiles.timeline(args, db, print, color=False)
    shown = capsys.readouterr().out
    context = shown.index("[context] Officials in Manbij postponed")
    assert context < shown.index("It has now been fixed")


def test_a_clause_naming_another_place_is_not_carried_to_the_place_of_its_sentence(db):
    add(
        db,
        "The report comes as militias encircled Palmyra last month, and as government forces "
        "said they had pushed the fighters out of Homs on Saturday, 5 August 2017.",
        "2017-08-07",
        "Wire",
        "h.txt",
    )
    assert "2017-08-05" not in [e.date for e in timeline.run(db, "Palmyra").entries]
    assert "2017-08-05" in [e.date for e in timeline.run(db, "Homs").entries]


def test_a_clause_naming_no_place_is_still_carried_within_its_sentence(db):
    add(
        db,
        "Militias encircled Palmyra last month, and on Saturday, 5 August 2017, they shelled "
        "its northern gate.",
        "2017-08-07",
        "Wire",
        "g.txt",
    )
    assert "2017-08-05" in [e.date for e in timeline.run(db, "Palmyra").entries]


def test_a_sentence_telling_two_dates_is_the_entry_of_one_of_them_only(db):
    add(
        db,
        "Air raids hit Palmyra on 4 July 2015 and 5 July 2015, wounding dozens, medics said.",
        "2015-07-06",
        "Wire",
        "r.txt",
    )
    entries = timeline.run(db, "Palmyra").entries
    assert len(entries) == 1 and entries[0].date in {"2015-07-04", "2015-07-05"}


def test_a_headline_glued_to_the_lead_is_not_shown_in_the_entry(db):
    headline = "Air raids kill 31 fighters in Dransk Monitor"
    doc = Document(
        text=f"{headline} AFP Sunday 17 Aug 2014 At least 31 fighters were killed in raids on "
        "Dransk on Sunday a monitoring group said. The raids hit the market.",
        origin="glued.txt",
        kind="text",
        title=headline,
    )
    result = ingest.ingest_document(
        db, doc, ingest.Origin("glued.txt"), ingest.Options(published="2014-08-17")
    )
    assert not result.errors, result.errors
    [entry] = timeline.run(db, "Dransk").entries
    assert entry.text.startswith("At least 31 fighters were killed in raids on Dransk")


def test_the_carry_does_not_pass_a_sentence_naming_another_place(db):
    add(
        db,
        "Officials from Manbij toured the valley on Monday. Engineers then inspected the dam "
        "near Homs. The council said on 4 April 2017 that the levy would rise.",
        "2017-04-05",
        "Wire",
        "v.txt",
    )
    assert "2017-04-04" not in {e.date for e in timeline.run(db, "Manbij").entries}
    assert "2017-04-04" in {e.date for e in timeline.run(db, "Homs").entries}


def test_a_city_named_only_as_the_distance_to_an_event_does_not_get_its_date(db):
    add(db, "Tanks rolled into Deir al-Zor on 7 August 2011, 400 km (250 miles) northeast of "
        "Damascus, residents said. Shops stayed shut.", "2011-08-09", "Wire A", "a.txt")  # fmt: skip
    add(db, "Security forces raided homes in Damascus on 9 August 2011, activists said.",
        "2011-08-10", "Wire B", "b.txt")  # fmt: skip
    damascus = {e.date for e in timeline.run(db, "Damascus").entries}
    assert "2011-08-09" in damascus and "2011-08-07" not in damascus
    assert "2011-08-07" in {e.date for e in timeline.run(db, "Deir al-Zor").entries}


def test_a_persons_pronoun_before_anyone_is_named_carries_the_sentence_before(db):
    entry = manbij_entry(
        db,
        "President Varo Denk of Qaryat refused to step down on Thursday. "
        "Disappointed crowds calling for his ouster grew in number in Manbij on 11 February 2011.",
        "2011-02-12",
        "2011-02-11",
    )
    assert entry.text.startswith("Disappointed crowds calling for his ouster")
    assert entry.context == "President Varo Denk of Qaryat refused to step down on Thursday."


def test_a_pronoun_for_the_person_just_named_carries_no_context(db):
    add(
        db,
        "Crowds gathered in the square. "
        "Mayor Lina Orvat said she would reopen the market of Manbij on 11 February 2011. "
        "Traders met in the hall. "
        "Orvat, who took office in 2009, opened her new office in Manbij on 14 February 2011. "
        "Buses left at dawn. "
        "Orvat's deputy spoke at her side in Manbij on 16 February 2011.",
        "2011-02-17",
        "Wire",
        "o.txt",
    )
    answer = timeline.run(db, "Manbij")
    for day in ("2011-02-11", "2011-02-14", "2011-02-16"):
        entry = next(e for e in answer.entries if e.date == day)
        assert entry.context is None, entry.text


def test_a_group_named_before_by_its_origin_in_the_passive_carries_the_sentence_before(db):
    entry = manbij_entry(
        db,
        "Coalition aircraft struck three ships off Manbij, a statement said. "
        "The Qaryat ships were targeted because they fired on the port of Manbij on "
        "11 February 2011.",
        "2011-02-12",
        "2011-02-11",
    )
    assert entry.text.startswith("The Qaryat ships were targeted")
    assert entry.context == "Coalition aircraft struck three ships off Manbij, a statement said."


def test_an_incident_told_before_and_named_after_its_source_carries_the_sentence_before(db):
    entry = manbij_entry(
        db,
        "Activists said 15 civilians were killed when a missile slammed into Manbij. "
        "The Manbij 24 monitoring group said the missile hit near a school on 5 October 2017.",
        "2017-10-06",
        "2017-10-05",
    )
    assert entry.context == (
        "Activists said 15 civilians were killed when a missile slammed into Manbij."
    )
    for text in (  # the incident told in the sentence itself, or no incident at all
        "The monitor said a missile hit near a school in Manbij on 5 October 2017.",
        "The monitor said the missile strike on Manbij on 5 October 2017 killed 15.",
        "The monitor said the town of Manbij was quiet on 5 October 2017.",
    ):
        assert not refers_back(text), text


def test_a_group_named_before_without_its_origin_in_the_passive_leans_on_the_sentence_before():
    assert refers_back("The marines were arrested on 27 February at Manbij.")
    assert refers_back("The Qaryat troops were deployed to Manbij on Friday.")
    assert not refers_back("The marines of Qaryat were arrested on 27 February at Manbij.")
    assert not refers_back("Qaryat marines were arrested on 27 February at Manbij.")


def test_a_context_leaning_on_its_own_sentence_before_carries_that_one_too(db):
    entry = manbij_entry(
        db,
        "Seventeen footballers have defected to the rebels, spokesmen said. "
        "Some were former members of the national team. "
        "They arrived in Manbij on 25 June 2016 to cheering crowds.",
        "2016-06-26",
        "2016-06-25",
    )
    assert entry.text.startswith("They arrived in Manbij")
    assert entry.context == (
        "Seventeen footballers have defected to the rebels, spokesmen said. "
        "Some were former members of the national team."
    )


def test_a_subjects_bursts_count_each_article_about_it_once_a_day_of_its_window(db):
    # articles_by_volume (commands/salience.py) reads the subject's articles published from
    # the bursts of its dates: each article about it counts in BURST_DAYS + 1 of them
    from commands import salience, subjects
    from store.articles import EVERYONE

    texts = (
        "Syria closed the Velmar crossing on 3 May 2031, officials said. Traders in Syria "
        "waited at the gate. The ministry in Syria gave no reason.",
        "Syria kept the Velmar crossing shut after its closure on 3 May 2031. Drivers in Syria "
        "slept in their lorries. Farmers in Syria lost their harvest.",
        "Syria reopened the Velmar crossing on 7 May 2031. Queues formed in Syria at dawn. "
        "Prices in Syria fell within the week.",
    )
    for n, (text, published) in enumerate(
        zip(texts, ("2031-05-04", "2031-05-09", "2031-05-20"), strict=True)
    ):
        add(db, text, published, "Wire", f"v{n}.txt")
    subject = subjects.best(db, "Syria")
    assert subject is not None
    rows = timeline.subject_counts(db, subject, EVERYONE, "2031-05-01", "2031-05-31")
    assert sum(r.burst for r in rows) == 3 * (salience.BURST_DAYS + 1)
    signals = salience.signals(rows)
    by_volume = {r.date: s["articles_by_volume"] for r, s in zip(rows, signals, strict=True)}
    # two of the three articles published mention 3 May
    assert by_volume["2031-05-03"] == pytest.approx(math.log(3) / math.log(4))
