from store import articles, events
from store.articles import EVERYONE, Viewer


def _articles(db):
    return [r[0] for r in db.conn.execute("SELECT id FROM articles ORDER BY id")]


def _events(db, ranges, viewer, texts=None, dated_between=None):
    values = events.event_values_of_articles(db, ranges, viewer, texts, dated_between)
    return [events.EventRow(*v) for v in values]


def test_events_of_articles_are_read_by_passage_range_and_audience(three_articles_store):
    db = three_articles_store
    ranges = events.passage_ranges(db, _articles(db))
    everyone = _events(db, ranges, EVERYONE)
    assert {e.article_id for e in everyone} == set(_articles(db))
    outside = _events(db, ranges, Viewer("T1", "C1"))
    assert {e.article_id for e in outside} == {_articles(db)[1]}  # not the C9 one
    text = db.conn.execute("SELECT text FROM articles WHERE id = ?", (everyone[0].article_id,))
    assert everyone[0].text == text.fetchone()[0][everyone[0].start : everyone[0].end]


def test_events_by_id_and_their_names(three_articles_store):
    db = three_articles_store
    ids = [r[0] for r in db.conn.execute("SELECT id FROM events ORDER BY id DESC")]
    assert [e.id for e in events.events_by_id(db, ids)] == sorted(ids)  # in id order
    labels = events.event_labels(db, ids)
    named = [names for names in labels.values() if names[0] or names[1]]
    assert named and any("Manbij" in places for _, places in named)


def test_events_in_passages_are_those_of_the_passages_asked(three_articles_store):
    db = three_articles_store
    first = db.conn.execute("SELECT id FROM passages").fetchone()
    in_passage = events.events_in_passages(db, [first[0]])
    assert all(e.passage_id == first[0] for e in in_passage)


def test_events_by_id_come_in_the_same_order_with_events_held(three_articles_store):
    import dataclasses

    db = three_articles_store
    ids = [r[0] for r in db.conn.execute("SELECT id FROM events ORDER BY id DESC")]
    assert len(ids) >= 3
    asked = [*ids, 10**9]  # an id no event has is left out
    read = events.events_by_id(db, asked)
    assert [e.id for e in read] == sorted(ids)
    held = {ids[0]: dataclasses.replace(read[-1], text="as held")}
    again = events.events_by_id(db, asked, held)
    assert [e.id for e in again] == [e.id for e in read]
    assert again[-1].text == "as held" and again[:-1] == read[:-1]
    # by id within each run of 500 ids asked (the order the reads have always given)
    many = list(range(10**6, 10**6 + 499)) + ids
    assert [e.id for e in events.events_by_id(db, many)] == sorted(ids[:1]) + sorted(ids[1:])


def test_spans_cut_in_python_equal_sqlite_substr_on_text_beyond_ascii(db):
    """Events are cut from their article's text once read (not by SQLite's
    substr() per row): the same characters, accents and characters beyond the BMP included."""
    from commands import ingest
    from text.read import Document

    text = (
        "Ḥamāh shelled 🚀 again\n\n"
        "On 12 August 2016 government forces shelled Ḥamāh and Idlib, killing 12 people, "
        "activists said. « Nous avons fui », said one resident of Ma‘arrat al-Nu‘man.\n\n"
        "On 14 August the Syrian Democratic Forces took Manbij 🛰 from the Islamic State."
    )
    result = ingest.ingest_document(
        db,
        Document(text=text, origin="u.txt", kind="text"),
        ingest.Origin("u.txt"),
        ingest.Options(published="2016-08-15"),
    )
    assert not result.errors
    article = _articles(db)[0]
    read = _events(db, events.passage_ranges(db, [article]), EVERYONE)
    assert len(read) >= 2
    for event in read:
        (expected,) = db.conn.execute(
            "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
            (event.start, event.end, event.start, article),
        ).fetchone()
        assert event.text == expected


def test_events_of_articles_come_range_by_range_in_the_order_given(three_articles_store):
    """The events come range by range, in the order the ranges are given, each one's by id;
    the articles' texts a caller holds are used; dated_between keeps the dated events whose
    sort key lies between its bounds; the plain values are the rows' fields."""
    db = three_articles_store
    ranges = events.passage_ranges(db, list(reversed(_articles(db))))
    expected = []
    for first, n in ranges.values():
        expected += [
            r[0]
            for r in db.conn.execute(
                "SELECT id FROM events WHERE passage_id BETWEEN ? AND ? ORDER BY id",
                (first, first + n - 1),
            )
        ]
    assert len(expected) >= 3
    read = _events(db, ranges, EVERYONE)
    assert [e.id for e in read] == expected
    texts = articles.article_texts(db, _articles(db))
    assert _events(db, ranges, EVERYONE, texts) == read  # the texts held give the same
    dated = _events(db, ranges, EVERYONE, texts, ("2000", "9999"))
    assert dated == [e for e in read if e.date and "2000" <= (e.sort_key or "") <= "9999"]
