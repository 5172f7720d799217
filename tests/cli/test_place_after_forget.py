"""A place no article names any more is no answer, as an actor is not
(tests/cli/test_actor_after_forget.py): forgetting the only article naming a town takes its
mentions away, not the place row they made."""

from __future__ import annotations

import json

from store import entities
from store.articles import EVERYONE
from store.db import connect
from tests.cli.test_cli import run

ARTICLES = {
    "manbij.txt": (
        "Fighting in Manbij\n\nFighting resumed in Manbij on 3 March 2016, officials said. "
        "Shelling hit the town of Manbij again on 5 March 2016.\n"
    ),
    "raqqa.txt": (
        "Strikes on Raqqa\n\nAir strikes hit Raqqa on 4 March 2016, residents said. "
        "More strikes hit Raqqa on 6 March 2016.\n"
    ),
}


def _store(capsys, tmp_path) -> str:
    db = str(tmp_path / "forget.db")
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(capsys, "--db", db, "ingest", str(path))
        assert code == 0, err
    return db


def test_a_place_only_a_forgotten_article_named_is_no_place(capsys, tmp_path):
    db = _store(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", db, "timeline", "Manbij")
    assert code == 0 and out.startswith("Timeline: Manbij (place)"), out
    code, _, err = run(capsys, "--db", db, "forget", "#1")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "timeline", "Manbij")
    assert code == 0 and "no actor or place called 'Manbij'" in out + err, out + err
    code, out, _ = run(capsys, "--db", db, "timeline", "Manbij", "--json")
    answer = json.loads(out)
    assert answer["subject"] is None and answer["entries"] == [], answer
    # the place another article names still answers
    code, out, _ = run(capsys, "--db", db, "timeline", "Raqqa")
    assert code == 0 and out.startswith("Timeline: Raqqa (place)"), out


def test_a_place_only_a_forgotten_article_named_is_not_suggested(capsys, tmp_path):
    db = _store(capsys, tmp_path)
    store = connect(db)
    assert {"Manbij", "Raqqa"} <= entities.visible_names(store, EVERYONE)
    code, _, err = run(capsys, "--db", db, "forget", "#1")
    assert code == 0, err
    names = entities.visible_names(store, EVERYONE)
    assert "Raqqa" in names and "Manbij" not in names
    (manbij,) = [p for p, *_ in entities.places_named(store, "Manbij")]
    (raqqa,) = [p for p, *_ in entities.places_named(store, "Raqqa")]
    assert entities.visible(store, "place", [manbij, raqqa], EVERYONE) == {raqqa}
    code, out, err = run(capsys, "--db", db, "timeline", "Manbjj")
    assert "Manbij" not in out + err, out + err
