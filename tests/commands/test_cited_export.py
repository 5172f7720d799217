"""Cited exports written from answers on invented articles: every row's offsets give back its
sentence, one row per reporting article, formulas defused, Markdown with readable dates."""

import csv
import dataclasses
import io

import pytest

from commands import actor, cited_export, ingest, quote, timeline
from tests.commands.test_curation import ARTICLE, invented_catalogue  # noqa: F401 - a fixture
from text.read import Document

OTHER = (
    "Residents of Tell Hamra said the Falcon Brigade shelled Tell Hamra on 3 March 2019, killing "
    "two farmers and wounding a teacher. Umar Haddad said on 7 March 2019 that his fighters "
    "would stay in the hills for the winter, according to a local council member."
)


@pytest.fixture
def two_outlets(db, invented_catalogue):  # noqa: F811
    for text, source in ((ARTICLE, "Invented Wire"), (OTHER, "Other Daily")):
        result = ingest.ingest_document(
            db,
            Document(text=text, origin=f"https://example.org/{source[:5]}", kind="text"),
            ingest.Origin(f"https://example.org/{source[:5]}"),
            ingest.Options(published="2019-03-08", source=source),
        )
        assert not result.errors
    return db


def _texts(db) -> dict[int, str]:
    return dict(db.conn.execute("SELECT id, text FROM articles"))


def test_timeline_rows_cite_each_article_at_its_offsets(two_outlets):
    answer = timeline.run(two_outlets, "Falcon Brigade")
    rows = cited_export.timeline_rows(two_outlets, answer)
    texts = _texts(two_outlets)
    assert rows and all(texts[r.article_id][r.start : r.end] == r.sentence for r in rows)
    shelled = [r for r in rows if r.date == "2019-03-03"]
    assert {r.outlet for r in shelled} == {"Invented Wire", "Other Daily"}
    assert {(r.precision, r.date_how) for r in shelled} == {("day", "explicit")}


def test_csv_defuses_formulas_and_keeps_every_column(two_outlets):
    answer = actor.run(two_outlets, "Umar Haddad")
    text = cited_export.write(
        "actor", "Umar Haddad", cited_export.actor_rows(two_outlets, answer), "csv"
    ).content
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(cited_export.COLUMNS)
    assert {r["section"] for r in rows} >= {"timeline", "quote"}
    first = cited_export.actor_rows(two_outlets, answer)[0]
    formula = cited_export.to_csv([dataclasses.replace(first, sentence="=SUM(A1:A9)")])
    assert list(csv.reader(io.StringIO(formula)))[1][4] == "'=SUM(A1:A9)"


def test_markdown_lists_rows_with_readable_dates(two_outlets):
    answer = quote.run(two_outlets, "shelled")
    file = cited_export.write(
        "quote", "shelled", cited_export.quote_rows(two_outlets, answer), "md"
    )
    assert file.filename == "quote-shelled.md"
    assert file.content.startswith("# Quote: shelled\n")
    assert "published 8 Mar 2019" in file.content and "[" in file.content


def test_an_unknown_format_is_refused():
    assert cited_export.check_format("CSV") == "csv"
    with pytest.raises(cited_export.ExportError):
        cited_export.check_format("xls")
