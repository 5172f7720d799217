"""`sitrep actor A same-as|not-same-as|rename B` and `sitrep curation [undo ID]` in a terminal:
one line per curation, JSON on request, one-line errors that change nothing."""

import json

from cli.main import main
from tests.commands.test_curation import ARTICLE, invented_catalogue  # noqa: F401 - a fixture


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _store(tmp_path, capsys) -> str:
    article = tmp_path / "falcons.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert run(capsys, "--db", db, "ingest", str(article), "--published", "2019-03-08")[0] == 0
    return db


def test_a_curation_made_listed_shown_and_undone_from_the_terminal(
    tmp_path,
    capsys,
    invented_catalogue,  # noqa: F811
):
    db = _store(tmp_path, capsys)
    code, out, err = run(
        capsys, "--db", db, "actor", "Saqr Legion", "same-as", "Falcon Brigade",
        "--why", "one command", "--sentence", "The Saqr Legion attacked Tell Hamra.",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("#1: Saqr Legion is now shown as one actor with Falcon Brigade")
    assert "sitrep curation undo 1" in out

    code, out, _ = run(capsys, "--db", db, "actor", "Saqr Legion")
    assert out.splitlines()[0] == "Falcon Brigade (armed group)"
    assert "curated: #1 'Saqr Legion' same-as 'Falcon Brigade'" in out
    assert "why: one command" in out

    code, out, _ = run(capsys, "--db", db, "curation", "--json")
    listed = json.loads(out)["curations"]
    assert [(c["id"], c["verb"], c["sentence"]) for c in listed] == [
        (1, "same_as", "The Saqr Legion attacked Tell Hamra.")
    ]
    assert listed[0]["made_by"].endswith("(terminal)")

    code, out, _ = run(capsys, "--db", db, "curation", "undo", "1")
    assert (code, out.strip()) == (0, "#1 undone: 'Saqr Legion' same-as 'Falcon Brigade'")
    code, out, _ = run(capsys, "--db", db, "actor", "Saqr Legion")
    assert out.splitlines()[0] == "Saqr Legion (armed group)"
    code, out, _ = run(capsys, "--db", db, "curation")
    assert "[undone by" in out


def test_possibly_the_same_is_shown_in_the_profile(tmp_path, capsys, invented_catalogue):  # noqa: F811
    db = _store(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "actor", "Falcon Brigade")
    assert "possibly the same as: Northern Falcons Front (both are called “the Falcons”" in out
    doc = json.loads(run(capsys, "--db", db, "actor", "Falcon Brigade", "--json")[1])
    assert doc["possibly_same_as"][0]["key"] == "northern-falcons"
    assert doc["curations"] == []


def test_bad_curations_are_one_line_errors_that_change_nothing(
    tmp_path,
    capsys,
    invented_catalogue,  # noqa: F811
):
    db = _store(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "actor", "Falcon Brigade", "same-as", "Nobody")
    assert code == 1 and out == ""
    assert err == "sitrep: error: no actor called 'Nobody' in this workspace\n"
    code, _, err = run(capsys, "--db", db, "curation", "undo", "x")
    assert code == 1 and err.strip() == "sitrep: error: usage: sitrep curation [undo ID]"
    code, _, err = run(capsys, "--db", db, "curation", "undo", "7")
    assert code == 1 and "no curation #7" in err
    assert "no curations yet" in run(capsys, "--db", db, "curation")[1]
