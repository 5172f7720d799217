"""The identity curations of this workspace: who said which actors are one, are not one, or go
by another name, when and why; and undo by number.

Usage: curation [undo ID]. A curation is made through `actor`: `actor Daesh same-as ISIS`,
`actor "Abu Bakr" not-same-as "Abu Bakr al-Baghdadi"`, `actor SDF rename "Syrian Democratic
Forces"`, each optionally followed by `why: REASON` and `sentence: "the sentence that prompted
it"`. Curations apply when a profile is asked for, so an undo takes effect at once and exactly.
In Slack: `/actor curations` lists them and `/actor undo ID` undoes one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands import identities
from store import curations
from store.articles import EVERYONE, Viewer

if TYPE_CHECKING:
    from store.db import Database

MAX_TEXT = 500  # a reason or a sentence is kept to this many characters
VERB_WORDS = {"same-as": "same_as", "not-same-as": "not_same_as", "rename": "rename"}
_VERB = re.compile(r"(?:^|\s)(not[-\s]same[-\s]as|same[-\s]as|rename)(?=\s|$)", re.IGNORECASE)
_NOTES = re.compile(r"(?:^|\s)(why|because|sentence):\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’"


class CurationError(ValueError):
    """What is wrong with a curation, in one line."""


@dataclass(frozen=True)
class Request:
    verb: str  # same_as | not_same_as | rename
    subject: str
    other: str
    why: str | None = None
    sentence: str | None = None


def _unquote(text: str) -> str:
    return " ".join(text.strip().strip(_QUOTES).split())


def parse(text: str) -> Request | None:
    """`Daesh same-as ISIS why: the Arabic acronym` -> a Request; None when the text is a plain
    name (no curation verb in it). A verb without names on both sides is a CurationError."""
    found = _VERB.search(text)
    if found is None:
        return None
    verb = VERB_WORDS["-".join(found.group(1).lower().split()).replace(" ", "-")]
    subject, rest = text[: found.start(1)], text[found.end(1) :]
    notes: dict[str, str] = {}
    parts = _NOTES.split(rest)
    other = parts[0]
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        key = "sentence" if label.lower() == "sentence" else "why"
        notes[key] = _unquote(value)[:MAX_TEXT] or notes.get(key, "")
    subject, other = _unquote(subject)[:200], _unquote(other)[:200]
    spelled = found.group(1).lower()
    if not subject or not other:
        raise CurationError(f"{spelled} needs a name on each side: NAME {spelled} OTHER NAME")
    return Request(verb, subject, other, notes.get("why") or None, notes.get("sentence") or None)


@dataclass(frozen=True)
class Made:
    """The answer to a curation: what was recorded, in one line."""

    curation: curations.Curation
    message: str

    def to_json(self) -> dict[str, object]:
        return {"curation": self.curation.to_json(), "message": self.message}


def _one_actor(db: Database, name: str, viewer: Viewer) -> tuple[int, str]:
    """The one stored actor a name means (curations applied), else a CurationError."""
    known = identities.load(db, viewer)
    found, taken = identities.resolve(db, name, viewer, known)
    exact = [s for s in found if identities.folded(name) in map(identities.folded, s.aliases)]
    exact += [s for s in found if identities.folded(s.name) == identities.folded(name)]
    if len(found) > 1 and len({s.actor_ids[0] for s in exact}) == 1:
        found = exact[:1]
    if not found:
        raise CurationError(taken or f"no actor called {name!r} in this workspace")
    if len(found) > 1:
        names = ", ".join(s.name for s in found)
        raise CurationError(f"{name!r} may mean: {names}; name one of them")
    return found[0].actor_ids[0], found[0].name


def make(
    db: Database, request: Request, team: str, made_by: str, viewer: Viewer = EVERYONE
) -> Made:
    """Record a curation for team after checking that it means something: both names known,
    not already so, not contradicting a live curation."""
    known = identities.load(db, viewer)
    if request.verb == "rename":
        actor_id, shown = _one_actor(db, request.subject, viewer)
        shown = identities.display_name(known, actor_id, shown)
        if identities.folded(shown) == identities.folded(request.other):
            raise CurationError(f"{shown!r} is already called that")
        made = curations.add(
            db, team, "rename", (request.subject, actor_id), (request.other, None), made_by,
            request.why, request.sentence,
        )  # fmt: skip
        return Made(made, f"#{made.id}: {shown} is now shown as {request.other!r}")
    other_id, other_name = _one_actor(db, request.other, viewer)
    subject_id: int | None
    if request.verb == "not_same_as":
        # "Abu Bakr" may be only a name that finds al-Baghdadi: then the name is split off
        try:
            subject_id, subject_name = _one_actor(db, request.subject, viewer)
        except CurationError:
            subject_id, subject_name = None, request.subject
        if subject_id is not None and subject_id != other_id:
            for c in known.live:
                if c.verb == "same_as" and {c.subject_id, c.object_id} == {subject_id, other_id}:
                    raise CurationError(
                        f"curation #{c.id} says they are the same: `undo {c.id}` first"
                    )
        if subject_id == other_id:
            # one actor only because a curation joined them: that curation must go first
            for c in known.applied_to(known.members(other_id)):
                joined = [c.subject, *identities.names_of(db, c.subject_id or 0)]
                if c.verb == "same_as" and identities.folded(request.subject) in map(
                    identities.folded, joined
                ):
                    raise CurationError(
                        f"curation #{c.id} says they are the same: `undo {c.id}` first"
                    )
            subject_id = None  # a name of the same actor: split it off
        message = f"{request.subject!r} is not {other_name}"
    else:
        subject_id, subject_name = _one_actor(db, request.subject, viewer)
        if subject_id == other_id or known.same(subject_id, other_id):
            raise CurationError(f"{request.subject!r} and {request.other!r} are already one actor")
        pair = frozenset((subject_id, other_id))
        for c in known.live:
            if c.verb == "not_same_as" and frozenset((c.subject_id, c.object_id)) == pair:
                raise CurationError(f"curation #{c.id} says they differ: `undo {c.id}` first")
        message = f"{subject_name} is now shown as one actor with {other_name}"
    made = curations.add(
        db, team, request.verb, (request.subject, subject_id), (request.other, other_id),
        made_by, request.why, request.sentence,
    )  # fmt: skip
    return Made(made, f"#{made.id}: {message}")


@dataclass(frozen=True)
class Listing:
    curations: list[curations.Curation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"curations": [c.to_json() for c in self.curations]}


def run(db: Database, viewer: Viewer = EVERYONE) -> Listing:
    """Every curation of the viewer's workspace, undone ones too, oldest first."""
    return Listing(curations.listed(db, identities.teams_of(db, viewer)))


def undo(db: Database, curation_id: int, undone_by: str, viewer: Viewer = EVERYONE) -> Made:
    """Undo a live curation of the viewer's workspace; it stays listed, stamped."""
    done = curations.undo(db, curation_id, identities.teams_of(db, viewer), undone_by)
    if done is None:
        existing = curations.get(db, curation_id)
        teams = identities.teams_of(db, viewer)
        if existing is not None and existing.team in teams and not existing.live:
            raise CurationError(f"curation #{curation_id} was already undone")
        raise CurationError(f"no curation #{curation_id} in this workspace")
    return Made(done, f"#{curation_id} undone: {describe(done)}")


def describe(c: curations.Curation) -> str:
    """`"Daesh" same-as "ISIS"`."""
    return f"{c.subject!r} {c.verb.replace('_', '-')} {c.other!r}"
