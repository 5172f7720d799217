"""Photo captions run into the sentence after them with nothing to close them, as flattened BBC
pages print them: further down the story (text/clutter_glued_caption.py) and between a headline
and a lead that opens with a name (text/clutter_lead_caption.py). Tried on invented text: every
name, place and headline below is made up, so a caption is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart


def _caption_set_apart(caption: str, sentence: str) -> None:
    """Assert that the caption run into the sentence of a later paragraph is set apart."""
    text = f"{STORY}\n\n{caption} {sentence}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{sentence}\n\n{NEXT}", ["caption"])


def _stays_after_story(paragraph: str) -> None:
    """Assert that the paragraph, standing after the story's first, stays whole."""
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Kel Varga was rescued from the rubble after being trapped for two days",
            "Mr Marrow said 2,000 tents were on their way to the port.",
        ),
        (
            "Orsk has been repeatedly shelled by government forces",
            "The Vornland Red Crescent has been delivering food to the town since Monday.",
        ),
        (
            "Fans of the singer hold signs outside the Orsk courthouse",
            "Dr Marrow told the court how the tour had been planned.",
        ),
    ],
)
def test_a_caption_run_into_a_later_paragraph_of_one_sentence_is_a_caption(caption, sentence):
    _caption_set_apart(caption, sentence)


def test_a_caption_with_an_auxiliary_run_into_the_first_paragraph_is_a_caption():
    caption = "Vessels on the surface are ready to resume collecting oil"
    lead = "The Orsk Harbour Board has said the spill may be larger than first thought."
    set_apart_as(f"{caption} {lead}\n\n{NEXT}", f"{lead}\n\n{NEXT}", ["caption"])


def test_a_caption_after_a_headline_before_a_lead_opening_with_its_subject_is_a_caption():
    headline = "Orsk earthquake: Day by day"
    caption = "Kel Varga was pulled from the ruins of a hotel after 11 days"
    lead = "Estimates of the numbers killed in the Orsk earthquake range from 100 to 200."
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline} {lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


def test_a_caption_ending_on_a_noun_the_text_uses_is_a_caption_before_a_named_lead():
    headline = "Orsk port chief to get immediate pension"
    caption = "Mr Varga has been the public face of the port's response to the storm"
    lead = "Orsk Port chief Kel Varga will get his pension at once."
    after = "Crews were still clearing the quay after the storm."
    found = set_apart(f"{headline} {caption} {lead}\n\n{after}")
    assert found.text == f"{headline} {lead}\n\n{after}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a clause without "that" after a noun, a question word or a verb of saying or knowing
        "The council has rejected the plan Mr Varga has backed since January last year.",
        "The vote was the first time The Orsk Herald has backed a candidate since 1990.",
        "Polls have shown a majority of voters believe Mr Varga has handled the storm poorly.",
        "The Orsk Herald has learned The Vornland Shipping Company will close its yard.",
        "Lawmakers are still debating how much The Orsk Port Company would have to pay.",
        # a noun phrase that goes on into the name
        "Crews are leaving the new The Orsk terminal has been closed since the storm began.",
        "Aid agencies have flown water into A Vornland relief team has reached the town too.",
        # a name as the subject with no article or title: a clause may go on there
        "Prosecutors want to show Kel Varga was in good health before he died in June.",
        # a role before a name
        "The board has appointed its new chief executive Dr Marrow said on Monday evening.",
    ],
)
def test_a_later_sentence_with_a_name_and_a_verb_inside_stays_whole(paragraph):
    _stays_after_story(paragraph)


def test_a_paragraph_of_two_sentences_is_not_read_for_a_caption():
    paragraph = (
        "Orsk has been repeatedly shelled by government forces The Vornland Red Crescent has "
        "been delivering food to the town. It said so on Monday."
    )
    _stays_after_story(paragraph)


@pytest.mark.parametrize(
    "first",
    [
        # a headline run into its lead: no auxiliary in it
        "Orsk bosses hold crisis talks The White House meeting was the first since the storm.",
        # a headline's quotation
        "Rescue team 'is unable to afford Orsk mission' The crew are desperate to go to Orsk.",
        # a headline ending on a speech verb, then its lead
        "Orsk adviser tells Vornland TV all new drilling is on hold The Orsk administration has "
        "banned oil drilling.",
    ],
)
def test_a_headline_run_into_its_lead_stays(first):
    text = f"{first}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_caption_opening_with_a_name_after_a_headline_is_a_caption_and_the_headline_stays():
    # the caption is taken, never the headline with it
    headline = "Orsk woman's husband missing in Vornland quake"
    caption = "Kel Varga is missing in the Vornland earthquake"
    lead = "A Orsk woman is waiting for news of her husband."
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline} {lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    ("headline", "caption", "lead"),
    [
        # a caption opening on "The" and its subject, before a quantity
        (
            "Orsk pilgrims abducted near shrine in Vornland",
            "The Orsk pilgrims were reportedly abducted near a shrine in the suburb of Varn",
            "Some 48 Orsk pilgrims have been kidnapped from a bus near the Vornland capital.",
        ),
        # a caption opening with a name after a headline ending on a name after "by"
        (
            "Orsk Shipping credit rating cut by Varnholt",
            "Orsk Shipping has seen its share price fall since the storm began",
            "Varnholt Ratings has cut the rating of the ferry company after the storm.",
        ),
        # a headline ending on its quotation
        (
            "Orsk ferry fund claims to be 'paid quickly'",
            "The slick now covers an area of sea the size of Vornland",
            "The man running the fund says he is determined to speed up the payments.",
        ),
        (
            "Rescue crew 'can not afford Orsk mission'",
            "The crew are desperate to go to Orsk to help the rescue operation",
            "A Varnholt rescue charity has warned that it faces ruin if it sends a boat.",
        ),
    ],
)
def test_a_caption_after_a_headline_opening_on_its_subject_is_a_caption(headline, caption, lead):
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline} {lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "first",
    [
        # a text without a headline whose caption's verb stands late: no headline is read
        # into its first words, where the name they end on and the word after it stand
        # together elsewhere ("Port Varn")
        "Guards at the border crossing in Port Varn are still being kept busy Port Varn is "
        "a border town in more than just its name.",
    ],
)
def test_a_name_split_between_a_headline_and_a_caption_stays(first):
    text = f"{first}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_lead_whose_subject_opens_with_a_longer_name_loses_no_word_of_it():
    headline = "Orsk port chief to get immediate pension"
    caption = "Mr Varga has been the public face of the port's response to the storm"
    lead = "Orsk Port Authority chief executive Kel Varga will get his pension at once."
    text = f"{headline} {caption} {lead}\n\nCrews were still clearing the quay after the storm."
    assert lead in set_apart(text).text


def test_a_headline_a_name_and_a_verb_and_another_name_and_verb_stay():
    # both boundaries told only by a name and its verb: a lead that goes on
    text = (
        "Vornland premier league club Orskton have dismissed reports saying captain Kel Varga "
        "had rejected a fresh deal with the club.\n\n" + NEXT
    )
    assert set_apart(text).text == text


# A caption opening the text, with no headline before it (text/clutter_head_caption.py)


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a pair of nouns before a lead opening with an article
        (
            "Kel Varga was a keen sailor and climber",
            "A Vornland man has been confirmed dead after the storm that hit Orsk on Sunday.",
        ),
        # a lead opening with a quantity before a lower-case word
        (
            "Ilsa Marrow has been working at the harbour for ten years",
            "Dozens of ferries have been stranded in the port of Orsk since the storm began.",
        ),
        # a lead opening with a bare name and its verb
        (
            "The Orsk ferry fleet has grown by a third in two years",
            "Vornland Shipping has announced a return to profit in the three months to June.",
        ),
        # a caption ending on a name after a preposition
        (
            "Tents have been given to pupils and staff at Varnholt School",
            "Four children and one teacher have been taken to hospital with burns on Monday.",
        ),
        # a past tense before its object's determiner, no auxiliary
        (
            "Kel Varga previously used his fame to highlight the Orsk famine",
            "The Vornland actor has been held by police in Port Varn since Monday.",
        ),
        (
            "Ilsa Marrow visited the harbour of Orsk after the storm",
            "Dozens of ferries have been stranded in the port since the storm began.",
        ),
        # a past tense that is no participle, before no object
        (
            "The unrest began in the northern town of Varn in May",
            "The Orsk authorities have answered the protests with force since they began.",
        ),
        # an irregular past tense, a participle too, before its object's determiner
        (
            "Thousands of people lost their homes in the Orsk storm",
            "The Vornland council should set up a fund for future storms, its new head says.",
        ),
        # a present in "-s" before its object's determiner, after a name
        (
            "Kel Varga assesses the damage at a ferry yard",
            "Vornland has begun repairs to dozens of ferries in an effort to reopen the port.",
        ),
    ],
)
def test_a_caption_opening_the_text_is_a_caption(caption, lead):
    set_apart_as(f"{caption} {lead}\n\n{NEXT}", f"{lead}\n\n{NEXT}", ["caption"])


@pytest.mark.parametrize(
    "first",
    [
        # a headline's present tense, run into its lead
        "Rebels seize Velm airport Rebels in Tarvia say they have taken the airport on Monday.",
        "Orsk lifts storm curbs on its ferries The Vornland ministry said all ferries may sail.",
        # a headline's participle, passive, before no object
        "Orsk pilgrims abducted near shrine in Varn Some 48 pilgrims have been taken from a bus.",
        # a lead with a past tense that runs on: no subject opens inside it
        "Kel Varga visited the harbour of Orsk after the storm had passed on Monday night.",
        # a word in "-eed" is no past tense
        "Orsk ferries need the help of the navy The Vornland ministry has sent three ships.",
        # a headline's present after a subject holding a function word, and its standfirst
        "Varn Support for Vornland brings a booming trade Storms wreck image of safe haven "
        "from Orsk The bars are filled with sailors and former officers from the navy.",
        # a past tense that is a present too ("hit"): a headline's present
        "Rebels hit the airport at Velm with rockets Dozens of people have been hurt there.",
        # an irregular participle, passive, before no object
        "Orsk pilgrims held near shrine in Varn Some 48 pilgrims have been taken from a bus.",
        # a lead with a past tense that is no participle, running on
        "Kel Varga spoke to crews at the harbour of Orsk after the storm had passed on Monday.",
        # a headline ending on its quotation, run into its lead
        "Orsk ferries 'safe to sail' The Vornland ministry said all ferries may sail again.",
    ],
)
def test_a_first_sentence_with_no_past_caption_stays(first):
    text = f"{first}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Kel Varga previously used his fame to highlight the Orsk famine The Vornland actor "
        "has been held by police in Port Varn since Monday.",
        "The unrest began in the northern town of Varn in May The Orsk authorities have "
        "answered the protests with force since they began.",
        "Orsk ferry fund claims to be 'paid quickly' The slick now covers an area of sea the "
        "size of Vornland The man running the fund says he is determined to speed up payments.",
    ],
)
def test_a_first_sentence_with_a_caption_cleaned_twice_cleans_the_same(text):
    once = set_apart(f"{text}\n\n{NEXT}").text
    assert set_apart(once).text == once


@pytest.mark.parametrize(
    "first",
    [
        # a headline run into its lead: no auxiliary among its first words
        "Orsk ferries resume after the storm Dozens of ferries have left the port of Orsk.",
        # a headline run into a caption: the headline's words stand before the verb
        "Orsk lifts storm curbs on ferries Crews in Orsk have been hit hard by the storm "
        "Vornland Shipping has lifted all curbs on its ferries.",
        # a lead's clause without "that" after a noun heading one
        "Sea Wolf is the working title of the first film Kel Varga has agreed to make for "
        "the Orsk studio.",
        # a lead's name after an "-ing" word
        "Orsk councillors have spoken out after leading Vornland Shipping said no ferry "
        "would sail before June.",
        # a lead of one plain sentence, its clause's name after a noun
        "The council has rejected the plan Kel Varga has backed since January last year.",
        # a headline and its standfirst run into the lead
        "Orsk media are hiding the storm's toll in Varnholt The reporting of the toll is "
        "dishonest We were told that the dead of Varnholt do not count.",
        # a name of two words after a preposition: where the name ends is not told
        "Ferries have been stranded in New Orsk Police have closed the harbour road since Monday.",
        # a lead whose first sentence lacks its stop, run into the next: it goes on into
        # the subject after it ("... on the quay and the ferry ...")
        "Ilsa Marrow was waiting on the quay and Kel Varga was waiting on the ferry when the "
        "storm began.",
    ],
)
def test_a_first_sentence_that_is_no_caption_and_lead_stays(first):
    text = f"{first}\n\n{NEXT}"
    assert set_apart(text).text == text


# Further down: a caption ending on a name or a date, or a sentence opening with an article
# and a lower-case noun (text/clutter_glued_caption.py)


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        # on a name after a preposition
        (
            "Hundreds of families are sleeping in the streets of Port Varn",
            "The Orsk Red Cross has sent 2,000 tents to the city since Monday.",
        ),
        # on a name holding "and"
        (
            "Kel Varga is Operations Commander for the Orsk Search and Rescue Team",
            "The Vornland government said it was deeply concerned by the storm.",
        ),
        # on a date, before an article and a lower-case noun
        (
            "Kel Varga is pictured outside the court in Orsk 25 January 2011",
            "The doctor officially enters a plea of not guilty to the charge.",
        ),
    ],
)
def test_a_caption_ending_on_a_name_or_before_a_plain_subject_is_a_caption(caption, sentence):
    _caption_set_apart(caption, sentence)


@pytest.mark.parametrize(
    "paragraph",
    [
        # "A" after a name may end the name
        "Orsk were drawn in Group A of the cup and will play Vornland in the first match.",
        "Kel Varga had a brief career in Vornland's Serie A soccer league before he joined.",
        # a name of two words after a preposition with "The" inside it
        "Crews have been sent to the offices of The Orsk Herald since the storm began.",
    ],
)
def test_a_name_ending_on_a_or_holding_the_stays(paragraph):
    _stays_after_story(paragraph)


# ----------------------------------------------------------------------------- a lead opening
# on an adverbial and its comma, after a caption further down (text/clutter_glued_caption.py)


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        # the caption ends on a name after a function word
        (
            "Vornland airlines have flown aid to Orsk",
            "In Port Varn, the rescuers have pulled several survivors from the rubble.",
        ),
        # ending on a lower-case noun, the adverbial long, an infinitive's "To"
        (
            "The harbour has been closed by the storm for a week",
            "To counter the sanctions imposed by the Varnholt Union and Vornland, the council "
            "has tried to barter.",
        ),
        # the subject a bare name after the comma
        (
            "Kel Varga was a leading party figure and head of the harbour board",
            "Later on Sunday, Orsk's governor will meet the ferry crews at the quay.",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_opening_on_an_adverbial_is_a_caption(caption, sentence):
    _caption_set_apart(caption, sentence)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's sentence with an appositive comma
        "Kel Varga, pictured in 2010, said the harbour would reopen within a week of the storm.",
        # a work's title opening on a preposition, then its comma
        "The band has played its song Under Orsk, the crowd said, at every concert in the town.",
        "Ilsa Marrow is making a film called In Varnholt, which will be shown in the spring.",
        # no verb of a caption before the adverbial: a subheading or a list item runs on
        "Crowds on the quay in the rain In Orsk, the council said the crossing would reopen.",
        # the sentence after the comma holds no subject and verb of a lead
        "The ferry has been stuck at the quay for a week In Orsk, waiting for the river to fall.",
    ],
)
def test_a_sentence_with_a_capitalised_preposition_and_a_comma_stays(paragraph):
    _stays_after_story(paragraph)


def test_a_caption_before_an_adverbial_lead_in_the_first_paragraph_is_left():
    # the first paragraph may be a headline run into its lead: only further down is it read
    text = (
        f"Orsk ferries have been halted by the storm In Port Varn, the crews have waited.\n\n{NEXT}"
    )
    assert set_apart(text).text == text


def test_a_text_without_its_adverbial_caption_cleans_to_itself():
    text = (
        f"{STORY}\n\nVornland airlines have flown aid to Orsk In Port Varn, the rescuers have "
        f"pulled several survivors from the rubble.\n\n{NEXT}"
    )
    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once


def test_a_caption_on_takes_place_is_a_caption():
    # "takes place" is a present tense a BBC caption is written in, as "takes part" is
    caption = "Spawning of the Orsk river trout takes place in the flooded meadows"
    sentence = "The Varnholt ponds are already affected every spring by silt from the hills."
    _caption_set_apart(caption, sentence)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's sentence: "takes place" in a clause its comma goes on from
        "The Orsk regatta takes place in the harbour every summer, the council said on Monday.",
        # a story's sentence of its own, closed by its stop, before the next one
        "The vote takes place in the Orsk council chamber. The Varnholt members have said so.",
    ],
)
def test_a_sentence_with_takes_place_stays(paragraph):
    _stays_after_story(paragraph)


def test_a_text_without_its_takes_place_caption_cleans_to_itself():
    text = (
        f"{STORY}\n\nSpawning of the Orsk river trout takes place in the flooded meadows The "
        f"Varnholt ponds are already affected every spring by silt from the hills.\n\n{NEXT}"
    )
    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once
