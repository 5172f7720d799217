"""The entry judge: the features it reads of a report, its threshold, and how the timeline's
entries use it (a date whose reports it refuses gives way to the next date, and the dates passed
over come back when the timeline would otherwise be shorter than the rules alone make it)."""

from commands import entry_judge
from commands.entry_judge import FEATURES, Judge, Report, features
from commands.timeline_entries import dated_entries, likeness_by_report
from store.events import EventRow
from tests.commands.ingested import add
from text.tokens import terms


def report(text, named_at=0, date="2017-10-20", published="2017-10-21", said="on Friday"):
    return Report(text, date, "relative", published, 0, named_at, 1, 1, 0.0, said)


def test_features_read_where_the_sentence_names_the_subject_and_how_it_tells_its_date():
    own = features(report("Rebels of the Tarn Front took Veshnar on Friday.", named_at=15))
    assert own["named"] == own["named_first"] == own["same_clause"] == 1.0
    assert own["long"] == own["quote"] == own["ahead"] == 0.0 and own["day"] == 1.0
    # the subject named after the first comma, in another clause than the date's words
    aside = "The council met on Friday, and later, when the Tarn Front had left, it voted."
    late = features(report(aside, named_at=aside.index("Tarn")))
    assert late["named_first"] == late["same_clause"] == 0.0 and late["named"] == 1.0
    assert features(report(aside, named_at=-1))["named"] == 0.0
    # more than fifty words: two sentences run together by the page
    assert features(report("The convoy moved on Friday " + "and then waited " * 20))["long"] == 1.0
    # a day lying days after the page that tells it
    assert features(report("It will reopen on Friday.", published="2017-10-10"))["ahead"] == 1.0
    assert features(report('"We will hold," he said on Friday.'))["quote"] == 1.0


def quotes_refused() -> Judge:
    """A judge for the tests: a sentence holding quotation marks is refused, any other kept."""
    weights = dict.fromkeys(FEATURES, 0.0) | {"quote": -10.0}
    return Judge(weights, 5.0, 0.5)


def test_a_report_is_refused_below_the_judges_threshold():
    judge = quotes_refused()
    assert judge.refuses(report('"We will hold," the Tarn Front said on Friday.'))
    assert not judge.refuses(report("The Tarn Front held the bridge on Friday."))
    assert judge.probability(report("The Tarn Front held the bridge on Friday.")) > 0.99


def test_the_shipped_judge_weighs_every_feature():
    judge = entry_judge.shipped()
    assert set(judge.weights) == set(FEATURES) and 0 < judge.threshold < 1


def dated(id, article, text, date):
    return EventRow(id, article, None, 0, len(text), date, "day", "explicit", date, text)


def test_a_date_whose_reports_the_judge_refuses_gives_way_to_the_next_date(db):
    texts = [
        '"We will never leave," the Tarn Front told Veshnar radio on 20 October 2017.',
        "The Tarn Front shelled the Veshnar bridge on 22 October 2017.",
        "The Tarn Front withdrew from Veshnar on 25 October 2017.",
    ]
    dates = ["2017-10-20", "2017-10-22", "2017-10-25"]
    events = [
        dated(10 + i, add(db, t, "2017-10-26", "Wire", f"{i}.txt").id, t, d)
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    ]
    names = ("Tarn Front",)

    def told(want, judge=None, final=True):
        entries = dated_entries(
            db, dates, events, {}, {}, want, (), names, judge=judge, final=final
        )
        return [e.date for e in entries]

    assert told(2) == ["2017-10-20", "2017-10-22"]  # the rules alone
    assert told(2, quotes_refused()) == ["2017-10-22", "2017-10-25"]
    # more dates may come: the date passed over is not told yet
    assert told(3, quotes_refused(), final=False) == ["2017-10-22", "2017-10-25"]
    # none will: it fills the timeline back to the rules' length, with the rules' report
    assert told(3, quotes_refused()) == ["2017-10-22", "2017-10-25", "2017-10-20"]
    assert told(3) == dates


def test_within_a_date_the_judge_passes_over_a_report_it_refuses_for_the_next(db):
    quoted = 'Fighters of the Tarn Front took the "old bridge" of Veshnar on 20 October 2017.'
    plain = "Fighters of the Tarn Front took the old bridge of Veshnar on 20 October 2017."
    a = add(db, quoted, "2017-10-21", "Wire A", "a.txt")
    b = add(db, plain, "2017-10-21", "Wire B", "b.txt")
    events = [dated(1, a.id, quoted, "2017-10-20"), dated(2, b.id, plain, "2017-10-20")]
    names = ("Tarn Front",)
    rules = dated_entries(db, ["2017-10-20"], events, {}, {}, 5, (), names)
    assert [e.text for e in rules] == [quoted]
    judged = dated_entries(db, ["2017-10-20"], events, {}, {}, 5, (), names, judge=quotes_refused())
    assert [e.text for e in judged] == [plain]
    # both reports are still its sources
    assert {c.id for c, _ in judged[0].sources} == {a.id, b.id}


def test_the_judge_reads_its_costly_features_only_when_the_others_leave_it_open():
    judge = entry_judge.shipped()
    texts = [
        "The Tarn Front took Veshnar on Friday.",
        "It said on Friday that the talks, which began in May, had failed and would not resume.",
        '"We will hold," a commander said on Friday, as shelling went on across the valley.',
        "On Friday, after weeks of talks, the council of Veshnar voted to open the road " * 3,
    ]
    for text in texts:
        for like in (0.0, 0.3, 1.0):
            for named_at in (-1, 0, 9):
                r = Report(text, "2017-10-20", "relative", "2017-10-21", 1, named_at, 2, 2, like)
                # the same answer as the whole score's
                assert judge.refuses(r) == (judge.probability(r) < judge.threshold)
                assert judge.refuses(r, lambda like=like: like) == judge.refuses(r)
    # a score the cheap features settle never reads the likeness
    sure = dict.fromkeys(FEATURES, 0.0) | {"like": 1.0, "leans": -1.0}

    def unread() -> float:
        raise AssertionError("the likeness was read")

    assert not Judge(sure, 5.0, 0.5).refuses(report("The Tarn Front held Veshnar."), unread)
    assert Judge(sure, -5.0, 0.5).refuses(report("The Tarn Front held Veshnar."), unread)
    assert Judge(sure, 0.2, 0.5).refuses(report("It held Veshnar on Friday."), lambda: 0.0)


def test_each_reports_likeness_is_the_judges_figure_computed_once_a_pair():
    texts = [
        (1, "Troops of the Tarn Front shelled Veshnar on Friday."),
        (2, "The Tarn Front shelled Veshnar's market on Friday, killing four."),
        (2, "Four were killed in Veshnar on Friday."),
        (3, "Veshnar was quiet on Friday."),
    ]
    rows = [dated(i + 1, article, text, "2017-10-20") for i, (article, text) in enumerate(texts)]
    likes = likeness_by_report(rows, lambda e: set(terms(e.text)))
    for e in rows:
        others = [set(terms(o.text)) for o in rows if o.article_id != e.article_id]
        assert likes[e.id] == entry_judge.likeness(set(terms(e.text)), others)
    # the two reports of one article are not compared with each other
    assert likes[2] != likes[3] and 0.0 < likes[4] < 1.0
    assert likeness_by_report(rows[:1], lambda e: set(terms(e.text))) == {1: 0.0}
