"""extract/catalogue.py: tokens, phrase keys, case rules, the phrase index and catalogue loading,
on invented names so that nothing depends on the shipped catalogue's contents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.catalogue import build_catalogue, case_rule, load_catalogue

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
