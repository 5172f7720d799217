"""Reuters' notices closing its pages (rights, trademark, copyright, quotes and handbook
notes). The notices are the agency's own fixed words; the stories around them are invented,
every name, place and number made up."""

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
