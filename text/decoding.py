"""Bytes of a plain-text input to text: byte order marks, UTF-16 without one, UTF-8, a declared
charset, mostly-UTF-8 with stray legacy bytes, and last charset detection; binary data (images,
archives, programs, noise) refused with a name for what it is. Linear in the size of the input,
so it runs in-process."""

from __future__ import annotations

import re

from text.document import InputError

_LEGACY_FALLBACK = "cp1252"  # what a few stray non-UTF-8 bytes in news text most often are

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


def refuse_binary(data: bytes, name: str) -> None:
    """Refuse a format people upload by mistake, naming it."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text, HTML or PDF")


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes to text: BOMs, UTF-16 without one, then UTF-8, a declared charset, mostly-UTF-8
    with stray legacy bytes, and last charset detection."""
    refuse_binary(data, name)
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
