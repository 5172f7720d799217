"""Unsigned comments above the first one a reader's marks show, read in a reader's voice
(text/clutter.py, READERVOICE and STORYVOICE in text/clutter.txt). Every name, place and outlet
below is made up, so the walk passes only by the shape of the thread."""

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart

FORM = "(required, but will not be displayed) Orsk Daily welcomes a lively discussion."
REPORTED = "The harbour master told reporters the ferries would sail again by Friday."
# a comment the marks find: a sentence opening in lower case, right above the form
MARKED = "they should never have closed the quay."


def test_comments_in_the_first_person_above_a_marked_one_go_with_the_thread():
    comments = [
        "I have sailed from Orsk for twenty years and never seen this.",
        "Why does nobody in Varnholt care about the crews?",
        "The council is a joke.",
        "We deserve better than this!",
    ]
    found = set_apart("\n\n".join([STORY, REPORTED, *comments, MARKED, FORM]))
    assert found.text == f"{STORY}\n\n{REPORTED}"
    assert found.labels() == ["comment"]
    assert found.clutter[0].text.startswith(comments[0])


def test_unvoiced_comments_go_with_a_dense_thread_down_to_the_reporting_paragraph():
    unvoiced = [
        "Too bad the crews did not sail the ferries out to Orsk instead.",
        "They would have been heroes then.",
    ]
    voiced = [
        "I pray the crews get home safely.",
        "My brother works on the quay and I cannot reach him.",
        "We will not forget this.",
        "Is anyone in Varnholt listening?",
        "Our town was built on that harbour.",
    ]
    found = set_apart("\n\n".join([STORY, REPORTED, *unvoiced, *voiced, MARKED, FORM]))
    assert found.text == f"{STORY}\n\n{REPORTED}"
    assert found.clutter[0].text.startswith(unvoiced[0])


def test_unvoiced_paragraphs_above_a_thin_run_of_comments_stay():
    kept = [STORY, REPORTED, "The quay was empty on Tuesday.", "Crews waited in the cafes."]
    found = set_apart("\n\n".join([*kept, "I hope they sail soon.", MARKED, FORM]))
    assert found.text == "\n\n".join(kept)


def test_a_column_in_the_first_person_before_the_form_stays():
    # no paragraph shows a reader's marks: the voice alone never starts the walk
    column = [
        STORY,
        "I have crossed that bridge every morning for a decade.",
        "Why did we let it fall apart?",
        "We owe the engineers of Orsk an apology!",
        NEXT,
    ]
    found = set_apart("\n\n".join([*column, FORM]))
    assert found.text == "\n\n".join(column)


def test_the_walk_stops_at_a_quoting_paragraph():
    quoted = '"We will rebuild the quay," Kel Varga, the mayor of Orsk, promised the crews.'
    kept = [STORY, "I was on the quay when the mayor came.", quoted]
    comments = ["I hope he means it.", "Why should we believe him?"]
    found = set_apart("\n\n".join([*kept, *comments, MARKED, FORM]))
    assert found.text == "\n\n".join(kept)
    assert found.clutter[0].text.startswith(comments[0])


def test_the_walk_stops_at_a_reporting_paragraph_without_quotation_marks():
    kept = [STORY, "I watched the ferries leave.", REPORTED]
    found = set_apart("\n\n".join([*kept, "We all knew this would happen.", MARKED, FORM]))
    assert found.text == "\n\n".join(kept)
