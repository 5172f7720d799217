"""An actor's profile with evidence: names, what the text says it is, who it backs or fights,
where it acts, when it was reported, its dated events and the most informative quotes.

Usage: actor NAME. Any alias or spelling works (ISIL, Daesh and IS are one actor). An unknown
name gets "did you mean" suggestions; an ambiguous one lists the candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands import (
    actor_description,
    actor_groups,
    actor_quotes,
    disagreements,
    identities,
    passages,
    reported_dates,
    subjects,
)
from commands.citations import Citation
from commands.entries import Entry
from store import entities
from store.articles import EVERYONE, Viewer, get_article, get_articles
from store.curations import Curation
from text.tokens import fold

if TYPE_CHECKING:
    import sqlite_utils

TIMELINE_DATES = 10
RELATIONS = 60  # listed in full in JSON; a profile shows the first RELATIONS_SHOWN
RELATIONS_SHOWN = 8
PLACES = 10
EVIDENCE = 3


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


class _Citations(dict[int, Citation]):
    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def __missing__(self, article_id: int) -> Citation:
        article = get_article(self.db, article_id)
        assert article is not None
        citation = Citation.of(article)
        self[article_id] = citation
        return citation

    def read(self, article_ids: Iterable[int]) -> None:
        """Read the citations of these articles at once (one query, not one each)."""
        missing = [i for i in article_ids if i not in self]
        self.update((i, Citation.of(a)) for i, a in get_articles(self.db, missing).items())


def _relations(
    db: sqlite_utils.Database,
    members: tuple[int, ...],
    viewer: Viewer,
    citations: _Citations,
    kept: Callable[[str], bool],
) -> list[RelationClaim]:
    """The actor's relations, the most independently supported first, each with the sentences
    of up to EVIDENCE articles (those a split leaves). A curated group's are its members'
    together; the sentences are read only for the RELATIONS shown, not for every member's."""
    ranked = actor_groups.ranked_relations(
        [entities.strongest_relations(db, m, viewer, RELATIONS) for m in members]
    )
    claims: list[RelationClaim] = []
    read = 0
    while read < len(ranked) and len(claims) < RELATIONS:
        # one batch of the relations that can still be shown (a relation is left out only
        # when no sentence of it is left)
        batch = ranked[read : read + RELATIONS - len(claims)]
        read += len(batch)
        stated = entities.relations_evidence(
            db, [(r.subject_id, r.predicate, r.object_id) for r in batch], viewer, EVIDENCE
        )
        citations.read(article for sentences in stated for article, _ in sentences)
        for rel, sentences in zip(batch, stated, strict=True):
            evidence = [Evidence(text, citations[article]) for article, text in sentences]
            if evidence := [e for e in evidence if kept(e.text)]:
                claims.append(
                    RelationClaim(rel.subject, rel.predicate, rel.object, evidence, rel.articles)
                )
    return claims


def _without_possessives(shown: str, aliases: list[str]) -> list[str]:
    """The aliases to show, without another name of the actor with an s added: a possessive
    whose apostrophe the source dropped ("Free Syrian Armys fighters", "Ahrar al-Shams
    leader"), which reads as a misspelling of the name. Such surfaces still find the actor's
    sentences; only the list of its names leaves them out."""
    names = {fold(n).lower() for n in (shown, *aliases)}
    return [a for a in aliases if not (a.endswith("s") and fold(a[:-1]).lower() in names)]


def _places(
    db: sqlite_utils.Database, actor_id: int, profile: ActorProfile, viewer: Viewer
) -> list[dict[str, object]]:
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


def run(db: sqlite_utils.Database, name: str, viewer: Viewer = EVERYONE) -> ActorAnswer:
    name = " ".join(name.split())[:200]
    known = identities.load(db, viewer)
    candidates, taken = identities.resolve(db, name, viewer, known)
    if not candidates:
        # the catalogue actors the name means, for a name no stored actor answers
        unreported = [] if taken else [a.name for a in subjects.catalogue_actors(name)][:3]
        if unreported:
            # "Morsi" in a store of 2011 articles: the catalogue knows him, no article names him
            return ActorAnswer(name, None, message=f"no article names {', '.join(unreported)}")
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

    others = (shown, *aliases)
    decided: dict[str, bool] = {}  # a dated sentence is asked about twice, a quote's again

    def kept(text: str) -> bool:
        if not split:
            return True
        if text not in decided:
            decided[text] = identities.kept_by_split(text, split, others)
        return decided[text]

    description, described_by = actor_description.description_of(
        db, subject.key, actor_id, [subject.name, *aliases], viewer, citations
    )
    reach = actor_groups.reach(db, members, split, viewer)
    # (extraction's modules are loaded only once a profile is built)
    from extract.role_text import without_unmarked_possessive as shown_role

    profile = ActorProfile(
        actor_id,
        subject.key or "",
        shown,
        kind,
        _without_possessives(shown, aliases),
        description,
        described_by,
        list(
            dict.fromkeys(shown_role(r) for m in members for r, _ in entities.roles(db, m, viewer))
        )[:3],
        reach["mentions"],
        reach["articles"],
        reach["first_reported"],
        reach["last_reported"],
    )

    relations = _relations(db, members, viewer, citations, kept)
    places = actor_groups.merged_places([_places(db, m, profile, viewer) for m in members], PLACES)
    dated, _, counted = reported_dates.subject_events(
        db, members, (), viewer, *reported_dates.date_bounds(None, None), TIMELINE_DATES
    )
    dated.sort(key=lambda e: (e.sort_key or "", e.article_id, e.start))
    citations.read(e.article_id for e in dated)
    merged = [e for e in reported_dates.merge(dated, citations) if kept(e.text)]
    entries = reported_dates.salient(merged, TIMELINE_DATES, counted)
    disagreements.attach(db, entries, viewer, [e for e in dated if kept(e.text)])
    quotes = actor_quotes.informative(db, profile, members, relations, entries, viewer, kept)
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
