"""Where a person's role is written in the text, and which title it holds: "Iraqi Prime
Minister" holds the title "prime minister" after the qualifier "Iraqi"; its head word is the
last before "of", "for", "at" ("chief U.S. economist for Capital Economics": "economist")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from extract.actors import ActorMention
from extract.lexicon import governments, lexicon
from extract.name_tokens import fold

_HEAD_STOP = re.compile(r"\s(?:of|for|at|to|in|with|on|and|from|who|which)\s|,", re.IGNORECASE)


def role_head(role: str) -> str:
    """The head word of a role: the last word before its first "of", "for", "at", ...
    ("chief U.S. economist for Capital Economics" -> "economist")."""
    stop = _HEAD_STOP.search(role)
    words = TITLE_WORDS.findall(role[: stop.start()] if stop else role)
    return fold(words[-1]) if words else ""


@lru_cache(maxsize=256)
def title_words(title: str) -> frozenset[str]:
    return frozenset(fold(w) for w in TITLE_WORDS.findall(title))


@lru_cache(maxsize=1024)
def role_title(role: str) -> tuple[Any, int]:
    """The title in a role (the first one implying a relation, else the last one seen) and
    where the words before it end: "Iraqi Prime Minister" -> (prime minister, 6)."""
    titles_index = lexicon().titles
    words = TITLE_WORDS.findall(role)
    title, qualifier_end = None, 0
    offsets = [m.start() for m in TITLE_WORDS.finditer(role)]
    folded = [fold(w) for w in words]
    for i in range(len(words)):
        for size in range(min(4, len(words) - i), 0, -1):
            found = titles_index.get(" ".join(folded[i : i + size]))
            if found:
                title, qualifier_end = found[0], offsets[i]
                break
        if title is not None and title.predicate:
            break
    return title, qualifier_end


TITLE_WORDS = re.compile(r"[^\W_]+")


def role_matches(text: str, words: list[str], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each place in text[lo:hi] where the words are written with whitespace
    between them, left to right and not overlapping: what re.finditer of the escaped words
    joined by \\s+ finds, without compiling a pattern for every role (roles are nearly all
    different: compiling was a tenth of extraction)."""
    first, rest = words[0], words[1:]
    at = text.find(first, lo, hi)
    while at != -1:
        end = at + len(first)
        for word in rest:
            gap = end
            while gap < hi and text[gap].isspace():
                gap += 1
            if gap == end or not text.startswith(word, gap, hi):
                break
            end = gap + len(word)
        else:
            yield at, end
            at = text.find(first, end, hi)
            continue
        at = text.find(first, at + 1, hi)


def role_span(text: str, person: ActorMention, role: str) -> tuple[int, int] | None:
    """Where the role is written: right before the name, or right after it (an appositive)."""
    words = role.split()
    if not words:
        return None
    before = None
    for match in role_matches(text, words, max(0, person.start - len(role) - 40), person.start):
        before = match  # the last one
    if before is not None and person.start - before[1] <= 12:
        return before
    return next(
        role_matches(text, words, person.end, min(len(text), person.end + 12 + len(role))), None
    )


def without_unmarked_possessive(role: str) -> str:
    """A role without the possessive that opens it when the source dropped its apostrophe:
    "Syrias Deputy Prime Minister" is a "Deputy Prime Minister", "Observatorys head" a "head".
    The stored role keeps the word, where the relations read whom the person speaks for."""
    first, _, rest = role.partition(" ")
    return rest if rest and _unmarked_possessive(first) else role


def _unmarked_possessive(word: str) -> bool:
    """A state's or a capital's name with an s ("Syrias", "Turkeys"), or a word that is no
    everyday word while it is one without its s ("Observatorys", "Rices"); not "Times", "Homs"
    or "Hamas"."""
    from text.spelling import is_common_word

    stem = s_stem(word)
    if stem is None:
        return False
    return state_of_stem(stem) is not None or (
        not is_common_word(fold(word).lower()) and is_common_word(stem)
    )


def s_stem(word: str) -> str | None:
    """A word with an s glued on, without it, folded ("Russias" -> "russia"); None for a word
    too short, in capitals or with no final s."""
    if len(word) < 4 or word[-1] != "s" or word.isupper():
        return None
    return fold(word[:-1]).lower()


def state_of_stem(stem: str) -> str | None:
    """The state a lower-case name stands for: a state's own ("russia") or its capital's
    ("moscow" -> "russia")."""
    return stem if stem in governments() else lexicon().capitals.get(stem)
