"""A photo caption between a page's headline and a lead that restates the headline's words, the
three run into one sentence as flattened BBC pages print them (text/clutter_restated_caption.py).
Tried on invented text: every name, place and headline below is made up, so the caption is
found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, cleaned_once_and_again
from text.clutter import set_apart
from text.clutter_restated_caption import restated_caption


@pytest.mark.parametrize(
    ("headline", "caption", "lead"),
    [
        # the lead opens on a bare name and its verb after a caption ending on "the first ..."
        (
            "Orsk ferry fares cut after storm",
            "Crews wait on the quay at Port Varn for the first sailing",
            "Orsk Ferries has cut its fares on every route since the storm, the company said.",
        ),
        # a caption ending on a month, a lead opening on a title and a name
        (
            "Vornland sanctions 'halve Orsk reserves'",
            "The Vornland Union widened its sanctions to the Orsk central bank in March",
            "Finance Minister Kel Varga has said that Vornland's sanctions have cut Orsk's "
            "reserves by half.",
        ),
        # a caption ending on a name, the lead opening on "The" and a lower-case word; the
        # headline opens on the page's section and a colon
        (
            "Orsk flood: Harbour to reopen after repairs",
            "Divers inspect the broken harbour wall at Port Varn",
            "The harbour of Orsk will reopen to ferries on Monday after the repairs, officials "
            "say.",
        ),
        # a caption whose verb no list holds, before "to", ending on a noun the text closes
        # elsewhere ("the well,")
        (
            "Varnholt oil leak 'bigger than thought'",
            "Video from the rig appears to show oil still leaking from the well",
            "Varnholt Oil has said the leak is bigger than it thought, with oil escaping from "
            "the well, the rig and the pipes.",
        ),
    ],
)
def test_a_caption_between_the_headline_and_a_restating_lead_is_set_apart(headline, caption, lead):
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline}\n\n{lead}\n\n{NEXT}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]


def test_the_stored_text_cleans_to_itself():
    once = cleaned_once_and_again(
        "Orsk ferry fares cut after storm Crews wait on the quay at Port Varn for the first "
        f"sailing Orsk Ferries has cut its fares on every route since the storm.\n\n{NEXT}"
    )
    assert "Crews wait" not in once and once.startswith("Orsk ferry fares cut after storm\n\n")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a headline run into its lead, no caption between them
        "Orsk ferry fares cut after storm Orsk Ferries has cut its fares on every route since "
        "the storm hit the coast, the company said.",
        # a lead that opens on a short sentence of its own
        "Orsk ferry fares cut after storm Fares fell. Orsk Ferries has cut its fares on every "
        "route since the storm hit the coast.",
        # a standfirst closed by its stop before the lead
        "Orsk ferry fares cut after storm The company wants its passengers back after the storm "
        "on the coast. Orsk Ferries has cut its fares on every route.",
        # a standfirst without a finite verb run into the lead
        "Orsk ferry fares cut after storm Cheaper crossings for passengers hit by the storm Orsk "
        "Ferries has cut its fares on every route since the storm.",
        # the lead's sentence goes on after a role and a name with its verb
        "Orsk harbour chief quits after flood Harbour staff in Port Varn said the long-serving "
        "harbour chief Kel Varga has resigned over the flood at Orsk.",
        # the headline's words come back only in the words before the name: no lead restates it
        "Orsk boatman quits after flood Orsk harbour staff said the long-serving boatman Kel "
        "Varga has resigned and left the town for good.",
        # what follows the headline opens on a plural noun, not a caption's verb
        "Orsk court to see harbour photos Flood damage images of the old harbour Orsk court "
        "can be shown the photos at the trial over the harbour, a judge has ruled.",
        # a sentence, not a headline, opens the paragraph
        "The Orsk ferry fares were cut after the storm Crews wait on the quay at Port Varn for "
        "the sailing Orsk Ferries has cut its fares on every route since the storm.",
    ],
)
def test_a_paragraph_without_such_a_caption_stays(paragraph):
    text = f"{paragraph}\n\n{NEXT}"
    assert restated_caption(paragraph, text) is None
    # other steps may read a headline glued to a lead on "The" as a caption: the story stays
    story = " ".join(paragraph.split()[-8:])
    assert story in set_apart(text).text


def test_only_the_first_paragraph_is_read():
    opening = "The council of Varnholt met on Tuesday to discuss the harbour."
    paragraph = (
        "Orsk ferry fares cut after storm Crews wait on the quay at Port Varn for the first "
        "sailing Orsk Ferries has cut its fares on every route since the storm."
    )
    text = f"{opening}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


HEADLINE = "Orsk ferry fares cut after storm"
LEAD = "Orsk Ferries has cut its fares on every route since the storm, the company said."


@pytest.mark.parametrize(
    "caption",
    [
        # "and" before the caption's last word: a pair the lead may go on with
        "Crews wait on the quay for the pilots and sailors",
        # an article in capitals inside the caption: a sentence opening there
        "Crews wait on the quay where The Velm Star sank",
        # a possessive before the lead's first word: a noun goes on after it
        "Crews wait on the quay as pilots think next year's",
        # a quotation inside the caption
        "Crews wait on the 'broken' quay at Port Varn for the first sailing",
        # a dash inside the caption
        "Crews wait on the quay - at Port Varn for the first sailing",
        # too few words in lower case: a name's run, not a clause
        "Harbour Master Kel Varga of Port Varn waits",
        # a second caption-shaped run left between the headline and the lead
        "Crews wait on the quay at Port Varn for the first sailing Harbour staff were sent "
        "home from the flooded quay",
    ],
)
def test_a_run_no_caption_ends_stays(caption):
    paragraph = f"{HEADLINE} {caption} {LEAD}"
    assert restated_caption(paragraph, f"{paragraph}\n\n{NEXT}") is None


def test_a_headline_ends_on_no_preposition():
    # "near" goes on into the place after it: no headline ends there, nor one before it
    paragraph = (
        "Orsk storm cuts ferry fares near Velm Crews wait on the quay at Port Varn for the first "
        f"sailing {LEAD}"
    )
    assert restated_caption(paragraph, f"{paragraph}\n\n{NEXT}") is None


def test_a_month_ends_the_caption_not_opens_the_lead():
    caption = "Crews wait on the quay at Port Varn since last May"
    paragraph = f"{HEADLINE} {caption} {LEAD}"
    found = restated_caption(paragraph, f"{paragraph}\n\n{NEXT}")
    assert found is not None and paragraph[found[0] : found[1]] == caption


@pytest.mark.parametrize(
    ("headline", "caption", "lead"),
    [
        # a caption ending on a place's name, the lead opening on a noun and "and"
        (
            "Velm quake relief effort slowed by roadblocks",
            "Tents are going up across Port Varn",
            "Roadblocks and storm damage have been slowing relief efforts in Velm, where the "
            "quake left thousands homeless.",
        ),
        # a caption ending on a place's name, the lead opening on a people's adjective
        (
            "Orsk ferry chiefs deny harbour strike",
            "Crews photographed the empty quays of Port Varn",
            "Orskian ferry chiefs have denied reports of a strike at the harbour, saying all "
            "crews are at work.",
        ),
        # the lead's subject lists names with a comma and "and"
        (
            "Orsk ferries resume after storm",
            "Crews wait on the quay at Port Varn for the first boat",
            "Orsk, Velm and Varnholt ferries have resumed their routes since the storm, the "
            "company said.",
        ),
    ],
)
def test_a_caption_before_a_lead_opening_after_a_name_or_on_a_list_is_set_apart(
    headline, caption, lead
):
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline}\n\n{lead}\n\n{NEXT}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]


def test_a_caption_after_a_name_cleans_to_itself():
    once = cleaned_once_and_again(
        "Velm quake relief effort slowed by roadblocks Tents are going up across Port Varn "
        "Roadblocks and storm damage have been slowing relief efforts in Velm.\n\n" + NEXT
    )
    assert once == (
        "Velm quake relief effort slowed by roadblocks\n\nRoadblocks and storm damage have been "
        "slowing relief efforts in Velm.\n\n" + NEXT
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # a name the text writes whole elsewhere goes on across the capital: "Kel Varga's"
        "Jury picked for Varga doctor trial People who could sit on the jury in the trial of "
        "Kel Varga's doctor are being asked about the trial of the doctor.",
        # a name before its verb: no lead opens on the name's second word
        "Orsk ferries resume after storm Crews cheer on the quay as the ferries bring Kel "
        "Varga has said the ferries resume after the storm today.",
        # an "-ing" word before a list of names: the list is its object
        "Orsk ferries resume after storm Crews wait on the quay at Port Varn for boats carrying "
        "Kel Varga, Ilsa Marrow and Tomas Brill will sail on the ferries after the storm.",
        # a list that runs on to a function word before its verb
        "Orsk ferries resume after storm Crews wait on the quay at Port Varn for the first "
        "sailing Orsk, Velm and the Varnholt ferries have resumed since the storm.",
    ],
)
def test_a_lead_opening_after_a_name_or_on_a_list_stays_where_the_sentence_goes_on(paragraph):
    text = f"{paragraph}\n\n{NEXT} Kel Varga waited."
    assert restated_caption(paragraph, text) is None


def test_a_headline_a_caption_shape_takes_with_its_caption_stays():
    # the caption shape before a sentence's opener ("A hoax ...") takes all before it; the
    # headline before the caption is kept a paragraph of its own
    headline = "Panic over Velm harbour ferry hoax"
    caption = "South Orsk is the only port in the region with a ferry licence"
    lead = (
        "A hoax text message warning people that ferries had sunk off Velm has caused panic "
        "and confusion this week."
    )
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline}\n\n{lead}\n\n{NEXT}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]
    assert cleaned_once_and_again(f"{headline} {caption} {lead}\n\n{NEXT}") == found.text


def test_a_headline_a_caption_shape_takes_alone_stays_and_the_caption_after_it_goes():
    # "Activists released ..." reads as a sentence's opening to the caption shape, which takes
    # the headline before it; the lead restates the headline, and the caption is set apart
    headline = "Orsk officials deny rebel 'harbour storm' push"
    caption = "Activists released images they said showed boats on the quays of Velm"
    lead = (
        "Orskian officials have dismissed claims by rebels that they have stormed the harbour "
        "in Velm."
    )
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline}\n\n{lead}\n\n{NEXT}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]
