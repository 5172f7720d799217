"""Mutation fuzzing of real inputs: the seed articles, the HTML and PDF fixtures and, when the
evaluation corpus is beside the project, some of its articles, with bytes flipped, cut, repeated,
inserted and spliced. Whatever arrives, reading gives a document or a one-line error, ingest stores
whole articles or nothing, and every answer renders as valid JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commands.ingest import Origin, ingest_document, ingest_jsonl
from extract.pipeline import extract
from store.db import connect
from tests.robust.common import examples
from tests.robust.storecheck import check_store, counts
from tests.robust.timing import timed
from text.read import Document, InputError, read_bytes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "eval" / "news-corpus.jsonl"


def _real_inputs() -> list[tuple[str, bytes]]:
    files = sorted((ROOT / "seeds").iterdir()) + sorted((ROOT / "tests" / "bot" / "data").iterdir())
    files += [ROOT / "tests" / "fixtures" / n for n in ("page.html", "nodate.html", "column.pdf")]
    inputs = [(f.name, f.read_bytes()) for f in files if f.is_file()]
    if CORPUS.exists():  # a few real articles of each kind of source, read in file order
        seen: dict[str, int] = {}
        with CORPUS.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if seen.get(record["source"], 0) < 3:
                    seen[record["source"]] = seen.get(record["source"], 0) + 1
                    inputs.append((f"{record['source']}.txt", record["text"].encode("utf-8")))
    return inputs


INPUTS = _real_inputs()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name, data = draw(st.sampled_from(INPUTS))
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        width = draw(st.integers(1, min(400, len(data) - at)))
        operation = draw(st.sampled_from(["flip", "cut", "repeat", "insert", "splice", "truncate"]))
        if operation == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif operation == "cut":
            del data[at : at + width]
        elif operation == "repeat":
            data[at:at] = data[at : at + width] * draw(st.integers(1, 20))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif operation == "splice":
            _, other = draw(st.sampled_from(INPUTS))
            data[at:] = other[draw(st.integers(0, max(0, len(other) - 1))) :]
        else:
            del data[at:]
    return name, bytes(data)


def _valid_json(document: object) -> None:
    """What `--json` prints: UTF-8 that parses back to the same document."""
    encoded = json.dumps(document, ensure_ascii=False).encode("utf-8")
    assert json.loads(encoded) == document


def _one_line(err: Exception, name: str) -> None:
    message = str(err)
    assert message.startswith(name) and "\n" not in message, message


@examples(60, 3000)
@given(mutated())
def test_a_mutated_real_text_reads_and_extracts_with_offsets_inside(case) -> None:
    name, data = case
    if name.endswith((".html", ".pdf")):
        name = name + ".txt"  # parsed documents have their own test: each parse is a process
    try:
        with timed("read_bytes of a mutated file", data):
            document = read_bytes(data, name)
    except InputError as err:
        _one_line(err, name)
        return
    extraction = extract(document.text, None, None)
    n = len(document.text)
    for found in (extraction.actors, extraction.places, extraction.events):
        for item in found:
            for attribute in ("start", "end"):
                value = getattr(item, attribute, None)
                assert value is None or 0 <= value <= n


@examples(10, 300)  # each HTML or PDF parse starts an interpreter
@given(mutated().filter(lambda case: case[0].endswith((".html", ".pdf"))))
def test_a_mutated_html_or_pdf_file_reads_or_is_refused_in_one_line(case) -> None:
    name, data = case
    try:
        with timed("read_bytes of a mutated file", data):
            document = read_bytes(data, name)
    except InputError as err:
        _one_line(err, name)
        return
    assert document.text.strip()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = connect(tmp_path_factory.mktemp("mutations") / "store.db")
    yield db
    db.conn.close()


@examples(40, 2000)
@given(mutated())
def test_ingest_of_a_mutated_real_text_is_whole_or_nothing_and_valid_json(store, case) -> None:
    name, data = case
    before = counts(store)
    try:
        document = read_bytes(data, name + ".txt")
    except InputError:
        return
    result = ingest_document(
        store, Document(text=document.text, origin=name, kind="text"), Origin(name)
    )
    assert check_store(store) == []
    if not result.articles:
        assert counts(store) == before
    _valid_json(result.to_json())


@examples(40, 2000)
@given(st.lists(mutated(), min_size=1, max_size=4))
def test_a_mutated_jsonl_archive_stores_whole_lines_or_names_them(store, cases) -> None:
    lines = []
    for name, data in cases:
        text = data.decode("utf-8", "replace")
        line = json.dumps({"title": name, "text": text, "published": "2017-08-07", "url": name})
        cut = len(line) // 2 if len(text) % 3 == 0 else len(line)  # some lines arrive broken
        lines.append(line[:cut])
    result = ingest_jsonl(store, lines, "feed.jsonl")
    assert check_store(store) == []
    assert all(error.startswith("feed.jsonl:") and "\n" not in error for error in result.errors)
    assert len(result.articles) + len(result.errors) >= 1
    _valid_json(result.to_json())


def test_the_fuzzer_starts_from_real_files():
    kinds = {Path(name).suffix for name, _ in INPUTS}
    assert {".txt", ".html", ".pdf"} <= kinds
    assert len(INPUTS) >= 12
