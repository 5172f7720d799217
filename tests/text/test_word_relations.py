"""A general thesaurus's related words for a query's: derivations and frequent-sense synonyms
(text/word_relations.py, WordNet 3.0 data in text/word_relations.tsv)."""

from text import word_relations
from text.data import data_path

BOTH = frozenset({"form", "thesaurus"})


def _said(query: str, vias: frozenset[str] = BOTH) -> set[tuple[str, str, str]]:
    return {(a.asked, a.said, a.via) for a in word_relations.related_words(query, vias)}


def test_a_word_is_looked_up_by_its_lemma_not_its_stem():
    assert word_relations.lemmas("invitees")[:1] == ["invitee"]
    assert "flee" in word_relations.lemmas("fled")  # an irregular form, from the file
    assert "child" in word_relations.lemmas("children")
    # "reporter" is no inflection of "report": it takes none of report's synonyms.
    assert "report" not in word_relations.lemmas("reporters")


def test_a_derivation_bridges_what_the_stemmer_keeps_apart():
    assert ("invitees", "invite", "form") in _said("how many invitees came")
    assert ("destruction", "destroy", "form") in _said("destruction of the bridge")


def test_a_synonym_of_a_frequent_sense():
    assert ("physicians", "doctor", "thesaurus") in _said("physicians at the clinic")
    assert ("kids", "child", "thesaurus") in _said("three kids")


def test_each_kind_only_when_asked_for():
    assert {via for _, _, via in _said("physicians destruction", frozenset({"form"}))} == {"form"}
    assert _said("physicians destruction", frozenset()) == set()


def test_names_get_no_related_words():
    # "bush" is a shrub in the file; the Bush a query names mid-sentence is not.
    assert not {said for asked, said, _ in _said("the Bush administration") if asked == "Bush"}
    assert ("bush", "shrub", "thesaurus") in _said("the bush fire")
    assert ("Bush", "shrub", "thesaurus") in _said("Bush fire near the village")  # first word


def test_words_the_file_does_not_know_get_nothing():
    assert _said("zorblatted vintrocks") == set()
    assert word_relations.lemmas("zorblatted") == []


def test_every_word_of_the_file_is_found_and_the_file_says_where_it_comes_from():
    with open(data_path("text", word_relations.FILE), encoding="utf-8") as handle:
        text = handle.read()
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("WordNet 3.0" in line for line in header)
    assert any("Licence" in line for line in header)
    words = [line.split("\t")[0] for line in text.splitlines() if not line.startswith("#")]
    assert words == sorted(words)
    every = words[:: max(len(words) // 500, 1)]
    assert all(word_relations._line(w) is not None for w in every)


def test_a_word_whose_first_sense_is_another_thing_is_no_related_word():
    # WordNet lists "expire" among the senses of "die"; in the news a truce expires
    said = {said for _, said, _ in _said("when did the general die")}
    assert "expire" not in said and "dice" not in said
    assert "perish" in said  # a synonym that means dying still counts
    assert not {said for _, said, _ in _said("the truce expired")} & {"die", "perish"}


def test_an_adjective_takes_the_head_of_its_cluster():
    # WordNet's "similar to": a satellite adjective and its cluster's head mean the same
    assert ("toxic", "poisonous", "thesaurus") in _said("toxic fumes over the quarter")
    assert ("jobless", "unemployed", "thesaurus") in _said("jobless young men")


def test_a_word_that_is_also_a_noun_or_a_verb_takes_no_cluster():
    # "rights" is a noun (and "right" a verb): its adjective senses' "exact" is no other word
    # for it; "escaped" is a form of the verb escape, whatever its adjective's cluster says.
    assert not {said for asked, said, _ in _said("rights of the prisoners") if said == "exact"}
    assert not {said for asked, said, _ in _said("escaped prisoners") if said == "free"}


def test_a_word_inside_a_noun_compound_takes_no_related_words():
    # "death toll" is a noun of its own: "death" in it is no "die" ...
    assert not {said for asked, said, _ in _said("death toll in Varnis") if asked == "death"}
    assert not {said for asked, said, _ in _said("the death-toll in Varnis") if asked == "death"}
    # ... while "death" alone is, and so is a word beside one it forms no compound with
    assert ("death", "die", "form") in _said("the death of the Varnis envoy")
    assert word_relations.in_compounds("human rights groups in Varnis") == {"human", "rights"}
    assert word_relations.in_compounds("toxic fumes in Varnis") == set()


def test_the_compounds_file_is_sorted_and_says_where_it_comes_from():
    with open(data_path("text", word_relations.COMPOUNDS_FILE), encoding="utf-8") as handle:
        text = handle.read()
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("WordNet 3.0" in line for line in header)
    assert any("Licence" in line for line in header)
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines == sorted(lines)
    every = lines[:: max(len(lines) // 500, 1)]
    assert all(word_relations._is_compound(*line.split(" ")) for line in every)
