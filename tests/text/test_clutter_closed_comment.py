"""A live blog's first reader comment above the stamp that closes it ("March 19, 2011 at 11:03
am | Report abuse |", CLOSINGSTAMP in text/clutter.txt), which shows no reader's marks: the
paragraphs above the stamp up to the blog's last reporting or quoting one go with the thread
(text/clutter.py). Every name, place and outlet below is made up, so the rule passes only by
the shape of the page."""

from tests.text.clutter_story import cleaned_once_and_again, set_apart_as

ENTRIES = [
    "(9:22 p.m. ET, 3:22 a.m. in Orsk) The harbour of Orsk flooded overnight, the mayor said.",
    "Crews moved the ferries to the inner quay.",
    "(8:10 p.m. ET, 2:10 a.m. in Orsk) Varnholt will send pumps, a council spokesman said.",
]
UPDATES = [
    "(Update 3:22 a.m. in Orsk, 9:22 p.m. ET) The harbour of Orsk flooded, the mayor said.",
    "(Update 2:10 a.m. in Orsk, 8:10 p.m. ET) Varnholt will send pumps, officials said.",
]
# the first comment, of three paragraphs, none in a reader's voice or with a reader's marks
COMMENT = [
    "This is the flood of 1919 again for the towns of the coast.",
    "However, the harbour walls were built to last a century.",
    "Very true, Ilsa D. The walls held then.",
]
THREAD = "March 19, 2031 at 11:03 am | Report abuse | The pumps will come too late."
# the entries as stored, their stamps set apart
STORED = [entry.split(") ", 1)[-1] for entry in ENTRIES]


def test_the_comment_above_a_live_blogs_first_closing_stamp_goes_with_the_thread():
    text = "\n\n".join([*ENTRIES, *COMMENT, THREAD])
    set_apart_as(text, "\n\n".join(STORED), ["comment", "timestamp", "timestamp"])


def test_the_comment_goes_on_a_blog_of_update_stamps_too():
    text = "\n\n".join([*UPDATES, *COMMENT, THREAD])
    kept = cleaned_once_and_again(text)
    assert kept.endswith("Varnholt will send pumps, officials said.")
    assert COMMENT[0] not in kept


def test_the_stored_text_cleans_to_itself():
    kept = cleaned_once_and_again("\n\n".join([*ENTRIES, *COMMENT, THREAD]))
    assert kept.endswith("a council spokesman said.")


def test_the_comment_stays_on_a_page_that_is_no_live_blog():
    # a story's last paragraphs report nothing as often as a comment does
    kept = cleaned_once_and_again("\n\n".join([*STORED, *COMMENT, THREAD]))
    assert kept.endswith(COMMENT[-1])


def test_a_blog_entry_that_reports_nothing_above_the_last_reporting_one_stays():
    kept = cleaned_once_and_again("\n\n".join([*ENTRIES, *COMMENT, THREAD]))
    assert "Crews moved the ferries to the inner quay." in kept


def test_a_quoting_paragraph_ends_the_comment():
    quoted = '"We will pump the quay dry," Kel Varga told the crews.'
    kept = cleaned_once_and_again("\n\n".join([*ENTRIES, quoted, *COMMENT, THREAD]))
    assert kept.endswith(quoted)
    assert COMMENT[0] not in kept


def test_more_paragraphs_than_a_comment_holds_stay():
    many = [f"The quay of Orsk number {n} held." for n in range(9)]
    kept = cleaned_once_and_again("\n\n".join([*ENTRIES, *many, THREAD]))
    assert kept.endswith(many[-1])
