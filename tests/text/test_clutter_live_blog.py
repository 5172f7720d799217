"""A live blog's bracketed update stamps set apart (text/clutter.txt), what they told kept: the
article is a live blog (text/live_blog.py, is_live_blog). Every name, place and clock below
is invented."""

import pytest

from extract import article
from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart
from text.live_blog import is_live_blog
from text.read import Document
from text.split import split_articles

ENTRY = "The harbour master said the ferry would sail at dawn."


@pytest.mark.parametrize(
    "stamp",
    [
        "(Update 10:15 p.m. in Orsk, 3:15 p.m. ET)",
        "(UPDATE 12:49 p.m. Friday in Port Varna, 5:49 a.m. Friday ET)",
        "(Update 12:37 a.m. Orsk, 5:35 p.m. ET)",
        "(Updated 7:40 p.m. (0240 in Vornland))",
        "(Update 5 p.m. in Orsk, 10 a.m. ET)",
    ],
)
def test_a_live_blog_update_stamp_in_brackets_is_taken_off_its_entry(stamp):
    set_apart_as(f"{STORY}\n\n{stamp} {ENTRY}", f"{STORY}\n\n{ENTRY}", ["timestamp"])


def test_an_update_stamp_run_into_the_entry_before_it_is_taken_out():
    cut = f"{STORY} Eleven days of talks have offered no assurance"
    entry = "Five engineers were released on Friday, the board said."
    text = f"{cut} (Update 3:30 a.m. in Orsk, 8:30 p.m. ET) {entry}"
    set_apart_as(text, f"{cut} {entry}", ["timestamp"])


def test_an_update_stamp_before_a_lower_case_word_is_taken_off_too():
    entry = "iReporter Kel Varga took these pictures at the quay."
    text = f"{STORY}\n\n(Update 2:18 a.m. in Orsk, 7:17 p.m. ET) {entry}"
    set_apart_as(text, f"{STORY}\n\n{entry}", ["timestamp"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The board said an update (due at 3 p.m.) would follow.",
        "An update at 10:15 p.m. in Orsk said the ferry had sailed.",
        "(Update: the ferry has sailed.) The council met on Monday.",
    ],
)
def test_an_update_in_prose_or_a_bracket_without_a_clock_stays(sentence):
    text = f"{STORY} {sentence} {NEXT}"
    assert set_apart(text).text == text


# Published on Thursday 2031-03-13; the entries are of the days after the blog opened.
PUBLISHED = "2031-03-13"
BLOG = (
    "Ferries stay in port as the river rises\n\n"
    "(Update 9:40 a.m. in Orsk, 2:40 a.m. ET) Crowds filled the quay of Orsk.\n\n"
    "(Update 4:10 p.m. in Orsk, 9:10 a.m. ET) Officials spoke at the harbour. Crews began "
    "clearing the quay on Saturday morning."
)


def test_two_update_stamps_stating_no_day_make_a_live_blog_told_after_they_are_set_apart():
    found = set_apart(BLOG)
    assert "Update" not in found.text and found.labels() == ["timestamp", "timestamp"]
    assert found.live_blog
    (draft,) = split_articles(Document(text=BLOG, origin="blog.txt", kind="text"))
    assert draft.live_blog and "Update" not in draft.text


@pytest.mark.parametrize(
    "text",
    [
        # a story with a single update note
        f"{STORY}\n\n(Updated 7:40 p.m. ET) {NEXT}",
        # stamps naming their weekday anchor their entries: no live blog of undated entries
        "Ferries stay in port\n\n(Update 9:40 a.m. Saturday in Orsk, 2:40 a.m. Saturday ET) "
        f"{ENTRY}\n\n(Update 4:10 p.m. Sunday in Orsk, 9:10 a.m. Sunday ET) {NEXT}",
        # an update spoken of in prose
        f"{STORY} An update at 10:15 p.m. said the ferry had sailed. {NEXT}",
    ],
)
def test_a_single_update_note_or_stamps_naming_their_day_make_no_live_blog(text):
    assert not set_apart(text).live_blog
    assert not is_live_blog(text)


def test_the_mark_is_read_from_the_text_before_any_stamp_is_taken():
    # unbracketed stamps, which no clutter shape takes, are counted as well
    text = (
        f"Update 9:40 a.m. in Orsk, 2:40 a.m. ET) {ENTRY}\n\n"
        f"Some more, said the board. Update 4:10 p.m. in Orsk, 9:10 a.m. ET) {NEXT}"
    )
    assert is_live_blog(text) and set_apart(text).live_blog


def test_a_bracketed_stamp_naming_its_day_leaves_its_entrys_dates_as_they_were():
    # A blog opened on a Thursday and stamped "Friday" after: read against the day it opened,
    # the stamp's Friday is the week before, so it is not made its entry's anchor.
    blog = (
        "Ferries stay in port\n\n"
        "(Update 9:40 a.m. Friday in Orsk, 2:40 a.m. Friday ET) Crews cleared the quay on "
        "Friday, the harbour master said.\n\n"
        "(Update 4:10 p.m. Friday in Orsk, 9:10 a.m. Friday ET) The first ferry left on "
        "Friday evening, the board said."
    )
    (draft,) = split_articles(Document(text=blog, origin="blog.txt", kind="text"))
    assert "Update" not in draft.text and draft.stamps == () and not draft.live_blog
    analysis = article.analyse(draft, PUBLISHED, 10_000)
    # read against the publication day, as without the stamps; the stamp's Friday, 2031-03-07,
    # would have put both a week early
    assert [e.date for e in analysis.found.events] == ["2031-03-14", "2031-03-14"]
