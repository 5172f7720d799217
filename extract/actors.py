"""Actors named in an article: catalogue matches plus actors the catalogue lacks.

`find_actors(text, catalogue)` walks the article's tokens in passes, each claiming tokens that no
earlier pass claimed, so the result is sorted and non-overlapping:

1. Catalogue names and aliases, longest first (see `extract.catalogue` for the case rules: "IS"
   only as a capitalised token, never the verb "is"; an all-capitals alias inside an all-capitals
   headline is ignored). Possessives ("ISIS’s", "Russia’s") end the name at the apostrophe.
   Contextual aliases ("the regime") count only when an actor they depend on is named in the
   article, and not when a capitalised word qualifies them ("the Turkish regime").
2. Acronym definitions, in both orders: "Syrian Democratic Forces (SDF)", "the YPG (People's
   Protection Units)". A known half teaches the article the other half; when neither is known and
   the initials fit, a new actor is discovered. Later uses of either form resolve to it.
3. Misspellings: an unclaimed capitalised word of six letters or more, one edit from a catalogue
   word with the same initial ("Erdogen"), or a capitalised phrase close to a catalogue phrase
   ("Jabha Al-Nusra"). A match grows over the unclaimed given names before it when the longer
   phrase is close to one of the actor's names ("Dimitri peskov", "Recep Tayyip Erdogen").
4. People with roles: a title before a name ("Kremlin spokesman Dimitri Peskov", "researcher
   Charlie Winter", "Commander of the YPG Sipan Hamo") or after it ("Nicholas Heras, a Middle
   East security fellow at the Centre for a New American Security"), and two to four capitalised
   words next to a speech verb ("..., said Abd Salam"). A catalogued person keeps its key and
   gains the role; the qualifier of a title ("Russian" in "Russian Ambassador Andrey Karlov") is
   part of the role, not a separate actor.
5. Demonyms count as their state only where they name it acting: before a head noun such as
   troops, jets, government or regime ("Turkish troops", "Russian jets" -> the state or its
   forces, per `demonyms.json`), in a list sharing one head ("Russian, British and French air
   forces"), or in a compound such as "Russian-backed". "Syrian Kurdish groups", "Syrian civil
   war" and "Russian Ambassador X" name no state. A capital stands for its state only in such a
   compound ("Washington-backed").
6. Organisation-like capitalised phrases: a run of capitalised words (with "of", "for", "the",
   "de", ...) containing a head word such as Group, Centre, Institute, Forces, Party, Ministry
   ("the Soufan Group", "International Centre for the Study of Radicalisation"). Title-case
   headline lines are skipped: every word is capitalised there, so capitals say nothing.
7. Short forms within the article: a person's surname ("Heras said") or an organisation's
   initials or distinctive first word, after the full name was introduced.

A state named after a locative preposition ("in Syria", "across Iraq") is a place, not an actor
acting, and is left to `extract.places`. Discovered actors get the slug of their name as key.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from extract.catalogue import (
    Actor,
    Catalogue,
    PhraseIndex,
    Tokens,
    case_rule,
    fold,
    load_catalogue,
    phrase_key,
    slug,
    tokenize,
)
from extract.spelling import is_article, name_words, person_key, skeleton, word_skeleton
from text.data import json_file
from text.memo import Memo
from text.tokens import stopwords

__all__ = ["Actor", "ActorMention", "Catalogue", "find_actors", "load_catalogue", "lookup_actor"]


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    discovered: bool
    how: str  # catalogue | alias | variant | fuzzy | acronym | title | surname | demonym | phrase
    # | renamed


@dataclass(frozen=True)
class _Title:
    text: str
    predicate: str | None
    target: str | None


@dataclass(frozen=True)
class _Rules:
    titles: PhraseIndex[_Title]
    title_words: frozenset[str]  # words that may be part of a title: never part of a name
    title_heads: frozenset[str]  # words that make a phrase a role ("fellow", "representative")
    demonyms: dict[str, dict[str, str]]
    heads: PhraseIndex[str]
    compounds: frozenset[str]
    capitals: dict[str, str]
    particles: frozenset[str]
    not_names: frozenset[str]
    speech: frozenset[str]
    org_heads: dict[str, str]
    connectors: frozenset[str]
    generic: frozenset[str]
    locatives: frozenset[str]
    emphasis_before: frozenset[str]
    headline_min_words: int


def _json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json_file("extract", name)
    return data


def _title_head(key: str) -> str:
    words = key.split(" ")
    return words[words.index("of") - 1] if "of" in words else words[-1]


@cache
def rules() -> _Rules:
    """Word lists from discovery.json and demonyms.json, loaded once."""
    disc = _json("discovery.json")
    dem = _json("demonyms.json")
    titles: dict[str, list[_Title]] = {}
    for text, spec in disc["titles"].items():
        titles.setdefault(phrase_key(text), []).append(
            _Title(text, spec.get("predicate"), spec.get("target"))
        )
    heads: dict[str, list[str]] = {}
    for text, target in dem["heads"].items():
        heads.setdefault(phrase_key(text), []).append(target)
    return _Rules(
        titles=PhraseIndex(titles),
        title_words=frozenset(
            w for key in titles for w in key.split(" ") if w not in ("of", "the", "in")
        ),
        title_heads=frozenset(_title_head(key) for key in titles),
        demonyms={fold(k): v for k, v in dem["demonyms"].items()},
        heads=PhraseIndex(heads),
        compounds=frozenset(dem["compounds"]),
        capitals={phrase_key(k): v for k, v in dem["capitals"].items()},
        particles=frozenset(disc["name_particles"]),
        not_names=frozenset(disc["not_names"]) | stopwords(),
        speech=frozenset(disc["speech_verbs"]),
        org_heads={fold(k): v for k, v in disc["org_heads"].items()},
        connectors=frozenset(disc["connectors"]),
        generic=frozenset(disc["generic_words"]),
        locatives=frozenset(disc["locatives"]),
        emphasis_before=frozenset(disc["emphasis_before"]),
        headline_min_words=int(disc["headline_min_words"]),
    )


_CATALOGUE_FIRST, _TITLE_FIRST, _TITLE_HEAD, _SPEECH = 1, 2, 4, 8


class _PerCatalogue:
    """What is worked out once per catalogue and word, not once per article: the kinds of a
    word (bits above) and the answers of _fuzzy_word and _fuzzy_phrase, pure functions of the
    catalogue and a string ("Minister" and "Reuters" come back in article after article).
    Fuzzy words and phrases share one dictionary: a phrase has a space, a word never does."""

    def __init__(self, cat: Catalogue):
        self.cat = cat
        r = rules()
        first, titles, heads, speech = (
            cat.index.first_words,
            r.titles.first_words,
            r.title_heads,
            r.speech,
        )

        def kinds(word: str) -> int:
            return (
                (word in first and _CATALOGUE_FIRST)
                | (word in titles and _TITLE_FIRST)
                | (word in heads and _TITLE_HEAD)
                | (word in speech and _SPEECH)
            )

        self.word_kinds: Memo[int] = Memo(kinds, 200_000)
        self.fuzzy: dict[str, str | None] = {}
        # actor key -> phrase keys of its names, if one has two words or more, else []
        self.phrase_names: dict[str, list[str]] = {}
        # one-word names whose every alias is an acronym ("IS", "WHO", "US")
        self.name_words: dict[str, frozenset[str]] = {}  # actor key -> words of its names
        # consonant skeletons of names (see extract.spelling): several words, and one word
        self.skeleton_phrases: dict[str, set[str]] = {}
        self.skeleton_words: dict[str, list[tuple[str, str]]] = {}
        self.skeleton_prefixes: set[str] = set()  # every leading part of a phrase skeleton
        # word -> whether a catalogue name's skeleton may start with the word's
        self.skeleton_starts: Memo[bool] = Memo(self._may_start, 200_000)
        for actor in cat.actors.values():
            for text in (actor.name, *actor.aliases):
                if case_rule(text) in ("acronym", "lower"):
                    continue
                words = name_words(text)
                if len(words) >= 2:
                    shape = skeleton(text)
                    self.skeleton_phrases.setdefault(shape, set()).add(actor.key)
                    self.skeleton_prefixes.update(shape[:n] for n in range(1, len(shape) + 1))
                elif words and len(words[0]) >= 5 and actor.kind != "state":
                    self.skeleton_words.setdefault(word_skeleton(words[0]), []).append(
                        (words[0], actor.key)
                    )
        self.acronym_words = frozenset(
            key
            for key in cat.acronyms
            if " " not in key
            and all(a.case == "acronym" and not a.requires for a in cat.index.get(key))
        )

    def _may_start(self, word: str) -> bool:
        shape = word_skeleton(word)
        return shape in self.skeleton_prefixes or shape in self.skeleton_words


# The last few catalogues used, found by identity: a catalogue holds mappings, so it has no hash,
# and a key of id() could name a new catalogue once the old one is gone.
_PER_CATALOGUE: list[_PerCatalogue] = []
_UNSEEN = object()


def _per_catalogue(cat: Catalogue) -> _PerCatalogue:
    entry = next((e for e in _PER_CATALOGUE if e.cat is cat), None)
    if entry is None:
        if len(_PER_CATALOGUE) >= 4:
            _PER_CATALOGUE.clear()
        entry = _PerCatalogue(cat)
        _PER_CATALOGUE.append(entry)
    elif len(entry.fuzzy) >= 100_000:
        entry.fuzzy.clear()
    return entry


class _Work:
    """Mutable state of one find_actors call: which tokens are claimed, and by what."""

    def __init__(self, tokens: Tokens, catalogue: Catalogue):
        self.t = tokens
        self.cat = catalogue
        self.owner: list[int] = [-1] * len(tokens)
        self.spans: list[list[Any]] = []  # [first token, end token, actor key, how, discovered]
        self.local: dict[str, Actor] = {}  # discovered actors by key
        self.local_aliases: dict[str, str] = {}  # phrase key -> actor key, this article only
        self.blocked: set[int] = set()  # tokens that are part of a role, not actors
        self.roles: dict[str, str] = {}  # actor key -> first role found
        # capitalised tokens: most passes look at nothing else
        self.capitals = list(compress(range(len(tokens)), tokens.caps))
        # Tokens some pass starts from, by kind, found in one scan of the article (a scan per
        # word list was a good part of the cost): see _PerCatalogue.
        self.catalogue_firsts: list[int] = []  # first words of catalogue names
        self.title_firsts: list[int] = []  # first words of titles
        self.title_heads: list[int] = []  # head words of titles ("spokesman")
        self.speech: list[int] = []  # speech verbs
        kinds = list(map(_per_catalogue(catalogue).word_kinds.__getitem__, tokens.norm))
        for i in compress(range(len(kinds)), kinds):
            kind = kinds[i]
            if kind == _CATALOGUE_FIRST:  # nearly all: "the", "a", "is", names
                self.catalogue_firsts.append(i)
                continue
            if kind & _CATALOGUE_FIRST:
                self.catalogue_firsts.append(i)
            if kind & _TITLE_FIRST:
                self.title_firsts.append(i)
            if kind & _TITLE_HEAD:
                self.title_heads.append(i)
            if kind & _SPEECH:
                self.speech.append(i)

    def free(self, first: int, end: int) -> bool:
        owner = self.owner
        return all(owner[i] < 0 for i in range(first, end))

    def claim(self, first: int, end: int, key: str, how: str, discovered: bool = False) -> int:
        ident = len(self.spans)
        self.spans.append([first, end, key, how, discovered])
        for i in range(first, end):
            self.owner[i] = ident
        return ident

    def release(self, ident: int) -> None:
        first, end = self.spans[ident][0], self.spans[ident][1]
        for i in range(first, end):
            if self.owner[i] == ident:
                self.owner[i] = -1
        self.spans[ident][1] = self.spans[ident][0]  # empty: dropped at the end

    def actor(self, key: str) -> Actor | None:
        return self.local.get(key) or self.cat.actors.get(key)

    def kind(self, ident: int) -> str:
        found = self.actor(self.spans[ident][2])
        return found.kind if found else ""

    def discover(self, name: str, kind: str, aliases: Iterable[str] = ()) -> str:
        if kind == "person":
            # "Transitional National Council said": a council, front, unit or force is never
            # a person, whatever pass found it
            kind = _kind_of(phrase_key(name).split(" ")) or "person"
        # one key for "Mike Mullen" and "Michael Mullen", "Anders (Fogh) Rasmussen"
        key = person_key(name) if kind == "person" else slug(name)
        if key in self.cat.actors:
            return key
        if key not in self.local:
            self.local[key] = Actor(
                key=key,
                name=name,
                kind=kind,
                aliases=tuple(aliases),
                affiliations=(),
                description=None,
            )
        elif aliases:
            old = self.local[key]
            self.local[key] = replace(old, aliases=tuple(dict.fromkeys((*old.aliases, *aliases))))
        return key

    def set_role(self, key: str, role: str) -> None:
        role = " ".join(role.split()).strip(" ,")
        if role.startswith("s "):
            role = role[2:]  # the tail of a possessive: "Iran 's intelligence minister"
        if role and key not in self.roles:
            self.roles[key] = role


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _case_ok(work: _Work, alias_case: str, first: int, end: int, alias: str = "") -> bool:
    raw = work.t.raw
    if alias_case == "acronym":
        if not all(raw[i].isupper() for i in range(first, end)):
            return False
        return not _in_capitals_line(work, first, end)
    if alias_case == "capital":
        return work.t.caps[first]
    if alias_case == "any":
        # every word capitalised in the name is capitalised in the text: "an Islamic state" and
        # "the islamic state of mind" are no Islamic State
        caps = _alias_caps(alias) if alias else ()
        if len(caps) == end - first:
            particles = rules().particles  # "al-Qaida" and "Al-Qaida" alike
            return all(
                work.t.caps[first + k] or not cap or work.t.norm[first + k] in particles
                for k, cap in enumerate(caps)
            )
        return any(work.t.caps[i] for i in range(first, end))
    return True


@lru_cache(maxsize=8192)
def _alias_caps(alias: str) -> tuple[bool, ...]:
    return tuple(word[:1].isupper() for word in _ALIAS_WORD.findall(alias))


_ALIAS_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W_]+")


def _in_capitals_line(work: _Work, first: int, end: int) -> bool:
    """An acronym inside ALL-CAPITALS text ("IS THIS THE END") is just a shouting word."""
    t = work.t
    for j in (first - 1, end):
        if 0 <= j < len(t) and len(t.raw[j]) >= 3 and t.raw[j].isupper() and t.raw[j].isalpha():
            gap = (
                t.text[t.ends[j] : t.starts[j + 1]]
                if j == first - 1
                else t.text[t.ends[end - 1] : t.starts[j]]
            )
            if "\n" not in gap and t.norm[j] not in work.cat.acronyms:
                return True
    return False


# ---------------------------------------------------------------- pass 1: catalogue


def _catalogue_pass(work: _Work) -> None:
    t, index = work.t, work.cat.index
    norm, raw = t.norm, t.raw
    acronym_words = _per_catalogue(work.cat).acronym_words
    pending: list[tuple[int, int, str, tuple[str, ...]]] = []
    resume = 0
    for i in index.starts(t, work.catalogue_firsts):
        if i < resume:
            continue
        if (
            norm[i] in acronym_words
            and not index.longer_may_start_at(t, i)
            and (
                not raw[i].isupper()
                or (i > 0 and norm[i - 1] in rules().emphasis_before and not raw[i - 1].isupper())
            )
        ):
            continue  # "is", "who", "us": only acronyms, which need an all-capitals token;
            # "it IS a war", "this IS the end": an emphasised verb
        found = False
        for size, aliases in index.matches_at(t, i):
            for alias in aliases:
                if alias.requires:
                    if _contextual_ok(work, i, i + size):
                        pending.append((i, i + size, alias.actor, alias.requires))
                        found = True
                    break
                if _surname_not_state(work, alias.actor, i, size):
                    break
                if _other_person(work, alias, i, size):
                    break
                if _case_ok(work, alias.case, i, i + size, alias.text) or _lower_surname(
                    work, alias, i, size
                ):
                    how = "catalogue" if _is_name(work, alias.actor, i, i + size) else "alias"
                    work.claim(i, i + size, alias.actor, how)
                    found = True
                    break
            if found:
                resume = i + size
                break
    named = {span[2] for span in work.spans}
    for first, end, key, requires in pending:
        if named.intersection(requires) and work.free(first, end):
            work.claim(first, end, key, "alias")


def _other_person(work: _Work, alias: Any, i: int, size: int) -> bool:
    """ "Dr Ammar al-Assad": a person's short name after a given name that is not theirs names
    someone else of that family."""
    if i == 0 or alias.case == "acronym" or not work.t.joins[i - 1]:
        return False
    actor = work.cat.actors.get(alias.actor)
    if actor is None or actor.kind != "person" or _is_name(work, alias.actor, i, i + size):
        return False
    t = work.t
    r = rules()
    prev = i - 1
    while prev > 0 and t.norm[prev] in r.particles and t.joins[prev - 1]:
        prev -= 1  # "Ammar al-Assad": the word before the article
    if not t.caps[prev] or t.raw[prev].isupper() or work.owner[prev] >= 0 or not t.joins[prev]:
        return False
    word = t.norm[prev]
    if (
        word in r.not_names
        or word in r.title_words
        or word in r.demonyms
        or word in r.particles
        or _sentence_initial(t, prev)
        and word in r.generic
    ):
        return False
    # a given name of theirs, in any spelling ("Dimitri peskov" is Dmitry Peskov)
    return word_skeleton(word) not in _name_words(work.cat, alias.actor)


def _name_words(cat: Catalogue, key: str) -> frozenset[str]:
    """Skeletons of the words of an actor's names."""
    per = _per_catalogue(cat)
    words = per.name_words.get(key)
    if words is None:
        actor = cat.actors[key]
        words = per.name_words[key] = frozenset(
            word_skeleton(w)
            for text in (actor.name, *actor.aliases)
            for w in phrase_key(text).split(" ")
        )
    return words


def _surname_not_state(work: _Work, key: str, i: int, size: int) -> bool:
    """ "Serge Jordan": a one-word state name right after a given name is a surname."""
    t = work.t
    if size != 1 or i == 0 or not t.joins[i - 1] or "\n" in t.gap(i - 1):
        return False
    actor = work.cat.actors.get(key)
    if actor is None or actor.kind != "state":
        return False
    prev = i - 1
    r = rules()
    return (
        t.caps[prev]
        and not t.raw[prev].isupper()
        and work.owner[prev] < 0
        and t.norm[prev] not in r.not_names
        and t.norm[prev] not in r.demonyms
        and t.norm[prev] not in r.title_words
        and t.norm[prev] not in r.org_heads
        and t.gap(prev) == " "
    )


def _is_name(work: _Work, key: str, first: int, end: int) -> bool:
    actor = work.cat.actors.get(key)
    return actor is not None and phrase_key(actor.name) == " ".join(work.t.norm[first:end])


def _lower_surname(work: _Work, alias: Any, i: int, size: int) -> bool:
    """ "Dimitri peskov": a person's one-word alias typed in lower case after a given name."""
    t = work.t
    if size != 1 or alias.case != "capital" or i == 0 or not t.joins[i - 1]:
        return False
    actor = work.cat.actors.get(alias.actor)
    return (
        actor is not None
        and actor.kind == "person"
        and t.caps[i - 1]
        and t.norm[i - 1] not in rules().not_names
        and len(t.raw[i]) >= 4
    )


def _contextual_ok(work: _Work, first: int, end: int) -> bool:
    t = work.t
    if first > 0 and t.joins[first - 1] and t.caps[first - 1]:
        return False  # "the Turkish regime"
    if t.norm[first] == "the" and first + 1 < end and t.caps[first + 1]:
        return False
    nxt = end
    return not (nxt + 1 < len(t) and t.norm[nxt] in ("in", "of") and t.caps[nxt + 1])


# ---------------------------------------------------------------- pass 2: acronyms

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?s?")
_OPEN_BEFORE = re.compile(r"[ \t\n\u00a0”\"’']*\($")


def _acronym_pass(work: _Work) -> None:
    t = work.t
    text = t.text
    for match in re.finditer(r"\(", text):
        after = match.end()
        close = text.find(")", after, after + 120)
        if close < 0:
            continue
        inner_first = _token_at(t, after)
        if inner_first is None:
            continue
        inner_end = inner_first
        while inner_end < len(t) and t.ends[inner_end] <= close:
            inner_end += 1
        if inner_end == inner_first:
            continue
        inner = text[t.starts[inner_first] : t.ends[inner_end - 1]]
        if inner_end - inner_first == 1 or _ACRONYM.fullmatch(inner):
            if not _ACRONYM.fullmatch(inner) or len(inner) < 2:
                continue
            before = _phrase_before(work, match.start())
            if before:
                _define(work, before, (inner_first, inner_end), acronym_first=False)
        else:
            acr = _acronym_before(work, match.start())
            if acr is not None and _title_phrase(work, inner_first, inner_end):
                _define(work, (inner_first, inner_end), (acr, acr + 1), acronym_first=True)


def _token_at(t: Tokens, offset: int) -> int | None:
    text = t.text
    while offset < len(text) and text[offset] in " \t\n\"“‘'":
        offset += 1
    i = bisect_left(t.starts, offset)
    return i if i < len(t) and t.starts[i] == offset else None


def _acronym_before(work: _Work, paren: int) -> int | None:
    t = work.t
    i = _last_token_before(t, paren)
    if i is None or not _OPEN_BEFORE.fullmatch(t.text, t.ends[i], paren + 1):
        return None
    if _ACRONYM.fullmatch(t.raw[i]) and len(t.raw[i]) >= 2:
        return i
    return None


def _last_token_before(t: Tokens, offset: int) -> int | None:
    i = bisect_right(t.ends, offset)
    return i - 1 if i > 0 else None


def _phrase_before(work: _Work, paren: int) -> tuple[int, int] | None:
    """The capitalised phrase right before "(": "Syrian Democratic Forces" in "... Forces (SDF)"."""
    t = work.t
    r = rules()
    last = _last_token_before(t, paren)
    if last is None or not _OPEN_BEFORE.fullmatch(t.text, t.ends[last], paren + 1):
        return None
    first = last
    while first > 0 and last - first < 8 and t.joins[first - 1]:
        prev = first - 1
        if (
            t.caps[prev]
            or t.norm[prev] in r.connectors
            or (t.raw[prev] == "s" and prev > 0 and t.gap(prev - 1) in ("’", "'"))
        ):
            first = prev
        else:
            break
    while first <= last and (not t.caps[first] or t.norm[first] in r.not_names):
        first += 1
    if first > last or not t.caps[last]:
        return None
    return first, last + 1


def _title_phrase(work: _Work, first: int, end: int) -> bool:
    t = work.t
    r = rules()
    if not 2 <= end - first <= 8 or not t.caps[first]:
        return False
    content = [i for i in range(first, end) if t.norm[i] not in r.connectors and t.raw[i] != "s"]
    return bool(content) and all(t.caps[i] for i in content)


def _initials_fit(acronym: str, words: list[str], connectors: frozenset[str]) -> bool:
    """True if the acronym's letters are, in order, initials of the words (connectors optional)."""
    letters = [ch for ch in acronym.lower() if ch.isalpha()]
    if letters and letters[-1] == "s" and len(letters) > 2:
        letters_options = [letters, letters[:-1]]
    else:
        letters_options = [letters]
    return any(_fit(option, words, connectors) for option in letters_options)


def _fit(letters: list[str], words: list[str], connectors: frozenset[str]) -> bool:
    if not words or not letters or letters[0] != words[0][:1]:
        return False
    li = 0
    for word in words:
        if li < len(letters) and word[:1] == letters[li]:
            li += 1
            # a word may give two letters ("Daesh" no; "ISIS" from "Islamic State ... Syria")
        elif word not in connectors:
            return False
    return li == len(letters)


def _define(
    work: _Work, phrase: tuple[int, int], acr: tuple[int, int], acronym_first: bool
) -> None:
    t = work.t
    r = rules()
    p_first, p_end = phrase
    a_first, a_end = acr
    acr_text = t.text[t.starts[a_first] : t.ends[a_end - 1]]
    phrase_text = t.text[t.starts[p_first] : t.ends[p_end - 1]]
    phrase_owner = _sole_owner(work, p_first, p_end)
    acr_owner = work.owner[a_first]
    words = list(t.norm[p_first:p_end])
    fits = _initials_fit(acr_text, [w for w in words if w != "s"], r.connectors)
    if acr_owner >= 0 and work.spans[acr_owner][1] == a_end:
        key = work.spans[acr_owner][2]
        if phrase_owner is None and work.free(p_first, p_end) and (fits or acronym_first):
            work.claim(p_first, p_end, key, "acronym")
            work.local_aliases[" ".join(words)] = key
        return
    if phrase_owner is not None:
        key = work.spans[phrase_owner][2]
        if work.free(a_first, a_end):
            work.claim(a_first, a_end, key, "acronym")
            work.local_aliases[t.norm[a_first]] = key
        return
    if not work.free(p_first, p_end) or not work.free(a_first, a_end):
        return
    if not fits and not acronym_first:
        return
    kind = _kind_of(words) or "organisation"
    key = work.discover(phrase_text, kind, (acr_text,))
    work.claim(p_first, p_end, key, "acronym", discovered=key in work.local)
    work.claim(a_first, a_end, key, "acronym", discovered=key in work.local)
    work.local_aliases[" ".join(words)] = key
    work.local_aliases[t.norm[a_first]] = key


def _sole_owner(work: _Work, first: int, end: int) -> int | None:
    owners = {work.owner[i] for i in range(first, end)}
    if len(owners) == 1:
        only = owners.pop()
        if only >= 0:
            return only
    return None


def _kind_of(words: Iterable[str]) -> str | None:
    heads = rules().org_heads
    kind = None
    for word in words:
        if word in heads:
            kind = heads[word]
    return kind


def _local_pass(work: _Work) -> None:
    """Later uses of names this article defined ("SDF" after "Syrian Democratic Forces (SDF)")."""
    if not work.local_aliases:
        return
    t = work.t
    index = PhraseIndex({k: [v] for k, v in work.local_aliases.items()})
    first_words = index.first_words
    owner = work.owner
    for i in work.capitals:
        if owner[i] < 0 and t.norm[i] in first_words:
            for size, keys in index.matches_at(t, i):
                if work.free(i, i + size):
                    key = keys[0]
                    work.claim(i, i + size, key, "acronym", discovered=key in work.local)
                    break


# ---------------------------------------------------------------- pass 3: spellings


def _skeleton_pass(work: _Work) -> None:
    """Transliteration variants of catalogue names ("Moammar Gadhafi", "Muammar Qadhafi",
    "Abdul Fatah al-Sisi"): a run of capitalised words whose consonant skeleton is that of one
    actor's name of two words or more; or one word of five letters or more whose skeleton is that
    of one actor's one-word name and which looks like it ("Qadhafi", "Mursi"), standing alone:
    after a given name that is not the actor's it names someone else."""
    t = work.t
    r = rules()
    per = _per_catalogue(work.cat)
    n = len(t)
    raw, norm, caps, joins, owner = t.raw, t.norm, t.caps, t.joins, work.owner
    resume = 0
    may_start = per.skeleton_starts
    particles, not_names = r.particles, r.not_names
    for i in work.capitals:
        if owner[i] >= 0 or i < resume:
            continue
        word = norm[i]
        if word in particles:
            if i + 1 >= n or not may_start[norm[i + 1]]:
                continue
        elif not may_start[word]:
            continue  # no catalogue name starts so: most capitalised words
        if raw[i].isupper() or word in not_names:
            continue
        run_end = i + 1
        while (
            run_end < n
            and run_end - i < 5
            and joins[run_end - 1]
            and owner[run_end] < 0
            and (caps[run_end] or norm[run_end] in r.particles)
        ):
            run_end += 1
        while run_end > i + 1 and norm[run_end - 1] in r.particles:
            run_end -= 1
        found = False
        # the skeletons of the run's leading words, as far as a catalogue name can start so
        # (what skeleton() of the text would give, without re-reading it for each length)
        shapes: list[str] = []
        shape = ""
        for k in range(i, run_end):
            hyphen = k + 1 < n and t.gap(k) in ("-", "–")
            shape += "" if is_article(norm[k], hyphen) else word_skeleton(norm[k])
            if shape not in per.skeleton_prefixes:
                break
            shapes.append(shape)
        for size in range(len(shapes), 1, -1):
            keys = per.skeleton_phrases.get(shapes[size - 1])
            if keys and len(keys) == 1:
                work.claim(i, i + size, next(iter(keys)), "variant")
                resume = i + size
                found = True
                break
        if found or len(norm[i]) < 5:
            continue
        prev = i - 1
        while prev > 0 and norm[prev] in r.particles and joins[prev - 1]:
            prev -= 1  # "Ammar al-Assad": the word before the article
        if run_end > i + 1 or (
            prev >= 0
            and joins[prev]
            and caps[prev]
            and owner[prev] < 0
            and norm[prev] not in r.title_words
            and norm[prev] not in r.not_names
        ):
            continue  # part of a longer name this catalogue does not know
        word = norm[i] if norm[i] not in r.particles else ""
        # "Baghdad" is not "Baghdadi": a word that another ends is no spelling of it
        candidates = {
            key
            for alias, key in per.skeleton_words.get(word_skeleton(word), ())
            if fuzz.ratio(word, alias) >= 70
            and not alias.startswith(word)
            and not word.startswith(alias)
        }
        if len(candidates) == 1:
            work.claim(i, i + 1, candidates.pop(), "variant")
    _grow_variants(work)


def _grow_variants(work: _Work) -> None:
    """A person's one-word name grows over the given names before it when the whole has the
    skeleton of one of their names: "Moammar al-Qadhafi" after "Qadhafi" was found alone."""
    t = work.t
    r = rules()
    per = _per_catalogue(work.cat)
    for ident, span in enumerate(work.spans):
        first, end, key = span[0], span[1], span[2]
        if end - first != 1 or first == 0 or work.kind(ident) != "person":
            continue
        start = first
        best = None
        while (
            start > 0
            and first - start < 4
            and t.joins[start - 1]
            and work.owner[start - 1] < 0
            and (t.caps[start - 1] or t.norm[start - 1] in r.particles)
        ):
            start -= 1
            if t.caps[start] and key in per.skeleton_phrases.get(
                skeleton(t.text[t.starts[start] : t.ends[end - 1]]), ()
            ):
                best = start
        stop = None
        grow = end
        while (
            grow < len(t)
            and grow - end < 3
            and t.joins[grow - 1]
            and work.owner[grow] < 0
            and (t.caps[grow] or t.norm[grow] in r.particles)
        ):
            grow += 1  # "Saddam Husayn" after "Saddam" was found
            if t.caps[grow - 1] and key in per.skeleton_phrases.get(
                skeleton(t.text[t.starts[best if best is not None else first] : t.ends[grow - 1]]),
                (),
            ):
                stop = grow
        if best is not None or stop is not None:
            work.release(ident)
            work.claim(first if best is None else best, stop or end, key, "variant")


# ---------------------------------------------------------------- pass 3b: misspellings


def _fuzzy_pass(work: _Work) -> None:
    t, cat = work.t, work.cat
    r = rules()
    n = len(t)
    raw, norm, caps, joins, owner = t.raw, t.norm, t.caps, t.joins, work.owner
    particles = r.particles
    memo = _per_catalogue(cat).fuzzy
    resume = 0
    for i in work.capitals:
        if i < resume or owner[i] >= 0 or raw[i].isupper():
            continue
        run_end = i + 1
        while (
            run_end < n
            and run_end - i < 4
            and joins[run_end - 1]
            and owner[run_end] < 0
            and (caps[run_end] or norm[run_end] in particles)
        ):
            run_end += 1
        if run_end - i >= 2:
            phrase = " ".join(norm[i:run_end])
            key = memo.get(phrase, _UNSEEN)
            if key is _UNSEEN:
                key = memo[phrase] = _fuzzy_phrase(cat, phrase)
            if key:
                work.claim(i, run_end, key, "fuzzy")
                resume = run_end
                continue
        word = norm[i]
        key = memo.get(word, _UNSEEN)
        if key is _UNSEEN:
            key = memo[word] = (
                _fuzzy_word(cat, word)
                if len(word) >= 6 and word not in r.not_names and word not in cat.index
                else None
            )
        if key:
            work.claim(i, i + 1, key, "fuzzy")
    _extend_pass(work)


def _fuzzy_word(cat: Catalogue, word: str) -> str | None:
    """A catalogue word one edit away, when that edit is not an ending: "Erdogen" is Erdogan,
    but "Pakistani", "Germans" and "Franco" are words of their own, not misspellings."""
    found: set[str] = set()
    for size in (len(word) - 1, len(word), len(word) + 1):
        for alias, key in cat.single_words.get((word[0], size), ()):
            if size == len(word) or min(size, len(word)) >= 8:
                limit = 1
            else:
                continue
            if alias[:1] != word[:1] or alias[-1] != word[-1]:
                continue
            if word.startswith(alias) or alias.startswith(word):
                continue
            if Levenshtein.distance(word, alias, score_cutoff=limit) <= limit:
                actor = cat.actors.get(key)
                if actor is not None and actor.kind == "state" and len(word) < 8:
                    continue  # short country names collide with surnames ("Greene")
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _fuzzy_phrase(cat: Catalogue, phrase: str) -> str | None:
    bucket = cat.phrases.get((phrase[0], phrase.count(" ") + 1))
    if not bucket:
        return None
    best = process.extractOne(phrase, bucket[0], scorer=fuzz.ratio, score_cutoff=90)
    return bucket[1][best[2]] if best else None


def _extend_pass(work: _Work) -> None:
    """Grow a match over the given names before it: "Recep Tayyip Erdogen", "Jabha Al-Nusra"."""
    t, cat = work.t, work.cat
    phrase_names = _per_catalogue(cat).phrase_names
    for ident, span in enumerate(work.spans):
        first, end, key = span[0], span[1], span[2]
        if first == 0 or key not in cat.actors:
            continue
        names = phrase_names.get(key)
        if names is None:
            actor = cat.actors[key]
            names = [phrase_key(a) for a in (actor.name, *actor.aliases)]
            names = phrase_names[key] = names if any(" " in name for name in names) else []
        if not names:
            continue
        current = " ".join(t.norm[first:end])
        best = None
        for grow in (1, 2, 3):
            start = first - grow
            if start < 0 or not t.joins[start] or work.owner[start] >= 0:
                break
            if t.norm[start] in rules().not_names or not (
                t.caps[start] or t.norm[start] in rules().particles
            ):
                break
            phrase = " ".join(t.norm[start:end])
            # among names as long as the grown phrase, it must be closer than the match was
            same = [name for name in names if name.count(" ") == phrase.count(" ")]
            grown = max((fuzz.ratio(phrase, name) for name in same), default=0.0)
            if grown >= 85 and grown > max(fuzz.ratio(current, name) for name in same):
                best = start
        if best is not None and t.caps[best]:
            work.release(ident)
            work.claim(best, end, key, "fuzzy")


# ---------------------------------------------------------------- pass 4: people with roles


def _name_end(work: _Work, j: int, limit: int = 5) -> int:
    """End of a person's name starting at token j (j itself if there is none)."""
    t = work.t
    r = rules()
    n = len(t)
    end = j
    while end < n and end - j < limit:
        word, norm = t.raw[end], t.norm[end]
        if end > j:
            gap = t.gap(end - 1)
            initial_dot = len(t.raw[end - 1]) == 1 and gap in (". ", ".")
            if not (t.joins[end - 1] or initial_dot):
                break
        if _capitalised(word) and norm not in r.not_names and norm not in r.title_words:
            if word.isupper() and len(word) > 1 and norm in work.cat.acronyms:
                break
            end += 1
        elif (
            norm in r.particles
            and end + 1 < n
            and t.joins[end]
            and t.caps[end + 1]
            and end > j
            and (len(norm) > 2 or norm in ("al", "el") or t.gap(end) == "-")
        ):
            end += 1  # "al-Abadi", "bin Laden", "de Mistura"; "as-", "ash-" only hyphenated
        else:
            break
    while end > j and t.norm[end - 1] in r.particles:
        end -= 1
    return end


def _titles_pass(work: _Work) -> None:
    t = work.t
    r = rules()
    n = len(t)
    resume = 0
    for i in r.titles.starts(t, work.title_firsts):
        if i < resume or work.owner[i] >= 0:
            continue
        matched = next(r.titles.matches_at(t, i), None)
        if matched is None:
            continue
        size, _ = matched
        title_end = i + size
        j = title_end
        role_end = title_end
        # "Commander of the YPG Sipan Hamo": the organisation belongs to the role.
        if j + 1 < n and t.norm[j] == "of":
            k = j + 1 + (t.norm[j + 1] == "the")
            if k < n and work.owner[k] >= 0:
                org_end = work.spans[work.owner[k]][1]
                if work.kind(work.owner[k]) != "person":
                    j = role_end = org_end
        comma = False
        if j < n and j > 0 and t.gap(j - 1).strip() == ",":
            comma = True
        elif j > 0 and j < n and not t.joins[j - 1]:
            resume = title_end
            continue
        first = _role_start(work, i, comma)
        if comma and first == i and t.norm[i - 1 : i] not in (("the",), ("a",), ("an",)):
            resume = title_end
            continue
        if j < n and _attach_person(work, j, t.starts[first], t.ends[role_end - 1]):
            for b in range(first, title_end):
                if work.owner[b] < 0:
                    work.blocked.add(b)
        resume = title_end


def _role_start(work: _Work, title: int, comma: bool) -> int:
    """Where the role begins: the capitalised qualifier before a title ("Kremlin spokesman")."""
    t = work.t
    r = rules()
    first = title
    steps = 0
    while first > 0 and steps < 4:
        prev = first - 1
        gap = t.gap(prev)
        if not t.joins[prev] and gap not in ("’ ", "' "):
            break
        word = t.raw[prev]
        lower_qualifier = (
            comma and not _capitalised(word) and t.norm[prev] not in ("the", "a", "an")
        )
        if lower_qualifier or (_capitalised(word) and t.norm[prev] not in r.not_names):
            first = prev
        elif word == "s" and prev > 0 and gap.strip() == "" and t.gap(prev - 1) in ("’", "'"):
            first = prev  # "Russia’s envoy"
        else:
            break
        steps += 1
    while first < title and t.norm[first] in ("the", "a", "an"):
        first += 1
    return first


def _attach_person(work: _Work, j: int, role_start: int, role_end: int) -> bool:
    t = work.t
    role = t.text[role_start:role_end]
    if work.owner[j] >= 0:
        ident = work.owner[j]
        if work.kind(ident) == "person":
            work.set_role(work.spans[ident][2], role)
            return True
        return False
    end = _name_end(work, j)
    if end - j < 2 or not work.free(j, end):
        return False
    if any(t.norm[k] in rules().org_heads for k in range(j, end)):
        return False  # "Texas General Land Office" names an office, not a person
    name = t.text[t.starts[j] : t.ends[end - 1]]
    key = work.discover(name, "person")
    work.claim(j, end, key, "title", discovered=key in work.local)
    work.set_role(key, role)
    return True


_APPOSITIVE_STOP = re.compile(r"[,.;:()“”\"!?]")


def _appositive_pass(work: _Work) -> None:
    """ "Nicholas Heras, a Middle East security fellow at the Centre for ...": role after a name."""
    t = work.t
    # A role needs a title word in lower case ("fellow") among its first 20 words, and most
    # commas have none: only commas up to 21 tokens before such a word are looked at, in order.
    heads = [i for i in work.title_heads if not t.caps[i]]
    done = 0  # commas before this offset were looked at
    for head in heads:
        since = max(done, t.ends[head - 21] if head >= 21 else 0)
        for comma in _COMMA.finditer(t.text, since, t.starts[head]):
            _appositive(work, heads, comma.start())
        done = max(done, t.starts[head])


_COMMA = re.compile(r",[ \t\n]+")


def _appositive(work: _Work, heads: list[int], comma: int) -> None:
    """The role after the comma at offset `comma`, if any, given to the name before it."""
    t = work.t
    r = rules()
    n = len(t)
    name_last = _last_token_before(t, comma)
    if name_last is None or t.ends[name_last] != comma:
        return
    k = name_last + 1
    if k >= n:
        return
    if t.norm[k] in ("who", "which", "whose", "that", "where", "when"):
        return  # "Al-Obeidy, who is being accompanied by a U.N. representative"
    determiner = t.norm[k] in ("a", "an", "the")
    role_first = k + determiner
    head = bisect_left(heads, role_first)
    if head == len(heads) or heads[head] >= role_first + 20:
        return
    # the role runs to the next punctuation, at most a dozen words
    role_last = role_first
    has_title = False
    while role_last < n and role_last - role_first < 20:
        if t.norm[role_last] in r.title_heads and not t.caps[role_last]:
            has_title = True
        if role_last + 1 >= n or _APPOSITIVE_STOP.search(t.gap(role_last)):
            break
        if t.norm[role_last + 1] in r.speech and role_last > role_first:
            break
        role_last += 1
    if not has_title:
        return
    role_last = _trim_role(work, role_first, role_last)
    ident = work.owner[name_last]
    role = t.text[t.starts[role_first] : t.ends[role_last]]
    if ident >= 0:
        if work.kind(ident) == "person" and work.spans[ident][1] == name_last + 1:
            work.set_role(work.spans[ident][2], role)
        return
    first = name_last
    while (
        first > 0
        and t.joins[first - 1]
        and name_last - first < 4
        and (t.caps[first - 1] or t.norm[first - 1] in r.particles)
    ):
        first -= 1
    while first < name_last and not t.caps[first]:
        first += 1
    if name_last - first < 1 or _name_end(work, first) != name_last + 1:
        return
    if not work.free(first, name_last + 1):
        return
    name = t.text[t.starts[first] : t.ends[name_last]]
    key = work.discover(name, "person")
    work.claim(first, name_last + 1, key, "title", discovered=key in work.local)
    work.set_role(key, role)


def _trim_role(work: _Work, first: int, last: int) -> int:
    """Drop a trailing " in Paris" (where the organisation is) from a role."""
    t = work.t
    for i in range(last, first, -1):
        if t.norm[i] == "in" and i + 1 <= last and t.caps[i + 1] and i > first + 1:
            return i - 1
    return last


def _speech_pass(work: _Work) -> None:
    """Two to four capitalised words next to a speech verb: "..., said Abd Salam Ali"."""
    t = work.t
    r = rules()
    n = len(t)
    for i in work.speech:
        # "<Name> said"
        last = i - 1
        if last >= 1 and work.owner[last] < 0 and t.caps[last] and t.joins[last]:
            first = last
            while (
                first > 0
                and last - first < 3
                and t.joins[first - 1]
                and work.owner[first - 1] < 0
                and (t.caps[first - 1] or t.norm[first - 1] in r.particles)
            ):
                first -= 1
            while first < last and not t.caps[first]:
                first += 1
            _speaker(work, first, last + 1)
        # "said <Name>"
        j = i + 1
        if j < n and t.joins[i] and work.owner[j] < 0 and t.caps[j]:
            _speaker(work, j, _name_end(work, j, 4))


def _speaker(work: _Work, first: int, end: int) -> None:
    t = work.t
    r = rules()
    if end - first < 2 or not work.free(first, end):
        return
    if _name_end(work, first) < end:
        return
    words = t.norm[first:end]
    if any(
        w in r.org_heads or w in r.demonyms or w in r.not_names or w in r.generic for w in words
    ):
        return
    if any(t.raw[i].isupper() and len(t.raw[i]) > 1 for i in range(first, end)):
        return
    if _headline(work, first):
        return
    name = t.text[t.starts[first] : t.ends[end - 1]]
    key = work.discover(name, "person")
    work.claim(first, end, key, "phrase", discovered=key in work.local)


# ---------------------------------------------------------------- pass 5: demonyms


def _demonym_pass(work: _Work) -> None:
    t = work.t
    r = rules()
    n = len(t)
    resume = 0
    for i in work.capitals:
        norm = t.norm[i]
        if norm not in r.demonyms and norm not in r.capitals:
            continue  # neither claim below can happen
        if i < resume or work.owner[i] >= 0 or i in work.blocked:
            continue
        compound = i + 1 < n and t.gap(i) in ("-", "–") and t.norm[i + 1] in r.compounds
        if compound and (norm in r.demonyms or norm in r.capitals):
            key = r.demonyms[norm]["state"] if norm in r.demonyms else r.capitals[norm]
            work.claim(i, i + 1, key, "demonym")
            continue
        if norm not in r.demonyms:
            continue
        # a list of demonyms sharing one head: "Russian, British and French air forces"
        members = [i]
        j = i + 1
        while j < n:
            gap = t.gap(j - 1).strip()
            if gap == "," and t.norm[j] in r.demonyms and t.caps[j]:
                members.append(j)
                j += 1
            elif (
                gap in ("", ",")
                and t.norm[j] in ("and", "or")
                and j + 1 < n
                and t.norm[j + 1] in r.demonyms
                and t.caps[j + 1]
            ):
                members.append(j + 1)
                j += 2
            elif (
                gap in ("", ",")
                and t.norm[j] == "government"
                and j + 1 < n
                and t.gap(j).strip() == ","
            ):
                j += 1  # "Russian, Syrian government, American ... air forces"
            else:
                break
        head = next(r.heads.matches_at(t, j), None) if j < n and work.owner[j] < 0 else None
        if head is None or not t.joins[j - 1]:
            resume = members[-1] + 1
            continue
        size, targets = head
        for m in members:
            spec = r.demonyms[t.norm[m]]
            key = spec.get(targets[0]) or spec["state"]
            if work.owner[m] < 0 and key in work.cat.actors:
                # one demonym takes its head along ("Turkish troops"); a list shares it
                end = j + size if len(members) == 1 else m + 1
                work.claim(m, end, key, "demonym")
        resume = j + size


# ---------------------------------------------------------------- pass 6: organisations


def _org_pass(work: _Work) -> None:
    t = work.t
    r = rules()
    n = len(t)
    norm, caps, joins, owner = t.norm, t.caps, t.joins, work.owner
    connectors, org_heads = r.connectors, r.org_heads
    resume = 0
    for i in work.capitals:
        if i < resume:
            continue
        nxt = i + 1
        if (
            nxt == n
            or not joins[i]
            or owner[nxt] >= 0
            or not (caps[nxt] or norm[nxt] in connectors or t.raw[nxt] == "s")
        ):
            continue  # the run below would stop at one word: nothing to claim or skip
        if owner[i] >= 0 or i in work.blocked:
            continue
        end = i + 1
        last_cap = i
        while end < n and joins[end - 1] and owner[end] < 0 and end - i < 10:
            if caps[end]:
                last_cap = end
            elif t.raw[end] == "s" and t.gap(end - 1) in ("’", "'"):
                pass  # "King’s College"
            elif norm[end] not in connectors:
                break
            end += 1
        end = resume = last_cap + 1
        if end - i < 2:
            continue  # one word: most capitals, and never an organisation phrase
        first = i
        while first < end and (
            norm[first] in r.not_names or norm[first] in connectors or norm[first] in r.title_words
        ):
            first += 1
        if end - first < 2:
            continue
        words = norm[first:end]
        # "Centre for a New American Security", "Centre National de la Recherche Scientifique"
        headed = any(w in org_heads for w in words[1:]) or (
            len(words) > 2 and words[0] in org_heads and any(w in connectors for w in words)
        )
        if not headed:
            continue
        distinctive = any(
            w not in r.generic and w not in org_heads and w not in connectors and w != "s"
            for w in words
        ) or any(w in r.demonyms for w in words)
        if distinctive and not _headline(work, i):
            name = t.text[t.starts[first] : t.ends[end - 1]]
            kind = _kind_of(words) or "organisation"
            key = work.discover(name, kind)
            work.claim(first, end, key, "phrase", discovered=key in work.local)
            initials = "".join(t.raw[k][0] for k in range(first, end) if caps[k])
            if len(initials) >= 3:
                work.local_aliases[initials.lower()] = key
            lead = norm[first]
            if lead not in r.generic and lead not in org_heads and lead not in r.demonyms:
                work.local_aliases.setdefault(lead, key)


def _headline(work: _Work, i: int) -> bool:
    """True if token i sits on a title-case line standing alone ("Islamic State and Al-Qaeda in
    Talks"); a line inside a paragraph (a PDF's short lines) is prose, whatever its capitals."""
    t = work.t
    text = t.text
    start = text.rfind("\n", 0, t.starts[i]) + 1
    stop = text.find("\n", t.starts[i])
    stop = len(text) if stop < 0 else stop
    if stop - start > 200:
        return False
    alone_before = not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n\n")
    alone_after = not text[stop:].strip() or text[stop : stop + 3].lstrip(" \t").startswith("\n\n")
    if not (alone_before or alone_after):
        return False
    words = re.findall(r"[^\W\d_]+", text[start:stop])
    content = [w for w in words if w.lower() not in rules().connectors and len(w) > 3]
    return (
        len(words) >= rules().headline_min_words
        and all(w[0].isupper() for w in content)
        and not text[start:stop].rstrip().endswith((".", "”", '"'))
    )


# ---------------------------------------------------------------- renamed actors

_RENAMED = re.compile(
    r"\b(?:(?:formerly|previously|once|originally)\s+known\s+as"
    r"|(?:formerly|previously|originally)\s+(?:called|named)"
    r"|(?:renamed|rebranded)(?:\s+(?:itself|themselves))?(?:\s+as)?)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# words that may stand between the first name and the phrase ("X, which was later renamed Y")
_RENAMED_GLUE = frozenset(
    {"which", "who", "was", "were", "has", "had", "been", "since", "later", "it", "they"}
)


def _renamed_pass(work: _Work) -> None:
    """ "Hayat Tahrir al-Sham, previously known as the Nusra Front", "the Nusra Front, which
    renamed itself Jabhat Fateh al-Sham": both names are one actor in this article. The actor
    keeps its catalogue key; a name the catalogue lacks becomes its alias here. Two different
    catalogue actors stay two (a successor is not its predecessor)."""
    t = work.t
    text = t.text
    if not (
        "known as" in text
        or "renamed" in text
        or "rebranded" in text
        or "ly called" in text
        or "ly named" in text
    ):
        return  # the regular expression below is slow to fail over a whole article
    for match in _RENAMED.finditer(text):
        before = _last_token_before(t, match.start())
        while before is not None and before > 0 and t.norm[before] in _RENAMED_GLUE:
            before -= 1
        after = _token_at(t, match.end())
        if (
            before is None
            or after is None
            or text[t.ends[before] : match.start()].strip(" \t\n,(")
            and not all(
                w in _RENAMED_GLUE
                for w in t.norm[before + 1 : _token_at(t, match.start()) or before + 1]
            )
        ):
            continue
        first_span = work.owner[before]
        second_span = work.owner[after]
        second_end = work.spans[second_span][1] if second_span >= 0 else _name_run(work, after)
        if second_end <= after:
            continue
        keys = [work.spans[x][2] if x >= 0 else None for x in (first_span, second_span)]
        known = {k for k in keys if k is not None and k in work.cat.actors}
        if len(known) > 1 or keys[0] is None:
            continue  # two catalogue actors; or the name before the cue is no actor
        key = known.pop() if known else keys[0]
        for old in keys:
            if old is not None and old != key:
                for span in work.spans:  # every mention of the other name, in this article
                    if span[2] == old:
                        span[2], span[3] = key, "renamed"
        if second_span < 0:
            work.claim(after, second_end, key, "renamed")
        for first, end in (
            (work.spans[first_span][0], work.spans[first_span][1]),
            (after, second_end),
        ):
            work.local_aliases[" ".join(t.norm[first:end])] = key


def _name_run(work: _Work, first: int) -> int:
    """End of the unclaimed capitalised name starting at token first ("Jabhat Fateh al-Sham")."""
    t = work.t
    r = rules()
    end = first
    while (
        end < len(t)
        and end - first < 8
        and work.owner[end] < 0
        and (
            t.caps[end]
            or (end > first and (t.norm[end] in r.connectors or t.norm[end] in r.particles))
        )
    ):
        if end > first and not t.joins[end - 1]:
            break
        end += 1
    while end > first and not t.caps[end - 1]:
        end -= 1
    return end


# ---------------------------------------------------------------- pass 7: short forms


def _short_form_pass(work: _Work) -> None:
    t = work.t
    r = rules()
    first_seen: dict[str, int] = {}
    for span in sorted(work.spans, key=lambda s: s[0]):
        if span[1] <= span[0]:
            continue
        key = span[2]
        first_seen.setdefault(key, span[0])
        actor = work.actor(key)
        if actor is None or actor.kind != "person" or span[1] - span[0] < 2:
            continue
        surname = t.norm[span[1] - 1]
        if len(surname) >= 3 and surname not in r.not_names:
            work.local_aliases.setdefault(surname, key)
    if not work.local_aliases:
        return
    n = len(t)
    for i in work.capitals:
        if work.owner[i] >= 0 or i in work.blocked:
            continue
        key = work.local_aliases.get(t.norm[i])
        if key is None or first_seen.get(key, n) > i:
            continue
        if i + 1 < n and t.joins[i] and t.caps[i + 1] and work.owner[i + 1] < 0:
            continue  # part of a longer name we do not know
        if len(t.norm[i]) < 4 or (
            _sentence_initial(t, i) and not (i + 1 < n and t.norm[i + 1] in r.speech)
        ):
            continue  # "Pop music", "Jobs were lost": capitals that say nothing
        work.claim(i, i + 1, key, "surname", discovered=key in work.local)


def _sentence_initial(t: Tokens, i: int) -> bool:
    before = t.text[max(0, t.starts[i] - 3) : t.starts[i]].rstrip(" \t\"“‘'")
    return i == 0 or not before or before[-1] in ".!?\n:"


# ---------------------------------------------------------------- states as places


def _drop_place_uses(work: _Work) -> None:
    t = work.t
    locatives = rules().locatives
    for ident, span in enumerate(work.spans):
        first = span[0]
        if span[1] <= first or span[3] not in ("catalogue", "alias") or first == 0:
            continue
        if work.kind(ident) != "state":
            continue
        prev = first - 1
        if t.norm[prev] == "the" and prev > 0:
            prev -= 1
        if t.norm[prev] in locatives and t.joins[prev]:
            end = span[1]
            work.release(ident)
            _drop_listed_places(work, end)


def _drop_listed_places(work: _Work, end: int) -> None:
    """ "in Syria and Iraq": a state joined by "and" or "or" to a place is a place too (a comma
    may open a clause: "In Syria, Russia is backing the regime")."""
    t = work.t
    while end + 1 < len(t) and t.norm[end] in ("and", "or"):
        nxt = end + 1
        ident = work.owner[nxt]
        if ident < 0 or work.kind(ident) != "state" or work.spans[ident][0] != nxt:
            return
        end = work.spans[ident][1]
        work.release(ident)


# ---------------------------------------------------------------- entry points


def find_actors(text: str, catalogue: Catalogue) -> list[ActorMention]:
    """Actor mentions in an article's text: sorted by offset, non-overlapping."""
    tokens = tokenize(text)
    if not len(tokens):
        return []
    work = _Work(tokens, catalogue)
    _catalogue_pass(work)
    _acronym_pass(work)
    _local_pass(work)
    _skeleton_pass(work)
    _fuzzy_pass(work)
    _titles_pass(work)
    _appositive_pass(work)
    _speech_pass(work)
    _demonym_pass(work)
    _org_pass(work)
    _renamed_pass(work)
    _local_pass(work)
    _short_form_pass(work)
    _drop_place_uses(work)
    return _mentions(work)


def _mentions(work: _Work) -> list[ActorMention]:
    t = work.t
    out: list[ActorMention] = []
    with_role: dict[str, Actor] = {}  # one copy per actor given a role, not one per mention
    for first, end, key, how, discovered in sorted(work.spans, key=lambda s: s[0]):
        if end <= first:
            continue
        actor = work.actor(key)
        if actor is None or (
            key in work.local and _junk_name(actor.name, actor.kind, work.cat.acronyms)
        ):
            continue
        role = work.roles.get(key)
        if role and actor.role != role:
            if key not in with_role:
                with_role[key] = replace(actor, role=role)
            actor = with_role[key]
        start, stop = t.starts[first], t.ends[end - 1]
        out.append(ActorMention(start, stop, t.text[start:stop], actor, discovered, how))
    return out


@cache
def _junk_rules() -> dict[str, Any]:
    junk = dict(_json("discovery.json")["junk"])
    for name in ("words", "number_words", "weekdays_months", "edge_words", "plural_nouns"):
        junk[name] = frozenset(junk[name])
    junk["phrases"] = tuple(junk["phrases"])
    return junk


def _junk_name(name: str, kind: str, acronyms: frozenset[str] = frozenset()) -> bool:
    """A name found in text that is page furniture, run-on text or markup (see "junk" in
    discovery.json), never an actor."""
    junk = _junk_rules()
    raw = _ALIAS_WORD.findall(name)
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
        r = rules()
        # "Speaker Iraqi", "Nassir Abdulaziz al-Nasser Troops": a title, a demonym or a common
        # noun inside a person's name is run-on text
        if any(w in r.title_words or w in r.demonyms for w in words) or (
            words[-1] in r.org_heads
            or words[-1] in r.not_names
            or words[-1] in junk["plural_nouns"]
        ):
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


def lookup_actor(name: str, catalogue: Catalogue) -> list[Actor]:
    """Actors a user's query may mean, best first: exact alias (any case), words, then fuzzy."""
    query = phrase_key(name)
    if not query:
        return []
    scores: dict[str, float] = {}
    for alias in catalogue.index.get(query):
        scores[alias.actor] = max(scores.get(alias.actor, 0.0), 100.0)
    query_words = set(query.split(" "))
    # another transliteration of a name ("Kadhafi", "Mohammed Mursi"): below an exact alias
    shape = skeleton(name) if len(query) >= 4 else ""
    for actor in catalogue.actors.values():
        if actor.key == query:
            scores[actor.key] = 100.0
        for text in (actor.name, *actor.aliases):
            alias = phrase_key(text)
            if alias == query:
                scores[actor.key] = max(scores.get(actor.key, 0.0), 100.0)
                continue
            if len(query) < 3:
                continue
            if shape and len(shape) >= 3 and skeleton(text) == shape:
                scores[actor.key] = max(scores.get(actor.key, 0.0), 95.0)
                continue
            words = set(alias.split(" "))
            if query_words <= words:
                score = 80.0 + 10.0 * len(query_words) / len(words)
            else:
                score = fuzz.ratio(query, alias)
                if score < 85:
                    continue
                score *= 0.9
            scores[actor.key] = max(scores.get(actor.key, 0.0), score)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], catalogue.actors[kv[0]].name))
    return [catalogue.actors[key] for key, _ in ranked]
