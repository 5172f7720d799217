"""Pass 5 and the last pass: states. A demonym counts as its state only where it names the
state acting ("Turkish troops", "Russian-backed"); a state named after a locative
preposition ("in Syria") is a place, not an actor, and is let go for `extract.places`."""

from __future__ import annotations

from extract.actors.work import Work
from extract.lexicon import lexicon


def demonym_pass(work: Work) -> None:
    t = work.t
    r = lexicon()
    n = len(t)
    resume = 0
    for i in work.capitals:
        norm = t.norm[i]
        if norm not in r.demonyms and norm not in r.capitals:
            continue  # neither claim below can happen
        if i < resume or work.owner[i] >= 0 or i in work.blocked:
            continue
        compound = i + 1 < n and t.gap(i) in ("-", "–") and t.norm[i + 1] in r.compounds
        if compound and (norm in r.demonyms or norm in r.capitals):
            key = r.demonyms[norm]["state"] if norm in r.demonyms else r.capitals[norm]
            work.claim(i, i + 1, key, "demonym")
            continue
        if norm not in r.demonyms:
            continue
        # a list of demonyms sharing one head: "Russian, British and French air forces"
        members = [i]
        j = i + 1
        while j < n:
            gap = t.gap(j - 1).strip()
            if gap == "," and t.norm[j] in r.demonyms and t.caps[j]:
                members.append(j)
                j += 1
            elif (
                gap in ("", ",")
                and t.norm[j] in ("and", "or")
                and j + 1 < n
                and t.norm[j + 1] in r.demonyms
                and t.caps[j + 1]
            ):
                members.append(j + 1)
                j += 2
            elif (
                gap in ("", ",")
                and t.norm[j] == "government"
                and j + 1 < n
                and t.gap(j).strip() == ","
            ):
                j += 1  # "Russian, Syrian government, American ... air forces"
            else:
                break
        head = next(r.heads.matches_at(t, j), None) if j < n and work.owner[j] < 0 else None
        if head is None or not t.joins[j - 1]:
            resume = members[-1] + 1
            continue
        size, targets = head
        for m in members:
            spec = r.demonyms[t.norm[m]]
            key = spec.get(targets[0]) or spec["state"]
            if work.owner[m] < 0 and key in work.cat.actors:
                # one demonym takes its head along ("Turkish troops"); a list shares it
                end = j + size if len(members) == 1 else m + 1
                work.claim(m, end, key, "demonym")
        resume = j + size


def drop_place_uses(work: Work) -> None:
    t = work.t
    locatives = lexicon().locatives
    for ident, span in enumerate(work.spans):
        first = span.first
        if span.end <= first or span.how not in ("catalogue", "alias") or first == 0:
            continue
        if work.kind(ident) != "state":
            continue
        prev = first - 1
        if t.norm[prev] == "the" and prev > 0:
            prev -= 1
        if t.norm[prev] in locatives and t.joins[prev]:
            end = span.end
            work.release(ident)
            _drop_listed_places(work, end)


def _drop_listed_places(work: Work, end: int) -> None:
    """ "in Syria and Iraq": a state joined by "and" or "or" to a place is a place too (a comma
    may open a clause: "In Syria, Russia is backing the regime")."""
    t = work.t
    while end + 1 < len(t) and t.norm[end] in ("and", "or"):
        nxt = end + 1
        ident = work.owner[nxt]
        if ident < 0 or work.kind(ident) != "state" or work.spans[ident].first != nxt:
            return
        end = work.spans[ident].end
        work.release(ident)
