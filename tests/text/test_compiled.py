"""The compiled-knowledge cache: built once, found again while its sources are unchanged,
rebuilt when one changes, and never the reason a command fails."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from text import compiled as compiled_module
from text.compiled import compiled


def counting_build(calls, value):
    def build():
        calls.append(1)
        return value

    return build


def test_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.json"
    source.write_text('["Zorvania"]', encoding="utf-8")
    calls = []
    first = compiled("names", [source], counting_build(calls, {"zorvania": (1, 2)}))
    again = compiled("names", [source], counting_build(calls, {"other": ()}))
    assert first == again == {"zorvania": (1, 2)}
    assert len(calls) == 1
    assert (tmp_path / "cache" / compiled_module.FILE_NAME).exists()


def test_a_keyed_table_being_read_survives_a_second_writer(tmp_path, monkeypatch):
    """Two processes that both found no table both build it; the second must not drop the
    table the first is already reading."""
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "places.json"
    source.write_text('["Zorvania"]', encoding="utf-8")
    compiled_module.write_keyed("places", [source], [("zorvania", (1, 2))])
    reader = compiled_module.open_keyed("places", [source])
    assert reader is not None and reader.get("zorvania") == (1, 2)
    compiled_module.write_keyed("places", [source], [("zorvania", (9, 9))])
    assert reader.get("zorvania") == (1, 2)
    source.write_text('["Zorvania", "Quellmark"]', encoding="utf-8")
    compiled_module.write_keyed("places", [source], [("quellmark", (3,))])
    assert compiled_module.open_keyed("places", [source]).get("quellmark") == (3,)


def test_a_keyed_table_is_read_while_another_process_writes(tmp_path, monkeypatch):
    """A process filling a table for another installation holds the write lock for seconds;
    a process reading its own table meanwhile must not fail with "database is locked"."""
    import sqlite3

    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "places.json"
    source.write_text('["Zorvania"]', encoding="utf-8")
    compiled_module.write_keyed("places", [source], [("zorvania", (1, 2))])
    reader = compiled_module.open_keyed("places", [source])
    writer = sqlite3.connect(tmp_path / "cache" / compiled_module.FILE_NAME, timeout=0)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("INSERT INTO compiled VALUES ('other', 'stamp', x'00')")
        assert reader is not None and reader.get("zorvania") == (1, 2)
    finally:
        writer.rollback()
        writer.close()


def test_two_installations_keep_their_own_entries(tmp_path, monkeypatch):
    """A release and a checkout under one user read different files: neither rebuilds over
    the other's entry."""
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    release, checkout = tmp_path / "release.json", tmp_path / "checkout.json"
    release.write_text('["Zorvania"]', encoding="utf-8")
    checkout.write_text('["Quellmark"]', encoding="utf-8")
    calls = []
    for _ in range(2):
        assert compiled("names", [release], counting_build(calls, "release")) == "release"
        assert compiled("names", [checkout], counting_build(calls, "checkout")) == "checkout"
    assert len(calls) == 2
    compiled_module.write_keyed("places", [release], [("zorvania", 1)])
    compiled_module.write_keyed("places", [checkout], [("quellmark", 2)])
    assert compiled_module.open_keyed("places", [release]).get("zorvania") == 1
    assert compiled_module.open_keyed("places", [checkout]).get("quellmark") == 2


def test_a_changed_source_rebuilds(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.json"
    source.write_text('["Zorvania"]', encoding="utf-8")
    compiled("names", [source], lambda: "old")
    source.write_text('["Zorvania", "Quillmark"]', encoding="utf-8")
    assert compiled("names", [source], lambda: "new") == "new"
    assert compiled("names", [source], lambda: "newer") == "new"


def test_an_unwritable_cache_still_answers(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocked / "cache"))  # cannot be created
    assert compiled("names", [], lambda: [1, 2]) == [1, 2]


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / compiled_module.FILE_NAME).write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    assert compiled("names", [], lambda: "built") == "built"


def test_cache_dir_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("SITREP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled_module.cache_dir() == tmp_path / "sitrep"


LOOKUP = """
import sys

import pytest
from extract.actors import load_catalogue, lookup_actor
print(",".join(a.name for a in lookup_actor(sys.argv[1], load_catalogue())))
"""


def test_an_edited_actors_file_is_seen_by_the_next_process(tmp_path):
    """$SITREP_ACTORS edited between two runs: the second run knows the new alias."""
    extra = tmp_path / "mine.json"
    env = {
        **os.environ,
        "SITREP_CACHE_DIR": str(tmp_path / "cache"),
        "SITREP_ACTORS": str(extra),
        "PYTHONPATH": str(ROOT),
    }

    def lookup(name):
        done = subprocess.run(
            [sys.executable, "-c", LOOKUP, name],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    extra.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "key": "zorvanian-guard",
                        "name": "Zorvanian Guard",
                        "kind": "armed_group",
                        "aliases": ["ZG"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    assert lookup("Zorvanian Guard") == "Zorvanian Guard"
    assert lookup("Quillmark Brigade") == ""
    extra.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "key": "zorvanian-guard",
                        "name": "Zorvanian Guard",
                        "kind": "armed_group",
                        "aliases": ["ZG", "Quillmark Brigade"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    assert lookup("Quillmark Brigade") == "Zorvanian Guard"
    assert (tmp_path / "cache" / compiled_module.FILE_NAME).exists()


def test_the_catalogue_is_kept_compiled(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SITREP_ACTORS", raising=False)
    from extract import catalogue

    catalogue._load.cache_clear()
    built = catalogue.load_catalogue()
    catalogue._load.cache_clear()
    monkeypatch.setattr(catalogue, "build_catalogue", lambda data: pytest.fail("rebuilt"))
    again = catalogue.load_catalogue()
    assert again.actors == built.actors and again.acronyms == built.acronyms
    catalogue._load.cache_clear()


def test_entries_whose_sources_changed_or_went_are_pruned_when_one_is_written(
    tmp_path, monkeypatch
):
    """Every installation and actors file has its own entry: without pruning, the file only
    grows. An entry that can never be read again goes when another is written."""
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    kept, removed, edited, fresh = (tmp_path / f"{n}.json" for n in ("kept", "gone", "ed", "new"))
    for source in (kept, removed, edited, fresh):
        source.write_text('["Zorvania"]', encoding="utf-8")
    compiled("names", [kept], lambda: "kept")
    compiled("names", [removed], lambda: "removed")
    compiled_module.write_keyed("places", [removed], [("zorvania", 1)])
    compiled("names", [edited], lambda: "edited")
    removed.unlink()
    edited.write_text('["Quellmark"]', encoding="utf-8")
    compiled("names", [fresh], lambda: "fresh")  # a write prunes
    conn = compiled_module._open()
    left = {
        row[0].split("@")[0] + ":" + row[1].split("|")[2].split(":")[0]
        for row in conn.execute("SELECT name, stamp FROM compiled")
    }
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert left == {f"names:{kept}", f"names:{fresh}"}
    assert tables == {"compiled"}
    calls = []
    assert compiled("names", [kept], counting_build(calls, "again")) == "kept"
    assert calls == []
