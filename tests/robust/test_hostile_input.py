"""Hostile and broken input: pathological files finish with a whole article or a one-line
refusal, size caps come before parsing, HTML and PDF parsers run under time and memory limits,
and text in mixed or unusual encodings is decoded rather than garbled or refused."""

from __future__ import annotations

import pytest

from commands.ingest import Origin, ingest_bytes
from store.db import connect
from tests.robust import pdfs
from tests.robust.storecheck import check_store
from tests.robust.timing import timed
from text import isolation, read
from text.read import InputError, read_bytes

SENTENCE = "The Syrian Democratic Forces said on 17 October 2017 that Raqqa had been captured. "
SLOW_HTML = b"<html><body>" + b"<p>para</p>" * 400_000 + b"</body></html>"  # ~40 s to parse


STORED = "stored"
PATHOLOGICAL = {  # name: (bytes, file name, what comes of it)
    # Not prose: refused with its reason, the store unchanged (issue 18, bounds on input).
    "a 5 MB line without spaces": (
        b"x" * (5 << 20),
        "line.txt",
        "line.txt: not prose: 5,242,880 characters without a space",
    ),
    "1 MB of one short word": (
        b"war " * (1 << 18),
        "words.txt",
        "words.txt: not prose: one word repeated ('war', 262,144 times)",
    ),
    "deeply nested HTML": (
        b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000 + b"</body></html>",
        "deep.html",
        "deep.html: no article text found in the HTML page",
    ),
    "a PDF with 5,000 empty pages": (
        pdfs.build(5000, b""),
        "empty.pdf",
        "empty.pdf: PDF has no text layer (a scan? run OCR first)",
    ),
    "a PDF whose stream inflates to 2 GB": (
        pdfs.build(3, pdfs.deflate_bomb(2048), flate=True),
        "bomb.pdf",
        "bomb.pdf: PDF is corrupt or truncated (no page could be read)",
    ),
    "a PDF of 2,000 pages of text": (
        pdfs.build(2000, pdfs.text_stream([SENTENCE] * 30)),
        "report.pdf",
        STORED,
    ),
    "1.6 MB of Chinese without a space": (
        "叙利亚民主力量十月十七日宣布占领拉卡。".encode() * 30_000,
        "zh.txt",
        STORED,
    ),
    "2.7 MB of Arabic": (
        ("قالت قوات سوريا الديمقراطية إنها سيطرت على مدينة الرقة. ".encode()) * 25_000,
        "ar.txt",
        STORED,
    ),
    "mixed UTF-8 and cp1252": (
        (
            (SENTENCE + "Le président a visité Alep. ").encode()
            + "Le président a visité Alep. ".encode("cp1252")
        )
        * 3,
        "mixed.txt",
        STORED,
    ),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_is_stored_whole_or_refused_in_one_line(tmp_path, name: str) -> None:
    data, filename, expected = PATHOLOGICAL[name]
    db = connect(tmp_path / "hostile.db")
    try:
        with timed(f"ingest of {name}", data):
            result = ingest_bytes(db, data, filename, Origin(filename))
        assert check_store(db) == []  # whatever was stored is whole
        stored = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        db.conn.close()
    if expected == STORED:
        assert (result.errors, len(result.articles), stored) == ([], 1, 1)
    else:
        assert (result.errors, result.articles, stored) == ([expected], [], 0)


def test_mixed_encodings_survive_ingest(tmp_path) -> None:
    data, filename, _ = PATHOLOGICAL["mixed UTF-8 and cp1252"]
    db = connect(tmp_path / "mixed.db")
    ingest_bytes(db, data, filename, Origin(filename))
    [(text,)] = db.conn.execute("SELECT text FROM articles").fetchall()
    assert text.endswith("Le président a visité Alep. Le président a visité Alep.")


def test_pdf_pages_beyond_the_cap_are_not_read() -> None:
    data, name, _ = PATHOLOGICAL["a PDF of 2,000 pages of text"]
    document = read_bytes(data, name)
    assert document.text.count(SENTENCE.strip()) == read.MAX_PDF_PAGES * 30


def test_oversized_html_is_refused_before_any_parser_starts(monkeypatch) -> None:
    def no_parse(*args, **kwargs):
        raise AssertionError("an oversized page reached a parser")

    monkeypatch.setattr(read, "parse_isolated", no_parse)
    page = b"<html><body>" + b"<p>x</p>" * 800_000 + b"</body></html>"
    with pytest.raises(InputError, match=r"^big\.html: HTML page is 6\.1 MB, larger than 5\.0 MB$"):
        read_bytes(page, "big.html")
    with pytest.raises(InputError, match=r"^huge\.pdf: input is 20\.0 MB, larger than 20\.0 MB$"):
        read_bytes(b"%PDF-1.4\n" + bytes(read.MAX_BYTES), "huge.pdf")


def test_a_parse_that_runs_too_long_is_killed(monkeypatch) -> None:
    monkeypatch.setattr(read, "PARSE_SECONDS", 1.0)
    with pytest.raises(
        InputError,
        match=r"^slow\.html: the HTML page took longer than 1 s to "
        r"read, so it was not added$",
    ):
        read_bytes(SLOW_HTML, "slow.html")


def test_a_parse_that_needs_too_much_memory_is_stopped(monkeypatch) -> None:
    # A parser that asks for 2 GB at once, under the real child and its real limit.
    monkeypatch.setattr(
        isolation,
        "CHILD",
        "import text.isolation as i; i.read_html = lambda *a: bytearray(2 << 30); i.parse_child()",
    )
    with pytest.raises(
        InputError,
        match=r"^page\.html: the HTML page needs more memory than "
        r"allowed to read, so it was not added$",
    ):
        read_bytes(b"<html><body><p>Words.</p></body></html>", "page.html")


def test_a_real_parse_under_a_small_memory_limit_fails_in_one_line(monkeypatch) -> None:
    monkeypatch.setattr(read, "PARSE_MEMORY", 64 * 1024 * 1024)
    with pytest.raises(InputError, match=r"^slow\.html: [^\n]+$"):
        read_bytes(SLOW_HTML, "slow.html")


def test_a_parser_that_crashes_is_one_line(monkeypatch) -> None:
    monkeypatch.setattr(isolation, "CHILD", "import os; os.abort()")
    with pytest.raises(
        InputError,
        match=r"^page\.html: the HTML page could not be read \(the "
        r"parser ran out of memory or crashed\)$",
    ):
        read_bytes(b"<html><body><p>Words.</p></body></html>", "page.html")


def test_a_parser_cannot_smuggle_anything_but_json(monkeypatch) -> None:
    monkeypatch.setattr(
        isolation, "CHILD", "import sys, pickle; sys.stdout.buffer.write(pickle.dumps(print))"
    )
    with pytest.raises(InputError, match=r"could not be read"):
        read_bytes(b"<html><body><p>Words.</p></body></html>", "page.html")


# ----------------------------------------------------------------------------- encodings


def test_mostly_utf8_with_stray_cp1252_keeps_both() -> None:
    data = (
        "Die Kämpfe um Rakka dauern an. ".encode()
        + "Über 200 Häuser wurden zerstört, sagte der “Sprecher”. ".encode("cp1252")
    ) * 40
    text = read_bytes(data, "mixed.txt").text
    assert text.startswith(
        "Die Kämpfe um Rakka dauern an. Über 200 Häuser wurden zerstört, "
        "sagte der “Sprecher”. Die Kämpfe"
    )
    assert "\ufffd" not in text


def test_a_wholly_legacy_file_is_still_detected() -> None:
    data = ("Le président a visité Alep après l'été. " * 40).encode("cp1252")
    assert read_bytes(data, "depeche.txt").text.startswith("Le président a visité Alep après")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    text = "Kurdish-led forces entered Raqqa’s old city on Tuesday. " * 20
    assert read_bytes(text.encode(encoding), "export.txt").text == text


def test_binary_with_nuls_is_still_refused() -> None:
    noise = bytes((i * 37) % 7 and (i * 91) % 256 for i in range(6000))
    with pytest.raises(InputError, match=r"^blob\.txt: binary data, not text, HTML or PDF$"):
        read_bytes(noise, "blob.txt")
