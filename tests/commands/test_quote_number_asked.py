"""A question asking for a number is answered by a passage that gives one: when none of the
passages covering enough of it holds a number, it has no answer (commands/quote.NUMBER_ASKED)."""

import pytest

from commands import quote
from tests.commands.ingested import add

WITHOUT = (
    "Northern valley news\n\n"
    "Orvath militiamen seized the Valdric engineers at the Kestrel dam on Monday, the "
    "ministry in Tarnholm said.\n\n"
    "The engineers had been repairing the sluice gates of the Kestrel dam since the spring.\n\n"
    "Farmers downstream of the reservoir said the water level had not changed.\n\n"
    "The ministry asked the militia's elders to open talks in the market town of Brevik.\n\n"
    "A delegation of teachers from Brevik visited the northern valley schools in the autumn."
)
WITH = (
    "Company statement\n\n"
    "Orvath militiamen seized eleven Valdric engineers at the Kestrel dam, a company "
    "spokesman in Tarnholm said."
)


@pytest.fixture
def dam(db):
    add(db, WITHOUT, name="dam.txt")
    return db


def test_a_number_asked_that_no_close_passage_gives_has_no_answer(dam):
    answer = quote.run(dam, "how many Valdric engineers did the Orvath militia seize at the dam")
    assert answer.results == []
    assert answer.message == f"no passage answers this: {quote.NO_NUMBER}"
    assert answer.to_json() == {"query": answer.query, "results": [], "message": answer.message}


def test_the_same_words_asked_without_a_number_are_answered(dam):
    answer = quote.run(dam, "Valdric engineers seized by the Orvath militia at the dam")
    assert "seized the Valdric engineers" in answer.results[0].text


def test_a_passage_giving_the_number_answers_it(dam):
    add(dam, WITH, name="spokesman.txt")
    answer = quote.run(dam, "how many Valdric engineers did the Orvath militia seize at the dam")
    assert "seized eleven Valdric engineers" in answer.results[0].text


@pytest.mark.parametrize("number", ["14", "three", "dozens of"])
def test_a_number_in_words_or_figures_is_a_number(db, number):
    add(db, WITHOUT.replace("seized the Valdric", f"seized {number} Valdric"), name="dam.txt")
    answer = quote.run(db, "how many Valdric engineers did the Orvath militia seize at the dam")
    assert f"seized {number} Valdric" in answer.results[0].text


def test_with_the_rule_off_the_passage_without_a_number_is_returned(dam, monkeypatch):
    monkeypatch.setattr(quote, "NUMBER_ASKED", False)
    answer = quote.run(dam, "how many Valdric engineers did the Orvath militia seize at the dam")
    assert "seized the Valdric engineers" in answer.results[0].text


def test_a_question_nothing_matches_is_not_said_to_lack_a_number(dam):
    answer = quote.run(dam, "how many Zelmorian pilots crashed")
    assert answer.results == []
    assert answer.message is not None and quote.NO_NUMBER not in answer.message


def test_the_command_line_says_why_and_json_keeps_its_shape(tmp_path, capsys):
    import json

    from cli.main import main

    text = tmp_path / "dam.txt"
    text.write_text(WITHOUT, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "ingest", str(text)]) == 0
    capsys.readouterr()
    asked = ["how", "many", "Valdric", "engineers", "did", "the", "Orvath", "militia", "seize"]
    assert main(["--db", db, "quote", *asked]) == 0
    assert capsys.readouterr().out.strip() == f"no passage answers this: {quote.NO_NUMBER}"
    assert main(["--db", db, "quote", *asked, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["results"] == [] and said["message"].startswith("no passage answers this")
