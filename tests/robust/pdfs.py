"""Hand-made PDFs for hostile-input tests: valid structure, pathological content."""

from __future__ import annotations

import struct
import zlib


def build(n_pages: int, stream: bytes, flate: bool = False) -> bytes:
    """A PDF of n_pages pages that all show the same content stream (object 3)."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" * flate)
        + stream
        + b"\nendstream",
    ]
    font = (
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    )
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + font + b" /Contents 3 0 R >>"
    ] * n_pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 11 Tf 72 740 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(b"(" + escaped.encode("latin-1", errors="replace") + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def deflate_bomb(inflated_mb: int) -> bytes:
    """A zlib stream of zeros, about 1 KB per inflated megabyte, built in milliseconds.

    After a full flush a compressor forgets its history, so every further megabyte of zeros
    compresses to the same bytes: they are repeated instead of compressed. The trailer is the
    Adler-32 of n zero bytes, which is (n mod 65521) << 16 | 1.
    """
    assert inflated_mb >= 3
    compressor = zlib.compressobj(9)
    block = bytes(1 << 20)
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    middle = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(block) + compressor.flush()
    checksum = struct.pack(">I", (((inflated_mb << 20) % 65521) << 16) | 1)
    return first + middle * (inflated_mb - 2) + last[:-4] + checksum
