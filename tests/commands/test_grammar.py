"""One grammar for both front ends, on a command invented for the test."""

import pytest

from commands.grammar import CLI, Argument, Command, GrammarError, Option, parse_command

SURVEY = Command(
    "survey",
    None,
    arguments=(Argument("PLACE", "where", "place"),),
    options=(
        Option("from", "earliest date", "DATE", dest="date_from"),
        Option("limit", "how many", "N", type=int),
        Option("json", "one JSON document", fronts=CLI),
    ),
    help_text="Survey a place: who was there.",
)


def test_both_spellings_are_read_and_converted():
    parsed = parse_command(SURVEY, "Quellmark from:2016 --limit 3 north")
    assert parsed.words == "Quellmark north"
    assert parsed.options == {"date_from": "2016", "limit": 3}


def test_a_bad_value_is_one_line():
    with pytest.raises(GrammarError, match="limit: not a valid N"):
        parse_command(SURVEY, "Quellmark limit:many")


def test_usage_and_summary_per_front_end():
    assert SURVEY.usage("cli") == "survey PLACE... [--from DATE] [--limit N] [--json]"
    assert SURVEY.usage("slack") == "/survey PLACE... [from:DATE] [limit:N]"
    assert SURVEY.summary == "Survey a place"
