"""extract/catalogue.py: tokens, phrase keys, case rules, the phrase index and catalogue loading,
on invented names so that nothing depends on the shipped catalogue's contents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.catalogue import build_catalogue, case_rule, load_catalogue
from extract.name_tokens import phrase_key, slug, tokenize
from extract.phrase_index import PhraseIndex

INVENTED = [
    {
        "key": "zfl",
        "name": "Zentil Freedom League",
        "kind": "armed_group",
        "aliases": ["ZFL", "Zentil League"],
        "affiliations": ["qarvo"],
    },
    {
        "key": "qarvo",
        "name": "Qarvo",
        "kind": "state",
        "contextual": [{"alias": "the junta", "when": ["zfl"]}],
    },
]


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


@pytest.mark.parametrize(
    ("alias", "rule"),
    [
        ("ZFL", "acronym"),
        ("Qarvo", "capital"),
        ("Zentil League", "any"),
        ("the junta", "lower"),
        ("1234", "any"),
    ],
)
def test_case_rules(alias: str, rule: str) -> None:
    assert case_rule(alias) == rule


def test_the_phrase_index_finds_the_longest_phrase_first() -> None:
    index = PhraseIndex({"zentil": ["short"], "zentil freedom league": ["long"]})
    tokens = tokenize("Fighters of the Zentil Freedom League and of Zentil alone.")
    starts = index.starts(tokens)
    assert [tokens.raw[i] for i in starts] == ["Zentil", "Zentil"]
    assert list(index.matches_at(tokens, starts[0])) == [(3, ["long"]), (1, ["short"])]
    assert list(index.matches_at(tokens, starts[1])) == [(1, ["short"])]
    assert "zentil" in index and index.get("nothing") == []


def test_a_catalogue_indexes_names_aliases_and_contextual_aliases() -> None:
    catalogue = build_catalogue(INVENTED)
    assert len(catalogue) == 2 and catalogue.get("zfl").aliases == ("ZFL", "Zentil League")
    assert [a.case for a in catalogue.index.get("zfl")] == ["acronym"]
    junta = catalogue.index.get("the junta")[0]
    assert (junta.actor, junta.case, junta.requires) == ("qarvo", "lower", ("zfl",))
    assert "zfl" in catalogue.acronyms


def test_a_user_file_extends_the_builtin_catalogue(tmp_path: Path) -> None:
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"actors": INVENTED}), encoding="utf-8")
    catalogue = load_catalogue(str(extra))
    assert catalogue.get("zfl").name == "Zentil Freedom League"
    assert len(catalogue) == len(load_catalogue()) + 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"actors": [{"name": "No Key"}]}', 'needs a "key"'),
        ('{"actors": [{"key": "k"}]}', 'needs a "name"'),
        ('{"actors": [{"key": "k", "name": "K", "kind": "wizard"}]}', "unknown kind"),
        ('{"people": []}', "expected"),
    ],
)
def test_a_bad_user_file_is_refused_with_a_reason(
    tmp_path: Path, content: str, message: str
) -> None:
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_catalogue(str(extra))
