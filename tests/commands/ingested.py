"""Articles ingested for the command tests: one text, its publication date and source."""

from commands import ingest
from text.read import Document


def add(db, text, published=None, source=None, name="a.txt"):
    """The article id of text ingested into db as a text file named name."""
    doc = Document(text=text, origin=name, kind="text")
    result = ingest.ingest_document(
        db, doc, ingest.Origin(name), ingest.Options(published=published, source=source)
    )
    assert not result.errors, result.errors
    return result.articles[0]
