"""A graphic's box printed after the story or inside it (text/clutter_graphic_box.py): its title
(GRAPHICBOXTITLE of text/clutter.txt) run into its first sentence, its steps up to the
slideshow's control or the text's end. The titles are the boxes' own; every other word, name,
place and number below is made up, so the rule passes only by the shape of the page."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart
from text.clutter_graphic_box import graphic_box

BODY = f"{STORY}\n\n{NEXT}"
BOX = "\n\n".join(
    [
        "Underwater efforts to cap oil leak Initially, engineers tried to lower a dome over the "
        "leak at Orsk.",
        "However, this failed when ice formed inside it.",
        "Instead, a smaller cap is being lowered onto the pipe.",
    ]
)
PANELS = "\n\n".join(
    [
        "NEW CAP FOR LEAKING OIL WELL In June, crews placed a cap over the Orsk well.",
        "However, this continued to leak and has now been replaced.",
        "NEW CAP FOR LEAKING OIL WELL Crews then bolted a new stack onto the valve.",
    ]
)
CONTROL = "BACK {current} of {total} NEXT"
AFTER = "The harbour master of Orsk said the quay would stay shut until Friday."


def test_a_box_closing_the_story_goes_to_the_end():
    set_apart_as(f"{BODY}\n\n{BOX}", BODY, ["caption"])


def test_a_box_with_its_title_in_capitals_before_each_panel_goes_whole():
    set_apart_as(f"{BODY}\n\n{PANELS}", BODY, ["caption"])


def test_a_box_inside_the_story_ends_at_the_slideshows_control():
    # the story's next paragraph runs in after the control: it stays, the control goes
    text = f"{BODY}\n\n{PANELS}\n\n{CONTROL} {AFTER}"
    found = set_apart(text)
    assert found.text == f"{BODY}\n\n{AFTER}"
    assert found.labels() == ["caption", "share"]


def test_a_box_whose_title_a_sentence_runs_into_goes_too():
    box = "Attempt to cap oil leak The latest stage of the work at Orsk has involved a cap."
    set_apart_as(f"{BODY}\n\n{box}", BODY, ["caption"])


def test_the_stored_text_cleans_to_itself():
    assert cleaned_once_and_again(f"{BODY}\n\n{BOX}\n\n{CONTROL} {AFTER}") == f"{BODY}\n\n{AFTER}"


def test_a_page_opening_on_the_box_keeps_it_as_its_item():
    assert graphic_box(PANELS.split("\n\n")) is None


def test_a_box_the_page_points_to_is_its_own_matter():
    intro = "Below we explain the attempts to stem the leak at Orsk."
    assert graphic_box([STORY, intro, *BOX.split("\n\n")]) is None
    intro = "The graphic above shows the valve on the sea floor off Orsk."
    assert graphic_box([STORY, intro, *BOX.split("\n\n")]) is None


def test_a_title_inside_a_sentence_stays():
    text = f"{BODY}\n\nThe council's report on underwater efforts to cap oil leak sites came out."
    assert graphic_box(text.split("\n\n")) is None
    text = f"{BODY}\n\nThe report, Attempt to cap oil leak, was read out at the hearing."
    assert graphic_box(text.split("\n\n")) is None


def test_a_title_before_a_word_in_lower_case_stays():
    text = f"{BODY}\n\nAttempt to cap oil leak failed again on Monday, the council said."
    assert graphic_box(text.split("\n\n")) is None


def test_a_paragraph_saying_below_or_graphic_in_passing_points_to_no_box():
    story = "Oil is gushing from the Orsk well a mile below the surface, in graphic detail."
    assert graphic_box([STORY, story, *BOX.split("\n\n")]) == (2, 5)
