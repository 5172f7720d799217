"""A name no article holds any more answers no actor: forgetting an article (or a reindex by a
newer extractor) takes its mentions away, not the actor rows they made."""

from __future__ import annotations

from tests.cli.test_cli import run

TEXT = (
    "Talks over the dam stalled on Monday, said Veradin Kosolt, a spokesman for the "
    "water authority. Kosolt said the next round would open in March."
)


def _actor_before_and_after_forget(
    capsys, tmp_path, text: str, name: str, answer: str
) -> tuple[str, str]:
    """Ingest one article, check that `actor NAME` answers starting with `answer`, forget the
    article and ask again: the second answer's output and error."""
    db = str(tmp_path / "forget.db")
    path = tmp_path / "dam.txt"
    path.write_text("Dam talks stall\n\n" + text + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "ingest", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "actor", name)
    assert code == 0 and out.startswith(answer), out
    code, _, err = run(capsys, "--db", db, "forget", "#1")
    assert code == 0, err
    _, out, err = run(capsys, "--db", db, "actor", name)
    return out, err


def test_a_forgotten_article_s_person_is_no_actor(capsys, tmp_path):
    out, err = _actor_before_and_after_forget(
        capsys, tmp_path, TEXT, "Veradin Kosolt", "Veradin Kosolt (person)"
    )
    assert "Veradin Kosolt (person)" not in out
    assert "no actor called 'Veradin Kosolt'" in out + err
    assert "Kosolt?" not in out + err  # nor suggested by a spelling only that actor had


def test_a_catalogue_actor_whose_articles_are_all_forgotten_is_named_by_no_article(
    capsys, tmp_path
):
    text = (
        "Bashar al-Assad visited the dam on Monday. Assad said the next "
        "round of talks would open in March."
    )
    out, err = _actor_before_and_after_forget(
        capsys, tmp_path, text, "Bashar al-Assad", "Bashar al-Assad"
    )
    assert "0 mentions" not in out
    assert "no article names Bashar al-Assad" in out + err, out + err
