"""An entry that names an event of the sentence before by its noun alone ("the attacks")
carries the sentence before as its context: which attacks, that sentence says. A noun the
sentence names before, or says which one it is of itself ("the strikes on the city of
Orsk"), reads alone. Names and texts are invented."""

from commands.timeline_entries import dated_entries
from commands.timeline_reports import takes_up_a_named_thing, takes_up_from_before
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

BEFORE = "The Velm militia and a monitoring group both reported the late May attacks in Quell."
TAKEN_UP = "The militia said the attacks occurred on Friday and hit two districts."


def friday(article_id: int, text: str, sentence: str, id: int) -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), "2031-05-16", "day",
                    "relative", "2031-05-16", sentence, "Friday")  # fmt: skip


def test_a_noun_the_sentence_before_holds_is_taken_up():
    assert takes_up_from_before(TAKEN_UP, BEFORE)
    assert takes_up_from_before("The strikes went on on Friday.", "Orskian jets began strikes.")
    assert takes_up_from_before("Velm said the air strikes hit Quell.", "Air  strikes began.")


def test_a_noun_named_in_the_sentence_or_said_which_stays_alone():
    # not in the sentence before
    assert not takes_up_from_before(TAKEN_UP, "The Velm militia held Quell for a week.")
    # named before in the same sentence
    assert not takes_up_from_before(
        "Attacks on Quell went on, and the attacks occurred on Friday.", BEFORE
    )
    # said which one it is right after the noun
    assert not takes_up_from_before(
        "The militia said the attacks on the city of Orsk occurred on Friday.", BEFORE
    )
    # a noun of no event
    assert not takes_up_from_before("The city of Orsk fell on Friday.", "Orsk is a city.")


def test_an_entry_taking_up_a_noun_carries_the_sentence_before(db):
    page = add(db, BEFORE + " " + TAKEN_UP, "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, TAKEN_UP, 1)], {}, {}, 5, names=["Velm"]
    )
    assert [(e.text, e.context) for e in told] == [(TAKEN_UP, BEFORE)]
    # stays: the same sentence after one that names no attacks reads alone (nor names the
    # militia by a name: takes_up_a_named_thing)
    alone = "A militia held Quell for a week."
    page = add(db, alone + " " + TAKEN_UP, "2031-05-17", "Orsk News", "other.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, TAKEN_UP, 2)], {}, {}, 5, names=["Velm"]
    )
    assert [(e.text, e.context) for e in told] == [(TAKEN_UP, None)]


# a thing the sentence before names by a name or a number, taken up by its noun alone
NAMED = "Calls grew after the Velm flood, which swept the Orsk valley in May."
THING = "Quell closed its two oldest dams after the flood and voted on Friday to close the rest."


def test_a_thing_named_before_by_its_name_or_number_is_taken_up():
    assert takes_up_a_named_thing(THING, NAMED)
    # a number before the noun, "more" and the plural
    assert takes_up_a_named_thing(
        "Rain stopped the search for more bodies, a Quell official said on Friday.",
        "At least 26 bodies were found after an Orsk ferry sank.",
    )
    # "such" and a plural of "-ies"
    assert takes_up_a_named_thing(
        "Quell said on Friday such militias would be disarmed.", "The Velm militia held a road."
    )


def test_a_thing_said_which_or_named_with_no_name_before_stays_alone():
    # named before in the same sentence
    assert not takes_up_a_named_thing(
        "A flood hit Quell; after the flood it voted on Friday to close the dams.", NAMED
    )
    # said which right after the noun
    assert not takes_up_a_named_thing(
        "Quell closed its dams after the flood in the Orsk valley on Friday.", NAMED
    )
    # no name or number before the noun in the sentence before
    assert not takes_up_a_named_thing(THING, "Calls grew after a flood swept the valley.")
    # not in the sentence before at all
    assert not takes_up_a_named_thing(THING, "The Velm militia held Quell for a week.")
    # a capitalised word opening the sentence before is no name of the thing
    assert not takes_up_a_named_thing(THING, "Floods swept the valley in May.")


def test_an_entry_taking_up_a_named_thing_carries_the_sentence_before(db):
    page = add(db, NAMED + " " + THING, "2031-05-17", "Orsk News", "flood.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, THING, 1)], {}, {}, 5, names=["Quell"]
    )
    assert [(e.text, e.context) for e in told] == [(THING, NAMED)]
    # stays: the same sentence after one that does not say which flood reads alone
    plain = "Calls grew after a flood swept the valley."
    page = add(db, plain + " " + THING, "2031-05-17", "Orsk News", "plain.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, THING, 2)], {}, {}, 5, names=["Quell"]
    )
    assert [(e.text, e.context) for e in told] == [(THING, None)]


def test_a_plural_of_a_vowel_and_y_and_a_word_ending_in_s_keep_their_forms():
    # "convoys" is convoy's plural, not "convoies"
    assert takes_up_a_named_thing(
        "Quell said on Friday such convoys would be stopped.", "The Velm convoys held a road."
    )
    assert takes_up_a_named_thing(
        "Quell said on Friday the days would be counted.", "The 26 days of the siege ended."
    )
    # near-misses: "news" is no plural of "new", "process" none of "proces"
    assert not takes_up_a_named_thing(
        "Quell said on Friday the news would be read.", "The Velm new dam held."
    )
    assert not takes_up_a_named_thing(
        "Quell said on Friday the process would go on.", "The Velm proces held."
    )
    # a plural in -ews is a plural ("crews"), and a noun the same in both numbers ("series")
    # no plural of another word
    assert takes_up_a_named_thing(
        "Quell said on Friday the crews would be relieved.", "The Velm crew held the pass."
    )
    assert not takes_up_a_named_thing(
        "Quell said on Friday the series would go on.", "The Velm sery held."
    )
