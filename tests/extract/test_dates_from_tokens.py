"""The date tagger given an article's word tokens finds what it finds without them."""

import importlib

import pytest

from extract.name_tokens import tokenize
from text.dates import tag_dates
from text.dates.grammar import grammar

scan = importlib.import_module("text.dates.scan")

# Invented texts, with the edges of a head: apostrophes, underscores, dotted acronyms,
# digits of other scripts, words that start like a head.
TEXTS = [
    "The Zarvan accord of 12 Mayhew 2031 was signed in May 2031, two years ago.",
    "In the ’90s and the '80s, and in 1990's and 1990s, x90s _90s Q3 Q5 xQ3 2014_ _2014.",
    "U.S.May U.S. May A.M.Q.1 S.Sunday Mayday today's yesterday’s Monday-Friday 2014-15",
    "١٩٩٠ 1٩٩٠ 20٢٠ May_ _May day-to-day 1990’s’ Q1-2014 Q4/2013 ’90s’ 90s90s ‘90s",
    "Ministers of Velloria met on Tuesday; last week they met in Quorin.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_heads_found_from_tokens_are_the_heads_of_the_text(text):
    rules = grammar()
    expected = [(m.start(), m.end()) for m in rules.heads.finditer(text)]
    found = [(m.start(), m.end()) for m in scan._heads_at(text, rules, tokenize(text))]
    assert found == expected


@pytest.mark.parametrize("text", TEXTS)
def test_tagging_with_tokens_finds_the_same_mentions(text):
    scan._LAST_MATCHES.clear()  # the matches of the last text are kept: tag it anew each time
    with_tokens = tag_dates(text, "2031-03-20", tokenize(text))
    scan._LAST_MATCHES.clear()
    assert with_tokens == tag_dates(text, "2031-03-20")


def test_a_date_is_found_from_tokens():
    text = "The Velloria talks resumed on Tuesday 14 March 2031, after the 2030 ceasefire."
    scan._LAST_MATCHES.clear()
    found = [(m.text, m.value) for m in tag_dates(text, "2031-03-20", tokenize(text))]
    assert found == [("Tuesday 14 March 2031", "2031-03-14"), ("2030", "2030")]
