"""Pass 6: organisation-like capitalised phrases: a run of capitalised words (with "of",
"for", "the", ...) holding a head word such as Group, Centre, Forces or Ministry ("the Soufan
Group"); title-case headline lines are skipped."""

from __future__ import annotations

from collections.abc import Mapping

from extract.actors.junk import peoples, peoples_plural
from extract.actors.work import Work, day_names, headline, kind_of
from extract.lexicon import lexicon
from extract.place_lookup import is_place_name


def org_pass(work: Work) -> None:
    t = work.t
    r = lexicon()
    n = len(t)
    norm, caps, joins, owner = t.norm, t.caps, t.joins, work.owner
    connectors, org_heads = r.connectors, r.org_heads
    resume = 0
    for i in work.capitals:
        if i < resume:
            continue
        nxt = i + 1
        if (
            nxt == n
            or not joins[i]
            or owner[nxt] >= 0
            or not (caps[nxt] or norm[nxt] in connectors or t.raw[nxt] == "s")
        ):
            continue  # the run below would stop at one word: nothing to claim or skip
        if owner[i] >= 0 or i in work.blocked:
            continue
        end = i + 1
        last_cap = i
        while end < n and joins[end - 1] and owner[end] < 0 and end - i < 10:
            if caps[end]:
                last_cap = end
            elif t.raw[end] == "s" and t.gap(end - 1) in ("’", "'"):
                pass  # "King’s College"
            elif norm[end] not in connectors:
                break
            elif norm[end] == "on" and end + 1 < n and norm[end + 1] in day_names():
                break  # "the Ostrel Medical Society on Friday": the day is the sentence's
            end += 1
        end = resume = last_cap + 1
        # "... Muslim Clerics and the Shia Badr Brigades": a people's word and the connectors
        # before it qualify what follows the run, and end no name
        people, plurals = peoples(), peoples_plural()
        while end - i > 2 and norm[end - 1] in people:
            end -= 1
            while end - i > 1 and norm[end - 1] in connectors:
                end -= 1
        if end - i < 2:
            continue  # one word: most capitals, and never an organisation phrase
        first = i
        while first < end and (
            norm[first] in r.not_names or norm[first] in connectors or norm[first] in r.title_words
        ):
            first += 1
        if end - first < 2:
            continue
        joined = _two_names_joined(norm, first, end, org_heads, connectors)
        if joined is not None:
            end = joined  # the first name only; the run after "and" is tried on its own
            resume = joined + 1
            if end - first < 2:
                continue
        words = norm[first:end]
        # "Centre for a New American Security", "Centre National de la Recherche Scientifique"
        headed = any(w in org_heads for w in words[1:]) or (
            len(words) > 2 and words[0] in org_heads and any(w in connectors for w in words)
        )
        if not headed:
            continue
        # "Kurds Monitor" ("Syria Kurds: monitor", a headline run on) has no word of its own
        distinctive = any(
            w not in r.generic
            and w not in org_heads
            and w not in connectors
            and w not in plurals
            and w != "s"
            for w in words
        ) or any(w in r.demonyms for w in words)
        if distinctive and not headline(work, i):
            name = t.text[t.starts[first] : t.ends[end - 1]]
            kind = kind_of(words) or "organisation"
            key = work.discover(name, kind)
            work.claim(first, end, key, "phrase", discovered=key in work.local)
            initials = "".join(t.raw[k][0] for k in range(first, end) if caps[k])
            if len(initials) >= 3:
                work.local_aliases[initials.lower()] = key
            lead = norm[first]
            if (
                lead not in r.generic
                and lead not in org_heads
                and lead not in r.demonyms
                and lead not in people
                and not is_place_name(lead)  # "Aleppo Police Command": Aleppo alone is the city
            ):
                work.local_aliases.setdefault(lead, key)


def _two_names_joined(
    norm: tuple[str, ...],
    first: int,
    end: int,
    heads: Mapping[str, str],
    connectors: frozenset[str],
) -> int | None:
    """Where a run of capitalised words joins two names with "and", if it does: before "and
    the" ("Fox News and the Tea Party", "Colin Firth and the Academy Awards"), or before an "and"
    between two names that each end with a head word, or are one ("European Central Bank and
    Bank of England"). One name's words joined by "and" stay whole ("Food and Agriculture
    Organization", "Centre for Strategic and International Studies", "Syrian Association for
    Missing and Conscience Detainees"): their part before "and" ends with no head word, or is
    the head word alone ("Command and General Staff College"). Of the 9 runs of the conflict
    articles this splits without "the", one was a single name ("European Network and
    Information Security Agency")."""
    for k in range(first + 1, end - 1):
        if norm[k] != "and":
            continue
        if norm[k + 1] == "the":
            return k
        right = norm[k + 1 : end]
        right_named = right[-1] in heads or (
            len(right) > 2 and right[0] in heads and any(w in connectors for w in right)
        )
        left_named = k - first >= 2 and norm[k - 1] in heads
        if left_named and right_named:
            return k
    return None
