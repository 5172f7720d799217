"""Another story's headline, with its picture credit, between a standfirst and the wire dateline
of a flattened page ([lead related] in text/clutter.txt). Every name, place and headline below is
made up, so the shape passes only by its structure."""

import pytest

from text.clutter import set_apart

STANDFIRST = "Crews cleared the quay of Orsk on Sunday after the storm, local media reported."
STORY = "According to the port agency, the first ferry will sail on Tuesday. The quay is open."


@pytest.mark.parametrize(
    "teaser",
    [
        "YouTubeKelVarga Ferry Sinks Near Orsk Quay - Reports",
        "REUTERS Kel Varga Army Repels Attack on Varnholt East of Orsk",
        "AFP 2031 ILSA MARROW No Casualties Reported Amid Shelling on Orsk Heights - IDF",
        "Flickr U.S. Coast Guard Storm Floods Orsk Harbour as Ferries Wait in al-Varna",
        "Varnholt Sends 207",
    ],
)
def test_a_teaser_headline_before_the_dateline_is_set_apart_and_the_standfirst_stays(teaser):
    found = set_apart(f"{STANDFIRST} {teaser} MOSCOW (Sputnik) {STORY}")
    assert found.text == f"{STANDFIRST}\n\n{STORY}"
    assert found.labels() == ["related", "dateline"]
    assert [c.text for c in found.clutter] == [teaser, "MOSCOW (Sputnik)"]
    assert found.outlet == "Sputnik" and found.place == "MOSCOW"


def test_a_place_of_two_words_in_capitals_stays_the_datelines():
    teaser = "REUTERS Kel Varga Army Repels Attack on Varnholt East of Orsk"
    found = set_apart(f"{STANDFIRST} {teaser} DEIR VARNA (Sputnik) {STORY}")
    assert found.text == f"{STANDFIRST}\n\n{STORY}"
    assert found.place == "DEIR VARNA"


@pytest.mark.parametrize(
    "between",
    [
        # a sentence's words in lower case: not a headline
        "Ferries were stuck in the harbour for days",
        # two words are no headline
        "Ferry Sinks",
    ],
)
def test_words_that_are_no_headline_before_the_dateline_stay(between):
    found = set_apart(f"{STANDFIRST} {between} MOSCOW (Sputnik) {STORY}")
    assert between in found.text
    assert "related" not in found.labels()
