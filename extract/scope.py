"""Which subjects each dated event of an article is about, beyond the names in its sentence.

News prose names its subject once and then says "the city", "it", "the group": "US air strikes
on Manbij ... On 19 July the strikes on the city killed ..." A dated event is in a subject's
scope at level 0 when its own clause names the subject, and at level 1 when one of the
CARRY_SENTENCES sentences before it in the same paragraph does. The carry stops at the
paragraph and after CARRY_SENTENCES, never reaches a sentence that names a place (for a
place) or an actor (for an actor) of its own, nor passes one in between, nor, within the
sentence naming a place, reaches a clause that names another place, so a long article's
unrelated events do not join the subject (docs/QUALITY.md measures that leak). An article
is about a subject when it names it in its lead and in ABOUT_SENTENCES sentences or more:
such articles count towards the salience of every date they mention (store/date_counts.py),
and lend the subject the events of their first ABOUT_SPAN sentences, in paragraphs that name
it, at level 2 (the top of a news story is about its subject; its tail is background that
must not leak in).

Subjects are keys: ("a", actor key), ("p", place key) and ("c", country code), the country of
every place named, so that one article counts once for a country however many of its places
it names.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

CARRY_SENTENCES = 2
LEAD_SENTENCES = 3
ABOUT_SENTENCES = 2
ABOUT_SPAN = 8  # an article about a subject lends it the events of its first sentences

SubjectKey = tuple[str, str]
_KIND = {"a": "actor", "p": "place", "c": "place"}


@dataclass(frozen=True)
class ArticleScope:
    about: frozenset[SubjectKey]  # named in the lead and in ABOUT_SENTENCES sentences
    events: list[dict[SubjectKey, int]]  # per event: subject -> level (0 named, 1 carried,
    # 2 near the top of an article about the subject)
    lead_end: int  # offset where the lead sentences end


def _place_keys(place) -> list[SubjectKey]:
    keys = [("p", place.key)]
    if place.country:
        keys.append(("c", place.country))
    return keys


def article_scope(
    sentences: Sequence[tuple[int, int]],
    paragraph_starts: Sequence[int],
    actors: Sequence,
    places: Sequence,
    events: Sequence,
) -> ArticleScope:
    """actors, places: mentions (start, actor.key / place.key and place.country); events:
    extract.events.Event. Linear in mentions and events, with a bisection each."""
    starts = [s for s, _ in sentences]
    paragraphs = sorted(paragraph_starts)

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    named_in: dict[int, set[SubjectKey]] = {}
    for m in actors:
        named_in.setdefault(sentence_of(m.start), set()).add(("a", m.actor.key))
    country_of: dict[str, str] = {}
    for m in places:
        named_in.setdefault(sentence_of(m.start), set()).update(_place_keys(m.place))
        if m.place.country:
            country_of[m.place.key] = m.place.country
    sentences_naming: dict[SubjectKey, int] = {}
    for keys in named_in.values():
        for key in keys:
            sentences_naming[key] = sentences_naming.get(key, 0) + 1
    named_in_paragraph: dict[int, set[SubjectKey]] = {}
    for i, keys in named_in.items():
        paragraph = bisect.bisect_right(paragraphs, starts[i]) if starts else 0
        named_in_paragraph.setdefault(paragraph, set()).update(keys)
    lead = {key for i in range(LEAD_SENTENCES) for key in named_in.get(i, ())}
    about = frozenset(k for k in lead if sentences_naming[k] >= ABOUT_SENTENCES)

    per_event: list[dict[SubjectKey, int]] = []
    for ev in events:
        subjects: dict[SubjectKey, int] = {}
        i = sentence_of(ev.start)
        paragraph = bisect.bisect_right(paragraphs, starts[i] if starts else 0)
        # A sentence that names a place of its own is about that place, not a place carried
        # to it; the same for actors.
        own_kinds = {_KIND[k[0]] for k in named_in.get(i, ())}
        # Within its own sentence, a clause that names a place is about that place: "as SDF
        # encircled Raqqa, and as forces pushed IS out of Homs on 5 August" is not Raqqa's
        # 5 August. Actors are still carried within the sentence: a clause naming one actor
        # is often about the actor of the clause before ("X said on Monday that Y ...").
        clause_kinds = {"place"} if ev.place_keys else set()
        if i < ABOUT_SPAN:  # ... and in a paragraph that names the subject
            for key in about & named_in_paragraph.get(paragraph, set()):
                if _KIND[key[0]] not in own_kinds:
                    subjects[key] = 2
        # The carry does not pass a sentence in between that names a place (for a place) or
        # an actor (for an actor) of its own: the story has moved on ("... from Mosul. The
        # missiles hit the airfield near Homs. Trump said on Tuesday ..." is not Mosul's).
        # What that sentence names is carried from it instead, nearer.
        passed: set[str] = set()
        for back in range(1, CARRY_SENTENCES + 1):
            j = i - back
            if j < 0 or bisect.bisect_right(paragraphs, starts[j]) != paragraph:
                break
            blocked = own_kinds | passed
            for key in named_in.get(j, ()):
                if _KIND[key[0]] not in blocked:
                    subjects[key] = 1
            passed |= {_KIND[k[0]] for k in named_in.get(j, ())}
        for key in named_in.get(i, ()):  # another clause of the event's own sentence
            if _KIND[key[0]] not in clause_kinds:
                subjects[key] = 1
        for key in ev.actor_keys:
            subjects[("a", key)] = 0
        for key in ev.place_keys:
            subjects[("p", key)] = 0
            if key in country_of:
                subjects[("c", country_of[key])] = 0
        per_event.append(subjects)
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1][1] if sentences else 0
    return ArticleScope(about, per_event, lead_end)
