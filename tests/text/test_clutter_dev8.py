"""Clutter shapes written from an eighth sample of articles (bench/CLEAN_MARKS.md, dev8), tried
here on invented text: every name, place, outlet and headline below is made up, so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart
from text.header_parts import is_headline
from text.read import Document
from text.split import split_articles


@pytest.mark.parametrize(
    "link",
    [
        "(Click here to read the story in Vornish)",
        "(Read this article in Orvallese)",
        "(Click here for the full report on the ferry)",
    ],
)
def test_a_bracketed_link_to_the_story_elsewhere_is_related(link):
    set_apart_as(f"{STORY} {link} {NEXT}", f"{STORY} {NEXT}", ["related"])


def test_a_bracketed_link_over_the_story_is_no_title_and_is_set_apart():
    link = "(Click here to read the story in Vornish)"
    doc = Document(text=f"{link}\n\n{STORY}\n\n{NEXT}", origin="test", kind="text")
    [article] = split_articles(doc)
    assert article.title is None
    assert article.text == f"{STORY}\n\n{NEXT}"


def test_a_bracketed_aside_in_a_sentence_stays():
    text = f"{STORY} The council (read the statement in full below) met again. {NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "line",
    ["(Click here to read the story in Vornish)", "[Orsk harbour notice]", "(Corrected)"],
)
def test_a_paragraph_wholly_in_brackets_is_no_headline(line):
    assert not is_headline(line)


def test_a_headline_with_a_bracket_inside_is_still_one():
    assert is_headline("Ferry (and crew) return to Orsk")


@pytest.mark.parametrize(
    "note",
    [
        "This article is an edited translation from our Vornish edition.",
        "This story was translated from the Orvallese by the desk.",
    ],
)
def test_a_note_that_the_article_is_a_translation_is_other(note):
    set_apart_as(f"{STORY} {note}", STORY, ["other"])


def test_a_sentence_about_a_translation_in_the_story_stays():
    text = f"{STORY} This report was written in Vornish and nobody translated it. {NEXT}"
    assert set_apart(text).text == text


QUOTE = (
    '"Crews and volunteers keep searching the flooded streets for survivors amid the mud" '
    "Kel Varga a harbour pilot told the Orsk Herald."
)


def test_a_pull_quote_with_its_speaker_after_a_dash_is_a_caption():
    box = "Crews and volunteers keep searching the flooded streets for survivors. - Kel Varga harbour pilot"
    text = f"{STORY} {QUOTE} The bridge is shut. {box} {NEXT}"
    set_apart_as(text, f"{STORY} {QUOTE} The bridge is shut. {NEXT}", ["caption"])


def test_a_sentence_said_once_before_a_dash_and_a_name_stays():
    text = (
        f"{STORY} The ferry crews kept searching the flooded streets for the missing. - "
        f"Kel Varga said the search would go on. {NEXT}"
    )
    assert set_apart(text).text == text


def test_a_related_news_block_closing_the_page_is_related():
    block = "Related News Ferry talks stall | The harbour vote | Orsk elections Thousands cross"
    set_apart_as(
        f"{STORY} Source Orsk Wire and agencies {block}",
        f"{STORY} Source Orsk Wire and agencies",
        ["related"],
    )


def test_a_related_news_service_named_in_a_sentence_stays():
    text = f"{STORY} The Related News Service of Orsk reported the crossing. {NEXT}"
    assert set_apart(text).text == text


def test_a_print_tweet_and_view_count_widget_is_share():
    text = f"{STORY} Print Tweet Views 1430 {NEXT}"
    set_apart_as(text, f"{STORY} {NEXT}", ["share"])


def test_a_pull_quotes_speaker_is_taken_whole_with_a_title_and_an_acronym_in_the_role():
    quote = '"The brigade holds many hostages including my son and his two cousins" Kel Varga said.'
    box = (
        "The brigade holds many hostages including my son and his two cousins. - "
        "Col Kel Varga former ORF deputy chief of staff"
    )
    text = f"{STORY} {quote} The port is shut. {box} The brigade also holds the quay."
    kept = f"{STORY} {quote} The port is shut. The brigade also holds the quay."
    set_apart_as(text, kept, ["caption"])
