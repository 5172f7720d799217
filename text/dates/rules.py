"""The date rules, read from rules.txt beside this module (its header describes the format)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from text.data import text_lines

# What a rule may take into its span before the match (see spans.py).
TAKES = frozenset(
    {
        "modifier",
        "early-late",
        "approximately",
        "fiscal",
        "the-year",
        "the",
        "the-unless-hyphenated",
        "of-phrase",
    }
)


@dataclass(frozen=True)
class Example:
    published: str | None
    sentence: str
    mention: str
    value: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # over named sub-patterns, before expansion (grammar.py expands it)
    resolver: str
    title_check: bool
    takes: frozenset[str]
    examples: tuple[Example, ...]


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule of rules.txt, in the file's order (the scanner's order of preference)."""
    found: list[Rule] = []
    fields: dict[str, list[str]] = {}

    def close() -> None:
        if fields:
            found.append(_rule(fields))
            fields.clear()

    for line in text_lines("text.dates", "rules.txt"):
        if line[0].isspace():  # a continuation of the pattern
            fields["PATTERN"][-1] += line.strip()
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "RULE":
            close()
        fields.setdefault(keyword, []).append(rest.strip())
    close()
    return tuple(found)


def _rule(fields: dict[str, list[str]]) -> Rule:
    name = fields["RULE"][0]
    unknown = set(fields) - {"RULE", "PATTERN", "RESOLVER", "TITLE_CHECK", "TAKES", "EXAMPLE"}
    takes = frozenset(" ".join(fields.get("TAKES", [])).split())
    if unknown or takes - TAKES or not name.isidentifier():
        raise ValueError(f"rules.txt: rule {name!r}: unknown {sorted(unknown | (takes - TAKES))}")
    examples = []
    for line in fields.get("EXAMPLE", []):
        published, sentence, mention, value = (part.strip() for part in line.split(" | "))
        examples.append(Example(None if published == "-" else published, sentence, mention, value))
    return Rule(
        name,
        fields["PATTERN"][0],
        fields["RESOLVER"][0],
        "TITLE_CHECK" in fields,
        takes,
        tuple(examples),
    )
