import pytest

from commands import chronology, ingest, timeline
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


def add(db, text, published=None, source=None, name="a.txt"):
    doc = Document(text=text, origin=name, kind="text")
    result = ingest.ingest_document(
        db, doc, ingest.Origin(name), ingest.Options(published=published, source=source)
    )
    assert not result.errors, result.errors
    return result.articles[0]


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
    assert [e.date for e in keyword.entries] == ["2017-10-23"]


def test_unknown_subject_says_so_with_suggestions(reports):
    answer = timeline.run(reports, "Raqa")
    assert answer.entries == [] or answer.subject.name == "Raqqa"
    nothing = timeline.run(reports, "zzzz qqqq")
    assert nothing.entries == [] and nothing.undated == [] and "nothing dated" in nothing.message


def test_json_contract(reports):
    doc = timeline.run(reports, "Raqqa").to_json()
    assert set(doc) == {"query", "subject", "entries", "undated", "suggestions"}
    entry = doc["entries"][0]
    assert set(entry) == {"date", "precision", "date_how", "text", "actors", "places", "sources"}
    assert set(entry["sources"][0]) == {"article", "passage_id"}


def test_a_long_chronology_keeps_its_most_reported_dates(db, monkeypatch):
    # Six dates, reported by 1 to 6 articles: with room for three, the three most reported stay,
    # in date order, each still citing every article that reported it (read from the counts).
    monkeypatch.setattr(chronology, "MAX_DATES", 3)
    monkeypatch.setattr(chronology, "CANDIDATES", 1)
    monkeypatch.setattr(chronology, "PER_DATE", 2)
    n = 0
    for day, reports in ((3, 1), (5, 6), (9, 2), (12, 5), (20, 3), (25, 4)):
        for _ in range(reports):
            n += 1
            add(db, f"Report {n}. Shelling hit the centre of Aleppo on {day} May 2016, "
                    f"residents said. A local council member counted {n} damaged houses and "
                    f"said repairs would take months.", "2016-06-01", f"Wire {n}", f"{n}.txt")
    answer = timeline.run(db, "Aleppo")
    assert [e.date for e in answer.entries] == ["2016-05-05", "2016-05-12", "2016-05-25"]
    top = timeline.run(db, "Aleppo", limit=1)
    assert [e.date for e in top.entries] == ["2016-05-05"]
    assert len(top.entries[0].sources) <= 2   # PER_DATE events read for the text and sources


@pytest.mark.parametrize("bad", ["2017-13", "2017-02-30", "October", "2017-7", "17"])
def test_impossible_dates_are_refused(reports, bad):
    with pytest.raises(ValueError, match="not a date"):
        timeline.run(reports, "Raqqa", date_from=bad)
    with pytest.raises(ValueError, match="not a date"):
        ingest.validate_date(bad)
