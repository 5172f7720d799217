"""A factbox's or key-points box's items run into one sentence by a flattened page are no
entry, another report of the date is told instead (the sixteenth unseen set's dev clutter,
bench/timeline_audit.json, docs/QUALITY.md); a prose list and a dash's aside stay."""

from commands.list_dumps import a_list_dump
from commands.timeline_entries import representative
from store.events import EventRow


def dated(id, text, said="Monday", date="2014-03-10"):
    return EventRow(id, id, None, 0, len(text), date, "day", "relative", date, text, said)


def test_a_factboxs_items_run_together_are_no_entry():
    dumps = [
        "* Varn said key targets hit on Monday included: -- two tanks near Orsk -- one storage "
        "depot near Velm -- three rocket launchers south of Kesh -- one command post",
        "Targets struck on Monday were: * a radar near Orsk * two depots in Velm * a bridge",
        "• Shelling in Orsk on Monday • Talks resume in Velm • Strike at the Kesh port",
    ]
    for text in dumps:
        assert a_list_dump(text), text
    factbox = dated(1, dumps[0])
    report = dated(2, "Varn said its aircraft hit two tanks and a depot near Velm on Monday.")
    # the list is no entry, whatever its rank; the date's other report tells it
    assert representative([factbox], {}) is None
    assert representative([factbox, report], {}) is report


def test_a_prose_list_and_a_dashs_aside_stay():
    stays = [
        "Aircraft hit tanks, rocket launchers and a depot near Velm on Monday, Varn said.",
        "President Varn -- in power since 1981 -- said on Monday he would not stand again.",
        "* President Varn -- in power since 1981 -- said on Monday he would not stand again.",
        # a speaker label's colon opens speech, not a list
        "KESH: -- let me ask you -- but then on Monday -- and I -- and I know it",
        # a sentence opening with a dash, an aside's two dashes after it
        "-- The best thing about Orsk -- where the dry land gives up on Monday -- used to be "
        "its quiet.",
        # two items are as often an aside's two dashes
        "Targets hit on Monday included: -- two tanks near Orsk -- one depot near Velm",
    ]
    for text in stays:
        assert not a_list_dump(text), text
        e = dated(1, text)
        assert representative([e], {}) is e, text
