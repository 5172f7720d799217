import pytest

from commands import ingest
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ
from text.read import Document

# (text, published, workspace, private conversation): the second and third are workspace T1's,
# the third visible only in conversation C9.
THREE_ARTICLES = [
    (ARTICLE_MANBIJ, "2016-08-20", "", ""),
    (ARTICLE_ALEPPO, "2016-09-23", "T1", ""),
    (
        ARTICLE_MANBIJ.replace("last week", "on 12 August")
        + "\nThe SDF said on 13 August that Manbij was calm.",
        None,
        "T1",
        "C9",
    ),
]


@pytest.fixture
def three_articles_store(db):
    """A store of THREE_ARTICLES, ingested in order."""
    for n, (text, published, team, scope) in enumerate(THREE_ARTICLES):
        result = ingest.ingest_document(
            db,
            Document(text=text, origin=f"{n}.txt", kind="text"),
            ingest.Origin(f"{n}.txt", team=team, scope=scope),
            ingest.Options(published=published),
        )
        assert not result.errors
    return db
