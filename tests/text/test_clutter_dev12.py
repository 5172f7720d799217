"""Clutter shapes written from a twelfth sample of articles (bench/CLEAN_MARKS.md, dev12): calls
for readers' comments and pictures with the questions put to the reader before them, an
obituary's closing line of life dates, a contributors' credit run on after the last sentence, a
follow call, a comment widget's stamp after the reader's name; tried here on invented text:
every name, place, address and number below is made up, so a shape passes only by its
structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart
from text.clutter_reader_call import reader_calls

# ----------------------------------------------------------------------------- readers' calls


@pytest.mark.parametrize(
    "call",
    [
        # a form below, the questions to the reader before it
        "Are you in Orsk?\n\nDo you have friends or family there?\n\n"
        "Send us your comments and experiences using the form below.",
        "Have you been affected by the floods?\n\nHas your school been affected?\n\n"
        "You can send us your experiences using the form below: A selection of your comments "
        "may be published, displaying your name and location.",
        "Are you in Varnholt or Orsk?\n\nTell us your experiences by filling in the form below.",
        "Add your comments on this story, using the form below.",
        # a picture address, a call without a form before it
        "Are you in Orsk?\n\nSend us your comments and experiences.\n\n"
        "Send your pictures and videos to yourpics@orsk.example or text them to 61124.",
        # a reporting service, and the safety note that goes with it
        "Are you in Orsk?\n\nShare your story with Orsk Radio iReport.",
        "Are you in Orsk?\n\nShow us what's happening, but only if you can do so safely.",
        "Are you in Orsk?\n\nShow Orsk Radio what's happening.\n\n"
        "Please do not put yourself in a dangerous situation.",
        "If you have any information you wish to share with Orsk Radio you can do so using the "
        "form below: You can send pictures to yourpics@orsk.example.",
        "At no time should you endanger yourself or others or take any unnecessary risks.",
    ],
)
def test_a_readers_call_and_the_questions_before_it_closing_the_text_are_clutter(call):
    found = set_apart(clean(f"{STORY}\n\n{call}"))
    assert found.text == STORY
    # a call some end shape knows takes what follows it as that shape's (a comment form)
    assert set(found.labels()) <= {"share", "newsletter", "comment"}


@pytest.mark.parametrize(
    "call",
    [
        "Are you in Orsk?\n\nDo you have friends or family there?\n\n"
        "Send your pictures and videos to yourpics@orsk.example or text them to 61124.",
        "Are you in Orsk?\n\nShare your story with Orsk Radio iReport.",
        "Are you in Orsk, or do you have family there?\n\nShow Orsk Radio what's happening.\n\n"
        "Please do not put yourself in a dangerous situation.",
    ],
)
def test_a_readers_call_between_paragraphs_is_share(call):
    found = set_apart(clean(f"{STORY}\n\n{call}\n\n{NEXT}"))
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert set(found.labels()) == {"share"}


def test_the_storys_own_question_before_the_readers_questions_stays():
    # "So what's next?" is no question to the reader: the run is taken from "Are you in ...?"
    paragraphs = [STORY, "So what's next?", "Are you in Orsk?", "Send your story to iReport."]
    assert reader_calls(paragraphs) == [2, 3]


@pytest.mark.parametrize(
    "text",
    [
        # a question to the reader without a call after it: the story's
        f"{STORY}\n\nAre you in favour of the bridge?\n\n{NEXT}",
        f"{STORY}\n\nWhat are your thoughts?",
        # a story's sentences on sending and showing, no form, address or service named
        f"{STORY}\n\nSend the navy in, the mayor told the council.\n\n{NEXT}",
        f"{STORY}\n\nShow trials were held in Orsk in 2030.\n\n{NEXT}",
        f"{STORY}\n\nTell-tale signs of the flood were on every wall.",
    ],
)
def test_questions_and_sentences_without_a_call_stay(text):
    assert set_apart(text).text == text


def test_a_call_that_is_the_whole_text_stays():
    text = "Send us your comments using the form below."
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- obituaries


@pytest.mark.parametrize(
    "line",
    [
        "· Kel Varga, ferry pilot and writer, born 3 May 1931; died 9 June 2030",
        "•\n\nIlsa Marrow, harbour master, born July 6 1940; died March 2 2031",
        "Tarn Vellis, politician, born circa 1944; died July 6 2031",
        "Orlo Vance, born 1951; died 12 July 2031",
    ],
)
def test_an_obituarys_closing_line_of_life_dates_is_other(line):
    found = set_apart(f"{STORY}\n\n{line}")
    assert found.text == STORY
    assert set(found.labels()) <= {"other", "share"}


def test_the_last_sentence_before_an_obituarys_line_in_its_paragraph_stays():
    text = f"{STORY}\n\nHe is survived by his wife, Ilsa, and a son."
    found = set_apart(f"{text} · Kel Varga, ferry pilot, born 3 May 1931; died 9 June 2030")
    assert found.text == text
    assert found.labels() == ["other"]


@pytest.mark.parametrize(
    "last",
    [
        "Kel Varga, who was born in Orsk in 1931, died on Monday.",
        "She was born in Orsk; she died in Varnholt.",
    ],
)
def test_a_story_sentence_on_a_birth_and_a_death_stays(last):
    text = f"{STORY}\n\n{last}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- credits, follows


@pytest.mark.parametrize(
    "credit",
    [
        "Agencies contributed to this report",
        "Orsk Radio's Kel Varga contributed to this report Watch Orsk Tonight",
    ],
)
def test_a_contributors_credit_run_on_after_the_last_sentence_is_a_byline(credit):
    found = set_apart(f"{STORY} {credit}")
    assert found.text == STORY
    assert found.labels() == ["byline"]


def test_a_story_sentence_on_what_contributed_to_a_report_stays():
    text = f"{STORY} Heavy rain contributed to the report's delay, the council said."
    assert set_apart(text).text == text


def test_a_call_to_follow_an_accounts_tweets_is_share():
    set_apart_as(f"{STORY}\n\nYou can follow Orsk Radio tweets on @orskpictures", STORY, ["share"])


# ----------------------------------------------------------------------------- comments


def test_a_comment_widgets_stamp_after_the_readers_name_opens_the_thread():
    thread = (
        "Orsk watcher!!!! May 19, 2031 03:55 pm at 3:55 pm | I wonder how happy they will be.\n\n"
        "Kel V. May 19, 2031 04:01 pm at 4:01 pm | Close the harbour."
    )
    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{thread}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]


def test_a_comment_thread_after_a_closed_debate_notice_is_comment():
    thread = "This debate is now closed.\n\nOrsk should close its harbour for a month."
    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{thread}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]
