"""The gazetteer answered by key lookups: the same places as the loaded gazetteer, and the
whole of it loaded only when a process needs it."""

import pytest

from extract import gazetteer_lookups, places
from extract.gazetteer import compact_gazetteer, gazetteer, pairs_of


@pytest.fixture
def fresh():
    """A new lookup object over the cache the whole suite uses (building it takes seconds),
    after a first command has left the lookups table there."""
    gazetteer.cache_clear()
    first = gazetteer()
    first.full()
    first.save()
    gazetteer.cache_clear()
    places._may_start.cache_clear()
    yield gazetteer()
    gazetteer.cache_clear()
    places._may_start.cache_clear()


def test_a_few_lookups_do_not_load_the_gazetteer(fresh):
    assert fresh.table is not None
    assert [p.name for p in places.lookup_place("Raqqah")][:1] == ["Raqqa"]
    assert "damascus" in fresh.names and "zorvania" not in fresh.names
    assert fresh.loaded is None


def test_lookups_match_the_loaded_gazetteer(fresh):
    assert fresh.table is not None
    full = compact_gazetteer()
    for key in ("damascus", "tripoli", "aleppo", "new york", "zorvania"):
        assert fresh.names.get(key) == full.names.get(key)
    index = full.names["aleppo"][0]
    assert fresh.cities[index] == full.cities[index]
    assert ("al raqqah" in fresh.pairs) == ("al raqqah" in pairs_of(full))


def test_many_lookups_or_an_iteration_load_it_all(fresh, monkeypatch):
    assert fresh.table is not None
    monkeypatch.setattr(gazetteer_lookups, "LOOKUPS", 3)
    for word in ("damascus", "homs", "idlib", "hama"):
        fresh.names.get(word)
    assert fresh.loaded is not None and isinstance(fresh.names, dict)
    fresh.loaded = None
    assert len(fresh.cities) > 20_000 and fresh.loaded is not None


def test_without_a_table_the_gazetteer_is_loaded_and_the_table_saved(fresh, monkeypatch):
    from extract import gazetteer_lookups as module

    monkeypatch.setattr(module, "open_keyed", lambda name, sources: None)
    written = []
    monkeypatch.setattr(
        module, "write_keyed", lambda name, sources, rows: written.append(sum(1 for _ in rows))
    )
    assert "damascus" in fresh.names and fresh.loaded is not None
    fresh.save()
    assert written and written[0] > 50_000
