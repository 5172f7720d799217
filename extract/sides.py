"""Who a side in a claim is: "Islamic State militants", "IS" and "Daesh" are one side (the
actor catalogue's key); "the Syrian army" and "Bashar al-Assad" are of one side when the
catalogue affiliates them; an unknown name is itself, but a people's word ("Kurdish forces")
or a day ("Monday") is no side that can be compared."""

from __future__ import annotations

import re
from functools import cache

from extract.claim_words import key, lexicon

AFFILIATION_STEPS = 3  # Bashar al-Assad -> Syrian government -> Syria


def as_written(party: str) -> str:
    """A side as written, without the sentence's full stop or a leading "the"."""
    party = party.rstrip(".") if not re.search(r"\b[A-Z]\.[A-Z]\.$", party) else party
    return party[4:] if party.lower().startswith("the ") else party


def party_key_of(party: str) -> str:
    """The catalogue key of a side, found for the whole name or the end of it ("On Sunday
    Daesh fighters" -> islamic-state); else its class ("government", "opposition") from
    claims.json; else, for a name the catalogue does not know, "name:" and the name without
    its generic tail ("Zorvani Brigade fighters" -> "name:zorvani brigade"). "" for no side
    that can be compared: a people's word before a generic noun ("Kurdish forces" may be any
    Kurdish side), a day, a pronoun."""
    from extract.actors import load_catalogue
    from extract.lexicon import lexicon as word_lists
    from extract.name_tokens import phrase_key

    words = lexicon()
    tokens = party.split()
    tailed = len(tokens)
    while tokens and tokens[-1].lower() in words.generic_tails:
        tokens = tokens[:-1]
    whole = key(party.removeprefix("the ").removeprefix("The "))
    if whole in words.party_classes:
        return words.party_classes[whole]
    catalogue = load_catalogue()
    for first in range(len(tokens)):  # "Islamic State", else "State"? no: names of 2+ letters
        phrase = " ".join(tokens[first:])
        found = {a.actor for a in catalogue.index.get(phrase_key(phrase))}
        if len(found) == 1 and len(phrase) > 1:
            return found.pop()
    while tokens and tokens[0].lower() in words.not_names | {"the"}:
        tokens = tokens[1:]
    if any(t.lower() in words.not_names for t in tokens):
        return ""
    name = key(" ".join(tokens))
    if not name or name in word_lists().demonyms or not any(t[0].isupper() for t in tokens):
        return ""
    if len(tokens) == 1 and tailed > 1:  # "Kurdish forces", "Sunni militants": a people's word
        return ""
    return "name:" + name


@cache
def _affiliations(actor_key: str) -> frozenset[str]:
    """The actor and what the catalogue affiliates it with, AFFILIATION_STEPS deep."""
    from extract.actors import load_catalogue

    catalogue = load_catalogue()
    seen, frontier = {actor_key}, [actor_key]
    for _ in range(AFFILIATION_STEPS):
        frontier = [
            a for k in frontier for a in getattr(catalogue.get(k), "affiliations", ()) or ()
        ]
        frontier = [a for a in frontier if a not in seen]
        seen.update(frontier)
    return frozenset(seen)


def same_side(a: str, b: str) -> bool:
    """Whether two party keys may name one side: equal, or affiliated in the catalogue (the
    Syrian army and Bashar al-Assad). Unknown keys ("") never contradict anything."""
    if not a or not b or a == b:
        return True
    return bool(_affiliations(a) & _affiliations(b))
