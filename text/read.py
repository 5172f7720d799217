"""Turn one input (a file, standard input, or fetched bytes) into text plus the metadata it carries.

Plain text and Markdown are decoded (UTF-8 first, then charset detection); HTML goes through
trafilatura for the main text and its metadata; PDF goes through pypdf's text layer. Inputs come
from strangers, so every parser is bounded (size, pages, characters) and every failure becomes an
InputError whose message is one line a user can act on.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime

MAX_BYTES = 20 * 1024 * 1024
MAX_HTML_BYTES = 5 * 1024 * 1024  # a news page is far smaller; lxml time grows with tree size
MAX_PDF_PAGES = 500
MAX_CHARS = 2_000_000  # extracted text cap, about 300k words: a book, not an article

_TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_PDF_EXTENSIONS = {".pdf"}
_TEXT_MIMETYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_HTML_MIMETYPES = {"text/html", "application/xhtml+xml"}
_PDF_MIMETYPES = {"application/pdf", "application/x-pdf"}
# Mimetypes that say nothing about the content: fall through to extension and sniffing.
_VAGUE_MIMETYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}

# Magic numbers of formats people commonly upload by mistake; named in the error message.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"PK\x03\x04", "a ZIP archive (a Word or other Office file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
)
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_FILENAME_TITLE = re.compile(
    r"\.(?:docx?|pdf|indd|qxd|rtf|odt|pages|txt)$|^(?:untitled|microsoft word\b)", re.IGNORECASE
)

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-PDF chatter is not user-facing


class InputError(ValueError):
    """An input that cannot be read as an article; the message is one user-facing line."""


@dataclass(frozen=True)
class Document:
    """One input decoded to text, before cleaning."""

    text: str
    origin: str
    kind: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None


def read_path(path: str) -> Document:
    """Read a file, or standard input for "-"; the size is checked before anything is read."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"stdin: input is larger than {_megabytes(MAX_BYTES)}")
        return read_bytes(data, "stdin")
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    if size > MAX_BYTES:
        raise InputError(f"{path}: file is {_megabytes(size)}, larger than {_megabytes(MAX_BYTES)}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grew since stat is still bounded
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, name: str, mimetype: str | None = None) -> Document:
    """Decode one input; name is its path, URL or "stdin" and is used in errors and for its type."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: input is {_megabytes(len(data))}, larger than "
                         f"{_megabytes(MAX_BYTES)}")
    if not data.strip():
        raise InputError(f"{name}: input is empty")
    kind, charset = _kind(data, name, mimetype)
    if kind == "pdf":
        return _read_pdf(data, name)
    if kind == "html":
        return _read_html(data, name)
    text = _decode(data, name, charset)
    return Document(text=text, origin=name, kind="text")


def _kind(data: bytes, name: str, mimetype: str | None) -> tuple[str, str | None]:
    """Type by mimetype, then extension, then the bytes themselves; also the declared charset."""
    media, charset = _parse_mimetype(mimetype)
    if media in _PDF_MIMETYPES:
        return "pdf", charset
    if media in _HTML_MIMETYPES:
        return "html", charset
    if media in _TEXT_MIMETYPES:
        return "text", charset
    if media not in _VAGUE_MIMETYPES and not media.startswith("text/"):
        raise InputError(f"{name}: unsupported type {media} (expected text, HTML or PDF)")
    extension = _extension(name)
    if extension in _PDF_EXTENSIONS:
        return "pdf", charset
    if extension in _HTML_EXTENSIONS:
        return "html", charset
    if extension in _TEXT_EXTENSIONS:
        return "text", charset
    return _sniff(data), charset


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if _HTML_SNIFF.search(data[:4096]):
        return "html"
    return "text"


def _parse_mimetype(mimetype: str | None) -> tuple[str, str | None]:
    if not mimetype:
        return "", None
    media, _, params = mimetype.partition(";")
    match = re.search(r"charset=\"?([\w.:-]+)", params, re.IGNORECASE)
    return media.strip().lower(), match.group(1) if match else None


def _extension(name: str) -> str:
    path = re.split(r"[?#]", name, maxsplit=1)[0]  # a URL's query is not part of its extension
    return os.path.splitext(path)[1].lower()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes to text: BOMs, then UTF-8, then a declared charset, then detection."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text, HTML or PDF")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _try_decode(data, "utf-16")
    else:
        text = _try_decode(data, "utf-8-sig")
        if text is None and charset:
            text = _try_decode(data, charset)
        if text is None:
            text = _detect(data)
    if text is None or _looks_binary(text):
        raise InputError(f"{name}: binary data, not text, HTML or PDF")
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    if b"\x00" in data[:8192]:  # NUL bytes without a UTF-16 BOM: not a text file
        return None
    best = from_bytes(data[:262144]).best()
    if best is None:
        return None
    return _try_decode(data, best.encoding)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in prose and common in binary junk."""
    sample = text[:20000]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f\v")
    replacements = sample.count("\ufffd")
    return (controls + replacements) > max(2, len(sample) // 100)


def _read_html(data: bytes, name: str) -> Document:
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{name}: HTML page is {_megabytes(len(data))}, larger than "
                         f"{_megabytes(MAX_HTML_BYTES)}")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text, HTML or PDF")
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
    if result is None or not (result.text or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    text = result.text[:MAX_CHARS]
    return Document(
        text=text,
        origin=name,
        kind="html",
        title=_clean_meta(result.title),
        source=_clean_meta(result.sitename),
        author=_clean_meta(result.author),
        published=_iso_date(result.date),
    )


def _read_pdf(data: bytes, name: str) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: PDF is password-protected")
        pages = reader.pages
        page_count = len(pages)
    except InputError:
        raise
    except (PyPdfError, RecursionError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, AssertionError, OSError, NotImplementedError) as err:
        raise InputError(f"{name}: PDF is corrupt or truncated ({type(err).__name__})") from None
    if page_count == 0:
        raise InputError(f"{name}: PDF has no pages")
    texts: list[str] = []
    total = 0
    failures = 0
    for index in range(min(page_count, MAX_PDF_PAGES)):
        try:
            page_text = pages[index].extract_text() or ""
        except (PyPdfError, RecursionError, ValueError, KeyError, TypeError, AttributeError,
                IndexError, AssertionError, OSError, NotImplementedError, ZeroDivisionError):
            failures += 1  # one broken page should not cost the rest of the document
            continue
        texts.append(page_text)
        total += len(page_text)
        if total >= MAX_CHARS:
            break
    text = "\n\n".join(texts)[:MAX_CHARS]
    if not text.strip():
        if failures:
            raise InputError(f"{name}: PDF is corrupt or truncated (no page could be read)")
        raise InputError(f"{name}: PDF has no text layer (a scan? run OCR first)")
    title, author, published = _pdf_metadata(reader)
    return Document(text=text, origin=name, kind="pdf", title=title, author=author,
                    published=published)


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
