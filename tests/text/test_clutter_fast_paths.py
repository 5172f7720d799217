"""The cheap tests that spare setting clutter apart some of its reading
(text/clutter_glued_caption.py, text/clutter_lead_caption.py, text/clutter_quotes.py, a shape's
needs in text/clutter.txt): each skips only what could find nothing, so every caption, pull
quote and comment stamp is found as before. On invented text."""

import pytest

from text import clutter_glued_caption, clutter_quotes
from text.clutter_glued_caption import _fronted, _fronted_inside, glued_caption
from text.clutter_lead_caption import sentence_words
from text.clutter_quotes import _boxes_with_speakers
from text.clutter_shapes import active, of_kind
from text.data import text_lines

STORY = "The council met on Monday.\n\nThe ferries have been halted."


def _fronted_words() -> list[str]:
    """The words of GLUEDFRONTED as text/clutter.txt lists them."""
    (line,) = (
        line for line in text_lines("text", "clutter.txt") if line.startswith("GLUEDFRONTED ")
    )
    return line.partition(" = ")[2].strip().removeprefix("(?:").removesuffix(")").split("|")


def test_every_fronted_word_is_one_the_macro_takes():
    fronted, _ = _fronted()
    words = _fronted_words()
    assert "In" in words and "Meanwhile" in words
    assert all(fronted.fullmatch(word) for word in words)


@pytest.mark.parametrize("word", _fronted_words())
def test_a_fronted_word_inside_a_paragraph_lets_it_be_read(word):
    paragraph = f"The harbour has been closed for a week {word} Orsk, the crews have waited."
    assert _fronted_inside().search(paragraph) is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        # opening the paragraph: _before_fronted reads no boundary before the first word
        "In Orsk, the crews have waited for a week at the quay.",
        # in lower case, inside a longer word, or run into a comma
        "The crews have waited in Orsk, and the council has met.",
        "The crews waited Insider Orsk's harbour, said the council.",
        "The crews have waited Indeed, the council has met on the quay.",
        "The crews have waited since Monday At, the council said.",
    ],
)
def test_a_paragraph_without_a_fronted_word_inside_it_is_not_read(paragraph, monkeypatch):
    assert _fronted_inside().search(paragraph) is None

    def unread(paragraph: str, alone: bool = False) -> None:
        raise AssertionError(f"words read: {paragraph!r}")

    monkeypatch.setattr(clutter_glued_caption, "sentence_words", unread)
    assert glued_caption(paragraph, f"{STORY}\n\n{paragraph}") is None


def test_a_caption_before_a_fronted_word_is_still_found():
    paragraph = (
        "Vornland airlines have flown aid to Orsk In Port Varn, the rescuers have pulled "
        "several survivors from the rubble."
    )
    end = glued_caption(paragraph, f"{STORY}\n\n{paragraph}")
    assert end is not None
    assert paragraph[:end] == "Vornland airlines have flown aid to Orsk"


def test_a_paragraph_s_first_sentence_is_read_once():
    paragraph = "Kel Varga was rescued from the rubble Mr Marrow said tents were on the way."
    first = sentence_words(paragraph, alone=True)
    assert first is not None
    assert sentence_words(paragraph) is first
    assert sentence_words(paragraph, alone=True) is first
    assert isinstance(first, tuple)  # shared by the steps that read it: none can change it
    assert [word for _, word in first][:3] == ["Kel", "Varga", "was"]
    assert first[-1] == (paragraph.index("way"), "way")


def test_a_paragraph_of_two_sentences_gives_its_first_unless_alone():
    paragraph = "The crews waited at the quay. The council met on Monday."
    assert sentence_words(paragraph, alone=True) is None
    words = sentence_words(paragraph)
    assert words is not None
    assert [word for _, word in words] == ["The", "crews", "waited", "at", "the", "quay"]
    assert sentence_words("No stop closes this sentence") is None


def test_a_paragraph_without_a_dash_is_not_searched_for_one(monkeypatch):
    def unsearched(text: str, needle: str) -> None:
        raise AssertionError(f"searched for {needle!r}")

    monkeypatch.setattr(clutter_quotes, "_positions", unsearched)
    paragraph = "The harbour will reopen within a week. Ilsa Marrow Orsk Council said so."
    assert list(_boxes_with_speakers(paragraph)) == []


def test_a_box_before_a_dash_and_its_speaker_is_still_found():
    paragraph = "We will rebuild the harbour within a year. – Ilsa Marrow"
    assert list(_boxes_with_speakers(paragraph)) == [(0, paragraph.index(" – "), len(paragraph))]


def _ordinal_comment_stamp():
    (shape,) = (
        shape
        for shape in of_kind("end")
        if shape.label == "comment" and shape.source.startswith("(?<=[\\w.!?\"”'] )[0-3]?\\d(?:st")
    )
    return shape


@pytest.mark.parametrize(
    "day", ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "22nd", "30th"]
)
def test_a_comment_stamp_s_ordinal_day_lets_its_shape_be_tried(day):
    shape = _ordinal_comment_stamp()
    region = f"The council met. {day} January 2031 - 22:57 I hope the ferries run again."
    assert shape in active("end", region).shapes
    assert shape.pattern.search(region) is not None


@pytest.mark.parametrize(
    "region",
    [
        # a clock without an ordinal day: the shape could not match
        "The council met at 22:57 on 15 January 2031 - the ferries ran again.",
        "Posted: 15 January 2031 - 22:57 The ferries ran again.",
    ],
)
def test_a_text_without_an_ordinal_day_is_spared_the_comment_stamp(region):
    shape = _ordinal_comment_stamp()
    assert shape not in active("end", region).shapes
    assert shape.pattern.search(region) is None
