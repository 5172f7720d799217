"""The HTML and PDF parsers: trafilatura for a page's main text and metadata, pypdf for a PDF's
text layer and info dictionary. They run only inside the parse child (text.isolation), under
its limits, and turn every failure into an InputError of one line."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

from text.document import Document, InputError

_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_FILENAME_TITLE = re.compile(
    r"\.(?:docx?|pdf|indd|qxd|rtf|odt|pages|txt)$|^(?:untitled|microsoft word\b)", re.IGNORECASE
)

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-PDF chatter is not user-facing


@dataclass(frozen=True)
class ParseLimits:
    """Read from text.read's settings when a parse starts, and handed to the child with it."""

    max_pdf_pages: int
    max_chars: int
    seconds: float
    memory: int


def read_html(data: bytes, name: str, limits: ParseLimits) -> Document:
    """Runs in the parse child (text.isolation.parse_isolated)."""
    from lxml import etree
    from trafilatura import bare_extraction

    try:
        result = bare_extraction(
            data,
            url=name if name.startswith(("http://", "https://")) else None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Dates from metadata only: no guessing from the body text, the original
            # publication date rather than a modification date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (RecursionError, etree.LxmlError, ValueError, TypeError, MemoryError) as err:
        raise InputError(f"{name}: HTML could not be parsed ({type(err).__name__})") from None
    # as_dict is left False, so a result is trafilatura's Document (a dict is for as_dict=True).
    if result is None or isinstance(result, dict) or not (result.text or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    text = (result.text or "")[: limits.max_chars]
    return Document(
        text=text,
        origin=name,
        kind="html",
        title=_clean_meta(result.title),
        source=_clean_meta(result.sitename),
        author=_clean_meta(result.author),
        published=_iso_date(result.date),
    )


def read_pdf(data: bytes, name: str, limits: ParseLimits) -> Document:
    """Runs in the parse child (text.isolation.parse_isolated)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # What a damaged PDF makes pypdf raise (it validates little and fails in many ways).
    pdf_failures = (
        PyPdfError,
        RecursionError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        AssertionError,
        OSError,
        NotImplementedError,
    )

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: PDF is password-protected")
        pages = reader.pages
        page_count = len(pages)
    except InputError:
        raise
    except pdf_failures as err:
        raise InputError(f"{name}: PDF is corrupt or truncated ({type(err).__name__})") from None
    if page_count == 0:
        raise InputError(f"{name}: PDF has no pages")
    texts: list[str] = []
    total = 0
    failures = 0
    for index in range(min(page_count, limits.max_pdf_pages)):
        try:
            page_text = pages[index].extract_text() or ""
        except (*pdf_failures, ZeroDivisionError):
            failures += 1  # one broken page should not cost the rest of the document
            continue
        texts.append(page_text)
        total += len(page_text)
        if total >= limits.max_chars:
            break
    text = "\n\n".join(texts)[: limits.max_chars]
    if not text.strip():
        if failures:
            raise InputError(f"{name}: PDF is corrupt or truncated (no page could be read)")
        raise InputError(f"{name}: PDF has no text layer (a scan? run OCR first)")
    title, author, published = _pdf_metadata(reader)
    return Document(
        text=text, origin=name, kind="pdf", title=title, author=author, published=published
    )


def _pdf_metadata(reader: object) -> tuple[str | None, str | None, str | None]:
    try:
        info = reader.metadata  # type: ignore[attr-defined]
    except Exception:  # metadata is optional; a broken info dictionary costs only metadata
        return None, None, None
    if not info:
        return None, None, None
    title = _clean_meta(_str_or_none(info.get("/Title")))
    if title and _FILENAME_TITLE.search(title):
        title = None
    author = _clean_meta(_str_or_none(info.get("/Author")))
    created = _str_or_none(info.get("/CreationDate"))
    match = _PDF_DATE.match(created.strip()) if created else None
    published = None
    if match:
        year, month, day = match.groups()
        published = _iso_date("-".join(part for part in (year, month, day) if part))
    return title, author, published


def _str_or_none(value: object) -> str | None:
    try:
        return str(value) if value is not None else None
    except Exception:  # undecodable PDF strings
        return None


def _clean_meta(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _iso_date(value: str | None) -> str | None:
    """Keep a well-formed ISO prefix with a plausible year; anything else is no date."""
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not 1900 <= int(year) <= date.today().year + 1:
        return None
    try:
        if day:
            datetime(int(year), int(month), int(day))
            return f"{year}-{month}-{day}"
        if month:
            datetime(int(year), int(month), 1)
            return f"{year}-{month}"
    except ValueError:
        return None
    return year
