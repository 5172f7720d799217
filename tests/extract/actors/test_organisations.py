"""Pass 6 (extract/actors/organisations.py): organisation-like capitalised phrases."""

from __future__ import annotations

from extract.actors import find_actors


def test_organisation_like_phrases_are_discovered(catalogue):
    text = "A report by the Soufan Group and the Middle East Forum Institute was cited."
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.actor.key, m.discovered) for m in mentions] == [
        ("Soufan Group", "soufan-group", False),
        ("Middle East Forum Institute", "middle-east-forum-institute", True),
    ]


def test_title_case_headlines_are_not_mined_for_organisations(catalogue):
    text = "Islamic State and Al-Qaeda in Discussions to Form Alliance\n\nThe talks go on."
    assert [m.actor.key for m in find_actors(text, catalogue)] == ["islamic-state", "al-qaeda"]


def test_a_headline_run_into_the_lead_is_not_mined_either(catalogue):
    text = (
        "Anti-Zarqan Forces Get the Better of Rebels in Battle for Qarat The coalition of "
        "the Ansar Brigade and the Free Syrian Army attacked the town at dawn."
    )
    keys = [m.actor.key for m in find_actors(text, catalogue)]
    assert not any(key.startswith("forces-get") for key in keys)
    assert "ansar-brigade" in keys and "free-syrian-army" in keys
    # prose opening a paragraph with names is no headline: a lower-case word comes first
    text = "The Zarqan Liberation Front and the Free Syrian Army fought near Qarat. The end."
    assert "zarqan-liberation-front" in [m.actor.key for m in find_actors(text, catalogue)]


def test_a_headline_run_into_the_middle_of_a_text_is_not_mined(catalogue):
    text = (
        "Nine civilians were killed near Qarat, the source said.  Anti-Zarqan Forces Get the "
        "Better of Rebels in Battle for Qarat The coalition has been striking the Ansar Brigade."
    )
    keys = [m.actor.key for m in find_actors(text, catalogue)]
    assert not any(key.startswith("forces-get") for key in keys)
    assert "ansar-brigade" in keys


def test_a_peoples_name_qualifies_a_name_and_ends_none(catalogue):
    # "Syria Kurds: monitor" printed without its colon: a people and a head, no name
    text = "Nine fighters killed in clashes with Syria Kurds Monitor\n\nKurds held the town."
    assert not any(m.discovered for m in find_actors(text, catalogue))
    # the run stops before "and the Shia": the words qualify the name after it
    text = (
        "A meeting of the Sunni Council of Qarat Elders and the Shia Badr Brigades ended. "
        "Many Sunni clerics were killed."
    )
    mentions = [(m.text, m.discovered) for m in find_actors(text, catalogue)]
    assert ("Sunni Council of Qarat Elders", True) in mentions
    assert "Sunni" not in [text for text, _ in mentions]  # no short form of the council
    # a people's adjective still makes a name with its head, as a demonym does
    text = "The Assyrian International News Agency reported it."
    assert [m.text for m in find_actors(text, catalogue) if m.discovered] == [
        "Assyrian International News Agency"
    ]


def test_a_place_opening_an_organisations_name_is_no_short_form_of_it(catalogue):
    # invented organisations named after real places (the gazetteer's): the place standing
    # alone later is the city, not the organisation
    text = (
        "The Aleppo Harbour Police Directorate said rockets fell. Shells also hit Aleppo on "
        "Sunday, and residents of Aleppo fled."
    )
    assert [m.text for m in find_actors(text, catalogue)] == ["Aleppo Harbour Police Directorate"]
    # an invented word opening the name is still its short form
    text = "The Varnok Harbour Police Directorate said rockets fell. Varnok officers fled."
    assert [m.text for m in find_actors(text, catalogue)] == [
        "Varnok Harbour Police Directorate",
        "Varnok",
    ]


def test_and_between_two_names_ends_the_first(catalogue):
    # invented organisations: "and the", or "and" between two names ending in a head word,
    # joins two names
    text = "Aid came from the Varnok Relief Foundation and the Ostrel Medical Society on Friday."
    assert [m.text for m in find_actors(text, catalogue)] == [
        "Varnok Relief Foundation",
        "Ostrel Medical Society",
    ]
    text = "Loans from the Varnok Central Bank and Bank of Ostrel were frozen."
    assert [m.text for m in find_actors(text, catalogue)] == [
        "Varnok Central Bank",
        "Bank of Ostrel",
    ]
    # one name's words joined by "and" stay whole
    text = "The Varnok Food and Harvest Organization and the Ostrel Fund for Arts and Crafts met."
    assert [m.text for m in find_actors(text, catalogue)] == [
        "Varnok Food and Harvest Organization",
        "Ostrel Fund for Arts and Crafts",
    ]


def test_a_day_after_on_is_no_part_of_a_name(catalogue):
    # invented: the run of capitals went on over "on Friday", and the name was lost
    text = "The Ostrel Medical Society on Friday sent doctors."
    assert [m.text for m in find_actors(text, catalogue)] == ["Ostrel Medical Society"]
    # "on" inside a name stays ("Council on ... Relations")
    text = "The Varnok Council on Harbour Relations met."
    assert [m.text for m in find_actors(text, catalogue)] == ["Varnok Council on Harbour Relations"]


def test_a_head_word_alone_before_and_is_no_name_of_its_own(catalogue):
    # invented: "Command" alone before "and" is the start of one long name
    text = "The Command and Harbour Staff College of Varnok met."
    assert [m.text for m in find_actors(text, catalogue)] == [
        "Command and Harbour Staff College of Varnok"
    ]
