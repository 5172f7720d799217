"""Pass 2: acronym definitions in both orders ("Syrian Democratic Forces (SDF)", "the YPG
(People's Protection Units)"). A known half teaches the article the other half; when neither
is known and the initials fit, a new actor is discovered."""

from __future__ import annotations

import re

from extract.actors.work import Work, kind_of, last_token_before, token_at
from extract.lexicon import lexicon

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?s?")
_OPEN_BEFORE = re.compile(r"[ \t\n\u00a0”\"’']*\($")


def acronym_pass(work: Work) -> None:
    t = work.t
    text = t.text
    for match in re.finditer(r"\(", text):
        after = match.end()
        close = text.find(")", after, after + 120)
        if close < 0:
            continue
        inner_first = token_at(t, after)
        if inner_first is None:
            continue
        inner_end = inner_first
        while inner_end < len(t) and t.ends[inner_end] <= close:
            inner_end += 1
        if inner_end == inner_first:
            continue
        inner = text[t.starts[inner_first] : t.ends[inner_end - 1]]
        if inner_end - inner_first == 1 or _ACRONYM.fullmatch(inner):
            if not _ACRONYM.fullmatch(inner) or len(inner) < 2:
                continue
            before = _phrase_before(work, match.start())
            if before:
                _define(work, before, (inner_first, inner_end), acronym_first=False)
        else:
            acr = _acronym_before(work, match.start())
            if acr is not None and _title_phrase(work, inner_first, inner_end):
                _define(work, (inner_first, inner_end), (acr, acr + 1), acronym_first=True)


def _acronym_before(work: Work, paren: int) -> int | None:
    t = work.t
    i = last_token_before(t, paren)
    if i is None or not _OPEN_BEFORE.fullmatch(t.text, t.ends[i], paren + 1):
        return None
    if _ACRONYM.fullmatch(t.raw[i]) and len(t.raw[i]) >= 2:
        return i
    return None


def _phrase_before(work: Work, paren: int) -> tuple[int, int] | None:
    """The capitalised phrase right before "(": "Syrian Democratic Forces" in "... Forces (SDF)"."""
    t = work.t
    r = lexicon()
    last = last_token_before(t, paren)
    if last is None or not _OPEN_BEFORE.fullmatch(t.text, t.ends[last], paren + 1):
        return None
    first = last
    while first > 0 and last - first < 8 and t.joins[first - 1]:
        prev = first - 1
        if (
            t.caps[prev]
            or t.norm[prev] in r.connectors
            or (t.raw[prev] == "s" and prev > 0 and t.gap(prev - 1) in ("’", "'"))
        ):
            first = prev
        else:
            break
    while first <= last and (not t.caps[first] or t.norm[first] in r.not_names):
        first += 1
    if first > last or not t.caps[last]:
        return None
    return first, last + 1


def _title_phrase(work: Work, first: int, end: int) -> bool:
    t = work.t
    r = lexicon()
    if not 2 <= end - first <= 8 or not t.caps[first]:
        return False
    content = [i for i in range(first, end) if t.norm[i] not in r.connectors and t.raw[i] != "s"]
    return bool(content) and all(t.caps[i] for i in content)


def _initials_fit(acronym: str, words: list[str], connectors: frozenset[str]) -> bool:
    """True if the acronym's letters are, in order, initials of the words (connectors optional)."""
    letters = [ch for ch in acronym.lower() if ch.isalpha()]
    if letters and letters[-1] == "s" and len(letters) > 2:
        letters_options = [letters, letters[:-1]]
    else:
        letters_options = [letters]
    return any(_fit(option, words, connectors) for option in letters_options)


def _fit(letters: list[str], words: list[str], connectors: frozenset[str]) -> bool:
    if not words or not letters or letters[0] != words[0][:1]:
        return False
    li = 0
    for word in words:
        if li < len(letters) and word[:1] == letters[li]:
            li += 1
            # a word may give two letters ("Daesh" no; "ISIS" from "Islamic State ... Syria")
        elif word not in connectors:
            return False
    return li == len(letters)


def _define(work: Work, phrase: tuple[int, int], acr: tuple[int, int], acronym_first: bool) -> None:
    t = work.t
    r = lexicon()
    p_first, p_end = phrase
    a_first, a_end = acr
    acr_text = t.text[t.starts[a_first] : t.ends[a_end - 1]]
    phrase_text = t.text[t.starts[p_first] : t.ends[p_end - 1]]
    phrase_owner = _sole_owner(work, p_first, p_end)
    acr_owner = work.owner[a_first]
    words = list(t.norm[p_first:p_end])
    fits = _initials_fit(acr_text, [w for w in words if w != "s"], r.connectors)
    if acr_owner >= 0 and work.spans[acr_owner].end == a_end:
        key = work.spans[acr_owner].key
        if phrase_owner is None and work.free(p_first, p_end) and (fits or acronym_first):
            work.claim(p_first, p_end, key, "acronym")
            work.local_aliases[" ".join(words)] = key
        return
    if phrase_owner is not None:
        key = work.spans[phrase_owner].key
        if work.free(a_first, a_end):
            work.claim(a_first, a_end, key, "acronym")
            work.local_aliases[t.norm[a_first]] = key
        return
    if not work.free(p_first, p_end) or not work.free(a_first, a_end):
        return
    if not fits and not acronym_first:
        return
    kind = kind_of(words) or "organisation"
    key = work.discover(phrase_text, kind, (acr_text,))
    work.claim(p_first, p_end, key, "acronym", discovered=key in work.local)
    work.claim(a_first, a_end, key, "acronym", discovered=key in work.local)
    work.local_aliases[" ".join(words)] = key
    work.local_aliases[t.norm[a_first]] = key


def _sole_owner(work: Work, first: int, end: int) -> int | None:
    owners = {work.owner[i] for i in range(first, end)}
    if len(owners) == 1:
        only = owners.pop()
        if only >= 0:
            return only
    return None
