"""Which Slack texts ask for a cited export: the option spellings only, never the word alone."""

import pytest

from bot.exports import requested


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Raqqa export:csv", ("csv", "Raqqa")),
        ("Raqqa from:2017 export: md", ("md", "Raqqa from:2017")),
        ("export=CSV Raqqa", ("CSV", "Raqqa")),
        ("Raqqa --export md", ("md", "Raqqa")),
        ("oil export figures", None),
        ("export controls on arms", None),
    ],
)
def test_only_the_option_asks_for_an_export(text, asked):
    assert requested(text) == asked
