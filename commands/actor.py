"""An actor's profile with evidence: names, what the text says it is, who it backs or fights,
where it acts, when it was reported, its dated events and the most informative quotes.

Usage: actor NAME. Any alias or spelling works (ISIL, Daesh and IS are one actor). An unknown
name gets "did you mean" suggestions; an ambiguous one lists the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands import actor_groups, disagreements, identities, passages, reported_dates, subjects
from commands.citations import Citation
from commands.entries import Entry
from store import entities
from store.articles import EVERYONE, Viewer, get_article
from store.curations import Curation
from text.tokens import fold

if TYPE_CHECKING:
    import sqlite_utils

TIMELINE_DATES = 10
RELATIONS = 60  # listed in full in JSON; a profile shows the first RELATIONS_SHOWN
RELATIONS_SHOWN = 8
PLACES = 10
EVIDENCE = 3
QUOTES = 5
DESCRIPTION_SENTENCES = 300
# An appositive or a definition right after a name: "Boko Haram, Africa's most dreaded terror
# outfit," / "the SDF, a broad military coalition ...," / "Hamo is the commander of ...".
_APPOSITIVE = re.compile(
    r"^\s*(?:\([^)]{1,60}\))?\s*,\s*((?:a|an|the|[A-Z][\w’'-]*(?:’s|'s))\s[^,.;:()“”\"]{4,140}?)\s*[,.;]"
)
_PLACE_COMMA = re.compile(r"[A-Z][\w’'-]+,\s*$")
_SUBJECT_START = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_DEFINITION = re.compile(
    r"^\s*(?:\([^)]{1,60}\))?\s+(?:is|was|are|were)\s+((?:a|an|the)\s[^,.;:()“”\"]{4,140}?)\s*[,.;]"
)


# A clause, not a noun phrase: "from ISIS, the US strategists were forced to ..." is no appositive.
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|"
    r"says|should|must|may|might)\b",
    re.IGNORECASE,
)


def _reads_like_a_description(phrase: str) -> bool:
    words = phrase.split()
    if not 3 <= len(words) <= 16 or _FINITE_VERB.search(phrase):
        return False
    # "the World Bank" in a list of names is another name; "former head of the U" was cut at
    # an abbreviation's dot
    return not (
        all(w[:1].isupper() for w in words[1:]) or (len(words[-1]) == 1 and words[-1].isupper())
    )


@dataclass(frozen=True)
class Evidence:
    text: str
    article: Citation

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "article": self.article.to_json()}


@dataclass(frozen=True)
class RelationClaim:
    subject: str
    predicate: str
    object: str
    evidence: list[Evidence]
    support: int = 1  # independent articles stating it

    def to_json(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "evidence": [e.to_json() for e in self.evidence],
            "support": self.support,
        }


@dataclass(frozen=True)
class ActorProfile:
    id: int
    key: str
    name: str
    kind: str
    aliases: list[str]
    description: str | None
    description_source: Citation | None
    roles: list[str]
    mentions: int
    articles: int
    first_reported: str | None
    last_reported: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "aliases": self.aliases,
            "description": self.description,
            "description_source": self.description_source.to_json()
            if self.description_source
            else None,
            "roles": self.roles,
            "mentions": self.mentions,
            "articles": self.articles,
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
        }


@dataclass(frozen=True)
class ActorAnswer:
    query: str
    actor: ActorProfile | None
    relations: list[RelationClaim] = field(default_factory=list)
    places: list[dict[str, object]] = field(default_factory=list)
    timeline: list[Entry] = field(default_factory=list)
    quotes: list[passages.Quote] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    message: str | None = None
    # other catalogue actors sharing an alias (named, never merged), and the live curations
    # this profile applies
    possibly_same_as: list[dict[str, object]] = field(default_factory=list)
    curations: list[Curation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "actor": self.actor.to_json() if self.actor else None,
            "relations": [r.to_json() for r in self.relations],
            "places": self.places,
            "timeline": [e.to_json() for e in self.timeline],
            "quotes": [q.to_json() for q in self.quotes],
            "suggestions": self.suggestions,
            "possibly_same_as": self.possibly_same_as,
            "curations": [c.to_json() for c in self.curations],
        }


class _Citations(dict):
    def __init__(self, db):
        super().__init__()
        self.db = db

    def __missing__(self, article_id: int) -> Citation:
        article = get_article(self.db, article_id)
        assert article is not None
        self[article_id] = Citation.of(article)
        return self[article_id]


def describe(
    db, actor_id: int, names: list[str], viewer: Viewer, citations: _Citations
) -> tuple[str | None, Citation | None]:
    """The first appositive or definition on the actor's own mention that AGREEING articles
    give (the same first words), with the first article giving it; None when no description is
    agreed on. One article's phrase is often about someone else ("Saif al-Islam Gadhafi, a son
    of Moammar Gadhafi") or no description at all."""
    folded_names = sorted({fold(n).lower() for n in names if len(n) > 1}, key=len, reverse=True)
    groups: dict[str, list[tuple[str, int]]] = {}
    for article_id, _, _, sentence in entities.mention_sentences(
        db, actor_id, viewer, DESCRIPTION_SENTENCES
    ):
        phrase = _description_in(sentence, folded_names)
        if phrase is not None:
            group = groups.setdefault(_gist(phrase), [])
            group.append((phrase, article_id))
            if len({article for _, article in group}) >= AGREEING:
                break  # the first description enough articles agree on
    best = None
    for found in groups.values():
        support = len({article for _, article in found})
        if support >= AGREEING and (best is None or support > best[0]):
            best = (support, found)
    if best is None:
        return None, None
    phrase, article_id = min(best[1], key=lambda f: (len(f[0]), f[1]))
    return phrase, citations[article_id]


AGREEING = 2
_DETERMINERS = frozenset({"a", "an", "the"})


def _gist(phrase: str) -> str:
    """The first two words after a determiner: "a Kurdish-led alliance of militias" and "the
    Kurdish-led alliance" agree."""
    words = [w for w in re.findall(r"[\w’'-]+", fold(phrase).lower()) if w not in _DETERMINERS]
    return " ".join(words[:2])


def _description_in(sentence: str, folded_names: list[str]) -> str | None:
    folded = fold(sentence).lower()
    for name in folded_names:
        at = folded.find(name)
        while at >= 0:
            phrase = _phrase_after(sentence, at, at + len(name))
            if phrase and not any(n in fold(phrase).lower() for n in folded_names):
                return phrase
            at = folded.find(name, at + 1)
    return None


def _phrase_after(sentence: str, at: int, end: int) -> str | None:
    before = sentence[:at]
    # the actor's own mention: not the end of a longer name ("Saif al-Islam Gadhafi") nor the
    # start of one ("Assad's"), and not "Sochi, Russia, a favourite venue"
    if _LONGER_NAME.search(before) or _PLACE_COMMA.search(before):
        return None
    if end < len(sentence) and (sentence[end].isalnum() or sentence[end] in "-’'"):
        return None
    rest = sentence[end:]
    match = _APPOSITIVE.match(rest)
    # "X is a ..." defines X only when X is the subject, not in "enfeebling X is ...".
    if not match and _SUBJECT_START.match(before):
        match = _DEFINITION.match(rest)
    if match and _reads_like_a_description(match.group(1)):
        return match.group(1).strip()
    return None


# A capitalised word glued to the mention, other than a title ("President Assad, ...")
_LONGER_NAME = re.compile(
    r"(?<![.!?]\s)\b(?!(?:President|Prime|Minister|King|General|Gen|Colonel|Col|Dr|Mr|Mrs|Ms|"
    r"Sheikh|Emir|Leader|The|the)\b)[A-Z][\w’'-]*[ -]$"
)


def _relations(db, actor_id: int, viewer: Viewer, citations: _Citations) -> list[RelationClaim]:
    """The actor's relations, the most independently supported first, each with the sentences
    of up to EVIDENCE articles."""
    claims = []
    for rel in entities.strongest_relations(db, actor_id, viewer, RELATIONS):
        evidence = [
            Evidence(sentence, citations[article_id])
            for article_id, sentence in entities.relation_evidence(
                db, rel.subject_id, rel.predicate, rel.object_id, viewer, EVIDENCE
            )
        ]
        if evidence:
            claims.append(
                RelationClaim(rel.subject, rel.predicate, rel.object, evidence, rel.articles)
            )
    return claims


def _places(db, actor_id: int, profile: ActorProfile, viewer: Viewer) -> list[dict[str, object]]:
    """Where the actor is named, most often first. The actor itself is no place of its own (the
    state "United States" named beside the United States); two places of one name (the city and
    the province of Idlib) are told apart by their kind in "label"."""
    own = {fold(n).lower() for n in (profile.name, *profile.aliases)}
    rows = [
        row
        for row in entities.places_of_actor(db, actor_id, viewer, PLACES + 2)
        if fold(row[1]).lower() not in own
    ][:PLACES]
    names = [fold(row[1]).lower() for row in rows]
    out: list[dict[str, object]] = []
    for _, name, country, sentences, kind in rows:
        shared = names.count(fold(name).lower()) > 1
        out.append(
            {
                "name": name,
                "country": country,
                "sentences": sentences,
                "kind": kind,
                "label": f"{name} ({kind})" if shared else name,
            }
        )
    return out


def _informative_quotes(
    db,
    profile: ActorProfile,
    members: tuple[int, ...],
    relations: list[RelationClaim],
    entries: list[Entry],
    viewer: Viewer,
    kept: Callable[[str], bool],
) -> list[passages.Quote]:
    """Passages naming the actor, preferring those that also carry a relation or a dated event."""
    parsed = passages.parse(profile.name, [*profile.aliases[:8]])
    candidates = passages.search(db, parsed, QUOTES * 6, viewer)
    ids = [q.passage_id for q in candidates]
    naming = {p for m in members for p in entities.passages_mentioning(db, m, ids)}
    candidates = [q for q in candidates if q.passage_id in naming and kept(q.text)]
    evidence = {e.text for r in relations for e in r.evidence} | {e.text for e in entries}

    def informativeness(q: passages.Quote) -> float:
        bonus = 1.0 + 0.5 * sum(1 for text in evidence if text and text in q.text)
        return q.score * bonus

    ranked = sorted(candidates, key=lambda q: (-informativeness(q), q.passage_id))
    per_article: dict[int, int] = {}
    chosen = []
    for q in ranked:
        if per_article.get(q.article.id, 0) >= 2:
            continue
        per_article[q.article.id] = per_article.get(q.article.id, 0) + 1
        chosen.append(q)
        if len(chosen) == QUOTES:
            break
    return chosen


def run(db: sqlite_utils.Database, name: str, viewer: Viewer = EVERYONE) -> ActorAnswer:
    name = " ".join(name.split())[:200]
    known = identities.load(db, viewer)
    candidates, taken = identities.resolve(db, name, viewer, known)
    if not candidates:
        hints = subjects.suggestions(db, name, viewer=viewer)
        return ActorAnswer(
            name,
            None,
            suggestions=hints,
            message=(taken or f"no actor called {name!r}")
            + (f"; did you mean: {', '.join(hints)}?" if hints else ""),
        )
    exact = [c for c in candidates if subjects.is_named(c, name)]
    if len(candidates) > 1 and len(exact) != 1:
        names = [c.name for c in candidates]
        return ActorAnswer(
            name, None, suggestions=names, message=f"{name!r} may mean: {', '.join(names)}"
        )
    subject = exact[0] if exact else candidates[0]
    members = known.members(subject.actor_ids[0])
    actor_id = members[0]
    split = known.split_names(members)
    stored = entities.actor_by_key(db, subject.key) if subject.key else None
    kind = stored.kind if stored else "unknown"
    citations = _Citations(db)

    shown = identities.display_name(known, actor_id, subject.name)
    others = [n for m in members[1:] for n in identities.names_of(db, m)]
    seen = [s for m in members for s in entities.visible_surfaces(db, m, viewer)]
    renamed = [subject.name] if shown != subject.name else []
    aliases = list(
        dict.fromkeys(
            a
            for a in [*renamed, *subject.aliases, *others, *seen]
            if fold(a).lower() != fold(shown).lower() and identities.folded(a) not in split
        )
    )

    def kept(text: str) -> bool:
        return not split or identities.kept_by_split(text, split, [shown, *aliases])

    # the catalogue's description, reviewed and sourced; else one the text agrees on
    description, described_by = None, None
    if subject.key:
        from extract.actors import load_catalogue

        description = getattr(load_catalogue().get(subject.key), "description", None)
    if description is None:
        description, described_by = describe(
            db, actor_id, [subject.name, *aliases], viewer, citations
        )
    reach = actor_groups.reach(db, members, split, viewer)
    profile = ActorProfile(
        actor_id,
        subject.key or "",
        shown,
        kind,
        aliases,
        description,
        described_by,
        list(dict.fromkeys(r for m in members for r, _ in entities.roles(db, m, viewer)))[:3],
        reach["mentions"],
        reach["articles"],
        reach["first_reported"],
        reach["last_reported"],
    )

    relations = actor_groups.merged_relations(
        [_relations(db, m, viewer, citations) for m in members], kept, RELATIONS
    )
    places = actor_groups.merged_places([_places(db, m, profile, viewer) for m in members], PLACES)
    dated, _, counted = reported_dates.subject_events(
        db, members, (), viewer, *reported_dates.date_bounds(None, None), TIMELINE_DATES
    )
    dated.sort(key=lambda e: (e.sort_key or "", e.article_id, e.start))
    merged = [e for e in reported_dates.merge(dated, citations) if kept(e.text)]
    entries = reported_dates.salient(merged, TIMELINE_DATES, counted)
    disagreements.attach(db, entries, viewer, [e for e in dated if kept(e.text)])
    quotes = _informative_quotes(db, profile, members, relations, entries, viewer, kept)
    return ActorAnswer(
        name,
        profile,
        relations,
        places,
        entries,
        quotes,
        possibly_same_as=identities.possibly_same(db, subject.key, members, known),
        curations=known.applied_to(members),
    )
