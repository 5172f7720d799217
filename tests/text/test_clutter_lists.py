"""Run-together lists, page stamps, player notices and link lines found by shape
(text/clutter.txt), and cleaning that reaches its fixed point. The names and places are
invented, so that nothing here passes by a remembered string."""

import pytest

from tests.text.clutter_story import STORY
from text.clean import clean
from text.clutter import set_apart


def test_a_bullet_list_run_together_is_set_apart_up_to_the_story():
    points = "• Ferry resumes service to Orsk • Council blames the storm for the delay"
    found = set_apart(f"{STORY}\n\n{points} The harbour master said the quay was safe.")
    assert found.text == f"{STORY}\n\nThe harbour master said the quay was safe."
    assert [c.label for c in found.clutter] == ["highlights"]


def test_the_last_point_ends_before_a_name_and_its_verb():
    points = "• Judge asks Tarvel whether he is tired • Alarm was on the night of the fire"
    found = set_apart(f"{STORY}\n\n{points} Judge Varga asks the lawyer to sit down.")
    assert found.text.endswith("\n\nJudge Varga asks the lawyer to sit down.")


def test_bullets_whose_points_are_sentences_are_article_text():
    points = "• The council met on Monday. • It voted to close the bridge to trucks."
    text = f"{STORY}\n\n{points}"
    assert set_apart(text).text == text


def test_cents_in_prose_is_not_a_bullet():
    text = f"{STORY}\n\nThe fare rose by 50 cents Monday and by 20 cents Tuesday in Orsk."
    assert set_apart(text).text == text


def test_a_bullet_alone_at_the_end_is_set_apart():
    assert set_apart(f"{STORY}\n\n•").text == STORY


def test_a_live_blog_stamp_in_brackets_opens_its_entry():
    entry = "(Updated at 11:20 a.m. ET, 6:20 p.m. local time) The shelling of Orsk resumed."
    found = set_apart(f"{STORY}\n\n{STORY}\n\n{STORY}\n\n{entry}")
    assert found.text.endswith("\n\nThe shelling of Orsk resumed.")
    assert found.clutter[0].label == "timestamp"


def test_an_update_stamp_keeps_the_outlet_after_its_time():
    entry = "updated: Tue Apr 28 2031 02:50:00 KTV Exclusive: a reporter flies to Orsk."
    found = set_apart(f"{STORY}\n\n{STORY}\n\n{STORY}\n\n{entry}")
    assert found.text.endswith("\n\nKTV Exclusive: a reporter flies to Orsk.")


def test_a_player_notice_is_taken_and_the_sentence_before_it_kept():
    text = (
        f"{STORY}\n\nIf you were in Orsk, this is what you saw ... In order to see this "
        "content you need to have both Javascript enabled and Flash installed."
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\nIf you were in Orsk, this is what you saw ..."


def test_a_link_line_is_taken_and_a_sentence_after_a_link_kept():
    assert set_apart(f"{STORY}\n\nFor the full report, please click here.").text == STORY
    # the link's label run into the next sentence goes, the sentence stays
    sentence = "Despite the rain, Orsk was warmly received."
    found = set_apart(f"{STORY}\n\nClick here to view video {sentence}")
    assert found.text == f"{STORY}\n\n{sentence}"


def test_a_news_aggregator_list_is_set_apart():
    listing = (
        "Ferry returns to Orsk - Kestrel Wire - 1 hr ago Harbour Times * Council row - "
        "3 hrs ago Varnholt Post"
    )
    assert set_apart(f"{STORY}\n\n{listing}").text == STORY


def test_a_page_stamp_between_headline_and_story_parts_them():
    text = f"Orsk ferry returns Tuesday 26 April 2031 01.44 BST {STORY}"
    found = set_apart(text)
    assert found.text == f"Orsk ferry returns\n\n{STORY}"


@pytest.mark.parametrize(
    "text",
    [
        f"Posted on 12 May 2031 by Lera Kost\n\n{STORY}",
        f"Orsk ferry returns to the harbour Tuesday 26 April 2031 01.44 BST {STORY}",
        f"{STORY}\n\n(Updated at 9:05 GMT) The quay reopened. (ID: nLDE7261FX)\n\n{STORY}",
        f"{STORY}\n\n• Ferry resumes service • Council blames the storm\n\nTags Orsk Ferry",
        "VARNHOLT (Reuters) - Rebels retake the Orsk bridge",
    ],
)
def test_cleaning_a_cleaned_text_again_changes_nothing(text):
    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once


def test_a_one_line_wire_flash_is_still_text():
    found = set_apart("VARNHOLT (Reuters) - Rebels retake the Orsk bridge")
    assert found.text == "Rebels retake the Orsk bridge"


def test_a_sentence_about_a_player_is_article_text():
    text = (
        f"{STORY}\n\nThere's talk from Kestrel about phones that are going to support full "
        "Flash playback - but little sign of it."
    )
    assert set_apart(text).text == text
