"""The parsers called in this process, without the child that runs them in production
(text.isolation): what they read and the one line they fail with."""

from pathlib import Path

import pytest

from text.document import InputError
from text.parsers import ParseLimits, read_html, read_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LIMITS = ParseLimits(max_pdf_pages=500, max_chars=2_000_000, seconds=60.0, memory=1 << 30)


def test_html_main_text_and_metadata():
    doc = read_html((FIXTURES / "page.html").read_bytes(), "page.html", LIMITS)
    assert doc.kind == "html" and doc.origin == "page.html"
    assert doc.title and doc.text.strip()


def test_html_without_article_text_is_one_line():
    with pytest.raises(InputError, match=r"^nav\.html: no article text found in the HTML page$"):
        read_html(
            b"<html><head><title>Menu</title></head><body> </body></html>", "nav.html", LIMITS
        )


def test_pdf_text_layer_metadata_and_caps():
    data = (FIXTURES / "column.pdf").read_bytes()
    doc = read_pdf(data, "column.pdf", LIMITS)
    assert (doc.kind, doc.title, doc.author, doc.published) == (
        "pdf",
        "Raqqa offensive enters the old city",
        "Dana Haddad",
        "2017-06-14",
    )
    capped = read_pdf(data, "column.pdf", ParseLimits(500, 40, 60.0, 1 << 30))
    assert len(capped.text) == 40


def test_broken_pdfs_are_one_line():
    with pytest.raises(InputError, match=r"^t\.pdf: PDF is corrupt or truncated"):
        read_pdf((FIXTURES / "truncated.pdf").read_bytes(), "t.pdf", LIMITS)
    with pytest.raises(InputError, match=r"^s\.pdf: PDF has no text layer"):
        read_pdf((FIXTURES / "scan.pdf").read_bytes(), "s.pdf", LIMITS)
