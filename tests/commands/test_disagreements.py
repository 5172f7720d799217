"""Reports that differ, in timelines and profiles, over real stores of invented reports."""

from commands import actor, disagreements, ingest, timeline
from text.read import Document

BODY = (
    " Rescue workers searched the rubble of the market for survivors through the night, and "
    "hospitals in the province appealed for blood donors as the wounded arrived by the dozen. "
    "Residents said the market had been crowded with families buying food before the holiday. "
    "The Ostrak Front has fought for the town since the spring, and its fighters hold the hills "
    "to the north, from where they shell the roads into the valley every evening."
)


def add(db, text, source, name, published="2017-05-04"):
    doc = Document(text=text, origin=name, kind="text")
    result = ingest.ingest_document(
        db, doc, ingest.Origin(name), ingest.Options(published=published, source=source)
    )
    assert not result.errors, result.errors
    return result.articles[0]


def entry_of(answer, date="2017-05-03"):
    return next(e for e in answer.entries if e.date == date)


def test_figures_that_differ_are_shown_with_their_outlets_and_sentences(db):
    add(
        db,
        "12 civilians were killed in an air strike on Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "An air strike on the market of Velmora on 3 May 2017 killed 19 civilians, the monitor "
        "said. Medics counted the dead in the main hospital of the town until the morning.",
        "Daily Two",
        "b.txt",
    )
    entry = entry_of(timeline.run(db, "Velmora"))
    [differ] = entry.disagreements
    assert differ.kind == "casualties" and differ.topic == "killed:civilians"
    assert differ.summary() == "Wire One: 12 civilians killed · Daily Two: 19 civilians killed"
    assert differ.counts() == "2 reports, 2 independent sources"
    assert [c.outlet for c in differ.claims] == ["Wire One", "Daily Two"]
    assert "12 civilians were killed" in differ.claims[0].sentence
    doc = entry.to_json()["disagreements"][0]
    assert doc["independent_sources"] == 2 and doc["claims"][1]["said"] == "19 civilians killed"
    assert doc["claims"][1]["article"]["source"] == "Daily Two"


def test_figures_within_their_rounding_agree(db):
    add(
        db,
        "Twelve civilians were killed in an air strike on Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "About a dozen civilians were killed in an air strike on Velmora on 3 May 2017, the "
        "monitor said. Medics counted the dead in the main hospital of the town until morning.",
        "Daily Two",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []


def test_one_outlet_revising_its_own_toll_is_not_reports_differing(db):
    add(
        db,
        "12 civilians were killed in an air strike on Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "The air strike on Velmora on 3 May 2017 killed 19 civilians, the monitor said later. "
        "Medics counted the dead in the main hospital of the town until the morning.",
        "Wire One",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []


def test_syndicated_copies_count_as_one_independent_source(db):
    wire = "VELMORA (Reuters) - 12 civilians were killed in an air strike on Velmora on 3 May 2017."
    add(db, wire + BODY, None, "a.txt")  # the dateline names the outlet
    add(db, wire + BODY.replace("Rescue workers", "Rescue teams"), "Third Post", "copy.txt")
    rewritten = wire.replace("(Reuters)", "(Reuters) -") + BODY.replace(
        "Residents said the market", "Shopkeepers said the market"
    ).replace("every evening", "each night")
    add(db, rewritten.replace("VELMORA (Reuters) - ", ""), "Fourth Herald", "c.txt")
    add(
        db,
        "An air strike on the market of Velmora on 3 May 2017 killed 19 civilians, the monitor "
        "said. Medics counted the dead in the main hospital of the town until the morning.",
        "Daily Five",
        "d.txt",
    )
    [differ] = entry_of(timeline.run(db, "Velmora")).disagreements
    # a.txt, its near copy and c.txt (a rewrite of it) are one story; d.txt another
    assert differ.counts() == "4 reports, 2 independent sources"
    assert [c.outlet for c in differ.claims] == ["Reuters", "Daily Five"]


def test_who_controls_a_place_differs_only_between_named_sides(db):
    add(
        db,
        "The Zorvani Brigade captured Karsk on 3 May 2017, its commanders said." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "Karsk fell to the Ostrak Front on 3 May 2017 after a week of shelling, residents said. "
        "Families left the town along the river road through the night.",
        "Daily Two",
        "b.txt",
    )
    add(
        db,
        "Kurdish forces captured Karsk on 3 May 2017, a monitor said. Families left the town "
        "along the river road through the night, carrying what they could.",
        "Daily Three",
        "c.txt",
    )
    [differ] = entry_of(timeline.run(db, "Karsk")).disagreements
    assert differ.kind == "control" and differ.topic == "karsk"
    assert {c.claim.party for c in differ.claims} == {"Zorvani Brigade", "Ostrak Front"}


def test_the_profile_shows_the_same_disagreement(db):
    add(
        db,
        "Islamic State claimed responsibility for the bombing in Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "Officials blamed the Nusra Front for the bombing in Velmora on 3 May 2017, though "
        "Islamic State supporters celebrated it online. Shops in the town stayed shut.",
        "Daily Two",
        "b.txt",
    )
    profile = actor.run(db, "Islamic State")
    entry = next(e for e in profile.timeline if e.date == "2017-05-03")
    [differ] = entry.disagreements
    assert differ.kind == "responsibility"
    assert (
        differ.summary() == "Wire One: claimed by Islamic State · Daily Two: blamed on Nusra Front"
    )
    assert profile.to_json()["timeline"][0]["disagreements"][0]["kind"] == "responsibility"


def test_a_month_is_not_one_event(db):
    add(
        db,
        "12 civilians were killed in air strikes on Velmora in May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "Air strikes on Velmora killed 19 civilians in May 2017, the monitor said. Medics "
        "counted the dead in the main hospital of the town until the morning.",
        "Daily Two",
        "b.txt",
    )
    entry = entry_of(timeline.run(db, "Velmora"), "2017-05")
    assert entry.disagreements == [] and disagreements.COMPARED_PRECISION == "day"


def test_a_town_toll_and_a_province_toll_are_two_counts(db):
    add(
        db,
        "Air strikes killed 12 civilians in the city of Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "Air strikes killed 39 civilians in the province of Velmora on 3 May 2017, the monitor "
        "said. Medics counted the dead in the main hospital of the town until the morning.",
        "Daily Two",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []


def test_a_report_giving_the_whole_and_its_part_accounts_for_a_report_of_the_part(db):
    add(
        db,
        "Air strikes killed 15 civilians in Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "Air strikes killed 21 civilians on 3 May 2017, 15 in Velmora and six in Karsk, the "
        "monitor said. Medics counted the dead in the main hospital of the town until morning.",
        "Daily Two",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []


def test_a_lower_bound_agrees_with_a_larger_figure_and_not_with_a_smaller(db):
    add(
        db,
        "At least 12 civilians were killed in an air strike on Velmora on 3 May 2017." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "An air strike on the market of Velmora on 3 May 2017 killed 19 civilians, the monitor "
        "said. Medics counted the dead in the main hospital of the town until the morning.",
        "Daily Two",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []
    add(
        db,
        "An air strike on Velmora on 3 May 2017 killed more than 40 civilians, the governor "
        "said. Families buried their dead in the cemetery on the hill above the old town.",
        "Gazette Three",
        "c.txt",
    )
    [differ] = entry_of(timeline.run(db, "Velmora")).disagreements
    assert differ.summary() == (
        "Wire One: at least 12 civilians killed · Daily Two: 19 civilians killed · "
        "Gazette Three: more than 40 civilians killed"
    )


def test_two_attacks_told_in_one_sentence_each_keep_their_own_figure(db):
    add(
        db,
        "Air raids are common, but the barrage on 3 May 2017 answered rocket attacks by the "
        "Ostrak Front which killed 10 people in Velmora." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "At least 45 people were killed in air strikes on Velmora on 3 May 2017 after rebels "
        "fired mortars at the town. Medics counted the dead in the main hospital until morning.",
        "Daily Two",
        "b.txt",
    )
    assert entry_of(timeline.run(db, "Velmora")).disagreements == []
