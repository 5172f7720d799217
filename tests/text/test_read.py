import io
import sys
from pathlib import Path

import pytest

from text import read
from text.read import MAX_BYTES, Document, InputError, read_bytes, read_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_plain_text_is_decoded_as_utf8():
    doc = read_bytes("Raqqa’s old city fell on Tuesday.\n".encode(), "note.txt")
    assert doc == Document(
        text="Raqqa’s old city fell on Tuesday.\n", origin="note.txt", kind="text"
    )


def test_byte_order_mark_is_dropped():
    doc = read_bytes(b"\xef\xbb\xbfAleppo was quiet.", "bom.txt")
    assert doc.text == "Aleppo was quiet."


def test_utf16_with_bom_is_decoded():
    doc = read_bytes("Hasakeh, Qamishli and Kobane voted.".encode("utf-16"), "votes.txt")
    assert doc.text == "Hasakeh, Qamishli and Kobane voted."


def test_legacy_encoding_is_detected():
    text = (
        "Le président turc Recep Tayyip Erdoğan a rencontré Vladimir Poutine à "
        "Saint-Pétersbourg après l'échec du coup d'État. " * 4
    )
    data = text.replace("ğ", "g").encode("cp1252")
    assert b"\xe9" in data  # "é" as a single byte: not UTF-8
    doc = read_bytes(data, "depeche.txt")
    assert "président" in doc.text and "Saint-Pétersbourg" in doc.text


def test_markdown_is_text():
    doc = read_bytes(b"# Talks in Astana\n\nThe seventh round ended.", "notes.md")
    assert doc.kind == "text"


def test_empty_input_is_refused():
    with pytest.raises(InputError, match=r"^empty\.txt: input is empty$"):
        read_bytes(b"  \n\t\n", "empty.txt")


def test_png_is_refused_with_its_name():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40))
    with pytest.raises(InputError, match=r"^photo\.txt: this is a PNG image, not text"):
        read_bytes(png, "photo.txt")


def test_random_bytes_are_refused_as_binary():
    noise = bytes((i * 73 + 11) % 256 for i in range(4000))
    with pytest.raises(InputError, match=r"^blob: binary data, not text, HTML or PDF$"):
        read_bytes(noise, "blob")


def test_unsupported_mimetype_is_refused():
    with pytest.raises(InputError, match=r"^clip: unsupported type video/mp4"):
        read_bytes(b"\x00\x00\x00\x18ftypmp42", "clip", mimetype="video/mp4")


def test_oversized_input_is_refused_before_parsing(monkeypatch):
    def explode(*args, **kwargs):
        raise AssertionError("parsed an oversized input")

    monkeypatch.setattr(read, "_kind", explode)
    with pytest.raises(InputError, match=r"^big\.txt: input is 20\.0 MB, larger than 20\.0 MB$"):
        read_bytes(b"a" * (MAX_BYTES + 1), "big.txt")


def test_read_path_checks_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # a sparse file: large on stat, nothing to read
        handle.truncate(MAX_BYTES + 10)

    def no_open(*args, **kwargs):
        raise AssertionError("opened an oversized file")

    monkeypatch.setattr("builtins.open", no_open)
    with pytest.raises(InputError, match=r"huge\.txt: file is 20\.0 MB, larger than 20\.0 MB$"):
        read_path(str(path))


def test_read_path_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file$"):
        read_path(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match=r"is a directory, not a file$"):
        read_path(str(tmp_path))


def test_read_path_dash_reads_standard_input(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(b"Manbij fell last week."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    doc = read_path("-")
    assert (doc.text, doc.origin, doc.kind) == ("Manbij fell last week.", "stdin", "text")


def test_type_comes_from_mimetype_then_extension_then_bytes():
    html = b"<html><body><p>Short.</p></body></html>"
    assert read._kind(html, "page", "text/html; charset=utf-8") == ("html", "utf-8")
    assert read._kind(html, "page.txt", None) == ("text", None)
    assert read._kind(html, "https://example.org/a?id=3", None) == ("html", None)
    assert read._kind(b"%PDF-1.7\n...", "download", "application/octet-stream") == ("pdf", None)
    assert read._kind(b"plain words", "notes", None) == ("text", None)


# ----------------------------------------------------------------------------- HTML

PAGE = (FIXTURES / "page.html").read_bytes()


def test_html_main_text_and_metadata():
    doc = read_bytes(PAGE, "https://levant.example/raqqa")
    assert doc.kind == "html"
    assert doc.title == "Kurdish forces close in on Raqqa"
    assert doc.source == "Levant Monitor"
    assert doc.author == "Dana Haddad"
    assert doc.published == "2017-06-14"
    assert "laid mines along the main roads" in doc.text
    assert "Privacy" not in doc.text and "All rights reserved" not in doc.text
    assert "Skip to main content" not in doc.text


def test_html_date_is_never_guessed_from_the_text_or_the_clock():
    doc = read_bytes((FIXTURES / "nodate.html").read_bytes(), "nodate.html")
    assert "Published 7 August 2016" in doc.text  # the date is there, but only as prose
    assert doc.published is None


def test_deeply_nested_html_is_an_input_error_not_a_crash():
    deep = b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000 + b"</body></html>"
    with pytest.raises(InputError, match=r"^deep\.html: "):
        read_bytes(deep, "deep.html")


def test_oversized_html_is_refused(monkeypatch):
    monkeypatch.setattr(read, "MAX_HTML_BYTES", 1000)
    with pytest.raises(InputError, match=r"HTML page is 0\.0 MB, larger than 0\.0 MB$"):
        read_bytes(b"<html><body>" + b"<p>word</p>" * 200 + b"</body></html>", "big.html")


def test_html_without_article_text_is_refused():
    with pytest.raises(InputError, match=r"^nav\.html: no article text found in the HTML page$"):
        read_bytes(b"<html><head><title>Menu</title></head><body> </body></html>", "nav.html")


# ----------------------------------------------------------------------------- PDF


def test_pdf_text_layer_and_metadata():
    doc = read_path(str(FIXTURES / "column.pdf"))
    assert doc.kind == "pdf"
    assert doc.title == "Raqqa offensive enters the old city"
    assert doc.author == "Dana Haddad"
    assert doc.published == "2017-06-14"
    assert "city of Raqqa on Tuesday, a spokes-\nman for the alliance" in doc.text


def test_truncated_pdf_is_an_input_error():
    with pytest.raises(InputError, match=r"truncated\.pdf: PDF is corrupt or truncated"):
        read_path(str(FIXTURES / "truncated.pdf"))


def test_pdf_without_text_layer_is_an_input_error():
    with pytest.raises(InputError, match=r"scan\.pdf: PDF has no text layer"):
        read_path(str(FIXTURES / "scan.pdf"))


def test_bytes_that_only_claim_to_be_pdf_are_refused():
    with pytest.raises(InputError, match=r"^fake\.pdf: PDF is corrupt or truncated"):
        read_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n", "fake.pdf")


def test_pdf_page_cap_bounds_the_work(monkeypatch):
    monkeypatch.setattr(read, "MAX_PDF_PAGES", 0)
    with pytest.raises(InputError, match=r"PDF has no text layer"):
        read_path(str(FIXTURES / "column.pdf"))


def test_pdf_character_cap(monkeypatch):
    monkeypatch.setattr(read, "MAX_CHARS", 40)
    doc = read_path(str(FIXTURES / "column.pdf"))
    assert len(doc.text) == 40


def test_error_messages_are_one_line():
    for data, name in ((b"", "a.txt"), (b"\x89PNG\r\n", "b.txt"), (b"%PDF-1.4 junk", "c.pdf")):
        with pytest.raises(InputError) as caught:
            read_bytes(data, name)
        assert "\n" not in str(caught.value)
