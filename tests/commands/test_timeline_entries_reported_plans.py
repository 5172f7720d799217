"""A date after its page closing a clause that a verb of telling in the past reports of an act to
come ("He announced that he was sending Foreign Minister Ahmet Davutoglu to Damascus on Tuesday"
on a page of the Monday): written from the seventeenth unseen set's dev failure (bench/
timeline_audit.json, Ahmet Davutoğlu), on invented names."""

from commands.timeline_entries import representative
from commands.timeline_reports import a_plan, a_reported_plan, entry_sections
from store.events import EventRow

PAGE = "2011-08-08"  # a Monday


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def page(_):
    return PAGE


REPORTED_PLANS = [
    dated(1, "He announced that he was sending Foreign Minister Kelvor Dannet to Veshnar on "
          'Tuesday to deliver a "tough message".', "Tuesday", "2011-08-09"),
    dated(2, "Orvel Tamsin told reporters on Monday that he would travel to Veshnar on Wednesday.",
          "on Wednesday", "2011-08-10"),
    dated(3, "Protesters said Monday that they were organizing a march in Veshnar for Tuesday.",
          "Tuesday", "2011-08-09"),
    dated(4, "The council announced that Kelvor Dannet was to visit Veshnar on 12 August.",
          "12 August", "2011-08-12", "explicit"),
    dated(5, "Orvel Tamsin said Kelvor Dannet was due to arrive in Veshnar on Thursday.",
          "on Thursday", "2011-08-11"),
    # a plan said with "will", reported: the telling is the sentence's act all the same
    dated(6, "Sabrin announced on Sunday that it will open a consulate in Veshnar on Tuesday.",
          "on Tuesday", "2011-08-09"),
]  # fmt: skip


def test_a_plan_a_past_telling_reports_is_no_entry_of_any_subject():
    for e in REPORTED_PLANS:
        assert a_reported_plan(e, PAGE), e.text
        # neither an actor's nor a keyword's nor a place's, not even told last
        assert representative([e], {}, published=page) is None, e.text
        assert representative([e], {}, names=("Kelvor Dannet",), published=page) is None, e.text
        assert representative([e], {}, ("Veshnar",), published=page) is None, e.text
        # the plan carried out has its own report, told instead
        made = dated(9, "Kelvor Dannet met the council in Veshnar on Tuesday.", "on Tuesday",
                     e.date or "")  # fmt: skip
        assert representative([e, made], {}, published=page) == made, e.text


def test_a_plan_done_a_plan_untold_and_an_act_going_on_stay():
    # a plan the sentence says was carried out: its day, after a telling or not
    done = [
        dated(10, "Officials said Kelvor Dannet arrived in Veshnar on Monday.", "on Monday", PAGE),
        dated(11, "Kelvor Dannet arrived in Veshnar on Sunday, officials said.", "on Sunday",
              "2011-08-07"),
        # an act going on on the page's day, told by a past telling
        dated(12, "Activists said troops were shelling Veshnar on Monday.", "on Monday", PAGE),
        # the plan's clause ends before the date: the telling's own day
        dated(13, "Orvel Tamsin said he would resign, officials in Veshnar reported on Tuesday.",
              "on Tuesday", "2011-08-09"),
        # a clause of its own inside the plan's: "that" opens it
        dated(14, "Orvel Tamsin said he would honour the truce that ended on Sunday in Veshnar.",
              "on Sunday", "2011-08-07"),
    ]  # fmt: skip
    for e in done:
        assert not a_reported_plan(e, PAGE), e.text
    for e in done[:3]:
        assert representative([e], {}, published=page) == e, e.text
    # a plan told without a telling, on a page before its day: a_plan's, told last as before
    untold = dated(15, "Kelvor Dannet will travel to Veshnar on Tuesday.", "on Tuesday",
                   "2011-08-09")  # fmt: skip
    assert not a_reported_plan(untold, PAGE) and a_plan(untold, PAGE)
    assert representative([untold], {}, published=page) == untold
    # the same reported plan on a page of its day or after it is not read: the day has come
    assert not a_reported_plan(REPORTED_PLANS[0], "2011-08-09")
    assert not a_reported_plan(REPORTED_PLANS[0], None)
    # a date said as whose a thing is is the thing's
    whose = dated(16, "Orvel Tamsin said he would attend Tuesday's talks in Veshnar.", "Tuesday",
                  "2011-08-09")  # fmt: skip
    assert not a_reported_plan(whose, PAGE)


def test_the_reported_plans_words_are_data():
    sections = entry_sections()
    assert "announced" in sections["a reported plan's telling"]
    assert "would" in sections["a reported plan's future"]
    assert "was" in sections["a reported plan's progressive"]


# the telling after the clause of the plan ("Obama will also travel to Louisiana on Friday, the
# White House said", Timeline17 BP oil spill, Washington Post; "The European Union will open an
# office in Benghazi on Sunday, officials said", Timeline17 Libya, CNN): the same shape, on
# invented names
TRAILING_TELLINGS = [
    dated(20, "Kelvor Dannet will also travel to Veshnar on Tuesday, the Sabrin council said.",
          "on Tuesday", "2011-08-09"),
    dated(21, "Orvel Tamsin is to visit Veshnar on Wednesday to meet the council, officials said.",
          "on Wednesday", "2011-08-10"),
    dated(22, "The Sabrin office is sending a plane to Veshnar on Thursday, the office announced.",
          "on Thursday", "2011-08-11"),
    dated(23, "Kelvor Dannet plans to meet Orvel Tamsin next week, she told the assembly.",
          "next week", "2011-W33"),
    dated(24, "Talks in Veshnar are due to begin on Tuesday, said Orvel Tamsin.", "on Tuesday",
          "2011-08-09"),
]  # fmt: skip


def test_a_plan_a_trailing_telling_reports_is_no_entry_of_any_subject():
    for e in TRAILING_TELLINGS:
        assert a_reported_plan(e, PAGE), e.text
        assert representative([e], {}, published=page) is None, e.text
        assert representative([e], {}, names=("Kelvor Dannet",), published=page) is None, e.text
        assert representative([e], {}, ("Veshnar",), published=page) is None, e.text


def test_a_trailing_telling_of_a_thing_done_a_live_blog_or_a_past_day_stays():
    # a thing done, told after its day: the day's event
    done = dated(30, "Kelvor Dannet arrived in Veshnar on Friday, officials said.", "on Friday",
                 "2011-08-05")  # fmt: skip
    assert not a_reported_plan(done, PAGE)
    assert representative([done], {}, published=page) == done
    # an act going on on the page's day, or a plan on a page of its day: not read
    going = dated(31, "Troops were shelling Veshnar on Monday, activists said.", "on Monday", PAGE)
    assert not a_reported_plan(going, PAGE)
    assert not a_reported_plan(TRAILING_TELLINGS[0], "2011-08-09")
    # the clause of the plan ends before the date: a clause of its own joined by "and"
    joined = dated(32, "Kelvor Dannet will resign, and Orvel Tamsin met him on Tuesday, aides said.",
                   "on Tuesday", "2011-08-09")  # fmt: skip
    assert not a_reported_plan(joined, PAGE)
    # a comma not followed by a telling: a_plan's, told last as before
    untold = dated(33, "Kelvor Dannet will travel to Veshnar on Tuesday, the first visit in years.",
                   "on Tuesday", "2011-08-09")  # fmt: skip
    assert not a_reported_plan(untold, PAGE) and a_plan(untold, PAGE)
    assert representative([untold], {}, published=page) == untold
    # a live blog's later days are read from its stamps: no plan
    blog = TRAILING_TELLINGS[0]
    assert representative([blog], {}, published=page, stamped=lambda _: 1) == blog


# a date said as the label of the noun after it ("to July 10 talks", Timeline17 Syria, Reuters:
# "Syria's government has announced it will invite opposition figures to July 10 talks"): the
# date names the thing, as "Tuesday's talks" does, and is the thing's
LABELS = [
    dated(40, "The council announced it will invite Orvel Tamsin to August 12 talks in Veshnar.",
          "August 12", "2011-08-12", "explicit"),
    dated(41, "Kelvor Dannet said he would campaign hard before the Aug. 14 vote in Veshnar.",
          "Aug. 14", "2011-08-14", "explicit"),
    dated(42, "Sabrin will meet the August 15 deadline set by Veshnar, officials said.",
          "August 15", "2011-08-15", "explicit"),
]  # fmt: skip


def test_a_date_labelling_the_noun_after_it_is_the_things():
    for e in LABELS:
        assert not a_reported_plan(e, PAGE), e.text
        assert representative([e], {}, published=page) == e, e.text
    # one said with "will" is a plan all the same: a_plan's, told last
    assert a_plan(LABELS[0], PAGE)
    # a date closing the clause, a word after it that labels nothing: the plan's day as before
    for text, said in [
        ("The council said it would discuss in Veshnar Tuesday possible sanctions on Sabrin.",
         "Tuesday"),
        ("Orvel Tamsin said Sabrin would test the new well on Tuesday morning.", "on Tuesday"),
    ]:  # fmt: skip
        assert a_reported_plan(dated(43, text, said, "2011-08-09"), PAGE), text


def test_the_nouns_a_date_labels_are_data():
    assert "talks" in entry_sections()["a date's nouns"]
