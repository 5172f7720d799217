"""A name no article holds any more answers no actor: forgetting an article (or a reindex by a
newer extractor) takes its mentions away, not the actor rows they made."""

from __future__ import annotations

from tests.cli.test_cli import run

TEXT = (
    "Talks over the dam stalled on Monday, said Veradin Kosolt, a spokesman for the "
    "water authority. Kosolt said the next round would open in March."
)


def test_a_forgotten_article_s_person_is_no_actor(capsys, tmp_path):
    db = str(tmp_path / "forget.db")
    path = tmp_path / "dam.txt"
    path.write_text("Dam talks stall\n\n" + TEXT + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "ingest", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "actor", "Veradin Kosolt")
    assert code == 0 and out.startswith("Veradin Kosolt (person)"), out
    code, _, err = run(capsys, "--db", db, "forget", "#1")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "actor", "Veradin Kosolt")
    assert "Veradin Kosolt (person)" not in out
    assert "no actor called 'Veradin Kosolt'" in out + err
    assert "Kosolt?" not in out + err  # nor suggested by a spelling only that actor had


def test_a_catalogue_actor_whose_articles_are_all_forgotten_is_named_by_no_article(
    capsys, tmp_path
):
    db = str(tmp_path / "forget.db")
    path = tmp_path / "dam.txt"
    path.write_text(
        "Dam talks stall\n\nBashar al-Assad visited the dam on Monday. Assad said the next "
        "round of talks would open in March.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", db, "ingest", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "actor", "Bashar al-Assad")
    assert code == 0 and out.startswith("Bashar al-Assad"), out
    code, _, err = run(capsys, "--db", db, "forget", "#1")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "actor", "Bashar al-Assad")
    assert "0 mentions" not in out
    assert "no article names Bashar al-Assad" in out + err, out + err
