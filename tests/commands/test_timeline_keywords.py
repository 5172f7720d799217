from commands.timeline_keywords import keyword_counts, keyword_entries
from store.articles import EVERYONE
from tests.commands.test_timeline import add

FLOOD = (
    "The Dulen dam burst on 3 March 2017 and flooded the valley. Relief convoys arrived on "
    "5 March 2017.\n\nIn an unrelated report, a market reopened on 9 March 2017."
)


def test_articles_holding_the_keyword_are_about_it(db):
    add(db, FLOOD, "2017-03-06", "Wire A", "a.txt")
    add(db, "A market in the south reopened on 9 March 2017 after repairs.", "2017-03-10")
    counts, events, levels = keyword_counts(db, "dam burst", EVERYONE, "0000", "9999")
    by_date = {c.date: c for c in counts}
    assert by_date["2017-03-03"].named == 1  # the sentence holds the keyword
    assert by_date["2017-03-03"].articles == 1 and "2017-03-09" in by_date
    assert {e.date for e in events} >= {"2017-03-03"}
    assert all(levels[e.id] <= 1 for e in events)
    assert keyword_counts(db, "the", EVERYONE, "0000", "9999") == ([], [], {})  # no terms


def test_keyword_entries_keep_at_most_the_dates_wanted(db):
    add(db, FLOOD, "2017-03-06", "Wire A", "a.txt")
    entries = keyword_entries(db, "dam burst", EVERYONE, "0000", "9999", 1)
    # which of the two dates comes first is the fitted model's call (commands/salience.json)
    assert len(entries) == 1 and entries[0].date in {"2017-03-03", "2017-03-05"}


def test_a_keyword_every_passage_repeats_still_counts_the_dates_of_all_its_articles(
    db, monkeypatch
):
    from commands import timeline_keywords

    for n, day in enumerate((3, 4, 5)):
        add(
            db,
            f"The Dulen dam leaked on {day} March 2017, engineers said. The Dulen dam was "
            "inspected again. The Dulen dam stayed shut.",
            f"2017-03-0{day + 1}",
            f"Wire {n}",
            f"d{n}.txt",
        )
    monkeypatch.setattr(timeline_keywords, "PASSAGE_STEP", 2)  # fewer than the passages
    dates = {c.date for c in keyword_counts(db, "Dulen dam", EVERYONE, "0000", "9999")[0]}
    assert dates == {"2017-03-03", "2017-03-04", "2017-03-05"}
    monkeypatch.setattr(timeline_keywords, "KEYWORD_ARTICLES", 1)  # enough articles: stop
    assert len(keyword_counts(db, "Dulen dam", EVERYONE, "0000", "9999")[0]) == 1


def test_the_short_form_of_a_name_counts_in_the_articles_holding_the_full_name(db):
    add(
        db,
        "The singer Talbot Wrexley gave a concert in London on 2 May 2019, fans said.\n\n"
        "Wrexley left hospital on 9 May 2019, his agent said.",
        "2019-05-10",
        "Wire",
        "w.txt",
    )
    add(db, "Wrexley, a village, held a fete on 11 May 2019.", "2019-05-12", "Wire", "v.txt")

    def dates(short_form):
        events = keyword_counts(db, "Talbot Wrexley", EVERYONE, "0000", "9999", short_form)[1]
        return {e.date for e in events}

    assert dates(None) == {"2019-05-02"}  # the surname's paragraph does not hold the name
    assert dates("Wrexley") == {"2019-05-02", "2019-05-09"}  # not the village's article


def test_same_paragraph_agrees_with_the_paragraphs_of_the_text():
    import bisect
    import itertools

    from commands.timeline_keywords import _same_paragraph
    from text.passages import paragraphs

    texts = [
        "One. Two.\n\nThree.\n \n\tFour. Five.\n\n\n\nSix.",
        "\n\n  Lead in.\n\nNext one.  \n\n",
        "No break at all, only one paragraph. And a second sentence.",
        "A line\nand its continuation.\r\n\r\nA new paragraph.",
    ]
    for text in texts:
        starts = [s for s, _ in paragraphs(text)]
        for one, other in itertools.product(range(len(text)), repeat=2):
            expected = bisect.bisect_right(starts, one) == bisect.bisect_right(starts, other)
            assert _same_paragraph(text, one, other) == expected, (text, one, other)


def test_a_passage_after_the_first_holding_the_keyword_still_lends_it_to_the_next(db):
    from store.articles import passage_spans

    filler = " ".join(["The river rose slowly through the night as crews watched the banks."] * 3)
    article = add(
        db,
        f"Talbot Wrexley opened the Dulen dam. {filler}\n\n"
        f"{filler} Talbot Wrexley inspected the Dulen dam again. "
        "The gates were shut on 4 June 2019, officials said. "
        f"{filler}",
        "2019-06-05",
        "Wire",
        "w.txt",
    )
    spans = passage_spans(db, list(range(1, 50)))
    assert len([p for p, (a, _, _) in spans.items() if a == article.id]) >= 3
    events = keyword_counts(db, "Talbot Wrexley", EVERYONE, "0000", "9999")[1]
    # the sentence does not name him, the passage holding his name in its paragraph does
    assert "2019-06-04" in {e.date for e in events}


def test_the_events_held_for_the_reports_step_are_the_stored_ones(db):
    from store import events as event_store

    add(db, FLOOD, "2017-03-06", "Wire A", "a.txt")
    held: dict = {}
    entries = keyword_entries(db, "dam burst", EVERYONE, "0000", "9999", 5, held=held)
    assert entries and {i for e in entries for i in e.event_ids} <= set(held)
    assert {e.id: e for e in event_store.events_by_id(db, list(held))} == held


KELMAR = (
    "Fighters of the Kelmar Brigade stormed the Varn depot on 3 May 2019, witnesses said. The "
    "Kelmar Brigade withdrew on 5 May 2019.\n\n"
    "A brigade of police reopened the Varn road on 20 May 2019, officials said."
)
# the name's two words, apart: "territory" and "army" are not the "Territorial Army"
APART = (
    "Farmers from Kelmar lost land to a brigade of the army in April. The army shelled Dostov "
    "on 9 May 2019, residents said. The army took Orvel on 12 May 2019."
)


def test_a_name_is_held_only_where_its_words_stand_together(db):
    add(db, APART, "2019-05-13", "Wire B", "b.txt")

    def dates(as_name):
        counts = keyword_counts(db, "Kelmar Brigade", EVERYONE, "0000", "9999", None, as_name)
        return {c.date for c in counts[0]}

    assert "2019-05-09" in dates(False)  # a keyword's words anywhere in a passage
    assert dates(True) == set()


def test_a_discovered_groups_timeline_keeps_to_its_name(db):
    from commands import subjects, timeline

    add(db, KELMAR, "2019-05-21", "Wire A", "a.txt")
    add(db, APART, "2019-05-13", "Wire B", "b.txt")
    group = subjects.best(db, "Kelmar Brigade")
    assert group is not None and timeline.asked_by_name(db, group, "Kelmar Brigade")
    # neither the article holding its words apart nor "A brigade of police" in its own
    dates = {e.date for e in timeline.run(db, "Kelmar Brigade").entries}
    assert dates == {"2019-05-03", "2019-05-05"}
    # "Brigade", an organisation's head word, is no short form of it
    assert timeline.short_form(db, group, "Kelmar Brigade") is None


def test_a_discovered_persons_surname_is_his_short_form(db):
    from commands import subjects, timeline

    add(db, "President Talbot Wrexley said on 2 May 2019 that he would resign.", "2019-05-10")
    person = subjects.best(db, "Talbot Wrexley")
    assert person is not None and timeline.short_form(db, person, "Talbot Wrexley") == "Wrexley"


# an organisation's name written nowhere: "Dostov" in one sentence, "Army units" in the next
DOSTOV = (
    "Shelling hit Dostov on 9 May 2019, residents said. Army units moved into the hills on "
    "12 May 2019."
)


def test_an_organisations_name_the_store_does_not_know_is_held_as_a_name(db):
    from commands import timeline

    add(db, DOSTOV, "2019-05-13", "Wire B", "b.txt")
    answer = timeline.run(db, "Dostov Army")
    # not the army's reports of a passage that names Dostov apart
    assert answer.entries == [] and answer.subject is None
    assert answer.message is not None and "no actor or place called" in answer.message
    # near misses: the words asked as a keyword (not written as a name), or a word that is
    # no organisation's head, are read wherever a passage holds them
    assert {e.date for e in timeline.run(db, "Dostov army").entries} >= {"2019-05-09"}
    assert {e.date for e in timeline.run(db, "Dostov Hills").entries} >= {"2019-05-09"}


RURAL = (
    "Shelling hit Rif Dimashq on 9 May 2019, residents said. Army units moved into the "
    "Damascus Countryside towns on 12 May 2019, the agency said."
)


def test_an_organisations_name_holding_a_places_name_is_not_the_place(db):
    from commands import subjects, timeline

    add(db, RURAL, "2019-05-13", "Wire B", "b.txt")
    # not the province's chronology, whose alias the name begins with
    answer = timeline.run(db, "Damascus Countryside Army")
    assert answer.entries == [] and answer.subject is None
    place = subjects.best(db, "Damascus Countryside Army")
    assert place is not None and place.kind == "place"  # the gazetteer finds the province in it
    assert timeline.names_an_unknown_body(place, "Damascus Countryside Army")
    # near misses: the place asked by its own names keeps its chronology
    for name in ("Damascus Countryside", "Rif Dimashq"):
        assert not timeline.names_an_unknown_body(subjects.best(db, name), name)
        assert {e.date for e in timeline.run(db, name).entries} >= {"2019-05-09"}


def test_an_unknown_organisations_name_is_told_by_its_shape():
    from commands import subjects, timeline

    assert timeline.names_an_unknown_body(None, "Idleb Units")
    assert not timeline.names_an_unknown_body(None, "Idleb")  # one word
    assert not timeline.names_an_unknown_body(None, "idleb units")  # not written as a name
    assert not timeline.names_an_unknown_body(None, "Idleb Dam")  # no organisation's head
    actor = subjects.Subject("actor", "Idleb Army", actor_ids=(1,))
    assert not timeline.names_an_unknown_body(actor, "Idleb Army")  # an actor the store knows
