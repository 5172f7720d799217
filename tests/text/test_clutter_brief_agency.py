"""A page of world briefs: each brief's agency and place open the line after it, the next
brief's headline run in after them; they are bylines, and the headlines and briefs stay."""

from text.clean import clean
from text.clutter import set_apart

BRIEFS = (
    "Harbour board resigns\n"
    "The harbour board of Orsk resigned yesterday after the ferry crews went on strike .\n"
    "AP , Orsk Ban on night fishing\n"
    "A court in Varnholt has banned fishing in the harbour after dark .\n"
    "Reuters , Port Kessany Ferry strike ends The ferry crews of Kessany went back to work "
    "yesterday .\n"
    "AFP , Orvalle ' Lost ' map found in archive\n"
    "A map of the old harbour thought lost in a fire has been found in the town archive .\n"
    "Reuters , Orvalle Noteworthy\n"
    "A fisherman of Orvalle has turned 100 .\n"
    "AP , Lake Orsk"
)


def test_each_briefs_agency_and_place_is_a_byline_and_the_headlines_stay():
    found = set_apart(clean(BRIEFS))
    bylines = [c.text for c in found.clutter if c.label == "byline"]
    assert bylines == [
        "AP, Orsk",
        "Reuters, Port Kessany",
        "AFP, Orvalle",
        "Reuters, Orvalle",
        "AP, Lake Orsk",
    ]
    for kept in (
        "Ban on night fishing",
        "Ferry strike ends The ferry crews of Kessany went back to work yesterday.",
        "Lost' map found in archive",
        "A map of the old harbour thought lost in a fire has been found in the town archive.",
    ):
        assert kept in found.text
    assert "AP," not in found.text
    assert "Reuters," not in found.text
    assert "Noteworthy\n\nA fisherman of Orvalle has turned 100." in found.text
    assert "Lake" not in found.text


def test_a_page_of_briefs_names_no_place_or_author_from_them():
    found = set_apart(clean(BRIEFS))
    assert found.place is None
    assert found.author is None


def test_a_sentence_opening_with_an_agency_stays():
    for paragraph in (
        "Reuters, Bloomberg and AFP reported the closure of the harbour on Monday.",
        "CNN, Fox News and Orsk TV carried the speech live.",
        "AP, the news agency, said the harbour was closed.",
        "Reuters, citing two officials, said the talks had failed.",
        "AP, Varnholt Post and Orsk News all ran the story on Monday.",
        "Reuters, New Orsk Times and Kessany TV carried the speech.",
        "AFP, Le Varno, Orsk Radio and others were at the gate.",
    ):
        text = f"The harbour of Orsk was closed on Monday.\n\n{paragraph}"
        found = set_apart(text)
        assert found.text == text, paragraph
        assert "byline" not in found.labels()


def test_an_agency_and_place_inside_a_sentence_stay():
    text = (
        "The harbour of Orsk was closed on Monday, Reuters said.\n\n"
        "The mayor told AP in Varnholt that the ferries would sail again.\n\n"
        "Crews from AP, Reuters and AFP waited at the gate."
    )
    found = set_apart(text)
    assert found.text == text
    assert found.clutter == []


def test_an_agency_named_with_a_hyphen_is_read():
    found = set_apart(clean("The ferries of Orsk sail again .\nITAR-TASS , Varnholt"))
    assert [c.text for c in found.clutter] == ["ITAR-TASS, Varnholt"]
    assert found.text == "The ferries of Orsk sail again."
