"""What one find_actors call works on: the article's tokens, which of them each pass has
claimed (typed spans), the actors the article itself defines, and the small readings of
token shapes that several passes share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from itertools import compress
from typing import NamedTuple

from extract.actors.per_catalogue import (
    CATALOGUE_FIRST,
    SPEECH,
    TITLE_FIRST,
    TITLE_HEAD,
    per_catalogue,
)
from extract.catalogue import Actor, Catalogue
from extract.lexicon import lexicon
from extract.name_tokens import Tokens, phrase_key, slug
from extract.person_names import person_key


class Span(NamedTuple):
    """Tokens first..end-1 claimed for an actor by a pass. Immutable: a pass that lets go of a
    span or renames its actor puts a changed copy in its place (Work.release, renamed_pass)."""

    first: int  # token index
    end: int  # token index after the last; end == first once released (dropped at the end)
    key: str  # actor key: the catalogue's, or one discovered in this article (Work.local)
    how: str  # the pass that found it: see ActorMention.how
    discovered: bool


class Work:
    """Mutable state of one find_actors call: which tokens are claimed, and by what."""

    def __init__(self, tokens: Tokens, catalogue: Catalogue):
        self.t = tokens
        self.cat = catalogue
        self.owner: list[int] = [-1] * len(tokens)
        self.spans: list[Span] = []  # a span's index is its ident in owner
        self.local: dict[str, Actor] = {}  # discovered actors by key
        self.local_aliases: dict[str, str] = {}  # phrase key -> actor key, this article only
        self.blocked: set[int] = set()  # tokens that are part of a role, not actors
        # words that ended a name the catalogue does not know ("Deutch" of "John Deutch"): no
        # other spelling of a catalogue name anywhere in this article
        self.others_names: set[str] = set()
        self.roles: dict[str, str] = {}  # actor key -> first role found
        # capitalised tokens: most passes look at nothing else
        self.capitals = list(compress(range(len(tokens)), tokens.caps))
        # Tokens some pass starts from, by kind, found in one scan of the article (a scan per
        # word list was a good part of the cost): see PerCatalogue.
        self.catalogue_firsts: list[int] = []  # first words of catalogue names
        self.title_firsts: list[int] = []  # first words of titles
        self.title_heads: list[int] = []  # head words of titles ("spokesman")
        self.speech: list[int] = []  # speech verbs
        kinds = list(map(per_catalogue(catalogue).word_kinds.__getitem__, tokens.norm))
        for i in compress(range(len(kinds)), kinds):
            kind = kinds[i]
            if kind == CATALOGUE_FIRST:  # nearly all: "the", "a", "is", names
                self.catalogue_firsts.append(i)
                continue
            if kind & CATALOGUE_FIRST:
                self.catalogue_firsts.append(i)
            if kind & TITLE_FIRST:
                self.title_firsts.append(i)
            if kind & TITLE_HEAD:
                self.title_heads.append(i)
            if kind & SPEECH:
                self.speech.append(i)

    def free(self, first: int, end: int) -> bool:
        owner = self.owner
        return all(owner[i] < 0 for i in range(first, end))

    def claim(self, first: int, end: int, key: str, how: str, discovered: bool = False) -> int:
        ident = len(self.spans)
        self.spans.append(Span(first, end, key, how, discovered))
        for i in range(first, end):
            self.owner[i] = ident
        return ident

    def release(self, ident: int) -> None:
        span = self.spans[ident]
        for i in range(span.first, span.end):
            if self.owner[i] == ident:
                self.owner[i] = -1
        self.spans[ident] = span._replace(end=span.first)  # empty: dropped at the end

    def actor(self, key: str) -> Actor | None:
        return self.local.get(key) or self.cat.actors.get(key)

    def kind(self, ident: int) -> str:
        found = self.actor(self.spans[ident].key)
        return found.kind if found else ""

    def discover(self, name: str, kind: str, aliases: Iterable[str] = ()) -> str:
        if kind == "person":
            # "Transitional National Council said": a council, front, unit or force is never
            # a person, whatever pass found it
            kind = kind_of(phrase_key(name).split(" ")) or "person"
        # one key for "Mike Mullen" and "Michael Mullen", "Anders (Fogh) Rasmussen"
        if kind == "person":
            key = person_key(name)
            catalogued = per_catalogue(self.cat).person_keys.get(key)
            if catalogued is not None:
                return catalogued
        else:
            key = slug(name)
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
        if phrase_key(role) in lexicon().courtesy:
            return  # "Mr Lavrov": a person, whose role another mention may tell
        if role and key not in self.roles:
            self.roles[key] = role


def capitalised(word: str) -> bool:
    return word[:1].isupper()


# the words of a name, as the catalogue's tokens split it
ALIAS_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\W_]+")


def last_token_before(t: Tokens, offset: int) -> int | None:
    i = bisect_right(t.ends, offset)
    return i - 1 if i > 0 else None


def token_at(t: Tokens, offset: int) -> int | None:
    text = t.text
    while offset < len(text) and text[offset] in " \t\n\"“‘'":
        offset += 1
    i = bisect_left(t.starts, offset)
    return i if i < len(t) and t.starts[i] == offset else None


def kind_of(words: Iterable[str]) -> str | None:
    heads = lexicon().org_heads
    kind = None
    for word in words:
        if word in heads:
            kind = heads[word]
    return kind


def headline(work: Work, i: int) -> bool:
    """True if token i sits on a title-case line standing alone ("Islamic State and Al-Qaeda in
    Talks"); a line inside a paragraph (a PDF's short lines) is prose, whatever its capitals."""
    t = work.t
    text = t.text
    start = text.rfind("\n", 0, t.starts[i]) + 1
    stop = text.find("\n", t.starts[i])
    stop = len(text) if stop < 0 else stop
    alone_before = not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n\n")
    opening = _sentence_start(text, t.starts[i])
    if _glued_headline(text[opening : opening + 300], t.starts[i] - opening):
        return True
    if stop - start > 200:
        return False
    alone_after = not text[stop:].strip() or text[stop : stop + 3].lstrip(" \t").startswith("\n\n")
    if not (alone_before or alone_after):
        return False
    words = re.findall(r"[^\W\d_]+", text[start:stop])
    content = [w for w in words if w.lower() not in lexicon().connectors and len(w) > 3]
    return (
        len(words) >= lexicon().headline_min_words
        and all(w[0].isupper() for w in content)
        and not text[start:stop].rstrip().endswith((".", "”", '"'))
    )


def _glued_headline(line: str, at: int) -> bool:
    """A title-case headline run into the text without its line break or full stop ("Anti-Daesh
    Forces Get the Better of Terrorists in Battle for Manbij The US-led coalition ..."): from
    the start of the sentence every longer word is capitalised up to a capitalised "The", "A"
    or "An" that opens the next sentence, and offset `at` lies before it."""
    for count, match in enumerate(_LINE_WORD.finditer(line)):
        word = match.group()
        if word in ("The", "A", "An") and count >= lexicon().headline_min_words:
            return at < match.start()
        if word.lower() not in lexicon().connectors and len(word) > 3 and not word[0].isupper():
            return False
    return False


_LINE_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (looked for up to 300 characters back)."""
    lo = max(0, at - 300)
    start = lo
    for match in _SENTENCE_END.finditer(text, lo, at):
        start = match.end()
    return start


def sentence_initial(t: Tokens, i: int) -> bool:
    before = t.text[max(0, t.starts[i] - 3) : t.starts[i]].rstrip(" \t\"“‘'")
    return i == 0 or not before or before[-1] in ".!?\n:"


@cache
def day_names() -> frozenset[str]:
    """Weekday and month names in full (text/dates/lexicon.json), folded: capitalised words
    that are never part of a name."""
    from text.dates.lexicon import lexicon as dates_lexicon

    lex = dates_lexicon()
    return frozenset(name.lower() for name in (*lex["weekdays"], *lex["months"]))
