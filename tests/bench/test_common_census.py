"""The census helpers the bench scripts share (bench/common.py, bench/quote_quality.py's variant
table): loose shapes' hits and their printouts, a store's dated sentences, and a variant table
counting the unanswerable questions told none. Invented texts and questions throughout."""

import re
import sqlite3

from bench import quote_quality as qq
from bench.common import dated_sentences, print_shape_counts, print_shape_hits, shape_hits

SHAPES = {"note": re.compile(r"Editor's note: [^\n]+"), "ideas": re.compile(r"Thank you\b")}
TEXTS = {
    "t17/orsk_cnn/1": "The quay shut.\n\nEditor's note: Kel Varga hosts a show.",
    "t17/orsk_bbc/2": "Thank you for reading. The ferry left.",
}


def test_every_hit_of_each_shape_with_the_characters_before_it():
    found = shape_hits(TEXTS, SHAPES)
    assert found == [
        ("note", "t17/orsk_cnn/1", "The quay shut.\n\n", "Editor's note: Kel Varga hosts a show."),
        ("ideas", "t17/orsk_bbc/2", "", "Thank you"),
    ]


def test_the_counts_and_the_hits_are_printed_with_what_the_cleaner_takes(capsys):
    found = shape_hits(TEXTS, SHAPES)

    def taken(out: str, hit: str) -> bool:
        return hit.startswith("Editor")

    print_shape_counts(found, SHAPES, TEXTS, taken)
    print_shape_hits(found, TEXTS, taken)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("note: 1 hits in 1 texts (") and lines[0].endswith("1 set apart")
    assert lines[1].startswith("ideas: 1 hits in 1 texts (") and lines[1].endswith("0 set apart")
    assert lines[2] == "ideas\tt17/orsk_bbc/2\tkept\t... | Thank you"
    assert lines[3].startswith("note\tt17/orsk_cnn/1\ttaken\t...The quay shut. | Editor's note")


def test_each_dated_sentence_once_with_its_article(tmp_path):
    store = tmp_path / "store.db"
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, origin TEXT, text TEXT)")
    db.execute("CREATE TABLE events (article_id INTEGER, start INTEGER, end INTEGER, date TEXT)")
    text = "The  quay shut on Monday. The ferry left."
    db.execute("INSERT INTO articles VALUES (1, 'eval/t17/orsk_cnn/1', ?)", (text,))
    db.executemany(
        "INSERT INTO events VALUES (1, ?, ?, ?)",
        [(0, 25, "2011-03-07"), (0, 25, "2011-03-08"), (26, 41, None)],
    )
    db.commit()
    assert dated_sentences(store) == [("orsk_cnn/1", 0, "The quay shut on Monday.", text)]


def test_a_variant_table_counts_the_unanswerable_told_none(monkeypatch):
    monkeypatch.setattr(qq, "VARIANT_SPLITS", ("dev",))
    questions = [
        {"id": "q1", "question": "who shut the quay", "answer": "shut the quay", "split": "dev"},
        {"id": "q2", "question": "ferries sunk in Orsk", "answer": None, "split": "dev"},
    ]
    runs = {"off": [["they shut the quay"], ["a ferry"]], "on": [["they shut the quay"], []]}
    table = qq.variant_table(
        questions, runs, dict.fromkeys(runs, "off"), {}, against="off", unanswerable=True
    )
    assert table.splitlines() == [
        "| method | dev | gained / lost against off |",
        "|---|---|---|",
        "| off | 0.500 / 0.500, none 0/1 | – |",
        "| on | 1.000 / 1.000, none 1/1 | +q2 |",
    ]
