"""Human words for the internal names that answers carry (relation predicates such as
"member_of", kinds such as "armed_group"): the words are data, in labels.json beside this file.
A name the file does not know yet is still shown as words ("new_kind" -> "new kind")."""

from __future__ import annotations

import functools
import json
from pathlib import Path

_FILE = Path(__file__).with_name("labels.json")


@functools.cache
def _labels() -> dict[str, dict[str, str]]:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def _words(table: str, name: object) -> str:
    text = str(name or "")
    return _labels()[table].get(text) or text.replace("_", " ").strip()


def predicate(name: object) -> str:
    """'member_of' -> 'is a member of'."""
    return _words("predicates", name)


def kind(name: object) -> str:
    """'armed_group' -> 'armed group'."""
    return _words("kinds", name)


# The kinds of feedback on an answer's item, in the order the menu shows them.
VERDICTS = ("wrong_date", "wrong_subject", "not_relevant")


def verdict(name: object) -> str:
    """'wrong_subject' -> 'Wrong actor/place'."""
    return _words("verdicts", name)
