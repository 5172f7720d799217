"""A factbox's or a list's lines run together into one sentence (extract/run_together.py):
a courtesy title with its name and verb opens a segment after a lower-case word, and a date
told by a segment that does not name the subject, while another segment does, is the other
item's date, no entry of the subject's (commands/timeline_entries.py, another_items_date).
Names and texts are invented."""

from commands.timeline_entries import another_items_date, dated_entries, dated_segment
from extract.run_together import runs_together, segments
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

# a factbox's lines run into the sentence after it: the deadline is the envoy's, not Varga's
FACTBOX = (
    "The rest of the team is set to follow later Once certain conditions are met, the council "
    "will vote on a larger force of monitors Envoy Kel Tarn will set out proposals by 18 May "
    "for this larger force Mr Varga said the government was evading the sanctions."
)
# the same words as prose: a title after a lower-case word with no verb after its name
PROSE = (
    "Officials thanked Mr Varga for the talks on 18 May, and the envoy Dr Kel Tarn flew home.",
    "The council will vote on 18 May, a week after Mr Varga's speech, on a larger force.",
)


def report(article_id: int, text: str, sentence: str, said: str, id: int = 1) -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), "2031-05-18", "day",
                    "explicit", "2031-05-18", sentence, said)  # fmt: skip


def test_a_courtesy_title_with_its_name_and_verb_opens_a_segment():
    assert runs_together(FACTBOX)
    spans = segments(FACTBOX)
    assert FACTBOX[slice(*spans[-1])].startswith("Mr Varga said the government")
    for sentence in PROSE:
        assert not runs_together(sentence), sentence


def test_a_date_told_by_another_item_is_no_entry_of_the_subject():
    event = report(1, FACTBOX, FACTBOX, "18 May")
    assert another_items_date(event, FACTBOX, ("Varga",))
    # the segment telling the date names the subject: its own
    assert not another_items_date(event, FACTBOX, ("Kel Tarn",))


def test_a_run_naming_the_subject_nowhere_or_a_keyword_stays():
    event = report(1, FACTBOX, FACTBOX, "18 May")
    # no segment names it (it has the subject from the article): the dated segment is told
    assert not another_items_date(event, FACTBOX, ("Orsk",))
    # a keyword's timeline has no names to look for
    assert not another_items_date(event, FACTBOX, ())
    # prose is no run
    for sentence in PROSE:
        assert not another_items_date(report(1, sentence, sentence, "18 May"), sentence, ("Varga",))


def test_a_run_whose_article_alone_names_the_subject_stays():
    # the article names Drevin, the run's sentence does not: no segment of it can
    text = "Drevin met the monitors in Orsk. " + FACTBOX.replace("Mr Varga", "Mr Solt")
    sentence = text[text.index("The rest") :]
    event = report(1, text, sentence, "18 May")
    assert runs_together(sentence, text)
    assert not another_items_date(event, text, ("Drevin",))
    assert another_items_date(event, text, ("Solt",))


def test_another_report_tells_the_date_instead(db):
    own = "Mr Varga told reporters on 18 May that the sanctions would hold."
    lead = "Monitors arrived in Orsk on Monday as talks on a ceasefire went on."
    page = add(db, "\n\n".join((lead, FACTBOX, own)), "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    run = report(page.id, text, FACTBOX, "18 May", 1)
    told = [e.text for e in dated_entries(db, ["2031-05-18"], [run], {}, {}, 5, names=["Varga"])]
    assert told == []
    prose = report(page.id, text, own, "18 May", 2)
    entries = dated_entries(db, ["2031-05-18"], [run, prose], {}, {}, 5, names=["Varga"])
    assert [e.text for e in entries] == [own]
    # for the envoy, named in the segment telling the date, the date is told
    entries = dated_entries(db, ["2031-05-18"], [run], {}, {}, 5, names=["Kel Tarn"])
    assert [e.text for e in entries] == [FACTBOX[FACTBOX.index("Once") : FACTBOX.index(" Mr")]]


def test_a_segment_naming_the_subject_only_by_a_seen_spelling_is_kept_and_shown_run_on():
    # dated_entries asks another_items_date of every spelling the store has seen the actor by
    # ("Tamsin") and dated_segment of its names alone ("Orvel Tamsin"): the dated segment
    # names it only by the first, so the report is kept and shown run on to the named segment
    run = (
        "Orvel Tamsin toured Velm, north-west of the capital The regime denies it Soldiers "
        "fire on crowds after Friday prayers as Tamsin watched in Quell."
    )
    assert len(segments(run)) == 3
    event = report(1, run, run, "Friday")
    assert not another_items_date(event, run, ("Orvel Tamsin", "Tamsin"))
    assert another_items_date(event, run, ("Orvel Tamsin",))
    assert dated_segment(event, run, ("Orvel Tamsin",)).text == run
