"""Who is who once people have had their say: the live identity curations of a workspace,
applied at query time over the extracted mentions, so that undoing one is exact and nothing is
ingested again.

- `A same-as B`: the actors A and B are one; the profile of either is the profile of both,
  under B's name (the name the curation points to), with A's names among its aliases.
- `A not-same-as B`: A is not B. When A and B are two stored actors, neither profile offers
  the other as "possibly the same". When A is only a name by which B is found ("Abu Bakr" for
  "Abu Bakr al-Baghdadi"), that name no longer finds B, and B's profile leaves out the
  mentions, sentences and quotes that name B only that way.
- `A rename NEW`: the actor A is shown as NEW, and NEW finds it; A stays an alias.

"Possibly the same as": two catalogue actors that share an alias are never merged; the
profile of each names the other, until a curation says they are or are not the same.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from store import curations, workspace
from store.articles import Viewer
from text.tokens import fold

if TYPE_CHECKING:
    from commands.subjects import Subject
    from extract.catalogue import Catalogue
    from store.db import Database


def folded(name: str) -> str:
    return " ".join(fold(name).lower().split())


def teams_of(db: Database, viewer: Viewer) -> tuple[str, ...]:
    """Whose curations a viewer's answers apply: its workspace's. The terminal is the store's
    own workspace; curations made there before the store knew its workspace (team '') belong
    to the workspace that claims the store, as the articles do."""
    home = workspace.home(db)
    if viewer.team is None:
        return (home, "") if home else ("",)
    return (viewer.team, "") if home == viewer.team else (viewer.team,)


def own_team(db: Database, viewer: Viewer) -> str:
    """The workspace a curation made by viewer is recorded for."""
    return viewer.team if viewer.team is not None else (workspace.home(db) or "")


@dataclass
class Identities:
    """The live curations of one workspace, indexed for the profile."""

    live: list[curations.Curation] = field(default_factory=list)
    parent: dict[int, int] = field(default_factory=dict)  # same-as: union-find over actor ids
    canonical: dict[int, int] = field(default_factory=dict)  # group root -> the id shown
    renamed: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (name, curation)
    renamed_to: dict[str, int] = field(default_factory=dict)  # folded new name -> actor id
    distinct: set[frozenset[int]] = field(default_factory=set)  # not-same-as between actors
    split: dict[int, dict[str, int]] = field(default_factory=dict)  # id -> folded name -> curation

    def _root(self, actor_id: int) -> int:
        while self.parent.get(actor_id, actor_id) != actor_id:
            actor_id = self.parent[actor_id]
        return actor_id

    def primary(self, actor_id: int) -> int:
        """The actor whose name a same-as group is shown under."""
        root = self._root(actor_id)
        return self.canonical.get(root, actor_id)

    def members(self, actor_id: int) -> tuple[int, ...]:
        """Every actor of actor_id's same-as group, the one shown first."""
        root = self._root(actor_id)
        if root == actor_id and actor_id not in self.parent:
            return (actor_id,)
        group = {i for i in self.parent if self._root(i) == root} | {root}
        first = self.canonical.get(root, actor_id)
        return (first, *sorted(group - {first}))

    def same(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def split_names(self, actor_ids: Iterable[int]) -> dict[str, int]:
        out: dict[str, int] = {}
        for actor_id in actor_ids:
            out.update(self.split.get(actor_id, {}))
        return out

    def applied_to(self, actor_ids: Sequence[int]) -> list[curations.Curation]:
        ids = set(actor_ids)
        return [c for c in self.live if c.subject_id in ids or c.object_id in ids]


def load(db: Database, viewer: Viewer) -> Identities:
    """The viewer's workspace's live curations, indexed; an empty Identities when nothing was
    curated. Kept while they stay as they are (one read of their index tells): reading and
    indexing 100 of them on every question cost 0.7 ms. Never changed once loaded (the Slack
    bot's threads share it)."""
    teams = teams_of(db, viewer)
    version = curations.version(db, teams)
    with _LOADED_LOCK:
        kept = _LOADED.get(version) if version is not None else None
    if kept is not None:
        return kept
    identities = _index(curations.listed(db, teams, live_only=True))
    if version is not None:
        with _LOADED_LOCK:
            if len(_LOADED) >= _LOADED_KEPT:
                _LOADED.clear()
            _LOADED[version] = identities
    return identities


_LOADED: dict[tuple[object, ...], Identities] = {}
_LOADED_LOCK = threading.Lock()
_LOADED_KEPT = 64  # workspaces of a store, and a few stores


def _index(live: list[curations.Curation]) -> Identities:
    identities = Identities(live)
    for c in identities.live:
        if c.verb == "same_as" and c.subject_id and c.object_id:
            a, b = identities._root(c.subject_id), identities._root(c.object_id)
            if a != b:
                identities.parent[a] = b
                identities.canonical.pop(a, None)
                identities.canonical[b] = identities.canonical.get(b, b)
                identities.parent.setdefault(b, b)
        elif c.verb == "not_same_as" and c.object_id:
            if c.subject_id and c.subject_id != c.object_id:
                identities.distinct.add(frozenset((c.subject_id, c.object_id)))
            else:
                identities.split.setdefault(c.object_id, {})[folded(c.subject)] = c.id
        elif c.verb == "rename" and c.subject_id:
            identities.renamed[c.subject_id] = (c.other, c.id)
            identities.renamed_to[folded(c.other)] = c.subject_id
    return identities


def resolve(
    db: Database, name: str, viewer: Viewer, identities: Identities
) -> tuple[list[Subject], str | None]:
    """The actors a name means with the curations applied, one per same-as group; and, when a
    curation took the name's only actor away, why."""
    from commands import subjects

    renamed = identities.renamed_to.get(folded(name))
    found = subjects.resolve_actor(db, name, viewer)  # type: ignore[arg-type]
    if renamed is not None:
        found = [s for s in found if renamed in s.actor_ids] or _subject_of(db, renamed)
    kept = [s for s in found if folded(name) not in identities.split_names([s.actor_ids[0]])]
    why = None
    if found and not kept:
        number = identities.split_names([found[0].actor_ids[0]])[folded(name)]
        why = f"{name!r} is not {found[0].name} (curation #{number})"
    by_group: dict[int, Subject] = {}
    for subject in kept:
        primary = identities.primary(subject.actor_ids[0])
        if primary not in by_group:
            shown = subject if primary == subject.actor_ids[0] else _subject_of(db, primary)
            by_group[primary] = shown[0] if isinstance(shown, list) else shown
    return list(by_group.values()), why


def _subject_of(db: Database, actor_id: int) -> list[Subject]:
    """A stored actor as a subject, with its catalogue aliases when it is catalogued."""
    from commands.subjects import Subject
    from extract.actors import load_catalogue

    stored = curations.actor(db, actor_id)
    if stored is None:
        return []
    entry = load_catalogue().get(stored[1])
    if entry is not None:
        return [Subject("actor", entry.name, (actor_id,), key=entry.key, aliases=entry.aliases)]
    return [Subject("actor", stored[2], (actor_id,), key=stored[1])]


def names_of(db: Database, actor_id: int) -> list[str]:
    """A stored actor's name and catalogue aliases."""
    return [n for s in _subject_of(db, actor_id) for n in (s.name, *s.aliases)]


def display_name(identities: Identities, actor_id: int, name: str) -> str:
    return identities.renamed.get(actor_id, (name, 0))[0]


# ------------------------------------------------------------------ possibly the same as


_SHARED: dict[int, tuple[Catalogue, dict[str, tuple[str, ...]]]] = {}


def _alias_owners(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Folded name -> the catalogue keys of every actor with that name or alias, for the names
    two or more actors share (computed once per catalogue, which is immutable once loaded)."""
    cached = _SHARED.get(id(catalogue))
    if cached is not None and cached[0] is catalogue:
        return cached[1]
    owners: dict[str, list[str]] = {}
    for actor in catalogue.actors.values():
        for name in dict.fromkeys((actor.name, *actor.aliases)):
            owners.setdefault(folded(name), []).append(actor.key)
    shared = {name: tuple(keys) for name, keys in owners.items() if len(keys) > 1}
    _SHARED.clear()  # one catalogue at a time: a changed $SITREP_ACTORS file replaces it
    _SHARED[id(catalogue)] = (catalogue, shared)
    return shared


def possibly_same(
    db: Database, key: str | None, member_ids: Sequence[int], identities: Identities
) -> list[dict[str, object]]:
    """Other catalogue actors that share an alias with this one: named, never merged. Those a
    curation already joined or told apart are left out."""
    if not key:
        return []
    from extract.actors import load_catalogue
    from store import entities

    catalogue = load_catalogue()
    actor = catalogue.get(key)
    shared = _alias_owners(catalogue)
    if actor is None or not shared:
        return []
    out: dict[str, dict[str, object]] = {}
    for name in (actor.name, *actor.aliases):
        for other_key in shared.get(folded(name), ()):
            if other_key == key or other_key in out:
                continue
            stored = entities.actor_by_key(db, other_key)  # type: ignore[arg-type]
            if stored is not None and any(
                identities.same(stored.id, m) or frozenset((stored.id, m)) in identities.distinct
                for m in member_ids
            ):
                continue
            other = catalogue.get(other_key)
            assert other is not None
            out[other_key] = {"name": other.name, "key": other_key, "shared_alias": name}
    return list(out.values())


@lru_cache(maxsize=64)
def _whole_words(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for any of the names, folded, as whole words of folded text (a profile asks
    it of every sentence it shows: one search each, not one per name, and compiled once per
    set of names)."""
    wanted = sorted({folded(n) for n in names if n}, key=lambda n: (-len(n), n))
    if not wanted:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in wanted)})(?!\w)")


def kept_by_split(text: str, split_names: Iterable[str], other_names: Iterable[str]) -> bool:
    """A sentence stays in a profile unless it names the actor only by a name a not-same-as
    curation took from it ("Abu Bakr said" leaves al-Baghdadi's profile; "Abu Bakr
    al-Baghdadi said" stays). Names are compared folded; another name counts only outside
    the split ones ("Umar" in "Abu Umar" is not Umar Haddad named otherwise)."""
    split = _whole_words(tuple(split_names))
    if split is None:
        return True
    haystack = folded(text)
    if split.search(haystack) is None:  # most sentences: one search of the folded text
        return True
    others = _whole_words(tuple(other_names))
    return others is not None and others.search(split.sub(" ", haystack)) is not None
