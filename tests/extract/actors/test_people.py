"""Pass 4 (extract/actors/people.py): people with roles, before or after their names."""

from __future__ import annotations

from extract.actors import find_actors
from extract.person_names import person_key
from tests.extract.actors.found import by_text


def role_of(text: str, name: str, catalogue) -> str | None:
    """The role found for name in text; None when it has none or is not found."""
    found = by_text(text, catalogue).get(name)
    return found.actor.role if found is not None else None


def test_titled_people_are_discovered_with_their_role(catalogue):
    text = (
        "Kremlin spokesman Dmitry Peskov spoke first. Researcher Charlie Winter at the "
        "International Centre for the Study of Radicalisation at King's College London wrote."
    )
    mentions = by_text(text, catalogue)
    assert mentions["Dmitry Peskov"].actor.key == "dmitry-peskov"
    assert mentions["Dmitry Peskov"].actor.role == "Kremlin spokesman"
    winter = mentions["Charlie Winter"]
    assert (
        winter.actor.key,
        winter.actor.kind,
        winter.actor.role,
        winter.how,
        winter.discovered,
    ) == (person_key("Charles Winter"), "person", "Researcher", "title", True)


def test_demonym_qualifying_a_title_is_part_of_the_role(catalogue):
    text = "The assassination of Russian Ambassador Andrey Karlov shocked Ankara."
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.actor.key, m.actor.role) for m in mentions] == [
        ("Andrey Karlov", person_key("Andrey Karlov"), "Russian Ambassador"),
    ]
    prime = by_text("Iraqi Prime Minister Haider al-Abadi announced victory.", catalogue)
    assert prime["Haider al-Abadi"].actor.role == "Iraqi Prime Minister"
    assert "Iraqi" not in prime


def test_a_role_keeps_the_arabic_article_of_its_group(catalogue):
    # invented groups and people: the article, joined by a space or a hyphen, is the name's
    found = by_text("Fighters of al Tarbas leader Zorvan Qeltani took the hill.", catalogue)
    assert found["Zorvan Qeltani"].actor.role == "al Tarbas leader"
    found = by_text("Liwa al-Marqab commander Hadi Sarbuni was killed.", catalogue)
    assert found["Hadi Sarbuni"].actor.role == "Liwa al-Marqab commander"
    # a lower-case word before the article still ends the role
    found = by_text("The fighters of al Tarbas leader Zorvan Qeltani fled.", catalogue)
    assert found["Zorvan Qeltani"].actor.role == "al Tarbas leader"


def test_a_role_before_a_comma_starts_after_its_function_words(catalogue):
    # invented: "of their" is the sentence's, not the commander's role
    text = (
        "Rebels mourned the killing of their rebel military commander, Zorvan Qeltani, on Friday."
    )
    assert by_text(text, catalogue)["Zorvan Qeltani"].actor.role == "rebel military commander"
    text = "A senior rebel commander, Hadi Sarbuni, said the road was open."
    assert by_text(text, catalogue)["Hadi Sarbuni"].actor.role == "senior rebel commander"


def test_a_list_of_people_after_a_comma_is_no_role(catalogue):
    # invented: the title after the comma is the next person's, not the first one's
    text = (
        "The court wants Marek Tolvan, his son Ilir Tolvan and security chief Oren Vasko on "
        "charges of crimes against humanity."
    )
    assert role_of(text, "Marek Tolvan", catalogue) is None
    text = "Marek Tolvan, the security chief of the Tarbas Council, said so."
    assert role_of(text, "Marek Tolvan", catalogue) == "security chief of the Tarbas Council"


def test_words_after_a_name_that_say_something_are_a_subject_not_a_role(catalogue):
    # invented: no comma before "said", so the ambassador is who said it, not Marek Tolvan
    text = (
        "The alliance is trying to kill its leader, Marek Tolvan, Velkan's ambassador to the "
        "alliance said on Wednesday."
    )
    assert role_of(text, "Marek Tolvan", catalogue) is None
    # with an article the words are still the name's role, comma or none before "said"
    text = "Fighting went on, Oren Vasko, an Orvath council spokesman in the capital said."
    assert role_of(text, "Oren Vasko", catalogue) == "Orvath council spokesman in the capital"


def test_appositive_role_and_later_surname(catalogue):
    text = (
        "“The brand has taken a beating,” said Nicholas Heras, a Middle East security fellow "
        "at the Centre for a New American Security in Washington. Later Heras said more."
    )
    mentions = find_actors(text, catalogue)
    heras = [m for m in mentions if m.actor.key == person_key("Nicholas Heras")]
    assert [(m.text, m.how) for m in heras] == [("Nicholas Heras", "title"), ("Heras", "surname")]
    assert heras[0].actor.role == (
        "Middle East security fellow at the Centre for a New American Security"
    )
    assert heras[1].actor.role == heras[0].actor.role
    orgs = [m for m in mentions if m.how == "phrase"]
    assert [(m.text, m.actor.kind) for m in orgs] == [
        ("Centre for a New American Security", "organisation")
    ]


def test_a_name_cut_before_a_lower_case_part_is_no_person(catalogue):
    # the apostrophe of "Ki-moon's" lost: "Ki-moons"; the name is not "Tarek Ki"
    text = "Council Secretary General Tarek Ki-dorans office said he was shocked."
    assert not [m for m in find_actors(text, catalogue) if m.actor.kind == "person"]
    text = "Council Secretary General Tarek Kidoran said he was shocked."
    assert by_text(text, catalogue)["Tarek Kidoran"].actor.kind == "person"


def test_a_title_of_address_finds_the_person_but_is_no_role(catalogue):
    # invented people: "Mr" tells that the name is a person's, not what the person does
    found = by_text("Mr Tobias Wrenfield declined to comment.", catalogue)
    assert found["Tobias Wrenfield"].actor.kind == "person"
    assert found["Tobias Wrenfield"].actor.role is None
    for title in ("Mrs", "Ms", "Mr."):
        assert role_of(f"{title} Orla Tennach spoke.", "Orla Tennach", catalogue) is None
    # the role another mention tells is kept, whichever comes first
    text = "Mr Halvard Oskel arrived. Harbour minister Halvard Oskel said the port was shut."
    assert role_of(text, "Halvard Oskel", catalogue) == "Harbour minister"
    # a title that says what the person does is still a role
    assert role_of("Dr Orla Tennach treated the wounded.", "Orla Tennach", catalogue) == "Dr"


def test_a_role_does_not_reach_back_over_a_sentence_end_without_its_space(catalogue):
    # invented: the page lost the space after "Varnia." (as pasted text often does)
    text = "Troops crossed into Varnia.Ostrian foreign minister Kelem Dravo said talks go on."
    assert role_of(text, "Kelem Dravo", catalogue) == "Ostrian foreign minister"


def test_a_compass_word_opens_the_qualifier_of_a_role(catalogue):
    # invented people; "South" and "North" are no name, but they open "South Ostrian"
    assert role_of("South Ostrian President Kelem Dravo spoke.", "Kelem Dravo", catalogue) == (
        "South Ostrian President"
    )
    assert role_of("North Varnian leader Halvard Oskel spoke.", "Halvard Oskel", catalogue) == (
        "North Varnian leader"
    )
    # it opens the role: a word before it is not the role's ("... in Varnia South Ostrian ...")
    text = "Talks in Varnia South Ostrian President Kelem Dravo said went well."
    assert role_of(text, "Kelem Dravo", catalogue) == "South Ostrian President"
    # a compass word ending the sentence before stays out
    text = "The troops moved South. President Kelem Dravo spoke."
    assert role_of(text, "Kelem Dravo", catalogue) == "President"


def test_a_title_of_honour_is_no_role_either(catalogue):
    assert role_of("Sir Orla Tennach spoke to the inquiry.", "Orla Tennach", catalogue) is None
