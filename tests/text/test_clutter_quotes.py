"""Pull quotes run into the paragraph beside them (text/clutter_quotes.py), on invented text."""

from text.clutter import set_apart
from text.clutter_quotes import strip_pull_quotes

INTRO = "The council met on Monday. Engineers arrived at the bridge in Orsk."
QUOTE = "Unlike in Orsk there is no daylight between the council and the army"
BODY = f"It is well known that {QUOTE.lower()}, as everyone in the port knows."


def test_a_quote_repeating_the_story_is_set_apart_and_the_sentence_after_it_kept():
    text = f'{INTRO}\n\n{QUOTE}" The harbour master said the port would reopen.\n\n{BODY}'
    found = set_apart(text)
    assert found.text == f"{INTRO}\n\nThe harbour master said the port would reopen.\n\n{BODY}"
    assert found.clutter[-1].label == "caption"


def test_the_quote_box_attribution_goes_with_the_quote():
    text = f'{INTRO}\n\n{QUOTE}" Quote Ilsa Marrow Orsk Council The harbour master left.\n\n{BODY}'
    paragraphs = text.split("\n\n")
    taken = strip_pull_quotes(paragraphs)
    assert taken == [f'{QUOTE}" Quote Ilsa Marrow Orsk Council']
    assert paragraphs[1] == "The harbour master left."


def test_a_quotation_that_lost_its_stop_but_is_not_repeated_is_no_pull_quote():
    paragraphs = [INTRO, f'{QUOTE}" The harbour master said the port would reopen.']
    assert strip_pull_quotes(paragraphs) == []
    assert paragraphs[1].startswith(QUOTE)


def test_a_short_repeated_quote_is_no_pull_quote():
    paragraphs = [INTRO, 'We will reopen the port" The harbour master: we will reopen the port.']
    assert strip_pull_quotes(paragraphs) == []
