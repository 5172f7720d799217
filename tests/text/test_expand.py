import json
from importlib import resources

from text import expand


def test_every_synonym_group_says_where_it_comes_from():
    data = json.loads(resources.files("text").joinpath("synonyms.json").read_text("utf-8"))
    for group in data["groups"]:
        assert group["source"].strip() and len(group["words"]) >= 2
    for frame in data["question_frames"]:
        assert frame["source"].strip()


def test_synonyms_name_the_words_they_stand_for():
    found = {(a.asked, a.said) for a in expand.synonyms("Reporter killed by an air strike")}
    assert ("killed", "assassinated") in found
    assert ("Reporter", "journalist") in found
    assert ("air strike", "bombing") in found  # a two-word entry is matched whole


def test_inflections_match_through_stems():
    found = {(a.asked, a.said) for a in expand.synonyms("protesters detained")}
    assert ("detained", "arrested") in found
    # "demonstration" and "demonstrators" share a stem: one alternative stands for both.
    assert found & {("protesters", "demonstrators"), ("protesters", "demonstration")}


def test_words_outside_every_group_get_nothing():
    assert expand.synonyms("Zelmar Qelvaria Drevnik") == []


def test_question_frames_are_dropped_and_quantity_noticed():
    drop, quantity = expand.question_frame("How many people fled Drevnik?")
    assert "mani" in drop and quantity
    drop, quantity = expand.question_frame("who fled Drevnik")
    assert not drop and not quantity


def test_the_words_asked_include_the_function_words_of_the_entry():
    found = {(a.asked, a.said) for a in expand.synonyms("the mosque was blown up; U.S. jets")}
    assert ("blown up", "destroyed") in found
    assert ("U.S.", "American") in found


def test_no_synonym_shares_its_search_term_with_a_word_of_another_meaning():
    # "fatalities" is searched as "fatal", which also means disastrous ("a fatal error")
    found = {a.said for a in expand.synonyms("when did Zelmar Drevnik die")}
    assert "deaths" in found and "fatalities" not in found


def test_an_entry_ending_in_a_function_word_needs_it_typed():
    # "shot down" is searched as "shot": "shot" alone is no downing
    assert not {a.said for a in expand.synonyms("Drevnik guards shot at the marchers")} & {
        "downed",
        "brought down",
    }
    assert "downed" in {a.said for a in expand.synonyms("Drevnik gunners shot down a drone")}
    assert not {a.said for a in expand.synonyms("the first round of Varno talks")} & {
        "arrested",
        "detained",
    }
    assert "arrested" in {a.said for a in expand.synonyms("police rounded up Varno students")}


def test_an_entry_ending_in_a_function_word_is_looked_for_as_a_phrase():
    found = {a.said: a for a in expand.synonyms("Drevnik gunners downed a drone")}
    assert found["brought down"].terms == ("brought",)
    assert getattr(found["brought down"], "phrase", ()) == tuple(
        expand.tokens.phrase_key("brought down")
    )
    assert getattr(found["shot down"], "phrase", ()) != ()
    assert getattr(found.get("downed"), "phrase", ()) == ()  # a word of its own is enough


def test_armed_clashes_roads_and_guns_have_their_other_words():
    found = {(a.asked, a.said) for a in expand.synonyms("Varno militia clash on the road")}
    assert {("clash", "gun battle"), ("road", "highway")} <= found
    assert ("gun", "weapon") in {(a.asked, a.said) for a in expand.synonyms("a gun was drawn")}


def test_a_capital_stands_for_its_country_and_the_country_for_its_capital():
    found = {(a.asked, a.said) for a in expand.synonyms("Ottawa to fly Zelmar nationals home")}
    assert ("Ottawa", "Canada") in found
    found = {(a.asked, a.said) for a in expand.synonyms("Mali's envoy to Qelvaria")}
    assert ("Mali", "Bamako") in found


def test_a_country_of_a_hand_made_group_keeps_its_group_alone():
    # Syria's group (text/synonyms.json) names Damascus already: no second group from the
    # capitals' file gives it plain "Syria"
    said = [a.said for a in expand.synonyms("Damascus") if a.said == "Syria"]
    assert said == []


def test_the_capitals_file_says_where_it_comes_from():
    text = resources.files("text").joinpath("capitals.tsv").read_text("utf-8")
    assert "Source: GeoNames" in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert all(len(row) == 3 and row[0] and row[1] for row in rows)


def test_a_percentage_has_its_spellings_per_cent_and_percent():
    found = {(a.asked, a.said) for a in expand.synonyms("what percentage of Varno voters")}
    assert {("percentage", "per cent"), ("percentage", "percent")} <= found
    assert ("per cent", "percentage") in {
        (a.asked, a.said) for a in expand.synonyms("ten per cent of Varno voters")
    }
    # "cents per litre" holds both words, not the entry
    assert not {a.said for a in expand.synonyms("forty cents per litre")} & {
        "percent",
        "percentage",
    }
