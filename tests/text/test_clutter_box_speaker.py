"""A pull-quote box's speaker and role, run into the story's next sentence with no stop, go
with the box as a caption, and the sentence stays whole; where the role's end cannot be told,
the box stays. Invented names and text throughout."""

import re

from tests.text.clutter_story import article, captions
from text.clean import clean
from text.clutter_defines import box_quote_words, clutter_shape

OPENING = "Storms closed the port of Orsk on Monday, stranding dozens of ships in its bay."
CLOSING = "The port reopened in May after three weeks of repairs."


def test_a_role_with_at_the_before_a_quotation_goes_with_the_box():
    box = (
        'We could not reach the ferries in time" End Quote Kel Varga Director of the Orsk '
        'Centre at the University of Varn "Civil war is near," he said.'
    )
    out = article(OPENING, box, CLOSING)
    assert "End Quote" not in out
    assert '"Civil war is near," he said.' in out.split("\n\n")
    assert captions(OPENING, box, CLOSING) == [
        'We could not reach the ferries in time" End Quote Kel Varga Director of the Orsk '
        "Centre at the University of Varn"
    ]


def test_a_name_with_a_lower_case_particle_goes_with_the_box():
    box = 'End Quote Tarn al-Vellis Orsk President "We agreed on an approach," he added.'
    out = article(OPENING, box, CLOSING)
    assert "Vellis" not in out
    assert '"We agreed on an approach," he added.' in out


def test_a_role_ending_on_a_joined_name_before_a_pronoun_goes_with_the_box():
    box = "End Quote Ilsa Marrow Orsk ambassador to the Council It might bow to the pressure."
    out = article(OPENING, box, CLOSING)
    assert "Marrow" not in out
    assert "It might bow to the pressure." in out.split("\n\n")


def test_a_role_after_a_comma_before_a_discourse_opener_goes_with_the_box():
    box = (
        'The harbour is lost" End Quote Kel Varga Oil and gas analyst, Varn Securities During '
        "those days, the markets panicked."
    )
    out = article(OPENING, box, CLOSING)
    assert "Varn Securities" not in out
    assert "During those days, the markets panicked." in out.split("\n\n")


def test_a_role_before_a_determiner_and_a_capitalised_subject_goes_with_the_box():
    box = "End Quote Kel Varga Orsk Foreign Secretary The Varnish well is deeper than the last."
    out = article(OPENING, box, CLOSING)
    assert "Foreign Secretary" not in out
    assert "The Varnish well is deeper than the last." in out.split("\n\n")


def test_a_subject_the_story_names_alone_elsewhere_ends_the_role():
    box = (
        "End Quote Kel Varga Chief analyst at Varn Asset Management Orsk Ferries said it had "
        "paid out more than 40m crowns."
    )
    story = "Shares in Orsk Ferries fell by a third in the week after the storm."
    out = article(OPENING, story, box, CLOSING)
    assert "Asset Management" not in out
    assert "Orsk Ferries said it had paid out more than 40m crowns." in out.split("\n\n")
    assert captions(OPENING, story, box, CLOSING) == [
        "End Quote Kel Varga Chief analyst at Varn Asset Management"
    ]


def test_a_possessive_subject_the_story_names_alone_elsewhere_ends_the_role():
    box = "End Quote Orsk Crisis Group Varnland's economy has shrunk by a fifth this year."
    story = "Trade with Varnland stopped in March."
    out = article(OPENING, story, box, CLOSING)
    assert "Crisis Group" not in out
    assert "Varnland's economy has shrunk by a fifth this year." in out.split("\n\n")


def test_a_story_sentence_after_a_box_with_no_speaker_stays():
    box = "End Quote The ferries left the quay at dawn on Tuesday."
    out = article(OPENING, box, CLOSING)
    assert "The ferries left the quay at dawn on Tuesday." in out


def test_a_role_that_may_open_the_sentence_stays():
    box = (
        "End Quote Kel Varga Orsk Harbour Master Ilsa Marrow was among five officials named "
        "by the council."
    )
    out = article(OPENING, box, CLOSING)
    assert "Harbour Master Ilsa Marrow was among five officials" in out


def test_a_subject_named_elsewhere_only_inside_a_longer_name_stays():
    box = (
        "End Quote Kel Varga Orsk Secretary General Defence Minister Ilsa Marrow was among "
        "five officials named by the council."
    )
    story = "Earlier, Deputy Defence Minister Ilsa Marrow denied the claims."
    out = article(OPENING, story, box, CLOSING)
    assert "General Defence Minister Ilsa Marrow was among five officials" in out


def test_a_subject_printed_with_the_roles_last_word_elsewhere_stays():
    box = (
        "End Quote Kel Varga Orsk Secretary Minister Ilsa Marrow was among five officials "
        "named by the council."
    )
    story = "Shares fell after Orsk's Minister Ilsa Marrow spoke, and Ilsa Marrow then left."
    out = article(OPENING, story, box, CLOSING)
    assert "Secretary Minister Ilsa Marrow was among five officials" in out


def test_a_subject_followed_by_no_verb_stays():
    box = "End Quote Ilsa Marrow Orsk shareholder, Varn Orsk Ferries fares rose again."
    story = "Orsk Ferries said it would cut its fares."
    out = article(OPENING, story, box, CLOSING)
    assert "Orsk Ferries fares rose again." in out
    assert "End Quote" in out


def test_cleaning_twice_changes_nothing():
    box = (
        "End Quote Kel Varga Chief analyst at Varn Asset Management Orsk Ferries said it had "
        "paid out more than 40m crowns."
    )
    text = "\n\n".join(
        (
            OPENING,
            "Shares in Orsk Ferries fell by a third.",
            box,
            "End Quote Ilsa Marrow Orsk ambassador to the Council It might bow to the pressure.",
            CLOSING,
        )
    )
    once = article(text)
    assert article(once) == once
    assert clean(clean(text)) == clean(text)


def test_the_box_closing_words_are_read_from_the_data_file_as_plain_words():
    # the cleaner's plain tests (`in`, startswith) and the shapes read the same words, which
    # must therefore hold no character a pattern reads otherwise
    words = box_quote_words()
    assert words == "End Quote"
    assert re.escape(words) == words.replace(" ", "\\ ")
    assert words in clutter_shape("BOXQUOTEEND")
    assert words in clutter_shape("BOXQUOTECLOSE")
