"""A live blog's entry stamps in brackets with the desk's clock first and the place's after it,
without "Update" ("(9:22 p.m. ET, 3:22 a.m. in Libya)"): set apart, and the day a stamp states
dating the entry it opens, read forward from the day the blog opened (text/clutter.txt
LIVEBRACKET, text/clutter_stamps.py). Every name, place and clock below is invented."""

import pytest

from extract import article
from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart
from text.clutter_stamps import stamp_day
from text.read import Document
from text.split import split_articles

ENTRY = "The harbour master said the ferry would sail at dawn."
# the blog opened on Sunday 2031-03-16; its entries of the Monday ET after are stamped so
OPENED = "2031-03-16"
MONDAY_NIGHT = "(11 p.m. Monday ET, 5 a.m. Tuesday in Vornland)"


@pytest.mark.parametrize(
    "stamp",
    [
        "(9:22 p.m. ET, 3:22 a.m. in Vornland)",
        "(6:30 p.m. ET, 12:30 p.m. in Port Varna)",
        "(7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Vornland)",
        "(11 p.m. Monday ET, 5 a.m. Tuesday in Orsk)",
    ],
)
def test_a_bracketed_stamp_opening_an_entry_is_taken_off_and_opens_it(stamp):
    found = set_apart(f"{STORY}\n\n{stamp} {ENTRY}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{ENTRY}\n\n{NEXT}"
    assert found.labels() == ["timestamp"]
    assert [(found.text[at:].split()[:2], s) for at, s in found.stamps] == [
        (["The", "harbour"], stamp)
    ]


def test_a_bracketed_stamp_run_into_the_entry_before_it_is_taken_out():
    entry = "Five engineers were released on Friday, the board said."
    for before in (f"{STORY} Eleven days of talks have offered no assurance.", "Here it is:"):
        text = f"{before} (11:39 p.m. Monday ET, 5:39 a.m. Tuesday in Orsk) {entry}"
        set_apart_as(text, f"{before} {entry}", ["timestamp"])


@pytest.mark.parametrize(
    "text",
    [
        f"{STORY} At 9 p.m. ET on Monday the vote closed.",
        f"{STORY}\n\nAt 9 p.m. ET on Monday the vote closed, 3 a.m. in Orsk.",
        f"{STORY} The address (9 p.m. ET, 3 a.m. in Orsk) drew crowds to the quay.",
        f"{STORY}\n\n(11 a.m. ET, 1800 in Orsk), the hour the vote closed.",
        f"{STORY}\n\n(9 p.m. ET, 3 a.m. in Orsk) and the crews waited.",
    ],
)
def test_a_clock_in_a_story_sentence_stays(text):
    set_apart_as(text, text, [])


def test_a_bracketed_stamps_weekday_is_read_forward_from_the_day_the_blog_opened():
    # Sunday's blog: its Monday ET is the next day, and the entry's day is the place's Tuesday.
    assert stamp_day(MONDAY_NIGHT, OPENED) == "2031-03-18"
    assert stamp_day("(12:30 p.m. Sunday ET, 6:30 p.m. Sunday in Vornland)", OPENED) == (
        "2031-03-16"
    )
    # without a weekday it states no day: the entry keeps the day the blog opened
    assert stamp_day("(9:22 p.m. ET, 3:22 a.m. in Vornland)", OPENED) is None
    # a stamp on its own line, without brackets, is read as before: the nearest such day
    assert stamp_day(MONDAY_NIGHT[1:-1], OPENED) == "2031-03-11"


def test_events_of_a_bracketed_entry_take_its_stamped_day():
    blog = (
        "Rebels press on towards the Vornish coast\n\n"
        f"{MONDAY_NIGHT} Rebel fighters said on Tuesday that they had taken the port of Ostrel "
        "after a night of shelling.\n\n"
        "(1:10 p.m. Sunday ET, 7:10 p.m. Sunday in Vornland) Commander Idris Harveld told "
        "reporters on Saturday that his men would hold the bridge at Kessany."
    )
    (draft,) = split_articles(Document(text=blog, origin="test", kind="text"))
    assert "ET" not in draft.text and len(draft.stamps) == 2
    analysis = article.analyse(draft, OPENED, 10_000)
    by_start = {draft.text[e.start : e.end].split()[0]: e.date for e in analysis.found.events}
    # read against the Sunday the blog opened, "on Tuesday" would be 2031-03-11
    assert by_start == {"Rebel": "2031-03-18", "Commander": "2031-03-15"}


def test_a_line_sending_the_reader_to_the_full_story_and_coverage_is_related():
    line = "Read our complete story and check out our full coverage on the strike in Orsk."
    set_apart_as(f"{STORY}\n\n{line}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])
    # a story's sentence that asks readers to read a report stays, within the text or closing it
    # (a site's call closing the text tells no speaker)
    said = "Read our report, the mayor told the council, and check out the quay."
    for kept in (f"{STORY}\n\n{said}\n\n{NEXT}", f"{STORY}\n\n{said}"):
        set_apart_as(kept, kept, [])
