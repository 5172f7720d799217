"""How many passages of one article reach the re-ranker and the answer: an article whose title
holds the words asked ranks its every passage high, so its passages past PER_ARTICLE chosen and
SPARE_PER_ARTICLE spare ones are never candidates (commands/passages.py; letting BM25's first
ranks past the cap was measured and not kept, docs/QUALITY.md), and an answer shows at most PER_ARTICLE
passages of an article while others fill the places asked for (commands/quote.py)."""

import pytest

from commands import passages, quote
from commands.quote import LEXICAL
from store.articles import EVERYONE
from tests.commands.ingested import add
from text import tokens

# Invented names: a long hearing transcript whose title holds the words asked.
TRANSCRIPT = "Tarvel Commission hearing on Qorvath\n\n" + "\n\n".join(
    f"Witness {i} described the state of the {i}th district and its {i} wells in detail."
    for i in range(1, 21)
)
TERMS = tokens.terms("Tarvel Commission Qorvath")


@pytest.fixture
def transcript(db):
    add(db, TRANSCRIPT, name="transcript.txt")
    return db


def _seventh_of_its_article(db):
    """The id of the article's seventh passage by BM25: past its two chosen and four spare
    ones."""
    return passages.top(db, TERMS, 100)[6][0]


def _pool(db):
    chosen, spare = passages._candidates(db, TERMS, [], 5, EVERYONE)
    return {c.pid for c in chosen + spare}


def test_an_articles_passage_past_its_chosen_and_spare_ones_is_no_candidate(transcript):
    pid = _seventh_of_its_article(transcript)
    assert len(_pool(transcript)) == passages.PER_ARTICLE + passages.SPARE_PER_ARTICLE
    assert pid not in _pool(transcript)


# One report whose three passages each name the Orsk dam's engineers, the third saying how many
# were evacuated, and a shorter note on them from another outlet.
REPORT = "Orsk dam report\n\n" + "\n\n".join(
    [
        "The Orsk dam engineers were evacuated from the Orsk dam at dawn.",
        "The Orsk dam engineers were evacuated by boat from the Orsk dam.",
        "Forty Orsk dam engineers were evacuated from the flooded dam.",
    ]
)
NOTE = "Valley note\n\nEngineers left the Orsk dam."
# Other news, so that the words asked are rare in the store and weigh as rare words do.
FAIRS = [
    f"{who} farmers sold {crop} at the autumn fair in {town}."
    for who, crop, town in (
        ("Ostrel", "apples", "Harvin"),
        ("Mordane", "barley", "Kelt"),
        ("Tassin", "cheese", "Orb"),
        ("Lurrow", "wool", "Dask"),
        ("Fennick", "honey", "Yarl"),
        ("Brisk", "onions", "Molt"),
    )
]


@pytest.fixture
def report_and_note(db):
    add(db, REPORT, name="report.txt")
    add(db, NOTE, name="note.txt")
    for n, fair in enumerate(FAIRS):
        add(db, f"Fair {n}\n\n{fair}", name=f"fair{n}.txt")
    return db


def test_an_articles_third_passage_waits_for_the_other_articles(report_and_note):
    answer = quote.run(report_and_note, "Orsk dam engineers evacuated", limit=3, methods=LEXICAL)
    texts = [r.text for r in answer.results]
    # "Forty ..." outranks the note, but its report has given its two places.
    assert [t.startswith("The Orsk dam") for t in texts] == [True, True, False]
    assert texts[2] == "Engineers left the Orsk dam."


def test_with_places_to_spare_an_articles_third_passage_reaches_the_first_three(report_and_note):
    answer = quote.run(report_and_note, "Orsk dam engineers evacuated", limit=5, methods=LEXICAL)
    texts = [r.text for r in answer.results]
    assert texts[2] == "Forty Orsk dam engineers were evacuated from the flooded dam."
    assert texts[3] == "Engineers left the Orsk dam."
