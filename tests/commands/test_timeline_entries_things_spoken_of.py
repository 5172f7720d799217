"""A speaker's words whose date says whose a thing they speak of is, right after the verb of
telling ("said Wednesday's attacks would be investigated"): the thing's day, not the telling's
(written from the twentieth set of unseen subjects' failures, bench/timeline_audit.json
unseen_20)."""

from commands.timeline_entries import (
    dated_by_a_thing_it_speaks_of,
    dated_by_what_it_says,
    representative,
)
from store.events import EventRow

PAGE = "2011-08-10"  # a Wednesday
NAMES = ("Orvan Dalek", "Dalek")


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_things_day_in_what_the_speaker_says_tells_no_date_of_the_speakers():
    told = [
        dated(1, "Prime Minister Orvan Dalek said Monday's attacks on the marchers would be "
              "investigated.", "Monday", "2011-08-08"),
        dated(2, "Dalek said the Sunday vote in Sabrin was fair.", "Sunday", "2011-08-07"),
        dated(3, "Dalek announced Tuesday's raids had failed.", "Tuesday", "2011-08-09"),
        dated(4, "Orvan Dalek claims yesterday's shelling killed nine.", "yesterday",
              "2011-08-09"),
    ]  # fmt: skip
    for e in told:
        assert dated_by_a_thing_it_speaks_of(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) is None, e.text


def test_an_announcement_is_not_dated_by_what_it_announces():
    told = [
        dated(15, "Orvan Dalek called reporters to announce that the envoy will be released "
              "Monday.", "Monday", "2011-08-15"),
        dated(16, "Orvan Dalek announced that the envoy had been released on Monday.",
              "on Monday", "2011-08-08"),
    ]  # fmt: skip
    for e in told:
        assert dated_by_what_it_says(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) is None, e.text


def test_an_announcements_own_day_or_act_stays():
    stays = [
        # the announcing's own day, right after its verb
        dated(17, "Orvan Dalek announced on Monday that the envoy had been released.",
              "on Monday", "2011-08-08"),
        # what is announced, no clause of its own: the subject's act
        dated(18, "Orvan Dalek announced his resignation on Monday.", "on Monday", "2011-08-08"),
        # the page's own day
        dated(19, "Dalek announced that the envoy will be released today.", "today", PAGE),
    ]  # fmt: skip
    for e in stays:
        assert not dated_by_what_it_says(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) == e, e.text


def test_a_spelling_the_store_has_seen_names_the_speaker():
    e = dated(5, "Orvan Dalekov said Monday's raids were a crime.", "Monday", "2011-08-08")
    assert not dated_by_a_thing_it_speaks_of(e, NAMES, PAGE)
    assert (
        representative([e], {}, names=NAMES, published=lambda _: PAGE, seen=("Orvan Dalekov",))
        is None
    )


def test_the_telling_s_own_day_or_occasion_stays():
    stays = [
        # the telling's own day, right after its verb
        dated(6, "Orvan Dalek said Monday he had offered talks.", "Monday", "2011-08-08"),
        # the telling's occasion: after a preposition, or whom "told" tells
        dated(7, "Dalek said at Monday's rally that the talks had failed.", "Monday",
              "2011-08-08"),
        dated(8, "Dalek told Monday's rally that the talks had failed.", "Monday", "2011-08-08"),
        # the page's own day
        dated(9, "Dalek said Wednesday's talks had failed.", "Wednesday", "2011-08-10"),
        # a thing of the speaker's own
        dated(10, "Dalek said Monday's raid by their jets was a success.", "Monday",
              "2011-08-08"),
        # the speaker is another: the subject's act, the date its own
        dated(11, "Orvan Dalek's forces stormed Sabrin on Monday, the army said.", "on Monday",
              "2011-08-08"),
        # the subject acts on the thing's day, no telling before the date
        dated(12, "Orvan Dalek attended Monday's funeral in Sabrin.", "Monday", "2011-08-08"),
        # the date not right after the verb: what is said before it
        dated(13, "Dalek said nine marchers died in Monday's attacks.", "Monday", "2011-08-08"),
    ]  # fmt: skip
    for e in stays:
        assert not dated_by_a_thing_it_speaks_of(e, NAMES, PAGE), e.text
        assert representative([e], {}, names=NAMES, published=lambda _: PAGE) == e, e.text


def test_a_place_or_keyword_timeline_is_not_asked():
    e = dated(14, "Dalek said Monday's attacks in Sabrin would be investigated.", "Monday",
              "2011-08-08")  # fmt: skip
    assert representative([e], {}, place_names=("Sabrin",), published=lambda _: PAGE) == e
    assert representative([e], {}, published=lambda _: PAGE) == e


def test_another_speakers_telling_after_the_subjects_name_keeps_the_entry():
    # the attacks may be the subject's own: the telling is another's, in a clause of its own
    stays = [
        dated(20, "Orvan Dalek's troops shelled Sabrin and officials said Monday's attacks "
              "killed nine.", "Monday", "2011-08-08"),
        dated(21, "Dalek's forces advanced on Sabrin; the army said Monday's attacks had "
              "failed.", "Monday", "2011-08-08"),
    ]  # fmt: skip
    for e in stays:
        assert not dated_by_a_thing_it_speaks_of(e, NAMES, PAGE), e.text
    # a clause about the subject, closed by a comma before its verb, leaves the subject speaking
    refused = dated(
        22,
        "Dalek, who met the envoys but refused their terms, said Monday's attacks would be "
        "investigated.",
        "Monday",
        "2011-08-08",
    )
    assert dated_by_a_thing_it_speaks_of(refused, NAMES, PAGE)


def test_a_speaker_of_the_subjects_own_keeps_the_entry():
    # the speaker is one of the subject's own (its name owns or qualifies the speaker's noun):
    # the thing spoken of may be the subject's own act, its day the subject's
    army = ("Tarnish Army", "Tarnish military")
    stays = [
        (dated(30, "Tarnish military officials said Monday's strikes had halted the advance.",
               "Monday", "2011-08-08"), army),
        (dated(31, "Orvan Dalek's senior commanders said Monday's raids had broken the siege.",
               "Monday", "2011-08-08"), NAMES),
        (dated(32, "The Tarnish Army's spokesman said the Monday assault had taken the ridge.",
               "Monday", "2011-08-08"), army),
    ]  # fmt: skip
    for e, names in stays:
        assert not dated_by_a_thing_it_speaks_of(e, names, PAGE), e.text
        assert representative([e], {}, names=names, published=lambda _: PAGE) == e, e.text


def test_another_the_subjects_name_qualifies_or_a_clause_about_it_is_no_speaker_of_its_own():
    refused = [
        # the name owns others than its members: their words are no act of the subject's
        dated(33, "Orvan Dalek's rivals said Monday's attacks would be investigated.", "Monday",
              "2011-08-08"),
        # the subject speaks of its officials: the speaker is the subject
        dated(34, "Dalek, meeting the officials, said Monday's attacks would be investigated.",
              "Monday", "2011-08-08"),
        # a clause about the subject, its officials in it, closed by a comma before the verb
        dated(35, "Dalek, whose officials met the envoys, said Monday's attacks would be "
              "investigated.", "Monday", "2011-08-08"),
        # more words between than a noun's qualifiers
        dated(36, "Dalek on his visit to the front with officials said Monday's attacks would "
              "be investigated.", "Monday", "2011-08-08"),
    ]  # fmt: skip
    for e in refused:
        assert dated_by_a_thing_it_speaks_of(e, NAMES, PAGE), e.text
