"""Tag lists run into a story where neither the case of the tags nor a sentence opener tells
where the list ends (text/clutter_tag_run.py and the [inline tags] shapes of
text/clutter.txt), tried on invented text: every name and place below is made up."""

import pytest

from text.clutter import set_apart
from text.clutter_tag_run import restated_tag_run


@pytest.mark.parametrize(
    ("standfirst", "tags", "lead"),
    [
        # the story's first sentence opens with the standfirst's first words, and the last
        # tag is capitalised like the story's first word
        (
            "Airstrikes in Verlo province struck a market and a clinic on Friday.",
            "Tags Verlo civil defence UN airstrikes Marrak",
            "Airstrikes in Verlo province struck a market and a clinic on Friday killing "
            "nine people.",
        ),
        # the repeat falls inside the story's first sentence: the list ends at its opener
        (
            "At least 25 civilians were killed as armies converge on the Orsk group's de "
            "factor capital.",
            "Tags Verlo airstrikes OG Orsk airstrikes",
            "Overnight airstrikes on the Orsk group's de facto capital killed 25 civilians.",
        ),
        # a standfirst printed without its stop, a tag in lower case before the lead
        (
            "At least 11 civilians including two children were killed in airstrikes on a "
            "market in Verlo",
            "Tags Orsk Khan Marrak airstrike Varik al Marrak",
            "Almost a dozen civilians including two children were killed on Sunday.",
        ),
    ],
)
def test_a_tag_list_before_a_story_that_restates_its_standfirst_is_set_apart(
    standfirst, tags, lead
):
    found = set_apart(f"{standfirst} {tags} {lead}")
    assert found.text == f"{standfirst} {lead}"
    assert [(c.label, c.text) for c in found.clutter] == [("tags", tags)]


def test_a_tag_list_closed_by_its_own_stop_is_set_apart():
    standfirst = "At least nine civilians were killed in the market of Verlo in Orsk province."
    lead = "Nine civilians were killed in air raids on a market in Orsk on Monday."
    found = set_apart(f"{standfirst} Tags Orsk air strike Marrak Verlo civilians Ramadan. {lead}")
    assert found.text == f"{standfirst} {lead}"
    assert found.labels() == ["tags"]


def test_a_tag_list_run_into_a_standfirst_without_its_stop_leaves_the_stop():
    standfirst = "A bomber killed nine guards in Verlo on Monday a monitoring group said"
    lead = "A bomber from the Marrak Front blew himself up at a post in Verlo."
    found = set_apart(f"{standfirst} Tags Marrak Front Verlo Orsk extremism war. {lead}")
    assert found.text == f"{standfirst}. {lead}"
    assert found.labels() == ["tags"]


def test_a_lower_case_tag_list_run_into_a_standfirst_without_its_stop_is_set_apart():
    standfirst = "Shelling left nine people dead in several districts of the old city"
    lead = "Eleven people including a child were killed in shelling of Verlo on Friday."
    found = set_apart(f"{standfirst} Tags Verlo Orsk UN Varik al-Marrak {lead}")
    assert found.text == f"{standfirst} {lead}"
    assert found.labels() == ["tags"]


@pytest.mark.parametrize(
    ("tags", "lead"),
    [
        # a lower-case tag, then a lead opening with a capitalised noun no opener lists
        (
            "Tags Verlo Orsk Marrak war",
            "Government air raids in a northern town of Verlo killed nine people on Monday.",
        ),
        # the last tags in lower case, the lead's verb two words in
        (
            "Tags Orsk Varik Napalm incendiary bombs",
            "Jets thought to belong to the Marrak army struck the town on Sunday.",
        ),
        # the lead's function word right after its first word
        (
            "Tags Verlo Orsk coalition air raids strikes Marrak",
            "Varik has accused Orsk a member of the coalition of killing six people.",
        ),
        (
            "Tags Verlo Orsk Marrak Tal airstrikes",
            "More than 19 civilians were killed in Verlo on Sunday as the army pressed on.",
        ),
    ],
)
def test_a_tag_list_run_into_a_lead_opening_with_a_capitalised_noun_is_set_apart(tags, lead):
    standfirst = "Nine people were killed in air raids on a town in Verlo province."
    found = set_apart(f"{standfirst} {tags} {lead}")
    assert found.text == f"{standfirst} {lead}"
    assert [(c.label, c.text) for c in found.clutter] == [("tags", tags)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a people's adjective may follow the lead's first word: the list is not ended there
        (
            "Jets struck a market in Verlo. Tags Verlo Orsk ceasefire Marrak Suspected "
            "Orskian jets struck the market in Verlo on Friday killing nine people.",
            "Suspected Orskian jets struck the market",
        ),
        # a tag that is a name with "for" in it: the list is not ended inside the name
        (
            "Shelling killed nine people in Verlo. Tags Verlo civilians shelling Orsk Network "
            "for Human Rights At least nine people died in the shelling on Monday.",
            "Orsk Network for Human Rights",
        ),
        # a short run to a stop is a tag-like phrase, not a lead
        (
            "Clashes went on. Tags Verlo Marrak regime war Orsk on Friday.",
            "war Orsk on Friday.",
        ),
    ],
)
def test_a_tag_list_whose_lead_cannot_be_told_keeps_the_words_after_it(text, kept):
    assert kept in set_apart(text).text


@pytest.mark.parametrize(
    "text",
    [
        # the word in prose, a sentence repeated later but not right after it
        "The soldiers wore Tags Verlo made for the unit in the winter. The soldiers wore "
        "their new coats in Verlo during the long winter months.",
        # a title holding the word, then a sentence that repeats the one before
        "The band played in Verlo on Friday night to a full hall. Dog Tags was their first "
        "record and they played in Verlo on Friday night to a full hall again.",
        # a list that would end before the story's first word (no tag at all)
        "Shelling hit the market of Verlo on Monday morning. Tags Shelling hit the market of "
        "Verlo on Monday morning and killed four.",
    ],
)
def test_prose_holding_the_word_stays(text):
    assert restated_tag_run(text) is None
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "footer",
    [
        "For the latest updates across BBC blogs, Subscribe to Orsk Notes You can stay up to "
        "date with Orsk Notes via these feeds.\n\nThese are some of the popular topics this "
        "blog covers.",
        "Subscribe to Have Your Orsk You can stay up to date with Have Your Orsk via these feeds.",
        "Content and Programming Copyright 2010 Orsk News Network, Inc..\n\nAll materials "
        "herein are protected by United States copyright law and may not be reproduced.",
    ],
)
def test_a_blog_feed_notice_or_a_transcript_rights_notice_closes_the_article(footer):
    story = "The ferry ran again on Monday.\n\nKel Varga said the harbour was safe."
    found = set_apart(f"{story}\n\n{footer}")
    assert found.text == story
    assert found.labels() == ["footer"]


@pytest.mark.parametrize(
    "text",
    [
        "Readers can subscribe to the Orsk Notes feed, the editor said.\n\nKel Varga said "
        "you can stay up to date with the harbour works via these feeds and the council's "
        "site.",
        "The Orsk Copyright Administration set new royalties on Monday.\n\nAll materials were "
        "sent to the court in Verlo.",
    ],
)
def test_prose_about_feeds_and_copyright_stays(text):
    assert set_apart(text).text == text
