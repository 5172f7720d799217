"""The strings a pattern written as a list of words matches (text/pattern_words.py), and the
substring test text/clutter_glued_caption.py makes of them before reading a paragraph's words.
Patterns and words are invented; each list is checked against the engine's own fullmatch."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text import clutter_glued_caption
from text.clutter_glued_caption import glued_caption
from text.clutter_shapes import word_trie
from text.pattern_words import pattern_strings


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        ("(?:Amid|Across|Under)", {"Amid", "Across", "Under"}),
        # a trie of words, as text/clutter.txt's macros are expanded: a common prefix, an
        # optional rest, single letters the parser turns into a class
        (
            "(?:A(?:cross|mid|t)|In(?:side)?|O(?:n|ver))",
            {"Across", "Amid", "At", "In", "Inside", "On", "Over"},
        ),
        ("Fen(?:d)?|Vor", {"Fen", "Fend", "Vor"}),
        ("ab{2}", {"abb"}),
        ("(?:x|y)(?:1|2)", {"x1", "x2", "y1", "y2"}),
    ],
)
def test_a_list_of_words_gives_its_words(pattern, strings):
    assert pattern_strings(re.compile(pattern)) == strings


@pytest.mark.parametrize(
    "pattern",
    [
        "[a-z]+",  # an open repeat
        "(?i:Amid|Under)",  # case folding
        "Amid|Under",
        "Amid\\b",  # an anchor
        "Amid(?=s)",  # a look-around
        "(A)\\1",  # a back-reference
        "[^a]",  # a negated class
        "\\w",  # a category
        "a?+a",  # a possessive repeat may refuse what its body matches
        "(?:a|b){6}",  # past the longest short repeat
    ],
)
def test_anything_else_gives_none(pattern):
    flags = re.IGNORECASE if pattern == "Amid|Under" else 0
    assert pattern_strings(re.compile(pattern, flags)) is None


def test_too_many_strings_give_none():
    assert (
        pattern_strings(re.compile("(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)"))
        is None
    )


_WORDS = st.lists(st.text("Aabnr", min_size=1, max_size=5), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.text("Aabnr ", max_size=8))
def test_fullmatch_holds_exactly_for_the_strings(words, probe):
    pattern = re.compile(word_trie("(?:" + "|".join(map(re.escape, words)) + ")"))
    strings = pattern_strings(pattern)
    assert strings == set(words)
    assert (pattern.fullmatch(probe) is not None) == (probe in strings)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a caption run into an adverbial lead: the adverbial's word stands in the paragraph
        "Vornland airlines have flown aid to Orsk In Port Varn, the rescuers have pulled several "
        "survivors from the rubble.",
        "The harbour has been closed by the storm for a week To counter the sanctions imposed by "
        "the Varnholt Union and Vornland, the council has tried to barter.",
        # a comma and none of the adverbials' words: nothing to read
        "Kel Varga, pictured in 2010, said the harbour would reopen within a week of the storm.",
        "The ferry crews, who waited on the quay, were paid by the council of Port Varn.",
        # an adverbial's word inside another word only ("Interim", "Tomorrow")
        "Interim figures from Port Varn show that, by Tomorrow's count, the quay is flooded.",
    ],
)
def test_the_substring_test_changes_no_answer(paragraph, monkeypatch):
    text = f"Orsk ferries are halted.\n\n{paragraph}\n\nThe council met on Monday."
    found = glued_caption(paragraph, text)
    monkeypatch.setattr(clutter_glued_caption, "_may_front", lambda _paragraph: True)
    assert glued_caption(paragraph, text) == found


def test_a_paragraph_without_the_adverbials_words_is_not_read(monkeypatch):
    read = []
    real = clutter_glued_caption.sentence_words

    def counted(paragraph, alone=False):
        read.append(paragraph)
        return real(paragraph, alone)

    monkeypatch.setattr(clutter_glued_caption, "sentence_words", counted)
    paragraph = "The ferry crews, who waited on the quay, were paid by the council of Port Varn."
    assert glued_caption(paragraph, paragraph) is None
    assert read == []
    with_word = "Ferries are lying idle at the quay Under the new rules, the crews will be paid."
    glued_caption(with_word, with_word)
    assert read == [with_word]
