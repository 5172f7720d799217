"""The user-query lookup (extract/actors/lookup.py)."""

from __future__ import annotations

import sys
import types

from extract.actors import lookup_actor


def test_lookup_actor_resolves_aliases_any_case_and_misspellings(catalogue):
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Daesh", catalogue)[0].key == "islamic-state"
    assert lookup_actor("Al Qaeda", catalogue)[0].key == "al-qaeda"
    assert lookup_actor("Erdogen", catalogue)[0].key == "recep-tayyip-erdogan"
    assert lookup_actor("Hezbolah", catalogue)[0].key == "hezbollah"
    assert lookup_actor("zzzz", catalogue) == []


def test_lookup_while_another_thread_is_still_importing_rapidfuzz(catalogue, monkeypatch):
    # a served bot answered `/actor SDF` with an error when a second request found
    # rapidfuzz.fuzz in sys.modules before its import had defined ratio
    monkeypatch.setitem(sys.modules, "rapidfuzz.fuzz", types.ModuleType("rapidfuzz.fuzz"))
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Zzzz Qqqq", catalogue) == []


def test_an_acronym_is_no_other_spelling_of_a_word_with_its_consonants(catalogue):
    # "Brega" has the consonants of "PRC", China's acronym; "Prague" too
    assert all(a.key != "china" for a in lookup_actor("Brega", catalogue))
    assert all(a.key != "china" for a in lookup_actor("Prague", catalogue))
    assert lookup_actor("PRC", catalogue)[0].key == "china"  # the acronym itself
    assert lookup_actor("Kadhafi", catalogue)[0].key == "muammar-gaddafi"  # a spelling
    assert lookup_actor("Daech", catalogue)[0].key == "islamic-state"
