"""A speaker's words dated by the event they tell, not the day told (written from the eighteenth
set of unseen subjects' failures, bench/timeline_audit.json unseen_18): a speaker named by a
spelling the store has seen, a telling by "told", and the speaker named after what is told."""

from commands.timeline_entries import dated_by_what_it_says, representative
from store.events import EventRow

PAGE = "2011-08-10"  # a Wednesday
NAMES = ("Orvan Dalek", "Dalek")


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_speakers_words_dated_by_the_event_they_tell_tell_no_date_of_the_speakers():
    told = [
        # told, not said
        dated(1, "Monitor head Orvan Dalek told reporters that rebels had seized the hill on "
              "Sunday.", "on Sunday", "2011-08-07"),
        # a quotation opening the sentence, its speaker after it
        dated(2, '"From 2 August to date the air force stepped up its raids on the valley," said '
              "monitor head Orvan Dalek.", "2 August", "2011-08-02", "explicit"),
        dated(3, '"There has been fierce shelling since yesterday and 40 were wounded," Dalek '
              "said.", "yesterday", "2011-08-09"),
        # what is told first, its speaker last, unquoted
        dated(4, "Nine civilians were killed in Sabrin on Monday, monitor head Orvan Dalek said.",
              "on Monday", "2011-08-08"),
        dated(5, "At least 40 fighters have died in Sabrin since August 1 according to Dalek.",
              "August 1", "2011-08-01", "explicit"),
    ]  # fmt: skip
    for e in told:
        assert dated_by_what_it_says(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) is None, e.text


def test_a_spelling_the_store_has_seen_names_the_speaker():
    e = dated(6, "Orvan Dalekov, head of the monitor, said on Tuesday that clashes in Sabrin "
              "started on Sunday.", "on Sunday", "2011-08-07")  # fmt: skip
    assert not dated_by_what_it_says(e, NAMES, PAGE)
    assert dated_by_what_it_says(e, (*NAMES, "Orvan Dalekov"), PAGE)
    assert representative([e], {}, names=NAMES, published=lambda _: PAGE) == e
    assert (
        representative([e], {}, names=NAMES, published=lambda _: PAGE, seen=("Orvan Dalekov",))
        is None
    )


def test_the_speakers_own_act_or_day_stays():
    own = [
        # the speaker's own act, in the first person
        dated(7, '"We withdrew from Sabrin on Monday," Dalek said.', "on Monday", "2011-08-08"),
        dated(8, "Our convoy left Sabrin on Monday, Orvan Dalek said.", "on Monday", "2011-08-08"),
        # the speaker acts, no telling
        dated(9, "Orvan Dalek met the envoy in Sabrin on Saturday.", "on Saturday", "2011-08-06"),
        # the telling's own day, right after its verb
        dated(10, "Orvan Dalek told reporters on Monday that the talks had failed.", "on Monday",
              "2011-08-08"),
        # the page's own day
        dated(11, '"Nine were killed today," said Orvan Dalek.', "today", "2011-08-10"),
        # the subject named in what is told: its own act
        dated(12, "Dalek's guards left Sabrin on Monday, Orvan Dalek said.", "on Monday",
              "2011-08-08"),
        # the speaker is another
        dated(13, "Orvan Dalek resigned on Monday, his spokesman said.", "on Monday",
              "2011-08-08"),
        # the speaker's words go on after the verb: a clause of their own
        dated(14, "The town fell on Monday, and Dalek said that he would resign.", "on Monday",
              "2011-08-08"),
    ]  # fmt: skip
    for e in own:
        assert not dated_by_what_it_says(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) == e, e.text


def test_a_name_beside_the_telling_but_not_the_speaker_stays():
    names = ("Orsk Pact", "OP")
    others = [
        # the subject names another's role: the commissioner speaks, not the Pact
        dated(15, "The council is to meet drug makers tomorrow to discuss a vaccine, the OP "
              "health commissioner, Ilse Marr, said in Velm.", "tomorrow", "2011-08-11"),
        # a reporting word after the subject's name, not its telling
        dated(16, "An envoy said Monday that Dalek might be preparing a last stand as a long "
              "Orsk Pact air campaign continues amid reports of rebel advances.", "Monday",
              "2011-08-08"),
        # the subject named in a clause of its own before another's telling
        dated(17, "A deputy was jailed on Monday as Dalek addressed the OP assembly in Velm, "
              "local agencies reported.", "on Monday", "2011-08-08"),
    ]  # fmt: skip
    for e in others:
        assert not dated_by_what_it_says(e, names, PAGE), e.text
