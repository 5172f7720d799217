"""One input decoded to text, and the one-line error for an input that cannot be."""

from __future__ import annotations

from dataclasses import dataclass


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
