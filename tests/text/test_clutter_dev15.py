"""Clutter shapes written from a fifteenth sample of articles (bench/CLEAN_MARKS.md, dev15): a
comment thread that begins at a call to comment or at a blog post's closing byline, a reader's
signature printed after the comment, and a press digest's own site blocks; tried here on
invented text: every name, place, address and number below is made up, so a shape passes only
by its structure."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again
from text.clean import clean
from text.clutter import set_apart

# ----------------------------------------------------------------------------- comment threads

QUESTION = "What should the mayor ask Kel Varga on Monday?"
FIRST_COMMENTS = (
    "So glad you are safe, you did a wonderful job.\n\n"
    "We all have a point beyond which we cannot go.\n\n"
    "I thank each and every one of the ferry crews."
)
POSTED = "Posted by: orskwatcher | June 16, 2031 9:53 PM | Report abuse"
CNN_STAMP = "February 7, 2031 at 7:57 am | Report abuse | Were you ever scared?"


def test_a_thread_begins_at_the_call_for_questions_before_it():
    text = (
        f"{STORY}\n\n{QUESTION}\n\nLeave your questions below ... {FIRST_COMMENTS}\n\n"
        f"{CNN_STAMP}\n\nWill the bridge open again?"
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{QUESTION}"
    assert found.labels() == ["comment"]
    assert cleaned_once_and_again(text) == found.text


def test_a_thread_begins_at_a_call_to_comment_in_the_comments_section():
    text = (
        f"{STORY}\n\n{NEXT}\n\nLeave your thoughts in the comments section below "
        f"{FIRST_COMMENTS}\n\n{CNN_STAMP}"
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]  # the call is the thread's, not a closing call alone
    assert cleaned_once_and_again(text) == found.text


def test_a_call_in_mid_post_far_before_the_thread_opens_none():
    # a blog's call to comment, then its roundup of links, long, then the readers' comments
    roundup = "\n\n".join(
        f"Orsk item {n}: The council of Varnholt met the ferry pilots on day {n} of the strike."
        for n in range(40)
    )
    text = (
        f"{STORY}\n\nLeave your thoughts in the comments section below Harbour News: {roundup}"
        f"\n\nThe ferries should sail again !! {POSTED} Never again."
    )
    kept = set_apart(text).text
    assert "Orsk item 39" in kept
    assert "Report abuse" not in kept


def test_a_call_to_comment_without_a_thread_after_it_opens_none():
    # the call alone is left to the shapes that take calls; the story after it stays
    text = f"{STORY}\n\nLeave your questions below.\n\n{NEXT}"
    assert NEXT in set_apart(text).text


def test_a_story_that_says_report_abuse_or_leave_below_stays():
    text = (
        f"{STORY}\n\nResidents were told to leave their cars below the bridge and report "
        "abuse of the ferry pass to the council.\n\nThe Report of the harbour board was "
        f"published on Monday.\n\n{NEXT}"
    )
    found = set_apart(text)
    assert found.text == text
    assert found.clutter == []


def test_an_article_quoting_a_reader_stays():
    text = (
        f'{STORY}\n\nOne reader, Ilsa Marrow, wrote to the paper: "The ferry should never '
        f'have sailed!!" The council said it would reply.\n\n{NEXT}'
    )
    assert set_apart(text).text == text


def test_a_signature_printed_after_the_comment_takes_the_comment_it_closes():
    text = (
        f"{STORY}\n\n{NEXT}\n\nThe ferry should never have sailed at all {POSTED} "
        "The harbour will flood again.\n\nPosted by: kelvarga | June 16, 2031 10:05 PM | "
        "Report abuse"
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]
    assert cleaned_once_and_again(text) == found.text


def test_a_thread_begins_at_a_blog_posts_closing_byline_and_stamp():
    text = (
        f"{STORY}\n\n{NEXT}\n\nBy Kel Varga | May 27, 2031; 2:08 PM ET Who cares about the "
        f"bridge?\n\nIt was never safe.\n\nThey should have built a tunnel {POSTED} More "
        "ferries, not fewer."
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert cleaned_once_and_again(text) == found.text


def test_a_posts_byline_without_a_thread_after_it_stays():
    text = f"{STORY}\n\n{NEXT}\n\nBy Kel Varga | May 27, 2031; 2:08 PM ET"
    assert NEXT in set_apart(text).text


# ----------------------------------------------------------------------------- a press digest

DIGEST_HEAD = (
    "Top stories on OrskMedia.example Orsk Radio sold to Varn group Buyer pays 40m for the "
    "station and its three frequencies Ferry strike: pilots walk out\n"
    "Pilots say talks with the harbour board have failed This week's featured media jobs "
    "Orsk Herald - Sub-editor Orsk / permanent / full time\n"
    "Varn Radio - Producer Varnholt / contract / full time\n"
    "For more jobs, career advice and workplace news visit orskjobs.example "
)
DIGEST = (
    "Today's headlines The Orsk Herald Ferry pilots strike over pay.\n"
    "P2 Council sells the old quay.\n"
    "P5 The Varn Times Radio station changes hands.\n"
)
DIGEST_TAIL = (
    "Also on OrskMedia.example today Varn Times editor steps down The paper names her deputy "
    "as acting editor Orsk Radio to close its night service Listeners protest at the loss"
)


def test_a_digests_site_blocks_are_set_apart_and_its_headlines_stay():
    text = f"{DIGEST_HEAD}{DIGEST}THE VARN TIMES, P3 {DIGEST_TAIL}"
    found = set_apart(clean(text))
    assert found.text.startswith("Today's headlines The Orsk Herald Ferry pilots strike")
    assert "Top stories" not in found.text
    assert "featured media jobs" not in found.text
    assert "orskjobs" not in found.text
    assert "Also on" not in found.text
    assert "Listeners protest" not in found.text
    assert found.text.rstrip().endswith("THE VARN TIMES, P3")
    assert found.labels()[:3] == ["related", "other", "related"]
    assert cleaned_once_and_again(text) == found.text


def test_a_story_opening_on_top_stories_or_saying_also_on_stays():
    text = (
        f"Top stories on the Orsk evening news were the floods. {STORY}\n\n"
        f"Also on Tuesday the ferry sailed. {NEXT}"
    )
    assert set_apart(text).text == text


def test_a_digests_head_whose_first_line_was_taken_for_the_title_is_set_apart():
    title, _, rest = DIGEST_HEAD.partition(" Ferry strike:")
    text = f"Ferry strike:{rest}{DIGEST}"
    found = set_apart(clean(text), title)
    assert found.text.startswith("Today's headlines The Orsk Herald")
    assert "featured media jobs" not in found.text
    again = set_apart(clean(found.text), title)
    assert again.text == found.text
