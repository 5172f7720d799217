"""Entry rules written from the fifth set of unseen subjects' failures (bench/timeline_audit.json,
unseen_5): a date that is a place's name, a sentence whose act is only to watch, what "it" said
after an opening of time, a page's stamp in digits run into the story, and a city's report that
has moved to a village or town of its own."""

from commands.timeline_entries import (
    dated_entries,
    names_a_place,
    only_watches,
    representative,
)
from commands.timeline_reports import is_unreliable, refers_back
from store.events import EventRow
from tests.commands.ingested import add


def dated(id, text, said, date="2016-04-07", how="explicit", article=None, start=0):
    return EventRow(
        id, article or id, None, start, start + len(text), date, "day", how, date, text, said
    )


def test_a_date_that_is_a_places_name_is_no_entry():
    named = [
        dated(1, "Mortar shells landed near the bakery, the bus station and April 7th Street.",
              "April 7th"),
        dated(2, "A police truck drives on 6 October Bridge firing tear gas at the crowd.",
              "6 October", "2010-10-06"),
        dated(3, "Protesters gathered in 15 May Square in Kobrin.", "15 May", "2011-05-15"),
    ]  # fmt: skip
    for e in named:
        assert names_a_place(e), e.text
        assert representative([e], {}) is None, e.text
    days = [
        dated(4, "Orvel troops entered Kobrin on April 7.", "April 7"),
        dated(5, "On 6 October the bridge over the Veshnar river was shelled.", "6 October",
              "2010-10-06"),
        # a lower-case noun is no name
        dated(6, "Fighting closed the road on April 7th street by street.", "April 7th"),
        # a weekday is no day and month
        dated(7, "Crowds filled Mirel Square on Friday.", "Friday", "2011-05-13", "relative"),
    ]  # fmt: skip
    for e in days:
        assert not names_a_place(e), e.text
        assert representative([e], {}) == e, e.text


def test_a_sentence_whose_act_is_only_to_watch_is_no_entry():
    watching = [
        "A Mirel spokesman said Wednesday that the Orvel government continues to monitor the "
        "situation.",
        "Leaders across Veshnar were following events in Kobrin with rapt attention Saturday.",
        "Officials in Mirel are closely watching developments on Monday.",
    ]
    for text in watching:
        assert only_watches(text), text
        assert representative([dated(1, text, "Monday", how="relative")], {}) is None, text
    acts = [
        # the watching told after another act
        "Troops shelled Kobrin on Friday, as the UN continued to monitor the situation.",
        # watching a thing that happens is reporting it
        "Observers from Mirel were watching the vote in Kobrin on Sunday.",
        "The Orvel council voted on Monday to monitor the ceasefire.",
    ]
    for text in acts:
        assert not only_watches(text), text
        e = dated(2, text, "Monday", how="relative")
        assert representative([e], {}) == e, text


def test_what_it_said_after_an_opening_of_time_leans_on_the_sentence_before():
    leaning = [
        "On Thursday it said it had carried out more than 40 raids near Kobrin.",
        "On Monday, it reported that the army had taken the Mirel district.",
        "Later, they said the convoy had reached Kobrin.",
        "Earlier on Sunday it denied any role in the blast.",
    ]
    for text in leaning:
        assert refers_back(text), text
    alone = [
        "On Thursday the Orvel ministry said it had carried out raids near Kobrin.",
        "On Thursday it rained in Kobrin.",
        "Later, the council said the convoy had reached Kobrin.",
    ]
    for text in alone:
        assert not refers_back(text), text


def test_a_pages_stamp_in_digits_run_into_the_story_is_no_entry():
    assert is_unreliable(
        "World Mirel Military 07-08-2013 0147 PM An Orvel army unit killed dozens of fighters "
        "on Wednesday morning near Kobrin."
    )
    assert is_unreliable("Veshnar News 12/03/2015 10:45 GMT Rebels shelled Kobrin on Thursday.")
    for prose in (
        "The vote of 07-08-2013 was annulled by the Mirel court on Monday.",
        "Troops entered Kobrin at 10:30 on Monday.",
    ):
        assert not is_unreliable(prose), prose


def test_a_citys_report_naming_a_village_of_its_own_is_that_villages(db):
    lead = "Orvel troops struck rebel positions in Kobrin on Wednesday."
    elsewhere = (
        "Also the troops stormed rebel gatherings in the villages of Tell Abra and Ras Dano "
        "on Tuesday."
    )
    there = "Also the troops stormed rebel gatherings there on Tuesday."
    near = "Also the troops stormed the villages of Tell Abra and Ras Dano near Kobrin on Tuesday."
    for sentence, city, told in (
        (elsewhere, True, False),
        # a region's or province's villages are its own
        (elsewhere, False, True),
        # no settlement of its own: the city's, through the sentence before
        (there, True, True),
        # the city named beside the villages
        (near, True, True),
    ):
        text = f"{lead} {sentence}"
        article = add(db, text, "2016-12-29", "Wire", f"{len(sentence)}-{city}.txt").id
        e = dated(1, sentence, "Tuesday", "2016-12-27", "relative", article, len(lead) + 1)
        entries = dated_entries(
            db, ["2016-12-27"], [e], {e.id: 1}, {}, 10, ("Kobrin",), ("Kobrin",), city=city
        )
        assert bool(entries) == told, (sentence, city)
