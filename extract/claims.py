"""Claims a sentence makes that other reports can contradict: a casualty figure ("at least 12
civilians were killed"), who controls a place ("Kurdish forces captured Tabqa"), and who
carried out an attack ("Islamic State claimed responsibility", "blamed the Nusra Front for").

Claims are read from the sentence alone, with the words of claims.json; a figure keeps the
range its wording allows ("about a dozen" is 10-14, "dozens" 24-99), so that two figures are
compared beyond rounding. A side is named as written and, when the actor catalogue knows the
name, by its catalogue key, so "IS" and "Islamic State" are one side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.claim_words import Lexicon, key, lexicon, sentence_words
from extract.sides import as_written, party_key_of

KINDS = ("casualties", "control", "responsibility")
YEARS = range(1900, 2100)  # a bare figure in this range after a verb is a year, not a toll


@dataclass(frozen=True)
class Claim:
    """One claim: kind, what it is about (topic: "killed:civilians", a place, "attack"), its
    value as a reader would say it, and the span of the sentence that says it."""

    kind: str
    topic: str
    said: str
    start: int
    end: int
    low: int = 0  # a casualty figure's range; both 0 for the other kinds
    high: int = 0
    party: str = ""  # control and responsibility: the side as written
    party_key: str = ""  # its catalogue key or class ("government"), "" when unknown
    causes: tuple[str, ...] = ()  # a figure's kinds of violence named in its sentence ("air")
    scope: str = ""  # the area a figure counts: "local" (a town, a site), "regional", "" unsaid
    day: str = ""  # a date claim's ISO day
    # "at least 12", "more than 100": a lower bound, which any larger figure agrees with (a
    # later count of the same dead, not another count)
    at_least: bool = False

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "topic": self.topic, "said": self.said}
        if self.kind == "casualties":
            out["low"], out["high"] = self.low, self.high
        elif self.kind == "date":
            out["date"] = self.day
        else:
            out["party"] = self.party
        return out


def _number(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """The range a figure's words allow: "12" is 12-12, "two or three" 2-3, "dozens" 24-99."""
    text = key(text)
    if text.startswith("between "):
        first, _, last = text.removeprefix("between ").partition(" and ")
        low, high = _number(first, lex), _number(last, lex)
        return (low[0], high[1]) if low and high and low[0] <= high[1] else None
    if text in lex.vague:
        return lex.vague[text]
    parts = re.split(r"\s*(?:-|–|\bto\b|\bor\b)\s*", text)
    if len(parts) == 2 and all(parts) and text.split("-")[0] not in lex.numbers:
        low, high = _number(parts[0], lex), _number(parts[1], lex)
        if low and high and low[0] <= high[1]:
            return low[0], high[1]
        if not (low and high):
            return None
    if text in lex.numbers:
        return lex.numbers[text], lex.numbers[text]
    digits = text.replace(",", "")
    if digits.isdigit():
        return int(digits), int(digits)
    tens, _, unit = text.replace(" ", "-").partition("-")
    value = lex.numbers.get(text) or lex.numbers.get(tens)
    if value is None:
        return None
    if unit:
        extra = lex.numbers.get(unit)
        if extra is None or extra >= 10:
            return None
        value += extra
    return value, value


def _hedged(figure: tuple[int, int], qualifier: str | None, lex: Lexicon) -> tuple[int, int]:
    """A figure with its hedge: "at least 100" and "about 100" stand for any figure their
    rounding allows (a round figure: a tenth either way); "at least 12" stays 12 (and is a
    lower bound: Claim.at_least)."""
    low, high = figure
    kind = lex.qualifier_kind.get(key(qualifier)) if qualifier else None
    slack = max(1, round(high * 0.1)) if high >= 20 and high % 10 == 0 else 0
    if kind == "approximate":
        slack = max(slack, 2 if high >= 10 else 1)
        return max(0, low - slack), high + slack
    if kind == "at_least":
        return low, high + slack
    if kind == "at_most":
        return max(0, low - slack), high
    return low, high


def _victims(words: str, lex: Lexicon, named: bool = False) -> str | None:
    """The victim class named among the words after a figure ("Syrian soldiers"); "" for
    none, None when the figure counts something else ("12 years"). named: the words directly
    follow the figure, so a word there that is neither a class nor one of figure_ends names
    a group the classes do not know ("killing three medics"): None, as its count is no toll
    of everyone the event killed."""
    tokens = key(words).split()
    if tokens and tokens[0] in lex.not_victims:
        return None
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            found = lex.victim_of.get(" ".join(tokens[i : i + n]))
            if found:
                return found
    first = re.match(r"\s*([A-Za-z][\w’'-]*)", words)
    if named and first and key(first.group(1)) not in lex.figure_ends:
        return None
    return ""


def _casualty(
    sentence: str, match: re.Match[str], outcome: str, victims: str, lex: Lexicon
) -> Claim | None:
    figure = _number(match.group("fig"), lex)
    if figure is None or figure[1] == 0:
        return None
    if lex.partitive.search(sentence[match.end("fig") :]):
        return None  # "two of them children", "14 of the dead": a part of a toll
    qual = match.group("qual")
    if not qual and lex.after_month.search(sentence, 0, match.start("fig")):
        return None  # "on August 21 killed 1,400": a day of the month, not a toll
    if figure[0] == figure[1] and figure[0] in YEARS and not qual and not victims:
        return None
    low, high = _hedged(figure, qual, lex)
    noun = "people" if victims in ("", "people") else victims
    said = " ".join(
        p
        for p in (qual and qual.lower(), match.group("fig"), noun if victims else "", outcome)
        if p
    )
    topic = f"{outcome}:{'people' if victims in ('', 'people') else victims}"
    bound = bool(qual) and lex.qualifier_kind.get(key(qual)) == "at_least"
    return Claim("casualties", topic, said, match.start(), match.end(), low, high, at_least=bound)


def causes(sentence: str) -> tuple[str, ...]:
    """The kinds of violence a sentence names (claims.json "causes"), in the file's order."""
    return tuple(cause for cause, pattern in lexicon().causes if pattern.search(sentence))


def causes_of(sentence: str, claim: Claim) -> tuple[str, ...]:
    """The kinds of violence named nearest a figure: a sentence may name two attacks ("rebel
    rockets killed 10 ... after air strikes"), and each figure is of the one told next to it.
    Every kind named at the least distance (in characters, 0 inside the figure's words)."""
    distance: dict[str, int] = {}
    for cause, pattern in lexicon().causes:
        for m in pattern.finditer(sentence):
            gap = max(0, claim.start - m.end(), m.start() - claim.end)
            distance[cause] = min(distance.get(cause, gap), gap)
    if not distance:
        return ()
    nearest = min(distance.values())
    return tuple(cause for cause, gap in distance.items() if gap == nearest)


def casualty_claims(sentence: str) -> list[Claim]:
    """Casualty figures of one event; none from a sentence giving a running total or a rate
    ("since March", "a day")."""
    lex = lexicon()
    if lex.hints["casualties"].isdisjoint(sentence_words(sentence)):
        return []
    if lex.not_one_event.search(sentence):
        return []
    found: list[Claim] = []
    for match in lex.casualty_before.finditer(sentence):
        victims = _victims(match.group("mid"), lex)
        if victims is None or (match.group("mid").strip() and victims == ""):
            continue  # "12 killed" or "12 people killed"; not "12 of them in Homs killed"
        outcome = lex.outcome_of[key(match.group("out"))]
        claim = _casualty(sentence, match, outcome, victims, lex)
        found += [claim] if claim else []
    for match in lex.casualty_after.finditer(sentence):
        victims = _victims(match.group("tail"), lex, named=True)
        if victims is None:
            continue
        outcome = lex.outcome_of[key(match.group("verb"))]
        claim = _casualty(sentence, match, outcome, victims, lex)
        found += [claim] if claim else []
    for match in lex.toll.finditer(sentence):
        outcome = lex.outcome_of[key(match.group("toll"))]
        claim = _casualty(sentence, match, outcome, "", lex)
        if claim and key(match.group("link")) in lex.rising:
            claim = replace(claim, at_least=True)  # "the toll rose to 41": the count so far
        found += [claim] if claim else []
    if not found:
        return []
    area = scope(sentence)
    return [replace(c, causes=causes_of(sentence, c), scope=area) for c in _distinct(found)]


def scope(sentence: str) -> str:
    """The area a sentence's figures count (claims.json "scopes"): "local" when it names a
    town or a site (a province named beside it only says where that is), "regional" when it
    names a province or a region and nothing smaller, "" when it names neither."""
    scopes = lexicon().scopes
    if scopes["local"].search(sentence):
        return "local"
    return "regional" if scopes["regional"].search(sentence) else ""


def control_claims(sentence: str) -> list[Claim]:
    lex = lexicon()
    found: list[Claim] = []
    patterns = [lex.control_adjective] if lex.held_by.search(sentence) else []
    if not lex.hints["control"].isdisjoint(sentence_words(sentence)):
        patterns += [lex.control_active, lex.control_passive]
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            party, place = as_written(match.group("party")), match.group("place").rstrip(".")
            if key(party) == key(place):
                continue
            side = party_key_of(party)
            found.append(
                Claim(
                    "control",
                    key(place),
                    f"{party} controls {place}",
                    match.start(),
                    match.end(),
                    party=party,
                    party_key=side,
                )
            )
    return _distinct(found)


def responsibility_claims(sentence: str) -> list[Claim]:
    lex = lexicon()
    found: list[Claim] = []
    if lex.hints["responsibility"].isdisjoint(sentence_words(sentence)):
        return found
    for how, pattern in lex.responsibility:
        for match in pattern.finditer(sentence):
            party = as_written(match.group("party"))
            said = f"{'claimed by' if how == 'claimed' else 'blamed on'} {party}"
            found.append(
                Claim(
                    "responsibility",
                    "attack",
                    said,
                    match.start(),
                    match.end(),
                    party=party,
                    party_key=party_key_of(party),
                )
            )
    return _distinct(found)


@lru_cache(maxsize=20_000)  # a served store is asked about the same sentences again and again
def find_claims(sentence: str) -> tuple[Claim, ...]:
    """Every claim of a sentence, in the order they are made; none from a photograph's
    caption glued to the text (its figures and dates are the picture's)."""
    if lexicon().caption.search(sentence):
        return ()
    claims = casualty_claims(sentence) + control_claims(sentence)
    claims += responsibility_claims(sentence)
    return tuple(sorted(claims, key=lambda c: (c.start, c.kind)))


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per stretch of text: overlapping matches of one kind keep the longest."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.start, -(c.end - c.start))):
        if any(
            k.start < claim.end and claim.start < k.end and k.topic == claim.topic for k in kept
        ):
            continue
        kept.append(claim)
    return kept
