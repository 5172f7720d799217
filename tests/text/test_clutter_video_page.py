"""The closing furniture of a Reuters video page (2011) under the video's script, set apart
(text/clutter.txt: [end caption], [paragraph byline], [paragraph other]): the video's caption
(title, length in brackets, day, " - " and what it shows), the reporter's credit before it, the
"(Transcript)" link and the "Rough Cut (no reporter narration)." note. The page's fixed words
are the site's; the scripts, titles and names are invented, every name and place made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as

SCRIPT = f"{STORY}\n\n{NEXT}"
CAPTION = (
    "Gunfire and tanks in Orsk (2:03) Apr 24 - Amateur video purports to show protesters in "
    "Orsk under fire."
)
AD = (
    "An ultra-low latency infrastructure for electronic trading and data distribution A "
    "connected approach to governance, risk and compliance Our next generation legal research "
    "platform"
)


def test_the_caption_run_in_after_the_credit_and_all_after_it_are_set_apart():
    text = f"{SCRIPT}\n\nKel Varga, Reuters {CAPTION}\n\n(Transcript)\n\n{AD}"
    set_apart_as(text, SCRIPT, ["caption", "byline"])


def test_the_credit_run_into_the_caption_gives_the_author():
    from text.clutter import set_apart

    found = set_apart(f"{SCRIPT}\n\nKel Varga, Reuters {CAPTION}\n\n(Transcript)")
    assert found.author == "Kel Varga"


def test_the_credit_alone_on_its_line_and_the_caption_below_are_set_apart():
    text = f"{SCRIPT}\n\nIlsa Marrow, Reuters.\n\n{CAPTION}\n\n(Transcript)"
    set_apart_as(text, SCRIPT, ["caption", "byline"])


def test_a_caption_whose_title_stands_on_the_line_before_goes_from_its_length():
    caption = "(2:38) Aug. 12 - Amateur video shows thousands taking part in protests around Orsk."
    set_apart_as(f"{SCRIPT}\n\n{caption}\n\n(Transcript)", SCRIPT, ["caption"])


def test_a_caption_without_a_credit_takes_the_note_and_the_link_along():
    text = f"{SCRIPT}\n\n{CAPTION}\n\nRough Cut (no reporter narration).\n\n(Transcript)"
    set_apart_as(text, SCRIPT, ["caption"])


def test_the_link_and_the_note_alone_under_a_script_are_other():
    text = f"{SCRIPT}\n\nRough Cut (no reporter narration).\n\n(Transcript)"
    set_apart_as(text, SCRIPT, ["other", "other"])


def test_the_page_in_penn_treebank_tokens_is_set_apart_once_cleaned():
    text = (
        f"{STORY}\nKel Varga , Reuters Gunfire in Orsk -LRB- 2:03 -RRB- Apr 24 - Amateur video "
        "purports to show protesters under fire .\n-LRB- Transcript -RRB-\n"
    )
    assert cleaned_once_and_again(text) == cleaned_once_and_again(f"{STORY}\n")


# ----------------------------------------------------------------------------- near-misses


def test_a_video_description_that_is_the_whole_item_stays():
    description = (
        "Amateur video shows the harbour of Orsk (1:37) Aug. 5 - Amateur video purports to "
        "show the aftermath of shelling in Orsk."
    )
    set_apart_as(f"{description}\n\nRough Cut (no reporter narration).", description, ["other"])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ilsa Marrow has put together a short (3:47) video montage of the mayor's speeches.",
        "Kel Varga, Reuters' Orsk bureau chief, said the ferry was late.",
        "On the Orsk exchange, Reuters shares rose five pence to 913 pence.",
        "The director's rough cut (no reporter narration) is said to be available.",
        "The transcript of the hearing (Transcript) runs to 40 pages.",
        "Kel Varga, Reuters correspondent in Orsk since 1994, retired in May.",
    ],
)
def test_the_words_inside_a_sentence_stay(paragraph):
    set_apart_as(f"{SCRIPT}\n\n{paragraph}", f"{SCRIPT}\n\n{paragraph}", [])


def test_a_dated_entry_after_a_credit_without_a_length_stays():
    # a timeline's entry ("Nov. 12 - ...") is no video caption: the length in brackets is
    paragraph = "Nov. 12 - The Varnholt League suspends Orsk's membership."
    set_apart_as(f"{SCRIPT}\n\n{paragraph}", f"{SCRIPT}\n\n{paragraph}", [])
