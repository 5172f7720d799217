"""Headlines, list items and factbox lines run together into one sentence (two segments
opening without punctuation inside it, extract/run_together.py) are shown by the segment that
holds the date's words, verbatim, its offsets into the article following it. A sentence naming
people and places after lower-case words ("the capital Velm", "said Varga", "leader Kel
Varga") is one, and so is a title in title case ("Here Is Velm"). Names and texts are
invented."""

from commands.timeline_entries import (
    a_label_segment,
    another_items_date,
    dated_entries,
    dated_segment,
)
from extract.run_together import runs_together, segment_openings, segments
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

FACTBOX = (
    "the figure may include armed defectors Tally does not include serving members of the "
    "security forces In Orskia, troops backed by tanks are continuing an assault, begun on "
    "Friday, on the mountain town of Velm, witnesses say."
)
ASSAULT = (
    "In Orskia, troops backed by tanks are continuing an assault, begun on Friday, on the "
    "mountain town of Velm, witnesses say."
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
    # a people's adjective by its shape after a lower-case word, an everyday word that
    # extract/demonyms.json does not list
    "Rebels fought near the northern Scottish region on Friday as police fired at crowds in "
    "the town Soldiers fled to the Finnish border.",
    # a title in title case: its opener and the opener after its function word open nothing
    "Fans queued in Velm to see the film Here Is It on Friday after critics praised The Heat "
    "Of Velm there.",
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
        assert segments(sentence) == [(0, len(sentence))]


def test_a_run_splits_at_its_openings():
    spans = segments(FACTBOX)
    assert [FACTBOX[a:b] for a, b in spans] == [
        "the figure may include armed defectors",
        "Tally does not include serving members of the security forces",
        ASSAULT,
    ]


def test_an_everyday_word_the_article_writes_in_capitals_elsewhere_is_a_name():
    # "Rebel" and "Soldiers" inside other sentences of the article: names of units, not openings
    article = LIST + " The Rebel fighters and the Soldiers battalion met on Friday in Velm."
    assert not runs_together(LIST, article)


def friday(article_id: int, text: str, sentence: str, id: int) -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), "2031-05-16", "day",
                    "relative", "2031-05-16", sentence, "Friday")  # fmt: skip


def test_the_segment_holding_the_date_is_the_report_its_offsets_into_the_article_with_it():
    text = "Orsk News. " + FACTBOX
    run = friday(1, text, FACTBOX, 1)
    shown = dated_segment(run, text, ("Velm",))
    assert shown.text == ASSAULT
    assert text[shown.start : shown.end] == ASSAULT
    assert (shown.id, shown.date, shown.date_text) == (run.id, run.date, run.date_text)
    # prose is left whole
    prose = friday(1, PROSE[0], PROSE[0], 2)
    assert dated_segment(prose, PROSE[0], ("Velm",)) == prose


def test_a_segment_not_naming_the_subject_runs_on_to_the_nearest_that_does():
    run = (
        "Shelling in Velm, north-west of the capital The regime denies it Soldiers fire on "
        "crowds after Friday prayers in Quell."
    )
    assert len(segments(run)) == 3
    event = friday(1, run, run, 1)
    assert dated_segment(event, run, ("Quell",)).text == (
        "Soldiers fire on crowds after Friday prayers in Quell."
    )
    assert dated_segment(event, run, ("Velm",)).text == run
    # the date's segment alone when no segment names the subject (it has it from the article)
    assert dated_segment(event, run, ("Tarn",)).text == (
        "Soldiers fire on crowds after Friday prayers in Quell."
    )
    # the nearest naming segment, not the whole run: "The regime denies it" names Velm here
    named = run.replace("denies it", "says Velm is calm")
    assert dated_segment(friday(1, named, named, 1), named, ("Velm",)).text == (
        "The regime says Velm is calm Soldiers fire on crowds after Friday prayers in Quell."
    )


def test_a_run_is_told_by_its_dated_segment_and_an_ordinary_sentence_whole(db):
    page = add(db, FACTBOX + "\n\n" + PROSE[0], "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    run = friday(page.id, text, FACTBOX, 1)
    prose = friday(page.id, text, PROSE[0], 2)
    told = [e.text for e in dated_entries(db, ["2031-05-16"], [run], {}, {}, 5, names=["Velm"])]
    assert told == [ASSAULT]
    entries = dated_entries(db, ["2031-05-16"], [prose], {}, {}, 5, names=["Velm"])
    assert [e.text for e in entries] == [PROSE[0]]


def test_a_segment_leaning_on_what_came_before_carries_the_sentence_before_the_run(db):
    before = "Kel Varga's militia held the mountain town of Velm for a week."
    run = (
        "the figure counts armed defectors Tally does not include serving members of the "
        "security forces They stormed the town on Friday after a night of shelling."
    )
    page = add(db, before + " " + run, "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(db, ["2031-05-16"], [friday(page.id, text, run, 1)], {}, {}, 5)
    assert [(e.text, e.context) for e in told] == [
        ("They stormed the town on Friday after a night of shelling.", before)
    ]


# a monitors' list whose second item ends on a place of one word, the third item's everyday
# opening word run into it ("... north of Orsk Protests after ...")
PLACE_LIST = (
    "Shelling in Velm, north-west of the capital Rebel fighters confront tanks trying to enter "
    "Quell, north of Orsk Protests after Friday prayers in the eastern province of Tarn."
)
PLACE_ARTICLE = "Troops massed near Orsk on Thursday. " + PLACE_LIST


def test_an_item_ending_on_a_place_opens_the_next_at_its_everyday_word():
    assert [PLACE_LIST[a:b] for a, b in segments(PLACE_LIST, PLACE_ARTICLE)] == [
        "Shelling in Velm, north-west of the capital",
        "Rebel fighters confront tanks trying to enter Quell, north of Orsk",
        "Protests after Friday prayers in the eastern province of Tarn.",
    ]
    # Velm's item and Quell's tell no day: Friday is Tarn's item's
    event = friday(1, PLACE_ARTICLE, PLACE_LIST, 1)
    assert another_items_date(event, PLACE_ARTICLE, ("Velm",))
    assert another_items_date(event, PLACE_ARTICLE, ("Quell",))
    assert not another_items_date(event, PLACE_ARTICLE, ("Tarn",))


def test_a_name_going_on_with_the_everyday_word_opens_nothing():
    # the article writes "Orsk" only before "Protests": one name, "Orsk Protests"
    openings = segment_openings(PLACE_LIST, PLACE_LIST)
    assert len(openings) == 1  # "the capital Rebel" alone
    # not after a place's preposition: a name of two words ("the Orsk Army") or a people's
    # adjective ("Velmish Army") goes on with the word after it
    for sentence in (
        "Shelling in Velm, north-west of the capital Rebel fighters confront tanks as the Orsk "
        "Army units fired on Friday.",
        "Shelling in Velm, north-west of the capital Rebel fighters confront tanks as Velmish "
        "Army units fired on Friday.",
    ):
        article = "Orsk and Velmish troops massed on Thursday. " + sentence
        assert len(segment_openings(sentence, article)) == 1, sentence
    # one opening is no run: an everyday word after a lone name needs another opening already
    alone = "Crowds gathered in the town of Orsk Protests after Friday prayers spread to Tarn."
    assert segment_openings(alone, "Orsk was calm. " + alone) == []


def test_a_run_whose_dated_segment_is_a_label_is_no_entry(db):
    # an embed's label with its date, run into a chronology's lines: no event is told
    run = (
        "Chronology Embed March 3 2031 Six years of unrest in Orskia Peaceful protests against "
        "the rule of Kel Varga began in March 2031."
    )
    article = "Orskia's unrest in brief.\n\n" + run
    start = article.index(run)
    event = EventRow(1, 1, None, start, start + len(run), "2031-03-03", "day", "explicit",
                     "2031-03-03", run, "March 3 2031")  # fmt: skip
    assert [run[a:b] for a, b in segments(run, article)][0] == "Chronology Embed March 3 2031"
    assert a_label_segment(event, article)
    # a segment of a sentence's length is told
    assert not a_label_segment(friday(1, LIST, LIST, 2), LIST)
    # prose is no run
    assert not a_label_segment(friday(1, PROSE[0], PROSE[0], 3), PROSE[0])
    page = add(db, article, "2031-03-05", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    start = text.index(run)
    stored = EventRow(1, page.id, None, start, start + len(run), "2031-03-03", "day", "explicit",
                      "2031-03-03", run, "March 3 2031")  # fmt: skip
    assert dated_entries(db, ["2031-03-03"], [stored], {}, {}, 5) == []
