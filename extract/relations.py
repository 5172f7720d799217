"""Relations between actors, read from the text, each with the sentence that says so.

Two sources, both extractive:
- Patterns (`relations_patterns.json`) run over the article with every actor mention replaced by a
  placeholder, so a pattern reads like the prose it matches: "{S}-backed {ADJ}{O}" finds
  "US-backed Syrian Democratic Forces", "{O}-aligned {S}" finds "SDF-aligned People's
  Protection Units". A match counts when subject and object are different actors in one sentence.
- Roles found with people ("Iraqi Prime Minister Haider al-Abadi", "Abd Salam Muhammad Ali, a PYD
  representative", "Commander of the YPG Sipan Hamo"): the title says the predicate (leads,
  speaks_for; see `discovery.json`) and the state or organisation in the role is the object; a
  demonym stands for the state, its government or its forces as the title's target says. A role
  "at" or "with" an organisation, with a title that implies nothing more, makes the person a
  member ("a fellow at the Centre for a New American Security").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ahocorasick_rs import AhoCorasick

from extract.actors import ActorMention
from extract.lexicon import lexicon
from extract.name_tokens import fold
from extract.required_words import FOLDS_TO_ASCII, required_words
from extract.role_text import TITLE_WORDS
from extract.roles import (
    dead,
    names_a_department,
    part_of,
    possessor,
    role_relations,
    unmarked_owner,
)
from extract.statements import (
    evidence_ok,
    media_ok,
    modifier_after,
    names_its_opponents,
    not_a_fact,
)
from text.data import json_file
from text.sentences import split_sentences

PREDICATES = ("backs", "allied_with", "fights", "member_of", "leads", "speaks_for", "aligned_with")

_OPEN, _CLOSE = "\ue000", "\ue001"
_MACROS = {
    "{S}": _OPEN + r"(?P<S>\d+)" + _CLOSE,
    "{O}": _OPEN + r"(?P<O>\d+)" + _CLOSE,
    "{THE}": r"(?:the\s+)?",
    "{BE}": r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|been)\s+)?",
    # up to three qualifiers before a name: capitalised or hyphenated words, or a few
    # lower-case ones ("US-backed Kurdish-dominated Syrian Democratic Forces", "rebel")
    "{ADJ}": r"(?:(?:(?-i:[A-Z][\w’'-]*)|[^\W\d_]+-[\w’'-]+|rebel|opposition|militant|"
    r"armed|local|allied|tribal|fighters\s+of)\s+){0,3}?",
    "{Q}": r"[”\"’']?",
    "{POSS}": r"(?:[’']s?)?",
    # one qualifier before a noun ("a founding member of"), never a preposition: "northern
    # Syria against members of the Islamic State group" says no membership
    "{QUAL}": r"(?:(?!(?:against|of|in|on|at|by|for|with|from|to|into|among|and|or|than)\b)"
    r"[\w-]+\s+)?",
}


@dataclass(frozen=True)
class Relation:
    subject: str  # actor key
    predicate: str  # one of PREDICATES
    object: str  # actor key
    start: int  # the evidence sentence's offsets in the article text
    end: int


@dataclass(frozen=True)
class _Pattern:
    predicate: str
    regex: re.Pattern[str]
    subject_kinds: frozenset[str]
    owner_subject: bool  # the subject may be written as a possessive ("Iran's support for")
    # A pattern that opens with words ("alliance between {S} and {O}") is tried at every
    # position, which is slow; it runs only if one of its opening words occurs at all.
    openers: tuple[str, ...]
    # Words one of which every match holds (extract/required_words.py): a pattern whose words
    # the article lacks is not run. Most articles lack most patterns' verbs.
    required: frozenset[str] = frozenset()


_OPENING_WORDS = re.compile(r"^\(\?:([a-z|\-]+)\)|^([a-z\-]+)")


def _openers(source: str) -> tuple[str, ...]:
    match = _OPENING_WORDS.match(source)
    if not match:
        return ()
    return tuple((match.group(1) or match.group(2)).split("|"))


@cache
def _patterns() -> tuple[_Pattern, ...]:
    data = json_file("extract", "relations_patterns.json")
    out = []
    for spec in data["patterns"]:
        if spec["predicate"] not in PREDICATES:
            raise ValueError(f"unknown predicate {spec['predicate']!r}")
        source = spec["pattern"]
        if source.endswith(("{O}", "{S}")):
            # "the SDF-aligned YPG": a name followed by a compound only qualifies the next one,
            # also when the compound is another name ("UN-Arab League envoy")
            source += r"(?!\s?[-–]\s?(?:[^\W\d_]|" + _OPEN + "))"
        for macro, expansion in _MACROS.items():
            source = source.replace(macro, expansion)
        openers = _openers(spec["pattern"])
        if openers:
            # a cheap first-letter test spares the engine most positions
            letters = {w[0].lower() for w in openers} | {w[0].upper() for w in openers}
            initials = "".join(sorted(letters))
            source = rf"\b(?=[{initials}]){source}"
        regex = re.compile(source, re.IGNORECASE)
        out.append(
            _Pattern(
                spec["predicate"],
                regex,
                frozenset(spec.get("subject_kinds", ())),
                "{S}{POSS}" in spec["pattern"],
                openers,
                required_words(regex),
            )
        )
    return tuple(out)


class _Sentences:
    """Sentence spans of the article, split only when first asked for (most articles state no
    relation, and splitting is a good part of the cost)."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self._spans = spans
        self._starts = [start for start, _ in spans] if spans is not None else []

    def of(self, offset: int) -> tuple[int, int]:
        if self._spans is None:
            self._spans = split_sentences(self.text)
            self._starts = [start for start, _ in self._spans]
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._spans[max(i, 0)] if self._spans else (0, len(self.text))


_NEAR = 250  # mentions further apart than this are not in one sentence in practice
_CONTEXT = 80  # text kept around a group of mentions, for words such as "a staunch ally of"


def _masked(text: str, mentions: list[ActorMention]) -> str:
    """Stretches of text around groups of nearby mentions, each mention replaced by its
    placeholder; stretches are joined by blank lines. A relation needs two mentions in one
    sentence, and the placeholders carry the mention indexes, so nothing else is needed."""
    parts: list[str] = []
    group: list[int] = []

    def flush() -> None:
        if len(group) >= 2:
            cursor = max(0, mentions[group[0]].start - _CONTEXT)
            for i in group:
                parts.append(text[cursor : mentions[i].start])
                parts.append(f"{_OPEN}{i}{_CLOSE}")
                cursor = mentions[i].end
            parts.append(text[cursor : cursor + _CONTEXT])
            parts.append("\n\n")

    for i, mention in enumerate(mentions):
        if group and mention.start - mentions[group[-1]].end > _NEAR:
            flush()
            group = []
        group.append(i)
    flush()
    return "".join(parts)


def _matches(pattern: _Pattern, masked: str, lowered: str, folds: bool) -> Iterator[re.Match[str]]:
    """pattern.regex.finditer(masked), but a pattern that opens with words is tried only where
    one of them is written: the engine would otherwise try it at every position of the text.
    folds: whether masked has a character that folds to an ASCII letter (FOLDS_TO_ASCII)."""
    if not pattern.openers or folds:
        yield from pattern.regex.finditer(masked)
        return
    positions: set[int] = set()
    for word in pattern.openers:
        at = lowered.find(word)
        while at >= 0:
            positions.add(at)
            at = lowered.find(word, at + 1)
    end = 0
    for at in sorted(positions):
        # the pattern starts at a word boundary ("aid" is not in "said"); \w is alphanumeric or _
        if at >= end and (at == 0 or not (masked[at - 1].isalnum() or masked[at - 1] == "_")):
            match = pattern.regex.match(masked, at)
            if match:
                end = match.end()
                yield match


@cache
def _required_words() -> AhoCorasick:
    words = sorted({word for pattern in _patterns() for word in pattern.required})
    return AhoCorasick(words, store_patterns=True)


def _present_words(lowered: str) -> set[str]:
    """The required words (of any pattern) that occur in the lower-cased text, each wherever
    it occurs, also inside a longer word or another required word."""
    return set(_required_words().find_matches_as_strings(lowered, overlapping=True))


def find_relations(
    text: str, mentions: list[ActorMention], sentences: list[tuple[int, int]] | None = None
) -> list[Relation]:
    """Relations the article states between the mentioned actors, with evidence sentences.
    sentences: the article's sentence spans, when the caller has them (else split if needed)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    if not mentions:
        return []
    spans = _Sentences(text, sentences)
    found: dict[tuple[str, str, str, int], Relation] = {}

    def add(subject: ActorMention, predicate: str, obj: str) -> None:
        if subject.actor.key == obj:
            return
        start, end = spans.of(subject.start)
        key = (subject.actor.key, predicate, obj, start)
        if key not in found:
            found[key] = Relation(subject.actor.key, predicate, obj, start, end)

    masked = _masked(text, mentions)
    if masked:
        lowered = masked.lower()
        folds = FOLDS_TO_ASCII.search(masked) is not None  # once per article, not per pattern
        # the patterns' required words the text holds, found in one pass for all patterns
        present = None if folds else _present_words(lowered)
        for pattern in _patterns():
            if pattern.openers and not any(word in lowered for word in pattern.openers):
                continue
            if present is not None and pattern.required and pattern.required.isdisjoint(present):
                continue
            # a pattern that opens with a placeholder runs over the whole text: no generator
            matches = (
                pattern.regex.finditer(masked)
                if not pattern.openers
                else _matches(pattern, masked, lowered, folds)
            )
            for match in matches:
                subject = mentions[int(match.group("S"))]
                obj = mentions[int(match.group("O"))]
                if pattern.subject_kinds and subject.actor.kind not in pattern.subject_kinds:
                    continue
                sentence = spans.of(subject.start)
                if sentence != spans.of(obj.start):
                    continue
                if not _stated(text, sentence, pattern.predicate, subject, obj):
                    continue
                if not pattern.owner_subject and _POSSESSIVE.match(text, subject.end):
                    continue  # "Syria's oil sector, which is linked to ...": not Syria
                if pattern.predicate == "speaks_for" and _sent_by_another(text, obj, mentions):
                    continue
                add(subject, pattern.predicate, obj.actor.key)
    for mention in mentions:
        if mention.actor.kind == "person" and mention.actor.role:
            if not evidence_ok(text, spans.of(mention.start)):
                continue
            for predicate, target in role_relations(text, mention, mentions):
                add(mention, predicate, target)
    return sorted(found.values(), key=lambda r: (r.start, r.subject, r.predicate, r.object))


def _stated(
    text: str, sentence: tuple[int, int], predicate: str, subject: ActorMention, obj: ActorMention
) -> bool:
    """The sentence states the relation as a current fact about these two actors."""
    if not evidence_ok(text, sentence) or not media_ok(predicate, subject, obj):
        return False
    if predicate == "fights" and subject.actor.kind in _NOT_FIGHTERS:
        return False  # "the anti-Assad Syrian Observatory" monitors; it does not fight
    if predicate == "member_of" and obj.actor.kind in ("state", "person"):
        return False  # "al Qaeda's Syria wing", "joined the US in saying": no membership
    if modifier_after(text, obj):
        return False
    if names_its_opponents(text, subject) or names_its_opponents(text, obj):
        return False  # "Gaddafi launches counter-offensive on Libya rebels": not on Libya
    if predicate == "leads" and (
        part_of(text, (obj.start, min(sentence[1], obj.end + 60)), obj)
        or names_a_department(text[min(subject.end, obj.end) : max(subject.start, obj.start)])
        or _DEPUTY_BEFORE.search(text, max(sentence[0], obj.start - 60), obj.start)
    ):
        return False  # "the head of U.S. Africa Command", "deputy chairman of the council"
    if subject.how == "demonym" and predicate in _ROLE_PREDICATES:
        return False  # "Syrian fighters ... against members of IS": the demonym is no member
    if obj.actor.kind == "state" and _NAME_GOES_ON.match(text, obj.end):
        return False  # "Egypt's Hosni Mubarak", "U.S.-backed Syria Democratic Forces"
    if (
        subject.actor.kind == "state"
        and (word_after := _NEXT_WORD.match(text, subject.end))
        and word_after.group(1).lower() in lexicon().org_heads
    ):
        return False  # "the anti-Gaddafi Qatar brigade" is a unit named after a state
    first, last = min(subject.start, obj.start), max(subject.end, obj.end)
    if _RUN_ON.search(text, min(subject.end, obj.end), max(subject.start, obj.start)):
        return False  # "about Libya The prominent member of the Brotherhood": two sentences
    if predicate in _TAKING_SIDES and _MODIFIES_A_ROLE.match(text, obj.end):
        return False  # "the UK supported the UN and Arab League special envoy": the envoy
    if predicate in _ROLE_PREDICATES and subject.actor.kind == "person" and dead(text, first):
        return False  # "the killing of X, the commander of the Y brigade"
    if predicate in _ROLE_PREDICATES and _PAST_SPAN.search(
        text[last : min(sentence[1], last + 60)]
    ):
        return False  # "the U.S. ambassador to Egypt from 1997 to 2001"
    return not not_a_fact(text, sentence, first, last)


_ROLE_PREDICATES = frozenset({"leads", "speaks_for", "member_of"})
_TAKING_SIDES = frozenset({"backs", "allied_with", "fights", "aligned_with"})
_POSSESSIVE = re.compile(r"['’]\s?s\b")
# A sentence run into the next without its full stop (headlines glued to the lead): a
# capitalised determiner after a lower-case word or a name.
_RUN_ON = re.compile(r"(?<=[\w)])\s+(?-i:The|A|An)\s")
# The object only qualifies a role after it, alone or with another organisation: "the UN
# envoy", "the UN and Arab League special envoy Kofi Annan".
_MODIFIES_A_ROLE = re.compile(
    r"(?:\s+(?:and|&)\s+(?:the\s+)?(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))?"
    r"(?:\s+(?:special|senior|chief|deputy|top|joint|permanent))*\s+"
    r"(?:envoy|envoys|ambassador|ambassadors|representative|representatives|spokesman|"
    r"spokeswoman|spokesperson|negotiator|mediator|delegate|delegation|official|officials)\b",
    re.IGNORECASE,
)
_DEPUTY_BEFORE = re.compile(
    r"\b(?:deputy|vice|assistant|acting)[\s-]+(?:[\w-]+\s+)?"
    r"(?:chairman|chair|leader|head|chief|commander|president|director|"
    r"secretary)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# a capitalised word right after a state's name, or after its possessive: the name is part of
# a longer one, or owns the real object
_NAME_GOES_ON = re.compile(r"(?:\s?['’]\s?s)?\s(?-i:[A-Z])[\w-]*")
_PAST_SPAN = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:from|between|until|till)\s+(?:19|20)\d\d\b"
    r"|in\s+the\s+(?:19|20)?\d0s\b)"
)


_NOT_FIGHTERS = frozenset({"organisation", "media"})


def _sent_by_another(text: str, obj: ActorMention, mentions: list[ActorMention]) -> bool:
    """ "France's U.N. ambassador", "Russian deputy UN envoy", "his UN ambassador": the envoy at
    the UN speaks for France, Russia or whoever "his" is, which the role relations find when they
    can; the UN is only where they are posted."""
    if (
        possessor(text, obj.start, mentions, obj)
        or _OWNED.search(text, 0, obj.start)
        or unmarked_owner(text, obj.start, "")
    ):
        return True
    words = [fold(w) for w in TITLE_WORDS.findall(text[max(0, obj.start - 40) : obj.start])]
    while words and words[-1] in _RANKS:
        words.pop()
    return bool(words) and (
        words[-1] in lexicon().demonyms
        or _NATIONALITY_WORD.fullmatch(words[-1]) is not None
        and words[-1] not in _NOT_NATIONALITIES
    )


# a possessive right before the organisation: "Moscow's UN envoy", "his UN ambassador"
_OWNED = re.compile(
    r"(?:\b[A-Za-z][\w-]*\s?['’]\s?s|\b(?:his|her|its|their))\s+"
    r"(?:(?:deputy|senior|permanent|new|former|acting)\s+)?$",
    re.IGNORECASE,
)
# an adjective of nationality the demonym list lacks: "Colombian UN ambassador" (folded words)
_NATIONALITY_WORD = re.compile(r"[a-z]+(?:ian|ese|ish|i)")
_NOT_NATIONALITIES = frozenset({"special", "senior", "civilian", "official", "political"})
_RANKS = frozenset({"deputy", "senior", "permanent", "new", "acting", "vice"})
