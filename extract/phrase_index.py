"""A phrase index: name keys (extract/name_tokens.py) to payloads, probed token by token,
longest phrase first. It knows, per first token, the longest phrase starting with it, so looking
up every token of an article costs one dict probe per token. The actor catalogue, titles,
demonym heads and curated places are each one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import compress, repeat
from typing import Generic, TypeVar

from extract.name_tokens import Tokens

T = TypeVar("T")


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
