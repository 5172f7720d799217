"""Property tests over any text or bytes: cleaning, sentence and passage splitting, date tagging,
reading, article splitting and ingest never raise anything but their documented errors, every
offset they return lies inside the text it refers to, and ingest stores a whole article or
nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commands.ingest import Origin, ingest_bytes, ingest_document, ingest_jsonl
from extract.pipeline import extract
from store.db import connect
from tests.robust.common import examples
from tests.robust.storecheck import check_store, counts
from tests.robust.strategies import published, texts
from tests.robust.timing import timed
from text.clean import clean
from text.dates import infer_publication_date, tag_dates
from text.passages import split_passages
from text.read import Document, InputError, read_bytes
from text.sentences import split_sentences
from text.split import split_articles

ISO_VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-(SP|SU|FA|WI))?|\d{2,3}X*"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)"
)


def _ordered_spans(spans: list[tuple[int, int]], length: int) -> None:
    previous = 0
    for start, end in spans:
        assert previous <= start <= end <= length, (spans, length)
        previous = end


@examples(300)
@given(texts)
def test_cleaning_returns_storable_text(text: str) -> None:
    with timed("clean", text):
        cleaned = clean(text)
    cleaned.encode("utf-8")  # no lone surrogates: the store could not hold them
    assert "\x00" not in cleaned and "\r" not in cleaned


@examples(300)
@given(texts)
def test_sentences_and_passages_lie_inside_the_text(text: str) -> None:
    for source in (text, clean(text)):
        _ordered_spans(split_sentences(source), len(source))
        _ordered_spans(split_passages(source), len(source))
        if len(source) > 10:
            _ordered_spans(split_sentences(source, 3, len(source) - 3), len(source) - 3)


@examples(300)
@given(texts, published)
def test_date_mentions_are_verbatim_ordered_and_well_formed(text: str, when: str | None) -> None:
    with timed("tag_dates", text):
        mentions = tag_dates(text, when)
    _ordered_spans([(m.start, m.end) for m in mentions], len(text))
    for m in mentions:
        assert m.start < m.end and text[m.start : m.end] == m.text
        assert m.value is None or ISO_VALUE.match(m.value), m
        assert (m.value is None) == (m.how == "unresolved")
    inferred = infer_publication_date(text)
    assert inferred is None or re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", inferred[0])


@examples(200)
@given(texts, published)
def test_extraction_offsets_lie_inside_the_text(text: str, when: str | None) -> None:
    text = clean(text)
    with timed("extract (actors, places, relations, events)", text):
        found = extract(text, when, "given" if when else None)
    for span in [*found.actors, *found.places, *found.events, *found.relations]:
        assert 0 <= span.start <= span.end <= len(text), span
    for mention in [*found.actors, *found.places]:  # the name as written, where it was found
        assert text[mention.start : mention.end] == mention.text, mention
    for event in found.events:
        assert event.date_text is None or event.date_text in text[event.start : event.end], event
    _ordered_spans(found.sentences, len(text))


@examples(200)
@given(texts, st.sampled_from(["text", "html", "pdf"]))
def test_article_splitting_gives_clean_articles_or_an_input_error(text: str, kind: str) -> None:
    try:
        with timed("split_articles", text):
            drafts = split_articles(Document(text=text, origin="t", kind=kind))
    except InputError as err:
        assert "\n" not in str(err)
        return
    for draft in drafts:
        assert draft.text.strip()
        draft.text.encode("utf-8")


TEXT_NAMES = st.sampled_from(["a.txt", "notes.md", "stdin", "download", "a.TXT?x=1"])
TEXT_TYPES = st.sampled_from(
    [
        None,
        "text/plain",
        "text/plain; charset=latin-1",
        "text/plain; charset=bogus",
        "application/octet-stream",
    ]
)


@examples(300)
@given(
    st.one_of(st.binary(max_size=3000), texts.map(lambda t: t.encode("utf-8", "replace"))),
    TEXT_NAMES,
    TEXT_TYPES,
)
def test_reading_any_bytes_gives_a_document_or_one_line(
    data: bytes, name: str, mimetype: str | None
) -> None:
    try:
        with timed("read_bytes (text)", data):
            document = read_bytes(data, name, mimetype)
    except InputError as err:
        assert str(err).startswith(name) and "\n" not in str(err)
        return
    assert document.kind == "text" and document.text.strip()


@pytest.mark.parametrize(
    "data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u2028\u3000".encode(), b"\xff\xfe \x00\n\x00"]
)
def test_input_of_only_a_byte_order_mark_or_spaces_is_empty(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^a\.txt: input is empty$"):
        read_bytes(data, "a.txt")


@examples(8, 100)  # each HTML or PDF parse starts an interpreter
@given(
    st.binary(max_size=2000),
    st.sampled_from([("page.html", "text/html"), ("paper.pdf", "application/pdf")]),
)
def test_reading_any_bytes_as_html_or_pdf_gives_a_document_or_one_line(
    data: bytes, kind: tuple[str, str]
) -> None:
    name, mimetype = kind
    for prefix in (b"", b"%PDF-1.4\n" if name.endswith("pdf") else b"<html><body><p>"):
        try:
            with timed("read_bytes (HTML, PDF)", prefix + data):
                read_bytes(prefix + data, name, mimetype)
        except InputError as err:
            assert str(err).startswith(name) and "\n" not in str(err)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = connect(tmp_path_factory.mktemp("properties") / "store.db")
    yield db
    db.conn.close()


@examples(150)
@given(texts, st.sampled_from(["text", "html", "pdf"]))
def test_ingest_stores_whole_articles_or_nothing(store, text: str, kind: str) -> None:
    before = counts(store)
    label = "t\udce9st.txt"  # a file name that is not UTF-8, as Python hands it over
    result = ingest_document(store, Document(text=text, origin=label, kind=kind), Origin(label))
    after = counts(store)
    assert check_store(store) == []
    if not result.articles:
        assert after == before
        assert all("\n" not in error for error in result.errors)
    else:
        assert after["articles"] >= before["articles"]


@examples(100)
@given(
    st.lists(
        st.one_of(texts, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))), max_size=5
    )
)
def test_bulk_ingest_stores_whole_articles_or_reports_the_line(store, lines: list[str]) -> None:
    import json

    records = [
        json.dumps({"title": line[:30], "text": line, "url": line[:20]}) for line in lines
    ] + ["{not json", '{"text": 3}']
    result = ingest_jsonl(store, records, "bulk.jsonl")
    assert check_store(store) == []
    assert len(result.errors) >= 2
    assert all(re.match(r"^bulk\.jsonl:\d+: ", error) for error in result.errors)


def test_lone_surrogates_from_slack_or_file_names_are_stored_replaced(tmp_path) -> None:
    db = connect(tmp_path / "s.db")
    text = (
        "The SDF said on 17 October 2017 that Raqqa \ud800had been captured from the "
        "Islamic State after a four-month battle. "
    ) * 3
    result = ingest_document(
        db,
        Document(text=text, origin="caf\udce9.txt", kind="text", title="Raqqa \udfff falls"),
        Origin("caf\udce9.txt"),
    )
    assert result.errors == []
    row = db.conn.execute("SELECT title, origin, substr(text, 1, 50) FROM articles").fetchone()
    assert row == (
        "Raqqa \ufffd falls",
        "caf\ufffd.txt",
        "The SDF said on 17 October 2017 that Raqqa \ufffdhad be",
    )


def test_text_without_spaces_longer_than_a_passage_length_is_indexed(tmp_path) -> None:
    db = connect(tmp_path / "zh.db")
    result = ingest_bytes(
        db, "叙利亚民主力量宣布占领拉卡。".encode() * 40_000, "zh.txt", Origin("zh.txt")
    )
    # Passages are bounded (passages.MAX_CHARS): the text is cut into pieces at that length,
    # each within the index's 16-bit passage length.
    assert result.errors == [] and result.articles[0].passages > 1
    lengths = db.conn.execute("SELECT end - start, n_terms FROM passages").fetchall()
    assert all(chars <= 1500 and 0 < terms <= 65535 for chars, terms in lengths)
    assert check_store(db) == []
