"""extract/name_tokens.py: word tokens with offsets, folded name keys and slugs, on invented
names."""

from __future__ import annotations

from extract.name_tokens import phrase_key, slug, tokenize


def test_tokens_keep_offsets_and_fold_case_and_diacritics() -> None:
    text = "The Zëntil-League met U.S. envoys."
    tokens = tokenize(text)
    assert tokens.raw == ("The", "Zëntil", "League", "met", "U.S.", "envoys")
    assert tokens.norm == ("the", "zentil", "league", "met", "us", "envoys")
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == list(tokens.raw)
    assert tokens.joins[1] and tokens.gap(1) == "-"
    assert tokens.caps == (True, True, True, False, True, False)


def test_spellings_of_one_name_share_a_phrase_key() -> None:
    assert phrase_key("Zentil-League") == phrase_key("zentil league") == "zentil league"
    assert phrase_key("Ðorvik Þing") == "dorvik thing"  # letters NFKD leaves alone
    assert slug("the Zentil Freedom League") == "zentil-freedom-league"
    assert slug("!!!") == "unnamed"


def test_a_possessive_ends_the_name_at_the_apostrophe() -> None:
    tokens = tokenize("the Zentil League’s fighters")
    assert tokens.raw[:4] == ("the", "Zentil", "League", "s")
    assert phrase_key("Zentil League’s") == "zentil league s"
