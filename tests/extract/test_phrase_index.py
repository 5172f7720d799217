"""extract/phrase_index.py: phrases probed token by token, longest first."""

from __future__ import annotations

from extract.name_tokens import tokenize
from extract.phrase_index import PhraseIndex


def test_the_phrase_index_finds_the_longest_phrase_first() -> None:
    index = PhraseIndex({"zentil": ["short"], "zentil freedom league": ["long"]})
    tokens = tokenize("Fighters of the Zentil Freedom League and of Zentil alone.")
    starts = index.starts(tokens)
    assert [tokens.raw[i] for i in starts] == ["Zentil", "Zentil"]
    assert list(index.matches_at(tokens, starts[0])) == [(3, ["long"]), (1, ["short"])]
    assert list(index.matches_at(tokens, starts[1])) == [(1, ["short"])]
    assert "zentil" in index and index.get("nothing") == []


def test_a_phrase_does_not_run_over_a_gap_that_parts_names() -> None:
    index = PhraseIndex({"zentil freedom": ["both"], "zentil": ["one"]})
    tokens = tokenize("Zentil; Freedom came later.")
    assert index.may_start_at(tokens, 0) and not index.longer_may_start_at(tokens, 0)
    assert list(index.matches_at(tokens, 0)) == [(1, ["one"])]
