"""The subject's role in a sentence, the entry judge's candidate feature "aside"
(bench/timeline_judge_role.py), read from shapes only: named in the clause that tells the dated
event, or only aside (in a subordinate or relative clause the date's words lie outside, or as
where another named place lies). Written from the entry audit's dev failures judged "not about
the subject" (bench/timeline_dev_failures_census.jsonl); the names here are invented."""

import re

from bench.timeline_judge_role import aside


def spans(text, *names):
    pattern = "|".join(re.escape(n) for n in names)
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text)]


def is_aside(text, said, *names):
    return aside(text, spans(text, *names), said)


def test_a_name_only_in_a_clause_the_date_lies_outside_is_aside():
    for text, said, name in (
        ("Dask defended his decision on Friday because it removed Orel Vant.", "on Friday", "Vant"),
        ("Two men were held on Monday while fleeing from Kessa for Varnok.", "on Monday", "Varnok"),
        (
            "The writer Ilan Moro, who was travelling with Dorn, flew home on Monday.",
            "on Monday",
            "Dorn",
        ),
        (
            "Rabe called on Sunday for talks, although Vantor has refused them.",
            "on Sunday",
            "Vantor",
        ),
    ):
        assert is_aside(text, said, name), text


def test_a_place_named_as_where_another_place_lies_is_aside():
    for text in (
        "Fighters were massing in the village of Qarsin near Varnok city on Friday.",
        "Shelling hit the town of Tessun Kor north of Varnok on Saturday.",
    ):
        assert is_aside(text, "on Friday", "Varnok"), text


def test_a_name_in_the_clause_telling_the_date_is_not_aside():
    for text, said, name in (
        ("Rebels shelled Varnok on Tuesday.", "on Tuesday", "Varnok"),
        ("Orel Vant said on Friday he would not step down.", "on Friday", "Vant"),
        ("Officials said that Varnok was shelled on Monday.", "on Monday", "Varnok"),
        ("Troops entered the city of Varnok on Sunday.", "on Sunday", "Varnok"),
        # a date word before "near" is no place: the place's own surroundings
        ("Fighting broke out on Tuesday near Varnok.", "on Tuesday", "Varnok"),
        # a clause of time tells the dated event itself
        ("Ten were killed on Sunday when bombs were dropped on Varnok.", "on Sunday", "Varnok"),
        # the date inside the clause: the clause's event is the date's
        ("Lavrov, who visited Varnok on Tuesday, said talks would go on.", "on Tuesday", "Varnok"),
        # the clause closed before the name
        ("Dask, who met Moro, said on Monday that Varnok fell.", "on Monday", "Varnok"),
    ):
        assert not is_aside(text, said, name), text


def test_named_once_in_the_dated_clause_is_enough():
    text = "Vant fled Kessa on Friday, while aides of Vant stayed."
    assert not is_aside(text, "on Friday", "Vant")
    assert is_aside("Aides left on Friday, while Vant stayed.", "on Friday", "Vant")


def test_a_sentence_not_naming_the_subject_is_not_aside():
    assert not aside("Troops left the town on Monday.", [], "on Monday")


def report(text, name, said):
    from commands.entry_judge import Report

    return Report(
        text=text,
        date="2016-06-24",
        date_how="relative",
        published="2016-06-25",
        level=0,
        named_at=text.find(name),
        reports=1,
        articles=1,
        like=0.0,
        date_text=said,
        spelled=re.compile(rf"\b(?:{re.escape(name)})\b"),
    )


def test_the_candidate_feature_reads_every_mention_of_the_report():
    from bench.timeline_judge_sets import aside as candidate

    aside_of = report(
        "Two men were held on Friday while fleeing from Kessa for Varnok.", "Varnok", "on Friday"
    )
    own = report("Kessa police held two men on Friday while they fled.", "Kessa", "on Friday")
    assert candidate(aside_of) == 1.0
    assert candidate(own) == 0.0
