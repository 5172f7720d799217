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
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from extract.actors import ActorMention, rules
from extract.catalogue import fold
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
}


@dataclass(frozen=True)
class Relation:
    subject: str  # actor key
    predicate: str  # one of PREDICATES
    object: str  # actor key
    start: int  # the evidence sentence's offsets in the article text
    end: int


@dataclass(frozen=True)
class _Filters:
    """Cue words that make a matched statement no current fact, and the nouns after an object
    that make it a modifier ("US-backed UN draft resolutions" backs a draft, not the UN)."""

    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    former: re.Pattern[str]
    claimed: re.Pattern[str]
    modifier_heads: frozenset[str]


def _cue_regex(words: list[str]) -> re.Pattern[str]:
    parts = []
    for word in words:
        escaped = re.escape(word).replace("'", "['’]")
        if word.startswith("n'"):
            parts.append(escaped + r"\b")  # "isn't", "don't": glued to the word before
        elif word.endswith("-"):
            parts.append(r"\b" + escaped)  # "ex-", "then-"
        else:
            parts.append(r"\b" + escaped + r"\b")
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def _filters() -> _Filters:
    data = json.loads(resources.files("extract").joinpath("relations_patterns.json")
                      .read_text(encoding="utf-8"))
    cues = data["filters"]
    return _Filters(_cue_regex(cues["negation"]), _cue_regex(cues["hypothetical"]),
                    _cue_regex(cues["former"]), _cue_regex(cues["claimed"]),
                    frozenset(data["modifier_heads"]))


# A reader's comment under an article ("March 22, 2011 at 5:45 am | Reply"), whatever cleaning
# left of it, is no evidence.
_COMMENT = re.compile(r"\|\s*Reply\b|^\s*Reply\b")


def _shouted(sentence: str) -> bool:
    """Mostly capital letters: a headline or a shouting comment, not a stated fact."""
    letters = [ch for ch in sentence if ch.isalpha()]
    return len(letters) >= 20 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _not_a_fact(text: str, sentence: tuple[int, int], first: int, last: int) -> bool:
    """True if the clause from the nearest , ; : before offset `first` to offset `last` says the
    relation is negated, hypothetical, past or someone's claim."""
    start = max(sentence[0], first - 80)
    cut = max(text.rfind(mark, start, first) for mark in ",;:")
    window = text[max(start, cut + 1):last]
    f = _filters()
    return any(regex.search(window) for regex in (f.negation, f.hypothetical, f.former, f.claimed))


def _evidence_ok(text: str, sentence: tuple[int, int]) -> bool:
    body = text[sentence[0]:sentence[1]]
    return not _COMMENT.search(body) and not _shouted(body)


def _modifier_after(text: str, mention: ActorMention) -> bool:
    """The mention qualifies the noun after it: "UN draft resolutions", "U.N. Security Council
    resolution" (the resolution is backed, not the body)."""
    match = _NEXT_WORD.match(text, mention.end)
    return bool(match) and match.group(1).lower() in _filters().modifier_heads


_NEXT_WORD = re.compile(r"[\s’'s]*([A-Za-z-]+)")


def _media_ok(predicate: str, subject: ActorMention, obj: ActorMention) -> bool:
    """A news outlet is a source, not a party: "SANA" or "Press TV" next to a group is a credit.
    The one relation kept is an outlet's own affiliation ("the ISIS-affiliated Amaq agency")."""
    if obj.actor.kind == "media":
        return False
    return subject.actor.kind != "media" or predicate == "aligned_with"


@dataclass(frozen=True)
class _Pattern:
    predicate: str
    regex: re.Pattern[str]
    subject_kinds: frozenset[str]
    # A pattern that opens with words ("alliance between {S} and {O}") is tried at every
    # position, which is slow; it runs only if one of its opening words occurs at all.
    openers: tuple[str, ...]


_OPENING_WORDS = re.compile(r"^\(\?:([a-z|\-]+)\)|^([a-z\-]+)")


def _openers(source: str) -> tuple[str, ...]:
    match = _OPENING_WORDS.match(source)
    if not match:
        return ()
    return tuple((match.group(1) or match.group(2)).split("|"))


@cache
def _patterns() -> tuple[_Pattern, ...]:
    data = json.loads(resources.files("extract").joinpath("relations_patterns.json")
                      .read_text(encoding="utf-8"))
    out = []
    for spec in data["patterns"]:
        if spec["predicate"] not in PREDICATES:
            raise ValueError(f"unknown predicate {spec['predicate']!r}")
        source = spec["pattern"]
        if source.endswith(("{O}", "{S}")):
            # "the SDF-aligned YPG": a name followed by a compound only qualifies the next one
            source += r"(?!\s?[-–]\s?[^\W\d_])"
        for macro, expansion in _MACROS.items():
            source = source.replace(macro, expansion)
        openers = _openers(spec["pattern"])
        if openers:
            # a cheap first-letter test spares the engine most positions
            letters = {w[0].lower() for w in openers} | {w[0].upper() for w in openers}
            initials = "".join(sorted(letters))
            source = rf"\b(?=[{initials}]){source}"
        out.append(_Pattern(spec["predicate"], re.compile(source, re.IGNORECASE),
                            frozenset(spec.get("subject_kinds", ())), openers))
    return tuple(out)


@cache
def _governments() -> dict[str, dict[str, str]]:
    """State key -> {"government": key, "forces": key}, from the demonyms data."""
    data = json.loads(resources.files("extract").joinpath("demonyms.json")
                      .read_text(encoding="utf-8"))
    return {spec["state"]: spec for spec in data["demonyms"].values()}


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
                parts.append(text[cursor:mentions[i].start])
                parts.append(f"{_OPEN}{i}{_CLOSE}")
                cursor = mentions[i].end
            parts.append(text[cursor:cursor + _CONTEXT])
            parts.append("\n\n")

    for i, mention in enumerate(mentions):
        if group and mention.start - mentions[group[-1]].end > _NEAR:
            flush()
            group = []
        group.append(i)
    flush()
    return "".join(parts)


# Characters a case-insensitive pattern matches to an ASCII letter although their lower case
# is no ASCII letter ("ſ" is "s", the Kelvin sign is "k"); "İ" also lowers to two characters.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _matches(pattern: _Pattern, masked: str, lowered: str) -> Iterator[re.Match[str]]:
    """pattern.regex.finditer(masked), but a pattern that opens with words is tried only where
    one of them is written: the engine would otherwise try it at every position of the text."""
    if not pattern.openers or _FOLDS_TO_ASCII.search(masked):
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


def find_relations(text: str, mentions: list[ActorMention],
                   sentences: list[tuple[int, int]] | None = None) -> list[Relation]:
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
        for pattern in _patterns():
            if pattern.openers and not any(word in lowered for word in pattern.openers):
                continue
            for match in _matches(pattern, masked, lowered):
                subject = mentions[int(match.group("S"))]
                obj = mentions[int(match.group("O"))]
                if pattern.subject_kinds and subject.actor.kind not in pattern.subject_kinds:
                    continue
                sentence = spans.of(subject.start)
                if sentence != spans.of(obj.start):
                    continue
                if not _stated(text, sentence, pattern.predicate, subject, obj):
                    continue
                if pattern.predicate == "speaks_for" and _sent_by_another(text, obj, mentions):
                    continue
                add(subject, pattern.predicate, obj.actor.key)
    for mention in mentions:
        if mention.actor.kind == "person" and mention.actor.role:
            if not _evidence_ok(text, spans.of(mention.start)):
                continue
            for predicate, obj in _role_relations(text, mention, mentions):
                add(mention, predicate, obj)
    return sorted(found.values(), key=lambda r: (r.start, r.subject, r.predicate, r.object))


def _stated(text: str, sentence: tuple[int, int], predicate: str, subject: ActorMention,
            obj: ActorMention) -> bool:
    """The sentence states the relation as a current fact about these two actors."""
    if not _evidence_ok(text, sentence) or not _media_ok(predicate, subject, obj):
        return False
    if predicate == "fights" and subject.actor.kind in _NOT_FIGHTERS:
        return False  # "the anti-Assad Syrian Observatory" monitors; it does not fight
    if predicate == "member_of" and obj.actor.kind in ("state", "person"):
        return False  # "al Qaeda's Syria wing", "joined the US in saying": no membership
    if _modifier_after(text, obj):
        return False
    if predicate == "leads" and _part_of(text, (obj.start, min(sentence[1], obj.end + 60)), obj):
        return False  # "the head of U.S. Africa Command", "UN peacekeeping chief"
    first, last = min(subject.start, obj.start), max(subject.end, obj.end)
    if predicate in _ROLE_PREDICATES and _PAST_SPAN.search(text[last:min(sentence[1], last + 60)]):
        return False  # "the U.S. ambassador to Egypt from 1997 to 2001"
    return not _not_a_fact(text, sentence, first, last)


_ROLE_PREDICATES = frozenset({"leads", "speaks_for", "member_of"})
_PAST_SPAN = re.compile(r"^[^.;]{0,40}?\b(?:from|between|until|till)\s+(?:19|20)\d\d\b")


_NOT_FIGHTERS = frozenset({"organisation", "media"})


def _sent_by_another(text: str, obj: ActorMention, mentions: list[ActorMention]) -> bool:
    """"France's U.N. ambassador", "Russian UN envoy": the envoy at the UN speaks for France or
    Russia, which the role relations find; the UN is only where they are posted."""
    if _possessor(text, obj.start, mentions, obj):
        return True
    words = _TITLE_WORDS.findall(text[max(0, obj.start - 30):obj.start])
    return bool(words) and fold(words[-1]) in rules().demonyms


def _role_relations(text: str, person: ActorMention,
                    mentions: list[ActorMention]) -> list[tuple[str, str]]:
    """What a person's role says: whom they lead or speak for, or belong to.

    - A past role ("former U.S. ambassador", "then the US ambassador", "ambassador from 1997 to
      2001") says nothing about now: nothing.
    - A title that only qualifies the head of the role ("chief U.S. economist") is no title.
    - Whom a diplomat or spokesman speaks for is the possessor before the role ("France's U.N.
      ambassador"), else the nationality in it ("Russian UN envoy"), else the organisation in it;
      never the one they are posted to ("ambassador to the United States").
    - A leader leads the organisation only when it is the head of the role: the head of "U.S.
      Africa Command", the "UN peacekeeping chief" or an "NTC education chief" lead a part of it,
      and are members of it (of no state: a state has no members).
    - A deputy ("vice chairman", "deputy leader") speaks for the organisation; it does not lead.
    """
    role = person.actor.role or ""
    span = _role_span(text, person, role)
    if span is None:
        return []
    f = _filters()
    if (f.former.search(role) or f.former.search(text[max(0, span[0] - 25):span[0]])
            or _YEAR.search(role) or _THEN.search(text[max(0, span[0] - 8):span[0]])
            or _DATED_AFTER.match(text, span[1])):
        return []
    title, qualifier_end = _role_title(role)
    if title is not None and _role_head(role) not in _title_words(title.text):
        title = None
    organisations = [m for m in mentions if span[0] <= m.start and m.end <= span[1]
                     and m.actor.kind not in ("person", "media") and m is not person]
    out: list[tuple[str, str]] = []
    if title is not None and title.predicate:
        target = title.target or "state"
        predicate = title.predicate
        deputy = _DEPUTY.search(role[:qualifier_end + len(title.text) + 1]) is not None
        if predicate == "leads" and deputy:
            predicate = "speaks_for"
        if predicate == "speaks_for":
            hosts = [m for m in organisations if _posted_to(text, span, m)]
            organisations = [m for m in organisations if m not in hosts]
            principal = _possessor(text, span[0], mentions, person) or _demonym_state(
                role[:qualifier_end], target)
            if principal:
                return [(predicate, principal)]
        if organisations:
            head = organisations[0]
            obj = head.actor.key
            if predicate == "leads" and _part_of(text, span, head):
                return [] if head.actor.kind == "state" else [("member_of", obj)]
            if target != "state" and head.actor.kind == "state":
                obj = _governments().get(obj, {}).get(target, obj)
            out.append((predicate, obj))
        else:
            principal = _demonym_state(role[:qualifier_end], target)
            if principal:
                out.append((predicate, principal))
    elif organisations and re.search(r"\b(?:at|with|of)\b", role):
        last = organisations[-1]
        if last.actor.kind != "state":
            out.append(("member_of", last.actor.key))
    return out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATED_AFTER = re.compile(
    r"[^\w.;]{0,3}\s*(?:\w+\s+){0,3}?(?:from|between|until|till|in)\s+(?:19|20)\d\d\b")
_THEN = re.compile(r"\bthen\s*$", re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|under|acting)\b|\bvice-", re.IGNORECASE)
_HEAD_STOP = re.compile(r"\s(?:of|for|at|to|in|with|on|and|from|who|which)\s|,", re.IGNORECASE)
# Words that may stand between an organisation and the title of its leader
_LEADER_QUALIFIERS = frozenset({"s", "military", "political", "top", "senior", "supreme", "overall",
                                "armed", "field", "spiritual", "highest", "most"})


def _role_head(role: str) -> str:
    """The head word of a role: the last word before its first "of", "for", "at", ...
    ("chief U.S. economist for Capital Economics" -> "economist")."""
    stop = _HEAD_STOP.search(role)
    words = _TITLE_WORDS.findall(role[:stop.start()] if stop else role)
    return fold(words[-1]) if words else ""


@lru_cache(maxsize=256)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _TITLE_WORDS.findall(title))


def _posted_to(text: str, span: tuple[int, int], mention: ActorMention) -> bool:
    """The organisation or state follows "to" in the role: where the person is posted."""
    before = text[span[0]:mention.start]
    return re.search(r"\bto\s+(?:the\s+)?$", before) is not None


def _possessor(text: str, role_start: int, mentions: list[ActorMention],
               person: ActorMention) -> str | None:
    """The actor written with a possessive right before the role: "France's U.N. ambassador"."""
    for mention in mentions:
        if mention is person or mention.end > role_start or mention.end < role_start - 6:
            continue
        if _POSSESSIVE_GAP.fullmatch(text, mention.end, role_start):
            return mention.actor.key
    return None


_POSSESSIVE_GAP = re.compile(r"\s?['’]\s?s?\s*")


def _demonym_state(qualifier: str, target: str) -> str | None:
    demonyms = rules().demonyms
    for word in (fold(w) for w in _TITLE_WORDS.findall(qualifier)):
        spec = demonyms.get(word)
        if spec:
            return spec.get(target) or spec["state"]
    return None


def _part_of(text: str, span: tuple[int, int], org: ActorMention) -> bool:
    """The organisation names only a part of what the person leads: words other than a few
    qualifiers stand between it and the title ("UN peacekeeping chief", "NTC education chief"),
    or capitalised words continue its name ("U.S. Africa Command", "NATO's Operation ...")."""
    after = text[org.end:span[1]]
    stop = re.search(r"[,.;:()\"“”]", after)
    words = _TITLE_WORDS.findall(after[:stop.start()] if stop else after)
    if words and words[0] == "s":
        words = words[1:]  # "NATO 's Operation Unified Protector"
    if not words:
        return False
    titles = rules().title_words
    if words[0][:1].isupper() and fold(words[0]) not in titles:
        return True  # the name goes on: "U.S. Africa Command", "NATO's Operation Unified ..."
    for n, word in enumerate(words[:3]):
        folded = fold(word)
        if folded in titles:
            # "UN peacekeeping chief": a word other than a qualifier before the title
            return any(fold(w) not in _LEADER_QUALIFIERS for w in words[:n])
    return False


@lru_cache(maxsize=1024)
def _role_title(role: str) -> tuple[Any, int]:
    """The title in a role (the first one implying a relation, else the last one seen) and
    where the words before it end: "Iraqi Prime Minister" -> (prime minister, 6)."""
    titles_index = rules().titles
    words = _TITLE_WORDS.findall(role)
    title, qualifier_end = None, 0
    offsets = [m.start() for m in _TITLE_WORDS.finditer(role)]
    folded = [fold(w) for w in words]
    for i in range(len(words)):
        for size in range(min(4, len(words) - i), 0, -1):
            found = titles_index.get(" ".join(folded[i:i + size]))
            if found:
                title, qualifier_end = found[0], offsets[i]
                break
        if title is not None and title.predicate:
            break
    return title, qualifier_end


_TITLE_WORDS = re.compile(r"[^\W_]+")


def _role_matches(text: str, words: list[str], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each place in text[lo:hi] where the words are written with whitespace
    between them, left to right and not overlapping: what re.finditer of the escaped words
    joined by \\s+ finds, without compiling a pattern for every role (roles are nearly all
    different: compiling was a tenth of extraction)."""
    first, rest = words[0], words[1:]
    at = text.find(first, lo, hi)
    while at != -1:
        end = at + len(first)
        for word in rest:
            gap = end
            while gap < hi and text[gap].isspace():
                gap += 1
            if gap == end or not text.startswith(word, gap, hi):
                break
            end = gap + len(word)
        else:
            yield at, end
            at = text.find(first, end, hi)
            continue
        at = text.find(first, at + 1, hi)


def _role_span(text: str, person: ActorMention, role: str) -> tuple[int, int] | None:
    """Where the role is written: right before the name, or right after it (an appositive)."""
    words = role.split()
    if not words:
        return None
    before = None
    for match in _role_matches(text, words, max(0, person.start - len(role) - 40), person.start):
        before = match   # the last one
    if before is not None and person.start - before[1] <= 12:
        return before
    return next(_role_matches(text, words, person.end, min(len(text), person.end + 12 + len(role))),
                None)
