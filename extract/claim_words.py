"""The words of claims.json compiled once: the patterns that find casualty figures, control
of places and attribution of attacks, and the word lists they are read with (extract/claims.py
reads claims with them, extract/sides.py names the sides)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text.data import json_file
from text.tokens import fold


def alternation(phrases) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words. Phrases
    of one length (which cannot both match at one place) are in alphabetical order, so that a
    process writes the same pattern as the last (cli/code_cache.py keeps it compiled)."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@dataclass(frozen=True)
class Lexicon:
    numbers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    qualifier_kind: dict[str, str]
    outcome_of: dict[str, str]
    victim_of: dict[str, str]
    not_victims: frozenset[str]
    generic_tails: frozenset[str]
    party_classes: dict[str, str]
    after_month: re.Pattern[str]
    not_names: frozenset[str]
    casualty_before: re.Pattern[str]
    casualty_after: re.Pattern[str]
    toll: re.Pattern[str]
    control_active: re.Pattern[str]
    control_passive: re.Pattern[str]
    control_adjective: re.Pattern[str]
    responsibility: tuple[tuple[str, re.Pattern[str]], ...]
    held_by: re.Pattern[str]  # "rebel-held": the hint of control_adjective
    # the words one of which each claim kind needs, looked up first: most sentences have none,
    # and the full patterns, which try a name at every word, are then never run
    hints: dict[str, frozenset[str]]
    causes: tuple[tuple[str, re.Pattern[str]], ...]
    not_one_event: re.Pattern[str]
    caption: re.Pattern[str]  # a photograph's caption glued to the text: no claim from it
    scopes: dict[str, re.Pattern[str]]  # "local", "regional": the area a figure counts
    partitive: re.Pattern[str]  # after a figure: "of them", "of the dead" (a part of a toll)
    figure_ends: frozenset[str]  # words after a figure that name no group it counts
    rising: frozenset[str]  # a toll's links that say it rose ("rose to"): a count so far


NAME = (  # a capitalised name, of a side or a place
    r"(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'-]*)"
    r"(?:\s+(?:(?:of|al|el|de|the|and|bin|ibn)\s+)?(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*))*"
)
_AUX = r"(?:(?:has|have|had|reportedly|now|finally|fully|also|later|again|then|since)\s+)*"
# after a place: the end of its name, not a noun it qualifies ("holds Geneva talks")
_PLACE_END = (
    r"(?=\s*(?:[,.;:)”\"'—–]|$)|\s+(?:on|in|from|after|before|and|since|last|this|earlier|"
    r"early|late|for|with|as|by|which|where|when|following|amid|near|during|at|to|over|"
    r"under|until|within|without|overnight|yesterday|today|now|again|later|province|city|town|"
    r"district|dam|airport|base)\b)"
)


@cache
def lexicon() -> Lexicon:
    data = json_file("extract", "claims.json")
    numbers = {k: v for k, v in data["numbers"]["words"].items()}
    vague = {k: tuple(v) for k, v in data["numbers"]["vague"].items() if not k.startswith("_")}
    qualifiers = {q: kind for kind, qs in data["qualifiers"].items() if kind[0] != "_" for q in qs}
    outcomes = {w: o for o, ws in data["outcomes"].items() if o[0] != "_" for w in ws}
    victims = {w: v for v, ws in data["victims"].items() if v[0] != "_" for w in ws}
    tails = frozenset(data["parties"]["generic_tails"])
    number_words = alternation(numbers)
    figure = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{number_words})(?:[- ](?:one|two|three|four|five|"
        rf"six|seven|eight|nine))?)"
    )
    # "between 500 and 1300" is one range, as "500-1300" is
    figure = (
        rf"(?P<fig>between\s+{figure}\s+and\s+{figure}|{figure}(?:\s*(?:-|–|to|or)\s*{figure})?"
        rf"|{alternation(vague)})"
    )
    qual = rf"(?:(?P<qual>{alternation(qualifiers)})\s+)?"
    # words between a figure and its outcome: the victims ("Syrian soldiers"), never a verb or
    # a word that ends them ("six people and injured ten": the six are not the injured)
    ends = (
        r"were|was|have|had|are|is|been|and|or|in|on|at|after|from|who|which|that|when|while|as|by"
    )
    mid = rf"(?P<mid>(?:\s+(?!(?:{ends})\b)[\w’'-]+){{0,3}}?)"
    be = r"(?:\s+(?:were|was|have|had|are|is|been|being|reportedly|also|confirmed|reported))*"
    before = re.compile(
        rf"\b{qual}{figure}(?:\s+of(?:\s+the)?)?{mid}{be}\s+(?P<out>{alternation(outcomes)})\b",
        re.I,
    )
    verbs = data["verbs_before_figure"]
    verb_of = {v: o for o, vs in verbs.items() if o[0] != "_" for v in vs}
    after = re.compile(
        rf"\b(?P<verb>{alternation(verb_of)})\s+{qual}{figure}"
        rf"(?P<tail>(?:\s+(?:of\s+)?[\w’'-]+){{0,3}})",
        re.I,
    )
    tolls = data["tolls"]
    toll_of = {t: o for o, ts in tolls.items() if o in ("killed", "wounded") for t in ts}
    toll = re.compile(
        rf"\b(?P<toll>{alternation(toll_of)})\b(?:\s+[\w’'-]+){{0,14}}?\s+"
        rf"(?P<link>{alternation(tolls['links'])})\s+{qual}{figure}",
        re.I,
    )
    control = data["control"]
    heads = alternation(control["place_heads"])
    place = rf"(?:the\s+)?(?:(?:{heads})\s+of\s+)?(?P<place>{NAME}){_PLACE_END}"
    party = rf"(?P<party>{NAME}(?:\s+(?:{alternation(tails)}))?)"
    active = re.compile(rf"{party}\s+{_AUX}(?:{alternation(control['active'])})\s+{place}")
    passive = re.compile(
        rf"(?:the\s+)?(?:(?:{heads})\s+of\s+)?(?P<place>{NAME})\s+{_AUX}"
        rf"(?:{alternation(control['passive'])})\s+(?:the\s+)?{party}"
    )
    adjective = re.compile(
        rf"\b(?P<party>{NAME}|[a-z]+)[-–](?:held|controlled|run|occupied)\s+{place}"
    )
    resp = data["responsibility"]
    responsibility = (
        (
            "claimed",
            re.compile(rf"{party}\s+{_AUX}(?:{alternation(resp['claimed_after_party'])})\b"),
        ),
        (
            "claimed",
            re.compile(rf"\b(?:{alternation(resp['claimed_by_party'])})\s+(?:the\s+)?{party}"),
        ),
        (
            "blamed",
            re.compile(
                rf"\b(?:{alternation(resp['blamed_party_after'])})\s+(?:the\s+)?{party}"
                rf"(?=\s+(?:for\b|of\s+(?:carrying|staging|orchestrating|being|launching|"
                rf"the\s+(?:attack|bombing|strike|blast|massacre))))"
            ),
        ),
        (
            "blamed",
            re.compile(
                rf"\b(?:blamed|pinned)\s+(?:the|an|this|that)\s+(?:\w+\s+){{0,2}}?"
                rf"(?:attack|bombing|blast|strike|massacre|killings?)\s+on\s+(?:the\s+)?{party}"
            ),
        ),
        (
            "blamed",
            re.compile(rf"{party}\s+{_AUX}(?:{alternation(resp['blamed_party_before'])})\b"),
        ),
    )
    classes = data["parties"]["classes"]
    return Lexicon(
        numbers,
        vague,  # type: ignore[arg-type]
        qualifiers,
        {**outcomes, **verb_of, **toll_of},
        victims,
        frozenset(data["not_victims"]["words"]),
        tails,
        {w: c for c, ws in classes.items() if c[0] != "_" for w in ws},
        re.compile(rf"\b(?:{alternation(data['numbers']['months'])})\.?\s*$", re.I),
        frozenset(data["parties"]["not_names"]["words"]),
        before,
        after,
        toll,
        active,
        passive,
        adjective,
        responsibility,
        re.compile(r"[-–](?:held|controlled|run|occupied)\b"),
        {
            "casualties": _key_words([*outcomes, *verb_of, *toll_of]),
            "control": _key_words([*control["active"], *control["passive"]]),
            "responsibility": _key_words(
                [*resp["claimed_after_party"], *resp["claimed_by_party"]]
                + [*resp["blamed_party_after"], *resp["blamed_party_before"], "claimed", "claim"]
            ),
        },
        tuple(
            (cause, re.compile(rf"\b(?:{alternation(words)})\b", re.I))
            for cause, words in data["causes"].items()
            if cause[0] != "_"
        ),
        re.compile(
            "|".join(
                [
                    rf"\b(?:{alternation(data['not_one_event']['phrases'])})\b",
                    *data["not_one_event"]["patterns"],
                ]
            ),
            re.I,
        ),
        re.compile("|".join(data["captions"]["patterns"]), re.I),
        {
            scope: re.compile(rf"\b(?:{alternation(words)})\b", re.I)
            for scope, words in data["scopes"].items()
            if scope[0] != "_"
        },
        re.compile("|".join(data["partitives"]["patterns"]), re.I),
        frozenset(data["figure_ends"]["words"]),
        frozenset(key(link) for link in tolls["rising"]),
    )


_WORDS = re.compile(r"[a-z]+")


def _key_words(phrases: list[str]) -> frozenset[str]:
    """The longest word of each phrase, in lower case ("was captured by" -> "captured"): a
    sentence saying the phrase holds it, and few other sentences do."""
    return frozenset(max(_WORDS.findall(p.lower()), key=len) for p in phrases)


def sentence_words(sentence: str) -> frozenset[str]:
    """The lower-case words of a sentence, to look the hints up in."""
    return frozenset(_WORDS.findall(sentence.lower()))


def key(phrase: str) -> str:
    return " ".join(fold(phrase).lower().split())
