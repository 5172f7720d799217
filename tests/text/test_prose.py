"""Input that is not prose is refused with one line, and the store is unchanged (issue 18)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.ingest import Origin, ingest_bytes, ingest_jsonl
from store import articles as article_store
from text.prose import refusal

ARTICLE = (
    "Government forces pushed into the eastern districts on Tuesday after weeks of air "
    "strikes, commanders said. Thousands of residents fled towards the river."
)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("a" * 5_000_000, "characters without a space"),
        (" ".join(["Aleppo"] * 500), "one word repeated"),
        ("".join(chr(33 + (i * 7919) % 90) for i in range(3000)), "without a space"),
        (" ".join("#$%&*+=<>^~|"[i % 12 :] + "!?" for i in range(300)), "mostly symbols"),
    ],
)
def test_not_prose_is_refused_with_a_reason(text, reason):
    found = refusal(text)
    assert found is not None and reason in found and "\n" not in found


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "叙利亚政府军周二进入东部地区，" * 200,  # a script written without spaces
        "Results: 1. Froome 84:46:14 2. Quintana +1:12 3. Valverde +5:25 " * 30,
        "https://example.org/" + "a" * 500 + " is the link.",
    ],
)
def test_prose_is_accepted(text):
    assert refusal(text) is None


def test_refused_input_leaves_the_store_unchanged(db):
    ingest_bytes(db, ARTICLE.encode(), "first.txt", Origin("first.txt"))
    before = article_store.counts(db)
    result = ingest_bytes(db, b"a" * 5_000_000, "huge.txt", Origin("huge.txt"))
    assert len(result.errors) == 1 and "without a space" in result.errors[0]
    assert article_store.counts(db) == before


def test_a_long_first_line_makes_a_title_of_at_most_300_characters(db):
    line = " ".join(["Syrian forces advance"] * 40)
    result = ingest_jsonl(db, [f'{{"text": "{line}. {ARTICLE}"}}'], "bulk")
    assert result.errors == [] and len(result.articles[0].title) <= 300


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Aleppo", "had", "the", "x"]), min_size=1, max_size=60))
def test_the_token_in_more_than_half_the_places_is_among_the_candidates(tokens):
    from collections import Counter

    from text.prose import _majority_candidates

    token, count = Counter(tokens).most_common(1)[0]
    if count > len(tokens) / 2:
        assert token in _majority_candidates(tokens)


@pytest.mark.parametrize(
    "sample",
    ["Orsk_2019!?", "".join(chr(c) for c in range(33, 128)), "Erdoğan’s “Orsk” — 12,5%", ""],
)
def test_word_characters_are_those_the_pattern_does_not_delete(sample):
    import re

    from text.prose import _word_chars

    assert _word_chars(sample) == len(re.sub(r"[\W_]", "", sample))
