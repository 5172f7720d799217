"""Reports that differ: where the reports of one event disagree on a casualty figure, on who
controls a place, on who carried out an attack or on the day of a named event, each claim with
its sentence and outlet ("AFP: 12 killed · Reuters: 19 killed"), and how many independent
sources stand behind them. The day of a named event is compared across the entries of an
answer (commands/date_disagreements.py); the other kinds within one entry, here.

Reports of one event are the events of one timeline entry or profile entry: the same subject,
the same day. Their claims are compared by kind and topic (killed civilians with killed
civilians; who holds one place); figures differ only beyond the rounding their words allow
("12" and "about a dozen" agree, "at least 12" and "19" do not), sides only when both are
named and are different actors. A difference counts only between independent sources, so an
outlet revising its own toll is not shown as reports differing.

Independence: a story's wire credit ("(Reuters) -") makes it that agency's; stories that are
near copies of one another (stored as duplicates at ingest, or rewrites sharing most of
their word shingles) are one source; else the outlet is the source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from commands.citations import Citation
from commands.entries import Entry
from extract.claims import Claim, find_claims
from extract.credits import edge_chars, wire_credit
from extract.sides import same_side
from store import reports as report_store
from store.articles import EVERYONE, Viewer, get_article
from store.events import EventRow

if TYPE_CHECKING:
    import sqlite_utils

NEAR_KM = 25  # cities this close are one locale ("Ariha" and "Idlib"); farther, two events
SYNDICATED = 0.5  # estimated word-shingle Jaccard above which two reports are one story
MAX_PER_ENTRY = 3  # disagreements shown under one entry
MAX_CLAIMS = 4  # claims shown in one disagreement: the most reported values
COMPARED_PRECISION = "day"  # a month or a year holds many events; only a day is one event


@dataclass(frozen=True)
class ClaimReport:
    """One report's claim: what it says, the sentence, the article and its outlet."""

    claim: Claim
    sentence: str
    source: Citation
    passage_id: int | None
    outlet: str  # the agency credited, else the outlet, else where the article came from
    independent: str  # the independent source it counts under
    cities: tuple[tuple[float, float], ...] = ()  # where the report's event is, when it says

    def to_json(self) -> dict[str, object]:
        return {
            **self.claim.to_json(),
            "outlet": self.outlet,
            "sentence": self.sentence,
            "article": self.source.to_json(),
            "passage_id": self.passage_id,
        }


@dataclass(frozen=True)
class Disagreement:
    kind: str  # casualties | control | responsibility
    topic: str  # "killed:civilians", a place, "attack"
    claims: list[ClaimReport]  # one per value and independent source, values in order
    reports: int  # articles making these claims, their near copies included
    independent: int  # independent sources among them

    def summary(self) -> str:
        """ "AFP: 12 killed · Reuters: 19 killed" """
        return " · ".join(f"{c.outlet}: {c.claim.said}" for c in self.claims)

    def counts(self) -> str:
        """ "3 reports, 1 independent source" """
        reports = f"{self.reports} report{'s' if self.reports != 1 else ''}"
        sources = f"{self.independent} independent source{'s' if self.independent != 1 else ''}"
        return f"{reports}, {sources}"

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "topic": self.topic,
            "summary": self.summary(),
            "reports": self.reports,
            "independent_sources": self.independent,
            "claims": [c.to_json() for c in self.claims],
        }


def _agree(a: Claim, b: Claim) -> bool:
    if a.kind == "casualties":  # the ranges the words allow overlap; a lower bound has no top
        top_a, top_b = (math.inf if c.at_least else c.high for c in (a, b))
        return a.low <= top_b and b.low <= top_a
    if a.kind == "date":
        return a.day == b.day
    return same_side(a.party_key, b.party_key)


def _value(claim: Claim) -> str:
    if claim.kind == "casualties":
        return f"{claim.low}-{claim.high}"
    return claim.day if claim.kind == "date" else claim.party_key


def _may_differ(claims: Sequence[Claim]) -> bool:
    return any(not _agree(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :])


def outlet_name(citation: Citation) -> str:
    if citation.source:
        return citation.source
    host = urlsplit(citation.origin).hostname
    return host.removeprefix("www.") if host else citation.origin


class Sources:
    """Which independent source each article counts under: its agency credit, else one
    story with the articles it nearly copies, else its outlet."""

    def __init__(self, db: sqlite_utils.Database, citations: dict[int, Citation], viewer: Viewer):
        from text.fingerprint import similarity

        ids = sorted(citations)
        self.origins = report_store.report_origins(db, ids, edge_chars(), viewer)
        self.credit = {i: wire_credit(o.head, o.tail) for i, o in self.origins.items()}
        self.key = {i: self.credit.get(i) or outlet_name(citations[i]) for i in ids}
        signatures = {i: _signature(o.signature) for i, o in self.origins.items()}
        # one story: merge the keys of rewrites (a union of their sources, smallest name)
        for n, a in enumerate(ids):
            for b in ids[n + 1 :]:
                sa, sb = signatures.get(a), signatures.get(b)
                if (
                    sa is not None
                    and sb is not None
                    and len(sa) == len(sb)
                    and similarity(sa, sb) >= SYNDICATED
                ):
                    merged = min(self.key[a], self.key[b])
                    old = {self.key[a], self.key[b]}
                    self.key = {k: merged if v in old else v for k, v in self.key.items()}

    def report(
        self,
        claim: Claim,
        sentence: str,
        source: Citation,
        article_id: int,
        passage_id: int | None,
        cities: tuple[tuple[float, float], ...] = (),
    ) -> ClaimReport:
        """A claim as one report of it: its outlet and the independent source it counts under."""
        outlet = self.credit.get(article_id) or outlet_name(source)
        return ClaimReport(
            claim, sentence, source, passage_id, outlet, self.key[article_id], cities
        )

    def copies(self, article_id: int) -> int:
        origin = self.origins.get(article_id)
        return origin.copies if origin else 0


def _signature(blob: bytes | None) -> Any:
    """A stored signature as text/fingerprint.py compares them."""
    if not blob:
        return None
    from store.articles import read_signature
    from text.fingerprint import N_HASHES

    return read_signature(blob, N_HASHES)


def disagreements(
    db: sqlite_utils.Database,
    events: Sequence[EventRow],
    citation_of: Callable[[int], Citation | None],
    viewer: Viewer = EVERYONE,
) -> list[Disagreement]:
    """The disagreements among reports of one event (events of one day and subject)."""
    by_topic: dict[tuple[str, str], list[tuple[Claim, EventRow]]] = {}
    for event in events:
        if event.precision != COMPARED_PRECISION:
            continue
        for claim in find_claims(event.text):
            by_topic.setdefault((claim.kind, claim.topic), []).append((claim, event))
    candidates = {
        topic: said
        for topic, said in by_topic.items()
        if len({e.article_id for _, e in said}) > 1 and _may_differ([c for c, _ in said])
    }
    if not candidates:
        return []
    citations = {
        e.article_id: c
        for said in candidates.values()
        for _, e in said
        if (c := citation_of(e.article_id)) is not None
    }
    sources = Sources(db, citations, viewer)
    cities = report_store.event_cities(db, [e.id for said in candidates.values() for _, e in said])
    found = []
    for (kind, topic), said in candidates.items():
        reports = [
            sources.report(
                claim,
                event.text,
                citations[event.article_id],
                event.article_id,
                event.passage_id,
                tuple(cities.get(event.id, ())),
            )
            for claim, event in said
            if event.article_id in citations
        ]
        if kind == "casualties":
            reports = _one_scope(_one_kind_of_violence(reports))
        reports = _one_locale(reports)
        shown = differing(reports)
        if shown:
            articles = {r.source.id for r in reports}
            found.append(
                Disagreement(
                    kind,
                    topic,
                    shown,
                    len(articles) + sum(sources.copies(a) for a in articles),
                    len({r.independent for r in reports}),
                )
            )
    found.sort(key=lambda d: (-d.independent, -d.reports, d.kind, d.topic))
    return found[:MAX_PER_ENTRY]


def _one_kind_of_violence(reports: list[ClaimReport]) -> list[ClaimReport]:
    """The figures of one kind of violence (air strikes, a bombing...): the kind most reports
    name. Figures whose sentence names none are left out: a toll without its cause may be of
    another event of the same day and place."""
    counts = Counter(cause for r in reports for cause in r.claim.causes)
    if not counts:
        return []
    cause = max(sorted(counts), key=counts.__getitem__)
    return [r for r in reports if cause in r.claim.causes]


def _one_scope(reports: list[ClaimReport]) -> list[ClaimReport]:
    """The figures of one area: a town's toll and its province's are two counts, not two
    reports of one. The scope most reports name is kept (a town's on a tie: the narrower
    count is the one event), with the figures whose sentence names neither."""
    counts = Counter(r.claim.scope for r in reports if r.claim.scope)
    if len(counts) < 2:
        return reports
    kept = max(sorted(counts, key=lambda s: s != "local"), key=counts.__getitem__)
    return [r for r in reports if r.claim.scope in ("", kept)]


@lru_cache(maxsize=20_000)  # asked for every pair of reports of a topic, again and again
def _states(sentence: str, claim: Claim) -> bool:
    """Whether a sentence states a figure as digits ("21 ... 15 in Manbij" states 15)."""
    if claim.low != claim.high or str(claim.low)[-1] not in sentence:
        return False
    return re.search(rf"(?<![\d.]){claim.low}(?![\d.])", sentence.replace(",", "")) is not None


def _contradict(a: ClaimReport, b: ClaimReport) -> bool:
    """Whether two reports' claims contradict: they disagree, and neither sentence states the
    other's figure too (a sentence giving 21 dead, 15 of them in one town, accounts for a
    report of 15: a part and its whole, not two counts)."""
    if _agree(a.claim, b.claim):
        return False
    if a.claim.kind != "casualties":
        return True
    return not (_states(a.sentence, b.claim) or _states(b.sentence, a.claim))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _near(a: ClaimReport, b: ClaimReport) -> bool:
    """Whether two reports may be of one place: one names no city, or two of their cities are
    within NEAR_KM (a toll in Aleppo and one in Qamishli on the same day are two events)."""
    if not a.cities or not b.cities:
        return True
    return any(_km(x, y) <= NEAR_KM for x in a.cities for y in b.cities)


def _one_locale(reports: list[ClaimReport]) -> list[ClaimReport]:
    """The reports of the locale most of those naming a city are near, with those naming
    none."""
    placed = [r for r in reports if r.cities]
    if not placed:
        return reports
    anchor = max(placed, key=lambda r: sum(_near(r, o) for o in placed))
    return [r for r in reports if _near(anchor, r)]


def differing(reports: list[ClaimReport]) -> list[ClaimReport]:
    """One report per value and independent source, the most reported values first, when two
    independent sources disagree; else nothing."""
    differ = any(
        a.independent != b.independent and _contradict(a, b)
        for i, a in enumerate(reports)
        for b in reports[i + 1 :]
        if _value(a.claim)  # a side that cannot be compared contradicts nothing
    )
    if not differ:
        return []
    firsts: dict[tuple[str, str], ClaimReport] = {}
    support: dict[str, set[str]] = {}
    for report in reports:
        value = _value(report.claim)
        if not value:
            continue
        firsts.setdefault((value, report.independent), report)
        support.setdefault(value, set()).add(report.independent)
    ordered = sorted(firsts.values(), key=lambda r: (-len(support[_value(r.claim)]), r.claim.low))
    kept: list[ClaimReport] = []
    for report in ordered:
        if len(kept) < MAX_CLAIMS and all(
            k.outlet != report.outlet or _value(k.claim) != _value(report.claim) for k in kept
        ):
            kept.append(report)
    if not any(_contradict(a, b) for i, a in enumerate(kept) for b in kept[i + 1 :]):
        return []
    return sorted(kept, key=lambda r: (r.claim.low, r.claim.day, r.claim.party, r.outlet))


def attach(
    db: sqlite_utils.Database,
    entries: Sequence[Entry],
    viewer: Viewer = EVERYONE,
    events: Sequence[EventRow] = (),
    held: Mapping[int, EventRow] | None = None,
) -> None:
    """Set each entry's disagreements from the events of its date in its sources' passages
    (the reports the entry cites, whichever way the entry was found) and among events, the
    subject's events read by the caller (a profile keeps one entry of a date, so the other
    reports of that date are only there). held: other events the caller has read, by id,
    which are not read again (a chronology's reports of its dates)."""
    wanted = [e for e in entries if e.precision == COMPARED_PRECISION]
    # reports differ only between articles: an entry cited by one is read only when the
    # caller's events bring others
    events_on = {e.date for e in events}
    read = [e for e in wanted if len({c.id for c, _ in e.sources}) > 1]
    passages = sorted({p for e in read for _, p in e.sources if p is not None})
    by_passage: dict[int, list[EventRow]] = {}
    by_date: dict[str, list[EventRow]] = {}
    for event in events:
        by_date.setdefault(event.date or "", []).append(event)
    days = sorted({e.date for e in read})
    known = {**(held or {}), **{e.id: e for e in events}}
    for event in report_store.events_on_days(db, passages, days, viewer, known):
        if event.passage_id is not None:
            by_passage.setdefault(event.passage_id, []).append(event)
    cache: dict[int, Citation | None] = {c.id: c for e in wanted for c, _ in e.sources}

    def citation_of(article_id: int) -> Citation | None:
        if article_id not in cache:
            article = get_article(db, article_id)
            cache[article_id] = Citation.of(article) if article else None
        return cache[article_id]

    read_for: dict[int, list[EventRow]] = {}  # the reports read for each entry, by id(entry)
    for entry in wanted:
        if len({c.id for c, _ in entry.sources}) < 2 and entry.date not in events_on:
            continue
        cited = [
            event
            for passage in dict.fromkeys(p for _, p in entry.sources if p is not None)
            for event in by_passage.get(passage, ())
            if event.date == entry.date
        ]
        reports = list({e.id: e for e in [*cited, *by_date.get(entry.date, ())]}.values())
        entry.disagreements = disagreements(db, reports, citation_of, viewer)
        read_for[id(entry)] = reports
    # the date of a named event: its reports are entries of different days, so compared
    # across the answer's entries (commands/date_disagreements.py, imported here because it
    # builds on this module's reports and sources)
    from commands.date_disagreements import attach_dates

    attach_dates(db, wanted, read_for, citation_of, viewer)
