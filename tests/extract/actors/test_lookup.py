"""The user-query lookup (extract/actors/lookup.py)."""

from __future__ import annotations

from extract.actors import lookup_actor


def test_lookup_actor_resolves_aliases_any_case_and_misspellings(catalogue):
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Daesh", catalogue)[0].key == "islamic-state"
    assert lookup_actor("Al Qaeda", catalogue)[0].key == "al-qaeda"
    assert lookup_actor("Erdogen", catalogue)[0].key == "recep-tayyip-erdogan"
    assert lookup_actor("Hezbolah", catalogue)[0].key == "hezbollah"
    assert lookup_actor("zzzz", catalogue) == []
