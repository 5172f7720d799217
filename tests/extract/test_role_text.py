"""extract/role_text.py: where a role is written, its title and its head word."""

from __future__ import annotations

from extract.role_text import role_head, role_title


def test_role_matches_find_what_the_equivalent_regular_expression_finds():
    import random
    import re

    from extract.role_text import role_matches

    rng = random.Random(5)
    pieces = ["a", "b", "ab", " ", "  ", "\n", "\u00a0", "\u2003", ".", "Mr"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        words = " ".join(
            rng.choice(["a", "b", "ab", "Mr", "a.", "b a"]) for _ in range(rng.randint(1, 3))
        ).split()
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert list(role_matches(text, words, lo, hi)) == [
            (m.start(), m.end()) for m in pattern.finditer(text, lo, hi)
        ], (text, words, lo, hi)


def test_the_title_of_a_role_and_where_its_qualifier_ends():
    title, qualifier_end = role_title("Iraqi Prime Minister")
    assert title.text.lower() == "prime minister" and title.predicate == "leads"
    assert qualifier_end == len("Iraqi ")
    title, _ = role_title("a Zentil League spokesman")
    assert title.text == "spokesman" and title.predicate == "speaks_for"
    assert role_title("Zentil League")[0] is None


def test_the_head_of_a_role_is_its_last_word_before_of_for_at():
    assert role_head("chief U.S. economist for Capital Economics") == "economist"
    assert role_head("Commander of the Zentil League") == "commander"


def test_a_possessive_without_its_apostrophe_opens_no_role():
    from extract.role_text import without_unmarked_possessive as shown

    assert shown("Syrias Deputy Foreign Minister") == "Deputy Foreign Minister"
    assert shown("Turkeys Foreign Minister") == "Foreign Minister"
    assert shown("Observatorys head") == "head"
    # a plural, or a name that ends in s, is no possessive
    for role in ("Times correspondent", "Homs governor", "Hamas leader", "Republicans leader"):
        assert shown(role) == role
