"""Articles ingested for the command tests: one text, its publication date and source (and
the Manbij timeline entry one wire article makes)."""

from commands import ingest, timeline
from text.read import Document


def add(db, text, published=None, source=None, name="a.txt"):
    """The article id of text ingested into db as a text file named name."""
    doc = Document(text=text, origin=name, kind="text")
    result = ingest.ingest_document(
        db, doc, ingest.Origin(name), ingest.Options(published=published, source=source)
    )
    assert not result.errors, result.errors
    return result.articles[0]


def manbij_entry(db, text, published, day):
    """The entry on day of Manbij's timeline, from one wire article of text published then."""
    add(db, text, published, "Wire")
    return next(e for e in timeline.run(db, "Manbij").entries if e.date == day)
