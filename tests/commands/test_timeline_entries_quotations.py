"""A day a speaker tells relative to the speaking ("today", "yesterday") inside a quotation, read
by the store from the page's day, on a page whose lead tells the story of the day before: no
date of the page's (the census of the dev failures, bench/timeline_dev_failures_census.jsonl:
"'today' in a quotation read as the page's day")."""

from commands.timeline_entries import representative
from commands.timeline_reports import a_quotations_day_off_its_page, in_a_quotation
from store.events import EventRow

PAGE = "2013-08-13"  # a Tuesday
NAMES = ("Kelvor Dannet", "Dannet")
MONDAY_LEAD = "Prime Minister Kelvor Dannet said on Monday that Orsk must stay on guard."


def dated(id, text, said, date=PAGE, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def lead(*sentences):
    return lambda _article: list(sentences)


def test_in_a_quotation():
    inside = [
        '"Above all today we think of the victims," Dannet said.',
        'Thank God, today we began advancing toward Orsk," Dannet told Radio Varna.',
        "He said: \u201cWe came today.\u201d",
        "Thank God, today we began advancing'' said Dannet.",
    ]
    for text in inside:
        assert in_a_quotation(text, text.lower().find("today")), text
    outside = [
        'Dannet said today that "the war is over".',
        'Today Dannet said "we won".',
        'Dannet said today: "We won.',
        "Dannet said today that the war was over.",
        # a quotation begun in a sentence before, closed before the date
        'Everyone forgets a lot of things, " Dannet said today.',
        'We will stay," Dannet said today.',
        # a mark after a comma before a word opens a quotation after the date
        'Dannet said today, "We will stay."',
    ]
    for text in outside:
        assert not in_a_quotation(text, text.lower().find("today")), text


def test_a_quotations_relative_day_on_a_page_telling_the_day_before_is_no_date():
    refused = [
        dated(1, '"Above all today we should think of the victims," Dannet said.', "today"),
        dated(2, 'Thank God, today we began advancing toward Orsk," Dannet told Radio Varna.',
              "today"),
        dated(3, '"The envoys left yesterday and the talks failed," Dannet said.', "yesterday",
              "2013-08-12"),
        dated(4, 'Dannet said: "We were surprised the day before yesterday by the offer."',
              "the day before yesterday", "2013-08-11"),
    ]  # fmt: skip
    for e in refused:
        assert a_quotations_day_off_its_page(e, PAGE, lead(MONDAY_LEAD)), e.text
        told = representative(
            [e], {}, names=NAMES, published=lambda _: PAGE, lead_of=lead(MONDAY_LEAD)
        )
        assert told is None, e.text


def test_the_pages_own_day_or_words_outside_a_quotation_stay():
    quoted = dated(10, '"Above all today we should think of the victims," Dannet said.', "today")
    stays = [
        # the lead names the page's own weekday too, or none
        (quoted, "Dannet said on Monday he would speak to parliament on Tuesday."),
        (quoted, "Prime Minister Kelvor Dannet said Orsk must stay on guard."),
        # a weekday after the page's: most often the page's own night run on ("into early
        # Wednesday"), whose "tonight" is rightly the page's day
        (quoted, "New air strikes shook Orsk into early Wednesday, Dannet said."),
        # a weekday two days before: not the story of the day before
        (quoted, "Prime Minister Kelvor Dannet said on Sunday that Orsk must stay on guard."),
        # the day said outside a quotation: the telling's own day, read as written
        (dated(11, 'Dannet said today that "the war is over".', "today"), MONDAY_LEAD),
        # a date said as a day and month, not relative to the speaking
        (dated(12, '"We met them on 12 August," Dannet said.', "12 August", "2013-08-12",
               "explicit"), MONDAY_LEAD),
    ]  # fmt: skip
    for e, first in stays:
        assert not a_quotations_day_off_its_page(e, PAGE, lead(first)), (e.text, first)
        told = representative([e], {}, names=NAMES, published=lambda _: PAGE, lead_of=lead(first))
        assert told == e, (e.text, first)
    # only the lead's first sentence is read: a later one may name a plan's weekday
    assert a_quotations_day_off_its_page(
        quoted, PAGE, lead(MONDAY_LEAD, "Dannet, who will speak to parliament on Tuesday, said")
    )
