"""The actors a user's query may mean (`/actor Kadhafi`): exact alias, the words of a name,
another transliteration, then a fuzzy match."""

from __future__ import annotations

import sys
from collections.abc import Callable

from extract.catalogue import Actor, Catalogue
from extract.name_shapes import name_shapes
from extract.name_tokens import phrase_key
from text.spelling import name_skeleton

FUZZY_SCORE = 85.0  # rapidfuzz's ratio (0-100) a name must reach to be a misspelling of another
# The ratio a name sharing another's consonant skeleton must still reach to be another
# spelling of it: transliterations keep most letters in order ("Kadhafi" and "Gaddafi" 71,
# "Mursi" and "Morsi" 80), names that merely share consonants do not ("Biden" and "Putin" 40,
# "Kennedy" and "Canada" 31, "Nasser" and "Nusra" 55).
SPELLING_SCORE = 60.0


def _bounded_ratio(a: str, b: str, floor: float = FUZZY_SCORE) -> float:
    """rapidfuzz's fuzz.ratio(a, b), or 0 when it cannot reach `floor`. The ratio is twice
    the longest common subsequence over the summed lengths, so the shorter length and the
    letters the two share bound it; most names fail those bounds, and a lookup that needs no
    ratio spares a new process the import of rapidfuzz."""
    total = len(a) + len(b)
    if 200.0 * min(len(a), len(b)) < floor * total:
        return 0.0
    shared = sum(min(a.count(c), b.count(c)) for c in set(a))
    if 200.0 * shared < floor * total:
        return 0.0
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


def _ratio() -> Callable[..., float]:
    """fuzz.ratio itself once rapidfuzz is loaded (a long-lived process: the bounds would only
    cost it time), else the bounded ratio that loads it when a name needs it."""
    # In a server, another thread may be importing rapidfuzz right now: its module is then in
    # sys.modules before it has a ratio, and the bounded ratio's own import waits for it.
    ratio = getattr(sys.modules.get("rapidfuzz.fuzz"), "ratio", None)
    if ratio is None:
        return _bounded_ratio
    return lambda a, b, floor=FUZZY_SCORE: float(ratio(a, b))


def _names_a_kind(words: set[str]) -> bool:
    """Every word of the query names a kind of actor or a title, joined by connectors
    ("rebels", "the regime", "prime minister"): extract/discovery.json's kind_words and
    titles."""
    from extract.lexicon import lexicon

    lex = lexicon()
    content = words - lex.connectors
    return bool(content) and content <= (lex.kinds | lex.title_words)


def _capital_of(query: str, catalogue: Catalogue) -> Actor | None:
    """The state or government a capital's name stands for ("Tehran" for Iran, "Damascus" for
    the Syrian government: demonyms.json's capitals), when the catalogue has it."""
    from extract.lexicon import lexicon

    key = lexicon().capitals.get(query)
    return catalogue.actors.get(key) if key else None


def lookup_actor(
    name: str, catalogue: Catalogue, names_a_place: Callable[[str], bool] | None = None
) -> list[Actor]:
    """Actors a user's query may mean, best first: exact alias (any case), words, then fuzzy.

    A name no actor is called by, which `names_a_place` says is a place's own name, means that
    place: it is no other spelling of an actor ("Homs" of Hamas, "Kirkuk" of Greece, which
    share their consonants), nor one word of a group's longer name ("Raqqa" of a group named
    after it); a person's name may still hold it ("Clinton", "Sadr": towns too). The check is
    asked only when no actor is called by the name, so a query that names an actor pays
    nothing for it. Words that name a kind of actor or a title ("rebels", "the army",
    "president") mean only an actor called by them, never one with them among its words.
    A capital no actor is called by means the state or government it stands for ("Tehran"
    is Iran), not a place, nor a word of "University of Tehran".
    """
    ratio = _ratio()
    # here, not at the top: a process that imports extract.actors only to load the catalogue
    # (identities, descriptions) is spared its import (about 1 ms)
    from extract.actors.spellings import spelled_like

    query = phrase_key(name)
    if not query:
        return []
    scores: dict[str, float] = {}
    worded: set[str] = set()  # actors a word of whose names the query is
    spelled: set[str] = set()  # actors found as another spelling of the query
    for alias in catalogue.index.get(query):
        scores[alias.actor] = max(scores.get(alias.actor, 0.0), 100.0)
    query_words = set(query.split(" "))
    # another transliteration of a name ("Kadhafi", "Mohammed Mursi"): below an exact alias
    shape = name_skeleton(name) if len(query) >= 4 else ""
    # each name's phrase key and skeleton, compiled with the catalogue (extract/name_shapes.py)
    shapes = catalogue.shapes or name_shapes(catalogue.actors, catalogue.index, catalogue.acronyms)
    acronyms = catalogue.acronyms
    for actor in catalogue.actors.values():
        if actor.key == query:
            scores[actor.key] = 100.0
        for written, skeleton in shapes.written[actor.key]:
            if written == query:
                scores[actor.key] = max(scores.get(actor.key, 0.0), 100.0)
                continue
            if len(query) < 3:
                continue
            # an acronym's letters are initials, not a spelling: "PRC" is no other
            # transliteration of "Brega", nor "KRG" of "Kirkuk"
            if (
                shape
                and len(shape) >= 3
                and skeleton == shape
                and written not in acronyms
                and ratio(query, written, SPELLING_SCORE) >= SPELLING_SCORE
                and spelled_like(query.split(" "), [written])
            ):
                scores[actor.key] = max(scores.get(actor.key, 0.0), 95.0)
                spelled.add(actor.key)
                continue
            words = set(written.split(" "))
            if query_words <= words:
                score = 80.0 + 10.0 * len(query_words) / len(words)
                if actor.kind == "person" and written.endswith(" " + query):
                    score += 1.0  # a surname: "Hussein" is Saddam Hussein before Hussein Tantawi
                worded.add(actor.key)
            else:
                score = ratio(query, written)
                if score < FUZZY_SCORE:
                    continue
                score *= 0.9
            scores[actor.key] = max(scores.get(actor.key, 0.0), score)
    if worded:
        # a name written in full in an actor's name means it before another spelling of
        # someone else's: "Talabani" is Jalal Talabani, not the Taliban
        scores = {k: v for k, v in scores.items() if k in worded or k not in spelled or v >= 100}
    if not any(v >= 100.0 for v in scores.values()):  # no actor is called by the name
        capital = _capital_of(query, catalogue)
        if capital is not None:
            return [capital]
        if scores and _names_a_kind(query_words):
            # "rebels", "the army", "president": a kind of actor or a title, which no actor is
            # called by; one word of "Houthi rebels" or "President Assad" makes it no name of them
            return []
        if scores and names_a_place is not None and names_a_place(name):
            # a place's own name: only a person's name may hold it
            actors = catalogue.actors
            scores = {k: v for k, v in scores.items() if k in worded and actors[k].kind == "person"}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], catalogue.actors[kv[0]].name))
    return [catalogue.actors[key] for key, _ in ranked]
