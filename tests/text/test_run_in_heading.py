"""A headline or a subheading run into the sentence after it with no stop between them is set
off as a paragraph of its own (text.run_in_heading); a sentence opening with a name stays whole.
Every text is invented."""

from __future__ import annotations

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart
from text.run_in_heading import run_in_headings
from text.sentences import split_sentences

LEAD = (
    "At least 31 crew members were killed when the ferry sank off Orsk on Sunday, a monitor said."
)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_the_articles_headline_run_into_its_lead_is_set_off():
    title = "Ferry sinks off Orsk NGO"
    found = set_apart(f"{title} {LEAD}\n\n{NEXT}", title)
    assert found.text == f"{title}\n\n{LEAD}\n\n{NEXT}"
    assert found.headings == [title] and found.clutter == []
    assert sentences(found.text)[1] == LEAD
    assert set_apart(found.text, title).text == found.text  # cleaning twice is cleaning once


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # no title given, or a title of two words: a name opening the sentence
        (None, f"Ferry sinks off Orsk NGO {LEAD}"),
        ("Orsk Ferries", f"Orsk Ferries {LEAD}"),
        # the title as given left the source's name out: what follows is no sentence
        ("Ferry sinks off Orsk", "Ferry sinks off Orsk NGO"),
        # a title ending on its stop is a sentence of its own already
        ("Ferry sinks off Orsk.", f"Ferry sinks off Orsk. {LEAD}"),
    ],
)
def test_a_text_not_opening_with_its_headline_run_in_stays(title, text):
    assert set_apart(text, title).text == text


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("HARBOUR ROAD", "On Friday fighting also broke out at the harbour road in Orsk."),
        ("CREWS STRIKE; PORT CLOSES", "While the crews pleaded for help, the port was shut."),
        ("Navy Denies", "The Varnish navy source on Tuesday denied the reports of shelling."),
        # two words before "The", one of them an everyday English word: a heading, a name in it
        ("Varga Wins", "The ferry captain was named harbour master of Orsk on Friday."),
        # two words, neither an everyday English word, before "The" and a demonym: a place's
        ("Varn Kessel", "The French army shelled the hills to the north of the town on Monday."),
        # a title's small words between its capitalised words (text/run_in_heading.txt)
        ("Talks on Ferry Fares", "A council spokesman said the crossing would reopen on Monday."),
        ("Orsk Province", "Army units shelled the hideouts in the hills of Orsk Province."),
        ("Varnholt", "Units of the army destroyed a mortar base near Varnholt on Monday."),
        ("Varnholt", "The French army shelled the hills to the north of the town on Monday."),
    ],
)
def test_a_subheading_run_into_a_sentence_after_a_stop_is_set_off(heading, sentence):
    text = f"{STORY} {heading} {sentence}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{heading}\n\n{sentence}\n\n{NEXT}"
    assert found.headings == [heading]
    assert set_apart(found.text).text == found.text


def test_a_short_heading_before_a_dash_opening_a_paragraph_is_set_off():
    item = "In Varnholt, the council is putting the finishing touches on the budget deal."
    found = set_apart(f"{STORY}\n\nFerry budget -- {item}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\nFerry budget --\n\n{item}\n\n{NEXT}"


@pytest.mark.parametrize(
    "sentence",
    [
        # a name opening the sentence, the clause's subject after it
        "Orsk Liberation Front fighters took the town of Varn on Monday.",
        "French Army units clashed with the rebels near Orsk on Sunday.",
        "Syrian Army units clashed with the rebels near Orsk on Sunday.",
        "In Orsk Army units clashed with the rebels on Sunday.",
        # abbreviations in capitals before a name: no heading in capitals
        "A U.N. Security Council statement on Wednesday backed the plan.",
        "UK PM Kel Varga has expressed frustration at the vote.",
        # a sentence in capitals (a reader's shout) goes on into its article
        "THE FERRY IS A DISGRACE TO THE HARBOUR AND THE TOWN.",
        # a single word before "The": an opener that lost its comma, a name with "The" in it
        "However The council said the crossing would stay shut.",
        "Save The Children said the crews had no food on Monday.",
        "Kel The Great accused the council of closing the crossing.",
        # two words before "The", neither an everyday English word: a name, not a heading
        "Kel Varga The singer said the concert in Orsk was off on Monday.",
        # a possessive before a work's title, an initial
        "Kel Varga's The Harbour of Orsk shows the crews at work.",
        "Mr K A Varga who owned The Orsk Ferry Company sold it.",
        # one capitalised word before a clause's subject that is a common word: the opener
        "Yesterday Army units shelled the harbour of Orsk.",
        "Then Army units shelled the harbour of Orsk, a witness said.",
    ],
)
def test_a_sentence_opening_with_a_name_stays_one_sentence(sentence):
    text = f"{STORY} {sentence}\n\n{NEXT}"
    assert set_apart(text).text == text
    assert run_in_headings(sentence) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # a speaker breaking off his sentence, a quotation's signature, a list closed by a dash
        "I ask -- I call upon all the crews of Orsk to stay at their posts.",
        "Those crews -- I'm not worried about the harbour at all, he said.",
        "Let me in -- Varga.",
        "The ferrymen -- Kel Varga, Ivo Brandt and Ilsa Marrow -- were all from Orsk.",
    ],
)
def test_words_before_a_dash_that_are_no_heading_stay(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_one_word_heading_does_not_open_the_text():
    # the text's first word before "The" is a caption's name or a teaser's word, not a heading
    text = "Varga The singer was seen in Orsk on Friday with his band."
    assert set_apart(text).text == text
    assert run_in_headings(text, opening=True) == []
    assert run_in_headings(text) == [(0, 5)]
