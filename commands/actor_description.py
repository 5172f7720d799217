"""What an actor is, in a phrase: the catalogue's reviewed description, else an appositive or a
definition on the actor's own mention that several articles agree on ("the SDF, a Kurdish-led
alliance"), else none. No description is better than a wrong one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from commands.citations import Citation
from store import entities
from store.articles import Viewer
from text.tokens import fold

if TYPE_CHECKING:
    import sqlite_utils

DESCRIPTION_SENTENCES = 300


def description_of(
    db: sqlite_utils.Database,
    key: str | None,
    actor_id: int,
    names: list[str],
    viewer: Viewer,
    citations: Mapping[int, Citation],
) -> tuple[str | None, Citation | None]:
    """The catalogue's description (reviewed and sourced) of a catalogued actor; else one the
    text agrees on, with the article it is cited from."""
    if key:
        from extract.actors import load_catalogue

        described = getattr(load_catalogue().get(key), "description", None)
        if described is not None:
            return described, None
    return describe(db, actor_id, names, viewer, citations)


# An appositive or a definition right after a name: "Boko Haram, Africa's most dreaded terror
# outfit," / "the SDF, a broad military coalition ...," / "Hamo is the commander of ...".
_APPOSITIVE = re.compile(
    r"^\s*(?:\([^)]{1,60}\))?\s*,\s*((?:a|an|the|[A-Z][\w’'-]*(?:’s|'s))\s[^,.;:()“”\"]{4,140}?)\s*[,.;]"
)
_PLACE_COMMA = re.compile(r"[A-Z][\w’'-]+,\s*$")
_SUBJECT_START = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_DEFINITION = re.compile(
    r"^\s*(?:\([^)]{1,60}\))?\s+(?:is|was|are|were)\s+((?:a|an|the)\s[^,.;:()“”\"]{4,140}?)\s*[,.;]"
)


# A clause, not a noun phrase: "from ISIS, the US strategists were forced to ..." is no appositive.
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|"
    r"says|should|must|may|might)\b",
    re.IGNORECASE,
)


def _reads_like_a_description(phrase: str) -> bool:
    words = phrase.split()
    if not 3 <= len(words) <= 16 or _FINITE_VERB.search(phrase):
        return False
    # "the World Bank" in a list of names is another name; "former head of the U" was cut at
    # an abbreviation's dot
    return not (
        all(w[:1].isupper() for w in words[1:]) or (len(words[-1]) == 1 and words[-1].isupper())
    )


def describe(
    db: sqlite_utils.Database,
    actor_id: int,
    names: list[str],
    viewer: Viewer,
    citations: Mapping[int, Citation],
) -> tuple[str | None, Citation | None]:
    """The first appositive or definition on the actor's own mention that AGREEING articles
    give (the same first words), with the first article giving it; None when no description is
    agreed on. One article's phrase is often about someone else ("Saif al-Islam Gadhafi, a son
    of Moammar Gadhafi") or no description at all."""
    folded_names = sorted({fold(n).lower() for n in names if len(n) > 1}, key=len, reverse=True)
    groups: dict[str, list[tuple[str, int]]] = {}
    for article_id, _, _, sentence in entities.mention_sentences(
        db, actor_id, viewer, DESCRIPTION_SENTENCES
    ):
        phrase = _description_in(sentence, folded_names)
        if phrase is not None:
            group = groups.setdefault(_gist(phrase), [])
            group.append((phrase, article_id))
            if len({article for _, article in group}) >= AGREEING:
                break  # the first description enough articles agree on
    best = None
    for found in groups.values():
        support = len({article for _, article in found})
        if support >= AGREEING and (best is None or support > best[0]):
            best = (support, found)
    if best is None:
        return None, None
    phrase, article_id = min(best[1], key=lambda f: (len(f[0]), f[1]))
    return phrase, citations[article_id]


AGREEING = 2
_DETERMINERS = frozenset({"a", "an", "the"})


def _gist(phrase: str) -> str:
    """The first two words after a determiner: "a Kurdish-led alliance of militias" and "the
    Kurdish-led alliance" agree."""
    words = [w for w in re.findall(r"[\w’'-]+", fold(phrase).lower()) if w not in _DETERMINERS]
    return " ".join(words[:2])


def _description_in(sentence: str, folded_names: list[str]) -> str | None:
    folded = fold(sentence).lower()
    for name in folded_names:
        at = folded.find(name)
        while at >= 0:
            phrase = _phrase_after(sentence, at, at + len(name))
            if phrase and not any(n in fold(phrase).lower() for n in folded_names):
                return phrase
            at = folded.find(name, at + 1)
    return None


def _phrase_after(sentence: str, at: int, end: int) -> str | None:
    before = sentence[:at]
    # the actor's own mention: not the end of a longer name ("Saif al-Islam Gadhafi") nor the
    # start of one ("Assad's"), and not "Sochi, Russia, a favourite venue"
    if _LONGER_NAME.search(before) or _PLACE_COMMA.search(before):
        return None
    if end < len(sentence) and (sentence[end].isalnum() or sentence[end] in "-’'"):
        return None
    rest = sentence[end:]
    match = _APPOSITIVE.match(rest)
    # "X is a ..." defines X only when X is the subject, not in "enfeebling X is ...".
    if not match and _SUBJECT_START.match(before):
        match = _DEFINITION.match(rest)
    if match and _reads_like_a_description(match.group(1)):
        return match.group(1).strip()
    return None


# A capitalised word glued to the mention, other than a title ("President Assad, ...")
_LONGER_NAME = re.compile(
    r"(?<![.!?]\s)\b(?!(?:President|Prime|Minister|King|General|Gen|Colonel|Col|Dr|Mr|Mrs|Ms|"
    r"Sheikh|Emir|Leader|The|the)\b)[A-Z][\w’'-]*[ -]$"
)
