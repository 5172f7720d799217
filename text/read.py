"""Turn one input (a file, standard input, or fetched bytes) into text plus the metadata it carries.

Plain text and Markdown are decoded (UTF-8 first, then charset detection); HTML goes through
trafilatura for the main text and its metadata; PDF goes through pypdf's text layer. Inputs come
from strangers, so every parser is bounded (size, pages, characters) and every failure becomes an
InputError whose message is one line a user can act on.

HTML and PDF are parsed in a child interpreter under an address-space limit (PARSE_MEMORY) and a
CPU-time limit, killed when PARSE_SECONDS of wall-clock time have passed (text.isolation). Size
caps are checked before any of this: an input over its cap is refused without being parsed.
Plain text is decoded in-process (text.decoding); decoding is linear in the size of the input.
"""

from __future__ import annotations

import os
import re
import sys

from text.decoding import decode, refuse_binary
from text.document import Document, InputError
from text.isolation import parse_isolated
from text.parsers import ParseLimits

__all__ = ["Document", "InputError", "read_bytes", "read_path"]

MAX_BYTES = 20 * 1024 * 1024
MAX_HTML_BYTES = 5 * 1024 * 1024  # a news page is far smaller; lxml time grows with tree size
MAX_PDF_PAGES = 500
MAX_CHARS = 2_000_000  # extracted text cap, about 300k words: a book, not an article
# A news page parses in well under a second and a plain 500-page PDF in about two (richer
# layouts take longer); 400,000 tags in 4.4 MB of HTML take 37 s.
PARSE_SECONDS = 60.0
PARSE_MEMORY = 1024 * 1024 * 1024  # address space a parse may add to its process

_TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_PDF_EXTENSIONS = {".pdf"}
_TEXT_MIMETYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_HTML_MIMETYPES = {"text/html", "application/xhtml+xml"}
_PDF_MIMETYPES = {"application/pdf", "application/x-pdf"}
# Mimetypes that say nothing about the content: fall through to extension and sniffing.
_VAGUE_MIMETYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


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
        refuse_binary(data, name)
    if kind in ("pdf", "html"):
        return parse_isolated(kind, data, name, _limits())
    text = decode(data, name, charset)
    if not text.strip():  # only a byte order mark, or only Unicode spaces
        raise InputError(f"{name}: input is empty")
    return Document(text=text, origin=name, kind="text")


def _limits() -> ParseLimits:
    return ParseLimits(MAX_PDF_PAGES, MAX_CHARS, PARSE_SECONDS, PARSE_MEMORY)


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
