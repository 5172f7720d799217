"""The parse child: the same document as a parse in this process, and one line for a child that
runs too long, crashes or answers with anything but JSON (tests/robust/test_hostile_input.py
tries real parser bombs)."""

from pathlib import Path

import pytest

from text import isolation
from text.document import InputError
from text.parsers import ParseLimits, read_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LIMITS = ParseLimits(max_pdf_pages=500, max_chars=2_000_000, seconds=60.0, memory=1 << 30)
PAGE = (FIXTURES / "page.html").read_bytes()


def test_the_child_reads_what_this_process_reads():
    assert isolation.parse_isolated("html", PAGE, "page.html", LIMITS) == read_html(
        PAGE, "page.html", LIMITS
    )


def test_a_child_past_its_time_is_killed(monkeypatch):
    monkeypatch.setattr(isolation, "CHILD", "import time; time.sleep(30)")
    with pytest.raises(InputError, match=r"^p\.html: the HTML page took longer than 0\.5 s"):
        isolation.parse_isolated("html", PAGE, "p.html", ParseLimits(500, 100, 0.5, 1 << 30))


def test_a_child_that_crashes_or_answers_nonsense_is_one_line(monkeypatch):
    for child in ("import os; os.abort()", "print('not json')"):
        monkeypatch.setattr(isolation, "CHILD", child)
        with pytest.raises(InputError, match=r"^p\.pdf: the PDF could not be read \(the parser"):
            isolation.parse_isolated("pdf", b"%PDF-1.4", "p.pdf", LIMITS)
