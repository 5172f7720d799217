"""Names found in text that are page furniture, run-on text or markup, never an actor (the
"junk" lists of discovery.json)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from extract.actors.work import ALIAS_WORD
from extract.lexicon import data, lexicon
from extract.name_tokens import fold


@cache
def _junk_rules() -> dict[str, Any]:
    junk = dict(data("discovery.json")["junk"])
    for name in ("words", "number_words", "weekdays_months", "edge_words", "plural_nouns"):
        junk[name] = frozenset(junk[name])
    junk["phrases"] = tuple(junk["phrases"])
    return junk


@cache
def peoples() -> frozenset[str]:
    """Folded words naming a people or a religious community (discovery.json's "peoples",
    plurals and the rest): they qualify a name and end none."""
    spec = data("discovery.json")["peoples"]
    return frozenset(fold(w) for w in (*spec["plural"], *spec["singular"]))


@cache
def peoples_plural() -> frozenset[str]:
    """The plurals of peoples(): "kurds", "sunnis", no distinctive word of a name."""
    return frozenset(fold(w) for w in data("discovery.json")["peoples"]["plural"])


# Remembered across articles: the same discovered names ("Reuters", a spokesman quoted week
# after week) come back, and the answer depends on nothing but the arguments and the word
# lists, which are read once.
@lru_cache(maxsize=16384)
def junk_name(name: str, kind: str, acronyms: frozenset[str] = frozenset()) -> bool:
    """A name found in text that is page furniture, run-on text or markup (see "junk" in
    discovery.json), never an actor."""
    junk = _junk_rules()
    raw = ALIAS_WORD.findall(name)
    words = [fold(w) for w in raw]
    if not words:
        return True
    phrase = " ".join(words)
    limit = junk["max_person_words"] if kind == "person" else junk["max_words"]
    shouted = sum(
        1
        for w, f in zip(raw, words, strict=True)
        if len(w) >= 3 and w.isupper() and f not in acronyms
    )
    if kind == "person":
        r = lexicon()
        # "Speaker Iraqi", "Nassir Abdulaziz al-Nasser Troops": a title, a demonym or a common
        # noun inside a person's name is run-on text
        # "Bashar al Assads Alawite": a people's name in it is run-on text too
        if any(w in r.title_words or w in r.demonyms or w in peoples() for w in words) or (
            words[-1] in r.org_heads
            or words[-1] in r.not_names
            or words[-1] in junk["plural_nouns"]
        ):
            return True
        # "Ras Lanuf", "Deir Ezzor", "Hong Kong": a town before "said" or an appositive is
        # found like a person; the place's own name of two words or more is that place
        if _place_over_person(name):
            return True
    return (
        len(words) > limit
        or shouted >= 2
        or any(w in junk["words"] for w in words)
        or any(p in phrase for p in junk["phrases"])
        or any(w in junk["weekdays_months"] for w in words[1:])
        or words[-1] in junk["number_words"]
        or words[-1] in junk["edge_words"]
        or (words[0] in junk["edge_words"] and words[0] != "the")
    )


def _place_over_person(name: str) -> bool:
    from extract.place_lookup import place_over_person  # here: the gazetteer loads on first use

    return place_over_person(name)
