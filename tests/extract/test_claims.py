"""Claims read from single sentences written for these tests; the names are invented, so the
general patterns are tested, not a list of known sides."""

import pytest

from extract.claims import casualty_claims, control_claims, find_claims, responsibility_claims


def figures(sentence):
    return [(c.topic, c.low, c.high) for c in casualty_claims(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling killed 19 people in Velmora on Tuesday.", [("killed:people", 19, 19)]),
        (
            "At least 12 civilians were killed and 30 wounded in the raid on Ostrava Minor.",
            [("killed:civilians", 12, 12), ("wounded:people", 30, 30)],
        ),
        (
            "About a dozen people died when the bridge at Karsk was hit.",
            [("killed:people", 10, 14)],
        ),
        (
            "Twenty-five soldiers were killed near the Dravin crossing.",
            [("killed:soldiers", 25, 25)],
        ),
        ("Two or three guards were injured.", [("wounded:soldiers", 2, 3)]),
        ("Dozens of fighters were killed in the clashes.", [("killed:fighters", 24, 99)]),
        (
            "The death toll from the blast at the Velmora market rose to 41, medics said.",
            [("killed:people", 41, 41)],
        ),
        (
            "The strike on Karsk, killing 1,200 people, was condemned.",
            [("killed:people", 1200, 1200)],
        ),
        ("More than 100 people were killed.", [("killed:people", 100, 110)]),
    ],
)
def test_casualty_figures_with_their_hedges(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was killed 12 years ago in Velmora.",
        "Fighters killed in 2012 were buried in Karsk.",
        "The convoy travelled 40 km before it was hit.",
        "Twelve villages have been shelled since May.",
    ],
)
def test_no_figure_where_the_number_counts_something_else(sentence):
    assert casualty_claims(sentence) == []


def test_a_figure_is_said_as_a_reader_would_say_it():
    [claim] = casualty_claims("At least 12 civilians were killed in Velmora.")
    assert claim.said == "at least 12 civilians killed"
    [claim] = casualty_claims("The blast killed six people.")
    assert claim.said == "six people killed"


def test_control_names_the_side_and_the_place_active_passive_and_adjective():
    [active] = control_claims("The Zorvani Brigade captured the town of Velmora on Monday.")
    assert (active.topic, active.party, active.party_key) == (
        "velmora",
        "Zorvani Brigade",
        "name:zorvani brigade",
    )
    [passive] = control_claims("Velmora fell to Ostrak Front fighters after a week of shelling.")
    assert (passive.topic, passive.party_key) == ("velmora", "name:ostrak front")
    [held] = control_claims("Residents fled Zorvani-held Karsk overnight.")
    assert (held.topic, held.party) == ("karsk", "Zorvani")


def test_a_known_side_is_known_by_its_catalogue_key_under_any_of_its_names():
    [a] = control_claims("Islamic State militants seized Velmora on Sunday.")
    [b] = control_claims("Velmora was captured by ISIS on Sunday.")
    assert a.party_key == b.party_key == "islamic-state"


def test_a_nationality_alone_is_no_side_that_can_be_compared():
    for side in ("Kurdish forces", "Velmoran militants"):
        [claim] = control_claims(f"{side} captured Karsk on Monday.")
        assert claim.party_key == ""


def test_no_control_claim_for_a_name_that_qualifies_a_noun():
    assert control_claims("The Velmora council holds Karsk talks on Friday.") == []


@pytest.mark.parametrize(
    ("sentence", "party", "said"),
    [
        ("The Ostrak Front claimed responsibility for the bombing.", "Ostrak Front", "claimed by"),
        ("Responsibility was claimed by the Zorvani Brigade.", "Zorvani Brigade", "claimed by"),
        ("The ministry blamed the Ostrak Front for the attack.", "Ostrak Front", "blamed on"),
        ("Officials blamed the bombing on Zorvani Brigade.", "Zorvani Brigade", "blamed on"),
    ],
)
def test_who_claimed_or_was_blamed_for_an_attack(sentence, party, said):
    [claim] = responsibility_claims(sentence)
    assert claim.topic == "attack" and claim.party == party
    assert claim.said == f"{said} {party}"


def test_accused_of_something_else_is_no_attack_claim():
    assert responsibility_claims("Critics accused Ostrak Front of corruption.") == []


def test_claims_of_a_sentence_in_the_order_made():
    sentence = (
        "The Zorvani Brigade claimed responsibility for the blast, which killed 19 people, "
        "before Ostrak Front fighters captured Karsk."
    )
    assert [c.kind for c in find_claims(sentence)] == ["responsibility", "casualties", "control"]


def test_a_day_of_the_month_is_no_toll_and_and_ends_the_victims():
    assert figures("The attack near Karsk on August 21 killed more than 1400 people.") == [
        ("killed:people", 1400, 1540)
    ]
    assert figures("The blast killed six people and injured another ten.") == [
        ("killed:people", 6, 6)
    ]


def test_between_two_figures_is_one_range():
    assert figures("Between 500 and 1300 people died on Wednesday in Velmora.") == [
        ("killed:people", 500, 1300)
    ]


def test_several_or_a_few_is_no_count():
    assert figures("The blast in Karsk killed two guards, wounding several others.") == [
        ("killed:soldiers", 2, 2)
    ]
    assert casualty_claims("A few people were hurt in Velmora.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes on towns across the country killed at least 44 people on Monday.",
        "Shelling across the northern Ostrak province killed 49 civilians on Saturday.",
        "Raids on Velmora city and the surrounding countryside killed 40 civilians.",
        "Bombs dropped on Karsk killed at least 49 people over the weekend.",
        "Air strikes killed at least 21 civilians in and around Velmora on Monday.",
    ],
)
def test_a_sum_over_a_wide_area_or_several_days_is_no_toll_of_one_event(sentence):
    assert casualty_claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In this photo taken on June 8, rescuers help a woman after a strike on Velmora "
        "killed at least 21 civilians.",
        "A medic runs near an ambulance in Karsk (Ostrak News and Agencies) A bomb killed "
        "at least 15 people.",
        "Residents inspect a crater in Velmora (Reuters Photo) Thirty-five people were killed.",
    ],
)
def test_a_photograph_caption_glued_to_the_text_makes_no_claim(sentence):
    assert find_claims(sentence) == ()


def test_a_gas_tank_is_no_chemical_attack():
    [tank] = casualty_claims("A gas tank packed with explosives hit a bus in Karsk, killing 14.")
    assert "chemical" not in tank.causes and "explosion" in tank.causes
    [gas] = casualty_claims("A poison gas attack on Velmora killed 30 people.")
    assert gas.causes == ("chemical",)


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Air strikes killed 20 people in the northern city of Velmora.", "local"),
        ("A strike on a hospital in the town of Karsk in Ostrak province killed 10.", "local"),
        ("Air strikes killed 39 people in the western province of Velmora.", "regional"),
        ("Air strikes killed 39 people in Velmora on Sunday.", ""),
        ("Air strikes on villages in eastern Ostrakia killed 58 people.", "regional"),
    ],
)
def test_the_area_a_figure_counts(sentence, scope):
    [claim] = casualty_claims(sentence)
    assert claim.scope == scope


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a toll is no toll of the event
        ("Three people, two of them children, died in the shelling of Velmora.", []),
        ("The monitor said 14 of the dead were Ostrak Front fighters.", []),
        ("Six of those killed in Karsk were police.", []),
        # a group the victim classes do not know counts part of the dead
        ("The strike on the Karsk hospital killed three medics.", []),
        ("The strike killed 12 in Karsk on Monday.", [("killed:people", 12, 12)]),
        ("The strike killed 12, the monitor said.", [("killed:people", 12, 12)]),
        # several events summed: separate attacks, a month
        ("Two soldiers died in separate explosions near Karsk.", []),
        ("Three soldiers died when a bomb hit them, bringing deaths to 22 this month.", []),
    ],
)
def test_a_part_a_subgroup_or_a_sum_of_events_is_no_toll_of_one_event(sentence, expected):
    assert figures(sentence) == expected


def test_a_lower_bound_is_marked_as_such():
    bounds = [c.at_least for c in casualty_claims("At least 12 were killed and 30 wounded.")]
    assert bounds == [True, False]
    [more] = casualty_claims("More than 100 people were killed in Velmora.")
    assert more.at_least


def test_each_figure_has_the_kind_of_violence_told_next_to_it():
    sentence = (
        "Air raids are common, but the barrage answered rocket attacks by the Ostrak Front "
        "which killed 10 people in Velmora."
    )
    [claim] = casualty_claims(sentence)
    assert claim.causes == ("shelling",)
    [claim] = casualty_claims("At least 45 people were killed in air strikes after mortar fire.")
    assert claim.causes == ("air",)


def test_a_toll_said_to_have_risen_is_the_count_so_far():
    [rose] = casualty_claims("The death toll from the blast in Velmora rose to 41 on Friday.")
    assert (rose.low, rose.at_least) == (41, True)
    [stood] = casualty_claims("The death toll from the blast in Velmora stood at 41.")
    assert (stood.low, stood.at_least) == (41, False)
