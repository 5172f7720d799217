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


@pytest.mark.slow  # every code point: about 3 s
def test_only_the_listed_characters_lower_case_away_from_a_letter_they_match():
    """A required word is looked for in the lower-cased text: that is sound as long as every
    character a case-insensitive pattern matches to an ASCII character lower-cases to a string
    holding it, the characters of FOLDS_TO_ASCII aside."""
    related = [
        ch
        for ch in map(chr, range(128, 0x110000))
        if any(c.isascii() for c in ch.upper() + ch.lower() + ch.casefold())
    ]
    unsound = {
        ch
        for ch in related
        for letter in map(chr, range(128))
        if re.fullmatch(re.escape(letter), ch, re.IGNORECASE) and letter.lower() not in ch.lower()
    }
    assert unsound <= set("\u0130\u0131\u017f\u212a")


@pytest.mark.parametrize(
    ("sentence", "clutter"),
    [
        ("The convoy reached the town, the Blorvian agency wrote:", True),
        ("Fighters gather near the front. Photograph: Zed Quarnel", True),
        ("Smoke rises over the hills of Vandor / Reuters", True),
        ("Smoke rises over the hills of Vandor / REUTERS", True),
        ("Smoke rises over the hills of Vandor, REPORT ABUSE", False),
        ("Smoke rises over the hills of Vandor. Report abuse", True),
        ("Protesters marched on Tuesday through the old city of Vandor.", False),
        ("Protesters marched through Vandor, the agency ſaid:", False),
    ],
)
def test_unanchored_clutter_is_found_by_its_words(sentence, clutter):
    from extract.sentence_kinds import is_clutter

    assert is_clutter(sentence) is clutter


def test_the_comment_marks_cover_every_match_of_the_comment_pattern():
    """evidence_ok runs the comment pattern only on a sentence holding one of its marks: each
    word the pattern requires must hold a mark (the pattern is case-sensitive, and the marks
    are written as it writes them)."""
    from extract.statements import _COMMENT, _COMMENT_MARKS

    assert not _COMMENT.flags & re.IGNORECASE
    words = required_words(_COMMENT, shortest=1)
    assert words
    for word in words:
        assert any(mark.lower() in word for mark in _COMMENT_MARKS), word
        assert any(mark in _COMMENT.pattern for mark in _COMMENT_MARKS if mark.lower() in word)
