"""The news agency a story is credited to ("BEIRUT (Reuters) -", "© AFP"), from the credit
lines of credits.json looked for at the article's two ends. Stories carrying one agency's
credit are one independent source however many outlets print them."""

from __future__ import annotations

import re
from functools import cache

from text.data import json_file


@cache
def _agencies() -> tuple[
    int, tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]
]:
    data = json_file("extract", "credits.json")

    def any_of(patterns: list[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.M) if patterns else None

    return int(data["edge_chars"]), tuple(
        (a["name"], any_of(a["head"]), any_of(a["tail"])) for a in data["agencies"]
    )


def edge_chars() -> int:
    """How many characters at each end of an article a credit is looked for in."""
    return _agencies()[0]


def wire_credit(head: str, tail: str) -> str | None:
    """The agency credited by an article whose first and last edge_chars() characters are
    head and tail; None when it carries no agency credit."""
    for name, at_head, at_tail in _agencies()[1]:
        if (at_head and at_head.search(head)) or (at_tail and at_tail.search(tail)):
            return name
    return None
