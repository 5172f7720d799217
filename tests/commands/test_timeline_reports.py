import pytest

from commands import timeline_reports


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        ("^Tags\\s+[A-Z]", True),
        ("^(?:A|B)\\s+x", True),  # the alternatives are within a group
        ("^A|B", False),  # B anywhere
        ("^[|]x", True),
        ("^[]|]x", True),
        ("^[^]|]x", True),
        ("^\\|x", True),
        ("^[a\\]]|b", False),
        ("\\bA", False),
    ],
)
def test_a_pattern_is_anchored_when_it_can_match_only_at_the_start(pattern, anchored):
    assert timeline_reports._anchored(pattern) is anchored


def test_furniture_is_found_where_one_alternation_of_every_pattern_finds_it():
    combined = timeline_reports.section_pattern("furniture")
    texts = [
        "Tags Shayrat cruise missiles US Homs Idlib Khan Sheikhun Fifty nine missiles struck.",
        "Print Tweet Views 458 Related stories",
        "The army shelled the town on Monday, residents said.",
        "Smoke rises after an airstrike in the town of Dael in Deraa Governorate Syria "
        "September 5 2016.",
        "Dozens killed in Idlib market air strikes Ediz Tiyansan reports - YouTube",
        "Next, as I was watching the coverage yesterday, the crowd grew.",
        "Officials said that Tags were found.",
        "the Mubarak exit would mean chaos The protests expanded",
        "",
    ]
    for text in texts:
        expected = combined.search(text) is not None
        anchored, others = timeline_reports._split_pattern("furniture")
        assert (anchored.match(text) is not None or others.search(text) is not None) == expected
    assert timeline_reports.is_unreliable(texts[0]) and not timeline_reports.is_unreliable(texts[2])
