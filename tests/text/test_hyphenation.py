import itertools
import json
import re
from pathlib import Path

import pytest

from text.hyphenation import joins_across_hyphen, rejoin_hyphenated


@pytest.mark.parametrize(
    "broken, expected",
    [
        ("seem-\ningly", "seemingly"),
        ("invulner-\nable", "invulnerable"),
        ("dramat-\nic", "dramatic"),
        ("Decem-\n\nber", "December"),  # across a blank line, as between columns
        ("Rus-\nsia", "Russia"),
        ("Mid-\ndle East", "Middle East"),
        ("over-\nstated", "overstated"),
        ("Kurdish-dominat-\ned", "Kurdish-dominated"),
        ("Rus- sia", "Russia"),  # a line break an extraction turned into a space
        ("Lavren-\ntiev", "Lavrentiev"),  # a name cut in two
    ],
)
def test_words_hyphenated_at_line_breaks_are_rejoined(broken, expected):
    assert rejoin_hyphenated(broken) == expected


@pytest.mark.parametrize(
    "broken, expected",
    [
        ("e-\nmail", "e-mail"),
        ("US-\nbacked", "US-backed"),
        ("SDF-\naligned", "SDF-aligned"),
        ("de-\nconflict", "de-conflict"),
        ("regime-\nchange", "regime-change"),
        ("Kurdish-\ndominated", "Kurdish-dominated"),
        ("so-\ncalled", "so-called"),
        ("long-\nterm", "long-term"),
        ("re-\nelection", "re-election"),
        ("anti-\nterrorism", "anti-terrorism"),
        ("Syrian-\nJordanian", "Syrian-Jordanian"),
        ("Gadhafi-\ncontrolled", "Gadhafi-controlled"),
        ("pre- and post-war", "pre- and post-war"),  # a suspended hyphen stays
        ("2nd-\nlargest", "2nd-largest"),
    ],
)
def test_real_hyphens_are_kept(broken, expected):
    assert rejoin_hyphenated(broken) == expected


def test_prefixes_join_when_the_joined_word_is_common():
    assert joins_across_hyphen("de", "feat")  # "defeat"
    assert joins_across_hyphen("re", "main")  # "remain"
    assert not joins_across_hyphen("de", "conflict")


def test_rejoin_keeps_the_rest_of_the_line():
    text = "half of Decem-\n\nber. None of the partici-\npants agreed."
    assert rejoin_hyphenated(text) == "half of December. None of the participants agreed."


def test_a_dash_between_spaces_is_not_a_hyphen():
    assert rejoin_hyphenated("a general amnesty - and more") == "a general amnesty - and more"


# ----------------------------------------------------------------------------- drop capitals


COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]+)-([A-Za-z]+)(?![\w-])")
NEWS_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news-corpus.jsonl"


@pytest.mark.skipif(not NEWS_CORPUS.exists(), reason="evaluation data not present")
def test_real_compounds_broken_at_their_hyphen_mostly_keep_it():
    """Hyphenated words from real news, broken at the hyphen as a column would break them."""
    compounds = set()
    with NEWS_CORPUS.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, 1000):
            compounds.update(COMPOUND.findall(json.loads(line)["text"]))
    kept = sum(not joins_across_hyphen(left, right) for left, right in compounds)
    assert len(compounds) > 1000
    assert kept / len(compounds) >= 0.85


def test_the_letters_before_a_hyphen_are_what_the_pattern_search_found():
    import random
    import re

    from text.hyphenation import _before_final_newline, _letters_before

    pattern = re.compile(r"[^\W\d_]+$")
    rng = random.Random(5)
    alphabet = list("ab.Z_9 \n-\t’é²½٣\u00a0")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(50)))
        end = rng.randrange(len(text) + 1)
        lo = rng.randrange(end + 1)
        found = pattern.search(text, lo, end)
        stop = _before_final_newline(text, lo, end)
        start = _letters_before(text, lo, stop)
        got = (start, text[start:stop]) if start < stop else None
        assert got == ((found.start(), found.group()) if found else None), (text, lo, end)
