"""The compiled grammar: named sub-patterns, the rules of rules.txt expanded over them into one
scanner, and the patterns for heads, modifiers and tense.

How it runs fast: a cheap pass finds heads (month and weekday names, year-like numbers,
calendar words); one compiled alternation of any-case word tries then runs only in a short
window around each head (scan.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from text.dates.lexicon import context, lexicon, relative_counts
from text.dates.rules import Rule, rules


def _cased(words: Iterable[str]) -> list[str]:
    """Capitalised and upper-case spellings: month names are proper nouns, "may" is a verb."""
    return [form for w in words for form in (w, w.upper())]


def _any_case(words: Iterable[str]) -> list[str]:
    """Lower, capitalised and upper-case spellings, cheaper to match than (?i:)."""
    return [form for w in words for form in {w, w[:1].upper() + w[1:], w.upper()}]


_CHAR = {" ": r"\s+", "-": r"[-\s]"}  # in phrases: any whitespace; a hyphen or a space


def _trie(words: Iterable[str]) -> str:
    """A regex alternation factored by prefix, so a failing position costs one comparison."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            _CHAR.get(c, re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(root)


def words(*phrases: str | Iterable[str]) -> str:
    """Any-case trie of words or phrases; a space stands for any whitespace."""
    flat = [p for group in phrases for p in ([group] if isinstance(group, str) else group)]
    return _trie(_any_case(flat))


@dataclass(frozen=True)
class Grammar:
    heads: re.Pattern[str]
    scanner: re.Pattern[str]
    modifier: re.Pattern[str]
    of_phrase: re.Pattern[str]
    tense: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int | None]
    rules: Mapping[str, Rule]  # by name; a scanner match's kind is its rule's name


def sub_patterns() -> dict[str, str]:
    """The named sub-patterns rules are written over: {month}, {year}, {day}, ..."""
    lex = lexicon()
    mon_full = _trie(_cased(lex["months"]))
    mon_abbr = _trie(_cased(lex["month_abbreviations"]))
    wd_full = _trie(_cased(lex["weekdays"]))
    wd_abbr = _trie(_cased(lex["weekday_abbreviations"]))
    units, teens, tens = words(lex["year_units"]), words(lex["year_teens"]), words(lex["year_tens"])
    return {
        "month": rf"(?:{mon_full}|{mon_abbr}\.?)(?![A-Za-z])",  # "August", "Aug.", "AUG"
        "month_name": mon_full,
        "weekday": rf"(?:{wd_full}|{wd_abbr}\.?)(?![A-Za-z])",
        "weekday_name": wd_full,
        "season": words(lex["seasons"]),
        "number": words(_numbers(lex)),  # "two", "a couple of", "several"
        "ordinal": words(lex["ordinals"]),
        "year_unit": units,
        "year_teen": teens,
        "year_ten": tens,
        "two_digit_tail": rf"(?:{tens}(?:[-\s]+{units})?|{teens}|{units})",  # "ninety-one"
        "past_or_future": words(lex["past_words"], lex["future_words"]),
        "this_last_next": words("this", "last", "next"),
        "relative_word": words(list(relative_counts())),  # "last", "this coming", "same"
        "year": r"(?:1\d{3}|20\d{2})(?!\d)",
        "day": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "approximately": words(lex["approximations"], lex["count_modifiers"]),
        "quarter_modifier": words(lex["quarter_modifiers"]),
        "decade_word": words(lex["decade_words"]),
        "deictic_day": words(lex["deictic_days"]),
        "reference_word": words(lex["references"]),
    }


def _numbers(lex: dict[str, Any]) -> dict[str, int | None]:
    return {**lex["numbers"], **{v: None for v in lex["vague_numbers"]}}


_SUB_PATTERN = re.compile(r"\{(?:w:(?P<words>[^}]+)|(?P<name>[a-z_]+))\}")
_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def expand(rule: Rule, named: Mapping[str, str]) -> str:
    """The rule's pattern as a regex: sub-patterns filled in, its groups named after the rule
    (group names are shared by the whole alternation, so each rule's get its prefix)."""

    def fill(match: re.Match[str]) -> str:
        if match.group("words"):
            return words(match.group("words").split("|"))
        return named[match.group("name")]

    own_groups = _GROUP.sub(lambda m: f"(?P{m.group(1)}{rule.name}__{m.group(2)}", rule.pattern)
    return _SUB_PATTERN.sub(fill, own_groups)


@cache
def grammar() -> Grammar:
    lex = lexicon()
    months = {k.lower(): v for k, v in {**lex["months"], **lex["month_abbreviations"]}.items()}
    weekdays = {
        k.lower(): v for k, v in {**lex["weekdays"], **lex["weekday_abbreviations"]}.items()
    }
    named = sub_patterns()
    alternatives = "|".join(f"(?P<k_{rule.name}>{expand(rule, named)})" for rule in rules())
    names = _cased(
        [
            *lex["months"],
            *lex["month_abbreviations"],
            *lex["weekdays"],
            *lex["weekday_abbreviations"],
        ]
    )
    starts = {
        phrase.split()[0]
        for key in (
            "start_words",
            "numbers",
            "vague_numbers",
            "references",
            "past_words",
            "future_words",
            "ordinals",
            "seasons",
            "approximations",
            "count_modifiers",
            "deictic_days",
            "quarter_modifiers",
        )
        for phrase in lex[key]
    }
    # No date starts inside a word ("Blast week"), and every date starts with one of a few
    # hundred words: checking both first keeps the scan fast.
    guard = rf"(?=[\d'’]|Q[1-4]|{_trie(names + _any_case(sorted(starts)))}\b)"
    scanner = re.compile(rf"(?<!\w){guard}(?:{alternatives})")
    # Every date expression contains a head: a month or weekday name, a year-like number, a
    # decade, or a calendar word. Heads are cheap to find; the scanner runs only near them.
    head_words = _trie(names + _any_case(lex["head_words"]))
    heads = re.compile(rf"(?<!\w)(?:{head_words}|(?:1\d|20)\d\d(?:['’]?s)?|['’]?\d0s|Q[1-4])(?!\w)")
    modifier = re.compile(
        rf"(?:(?:\b{words('the')}\s+)?\b(?P<mod>{words(lex['modifiers'])})[-\s]+"
        rf"|\b(?P<fiscal>{words('fiscal', 'fiscal year')})\s+|\b(?P<theyear>{words('the year')})\s+"
        rf"|\b(?P<the>[Tt]he)\s+|\b(?P<approx>{words(lex['approximations'])})\s+)$"
    )
    of_phrase = re.compile(
        rf"\b(?:[Tt]he\s+)?(?:very\s+)?(?P<of>{words(lex['of_phrases'])})\s+of\s+$"
    )
    number_values = {k.lower(): v for k, v in _numbers(lex).items()}
    return Grammar(
        heads,
        scanner,
        modifier,
        of_phrase,
        _tense_pattern(),
        months,
        weekdays,
        number_values,
        {rule.name: rule for rule in rules()},
    )


@cache
def weekday_tense_pattern() -> re.Pattern[str]:
    """The tense markers with the cues read for a bare weekday only (context.json)."""
    return _tense_pattern(context()["weekday_future_cues"])


@cache
def month_tense_pattern() -> re.Pattern[str]:
    """The tense markers with the cues read for a yearless month or day+month only
    (context.json's month_future_cues: a scheduled event told in the present)."""
    return _tense_pattern(context()["month_future_cues"])


def _tense_pattern(more_future: Iterable[str] = ()) -> re.Pattern[str]:
    """The nearest tense marker decides: "said he will leave Friday" is future, "fell on
    Friday" past. Regular past tenses are caught by their ending, minus -ed words that are not.
    A match of neither group (a participle after "to be") is no marker: text/dates/context.py
    skips it."""
    cues = context()
    not_past = "|".join(sorted(cues["not_past_tense"]))
    # "is repeated", "will be held", "the refreshed magazine": participles, not past tenses
    not_after_auxiliary = "".join(
        rf"(?<!\b{word}\s)" for word in ("be", "been", "being", "is", "are", "am", "the", "a", "an")
    )
    # "next to the site", "could not be reached": no tense cue starts there
    not_cues = words(cues["not_tense_cues"])
    future = words([*cues["future_cues"], *more_future])
    # "wants to be re-elected", "will be formally opened", "hopes to have been repaired": a
    # participle after an infinitive or a passive future tells no past (the
    # participle_contexts of text/dates/context.json).
    # It is matched whole, hyphenated ("re-elected", "re - elected" as tokenized text writes
    # it) or after an adverb, so that none of its words is taken for a marker; readers skip it
    # (a match of none of "future" and "past").
    participles = words(sorted(cues["past_cues"] - cues["past_cues_not_participles"]))
    participle = (
        rf"(?P<participle>(?:{words(cues['participle_contexts'])})\s+(?:[A-Za-z]+ly\s+)?"
        rf"(?!(?:{future})(?![\w']))(?!(?:{not_past})(?![\w'-]))"
        rf"(?:[A-Za-z]+[ \t]?-[ \t]?)*(?:{participles}|[A-Za-z]{{2,}}ed))"
    )
    return re.compile(
        rf"(?<![\w'])(?!(?:{not_cues})(?![\w']))(?:(?P<future>{future})|{participle}|(?P<past>"
        rf"{words(cues['past_cues'])}|{not_after_auxiliary}"
        rf"(?!(?:{not_past})\b)[A-Za-z]{{2,}}ed(?!\s+by\b)))(?![\w'])"
    )
