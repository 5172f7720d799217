"""bench/clean.py reads each marked text from the corpus by id; where an id stands twice with
different texts, the record matching the marks' length and sha1 is the one read."""

import hashlib
import json

import pytest

from bench import clean


def _mark(article_id: str, text: str) -> dict:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return {"id": article_id, "chars": len(text), "sha1": digest}


def _corpus(tmp_path, monkeypatch, records: list[tuple[str, str]]) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records), encoding="utf-8"
    )
    monkeypatch.setattr(clean, "NEWS", news)


def test_the_record_matching_the_marks_is_read_where_an_id_stands_twice(tmp_path, monkeypatch):
    marked = "Tuesday Velmora council met."
    other = "Tuesday Velmora council met. Source: Velmora Herald"
    for records in (
        [("x/1", marked), ("x/1", other), ("x/2", "Orvane rain.")],
        [("x/1", other), ("x/1", marked), ("x/2", "Orvane rain.")],
    ):
        _corpus(tmp_path, monkeypatch, records)
        texts = clean.load_texts([_mark("x/1", marked), _mark("x/2", "Orvane rain.")])
        assert texts == {"x/1": marked, "x/2": "Orvane rain."}


def test_an_id_none_of_whose_records_match_stops_the_run(tmp_path, monkeypatch):
    _corpus(tmp_path, monkeypatch, [("x/1", "Kestrel Bay flooded."), ("x/1", "Kestrel Bay.")])
    with pytest.raises(SystemExit, match="x/1"):
        clean.load_texts([_mark("x/1", "Kestrel Bay flooded twice.")])
