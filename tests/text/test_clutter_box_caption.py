"""A video's quote box between a headline and its lead, run into both as flattened BBC pages
print them ("<headline> <speaker>: "<quotation>" <lead>"), and a TRT World caption after an
embedded tweet's date (text/clutter.txt). Tried on invented text: every name, place and
headline below is made up, so the box is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT
from text.clutter import set_apart

# a first sentence long enough that no shape reading a box at a paragraph's start takes it
FIRST = "The ferries of the Orsk harbour stopped at dawn on Monday as the storm rose."
LEAD = "The Orsk council said on Monday that the ferries would sail again within a week."


@pytest.mark.parametrize(
    ("headline", "box"),
    [
        ("Orsk ferries resume after storm", 'Harbour Master Kel Varga: "We saw the ferry sink"'),
        (
            "Orsk ferries resume after storm",
            'Kel Varga of Orsk Ferries: "We have been unable to sail"',
        ),
        ("Orsk crisis: Council seeks 'next steps'", 'Gen Ilsa Marrow: "We stand ready to help"'),
        (
            "Orsk ferries in last two days",
            'The Orsk Herald\'s Kel Varga: "It seems there is anger"',
        ),
        # the headline ends on a name: the speaker's title tells where the box opens
        (
            "Council keeps harbour shut, says Varga",
            'Admiral Ilsa Marrow, Orsk Coast Guard: "There is no new damage at the pier"',
        ),
    ],
)
def test_a_quote_box_between_a_headline_and_its_lead_is_a_caption(headline, box):
    found = set_apart(f"{headline} {box} {LEAD}\n\n{NEXT}")
    # the headline stays, set on its own line, the lead and the story after it whole
    assert found.text == f"{headline}\n\n{LEAD}\n\n{NEXT}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's sentence: its quotation closes on a stop, or goes on in lower case
        'The mayor of Orsk spoke to Kel Varga: "We will sail again." The council agreed.',
        'Ferries stayed in port and harbour master Kel Varga: "we wait" said the crew today.',
        # the name after a function word or a reporting verb goes on the headline's phrase
        f'{FIRST} The mayor met with Kel Varga: "We will rebuild it" The council agreed.',
        f'{FIRST} The mayor told Kel Varga: "We will rebuild it" The council agreed.',
        # a headline ending on a name, the speaker opening with no title: where is not told
        f'{FIRST} Ferries sail, says Varga Kel Marrow: "We are ready" The council agreed.',
        # a headline that is a quotation box itself, at the text's start, and a subheading
        'Orsk harbour: "Ferries will sail again by Friday"',
        "Why the ferries stopped",
    ],
)
def test_a_sentence_a_headline_or_a_subheading_with_a_quotation_stays(paragraph):
    text = f"{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_caption_after_an_embedded_tweets_date_before_the_agencies_credit_is_a_caption():
    story = "Air strikes hit the market of Orvalle on Sunday. Two clinics were closed."
    tweet = "pic.twitter.com/Xy12Ab The Orsk Rescuers (OrskAid) May 5 2031"
    caption = "Medics carry a child from a clinic in Orvalle Vornland May 5 2031."
    text = f"{story}\n\n{tweet} {caption} (Orsk World and Agencies) Peace talks stalled."
    found = set_apart(text)
    # the tweet's remains may go with it; the story before and after stays
    assert caption not in found.text
    assert found.text.startswith(f"{story}\n\n") and found.text.endswith("Peace talks stalled.")
    assert "caption" in found.labels()


def test_a_story_sentence_after_a_date_before_the_agencies_credit_stays():
    # no caption's present tense: the story's sentence, its credit alone taken
    story = "The truce was signed in Orvalle on May 5 2031."
    text = f"Talks opened on May 5 2031 {story} (Orsk World and Agencies) Peace talks stalled."
    assert story in set_apart(text).text


def test_a_second_pass_changes_nothing():
    text = f'Orsk ferries resume after storm Kel Varga: "We saw the ferry sink" {LEAD}\n\n{NEXT}'
    once = set_apart(text).text
    assert set_apart(once).text == once
