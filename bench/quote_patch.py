"""`quote`'s candidate search, ranking and kept terms replaced by a variant's for a block, the
originals put back after it even when the block fails: the variant scripts that try ways of
`quote` in one process (quote_leaning_variants.py, quote_window_variants.py) leave the next
way, and the default measured beside them, running on the code as it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def patched_quote(candidates: Any, ranked: Any, kept_terms: Any) -> Iterator[None]:
    """`quote._candidates`, `quote._ranked` and `quote._kept_terms` set to these inside the
    block."""
    from commands import quote

    saved = quote._candidates, quote._ranked, quote._kept_terms
    quote._candidates, quote._ranked, quote._kept_terms = candidates, ranked, kept_terms
    try:
        yield
    finally:
        quote._candidates, quote._ranked, quote._kept_terms = saved
