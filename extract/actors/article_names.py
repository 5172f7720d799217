"""Names an article teaches itself: later uses of a name it defined ("SDF" after
"Syrian Democratic Forces (SDF)"), renamings ("formerly known as the Nusra Front"), and
short forms (a surname, an organisation's initials) after the full name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from extract.actors.work import Work, day_names, last_token_before, sentence_initial, token_at
from extract.lexicon import lexicon
from extract.name_tokens import phrase_key
from extract.phrase_index import PhraseIndex
from text.spelling import is_common_word


def local_pass(work: Work) -> None:
    """Later uses of names this article defined ("SDF" after "Syrian Democratic Forces (SDF)")."""
    if not work.local_aliases:
        return
    t = work.t
    index = PhraseIndex({k: [v] for k, v in work.local_aliases.items()})
    first_words = index.first_words
    owner = work.owner
    for i in work.capitals:
        if owner[i] < 0 and t.norm[i] in first_words:
            for size, keys in index.matches_at(t, i):
                if work.free(i, i + size):
                    key = keys[0]
                    work.claim(i, i + size, key, "acronym", discovered=key in work.local)
                    break


_RENAMED = re.compile(
    r"\b(?:(?:formerly|previously|once|originally)\s+known\s+as"
    r"|(?:formerly|previously|originally)\s+(?:called|named)"
    r"|(?:renamed|rebranded)(?:\s+(?:itself|themselves))?(?:\s+as)?)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# words that may stand between the first name and the phrase ("X, which was later renamed Y")
_RENAMED_GLUE = frozenset(
    {"which", "who", "was", "were", "has", "had", "been", "since", "later", "it", "they"}
)


def renamed_pass(work: Work) -> None:
    """ "Hayat Tahrir al-Sham, previously known as the Nusra Front", "the Nusra Front, which
    renamed itself Jabhat Fateh al-Sham": both names are one actor in this article. The actor
    keeps its catalogue key; a name the catalogue lacks becomes its alias here. Two different
    catalogue actors stay two (a successor is not its predecessor)."""
    t = work.t
    text = t.text
    if not (
        "known as" in text
        or "renamed" in text
        or "rebranded" in text
        or "ly called" in text
        or "ly named" in text
    ):
        return  # the regular expression below is slow to fail over a whole article
    for match in _RENAMED.finditer(text):
        before = last_token_before(t, match.start())
        while before is not None and before > 0 and t.norm[before] in _RENAMED_GLUE:
            before -= 1
        after = token_at(t, match.end())
        if (
            before is None
            or after is None
            or text[t.ends[before] : match.start()].strip(" \t\n,(")
            and not all(
                w in _RENAMED_GLUE
                for w in t.norm[before + 1 : token_at(t, match.start()) or before + 1]
            )
        ):
            continue
        first_span = work.owner[before]
        second_span = work.owner[after]
        second_end = work.spans[second_span].end if second_span >= 0 else _name_run(work, after)
        if second_end <= after:
            continue
        keys = [work.spans[x].key if x >= 0 else None for x in (first_span, second_span)]
        known = {k for k in keys if k is not None and k in work.cat.actors}
        if len(known) > 1 or keys[0] is None:
            continue  # two catalogue actors; or the name before the cue is no actor
        key = known.pop() if known else keys[0]
        for old in keys:
            if old is not None and old != key:
                for ident, span in enumerate(work.spans):  # every mention of the other name
                    if span.key == old:
                        work.spans[ident] = span._replace(key=key, how="renamed")
        if second_span < 0:
            work.claim(after, second_end, key, "renamed")
        for first, end in (
            (work.spans[first_span].first, work.spans[first_span].end),
            (after, second_end),
        ):
            work.local_aliases[" ".join(t.norm[first:end])] = key


def _name_run(work: Work, first: int) -> int:
    """End of the unclaimed capitalised name starting at token first ("Jabhat Fateh al-Sham")."""
    t = work.t
    r = lexicon()
    end = first
    while (
        end < len(t)
        and end - first < 8
        and work.owner[end] < 0
        and (
            t.caps[end]
            or (end > first and (t.norm[end] in r.connectors or t.norm[end] in r.particles))
        )
    ):
        if end > first and not t.joins[end - 1]:
            break
        end += 1
    while end > first and not t.caps[end - 1]:
        end -= 1
    return end


def short_form_pass(work: Work) -> None:
    t = work.t
    r = lexicon()
    first_seen: dict[str, int] = {}
    for span in sorted(work.spans, key=attrgetter("first")):
        if span.end <= span.first:
            continue
        key = span.key
        first_seen.setdefault(key, span.first)
        actor = work.actor(key)
        if actor is None or actor.kind != "person" or span.end - span.first < 2:
            continue
        surname = t.norm[span.end - 1]
        if len(surname) >= 3 and surname not in r.not_names:
            work.local_aliases.setdefault(surname, key)
    if not work.local_aliases:
        return
    n = len(t)
    for i in work.capitals:
        if work.owner[i] >= 0 or i in work.blocked:
            continue
        named = work.local_aliases.get(t.norm[i])
        if named is None or first_seen.get(named, n) > i:
            continue
        if i + 1 < n and t.joins[i] and t.caps[i + 1] and work.owner[i + 1] < 0:
            continue  # part of a longer name we do not know
        if len(t.norm[i]) < 4 or (
            sentence_initial(t, i) and not (i + 1 < n and t.norm[i + 1] in r.speech)
        ):
            continue  # "Pop music", "Jobs were lost": capitals that say nothing
        work.claim(i, i + 1, named, "surname", discovered=named in work.local)


def full_name_pass(work: Work) -> None:
    """A person found only by a short name ("Al-Obeidy said") whom the article names in full
    before ("Eman al-Obeidy, the woman who ..."): the full name is the person's, and its
    mentions are the person's. Only one full name may end with the short one: "Atiq al-Obeidy"
    later in the same article is someone else, and two full names leave the short one alone."""
    t = work.t
    r = lexicon()
    for key, actor in list(work.local.items()):
        if actor.kind != "person":
            continue
        words = phrase_key(actor.name).split(" ")
        if not (len(words) == 1 or (len(words) == 2 and words[0] in r.particles)):
            continue
        spans = [x for x, s in enumerate(work.spans) if s.key == key and s.end > s.first]
        if not spans:
            continue
        first_short = min(work.spans[x].first for x in spans)
        runs = list(_full_runs(work, key, words))
        names = {phrase_key(t.text[t.starts[a] : t.ends[b - 1]]) for a, b in runs}
        if len(names) != 1 or runs[0][0] >= first_short:
            continue
        a, b = runs[0]
        full = work.discover(t.text[t.starts[a] : t.ends[b - 1]], "person")
        found = work.actor(full)
        if full == key or found is None or found.kind != "person":
            continue  # "Tripoli Military Council said": discover() gave it its own kind
        for x in spans:
            work.spans[x] = work.spans[x]._replace(key=full)
        for a, b in runs:
            for x in {work.owner[i] for i in range(a, b) if work.owner[i] >= 0}:
                work.release(x)
            work.claim(a, b, full, "full", discovered=full in work.local)
        if key in work.roles:
            work.roles.setdefault(full, work.roles[key])


def _full_runs(work: Work, key: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """(first, end) token runs of one or two given names before the short name's words, none
    claimed by another actor: "Eman" before "al-Obeidy". A given name is capitalised and is no
    title, weekday, month or function word; an everyday English word counts only inside a
    sentence, where its capital is its own ("Ali", "Mohammed" are everyday words too)."""
    t, r = work.t, lexicon()
    size = len(words)
    last = words[-1]
    for end in range(size, len(t) + 1):
        if t.norm[end - 1] != last or list(t.norm[end - size : end]) != words:
            continue
        i = end - size
        if i == 0 or any(
            work.owner[k] >= 0 and work.spans[work.owner[k]].key != key for k in range(i, i + size)
        ):
            continue
        first = i
        while first > 0 and i - first < 2:
            g = first - 1
            norm = t.norm[g]
            if not (t.caps[g] and t.joins[g] and t.gap(g) in (" ", "\u00a0")) or work.owner[g] >= 0:
                break
            if norm in r.not_names or norm in r.title_words or norm in r.particles:
                break
            if norm in day_names() or (is_common_word(norm) and sentence_initial(t, g)):
                break
            first = g
        if first < i:
            yield first, i + size
