"""Entry rules written from the eighth set of unseen subjects' failures (bench/timeline_audit.json,
unseen_8): a deadline said on or before it, a place's date after its page however said, a month
said as when a thing the sentence counts from began, an actor named only as what another is the
franchise or offshoot of with a nation's adjective of its own, a wire dateline run in after a
headline in capitals, a place named only as where the one who speaks is based, and an actor's
words dated by the day of what they tell."""

from commands.timeline_entries import (
    after_its_page,
    dated_by_what_it_says,
    only_describes_another,
    representative,
    without_run_in_dateline,
)
from commands.timeline_reports import (
    a_deadline,
    a_plan,
    a_reported_plan,
    entry_sections,
    only_a_landmark,
)
from store.events import EventRow

PAGE = "2011-08-28"


def dated(id, text, said, date, how="relative", sort_key=None):
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    first = sort_key or (date if len(date) == 10 else f"{date}-01"[:10])
    return EventRow(id, id, None, 0, len(text), date, precision, how, first, text, said)


def test_a_deadline_said_on_or_before_it_is_no_places_date_and_an_actors_last():
    deadlines = [
        dated(1, "Orvel plans to ship crude from Sabrin by end of September.",
              "end of September", "2011-09"),
        dated(2, '"Work starts soon and by the end of the month we will export from Sabrin," '
              "the spokesman said.", "the end of the month", "2011-08"),
        # on the page's own day
        dated(3, "The envoy will set out proposals by 28 August, the council said.",
              "28 August", "2011-08-28", "explicit"),
    ]  # fmt: skip
    for e in deadlines:
        assert a_deadline(e, PAGE), e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
        # an actor's or a keyword's deadline is often met that day: told when no other report is
        assert representative([e], {}, published=lambda _: PAGE) == e, e.text
        done = dated(9, "Orvel shipped the crude on the day.", "on the day", e.date or "")
        assert representative([e, done], {}, published=lambda _: PAGE) == done, e.text
    kept = [
        # a day already past its page: what was done by then
        dated(4, "Rebels had retaken Sabrin by Friday, the army said.", "Friday", "2011-08-26"),
        # whose the day is
        dated(5, "Ten were killed by Sunday's air strike on Sabrin.", "Sunday", "2011-08-28"),
        # no "by"
        dated(6, "Rebels took Sabrin on Sunday.", "on Sunday", "2011-08-28"),
    ]  # fmt: skip
    for e in kept:
        assert not a_deadline(e, PAGE), e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) == e, e.text


def test_a_places_date_after_its_page_is_a_plan_however_said():
    plans = [
        dated(1, '"Operations will start on September 15 and we will export from Sabrin," the '
              "spokesman said.", "September 15", "2011-09-15"),
        dated(2, "Orvel plans to restart two oil fields near Sabrin in mid-September.",
              "mid-September", "2011-09"),
    ]  # fmt: skip
    for e in plans:
        assert after_its_page(e, PAGE), e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
    # an actor's timeline still tells it, last (a plan that came about is often its day's event)
    actor = plans[0]
    assert representative([actor], {}, names=("Orvel",), published=lambda _: PAGE) == actor
    # the day after the page: within DAYS_AHEAD (a story filed after midnight)
    near = dated(3, "Rebels took Sabrin on Monday.", "on Monday", "2011-08-29")
    assert not after_its_page(near, PAGE)
    assert representative([near], {}, ("Sabrin",), published=lambda _: PAGE) == near
    # a date written with its year is one the text fixes: told as what is to come
    fixed = dated(4, "The vote in Sabrin has now been fixed for 18 November 2011.",
                  "18 November 2011", "2011-11-18", "explicit")  # fmt: skip
    assert not after_its_page(fixed, PAGE)
    assert representative([fixed], {}, ("Sabrin",), published=lambda _: PAGE) == fixed
    # a live blog's stamped entries are read from their stamps: not judged
    assert (
        representative([plans[0]], {}, ("Sabrin",), published=lambda _: PAGE, stamped=lambda _: 1)
        == plans[0]
    )


def test_a_month_said_as_when_what_the_sentence_counts_from_began_is_not_a_places():
    began = dated(1, "The tanker sailed from near Sabrin on Wednesday with the first crude sold "
                  "since the uprising began in February.", "February", "2011-02")  # fmt: skip
    assert representative([began], {}, ("Sabrin",), published=lambda _: PAGE) is None
    own = dated(2, "The uprising in Sabrin began in February.", "February", "2011-02")
    assert representative([own], {}, ("Sabrin",), published=lambda _: PAGE) == own


def test_an_actor_named_only_as_what_another_is_the_franchise_or_offshoot_of():
    names = ("KVP", "Kesh Veshnar Party")
    described = [
        "The OLD the Syrian franchise of the Turkish KVP has held the border towns since July 2012.",
        "Forces dominated by KVP terrorist organizations Syrian offshoot OLDs armed wing took "
        "Mirel in August.",
        "The OLD, an offshoot of the Turkish KVP, took Mirel in August.",
    ]
    for text in described:
        assert only_describes_another(text, names), text
    own = [
        "The KVP and its Syrian branch attacked a post in Mirel on Monday.",
        "KVP fighters attacked a post in Mirel on Monday.",
        "The Turkish KVP attacked a post in Mirel on Monday.",
    ]
    for text in own:
        assert not only_describes_another(text, names), text


def test_a_wire_dateline_after_a_headline_in_capitals_is_not_shown():
    run_in = (
        "AFP 2031 ORLA VESH No Losses Reported Amid Projectile on Sabrin Heights - ODF ORSK "
        "(Sputnik) The militia base was attacked on Sunday in the Sabrin province."
    )
    assert without_run_in_dateline(run_in, "on Sunday") == (
        "The militia base was attacked on Sunday in the Sabrin province."
    )
    # at the sentence's start, and an acronym in brackets that is no outlet, stay
    for text in (
        "ORSK (Sputnik) The militia base was attacked on Sunday in the Sabrin province.",
        "Fighters of the ODF ORSK (OVF) The militia base was attacked on Sunday in Sabrin.",
    ):
        assert without_run_in_dateline(text, "on Sunday") == text


def test_a_place_named_only_as_where_the_speaker_is_based_is_a_landmark():
    based = [
        "The shipments covered the east's needs, Vel Orr, a rebel engineer based in the eastern "
        "coastal city of Sabrin, said in May.",
        "A spokesman based in Sabrin said on Monday the talks had failed.",
    ]
    for text in based:
        assert only_a_landmark(text, ("Sabrin",)), text
    own = "Rebels based in Sabrin shelled the road on Monday, and Sabrin itself was calm."
    assert not only_a_landmark(own, ("Sabrin",))


def test_an_actors_words_dated_by_the_day_of_what_they_tell_tell_no_date_of_its():
    page = "2011-08-08"
    names = ("Orvan Dalek", "Dalek")
    told = [
        # an apposition between the name and the verb; the date in what is said
        dated(1, "Prime Minister Orvan Dalek, who long courted Sabrin but has criticised the "
              "crackdown, said Foreign Minister Ilse Marr would visit Sabrin Tuesday.",
              "Tuesday", "2011-08-09"),
        dated(2, "Envoy Orvan Dalek has said that militants must be behind two car bombs in the "
              "capital on 2 August.", "2 August", "2011-08-02", "explicit"),
        dated(3, "Dalek said he has seen no sign of the truce agreed under the accord, which was "
              "signed August 4.", "August 4", "2011-08-04"),
    ]  # fmt: skip
    for e in told:
        assert dated_by_what_it_says(e, names, page), e.text
        assert representative([e], {}, names=names, published=lambda _: page) is None, e.text
    own = [
        # the date right after the verb: the day it spoke
        dated(4, "Orvan Dalek said on Friday he had offered a guarantee to the rebels.",
              "on Friday", "2011-08-05"),
        # the page's own day
        dated(5, "Dalek said the council has offered important assurances today.", "today",
              "2011-08-08"),
        # what it did itself, or named again in what it says
        dated(6, "Dalek said its jets struck a depot near Sabrin on Tuesday.", "on Tuesday",
              "2011-08-02"),
        dated(7, "Dalek said that Orvan Dalek's guards had left Sabrin on Tuesday.", "on Tuesday",
              "2011-08-02"),
        # no reporting verb: its own act
        dated(8, "Orvan Dalek met the envoy in Sabrin on Tuesday.", "on Tuesday", "2011-08-02"),
    ]  # fmt: skip
    for e in own:
        assert not dated_by_what_it_says(e, names, page), e.text
        assert representative([e], {}, names=names, published=lambda _: page) == e, e.text
    # a place's timeline does not ask it: what is said of the place is its news
    place = dated(9, "Prime Minister Orvan Dalek said Foreign Minister Ilse Marr visited Sabrin "
                  "on Tuesday.", "on Tuesday", "2011-08-02")  # fmt: skip
    assert representative([place], {}, ("Sabrin",), published=lambda _: page) == place
    # the first told, a visit to come after its page that the telling reports, is no entry of
    # the place either (a_reported_plan, tests/commands/test_timeline_entries_reported_plans.py)
    assert representative([told[0]], {}, ("Sabrin",), published=lambda _: page) is None


def test_every_described_by_pattern_holds_one_of_its_cues():
    # only_describes_another searches the patterns only in a sentence holding a cue
    cues = entry_sections()["described by cues"]
    for pattern in entry_sections()["described by"]:
        assert any(cue in pattern.lower() for cue in cues), pattern


def test_a_date_a_future_or_an_intention_governs_is_no_places_date_and_an_actors_last():
    # written from the eleventh set's failures (unseen_11): "will convene a summit Saturday" on
    # the Saturday's page, "we will attack ... tomorrow", "have agreed to meet ... on Saturday"
    plans = [
        dated(1, "President Orvel Tamsin will convene a summit on Sabrin Saturday to look at the "
              "crisis.", "Saturday", PAGE),
        dated(2, '"We are holding Sabrin and we will attack Kelvane tomorrow or the day after."',
              "tomorrow", "2011-08-29"),
        dated(3, "Two parties told reporters Sunday they have agreed to meet in Sabrin on Monday.",
              "Monday", "2011-08-29"),
        # a plan's day said called off, and one in a forecast's clause: no entry of any subject
        # (tests/commands/test_timeline_entries_ultimatums.py, test_timeline_entries_forecasts.py)
        dated(5, "Tamsin chaired the Sabrin talks set for Sunday.", "Sunday", PAGE),
    ]  # fmt: skip
    held = dated(9, "President Orvel Tamsin held a summit on Sabrin on Sunday.", "Sunday", PAGE)
    for e in plans:
        assert a_plan(e, PAGE), e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
        # an actor's plan often came about that day: told when no other report is, and last;
        # one a telling in the past reports ("told reporters Sunday they have agreed to meet")
        # is no entry (a_reported_plan, tests/commands/test_timeline_entries_reported_plans.py)
        alone = None if a_reported_plan(e, PAGE) else e
        assert representative([e], {}, published=lambda _: PAGE) == alone, e.text
        assert representative([e, held], {}, published=lambda _: PAGE) == held, e.text
    assert a_reported_plan(plans[2], PAGE)
    past = [
        # a past date inside the clause is a thing's, not the plan's
        dated(6, "The council will look into the Sabrin raid on Friday.", "Friday", "2011-08-26"),
        dated(7, "Monitors will investigate the attack that hit Sabrin on Sunday.", "Sunday", PAGE),
        dated(8, "Monitors will investigate Sunday's attack on Sabrin.", "Sunday", PAGE),
        # an intention is a plan only after its page: "agreed ... on Sunday" may be the agreeing
        dated(10, "The parties agreed to withdraw from Sabrin on Sunday.", "Sunday", PAGE),
        dated(11, "Orvel agreed to the plan for Sabrin on Monday.", "Monday", "2011-08-29"),
        # the noun, and a question
        dated(12, "The will of Sabrin's people was heard on Sunday.", "Sunday", PAGE),
        dated(13, "Will the truce in Sabrin hold on Monday, residents asked.", "Monday",
              "2011-08-29"),
    ]  # fmt: skip
    for e in past:
        assert not a_plan(e, PAGE), e.text
    assert not a_plan(plans[0], None)  # no page, no plan told apart


def test_the_plan_words_are_data():
    sections = entry_sections()
    assert "will" in sections["future modals"]
    assert "agreed" in sections["intention verbs"]
    assert "planned" in sections["plan words"]


def test_a_plans_clause_ends_at_each_clause_opener_of_the_data():
    openers = entry_sections()["clause openers"]
    assert {"that", "which", "because", "if"} <= set(openers)
    plan = dated(1, "Monitors will visit Sabrin on Sunday.", "Sunday", PAGE)
    assert a_plan(plan, PAGE)
    for word in openers:
        # a clause of its own opened between the modal and the date: the date is its act's
        text = f"Monitors will investigate the attack {word} hit Sabrin on Sunday."
        assert not a_plan(dated(2, text, "Sunday", PAGE), PAGE), text
        reported = f"Tarvel said he would inspect the gate {word} rebels shelled on Friday."
        assert not a_reported_plan(dated(3, reported, "Friday", "2011-08-30"), PAGE), reported
    told = dated(4, "Tarvel said he would inspect the gate of Sabrin on Friday.", "Friday",
                 "2011-08-30")  # fmt: skip
    assert a_reported_plan(told, PAGE)
