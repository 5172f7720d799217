"""Relations a person's role states: "Iraqi Prime Minister Haider al-Abadi" leads the Iraqi
government, "Abd Salam Muhammad Ali, a PYD representative" speaks for the PYD, "a fellow at the
Centre for a New American Security" is a member of it. The title says the predicate (leads,
speaks_for; see discovery.json); the state or organisation in the role is the object; a demonym
stands for the state, its government or its forces as the title's target says."""

from __future__ import annotations

import re

from extract.actors import ActorMention
from extract.lexicon import governments, lexicon
from extract.name_tokens import fold
from extract.role_text import (
    TITLE_WORDS,
    role_head,
    role_span,
    role_title,
    s_stem,
    state_of_stem,
    title_words,
)
from extract.statements import filters


def role_relations(
    text: str, person: ActorMention, mentions: list[ActorMention]
) -> list[tuple[str, str]]:
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
    span = role_span(text, person, role)
    if span is None:
        return []
    f = filters()
    if (
        f.former.search(role)
        or f.former.search(text[max(0, span[0] - 25) : span[0]])
        or _YEAR.search(role)
        or _THEN.search(text[max(0, span[0] - 8) : span[0]])
        or _DATED_AFTER.match(text, span[1])
        or _THEN_ROLE.match(role)
        or dead(text, person.start)
    ):
        return []
    title, qualifier_end = role_title(role)
    if title is not None and role_head(role) not in title_words(title.text):
        title = None
    organisations = [
        m
        for m in mentions
        if span[0] <= m.start
        and m.end <= span[1]
        and m.actor.kind not in ("person", "media")
        and m is not person
        and not _name_goes_on(text, m, person)
    ]
    out: list[tuple[str, str]] = []
    if title is not None and title.predicate:
        target = title.target or "state"
        predicate = title.predicate
        deputy = _DEPUTY.search(role[: qualifier_end + len(title.text) + 1]) is not None
        if predicate == "leads" and deputy:
            predicate = "speaks_for"
        if predicate == "speaks_for":
            hosts = [m for m in organisations if _posted_to(text, span, m)]
            organisations = [m for m in organisations if m not in hosts]
            principal = (
                possessor(text, span[0], mentions, person)
                or _demonym_state(role[:qualifier_end], target)
                or _sender_before(text, span[0], target)
                or unmarked_owner(text, span[0], role[:qualifier_end])
            )
            if principal == _UNKNOWN or (
                not principal and _NATIONALITY.search(role[:qualifier_end])
            ):
                return []  # "Moscow's UN envoy", "his UN ambassador", "Colombian UN envoy"
            if principal:
                return [(predicate, principal)]
            owners = [m for m in organisations if _OWNER_AFTER.match(text, m.end)]
            if owners:
                return [(predicate, owners[0].actor.key)]  # "France's U.N. ambassador"
            if _OWNED_IN_ROLE.search(role[:qualifier_end]):
                return []
        if title.text in f.state_offices:
            # "defeat Daesh Secretary of State Rex Tillerson": no group has a cabinet
            organisations = [m for m in organisations if m.actor.kind in _STATE_KINDS]
        if organisations:
            head = organisations[0]
            obj = head.actor.key
            if predicate == "leads" and (
                part_of(text, span, head) or _led_part(text, span, role, head)
            ):
                return [] if head.actor.kind == "state" else [("member_of", obj)]
            if target != "state" and head.actor.kind == "state":
                obj = governments().get(obj, {}).get(target, obj)
            out.append((predicate, obj))
        else:
            principal = _demonym_state(role[:qualifier_end], target)
            if principal and not (
                predicate == "leads" and _OTHER_WORDS.search(role[:qualifier_end])
            ):
                out.append((predicate, principal))  # not "the Egyptian opposition leader"
    elif organisations and re.search(r"\b(?:at|with|of)\b", role):
        last = organisations[-1]
        if last.actor.kind != "state":
            out.append(("member_of", last.actor.key))
    return out


_UNKNOWN = "?"
# a capitalised word right after an organisation's name: it is part of a longer name
# ("United States Institute of Peace", "American Airlines")
_LONGER_NAME = re.compile(r"[ \t]([A-Z][a-z][\w-]*)")


def _name_goes_on(text: str, mention: ActorMention, person: ActorMention) -> bool:
    match = _LONGER_NAME.match(text, mention.end)
    if match is None or match.start(1) == person.start:
        return False
    return fold(match.group(1)) not in lexicon().title_words


# a nationality the demonym list lacks, before the organisation: "Colombian UN ambassador"
_NATIONALITY = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|i|an)\b")
# lower-case words in a qualifier other than a leader's: "opposition", "rebel", "army"
_OTHER_WORDS = re.compile(
    r"\b(?!(?:the|a|an|military|political|top|senior|supreme|overall|"
    r"spiritual|de|facto|new|s)\b)[a-z][a-z-]+\b"
)


def _led_part(text: str, span: tuple[int, int], role: str, org: ActorMention) -> bool:
    """ "chief of allied operations at NATO", "political affairs chief for the council": the
    title is of something between it and the organisation, or lower-case words qualify it."""
    title, qualifier_end = role_title(role)
    if title is None:
        return False
    if _heads_a_department(TITLE_WORDS.findall(role[:qualifier_end]), role_head(role)):
        return True
    title_end = span[0] + qualifier_end + len(title.text)
    if org.start >= title_end:
        between = text[title_end : org.start]
        return re.fullmatch(r"\s*(?:of|for)?\s*(?:the\s+)?", between, re.IGNORECASE) is None
    return False


_OWNER_AFTER = re.compile(r"\s?['’]\s?s\b")
# a possessive inside the role's qualifier: "Moscow's UN envoy"
_OWNED_IN_ROLE = re.compile(r"\b[A-Z][\w-]*\s?['’]\s?s\b")
_RANKS = frozenset({"deputy", "senior", "permanent", "new", "acting", "vice", "chief", "top"})


def _sender_before(text: str, start: int, target: str) -> str | None:
    """Who sends the envoy, written just before the role: a demonym ("Russian deputy U.N.
    envoy" -> Russia), or a possessive this code cannot resolve ("his", "Moscow's") -> _UNKNOWN."""
    words = TITLE_WORDS.findall(text[max(0, start - 40) : start])
    while words and fold(words[-1]) in _RANKS:
        words.pop()
    if not words:
        return None
    last = fold(words[-1])
    if last in ("his", "her", "its", "their") or (last == "s" and len(words) > 1):
        return _UNKNOWN
    return _demonym_state(words[-1], target)


def unmarked_owner(text: str, start: int, qualifier: str) -> str | None:
    """A possessive that lost its apostrophe, in the role or right before it: "Russias UN
    ambassador" speaks for Russia, "the Assad regimes UN representative" for someone this code
    cannot name (_UNKNOWN). Only a state's or capital's name, or a word for a government, with
    an "s" glued on counts: any other word ending in "s" may be a plural."""
    before = TITLE_WORDS.findall(text[max(0, start - 30) : start])[-1:]
    for word in TITLE_WORDS.findall(qualifier)[:1] + before:
        stem = s_stem(word)
        if stem is None:
            continue
        if stem in _STATE_WORDS:
            return _UNKNOWN
        state = state_of_stem(stem)
        if state:
            return state
    return None


_STATE_KINDS = frozenset({"state", "government"})
_STATE_WORDS = frozenset({"regime", "government", "administration", "kingdom", "republic"})
_YEAR = re.compile(r"\b(?:19|20)\d\ds?\b")
_DATED_AFTER = re.compile(
    r"[^\w.;]{0,3}\s*(?:\w+\s+){0,3}?(?:from|between|until|till|in)\s+(?:the\s+)?"
    r"(?:19|20)\d\d"
)
_THEN_ROLE = re.compile(r"then\b", re.IGNORECASE)  # "then the US ambassador"
_THEN = re.compile(r"\bthen\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|under|acting)\b|\bvice-", re.IGNORECASE)
# Words that may stand between an organisation and the title of its leader
_LEADER_QUALIFIERS = frozenset(
    {
        "s",
        "military",
        "political",
        "top",
        "senior",
        "supreme",
        "overall",
        "armed",
        "field",
        "spiritual",
        "highest",
        "most",
    }
)
# A domain before a department's title names the department: the "military leader" of a group
# leads it, its "military chief" or "political head" runs a part of it ("UN political chief",
# "military chief for the National Transitional Council").
_DOMAINS = frozenset({"military", "political", "armed", "field", "spiritual"})
_DEPARTMENT_TITLES = frozenset({"chief", "head"})


def _heads_a_department(qualifiers: list[str], title: str) -> bool:
    return title in _DEPARTMENT_TITLES and any(fold(w) in _DOMAINS for w in qualifiers)


def names_a_department(text: str) -> bool:
    """ "..., the political chief of the ...": a domain right before a department's title."""
    words = [fold(w) for w in TITLE_WORDS.findall(text)]
    return any(
        _heads_a_department(words[i - 1 : i], word)
        for i, word in enumerate(words)
        if i and word in _DEPARTMENT_TITLES
    )


def dead(text: str, person_start: int) -> bool:
    """The person is written as dead ("the killing last month of X, military chief for ..."):
    the role was held, not held now."""
    return _DEATH_OF.search(text, max(0, person_start - 60), person_start) is not None


_DEATH_OF = re.compile(
    r"\b(?:killing|killed|death|assassination|murder|funeral|execution|burial)\s+"
    r"(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _posted_to(text: str, span: tuple[int, int], mention: ActorMention) -> bool:
    """The organisation or state follows "to" in the role: where the person is posted."""
    before = text[span[0] : mention.start]
    # "ambassador to the UN", "envoy at the UN", "expert on the United States"
    return re.search(r"\b(?:to|at|on|about|in|with)\s+(?:the\s+)?$", before) is not None


def possessor(
    text: str, role_start: int, mentions: list[ActorMention], person: ActorMention
) -> str | None:
    """The actor written with a possessive right before the role: "France's U.N. ambassador"."""
    for mention in mentions:
        if mention is person or mention.end > role_start or mention.end < role_start - 6:
            continue
        if _POSSESSIVE_GAP.fullmatch(text, mention.end, role_start):
            return mention.actor.key
    return None


_POSSESSIVE_GAP = re.compile(r"\s?['’]\s?s?\s*")


def _demonym_state(qualifier: str, target: str) -> str | None:
    demonyms = lexicon().demonyms
    titles = lexicon().title_words
    words = TITLE_WORDS.findall(qualifier)
    for n, word in enumerate(words):
        spec = demonyms.get(fold(word))
        if spec:
            after = words[n + 1] if n + 1 < len(words) else ""
            if (
                after[:1].isupper()
                and not after.isupper()
                and fold(after) not in titles
                and fold(after) not in demonyms
            ):
                return None  # "American Airlines spokesman": a name, not the state
            return spec.get(target) or spec["state"]
    return None


def part_of(text: str, span: tuple[int, int], org: ActorMention) -> bool:
    """The organisation names only a part of what the person leads: words other than a few
    qualifiers stand between it and the title ("UN peacekeeping chief", "NTC education chief"),
    capitalised words continue its name ("U.S. Africa Command", "NATO's Operation ..."), nouns
    follow it ("chief of the UN observer mission"), or it owns what is led ("leader of Gaddafi's
    personal bodyguards"); or the title is "of" or "for" something else ("U.S. chairman of the
    Joint Chiefs", "NATO commander for the Libya campaign")."""
    after = text[org.end : span[1]]
    stop = re.search(r"[,.;:()\"“”]", after)
    words = TITLE_WORDS.findall(after[: stop.start()] if stop else after)
    possessive = bool(words) and words[0] == "s"
    if possessive:
        words = words[1:]  # "NATO 's Operation Unified Protector"
    if not words:
        return False
    titles = lexicon().title_words
    if words[0][:1].isupper() and fold(words[0]) not in titles:
        return True  # the name goes on: "U.S. Africa Command", "NATO's Operation Unified ..."
    for n, word in enumerate(words[:3]):
        folded = fold(word)
        if folded in titles:
            # "UN peacekeeping chief": a word other than a qualifier before the title
            if any(fold(w) not in _LEADER_QUALIFIERS for w in words[:n]):
                return True
            if _heads_a_department(words[:n], folded):
                return True
            rest = words[n + 1 : n + 3]
            return bool(rest) and fold(rest[0]) in ("of", "for")
    return possessive or fold(words[0]) not in _FUNCTION_WORDS


# Words after a name that end its phrase: what follows is no part of it
_FUNCTION_WORDS = frozenset(
    {
        "in",
        "from",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "who",
        "which",
        "that",
        "since",
        "with",
        "by",
        "as",
        "said",
        "says",
        "told",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "after",
        "before",
        "during",
        "when",
        "while",
        "but",
        "if",
        "than",
        "s",
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "also",
        "not",
        "this",
        "these",
        "those",
        "there",
        "about",
    }
)
