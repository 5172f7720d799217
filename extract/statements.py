"""Whether a sentence states a relation as a current fact: negation, conditionals and threats,
past ("former", "one-time") and attributed claims ("X claimed ..."), agency credits, reader
comments and shouting. The cue words live in relations_patterns.json ("filters")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.actors import ActorMention
from text.data import json_file


@dataclass(frozen=True)
class Filters:
    """Cue words that make a matched statement no current fact, and the nouns after an object
    that make it a modifier ("US-backed UN draft resolutions" backs a draft, not the UN)."""

    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    former: re.Pattern[str]
    claimed: re.Pattern[str]
    modifier_heads: frozenset[str]
    state_offices: frozenset[str]  # titles only a state or its government has
    opponent_heads: frozenset[str]  # "rebels" after a state's name: they, not the state


def _cue_regex(words: list[str]) -> re.Pattern[str]:
    parts = []
    for word in words:
        escaped = re.escape(word).replace("'", "['’]")
        if word.startswith("n'"):
            parts.append(escaped + r"\b")  # "isn't", "don't": glued to the word before
        elif word.endswith("-"):
            parts.append(r"\b" + escaped)  # "ex-", "then-"
        else:
            parts.append(r"\b" + escaped + r"\b")
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def filters() -> Filters:
    data = json_file("extract", "relations_patterns.json")
    cues = data["filters"]
    return Filters(
        _cue_regex(cues["negation"]),
        _cue_regex(cues["hypothetical"]),
        _cue_regex(cues["former"]),
        _cue_regex(cues["claimed"]),
        frozenset(data["modifier_heads"]),
        frozenset(data["state_offices"]),
        frozenset(data["opponent_heads"]),
    )


# A reader's comment under an article ("March 22, 2011 at 5:45 am | Reply"), whatever cleaning
# left of it, is no evidence.
# ... and page furniture: a list of tags, bulleted summary lines ("\* Tripoli calls it ...")
_COMMENT = re.compile(r"\|\s*Reply\b|^\s*Reply\b|^\W*Tags\b|\\\*|(?:^|\s)\*\s")
_COMMENT_MARKS = ("|", "*", "Reply", "Tags")  # case-sensitive, as the pattern is


def _shouted(sentence: str) -> bool:
    """Mostly capital letters: a headline or a shouting comment, not a stated fact."""
    if sentence.isascii():  # nearly all: letters and capitals counted by deleting them, in C
        ascii_bytes = sentence.encode("ascii")
        letters = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))
        if letters < 20:
            return False
        capitals = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_CAPITALS))
        return capitals > 0.6 * letters
    letters = sum(map(str.isalpha, sentence))
    return letters >= 20 and sum(map(str.isupper, sentence)) > 0.6 * letters


# An ASCII character is a letter (str.isalpha) or a capital (str.isupper) exactly when it is one
# of these.
_ASCII_CAPITALS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LETTERS = _ASCII_CAPITALS + _ASCII_CAPITALS.lower()


def not_a_fact(text: str, sentence: tuple[int, int], first: int, last: int) -> bool:
    """True if the clause from the nearest , ; : before offset `first` to offset `last` says the
    relation is negated, hypothetical, past or someone's claim."""
    start = max(sentence[0], first - 80)
    cut = max(text.rfind(mark, start, first) for mark in ",;:")
    window = text[max(start, cut + 1) : last]
    f = filters()
    return any(regex.search(window) for regex in (f.negation, f.hypothetical, f.former, f.claimed))


def evidence_ok(text: str, sentence: tuple[int, int]) -> bool:
    body = text[sentence[0] : sentence[1]]
    return not _comment(body) and not _shouted(body)


def _comment(body: str) -> bool:
    # Every match of _COMMENT holds one of its marks (a test reads the pattern's required words
    # to keep it so): a few substring tests rule out nearly every sentence, where the pattern
    # would be tried at each of its positions.
    return any(mark in body for mark in _COMMENT_MARKS) and _COMMENT.search(body) is not None


def modifier_after(text: str, mention: ActorMention) -> bool:
    """The mention qualifies the noun after it: "UN draft resolutions", "U.N. Security Council
    resolution" (the resolution is backed, not the body)."""
    match = _NEXT_WORD.match(text, mention.end)
    return match is not None and match.group(1).lower() in filters().modifier_heads


_NEXT_WORD = re.compile(r"[\s’'s]*([A-Za-z-]+)")


def names_its_opponents(text: str, mention: ActorMention) -> bool:
    """A state's name qualifies those who rise against it: "Libya rebels", "Syria opposition"
    (relations_patterns.json's opponent_heads)."""
    if mention.actor.kind != "state":
        return False
    match = _NEXT_WORD.match(text, mention.end)
    return match is not None and match.group(1).lower() in filters().opponent_heads


def media_ok(predicate: str, subject: ActorMention, obj: ActorMention) -> bool:
    """A news outlet is a source, not a party: "SANA" or "Press TV" next to a group is a credit.
    The one relation kept is an outlet's own affiliation ("the ISIS-affiliated Amaq agency")."""
    if obj.actor.kind == "media":
        return False
    return subject.actor.kind != "media" or predicate == "aligned_with"
