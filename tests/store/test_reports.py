"""store/reports.py over a real store: near copies counted for the viewer who may see them, an
article's two ends and signature, events of given days, the cities an event names."""

import dataclasses

from commands import ingest
from store.articles import Viewer
from store.reports import event_cities, events_on_days, report_origins
from text.read import Document

TEXT = (
    "VELMORA (Reuters) - At least 12 civilians were killed in an air strike on Aleppo on "
    "3 May 2017, a monitor said. Rescue workers searched the rubble of the market for "
    "survivors through the night, and hospitals in the province appealed for blood donors. "
    "On 5 May 2017 the market of Aleppo opened again, its traders said, and families returned "
    "to the stalls along the old road, carrying what they could buy for the holiday."
)


def add(db, text, name, team="", scope=""):
    doc = Document(text=text, origin=name, kind="text")
    result = ingest.ingest_document(
        db, doc, ingest.Origin(name, team, scope, None), ingest.Options("2017-05-06", None)
    )
    assert not result.errors, result.errors
    return result.articles[0]


def test_copies_ends_and_signature(db):
    first = add(db, TEXT, "a.txt", team="T1")
    add(db, TEXT.replace("Rescue workers", "Rescue teams"), "b.txt", team="T1")
    add(db, TEXT.replace("Rescue workers", "Rescue crews"), "c.txt", team="T1", scope="CSECRET")
    origins = report_origins(db, [first.id], 40, Viewer("T1"))
    origin = origins[first.id]
    assert origin.copies == 1  # the copy in a private channel is not this viewer's
    assert report_origins(db, [first.id], 40, Viewer("T1", "CSECRET"))[first.id].copies == 2
    assert origin.head.startswith("At least 12 civilians") and len(origin.tail) == 40
    assert origin.signature is not None


def test_events_of_given_days_and_their_cities(db):
    article = add(db, TEXT, "a.txt")
    passages = [
        p for (p,) in db.conn.execute("SELECT id FROM passages WHERE article_id = ?", (article.id,))
    ]
    events = events_on_days(db, passages, ["2017-05-03"])
    assert [e.date for e in events] == ["2017-05-03"]
    assert "12 civilians" in events[0].text
    [(lat, lon)] = event_cities(db, [events[0].id])[events[0].id]
    assert 36 < lat < 37 and 37 < lon < 38  # Aleppo


def test_events_of_given_days_for_the_viewer_and_not_read_twice(db):
    article = add(db, TEXT, "a.txt", team="T1", scope="CSECRET")
    passages = [
        p for (p,) in db.conn.execute("SELECT id FROM passages WHERE article_id = ?", (article.id,))
    ]
    days = ["2017-05-03", "2017-05-05"]
    events = events_on_days(db, passages, days, Viewer("T1", "CSECRET"))
    assert [e.date for e in events] == days  # by event id, the order they were stored
    assert events_on_days(db, passages, days, Viewer("T1")) == []  # private to CSECRET
    assert events_on_days(db, passages, days, Viewer("T2", "CSECRET")) == []
    # an event the caller holds is taken as held, not read again from the article's text
    held = {events[0].id: dataclasses.replace(events[0], text="as held")}
    again = events_on_days(db, passages, days, Viewer("T1", "CSECRET"), held)
    assert [e.text for e in again] == ["as held", events[1].text]
    assert events_on_days(db, passages, days, Viewer("T1"), held) == []  # held, not visible
