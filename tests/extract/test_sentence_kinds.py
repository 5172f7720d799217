"""Page furniture is no event, and a sentence leaning on the one before is known as such:
sentences written for the tests in the forms the timeline audit found."""

import pytest

from extract.sentence_kinds import (
    dateline_end,
    is_clutter,
    leans_on_previous,
    only_sets_the_scene,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "3 May: Talks open in Velmora Following 48 hours: Troops withdraw Next step: A vote.",
        "3 May : Talks open in Velmora Following 48 hours : Troops withdraw Next step : A vote.",
        "Tags Velmora Dransk Rebels Bridge At least 4 people died when the Dransk bridge fell.",
        "At 12:20 30th Jul 2012, Quillfeather wrote:",
    ],
)
def test_list_dumps_tag_lines_and_comments_are_clutter(sentence):
    assert is_clutter(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met at 06:00 on 12 April: the vote was delayed.",
        "Tagged convoys left Velmora on Monday, officials said.",
    ],
)
def test_prose_with_a_colon_or_a_tag_word_is_not_clutter(sentence):
    assert not is_clutter(sentence)


def test_a_sentence_opening_with_but_leans_on_the_one_before():
    assert leans_on_previous("But a delay in the agreement left the evacuees stuck on Friday.")
    assert not leans_on_previous("Butchers in Velmora closed their shops on Friday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce had come into force in Velmora on the evening of 12 September.",
        "The raids on the Dransk bridge killed nine people on Tuesday.",
        "Dozens of people were also wounded in the shelling which took place on Saturday.",
        "The ceasefire collapsed on 3 May after a week.",
    ],
)
def test_a_definite_event_or_an_addition_leans_on_the_one_before(sentence):
    assert leans_on_previous(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmora Council voted on 12 September to close the bridge.",
        "Dransk troops shelled the bridge on Saturday, and officials said it was also closed.",
        "Rebels also took the airport on 3 May, the monitor said.",
    ],
)
def test_a_named_subject_or_a_late_also_does_not_lean(sentence):
    assert not leans_on_previous(sentence)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("VELMORA A car bomb killed six people on Tuesday.", "A car bomb killed"),
        ("AFP Saturday 4 Oct 2014 At least 35 fighters were killed.", "At least 35 fighters"),
        ("Last updated at Oct 032017 DRANSK A strike hit the bridge.", "A strike hit"),
    ],
)
def test_a_wire_city_in_capitals_or_an_agency_stamp_is_a_dateline(text, prose):
    assert text[dateline_end(text) :].startswith(prose)


@pytest.mark.parametrize(
    "text",
    ["NATO forces left Velmora on Tuesday.", "ISIS fighters took Dransk.", "NATO said on Monday."],
)
def test_an_acronym_opening_prose_is_no_dateline(text):
    assert dateline_end(text) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillfeather was speaking in a series of phone interviews with media on Friday.",
        "The Velmora minister was speaking at a news conference in Dransk on Monday.",
        "He was speaking to reporters on 3 May.",
    ],
)
def test_a_sentence_only_saying_where_someone_spoke_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters were speaking out against the council in Velmora on Friday.",
        "Quillfeather said on Friday, speaking to reporters, that the bridge had fallen.",
        "Rebels took Dransk on Monday while the minister was speaking in Velmora.",
    ],
)
def test_an_event_or_a_statement_does_not_only_set_the_scene(sentence):
    assert not only_sets_the_scene(sentence)


def test_a_time_counted_from_an_earlier_event_or_a_place_led_description_leans_back():
    for text in (
        "A day later a military source said the fighters had attacked Veshnar.",
        "The next day the monitors reached Veshnar.",
        "Two weeks after that, the council of Veshnar resigned.",
        "The Veshnar strikes came days after the heaviest raids for months.",
        "The committee found no marks of torture on the body.",
        "The civilians were reportedly kidnapped on October 11.",
    ):
        assert leans_on_previous(text), text
    for text in (
        "The Veshnar council said on Monday that the road had reopened.",
        "Days later than planned, the convoy reached Veshnar.",
    ):
        assert not leans_on_previous(text), text


@pytest.mark.parametrize("pattern", [r"^(\w+) \1\b", r"^(?P<word>\w+) (?P=word)\b"])
def test_a_pattern_with_a_backreference_is_refused(monkeypatch, pattern):
    # The patterns of a section are joined into one alternation, where a backreference would
    # name another pattern's group.
    import extract.sentence_kinds as kinds

    monkeypatch.setattr(kinds, "text_lines", lambda *_: ["[clutter]", pattern])
    kinds._sources.cache_clear()
    try:
        with pytest.raises(ValueError, match="backreference"):
            kinds._sources()
    finally:
        kinds._sources.cache_clear()


def test_joined_patterns_answer_as_each_pattern_does():
    import extract.sentence_kinds as kinds

    sentences = [
        "By Tamsin Orrell, Velmora Herald",
        "Posted by Quillfeather at 10:04",
        "Image caption Smoke rises over Dransk",
        "Report abuse",
        "Troops crossed the Dransk bridge on Monday.",
        "DRANSK, March 18, 2011 - Troops crossed the bridge.",
    ]
    anchored, anywhere = kinds._clutter()
    for sentence in sentences:
        one_by_one = any(p.match(sentence) for p in anchored) or any(
            p.search(sentence[-kinds.TAIL :]) for p in anywhere
        )
        separators = any(sentence.count(m) >= n for m, n in kinds.SEPARATORS.items())
        assert kinds.is_clutter(sentence) == (one_by_one or separators)
        cursor = 0
        for _ in range(3):
            found = next(
                (
                    m
                    for p in kinds._section("dateline")
                    if (m := p.match(sentence[cursor:])) and m.group(0)
                ),
                None,
            )
            if found is None:
                break
            cursor += found.end()
        assert kinds.dateline_end(sentence) == cursor
