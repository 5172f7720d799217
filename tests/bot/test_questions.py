"""Questions in words: their framing, the command they name, and follow-ups that refine them."""

from __future__ import annotations

import pytest

from bot import questions
from bot.questions import Question

RAQQA = Question("timeline", "Raqqa")


@pytest.mark.parametrize(
    ("asked", "words"),
    [
        ("Who is the SDF?", "SDF"),
        ("tell me about Hezbollah", "Hezbollah"),
        ("What happened in Raqqa?", "Raqqa"),
        ("timeline of Zarnova", "Zarnova"),  # an invented name: the framing goes all the same
        ("who controls Tabqa dam?", "who controls Tabqa dam"),
        ("Raqqa", "Raqqa"),
    ],
)
def test_subject_words_drop_the_framing(asked: str, words: str) -> None:
    assert questions.subject_words(asked) == words


def test_what_happened_asks_for_a_timeline() -> None:
    assert questions.asks_for_timeline("What happened in Syria?")
    assert questions.asks_for_timeline("timeline of the Qadri Brigade")
    assert not questions.asks_for_timeline("Who is Assad?")
    assert not questions.asks_for_timeline("Syria")


def test_a_command_word_names_the_command() -> None:
    assert questions.explicit_command("timeline Raqqa") == ("timeline", "Raqqa")
    assert questions.explicit_command("/actor SDF") == ("actor", "SDF")
    assert questions.explicit_command("profile of the Qadri Brigade") == ("actor", "Qadri Brigade")
    assert questions.explicit_command("quote who controls the dam") == (
        "quote",
        "who controls the dam",
    )
    assert questions.explicit_command("timeline") is None


@pytest.mark.parametrize(
    ("said", "date_from", "date_to"),
    [
        ("only 2017", "2017", "2017"),
        ("just in 2016?", "2016", "2016"),
        ("2015", "2015", "2015"),
        ("since March", "2017-03", None),
        ("since March 2016", "2016-03", None),
        ("after June 2017", "2017-07", None),
        ("after 2016", "2017", None),
        ("before June 2017", None, "2017-05"),
        ("before January 2017", None, "2016-12"),
        ("until 2017-08", None, "2017-08"),
        ("between 2014 and 2016", "2014", "2016"),
        ("from May 2017 to September 2017", "2017-05", "2017-09"),
        ("2016-2017", "2016", "2017"),
    ],
)
def test_date_follow_ups(said: str, date_from: str | None, date_to: str | None) -> None:
    changed = questions.follow_up(RAQQA, said, year_hint=2017)
    assert changed is not None
    assert (changed.date_from, changed.date_to) == (date_from, date_to)
    assert changed.kind == "timeline" and changed.text == "Raqqa" and changed.offset == 0


def test_a_follow_up_keeps_the_other_bound_and_the_year_it_named() -> None:
    in_2017 = questions.follow_up(RAQQA, "only 2017")
    assert in_2017 is not None
    since_march = questions.follow_up(in_2017, "since March", year_hint=2019)
    assert since_march == Question("timeline", "Raqqa", "2017-03", "2017")
    until_may = questions.follow_up(since_march, "until May")
    assert until_may == Question("timeline", "Raqqa", "2017-03", "2017-05")
    assert questions.follow_up(until_may, "all dates") == RAQQA


def test_a_date_on_a_profile_asks_for_the_actors_timeline() -> None:
    changed = questions.follow_up(Question("actor", "SDF"), "only 2017")
    assert changed == Question("timeline", "SDF", "2017", "2017")


def test_other_words_are_a_new_question_not_a_follow_up() -> None:
    assert questions.follow_up(RAQQA, "thanks, that helps") is None
    assert questions.follow_up(RAQQA, "what about Mosul in 2016") is None
    assert questions.follow_up(RAQQA, "since March") is None  # no year known: not guessed


def test_more_and_add() -> None:
    assert questions.asks_more("More!") and questions.asks_more("next page")
    assert not questions.asks_more("more about Mosul")
    assert questions.asks_to_add("keep this") and questions.asks_to_add("")
    assert not questions.asks_to_add("who is this about?")


def test_a_question_survives_its_json() -> None:
    question = Question("quote", "chemical attack", "2017-04", None, 5)
    assert Question.from_json(question.to_json()) == question
