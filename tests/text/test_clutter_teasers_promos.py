"""A site's fixed end teaser run into the story's last sentence, and a video embed's label left
alone on its line, tried on invented text: the stories around them are made up, only the
teasers (a page's own fixed words, text/clutter.txt) are the site's."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart

PUN = "The pun - ancient artform, or the lowest form of wit?"
HOPES = (
    "Hopes for a negotiated settlement in Syria remain alive, despite regional tensions stoked "
    "by recent air strikes attributed to Israel, says Jim Muir."
)
LAST = "Ferries at the Orsk quay could not sail as the pumps were not working"


@pytest.mark.parametrize(
    "teaser",
    [
        # run into a last sentence that lost its stop (a flattened list's last item)
        f" {PUN}",
        f" {HOPES}",
        # with the teaser's own date and section in capitals before it
        f" 21 JANUARY 2031, ARTS AND CULTURE {PUN}",
    ],
)
def test_an_end_teaser_run_into_the_last_sentence_is_related(teaser):
    kept = f"{STORY}\n\n{LAST}"
    set_apart_as(kept + teaser, kept, ["related"])


def test_an_end_teaser_after_the_last_sentences_stop_is_related():
    kept = f"{STORY}\n\n{NEXT}"
    set_apart_as(f"{kept} {PUN}", kept, ["related"])


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("You can comment about this story on Have Your Say", ["share"]),
        ("The BBC is not responsible for the content of external Internet sites", ["footer"]),
    ],
)
def test_the_bbcs_end_lines_run_into_the_teaser_go_with_it(line, labels):
    kept = f"{STORY}\n\n{LAST}"
    set_apart_as(f"{kept} {line} {PUN}", kept, labels)


@pytest.mark.parametrize(
    "story",
    [
        # a story's own sentence opening as the teaser does, at the text's end
        f"{STORY}\n\nHopes for a negotiated settlement in Orsk remain alive, says Kel Varga.",
        # the teaser's words quoted in the middle of a story stay: only the text's end is read
        f"{STORY} {PUN}\n\n{NEXT}",
        # a story's sentence on what a video shows is no label
        f"{STORY}\n\nVideo from the Orsk quay showed the crowd cheering as the ferry sailed."
        f"\n\n{NEXT}",
    ],
)
def test_what_only_looks_like_a_teaser_or_a_label_stays(story):
    assert set_apart(story).text == story


@pytest.mark.parametrize("label", ["Video:", "VIDEO:", "Watch", "Videos"])
def test_a_video_label_alone_on_its_line_is_related(label):
    set_apart_as(f"{STORY}\n\n{label}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


@pytest.mark.parametrize(
    "text",
    [
        f"{STORY}\n\n{LAST} 21 JANUARY 2031, ARTS AND CULTURE {PUN}",
        f"{STORY}\n\nVideo:\n\n{NEXT} {HOPES}",
    ],
)
def test_a_cleaned_text_cleans_to_itself(text):
    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once


def test_a_copy_of_the_storys_words_bared_by_the_teasers_cut_goes_too():
    # a video caption repeating the story's words, run into the teaser: once the teaser is
    # cut, the repair step would drop the copy when the stored text is cleaned again
    lead = (
        "The incoming chief executive of Orsk Ferries, Kel Varga, on his new job: the crossing "
        "will reopen within a week, he said on Tuesday."
    )
    copy = "The incoming chief executive of Orsk Ferries, Kel Varga, on his new job"
    text = f"{lead}\n\n{NEXT}\n\n{copy} {PUN}"
    found = set_apart(clean(text))
    assert found.text == f"{lead}\n\n{NEXT}"
    assert set_apart(clean(found.text)).text == found.text


def test_a_bared_copy_of_a_paragraph_a_cut_also_changed_leaves_one_copy():
    # a dateline cut off the first paragraph and the end teaser off the last leave the same
    # words twice: the repeat goes, the first copy stays (it is the story's own paragraph)
    long = (
        "Ferries at the Orsk quay could not sail on Tuesday as the pumps of the old harbour "
        "were not working, the council of Varnholt said, and the engineers from Orsk who came "
        "on Monday could not say when they would work again, nor whether the crossing that "
        "the town has used for three hundred years would open before the spring floods came "
        "down the valley from the hills above Varnholt and the farms."
    )
    text = f"VARNHOLT (Reuters) - {long}\n\n{NEXT}\n\n{STORY}\n\n{long} {PUN}"
    found = set_apart(clean(text))
    assert found.text == f"{long}\n\n{NEXT}\n\n{STORY}"
    assert found.labels() == ["related", "dateline", "other"]
    assert set_apart(clean(found.text)).text == found.text
