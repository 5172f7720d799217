"""Two or more linked story titles run together with no label or question and into the story's
next sentence, on a CNN page (text/clutter_title_run.py `_glued_titles`, read where the dateline
names CNN). Tried on invented text: every name, place and title below is made up, so a run is
found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart
from text.clutter_title_run import title_runs

CNN = "(CNN) -- "  # the dateline that names the page's outlet
TITLES = "Rare view inside Orsk's flooded harbour Wounded ferryman tells story of the flood"
SENTENCE = '"We will sail when the water falls," the captain of the ferry said.'
# a sentence on "The" after words with no stop is read as a photo caption run in first
# (text/clutter_glued_caption.py), so the sentences here open otherwise


def test_two_titles_run_into_a_quotation_are_set_apart():
    set_apart_as(
        f"{CNN}{STORY}\n\n{TITLES} {SENTENCE}\n\n{NEXT}",
        f"{STORY}\n\n{SENTENCE}\n\n{NEXT}",
        ["dateline", "related"],
    )


def test_three_titles_one_ending_on_a_place_run_into_a_name_are_set_apart():
    # "... in Orsk | Children ...": a place after a preposition of place ends the first title
    titles = (
        "Crews strike over pay cuts in Orsk Children stranded at the Varnholt quay "
        "Bombing in Orsk's old harbour town"
    )
    sentence = "Marrow has asked the council of Varnholt to reopen the quay."
    set_apart_as(
        f"{CNN}{STORY}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["dateline", "related"],
    )


def test_titles_run_into_a_name_and_its_verb_are_set_apart():
    sentence = "Varga has been in charge of the harbour for twelve years."
    set_apart_as(
        f"{CNN}{STORY}\n\n{TITLES} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["dateline", "related"],
    )


def test_the_stored_text_cleans_to_itself():
    once = cleaned_once_and_again(f"{CNN}{STORY}\n\n{TITLES} {SENTENCE}\n\n{NEXT}")
    assert TITLES not in once and SENTENCE in once


@pytest.mark.parametrize(
    "paragraph",
    [
        # one title: the story's own subheading run into its paragraph looks the same
        f"Repairs begin at the flooded harbour gates {SENTENCE}",
        # a list of places in the story: names, not everyday words, open each item (with no
        # verb: a caption's clause before the quotation is read as a caption run in,
        # text/clutter_quote_caption.py)
        f"Crews from the old harbour Varnholt pier and the eastern ferry docks {SENTENCE}",
        # a clause's auxiliary: a sentence, not titles
        f"Crews were stopped at the flooded harbour Wounded ferryman tells story of the flood {SENTENCE}",
        # a number opens the second (TITLEGLUEDNOT): a lead may run in so
        f"Varnholt to shut old harbour gates Nine military quays to close this spring {SENTENCE}",
        # the subject's name goes on past the words before it: a brief's headline and its lead
        "Harbour closes for the long winter Orsk shipping and ferry operator Varga Lines said "
        "on Monday it would stop sailing.",
        # a title longer than a headline
        "Rare view inside Orsk's flooded harbour after the storm of the winter and the spring "
        f"Wounded ferryman tells story of the flood {SENTENCE}",
    ],
)
def test_a_paragraph_that_is_no_run_of_titles_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text


def test_titles_run_together_on_a_page_of_another_outlet_stay():
    # elsewhere the shape is as often a headline's words or prose: read on CNN's pages only
    for text in (
        f"{STORY}\n\n{TITLES} {SENTENCE}\n\n{NEXT}",
        f"(Reuters) - {STORY}\n\n{TITLES} {SENTENCE}\n\n{NEXT}",
    ):
        assert f"{TITLES} {SENTENCE}" in set_apart(text).text


def test_a_one_line_flash_stays():
    # a wire flash alone on its line: no sentence runs on after it
    flash = "Rare view inside Orsk's flooded harbour Wounded ferryman tells story of the flood"
    text = f"{STORY}\n\n{flash}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text


def test_words_carrying_on_the_paragraph_before_stay():
    before = "Engineers from Orsk arrived at the bridge on Monday with"
    text = f"{CNN}{STORY}\n\n{before}\n\n{TITLES} {SENTENCE}\n\n{NEXT}"
    assert f"{TITLES} {SENTENCE}" in set_apart(text).text


def test_the_example_of_text_clutter_txt_is_set_apart():
    # the example line over TITLEGLUEDNOT: the titles before " || ", the story's sentence after
    from text.data import data_path

    with open(data_path("text", "clutter.txt"), encoding="utf-8") as source:
        lines = source.read().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("TITLEGLUEDNOT ="))
    titles, sentence = lines[at - 1].split("e.g. ", 1)[1].split(" || ")
    set_apart_as(
        f"{CNN}{STORY}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["dateline", "related"],
    )


def _titles_set_apart(titles: str, sentence: str) -> None:
    """Assert that on a CNN page the titles opening a paragraph are set apart as related and
    the story's sentence after them (none: the paragraph is the titles alone) is kept."""
    paragraph = f"{titles} {sentence}".rstrip()
    kept = f"{STORY}\n\n{sentence}\n\n{NEXT}" if sentence else f"{STORY}\n\n{NEXT}"
    set_apart_as(f"{CNN}{STORY}\n\n{paragraph}\n\n{NEXT}", kept, ["dateline", "related"])


def test_titles_alone_ending_on_a_question_are_set_apart():
    # "... for Varnholt | Ferry ...": a place after "for" ends a title, the next in capitals
    _titles_set_apart(
        "Crews flee Orsk for Varnholt Ferry strike in Orsk explained Who leads the Orsk crews?", ""
    )


def test_titles_run_into_a_sentence_that_opens_otherwise_are_set_apart():
    _titles_set_apart(
        "Harbour chief quits over Orsk links Singers under fire for Orsk concerts",
        "According to a report by the Varnholt council, the harbour was sold twice.",
    )


def test_a_title_ending_on_a_name_keeps_the_name_off_the_story():
    # "... to pressure | Varga | "We ...": the name goes with the title, the sentence opens
    # plainly after it (a quotation)
    _titles_set_apart(
        "Inside a Kestrian ferry crews' camp Resolution meant to pressure Varga",
        '"We will not back the ferry plan," a council official in Varnholt said on Monday.',
    )


def test_after_two_titles_one_with_a_comma_is_set_apart():
    _titles_set_apart(
        "Crews hold Orsk harbour talks Waiting game on the Orsk quays Marching for, against "
        "Varga in Orsk",
        "North Kestrian President Tomas Brill told the council on Sunday that the strikes "
        "worried him.",
    )


def test_a_title_quoting_after_a_colon_is_set_apart():
    # the words after a title's colon are its quotation: "I'm" there is no story's first person
    _titles_set_apart(
        "Varga vows to stay as harbour falls Orsk sailor: I'm a free man Ferry chief joins the "
        "strike",
        "Meanwhile, Kestrian officials called the strike a blockade of the straits.",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's sentence naming people and firms in capitals after words in lower case:
        # "Tomas Brill met" is a name and its verb in the past, no headline's
        "Kestrian envoy Tomas Brill met ferry owners Varga Lines and harbour crews Orsk Union at "
        "the quays on Monday, officials said.",
        # a headline-like sentence opening the paragraph, then the story's: one title at most
        "Ferry strike spreads to Varnholt quays Harbour crews walked out on Monday after talks "
        "with the owners failed.",
        # a list of places: a conjunction before a determiner goes on a list, no title does
        "Crews sailed from Orsk harbour Varnholt pier and the old Kestria docks to the Brill "
        "quays on Monday, the council said.",
        # the words before the name may begin the sentence's subject
        "Harbour closes for the long winter Orsk ferry and barge operator Varga Lines said on "
        "Monday it would stop sailing.",
        # two titles alone with no question: a wire's flash may run headline and summary so
        "Harbour closes for the long winter Ferry crews will stay home until the spring",
        # "to | Orsk": a verb after "to" asks for its object, not the end of a title
        "What about a ferry plan to keep Orsk crews out of the straits this winter? Some "
        "witnesses have seen the crews at the quays.",
    ],
)
def test_a_story_paragraph_near_a_run_of_titles_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text


def test_the_example_over_titlerunlastnot_is_set_apart():
    # the example line over TITLERUNLASTNOT: the titles and the story's sentence, by " || "
    from text.data import data_path

    with open(data_path("text", "clutter.txt"), encoding="utf-8") as source:
        lines = source.read().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("TITLERUNLASTNOT ="))
    example = next(line for line in reversed(lines[:at]) if "e.g. " in line)
    *titles, sentence = example.split("e.g. ", 1)[1].split(" || ")
    _titles_set_apart(" ".join(titles), sentence)


def test_a_title_may_end_on_each_other():
    # "other" ends no title (TITLERUNLASTNOT) save in "each other" (TITLERUNLASTDONE)
    _titles_set_apart(
        "Orsk rivals helping each other Keeping the ferries of Varnholt afloat", SENTENCE
    )


def test_a_third_title_with_two_commas_is_the_story_s():
    # after two titles one may hold a comma, not two: the story's sentence opens there
    titles = "Crews hold Orsk harbour talks Waiting game on the Orsk quays"
    sentence = (
        "Marching for, against, around Varga in Orsk North Kestrian President Tomas Brill told "
        "the council on Sunday that the strikes worried him."
    )
    _titles_set_apart(titles, sentence)


def test_a_weekday_opens_no_title():
    # "Monday" goes on the words before it, which are then too long for a title
    paragraph = (
        "Rare view inside Orsk's flooded harbour Wounded ferryman tells story of the flood "
        "Monday saw the crews of Varnholt walk out at the quays."
    )
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text


def test_titles_before_a_sentence_too_short_to_tell_are_no_run():
    # the words after the titles, to their stop, are too few to be the story's sentence (the
    # glued caption step may still read the titles as a caption: title_runs is asked alone)
    paragraphs = [STORY, f"{TITLES} Meanwhile, officials agreed.", NEXT]
    assert title_runs(paragraphs, glued=True) == []
