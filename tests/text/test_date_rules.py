"""Every rule of text/dates/rules.txt finds and resolves its own EXAMPLE lines, and the tables
of lexicon.json are complete: each phrase the scanner can find has its number."""

from __future__ import annotations

import pytest

from text.dates import tag_dates
from text.dates.lexicon import deictic_offsets, relative_counts
from text.dates.points import parse_published
from text.dates.rules import Example, rules
from text.dates.scan import scan

EXAMPLES = [(rule.name, example) for rule in rules() for example in rule.examples]


def test_every_rule_has_an_example() -> None:
    assert {name for name, _ in EXAMPLES} == {rule.name for rule in rules()}


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{name}:{e.mention}" for name, e in EXAMPLES]
)
def test_rule_examples(rule: str, example: Example) -> None:
    mentions = {(m.text, m.value) for m in tag_dates(example.sentence, example.published)}
    assert (example.mention, example.value) in mentions
    kinds = {
        example.sentence[f.start : f.end]: f.kind
        for f in scan(example.sentence, parse_published(example.published))
    }
    assert kinds[example.mention] == rule  # found by this rule, not by another


@pytest.mark.parametrize("phrase", sorted(deictic_offsets()))
def test_every_deictic_phrase_resolves(phrase: str) -> None:
    text = f"The convoy was stopped {phrase}."
    [mention] = tag_dates(text, "2017-08-10")
    assert mention.text == phrase and mention.value is not None


@pytest.mark.parametrize("word", sorted(relative_counts()))
def test_every_relative_word_counts(word: str) -> None:
    """Forward counts from publication, anaphoric ones ("the same year") from 3 May 2015."""
    mentions = tag_dates(f"After 3 May 2015, the {word} year was hard.", "2017-08-10")
    [year] = [m for m in mentions if m.text.endswith(f"{word} year")]
    assert year.value is not None and year.value.startswith(
        ("2014", "2015", "2016", "2017", "2018")
    )
