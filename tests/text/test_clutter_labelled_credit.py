"""A photo credit after its label ("Photograph: "), as flattened Guardian pages print it: run
into the story after it, and often into its caption before it, inside one paragraph ("<headline>
<standfirst> <caption> Photograph: Kel Varga/AP <story>"). The label vouches for the credit, so
its name may hold lower-case words or be an organisation's, or the agency stand alone. Tried here
on invented text: every name, place and date below is made up, so a shape passes only by its
structure."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again
from text.clutter import set_apart

HEADLINE = "Orsk harbour: council faces questions over flood defences"
STANDFIRST = "Harbour board says repairs will take a year"
CAPTION = "A ferry waits outside the flooded harbour of Orsk during the storm"


def test_a_credit_inside_a_paragraph_takes_its_caption_and_leaves_the_headline():
    text = f"{HEADLINE} {STANDFIRST} {CAPTION} Photograph: Kel Varga/Reuters {STORY}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{HEADLINE} {STANDFIRST}\n\n{STORY}\n\n{NEXT}"
    assert [c.text for c in found.clutter] == [CAPTION, "Photograph: Kel Varga/Reuters"]
    assert cleaned_once_and_again(text) == found.text


def test_a_caption_opening_its_paragraph_goes_whole_with_the_credit():
    text = f"{HEADLINE}\n\n{CAPTION} Photograph: Ilsa Marrow/AFP/Getty Images {STORY}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{HEADLINE}\n\n{STORY}\n\n{NEXT}"
    assert found.labels() == ["caption", "credit"]
    assert cleaned_once_and_again(text) == found.text


def test_a_credit_whose_name_holds_lower_case_words_or_is_an_agency_alone():
    credits = (
        "Photograph: Orsk Centre for Flood Control/Reuters",
        "Photograph: Kel de Varga/AFP/Getty Images",
        "Photograph: al-Orvalle/Reuters",
        "Photograph: Varnholt coastguard/EPA",
        "Photograph: Reuters",
        "Photograph: Associated Press",
        "Photograph: Ilsa Marrow/reuters",
    )
    for credit in credits:
        text = f"{HEADLINE}\n\n{CAPTION}.\n\n{credit} {STORY}\n\n{NEXT}"
        found = set_apart(text)
        assert found.text == f"{HEADLINE}\n\n{STORY}\n\n{NEXT}", credit
        assert [c.text for c in found.clutter] == [f"{CAPTION}.", credit]


def test_a_credit_run_into_a_live_blog_s_entry_stamp():
    text = f"{NEXT}\n\n{CAPTION} Photograph: Kel Varga/Getty 11.30 pm: {STORY}"
    found = set_apart(text)
    assert CAPTION not in found.text and "Kel Varga" not in found.text
    assert STORY in found.text


# ----------------------------------------------------------------------------- near-misses


def test_a_label_without_a_credit_or_a_story_after_it_stays():
    texts = (
        # an agency's name cut short credits the caption after it
        f"{CAPTION} Photograph: Kel Varga/Getty Images for the Orsk Post, in a gallery.",
        # the label's words in the story's sentence, no colon or no agency after it
        f"The photograph Kel Varga took for Reuters shows the quay. {STORY}",
        f"Her exhibition, Photograph: Orsk in Winter, opens on Monday at the Varnholt gallery. {STORY}",
        # an agency named in a sentence after the label, no credit
        f"Her new book, Photograph: Reuters and the Harbour, tells of the flood. {STORY}",
    )
    for text in texts:
        story = f"{STORY}\n\n{text}\n\n{NEXT}"
        assert set_apart(story).text == story, text


def test_a_story_s_sentence_before_the_credit_stays_above_its_caption():
    above = "The quay reopened on Monday after a week."
    text = f"{above} {CAPTION} Photograph: Kel Varga/PA {STORY}"
    found = set_apart(text)
    assert found.text == f"{above}\n\n{STORY}"
    assert [c.text for c in found.clutter] == [CAPTION, "Photograph: Kel Varga/PA"]
