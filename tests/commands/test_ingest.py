import sqlite3

import pytest

from commands import ingest
from store import index, writer
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ


def table_counts(db):
    return {
        t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "passages", "terms", "postings", "actor_mentions", "events")
    }


def test_ingest_stores_article_passages_and_index(db, article_files):
    result = ingest.ingest_paths(db, article_files)
    assert result.errors == []
    manbij, aleppo = result.articles
    assert manbij.title == "Kurdish-led forces take Manbij"
    assert manbij.published is None and manbij.published_how is None  # never the clock
    assert manbij.passages >= 3 and aleppo.passages >= 2
    assert index.stats(db).n_passages == manbij.passages + aleppo.passages
    # passages keep offsets into the cleaned text, so quotes are verbatim
    text = db.conn.execute("SELECT text FROM articles WHERE id = ?", (manbij.id,)).fetchone()[0]
    for start, end in db.conn.execute(
        "SELECT start, end FROM passages WHERE article_id = ?", (manbij.id,)
    ):
        assert text[start:end] == text[start:end].strip() and text[start:end]


def test_same_content_is_stored_once(db, article_files, tmp_path):
    first = ingest.ingest_paths(db, article_files[:1]).articles[0]
    before = table_counts(db)
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n" + ARTICLE_MANBIJ.replace("  ", " ") + "\n", encoding="utf-8")
    again = ingest.ingest_paths(db, [str(copy)]).articles[0]
    assert again.duplicate_of == first.id and again.id == first.id
    assert table_counts(db) == before


def test_near_duplicate_is_linked_not_indexed(db, article_files, tmp_path):
    first = ingest.ingest_paths(db, article_files[:1]).articles[0]
    passages_before = index.stats(db).n_passages
    edited = tmp_path / "edited.txt"
    edited.write_text(
        ARTICLE_MANBIJ.replace("last week", "on Friday") + "\nReporting by our correspondent.\n",
        encoding="utf-8",
    )
    near = ingest.ingest_paths(db, [str(edited)]).articles[0]
    assert near.duplicate_of == first.id and near.id != first.id and near.passages == 0
    assert index.stats(db).n_passages == passages_before


def test_published_option_is_given_and_validated(db, article_files):
    result = ingest.ingest_paths(db, article_files[:1], ingest.Options(published="2016-08-20"))
    assert (result.articles[0].published, result.articles[0].published_how) == (
        "2016-08-20",
        "given",
    )
    with pytest.raises(ValueError):
        ingest.validate_date("20/08/2016")


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("binary.bin", bytes(range(256)) * 40, ""),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", ""),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, ""),
    ],
)
def test_bad_input_is_one_line_error_and_changes_nothing(
    db, article_files, tmp_path, name, content, message
):
    ingest.ingest_paths(db, article_files[:1])
    before = table_counts(db)
    path = tmp_path / name
    path.write_bytes(content)
    result = ingest.ingest_paths(db, [str(path)])
    assert result.articles == []
    assert len(result.errors) == 1 and "\n" not in result.errors[0]
    assert message in result.errors[0].lower()
    assert table_counts(db) == before


def test_missing_file_is_an_error(db, tmp_path):
    result = ingest.ingest_paths(db, [str(tmp_path / "nope.txt")])
    assert result.articles == [] and len(result.errors) == 1


def test_failure_inside_the_transaction_leaves_the_store_unchanged(db, article_files, monkeypatch):
    ingest.ingest_paths(db, article_files[:1])
    before = table_counts(db)
    stats_before = index.stats(db)

    def explode(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "write_entities", explode)
    result = ingest.ingest_paths(db, article_files[1:])
    assert result.articles == [] and "store is unchanged" in result.errors[0]
    assert table_counts(db) == before and index.stats(db) == stats_before


def test_disk_full_is_a_clear_error_and_the_store_stays_usable(db, article_files):
    ingest.ingest_paths(db, article_files[:1])
    before = table_counts(db)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = ARTICLE_ALEPPO + "\n\n".join(
        f"Paragraph {i} about the siege of the city and the convoy "
        f"that waited {i} days at the checkpoint."
        for i in range(3000)
    )
    result = ingest.ingest_document(
        db, ingest.Document(text=big, origin="big.txt", kind="text"), ingest.Origin("big.txt")
    )
    assert result.articles == [] and "full" in result.errors[0]
    assert table_counts(db) == before
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert ingest.ingest_paths(db, article_files[1:]).articles


def test_derived_title_when_none_is_found(db, tmp_path):
    path = tmp_path / "untitled.txt"
    path.write_text(
        "The council met on Monday to discuss the reconstruction of the old market, which "
        "was destroyed during the fighting. Officials promised funds.",
        encoding="utf-8",
    )
    article = ingest.ingest_paths(db, [str(path)]).articles[0]
    assert article.title.startswith("The council met on Monday")


def test_near_duplicates_are_found_by_half_signatures_and_by_old_whole_ones(
    db, article_files, tmp_path
):
    from text import fingerprint

    first = ingest.ingest_paths(db, article_files[:1]).articles[0]
    text, blob = db.conn.execute(
        "SELECT text, signature FROM articles WHERE id = ?", (first.id,)
    ).fetchone()
    assert len(blob) == 4 * fingerprint.N_HASHES  # the low 32 bits of each MinHash value
    edited = tmp_path / "edited.txt"
    edited.write_text(ARTICLE_MANBIJ.replace("last week", "on Friday"), encoding="utf-8")
    assert ingest.ingest_paths(db, [str(edited)]).articles[0].duplicate_of == first.id
    # A store written before keeps 64-bit values: they are compared by their low half.
    db.conn.execute(
        "UPDATE articles SET signature = ? WHERE id = ?",
        (fingerprint.minhash(text).tobytes(), first.id),
    )
    again = tmp_path / "again.txt"
    again.write_text(ARTICLE_MANBIJ.replace("last week", "on Saturday"), encoding="utf-8")
    assert ingest.ingest_paths(db, [str(again)]).articles[0].duplicate_of == first.id


def _long_report(sentences: int) -> str:
    return " ".join(
        f"On {1 + i % 28} March 2017 the SDF said Commander Varnik Osterhal had left Raqqa."
        for i in range(sentences)
    )


def test_an_article_past_the_bounds_is_stored_with_a_warning_per_bound(db, tmp_path, monkeypatch):
    from extract import article

    monkeypatch.setattr(article, "MAX_SENTENCES", 4)
    monkeypatch.setattr(article, "MAX_MENTIONS", 3)
    monkeypatch.setattr(article, "MAX_EVENTS", 2)
    path = tmp_path / "long.txt"
    path.write_text(_long_report(10), encoding="utf-8")
    result = ingest.ingest_paths(db, [str(path)])
    assert result.errors == []
    stored = result.articles[0]
    assert [w.split(" were ")[0] for w in stored.warnings] == [
        "only the first 4 of 10 sentences",
        "only the first 3 of 8 actor mentions",
        "only the first 3 of 4 place mentions",
        "only the first 2 of 4 events",
    ]
    assert result.warnings == [f"{path}: {w}" for w in stored.warnings]
    assert result.to_json()["warnings"] == result.warnings
    assert result.to_json()["articles"][0]["warnings"] == list(stored.warnings)
    rows = table_counts(db)
    assert rows["actor_mentions"] == 3 and rows["events"] == 2 and rows["passages"] >= 1
    assert db.conn.execute("SELECT count(*) FROM place_mentions").fetchone()[0] == 3
    assert stored.events == 2
    # The text is stored whole, and quote finds words past the bounds.
    text = db.conn.execute("SELECT text FROM articles").fetchone()[0]
    assert text == path.read_text(encoding="utf-8").strip()


def test_an_article_within_the_bounds_has_no_warning(db, article_files):
    result = ingest.ingest_paths(db, article_files)
    assert result.warnings == [] and all(a.warnings == () for a in result.articles)
    assert result.to_json()["warnings"] == []


@pytest.mark.slow
def test_the_shipped_sentence_bound_holds_on_an_endless_input(db, tmp_path):
    from extract import article

    path = tmp_path / "endless.txt"
    path.write_text(
        " ".join(f"Day {i} passed in Raqqa." for i in range(article.MAX_SENTENCES + 40)),
        encoding="utf-8",
    )
    result = ingest.ingest_paths(db, [str(path)])
    total = article.MAX_SENTENCES + 40
    assert result.warnings == [
        f"{path}: only the first {article.MAX_SENTENCES:,} of {total:,} sentences were "
        "searched for actors, places and dates"
    ]
    text = db.conn.execute("SELECT text FROM articles").fetchone()[0]
    last = db.conn.execute("SELECT max(end) FROM place_mentions").fetchone()[0]
    assert last < text.index(f"Day {article.MAX_SENTENCES} passed")
