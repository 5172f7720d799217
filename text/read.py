"""Turn one input (a file, standard input, or fetched bytes) into text plus the metadata it carries.

Plain text and Markdown are decoded (UTF-8 first, then charset detection); HTML goes through
trafilatura for the main text and its metadata; PDF goes through pypdf's text layer. Inputs come
from strangers, so every parser is bounded (size, pages, characters) and every failure becomes an
InputError whose message is one line a user can act on.

HTML and PDF parsers are large C and Python code bases fed hostile bytes: a page of nested tags
or a PDF stream that inflates to gigabytes can take minutes or all memory, and C code cannot be
interrupted from a thread. So each HTML or PDF parse runs in a child interpreter under an
address-space limit (PARSE_MEMORY) and a CPU-time limit, and the caller kills it when
PARSE_SECONDS of wall-clock time have passed (see _parse_isolated). Size caps are checked before
any of this: an input over its cap is refused without being parsed. Plain text is decoded
in-process; decoding is linear in the size of the input.
"""

from __future__ import annotations

import io
import json
import logging
import math
import os
import re
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
MAX_HTML_BYTES = 5 * 1024 * 1024  # a news page is far smaller; lxml time grows with tree size
MAX_PDF_PAGES = 500
MAX_CHARS = 2_000_000  # extracted text cap, about 300k words: a book, not an article
# A news page parses in well under a second and a plain 500-page PDF in about two (richer
# layouts take longer); 400,000 tags in 4.4 MB of HTML take 37 s.
PARSE_SECONDS = 60.0
PARSE_MEMORY = 1024 * 1024 * 1024  # address space a parse may add to its process
_WHAT = {"pdf": "PDF", "html": "HTML page"}
_LEGACY_FALLBACK = "cp1252"  # what a few stray non-UTF-8 bytes in news text most often are

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
        raise InputError(
            f"{name}: input is {_megabytes(len(data))}, larger than {_megabytes(MAX_BYTES)}"
        )
    if not data.strip():
        raise InputError(f"{name}: input is empty")
    kind, charset = _kind(data, name, mimetype)
    if kind == "html":
        if len(data) > MAX_HTML_BYTES:
            raise InputError(
                f"{name}: HTML page is {_megabytes(len(data))}, larger than "
                f"{_megabytes(MAX_HTML_BYTES)}"
            )
        _refuse_binary(data, name)
    if kind in ("pdf", "html"):
        return _parse_isolated(kind, data, name, _limits())
    text = _decode(data, name, charset)
    if not text.strip():  # only a byte order mark, or only Unicode spaces
        raise InputError(f"{name}: input is empty")
    return Document(text=text, origin=name, kind="text")


# ----------------------------------------------------------------------------- isolation


@dataclass(frozen=True)
class _Limits:
    """Read from the module settings when a parse starts, and handed to the child with it."""

    max_pdf_pages: int
    max_chars: int
    seconds: float
    memory: int


def _limits() -> _Limits:
    return _Limits(MAX_PDF_PAGES, MAX_CHARS, PARSE_SECONDS, PARSE_MEMORY)


_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
_CHILD = "from text.read import _parse_child; _parse_child()"
# Each parse may take PARSE_MEMORY; the bot may be parsing several uploads at once.
_parse_slots = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))


def _parse_isolated(kind: str, data: bytes, name: str, limits: _Limits) -> Document:
    """Parse HTML or PDF in a fresh interpreter under time and memory limits.

    A fresh interpreter rather than a fork: the caller may be the multi-threaded bot (forking
    it can deadlock the child on a lock another thread held) and it needs no cooperation from
    the caller's main module, unlike multiprocessing. It costs an interpreter start and the
    parser's import, about 0.35 s for HTML and 0.2 s for PDF. The answer comes back as JSON,
    never pickle, so even a parser subverted by its input cannot run code in this process.
    """
    what = _WHAT[kind]
    header = json.dumps({"kind": kind, "name": name, **asdict(limits)}).encode() + b"\n"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (_PROJECT_ROOT, os.environ.get("PYTHONPATH")))),
    }
    with _parse_slots:
        try:
            done = subprocess.run(
                [sys.executable, "-c", _CHILD],
                input=header + data,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                timeout=limits.seconds,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise InputError(
                f"{name}: the {what} took longer than {limits.seconds:g} s to "
                "read, so it was not added"
            ) from None
        except OSError as err:
            raise InputError(
                f"{name}: the {what} parser could not start ({err.strerror or err})"
            ) from None
    try:
        outcome = json.loads(done.stdout)
        error = outcome.get("error")
        document = None if error else Document(**outcome["document"])
    except (ValueError, TypeError, KeyError, AttributeError):
        error = f"{name}: the {what} could not be read (the parser ran out of memory or crashed)"
    if error or document is None:
        raise InputError(str(error))
    return document


def _parse_child() -> None:
    """The child's side: a JSON header line and the input on stdin, one JSON answer on stdout.
    Parsers may print; that goes to stderr (discarded), never into the answer."""
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    header = json.loads(sys.stdin.buffer.readline())
    data = sys.stdin.buffer.read()
    kind, name = header.pop("kind"), header.pop("name")
    limits = _Limits(**header)
    what = _WHAT[kind]
    if kind == "pdf":  # imported before the limits, which are for the parse alone
        import pypdf  # noqa: F401
    else:
        import trafilatura  # noqa: F401
    _confine(limits)
    try:
        parse = _read_pdf if kind == "pdf" else _read_html
        outcome: dict[str, object] = {"document": asdict(parse(data, name, limits))}
    except InputError as err:
        outcome = {"error": str(err)}
    except MemoryError:
        outcome = {
            "error": f"{name}: the {what} needs more memory than allowed to read, so it "
            "was not added"
        }
    except Exception as err:  # noqa: BLE001 - any parser failure on hostile bytes is the input's
        outcome = {"error": f"{name}: the {what} could not be read ({type(err).__name__})"}
    with os.fdopen(answer_fd, "wb") as answer:
        answer.write(json.dumps(outcome).encode())


def _confine(limits: _Limits) -> None:
    """Limit this (child) process: address space on top of what it maps already, and CPU time
    as a backstop should the parent die before it can kill a runaway parse."""
    import resource

    seconds = math.ceil(limits.seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        with open("/proc/self/statm") as handle:
            mapped = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        mapped = 0
    ceiling = mapped + limits.memory
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


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


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text, HTML or PDF")


def _decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes to text: BOMs, UTF-16 without one, then UTF-8, a declared charset, mostly-UTF-8
    with stray legacy bytes, and last charset detection."""
    _refuse_binary(data, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _try_decode(data, "utf-16")
    elif utf16 := _utf16_without_bom(data):
        text = _try_decode(data, utf16)
    else:
        text = _try_decode(data, "utf-8-sig")
        if text is None and charset:
            text = _try_decode(data, charset)
        if text is None:
            text = _mostly_utf8(data)
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


_STRAY_BYTES = re.compile("[\udc80-\udcff]+")  # invalid UTF-8 bytes, as surrogateescape keeps them


def _mostly_utf8(data: bytes) -> str | None:
    """Text pasted together from sources in different encodings: mostly UTF-8 with stray
    legacy characters (a cp1252 "é" or curly quote among UTF-8 text). Decoding the whole file as
    the legacy encoding would garble every UTF-8 character instead, so the valid UTF-8 is kept
    and only the invalid bytes are read as cp1252, by far the commonest source of stray bytes
    (detection on a few scattered bytes guesses wrong more often than not). A legacy file forms a
    valid multi-byte UTF-8 character only by accident (a capital letter followed by a symbol),
    so a few of them at a rate of at least one per eight invalid bytes mark a mixed file."""
    lenient = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="surrogateescape")
    runs = _STRAY_BYTES.findall(lenient)
    invalid = sum(len(run) for run in runs)
    valid = sum(1 for char in lenient if ord(char) > 127) - invalid
    if not invalid or valid < 4 or valid * 8 < invalid:
        return None
    return _STRAY_BYTES.sub(
        lambda run: run.group()
        .encode("utf-8", errors="surrogateescape")
        .decode(_LEGACY_FALLBACK, errors="replace"),
        lenient,
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly Latin text shows a NUL in every other byte; which half says the byte
    order. Other binary data has NULs scattered, not aligned."""
    sample = data[:4096]
    if len(sample) < 16 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd > 0.4 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.4 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    if b"\x00" in data[:8192]:  # NUL bytes without a UTF-16 BOM: not a text file
        return None
    matches = from_bytes(data[:262144])
    best = matches.best()
    if best is None:
        return None
    # Western single-byte encodings often tie (cp1250 reads French as well as cp1252 does
    # until "è" turns into "č"); on a tie, the commonest encoding of news text wins.
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return _try_decode(data, _LEGACY_FALLBACK if _LEGACY_FALLBACK in tied else best.encoding)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in prose and common in binary junk."""
    sample = text[:20000]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f\v")
    replacements = sample.count("\ufffd")
    return (controls + replacements) > max(2, len(sample) // 100)


def _read_html(data: bytes, name: str, limits: _Limits) -> Document:
    """Runs in the parse child (see _parse_isolated)."""
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
    text = result.text[: limits.max_chars]
    return Document(
        text=text,
        origin=name,
        kind="html",
        title=_clean_meta(result.title),
        source=_clean_meta(result.sitename),
        author=_clean_meta(result.author),
        published=_iso_date(result.date),
    )


def _read_pdf(data: bytes, name: str, limits: _Limits) -> Document:
    """Runs in the parse child (see _parse_isolated)."""
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
    except (
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
    ) as err:
        raise InputError(f"{name}: PDF is corrupt or truncated ({type(err).__name__})") from None
    if page_count == 0:
        raise InputError(f"{name}: PDF has no pages")
    texts: list[str] = []
    total = 0
    failures = 0
    for index in range(min(page_count, limits.max_pdf_pages)):
        try:
            page_text = pages[index].extract_text() or ""
        except (
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
            ZeroDivisionError,
        ):
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
