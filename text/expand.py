"""Other words for what a query asks: synonyms from text/synonyms.json, each country with its
capital from text/capitals.tsv, and question frames ("how many") that carry no search term.

A query's words are matched against each group's entries on search terms (stemmed,
case-folded), longest entry first, so "shot dead" is one match and "air strikes" matches
"air strike". Every other entry of a matched group becomes an Alternative: terms to search for
too, remembered with the words of the query they stand for, so that an answer found through
them can say so ("matched assassinated for killed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text import tokens
from text.data import json_file, text_lines


@dataclass(frozen=True)
class Alternative:
    asked: str  # the query's words, as typed
    said: str  # the other wording, as listed
    terms: tuple[str, ...]  # its search terms
    via: str  # synonym | alias | spelling | form | thesaurus | association | feedback


@dataclass(frozen=True)
class Frame:
    key: tuple[str, ...]  # every word, stemmed (phrase matching)
    terms: tuple[str, ...]  # its search terms: dropped from the query
    quantity: bool


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]  # entry -> others
    longest: int
    frames: tuple[Frame, ...]
    written: dict[tuple[str, ...], tuple[str, ...]]  # entry -> its words as listed
    # the words of entries of more than one word looked for as phrases: those of a group marked
    # "phrases" ("per cent": not any passage saying "cents per litre"), lower-cased
    phrases: frozenset[str] = frozenset()


def _entry_terms(words: str) -> tuple[str, ...]:
    return tuple(tokens.terms(words))


def _capital_groups(taken: set[tuple[str, ...]]) -> list[list[str]]:
    """[country, capital], a group, for each line of text/capitals.tsv (from GeoNames) neither
    of whose names is an entry of the groups already made (taken: their search terms): news
    names a state by its capital ("Ottawa to fly Canadians out")."""
    out = []
    for line in text_lines("text", "capitals.tsv"):
        country, capital, _ = line.split("\t")
        if _entry_terms(country) not in taken and _entry_terms(capital) not in taken:
            out.append([country, capital])
    return out


@cache
def lexicon() -> Lexicon:
    data = json_file("text", "synonyms.json")
    entries: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {}
    written: dict[tuple[str, ...], set[str]] = {}
    groups = [group["words"] for group in data["groups"]]
    phrases = frozenset(
        w.lower()
        for group in data["groups"]
        if group.get("phrases")
        for w in group["words"]
        if len(w.split()) > 1
    )
    groups += _capital_groups({_entry_terms(w) for words in groups for w in words})
    for group_words in groups:
        words = [(w, _entry_terms(w)) for w in group_words]
        for word, key in words:
            if not key:
                continue
            written.setdefault(key, set()).add(word)
            others = entries.setdefault(key, {})
            for other, other_key in words:
                if other_key and other_key != key:
                    others.setdefault(other_key, other)
    frames = tuple(
        Frame(tuple(tokens.phrase_key(f["words"])), _entry_terms(f["words"]), bool(f["quantity"]))
        for f in data["question_frames"]
    )
    return Lexicon(
        {k: tuple((said, t) for t, said in v.items()) for k, v in entries.items()},
        max((len(k) for k in entries), default=1),
        frames,
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in written.items()},
        phrases,
    )


def _asked_words(query: str, start: int, end: int, listed: tuple[str, ...]) -> str:
    """The query's words for an entry: its search terms' span, stretched over function words
    the listed entry goes on with ("blown up", not "blown")."""
    for words in listed:
        pattern = r"\W+".join(re.escape(w) for w in words.split())
        match = re.compile(pattern, re.IGNORECASE).match(query, start)
        if match and match.end() > end:
            return query[start : match.end()]
    return query[start:end]


def _edges(words: str) -> tuple[list[str], list[str]]:
    """The function words an entry begins and ends with ("down" of "brought down"): words
    that give no search term."""
    written = words.split()
    content = [j for j, w in enumerate(written) if tokens.terms(w)]
    if not content:
        return [], []
    return written[: content[0]], written[content[-1] + 1 :]


def _alternative(
    asked: str, said: str, terms: tuple[str, ...], phrase: bool = False
) -> Alternative:
    """An entry beginning or ending with function words is looked for as a phrase ("brought
    down", not any passage saying "brought"), as WordNet's phrases are; so is one its group
    marks so (phrase: "per cent"), whose words are searched for too."""
    before, after = _edges(said)
    if not before and not after and not phrase:
        return Alternative(asked, said, terms, "synonym")
    from text.word_relations import PhraseAlternative, SearchedPhraseAlternative

    # a marked entry's words are all words of their own: searched for, counted as the phrase
    kind = SearchedPhraseAlternative if not before and not after else PhraseAlternative
    return kind(asked, said, terms, "synonym", tuple(tokens.phrase_key(said)))


def _function_words_typed(query: str, start: int, end: int, listed: tuple[str, ...]) -> bool:
    """Whether the query's words at start:end are one of the listed entries whole: an entry
    that begins or ends with function words ("shot down", "took over", "rounded up") is
    searched as its other words alone ("shot", "took", "round"), which are words of their own
    ("protesters shot by police", "the first round of talks"): it is matched only where the
    query goes on with those words too."""
    for words in listed:
        before, after = _edges(words)
        if after:
            pattern = r"\W+" + r"\W+".join(re.escape(w) for w in after) + r"\b"
            if not re.compile(pattern, re.IGNORECASE).match(query, end):
                continue
        if before:
            pattern = r"\b" + r"\W+".join(re.escape(w) for w in before) + r"\W+$"
            if not re.search(pattern, query[:start], re.IGNORECASE):
                continue
        return True
    return not listed


def question_frame(query: str) -> tuple[set[str], bool]:
    """Search terms that only frame a question ("how many" -> "mani"), and whether the query
    asks for a quantity."""
    words = tokens.phrase_key(query)
    drop: set[str] = set()
    quantity = False
    for frame in lexicon().frames:
        n = len(frame.key)
        if any(tuple(words[i : i + n]) == frame.key for i in range(len(words) - n + 1)):
            drop.update(frame.terms)
            quantity = quantity or frame.quantity
    return drop, quantity


def synonyms(query: str) -> list[Alternative]:
    """Alternatives for the words of a query found in the synonym groups."""
    lex = lexicon()
    spans = tokens.term_spans(query)
    found: list[Alternative] = []
    i = 0
    while i < len(spans):
        for n in range(min(lex.longest, len(spans) - i), 0, -1):
            key = tuple(t for _, _, t in spans[i : i + n])
            others = lex.entries.get(key)
            if others is None:
                continue
            start, end = spans[i][0], spans[i + n - 1][1]
            listed = lex.written.get(key, ())
            if not _function_words_typed(query, start, end, listed):
                continue
            asked = _asked_words(query, start, end, listed)
            found.extend(
                _alternative(asked, said, terms, said.lower() in lex.phrases)
                for said, terms in others
            )
            i += n
            break
        else:
            i += 1
    return found
