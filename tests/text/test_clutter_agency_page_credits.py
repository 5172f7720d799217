"""A news agency's flattened page: the photo credits it runs in between two sentences with the
headline of another story after them, and a page's clock stamp after its date. Invented text
in the shapes of the corpus's FA-KES pages (flattened to one line, commas and apostrophes lost):
every name, place, agency credit and figure is made up."""

import pytest

from text.clutter import set_apart

BEFORE = "The harbour guard rescued 23 people from the ice on Friday the port office said."
AFTER = "The ferries of Orsk will sail again once the quay is cleared of the ice."


@pytest.mark.parametrize(
    "credit",
    [
        # the copyright sign lost before the agency, its year kept; the name in capitals
        "AFP 2031 ILSA MARROW Harbour Guard Dies of Injuries in Northern Orsk - Port Office",
        # the label alone before the name
        "Photo Kel Varga Orsk Quay Attack Fear Wont Sink the Ferries of Varnholt",
        # a slash lost between the name and its service, an initial in the name
        "AP Photo Tarn S. VellisU.S. Navy Ferry Strike on Orsk Kills Five - Port Governor",
        # a place's lower-case article inside the headline
        "Sputnik Kel Varga Ferry Crews Join Ranks With Ahrar al-Varn Statement",
        # the name in capitals after the agency
        "Sputnik ILSA DREVNIK Harbour Guards Retake Quay in Orsk Province",
    ],
)
def test_a_credit_and_its_headline_between_two_sentences_are_a_caption(credit):
    found = set_apart(f"{BEFORE} {credit} {AFTER}")
    assert found.text == f"{BEFORE} {AFTER}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", credit)]


def test_a_headline_before_a_quote_goes_whole_with_its_credit():
    credit = "Sputnik Kel Varga Pledge to Clear Ice Means Port Will Open Separately From Varnholt"
    quote = '"Upon receiving this the port acted at once" the guard said.'
    found = set_apart(f"{BEFORE} {credit} {quote} {AFTER}")
    assert found.text == f"{BEFORE} {quote} {AFTER}"
    assert [c.text for c in found.clutter] == [credit]


def test_a_credit_and_its_headline_closing_the_page_are_a_caption():
    credit = "Sputnik Ilsa Marrow Explosion in Orsk"
    found = set_apart(f"{BEFORE} {AFTER} {credit}")
    assert found.text == f"{BEFORE} {AFTER}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", credit)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an agency quoted as the source of a sentence
        "AFP reported that Kel Varga Left Orsk on Monday with the harbour guard.",
        "Sputnik News reported that the quay of Orsk was cleared on Monday.",
        # a photo's mention in a story sentence
        "Photo evidence shown by the port office on Monday did not name the ship.",
        # a year in a story sentence after the agency
        "AFP 2031 figures show that 73 ferries sailed from Orsk that year.",
    ],
)
def test_a_sentence_naming_an_agency_stays(sentence):
    text = f"{BEFORE} {sentence} {AFTER}"
    assert set_apart(text).text == text


def test_a_six_figure_clock_after_the_pages_date_stamp_goes_with_it():
    found = set_apart(f"Sat Feb 28 2031 190703 35 Dead in Harbour Fire in Orsk. {BEFORE}")
    assert found.text == f"35 Dead in Harbour Fire in Orsk. {BEFORE}"
    assert [(c.label, c.text) for c in found.clutter] == [("timestamp", "Sat Feb 28 2031 190703")]


def test_a_date_stamp_and_its_clock_between_the_headline_and_the_story_go():
    lead = "Harbour guards of the port said on Friday that 23 people were rescued."
    found = set_apart(f"Ferry Crews Rescue 50 in Orsk Fri Sep 30 2031 102138 {lead} {AFTER}")
    assert found.text.split() == f"Ferry Crews Rescue 50 in Orsk {lead} {AFTER}".split()
    assert [(c.label, c.text) for c in found.clutter] == [("timestamp", "Fri Sep 30 2031 102138")]


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        # a number of people after the date stamp: no clock (an hour above 23)
        ("Sat Feb 28 2031 250000 Flee Orsk as the Ice Breaks. ", "250000"),
        # a story sentence with a six-figure number after a date in it
        ("Ferries carried 73 people on Fri Sep 30 2031 190000 more were waiting. ", "190000"),
    ],
)
def test_a_number_after_a_date_that_is_no_clock_stays(opening, number):
    assert number in set_apart(f"{opening}{BEFORE}").text


def test_a_label_in_capitals_over_the_headline_goes():
    headline = "19 Killed in Orsk Harbour Attack."
    found = set_apart(f"Wed Jun 29 2031 URGENT {headline} {BEFORE}")
    assert found.text == f"{headline} {BEFORE}"
    assert [(c.label, c.text) for c in found.clutter] == [
        ("timestamp", "Wed Jun 29 2031"),
        ("other", "URGENT"),
    ]


def test_a_label_in_capitals_before_lower_case_words_stays():
    text = f"URGENT talks were held in Orsk on Friday. {BEFORE}"
    assert set_apart(text).text == text


def test_a_section_label_before_the_agency_and_its_dash_is_the_dateline():
    found = set_apart(f"Sat 04 Oct 2031 at 1514 Regional NNA - {BEFORE}")
    assert found.text == BEFORE
    assert [(c.label, c.text) for c in found.clutter] == [
        ("timestamp", "Sat 04 Oct 2031 at 1514"),
        ("dateline", "Regional NNA -"),
    ]
    assert found.outlet == "NNA"


def test_the_section_label_in_a_sentence_stays():
    text = f"{BEFORE} Regional NNA reporters said the quay was cleared."
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("ORSK Vornland (The Associated Press Kel Varga)", "Kel Varga"),
        ("ORSK August 21 (The Associated Press)", None),
    ],
)
def test_a_wire_dateline_without_its_comma_after_the_standfirst_goes(dateline, author):
    standfirst = "Ferries sank at the quay of Orsk on Friday the port office said."
    found = set_apart(f"{standfirst} {dateline} {BEFORE} {AFTER}")
    assert found.text.split() == f"{standfirst} {BEFORE} {AFTER}".split()
    assert ("dateline", dateline) in [(c.label, c.text.strip()) for c in found.clutter]
    assert found.author == author
