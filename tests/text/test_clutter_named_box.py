"""A pull-quote box closed by its speaker's name, a comma and a body or place, with no "End
Quote", run into the story's next sentence, goes as a caption where the story names the
speaker elsewhere; the sentence after it stays whole. Near misses stay. Invented names and text
throughout."""

import re

import pytest

from tests.text.clutter_story import article, captions
from text.clutter_named_box import _COMMA_CAPITAL, named_box
from text.clutter_shapes import macros

OPENING = "Storms closed the port of Orsk on Monday, stranding dozens of ships in its bay."
NAMED = "Kel Varga, director of the Orsk Harbour Centre, said the crews were exhausted."
CLOSING = "The port reopened in May after three weeks of repairs."


def test_a_box_closed_by_a_named_speaker_before_an_opener_goes():
    box = (
        "They will need to rebuild the quay and train more pilots and there are rules on how "
        "to do that Kel Varga, University of Orsk And he warned the storms would return."
    )
    out = article(OPENING, box, NAMED, CLOSING)
    assert "University of Orsk" not in out
    assert "And he warned the storms would return." in out.split("\n\n")
    assert captions(OPENING, box, NAMED, CLOSING) == [
        "They will need to rebuild the quay and train more pilots and there are rules on how "
        "to do that Kel Varga, University of Orsk"
    ]


def test_a_box_whose_speaker_has_a_title_and_a_body_with_the_goes_before_a_pronoun():
    named = "Dr Kel Varga, of the Orsk Ferry Trust, said many ships were lost."
    box = (
        "Many crews are stranded and in urgent need of food and fresh water Dr Kel Varga, Save "
        "the Ferries It is also feared that two ships sank."
    )
    out = article(OPENING, box, named, CLOSING)
    assert "Save the Ferries" not in out
    assert "It is also feared that two ships sank." in out.split("\n\n")


def test_a_box_before_a_quotation_after_a_sentence_goes():
    box = (
        "The quay will be rebuilt by the autumn. It is a gigantic task and the winter will be "
        'critical for the pilots Kel Varga, Orsk Harbour Centre "What we saw was chaos," he said.'
    )
    out = article(OPENING, box, NAMED, CLOSING)
    assert "Orsk Harbour Centre" not in out.split("\n\n")[1]
    assert "The quay will be rebuilt by the autumn." in out
    assert '"What we saw was chaos," he said.' in out


def test_a_list_of_names_before_a_comma_and_a_pronoun_stays():
    paragraph = (
        "And I have to say our partners who have battled the floods like Orsk Isle, Varn, "
        "the United Orsk Isles, they worry about the harbour."
    )
    named = "Orsk Isle has sent two ferries."
    text = "\n\n".join([OPENING, paragraph, named])
    assert named_box(paragraph, text) is None
    assert paragraph in article(OPENING, paragraph, named, CLOSING)


def test_a_speaker_the_story_does_not_name_elsewhere_stays():
    box = (
        "They will need to rebuild the quay and train more pilots and there are rules on how "
        "to do that Ilsa Marrow, University of Orsk And he warned the storms would return."
    )
    out = article(OPENING, box, NAMED, CLOSING)
    assert "Ilsa Marrow, University of Orsk" in out


def test_the_storys_own_copy_of_the_boxed_words_stays():
    box = (
        "They will need to rebuild the quay and train more pilots and there are rules on how "
        "to do that Kel Varga, University of Orsk And he warned the storms would return."
    )
    own = '"They will need to rebuild the quay and train more pilots."'
    out = article(OPENING, box, NAMED, own, CLOSING)
    assert "University of Orsk" not in out
    assert own in out.split("\n\n")


# Near misses: each paragraph, between the opening and a paragraph naming the speaker, is no box.
NEAR_MISSES = {
    "name_after_a_function_word": (
        "The harbour board praised the long work of Kel Varga, Orsk Ferries The crews cheered"
        " the news."
    ),
    "short_clause_before_a_name": "Her words echoed Kel Varga, Orsk Ferries And the board agreed.",
    "name_before_a_relative_clause": (
        "On Monday a prominent member of the harbour board Kel Varga, who lives in Orsk, said"
        " the port would reopen."
    ),
    "quotation_in_marks_before_a_name": (
        'The board said "the crews are safe and the quay will open" Kel Varga, Orsk Ferries '
        "And he warned the storms would return."
    ),
    "name_after_a_preposition": (
        "The flooding of the quay was a disaster that ranks alongside Kel Varga, Orsk Isle "
        "and Varn One year ago the harbour was new."
    ),
    "list_of_names_in_a_programme_note": (
        "Saturday brings Orsk Harbour Band, Varn Ferries Choir and Ilsa Marrow Kel Varga, "
        "Tarn Vellis and The Orsk Pipers close the night."
    ),
    "listing_with_brackets": (
        "Harbour Days (88 mins, U) directed by a crew of five; starring Kel Varga, Ilsa "
        "Marrow The film opens on Friday."
    ),
    # six capitalised words in ten: a list of names or titles, no one's words
    "quotation_of_many_capitalised_words": (
        "Orsk Harbour Band and the Varn Ferries Choir sang loudly Kel Varga, Orsk Ferries And"
        " he warned the storms would return."
    ),
    "quotation_of_four_words": (
        "Crews are stranded again Kel Varga, Orsk Ferries And he warned the storms would return."
    ),
    # a surname the name's pattern cannot open on ("O'Varn"): the sentence runs on into names
    "quotation_ending_on_a_capitalised_word": (
        "Crews were thanked on the quay by the harbour master and his deputy O'Varn Kel "
        "Varga, Orsk Ferries And he warned the storms would return."
    ),
}


@pytest.mark.parametrize("paragraph", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_near_miss_stays(paragraph):
    text = "\n\n".join([OPENING, paragraph, NAMED])
    assert named_box(paragraph, text) is None


def test_the_comma_test_lets_every_particle_of_a_speakers_name_through():
    # _COMMA_CAPITAL spares the speaker's pattern the paragraphs it cannot match: it must let
    # through a body or place opening on any of PULLNAME's particles ("Kel Varga, al-Orsk
    # Centre"), or a box naming one would stay
    particles = re.match(r"\(\?:\(\?:\(\?:([a-z|]+)\)-\)\?", macros()["PULLNAME"])
    assert particles is not None
    for particle in particles.group(1).split("|"):
        assert _COMMA_CAPITAL.search(f"how to do that Kel Varga, {particle}-Orsk Centre")
