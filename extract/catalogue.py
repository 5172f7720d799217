"""The actor catalogue and the phrase index that finds catalogued names in text.

The curated catalogue is `extract/actors.json`; users extend or correct it without code through a
JSON file in the same schema, named by `load_catalogue(extra_path)` or by the SITREP_ACTORS
environment variable. A user entry whose key exists adds aliases and affiliations and replaces the
other fields it gives; a new key adds an actor.

Names are matched over word tokens, not characters: a text is tokenized once (cached), each token
folded (diacritics stripped, lower case) and a phrase is the space-joined folded tokens, so
"Al Qaeda", "Al-Qaeda" and "al-Qaeda" share one key, and "ISIS’s" yields the token "ISIS" followed
by a separate "s". A phrase index maps keys to payloads and knows, per first token, the longest
phrase starting with it, so looking up every token of an article costs one dict probe per token.

Case rules live with each alias: an all-capitals alias ("IS", "US", "SDF") only matches
all-capitals text, so the verb "is" is never the Islamic State; a one-word alias needs a capital
initial; a longer alias needs at least one capitalised word; an alias written in lower case in the
catalogue ("the regime") matches in any case but only as a contextual alias (see `contextual` in
the JSON: it counts only when one of the listed actors is named elsewhere in the same article).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import itemgetter
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from text.data import json_file
from text.memo import Memo
from text.tokens import fold_lower as fold  # re-exported: actors, places and relations use it

KINDS = frozenset(
    {
        "state",
        "armed_group",
        "coalition",
        "party",
        "government",
        "organisation",
        "media",
        "person",
        "force",
    }
)

# "U.S." is one token (so it can be an all-capitals alias); otherwise runs of letters and digits.
_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W_]+")
# Characters that may sit between two words of one name: spaces (a line break from a PDF
# included), a hyphen, an apostrophe, or a dot with no space ("St.Petersburg").
_JOINABLE_GAP = re.compile(r"[ \t\u00a0]{0,3}(?:\r?\n[ \t\u00a0]{0,3})?|[-–'’‘.]|[ \t]?[-–][ \t]?")


@dataclass(frozen=True)
class Tokens:
    """Word tokens of one text: parallel tuples, so passes over them stay cheap."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raw: tuple[str, ...]
    norm: tuple[str, ...]
    joins: tuple[bool, ...]  # joins[i]: token i and token i+1 may belong to one name
    caps: tuple[bool, ...]  # caps[i]: token i starts with a capital letter

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The characters between token i and token i+1."""
        return self.text[self.ends[i] : self.starts[i + 1]]


@lru_cache(maxsize=8)
def tokenize(text: str) -> Tokens:
    """Tokens of a text; cached because actors and places each walk the same article."""
    # One C-level split gives [gap, token, gap, token, ..., gap]; the rest are C-level maps over
    # dictionaries that remember every word and gap already seen, because this runs on every
    # article and a Python loop per token is the cost that shows.
    ascii_words = text.isascii() or _NON_ASCII_WORD_CHAR.search(text) is None
    pieces = (_TOKEN_SPLIT_ASCII if ascii_words else _TOKEN_SPLIT).split(text)
    raw = pieces[1::2]
    positions = list(accumulate(map(len, pieces)))
    joins = list(map(_GAP_JOINS.__getitem__, pieces[2::2]))
    if joins:
        joins[-1] = False
    caps = tuple(map(str.isupper, map(itemgetter(0), raw)))
    return Tokens(
        text,
        tuple(positions[0:-1:2]),
        tuple(positions[1::2]),
        tuple(raw),
        tuple(map(_NORMS.__getitem__, raw)),
        tuple(joins),
        caps,
    )


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same split where every letter and digit is ASCII (most news text, curly quotes aside):
# an ASCII class is a third faster for the engine than the Unicode category test.
_TOKEN_SPLIT_ASCII = re.compile(r"([A-Z](?:\.[A-Z])+\.|[A-Za-z0-9]+)")
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
_COMMON_JOINS = frozenset(
    {" ", "\t", "\u00a0", "\n", "-", "–", "'", "’", "‘", ".", "  ", " \n", "\n "}
)


T = TypeVar("T")


def _gap_joins(gap: str) -> bool:
    return gap in _COMMON_JOINS or (len(gap) > 1 and _JOINABLE_GAP.fullmatch(gap) is not None)


@lru_cache(maxsize=16384)
def norm_word(word: str) -> str:
    """The folded form of one token, as in Tokens.norm: "U.S." -> "us", "Aleppo" -> "aleppo"."""
    if word.isascii():
        return word.replace(".", "").lower() if "." in word else word.lower()
    return fold(word.replace(".", "")) if "." in word else fold(word)


# Words and gaps seen in earlier articles (about 30,000 distinct words per 500 articles).
_NORMS: Memo[str] = Memo(norm_word, 200_000)
_GAP_JOINS: Memo[bool] = Memo(_gap_joins, 10_000)


@lru_cache(maxsize=65536)
def phrase_key(phrase: str) -> str:
    """The index key of a name: its folded tokens joined by single spaces."""
    return " ".join(norm_word(word) for word in _TOKEN.findall(phrase))


class PhraseIndex(Generic[T]):
    """Phrase keys to payloads, probed token by token, longest phrase first."""

    def __init__(self, entries: Mapping[str, list[T]]):
        self._entries = dict(entries)
        longest: dict[str, int] = {}
        for key in self._entries:
            words = key.split(" ")
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        self._longest = longest
        # Every leading part of a key ("islamic", "islamic state", ...): matches_at stops growing a
        # phrase at the first token that no key continues with, instead of probing every length.
        self._prefixes = frozenset(
            " ".join(words[:size])
            for words in map(str.split, self._entries, repeat(" "))
            for size in range(1, len(words) + 1)
        )
        self.first_words = frozenset(longest)  # probe this before matches_at: it is cheaper
        self._one_word = frozenset(key for key in self._entries if " " not in key)
        # first word -> the second words of the longer keys starting with it
        second: dict[str, set[str]] = {word: set() for word in longest}
        for key in self._entries:
            words = key.split(" ", 2)
            if len(words) > 1:
                second[words[0]].add(words[1])
        self._second = {word: frozenset(after) for word, after in second.items()}

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str) -> list[T]:
        return self._entries.get(key, [])

    def starts(self, tokens: Tokens, among: Iterable[int] | None = None) -> list[int]:
        """Indexes of the tokens where matches_at may find something (see may_start_at), in
        order; `among`, if given, lists (in order) every token whose word is in first_words."""
        norm, joins = tokens.norm, tokens.joins
        one_word, second = self._one_word, self._second
        last = len(norm) - 1
        if among is None:
            among = compress(range(len(norm)), map(self.first_words.__contains__, norm))
        # may_start_at inlined: this runs over every article
        return [
            i
            for i in among
            if norm[i] in one_word or (i < last and joins[i] and norm[i + 1] in second[norm[i]])
        ]

    def may_start_at(self, tokens: Tokens, i: int) -> bool:
        """False if matches_at(tokens, i) surely finds nothing: token i is no one-word phrase and
        no longer phrase starts with it and the next token ("the" only before "regime", ...)."""
        return tokens.norm[i] in self._one_word or self.longer_may_start_at(tokens, i)

    def longer_may_start_at(self, tokens: Tokens, i: int) -> bool:
        """False if no phrase of two words or more can start at token i (see may_start_at)."""
        norm = tokens.norm
        return (
            i + 1 < len(norm) and tokens.joins[i] and norm[i + 1] in self._second.get(norm[i], ())
        )

    def matches_at(self, tokens: Tokens, i: int) -> Iterator[tuple[int, list[T]]]:
        """(length in tokens, payloads) of every phrase starting at token i, longest first."""
        norm = tokens.norm
        key = norm[i]
        longest = self._longest.get(key)
        if longest is None:
            return
        keys = [key]
        joins = tokens.joins
        prefixes = self._prefixes
        stop = min(longest, len(tokens) - i)
        n = 1
        while n < stop and joins[i + n - 1]:
            key = f"{key} {norm[i + n]}"
            if key not in prefixes:
                break
            keys.append(key)
            n += 1
        entries = self._entries
        for size in range(n, 0, -1):
            payloads = entries.get(keys[size - 1])
            if payloads:
                yield size, payloads


@dataclass(frozen=True)
class Actor:
    """A catalogue entry, or an actor discovered in one article."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliations: tuple[str, ...]
    description: str | None
    role: str | None = None


@dataclass(frozen=True)
class Alias:
    """One way of writing an actor's name, with the case rule that applies to it."""

    actor: str
    text: str
    case: str  # "acronym" | "capital" | "any" | "lower"
    requires: tuple[str, ...] = ()  # contextual: counts only when one of these actors is named


def case_rule(alias: str) -> str:
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters:
        return "any"
    if all(ch.isupper() for ch in letters) and len(letters) <= 8:
        return "acronym"
    if not any(ch.isupper() for ch in letters):
        return "lower"
    return "capital" if len(tokenize(alias)) == 1 else "any"


def slug(name: str) -> str:
    """A stable key for a discovered name: "the Soufan Group" -> "soufan-group"."""
    # The words of tokenize(name).norm, without its cache: a few names per article would push
    # the article's own tokens out of it, and places would tokenize the article again.
    words = list(map(_NORMS.__getitem__, _TOKEN.findall(name)))
    if words and words[0] == "the":
        words = words[1:]
    return "-".join(words) or "unnamed"


@dataclass(frozen=True)
class Catalogue:
    """Every known actor and the indexes that find them; immutable after load."""

    actors: Mapping[str, Actor]
    index: PhraseIndex[Alias]
    # Fuzzy blocking: one-word names by (first letter, length), longer names by (first letter,
    # number of words) as parallel tuples of phrases and actor keys.
    single_words: Mapping[tuple[str, int], tuple[tuple[str, str], ...]]
    phrases: Mapping[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]]
    acronyms: frozenset[str] = field(default_factory=frozenset)

    def get(self, key: str) -> Actor | None:
        return self.actors.get(key)

    def __len__(self) -> int:
        return len(self.actors)


def _read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise ValueError(f'{path}: expected {{"actors": [...]}}')
    return data


def _builtin() -> dict[str, Any]:
    data: dict[str, Any] = json_file("extract", "actors.json")
    return data


def _merge(entries: dict[str, dict[str, Any]], extra: list[dict[str, Any]], source: str) -> None:
    for raw in extra:
        if not isinstance(raw, dict) or not raw.get("key"):
            raise ValueError(f'{source}: every actor needs a "key"')
        key = str(raw["key"])
        if key in entries:
            merged = dict(entries[key])
            for name in ("aliases", "affiliations"):
                merged[name] = list(dict.fromkeys([*merged.get(name, []), *raw.get(name, [])]))
            if raw.get("contextual"):
                merged["contextual"] = [*merged.get("contextual", []), *raw["contextual"]]
            for name in ("name", "kind", "description"):
                if raw.get(name):
                    merged[name] = raw[name]
            entries[key] = merged
        else:
            if not raw.get("name"):
                raise ValueError(f'{source}: actor {key!r} needs a "name"')
            entries[key] = dict(raw)
        kind = entries[key].get("kind", "organisation")
        if kind not in KINDS:
            raise ValueError(f"{source}: actor {key!r} has unknown kind {kind!r}")


def build_catalogue(data: list[dict[str, Any]]) -> Catalogue:
    """A catalogue from entries in the JSON schema (already merged)."""
    actors: dict[str, Actor] = {}
    keyed: dict[str, list[Alias]] = {}
    singles: dict[tuple[str, int], list[tuple[str, str]]] = {}
    phrases: dict[tuple[str, int], list[tuple[str, str]]] = {}
    acronyms: set[str] = set()
    for entry in data:
        key = str(entry["key"])
        name = str(entry["name"])
        aliases = tuple(dict.fromkeys(a for a in entry.get("aliases", []) if a and a != name))
        actors[key] = Actor(
            key=key,
            name=name,
            kind=entry.get("kind", "organisation"),
            aliases=aliases,
            affiliations=tuple(entry.get("affiliations", [])),
            description=entry.get("description") or None,
        )
        for text in (name, *aliases):
            rule = case_rule(text)
            if rule == "lower":
                continue  # a lower-case name is only trusted as a contextual alias
            phrase = phrase_key(text)
            if not phrase:
                continue
            keyed.setdefault(phrase, []).append(Alias(key, text, rule))
            if rule == "acronym":
                acronyms.add(phrase)
                continue
            words = phrase.split(" ")
            if len(words) == 1 and len(phrase) >= 5:
                singles.setdefault((phrase[0], len(phrase)), []).append((phrase, key))
            elif len(words) > 1:
                phrases.setdefault((phrase[0], len(words)), []).append((phrase, key))
        for context in entry.get("contextual", []):
            phrase = phrase_key(context["alias"])
            requires = tuple(context.get("when", ()))
            keyed.setdefault(phrase, []).append(Alias(key, context["alias"], "lower", requires))
    for aliases_of_key in keyed.values():
        # Stricter rules first, so "IS" (acronym) is tried before a looser alias of the same key.
        aliases_of_key.sort(key=lambda a: ("acronym", "capital", "any", "lower").index(a.case))
    return Catalogue(
        actors=MappingProxyType(actors),
        index=PhraseIndex(keyed),
        single_words=MappingProxyType({k: tuple(v) for k, v in singles.items()}),
        phrases=MappingProxyType(
            {k: (tuple(p for p, _ in v), tuple(a for _, a in v)) for k, v in phrases.items()}
        ),
        acronyms=frozenset(acronyms),
    )


@lru_cache(maxsize=4)
def _load(extra_path: str | None, stamp: float) -> Catalogue:
    from text.compiled import compiled

    def build() -> Catalogue:
        entries: dict[str, dict[str, Any]] = {}
        _merge(entries, _builtin()["actors"], "actors.json")
        if extra_path:
            _merge(entries, _read_json(extra_path)["actors"], extra_path)
        return build_catalogue(list(entries.values()))

    # Compiled once per set of files (a changed $SITREP_ACTORS file rebuilds); a bad user file
    # still raises here, from build(), every time it is read.
    sources = [__file__, str(resources.files("extract").joinpath("actors.json"))]
    if extra_path:
        return compiled("catalogue+user", [*sources, extra_path], build)
    return compiled("catalogue", sources, build)


def load_catalogue(extra_path: str | None = None) -> Catalogue:
    """The built-in catalogue merged with a user's file (argument, else $SITREP_ACTORS); cached."""
    path = extra_path or os.environ.get("SITREP_ACTORS") or None
    stamp = os.path.getmtime(path) if path else 0.0
    return _load(path, stamp)
