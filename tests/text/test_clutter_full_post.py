"""The link to a whole entry a news blog prints in capitals after an item, "FULL POST", run into
the next item's first paragraph, set apart as `related` (text/clutter.txt, [every related]).
The label is the blog's fixed words; the items around it are invented, every name and place
made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as

ITEM = "Harbour officials in Orsk say the ferry is back in service after a week."


def test_the_label_opening_the_next_item_is_related_and_the_item_stays():
    set_apart_as(
        f"{STORY}\n\nFULL POST {ITEM}\n\n{NEXT}", f"{STORY}\n\n{ITEM}\n\n{NEXT}", ["related"]
    )


def test_the_label_before_a_caption_opening_the_next_item_goes_alone():
    caption = "The Varnholt crew: (Front row, from left) Kel Varga, Ilsa Marrow."
    set_apart_as(f"{STORY}\n\nFULL POST {caption}", f"{STORY}\n\n{caption}", ["related"])


def test_the_label_on_a_paragraph_of_its_own_is_related():
    set_apart_as(f"{STORY}\n\nFULL POST\n\n{ITEM}", f"{STORY}\n\n{ITEM}", ["related"])


def test_each_label_of_a_blog_page_is_related():
    text = f"{STORY}\n\nFULL POST {ITEM}\n\nFULL POST {NEXT}"
    set_apart_as(text, f"{STORY}\n\n{ITEM}\n\n{NEXT}", ["related", "related"])


def test_the_label_in_penn_treebank_tokens_is_set_apart_once_cleaned():
    item = "Harbour officials in Orsk say the ferry is back -LRB- again -RRB- ."
    text = f"{STORY}\nFULL POST {item}\n"
    assert cleaned_once_and_again(text) == cleaned_once_and_again(f"{STORY}\n{item}\n")
    assert "FULL POST" not in cleaned_once_and_again(text)


# ----------------------------------------------------------------------------- near-misses


@pytest.mark.parametrize(
    "paragraph",
    [
        # a heading in capitals is kept, as a paragraph of its own (text.run_in_heading)
        "FULL POST OFFICE LIST FOR ORSK\n\nEvery branch of the harbour district is named.",
        "Full post of the harbour master's letter follows below.",
        "Read the FULL POST on the harbour blog before Monday.",
        "FULL POSTAL SERVICE RETURNS TO ORSK after the floods.",
        "FULL POST-MORTEM\n\nHarbour officials say the ferry sank.",
    ],
)
def test_the_words_elsewhere_or_going_on_stay(paragraph):
    set_apart_as(f"{STORY}\n\n{paragraph}", f"{STORY}\n\n{paragraph}", [])
