"""Required words of a pattern: every match holds one, so a text without any is skipped."""

from __future__ import annotations

import re

import pytest

from extract import relations
from extract.required_words import required_words


def test_alternation_of_words_is_required():
    pattern = re.compile(r"\d+\s*-\s*(?:backed|supported|armed)\s+\w+", re.IGNORECASE)
    assert required_words(pattern) == {"backed", "supported", "armed"}


def test_optional_parts_and_short_words_require_nothing():
    assert required_words(re.compile(r"(?:very\s+)?(?:grimbly|snorf)\s+of")) == {
        "grimbly",
        "snorf",
    }
    assert required_words(re.compile(r"(?:is|was)\s+\d+")) == frozenset()
    assert required_words(re.compile(r"(?:zorblat)?\d+")) == frozenset()


def test_a_branch_without_words_leaves_the_alternation_without_any():
    assert required_words(re.compile(r"(?:quarnel|\d+)\s+x")) == frozenset()


def test_the_most_selective_candidate_is_kept():
    pattern = re.compile(r"(?:the|an)\s+vexillary\s+(?:plonk|fribbet)")
    assert required_words(pattern) == {"vexillary"}


def test_prefixes_shared_by_branches_are_kept_as_the_parse_has_them():
    # the engine's parse factors "allied|allies" into "allie" and a choice of d or s
    assert required_words(re.compile(r"(?:allied|allies)\s+with", re.IGNORECASE)) == {"allie"}


@pytest.mark.parametrize(
    "text",
    [
        "The Blorvian Front-BACKED militia moved.",
        "7 - Supported fighters",
        "12-armed men",
    ],
)
def test_every_match_holds_a_required_word(text):
    pattern = re.compile(r"\w+\s*-\s*(?:backed|supported|armed)\s+\w+", re.IGNORECASE)
    match = pattern.search(text)
    assert match is not None
    lowered = match.group().lower()
    assert any(word in lowered for word in required_words(pattern))


def test_relations_patterns_each_hold_a_required_word_where_they_match():
    """Every relation pattern's required words, checked against a match of it built from
    invented names: the filter never hides a match."""
    text = (
        "\ue0000\ue001-backed \ue0001\ue001 moved. \ue0000\ue001 is allied with \ue0001\ue001. "
        "\ue0000\ue001 pledged allegiance to \ue0001\ue001."
    )
    lowered = text.lower()
    present = relations._present_words(lowered)
    for pattern in relations._patterns():
        if pattern.required and pattern.regex.search(text):
            assert pattern.required & present, pattern.regex.pattern
