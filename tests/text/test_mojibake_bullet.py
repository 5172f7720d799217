"""A page's garbled bullet ("â€¢", the UTF-8 of "•" read as cp1252) put back as "•", and the
clutter shapes that read it garbled reading "•" alike: an item closing on a bullet of its own,
a closing line of several bulleted items, a quotation mark against a list's bullet; and a
reader's signature before a bullet (the [every byline] shape, which reads "•" only) not read
in a list of names, a heading ending in a number word or a winner before the next category.
The names and places are invented."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again
from text.clean import clean
from text.clutter_shapes import of_kind
from text.mojibake import repair_mojibake

GARBLED = "â€¢"


def test_a_garbled_bullet_is_put_back():
    assert repair_mojibake(f"{GARBLED} The harbour reopened") == "• The harbour reopened"
    # the tokenizer's space before its third byte, a symbol, as for the other marks
    assert repair_mojibake("Orsk â€ ¢ Varnholt") == "Orsk • Varnholt"
    assert GARBLED not in clean(f"{STORY}\n\n{GARBLED} Ferry resumes service to Orsk")


# Closing lines that main set apart with their bullets garbled, each set apart again once the
# bullets are put back: the shape that takes it, and the line as a page prints it.
CLOSING = {
    # [end byline]: a writer's note closing on a bullet of its own
    "writer's note": "{b} Kel Varga is a journalist and Orsk fellow {b}",
    # [end other]: the details of the work closing on a bullet
    "details of the work": "{b} Orsk writers’ festival runs from 21 - 31 August in venues {b}",
    # [end related]: one closing line of several bulleted links, the last closing on a bullet
    "related line": "{b} Get the harbour data {b} More at the Orsk directory {b}",
    # [end related], broken by the page: the first piece closing on a bullet
    "broken related line": "{b} Orsk upstages its own ferry launch {b}\nVarnholt’s mayor: lazy",
    # [end related], broken: a bullet inside the last piece, a letters page's footer
    "broken footer": "{b} Join the debate\n– email letters@orsk.example {b} Read more letters",
    # [end related], broken: a bullet inside the middle piece
    "broken middle": "{b} Best new act:\nKel Varga {b} Best track:\nIlsa Marrow - Harbour Lights",
}


@pytest.mark.parametrize("line", CLOSING.values(), ids=CLOSING.keys())
def test_a_closing_line_is_set_apart_with_its_bullets_put_back(line: str):
    assert cleaned_once_and_again(f"{STORY}\n{line.format(b=GARBLED)}") == STORY
    # as a page printing the bullet right has it set apart
    assert cleaned_once_and_again(f"{STORY}\n{line.format(b='•')}") == STORY


def test_a_run_together_list_closing_on_a_bullet_is_set_apart():
    points = f"{GARBLED} Ferry resumes service to Orsk {GARBLED} Council blames the storm {GARBLED}"
    assert cleaned_once_and_again(f"{STORY}\n{points}\n{NEXT}") == f"{STORY}\n\n{NEXT}"


def test_a_quotation_mark_against_a_lists_bullet_keeps_the_list_one():
    # "• 'Three-parent babies' ...", its quotation mark joined to the bullet by a tokenizer
    points = (
        f"{GARBLED} Ferry resumes service to Orsk {GARBLED}' Bridge' repairs begin {GARBLED} "
        "Council blames the storm for the delay"
    )
    assert cleaned_once_and_again(f"{STORY}\n{points}\n{NEXT}") == f"{STORY}\n\n{NEXT}"


def test_a_bulleted_sentence_closing_on_a_bullet_is_article_text():
    # a digest's last news item is a sentence, bullet or not
    line = "• Three people died in Orsk, officials said today. •"
    assert cleaned_once_and_again(f"{STORY}\n{line}") == f"{STORY}\n\n{line}"


def test_a_readers_signature_before_a_put_back_bullet_is_set_apart():
    text = f"{STORY}\nKel Varga Orsk {GARBLED} {NEXT}"
    assert cleaned_once_and_again(text) == f"{STORY}\n\n{NEXT}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a football round-up's division heading: no name ends in a number word
        "League Two • Gillingham stretched their lead to eight points on Saturday.",
        # a winners' list: the name before the next category's label
        "Kel Varga • Best track:",
    ],
)
def test_a_heading_or_a_winner_before_a_bullet_is_no_signature(paragraph: str):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert cleaned_once_and_again(text) == text


def test_a_name_after_a_bullet_is_a_list_item_not_a_signature():
    (shape,) = [s for s in of_kind("every") if "(?P<author>" in s.source and "•" in s.needs]
    assert shape.pattern.search("• Kel Varga • Ilsa Marrow •") is None
    assert shape.pattern.search("It was a fine day. Kel Varga Orsk • It was") is not None


def test_the_shapes_needs_name_the_bullet_macro():
    needing = [s for s in of_kind("tail") if "•" in s.needs]
    assert needing
    assert all({"•", "·", "cents"} <= set(s.needs) for s in needing)
    assert not any(GARBLED in s.needs for kind in ("every", "tail") for s in of_kind(kind))


def test_cleaning_twice_is_cleaning_once():
    for line in CLOSING.values():
        text = f"{STORY}\n{line.format(b=GARBLED)}\n{NEXT}"
        once = clean(text)
        assert clean(once) == once
