"""Two agencies' fixed furniture: Reuters' notices closing its pages (rights, trademark,
copyright, quotes and handbook notes), and a wire credit in lower case in brackets between a
standfirst and the story. The notices are the agency's own fixed words; the stories around them
are invented, every name, place and number made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clean import clean
from text.clutter import set_apart

RIGHTS = (
    "Republication or redistribution of Reuters content, including by caching, framing, or "
    "similar means, is expressly prohibited without the prior written consent of Reuters."
)
TRADEMARK = (
    "Reuters and the Reuters sphere logo are registered trademarks and trademarks of the Reuters "
    "group of companies around the world."
)
ADVERTS = "An ultra-low latency infrastructure for electronic trading and data distribution"

# ----------------------------------------------------------------------------- Reuters' notices


@pytest.mark.parametrize(
    "notices",
    [
        f"{RIGHTS}\n\n{TRADEMARK}\n\n{ADVERTS}",
        f"{RIGHTS}\n\n{TRADEMARK}",
        # the page lost spaces
        "Republication or redistribution ofReuters content, including by caching, framing or "
        "similar means, is expresslyprohibited without the prior written consent of Reuters.\n\n"
        "Reuters and the Reuterssphere logo are registered trademarks and trademarks of the "
        "Reuters group ofcompanies around the world.",
        TRADEMARK,
        "Thomson Reuters 2031 All rights reserved.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges "
        "and delays.",
        "Thomson Reuters journalists are subject to an Editorial Handbook which requires fair "
        "presentation and disclosure of relevant interests.",
    ],
)
def test_reuters_notices_closing_the_page_are_a_footer(notices):
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{notices}", f"{STORY}\n\n{NEXT}", ["footer"])


def test_the_story_before_reuters_notices_is_kept_whole_and_cleans_to_itself():
    text = f"{STORY}\n\n{NEXT}\n\n{RIGHTS}\n\n{TRADEMARK}\n\n{ADVERTS}"
    assert cleaned_once_and_again(text) == f"{STORY}\n\n{NEXT}"


@pytest.mark.parametrize(
    "last",
    [
        # the story telling of the notice, not opening on it
        "The Orsk Herald was told that republication or redistribution of Reuters content was "
        "prohibited.",
        "Its lawyers argued that Reuters and the Reuters sphere logo were trademarks in Orsk.",
        # words of the notices in a story's own sentences
        "Republication or redistribution of the council's minutes is prohibited, the clerk said.",
        "All quotes delayed by the strike reached the Varnholt exchange on Monday.",
        "Reuters 2031 figures show ferry traffic fell by a third.",
        "All rights reserved for the harbour board were sold in May.",
    ],
)
def test_a_storys_sentence_on_rights_or_reuters_stays(last):
    text = f"{STORY}\n\n{NEXT}\n\n{last}"
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- lower-case credit

HEADLINE = "Shells kill ten in Orsk harbour Monitor"
STANDFIRST = "The monitor says the shells were fired from the hills above the quay."
LEAD = "Shells fired at the harbour of Orsk killed ten people on Monday a monitor said."


@pytest.mark.parametrize("credit", ["(reuters)", "(afp)", "(ap)", "(sana)"])
def test_a_lower_case_wire_credit_before_the_story_is_a_dateline(credit):
    text = f"{HEADLINE}\n\n{STANDFIRST} {credit} {LEAD} {NEXT}"
    set_apart_as(text, f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {NEXT}", ["dateline"])


def test_a_standfirst_the_story_repeats_goes_once_its_credit_is_set_apart():
    # the page's shape: the standfirst is the lead's first sentence again; apart from it, the
    # copy is set apart as the standfirst's repeat, the lead kept
    text = f"{HEADLINE}\n\n{LEAD} (reuters) {LEAD} {NEXT}"
    found = set_apart(text)
    assert found.text == f"{HEADLINE}\n\n{LEAD} {NEXT}"
    assert found.labels() == ["dateline", "other"]


def test_a_lower_case_wire_credit_opening_the_story_is_a_dateline():
    text = f"{HEADLINE}\n\n(reuters) {LEAD} {NEXT}"
    set_apart_as(text, f"{HEADLINE}\n\n{LEAD} {NEXT}", ["dateline"])


@pytest.mark.parametrize(
    "sentence",
    [
        # a credit in a sentence, not after its end
        "Shells hit the quay, the monitor told (reuters) on Monday.",
        # a bracketed word in lower case that is no agency
        "Ten people died. (more) The council met on Monday.",
        # an agency's credit, lower case, far down the story: no lead's
        f"{STORY} {NEXT} {STORY} {NEXT} {STORY} {NEXT} {STORY} {NEXT} {STORY} (reuters) {NEXT}",
    ],
)
def test_a_lower_case_word_in_brackets_inside_the_story_stays(sentence):
    text = f"{HEADLINE}\n\n{sentence}"
    assert set_apart(clean(text)).text == clean(text)
