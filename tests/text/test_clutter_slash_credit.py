"""A photographer's credit with a slash and no brackets under the caption it credits: a name
and a picture agency ("Kel Varga / Getty Images", as blog pages print it, a label "Photograph:"
alone on the line above it or run into it), or the agency in capitals before the name
("REUTERS/Kel Varga"). Tried here on invented text: every name, place and date below is made
up, so a shape passes only by its structure."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

CAPTION = "Harbour master Kel Varga greets the first ferry at Orsk quay."


def test_a_credit_on_its_own_line_under_a_label_takes_the_caption_above_the_label():
    text = f"{CAPTION}\n\nPhotograph:\n\nIlsa Marrow / Getty Images\n\n{STORY}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{NEXT}", ["caption", "caption", "caption"])
    assert cleaned_once_and_again(text) == f"{STORY}\n\n{NEXT}"


def test_a_credit_of_three_agencies_or_an_agency_and_a_stop_is_one_credit():
    for credit in ("Tarn Vellis / AFP / Getty Images", "Photographer: Tarn Vellis / AP Photo."):
        text = f"{CAPTION}\n\n{credit}\n\n{STORY}"
        set_apart_as(text, STORY, ["caption", "caption"])


def test_a_credit_run_into_the_story_takes_the_caption_above_it():
    # a caption of one sentence is taken whole, its lower-case word run into a name ("Harbour
    # master | Kel Varga ...") no place to cut it
    for credit in ("Ilsa Marrow / PA", "Photographer: Ilsa Marrow / AP", "STR / EPA"):
        text = f"{CAPTION}\n\n{credit} {STORY}\n\n{NEXT}"
        set_apart_as(text, f"{STORY}\n\n{NEXT}", ["caption", "credit"])
        assert cleaned_once_and_again(text) == f"{STORY}\n\n{NEXT}"


def test_a_paragraph_of_two_sentences_above_a_credit_keeps_its_first():
    # a headline or the story's sentence ran in above the caption: cut as under any credit
    above = "The quay reopened on Monday. Two ferries wait at the quay for the storm to pass."
    text = f"{above}\n\nIlsa Marrow / AP {STORY}"
    found = set_apart(text)
    assert found.text == f"The quay reopened on Monday.\n\n{STORY}"


def test_a_label_alone_between_the_caption_and_a_credit_run_into_the_story_goes_too():
    text = f"{NEXT}\n\n{CAPTION}\n\nPhotograph:\n\nIlsa Marrow / Rex Features {STORY}"
    found = set_apart(text)
    assert found.text == f"{NEXT}\n\n{STORY}"
    assert [c.text for c in found.clutter] == [CAPTION, "Photograph:", "Ilsa Marrow / Rex Features"]
    assert cleaned_once_and_again(text) == found.text


def test_an_agency_s_credit_before_the_photographer_s_name_goes_alone():
    # on such pages a reader's comment or the story's end stands above it as often as its
    # caption: the line above stays
    above = "Readers sent us their pictures of the flood."
    comment = "We must learn from this."
    text = f"{STORY}\n\n{above}\n\nREUTERS/Kel Varga {comment}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{above}\n\n{comment}\n\n{NEXT}"
    assert [c.text for c in found.clutter] == ["REUTERS/Kel Varga"]
    alone = f"{STORY}\n\nREUTERS/Ilsa Marrow\n\n{NEXT}"
    assert set_apart(alone).text == f"{STORY}\n\n{NEXT}"
    assert cleaned_once_and_again(text) == found.text


# ----------------------------------------------------------------------------- near-misses


def test_a_story_naming_an_agency_or_a_poll_by_a_slash_stays():
    texts = (
        # the photographer in a story's sentence, seen by an agency's cameraman
        "The photographer was seen by a Reuters cameraman at the Orsk quay on Monday.",
        # an agency quoted as a source
        f"AFP / Getty Images said on Monday it would appeal. {STORY}",
        f"Kel Varga, the council's spokesman, told AFP that the quay would reopen. {STORY}",
        # a poll by two names after a slash
        "A Varnholt Times/Bloomberg poll found that most voters back the plan.",
        "Reuters/Ipsos Orsk Poll Shows Support Slipping",
    )
    for text in texts:
        story = f"{STORY}\n\n{text}\n\n{NEXT}"
        assert set_apart(story).text == story, text


def test_a_credit_cut_short_or_a_label_without_its_colon_stays():
    # the agency's name goes on ("Getty Images for ...") and the credit stands before the
    # caption it credits: a gallery's credit, not this one
    gallery = f"{STORY}\n\nKel Varga/Getty Images for Orsk TV A fisherman mends his nets.\n\n{NEXT}"
    assert set_apart(gallery).text == gallery
    # "Photograph" with no colon opens no credit of a name (the story's "Photograph Day ...")
    day = f"{STORY}\n\nPhotograph Day Orsk/AP Features come to the quay.\n\n{NEXT}"
    assert set_apart(day).text == day


def test_an_agency_s_credit_naming_a_source_via_another_is_left_whole():
    # "REUTERS/Orsk Harbour Board via Reuters TV": the credit goes on past two words; left to
    # the steps that take a credit before a dateline whole
    text = f"{STORY}\n\nREUTERS/Orsk Harbour Board via Orsk TV Ferries sailed.\n\n{NEXT}"
    assert set_apart(text).text == text


def test_an_agency_s_credit_before_three_words_leaves_the_sentence_s_first_word():
    # "REUTERS/Kel Varga We must ...": the name is two words, the third opens the comment
    text = f"{STORY}\n\nREUTERS/Kel Varga We must learn from this.\n\n{NEXT}"
    assert set_apart(text).text == f"{STORY}\n\nWe must learn from this.\n\n{NEXT}"
