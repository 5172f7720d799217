"""store/watches.py: a briefing and the watch's new cut are written together or not at all, a
watch briefed by another process is not briefed twice, and watches made before the store knew
its workspace join it."""

from __future__ import annotations

from pathlib import Path

from store import outbox, watches, workspace
from store.db import connect

START = watches.Cut(1000.0, 0, 0, "2017-06-05")


def _message(key: str) -> outbox.Queued:
    return outbox.Queued(key, "T1", "CPUBLIC", {"text": "briefing"}, 1000.0, 90000.0)


def _watch(db, team: str = "T1") -> watches.Watch:  # noqa: ANN001
    made, created = watches.save(
        db, team, "CPUBLIC", "Manbij", "geonames:167357", (480, "UTC"), "U1", 1000.0, 2000.0, START
    )
    assert created
    return made


def test_a_briefing_is_recorded_with_the_new_cut_once(tmp_path: Path) -> None:
    db = connect(tmp_path / "s.db")
    watch = _watch(db)
    cut = watches.Cut(2000.0, 7, 3, "2017-06-06")
    assert watches.record_briefing(db, watch, cut, "daily", 88400.0, _message("b-1"))
    again = watches.by_id(db, watch.id)
    assert again is not None and again.cut == cut and again.briefings == 1
    assert [q.key for q in outbox.pending(db)] == ["b-1"]
    # The same (now stale) watch briefed again, as a second process would: nothing written.
    assert not watches.record_briefing(db, watch, cut, "daily", 88400.0, _message("b-2"))
    assert [q.key for q in outbox.pending(db)] == ["b-1"]
    assert watches.by_id(db, watch.id).briefings == 1  # type: ignore[union-attr]


def test_a_key_already_in_the_outbox_records_nothing(tmp_path: Path) -> None:
    db = connect(tmp_path / "s.db")
    watch = _watch(db)
    outbox.add(db, _message("b-1"), 1000.0, False)
    cut = watches.Cut(2000.0, 7, 3, "2017-06-06")
    assert not watches.record_briefing(db, watch, cut, "daily", 88400.0, _message("b-1"))
    assert watches.by_id(db, watch.id).cut == START  # type: ignore[union-attr]


def test_watches_made_before_the_store_knew_its_workspace_join_it(tmp_path: Path) -> None:
    db = connect(tmp_path / "s.db")
    _watch(db, team="")
    workspace.claim(db, "T1")
    assert [(w.team, w.subject) for w in watches.listed(db)] == [("T1", "Manbij")]
