"""Text in Penn Treebank tokenization, restored to ordinary text before any other cleaning.

Research corpora and some feeds deliver articles tokenized: "Assad 's forces", "-LRB- AP -RRB-",
"`` terrorists ''", "do n't", a space before every comma and full stop. Left so, the tokens leak
into names ("Moammar -RRB- Gadhafi") and quotes. Bracket tokens are unambiguous and always
restored; the other rules, which would harm ordinary text ("a ' quote"), only run when the text
is visibly tokenized. The rules are data (text/ptb_rules.txt), each with an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text.data import text_lines
from text.pattern_source import alternation_at_top

MIN_SPACED_MARKS = 3  # fewer spaced commas and stops say nothing about a tokenizer
_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")
_SIGNATURE = re.compile(r"``| ''| n't\b| '[sdm]\b")


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    replacement: str
    examples: tuple[tuple[str, str], ...]
    # the characters every match starts with (see literal_start); "" when none is known
    opening: str = ""


@cache
def rules() -> tuple[Rule, ...]:
    parsed: list[tuple[str, str, list[tuple[str, str]]]] = []
    for line in text_lines("text", "ptb_rules.txt"):
        if line.startswith("e.g. "):
            before, _, after = line[5:].partition(" => ")
            parsed[-1][2].append((before, after))
            continue
        pattern, _, replacement = line.partition(" =>")
        parsed.append((pattern, replacement.removeprefix(" "), []))
    return tuple(Rule(re.compile(p), r, tuple(e), literal_start(p)) for p, r, e in parsed)


_META = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("*+?{")


def literal_start(pattern: str) -> str:
    """The characters every match of pattern starts with: its leading run of plain characters
    and escaped punctuation, less a last character a quantifier follows ("-LRB- ?" starts with
    "-LRB-"). "" for a pattern with an alternation at its top level, whose branches may start
    otherwise; an alternation inside a group comes after the leading run (" ,(?=\\s|$)"
    starts with " ,")."""
    if alternation_at_top(pattern):
        return ""
    start, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern) and not pattern[index + 1].isalnum():
            start.append(pattern[index + 1])
            index += 2
        elif char in _META:
            break
        else:
            start.append(char)
            index += 1
    if start and pattern[index : index + 1] in _QUANTIFIERS:
        start.pop()
    return "".join(start)


def is_tokenized(text: str) -> bool:
    """Commas and full stops set off by spaces more often than glued on, or the quote and
    clitic tokens only a tokenizer writes."""
    # str.count, not a pattern: this runs on every text (0.8 -> 0.02 ms per article).
    spaced = text.count(" , ") + text.count(" . ") + text.count(" .\n")
    glued = text.count(", ") + text.count(". ") + text.count(".\n") - spaced
    if spaced >= MIN_SPACED_MARKS and spaced > glued:
        return True
    return len(_SIGNATURE.findall(text)) >= MIN_SPACED_MARKS


def restore(text: str) -> str:
    """The text with tokenization undone where it is detected; otherwise unchanged (bracket
    tokens apart, which no ordinary text contains)."""
    brackets = "-" in text and _BRACKET_TOKEN.search(text) is not None
    if (
        not brackets
        and "'" not in text
        and "`" not in text
        and " ," not in text
        and " ." not in text
    ):
        return text
    if is_tokenized(text):
        return _apply(text, rules())
    if brackets:
        return _apply(text, _bracket_rules())
    return text


@cache
def _bracket_rules() -> tuple[Rule, ...]:
    return tuple(r for r in rules() if _BRACKET_TOKEN.search(r.pattern.pattern))


def _apply(text: str, chain: tuple[Rule, ...]) -> str:
    for rule in chain:
        # A rule whose opening characters the text lacks cannot match: a substring test (a
        # fast scan) spares the pattern's search, slow for an opening as common as a space
        # followed by a rare token (" -RSB-"): most rules change nothing in most texts.
        if len(rule.opening) < 2 or rule.opening in text:
            text = rule.pattern.sub(rule.replacement, text)
    return text
