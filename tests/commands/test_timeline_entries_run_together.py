"""Headlines, list items and factbox lines run together into one sentence are no entry
(extract/run_together.py): two segments opening without punctuation inside it. A sentence
naming people and places after lower-case words ("the capital Velm", "said Varga", "leader
Kel Varga") is one. Names and texts are invented."""

from commands.timeline_entries import dated_entries
from extract.run_together import runs_together, segment_openings
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

FACTBOX = (
    "the figure may include armed defectors Tally does not include serving members of the "
    "security forces In Orskia, troops backed by tanks are continuing an assault, begun on "
    "Friday, on the mountain town of Velm, witnesses say."
)
LIST = (
    "Shelling in Velm, north-west of the capital Rebel fighters confront tanks trying to enter "
    "the town Soldiers fire on crowds after Friday prayers in the eastern town of Quell."
)
PROSE = (
    "Troops backed by tanks shelled the capital Velm on Friday, said Kel Varga, and leader "
    "Ansel Tarn denied it.",
    "Rebels said more than 40 Grad rockets hit Velm late on Friday.",
    "Armed Orskian rebels attacked Velm on Friday after the army killed nine Quellish "
    "fighters on Thursday.",
    "The regime's forces stormed Velm on Friday; In the north, rebels held Quell.",
)


def test_segments_run_together_are_told_by_two_openings():
    assert runs_together(FACTBOX)
    assert runs_together(LIST)
    # a question headline after a weekday, then a list item after a lower-case word
    assert runs_together("Ceasefire in Velm collapses Friday What went wrong in the talks "
                         "Rebel fighters confront tanks near Quell.")  # fmt: skip
    # one opening is as often a name after a lower-case word
    assert len(segment_openings("Troops confronted the capital Rebel fighters on Friday.",
                                "Troops confronted the capital Rebel fighters on Friday.")) == 1  # fmt: skip
    assert not runs_together("Troops confronted the capital Rebel fighters on Friday.")
    for sentence in PROSE:
        assert not runs_together(sentence), sentence


def test_an_everyday_word_the_article_writes_in_capitals_elsewhere_is_a_name():
    # "Rebel" and "Soldiers" inside other sentences of the article: names of units, not openings
    article = LIST + " The Rebel fighters and the Soldiers battalion met on Friday in Velm."
    assert not runs_together(LIST, article)


def friday(article_id: int, text: str, sentence: str, id: int) -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), "2031-05-16", "day",
                    "relative", "2031-05-16", sentence, "Friday")  # fmt: skip


def test_a_run_is_no_entry_and_an_ordinary_sentence_of_the_day_is_told(db):
    page = add(db, FACTBOX + "\n\n" + PROSE[0], "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    run = friday(page.id, text, FACTBOX, 1)
    prose = friday(page.id, text, PROSE[0], 2)
    told = [e.text for e in dated_entries(db, ["2031-05-16"], [run], {}, {}, 5)]
    assert told == []
    told = [e.text for e in dated_entries(db, ["2031-05-16"], [run, prose], {}, {}, 5)]
    assert told == [PROSE[0]]
