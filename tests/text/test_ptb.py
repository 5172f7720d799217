"""Penn Treebank tokenization restored to ordinary text (text/ptb.py, rules in ptb_rules.txt)."""

import pytest

from text import ptb
from text.clean import clean


def _examples():
    for rule in ptb.rules():
        for before, after in rule.examples:
            yield pytest.param(rule, before, after, id=before[:40])


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in ptb.rules())


@pytest.mark.parametrize("rule, before, after", list(_examples()))
def test_every_rule_does_what_its_example_says(rule, before, after):
    assert rule.pattern.sub(rule.replacement, before) == after


def test_tokenized_text_is_restored_before_cleaning():
    tokenized = (
        "WASHINGTON -LRB- Reuters -RRB- - Syria 's army said on Friday it `` would not "
        "stop '' , and rebels ' positions were hit . \n"
        "They do n't know , and they wo n't say , '' he said . \n"
    )
    assert clean(tokenized) == (
        "WASHINGTON (Reuters) - Syria's army said on Friday it \"would not stop\", and rebels' "
        "positions were hit.\n\nThey don't know, and they won't say,\" he said."
    )


def test_bracket_tokens_leave_names_whole():
    assert clean("Moammar -LRB- Libya -RRB- Gadhafi spoke .") == "Moammar (Libya) Gadhafi spoke."


def test_invented_tokenized_text_is_restored():
    text = "Zorblat 's council , led by Quennic Vay , said it `` will return '' ."
    assert ptb.is_tokenized(text)
    assert ptb.restore(text) == 'Zorblat\'s council, led by Quennic Vay, said it "will return".'


@pytest.mark.parametrize(
    "text",
    [
        "He said 'no' to the plan, and that's it.",
        "The rebels' positions were shelled. The army's reply came at dawn.",
        "Figures rose 5 % on the year , a slip of the keyboard.",  # one slip is not tokenization
    ],
)
def test_ordinary_text_is_unchanged(text):
    assert ptb.restore(text) == text


@pytest.mark.parametrize(
    "pattern, start",
    [
        ("-LRB- ?", "-LRB-"),
        (" -RRB-", " -RRB-"),
        (r"\\/", "\\/"),
        (r"\( +", "("),
        (r"\$ (?=\d)", "$ "),
        ("ab{2}", "a"),
        (r"\d+", ""),
        (" ,(?=\\s|$)", " ,"),  # an alternation inside a group comes after the start
        ("a(?:b|c)d", "a"),
        ("[|]x", ""),
        ("x|y", ""),  # an alternation at the top: nothing known
        ("(x|y)z", ""),
        ("ab[(]|c", ""),
        ("ab\\(|c", ""),
        ("(?i)zz", ""),
    ],
)
def test_the_characters_every_match_of_a_rule_starts_with(pattern, start):
    assert ptb.literal_start(pattern) == start


def test_a_rule_skipped_for_lacking_its_opening_would_have_changed_nothing():
    texts = [before for rule in ptb.rules() for before, _ in rule.examples] + [
        "Orsk -LRB- Varnholt -RRB- said , `` no '' . The -LSB- council -RSB- met \\/ left .",
        "No tokens here at all: (plain) [text] {braces} and $5.",
    ]
    for text in texts:
        for rule in ptb.rules():
            if rule.opening and rule.opening not in text:
                assert rule.pattern.sub(rule.replacement, text) == text, rule.pattern.pattern
