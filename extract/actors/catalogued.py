"""Pass 1: catalogue names and aliases, longest first, under the case rules of
`extract.catalogue`, with the checks that keep a surname, an emphasised verb or another
person of one family from being taken for a catalogued actor."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from extract.actors.junk import peoples
from extract.actors.per_catalogue import per_catalogue
from extract.actors.work import ALIAS_WORD, Work, day_names, headline, sentence_initial
from extract.catalogue import Catalogue
from extract.lexicon import lexicon
from extract.name_tokens import phrase_key
from text.spelling import is_common_word, word_skeleton


def catalogue_pass(work: Work) -> None:
    t, index = work.t, work.cat.index
    norm, raw = t.norm, t.raw
    acronym_words = per_catalogue(work.cat).acronym_words
    pending: list[tuple[int, int, str, tuple[str, ...]]] = []
    resume = 0
    for i in index.starts(t, work.catalogue_firsts):
        if i < resume:
            continue
        if (
            norm[i] in acronym_words
            and not index.longer_may_start_at(t, i)
            and (
                not raw[i].isupper()
                or (i > 0 and norm[i - 1] in lexicon().emphasis_before and not raw[i - 1].isupper())
            )
        ):
            continue  # "is", "who", "us": only acronyms, which need an all-capitals token;
            # "it IS a war", "this IS the end": an emphasised verb
        found = False
        for size, aliases in index.matches_at(t, i):
            for alias in aliases:
                if alias.requires:
                    if _contextual_ok(work, i, i + size):
                        pending.append((i, i + size, alias.actor, alias.requires))
                        found = True
                    break
                if _surname_not_state(work, alias.actor, i, size):
                    break
                if _other_person(work, alias, i, size):
                    break
                if (
                    size == 1
                    and alias.case != "acronym"
                    and first_of_other_name(work, alias.actor, i)
                ):
                    break
                if _case_ok(work, alias.case, i, i + size, alias.text) or _lower_surname(
                    work, alias, i, size
                ):
                    how = "catalogue" if _is_name(work, alias.actor, i, i + size) else "alias"
                    work.claim(i, i + size, alias.actor, how)
                    found = True
                    break
            if found:
                resume = i + size
                break
    named = {span.key for span in work.spans}
    for first, end, key, requires in pending:
        if named.intersection(requires) and work.free(first, end):
            work.claim(first, end, key, "alias")


def _other_person(work: Work, alias: Any, i: int, size: int) -> bool:
    """ "Dr Ammar al-Assad": a person's short name after a given name that is not theirs names
    someone else of that family."""
    if i == 0 or alias.case == "acronym" or not work.t.joins[i - 1]:
        return False
    actor = work.cat.actors.get(alias.actor)
    if actor is None or actor.kind != "person" or _is_name(work, alias.actor, i, i + size):
        return False
    t = work.t
    r = lexicon()
    prev = i - 1
    while prev > 0 and t.norm[prev] in r.particles and t.joins[prev - 1]:
        prev -= 1  # "Ammar al-Assad": the word before the article
    if not t.caps[prev] or t.raw[prev].isupper() or work.owner[prev] >= 0 or not t.joins[prev]:
        return False
    word = t.norm[prev]
    if (
        word in r.not_names
        or word in r.title_words
        or word in r.demonyms
        or word in r.particles
        or sentence_initial(t, prev)
        and word in r.generic
    ):
        return False
    # a given name of theirs, in any spelling ("Dimitri peskov" is Dmitry Peskov)
    return word_skeleton(word) not in _name_words(work.cat, alias.actor)


def first_of_other_name(work: Work, key: str, i: int) -> bool:
    """ "Suleiman Youssef", "Sulaiman al-Halabi": a person's one-word name (token i) right
    before a surname, a capitalised word that is no everyday word and none of the lexicon's
    (title, demonym, weekday, head or speech word) and no word of the person's names, begins
    someone else's name, or a place's. The next word of a title-case headline ("Kelvor Says"),
    a day ("Kelvor Monday") or a word of "the Kelvor regime" leave the name the person's."""
    t = work.t
    actor = work.cat.actors.get(key)
    if actor is None or actor.kind != "person" or i + 1 >= len(t) or t.gap(i) != " ":
        return False
    if i > 0 and t.gap(i - 1) in ("-", "–") and not t.caps[i - 1]:
        return False  # "pro-Assad Syrians", "post-Gadhafi Libya": an adjective made of him
    r = lexicon()
    nxt = i + 1
    if t.norm[nxt] in r.particles:
        # "al-Halabi", "Al Sharji" go on a name; a lower-case "as" or "at" is an English word
        if not (t.caps[nxt] or t.gap(nxt) in ("-", "–")) or nxt + 1 >= len(t):
            return False
        nxt += 1
        if not t.joins[nxt - 1]:
            return False
    if not t.caps[nxt] or t.raw[nxt].isupper() or work.owner[nxt] >= 0:
        return False  # a line in capitals tells no surname from a headline's verb
    word = t.norm[nxt]
    single = word.removesuffix("s")  # "Syrians", "Saddam Husseins forces", "Appoints"
    if (
        is_common_word(word)
        or is_common_word(single)  # a headline's verb: "Mubarak Appoints New Cabinet"
        or word in r.not_names
        or word in r.title_words
        or word in r.generic
        or word in r.org_heads
        or word in r.kinds
        or word in r.speech
        or word in r.connectors
        or word in r.particles
        or word in day_names()
        or word in peoples()
        or word in r.demonyms
        or single in r.demonyms
        or word_skeleton(word) in _name_words(work.cat, key)
        or word_skeleton(single) in _name_words(work.cat, key)
        or any(True for _ in work.cat.index.matches_at(t, nxt))
    ):
        return False  # "Kelvor Monday", "Kelvor regime", "Obama Hillary Clinton"
    return not headline(work, i)


def _name_words(cat: Catalogue, key: str) -> frozenset[str]:
    """Skeletons of the words of an actor's names."""
    per = per_catalogue(cat)
    words = per.name_words.get(key)
    if words is None:
        actor = cat.actors[key]
        words = per.name_words[key] = frozenset(
            word_skeleton(w)
            for text in (actor.name, *actor.aliases)
            for w in phrase_key(text).split(" ")
        )
    return words


def _surname_not_state(work: Work, key: str, i: int, size: int) -> bool:
    """ "Serge Jordan": a one-word state name right after a given name is a surname."""
    t = work.t
    if size != 1 or i == 0 or not t.joins[i - 1] or "\n" in t.gap(i - 1):
        return False
    actor = work.cat.actors.get(key)
    if actor is None or actor.kind != "state":
        return False
    prev = i - 1
    r = lexicon()
    return (
        t.caps[prev]
        and not t.raw[prev].isupper()
        and work.owner[prev] < 0
        and t.norm[prev] not in r.not_names
        and t.norm[prev] not in r.demonyms
        and t.norm[prev] not in r.title_words
        and t.norm[prev] not in r.org_heads
        and t.gap(prev) == " "
    )


def _is_name(work: Work, key: str, first: int, end: int) -> bool:
    actor = work.cat.actors.get(key)
    return actor is not None and phrase_key(actor.name) == " ".join(work.t.norm[first:end])


def _lower_surname(work: Work, alias: Any, i: int, size: int) -> bool:
    """ "Dimitri peskov": a person's one-word alias typed in lower case after a given name."""
    t = work.t
    if size != 1 or alias.case != "capital" or i == 0 or not t.joins[i - 1]:
        return False
    actor = work.cat.actors.get(alias.actor)
    return (
        actor is not None
        and actor.kind == "person"
        and t.caps[i - 1]
        and t.norm[i - 1] not in lexicon().not_names
        and len(t.raw[i]) >= 4
    )


def _contextual_ok(work: Work, first: int, end: int) -> bool:
    t = work.t
    if first > 0 and t.joins[first - 1] and t.caps[first - 1]:
        return False  # "the Turkish regime"
    if t.norm[first] == "the" and first + 1 < end and t.caps[first + 1]:
        return False
    nxt = end
    return not (nxt + 1 < len(t) and t.norm[nxt] in ("in", "of") and t.caps[nxt + 1])


def _case_ok(work: Work, alias_case: str, first: int, end: int, alias: str = "") -> bool:
    raw = work.t.raw
    if alias_case == "acronym":
        if not all(raw[i].isupper() for i in range(first, end)):
            return False
        return not _in_capitals_line(work, first, end)
    if alias_case == "capital":
        return work.t.caps[first]
    if alias_case == "any":
        # every word capitalised in the name is capitalised in the text: "an Islamic state" and
        # "the islamic state of mind" are no Islamic State
        caps = _alias_caps(alias) if alias else ()
        if len(caps) == end - first:
            particles = lexicon().particles  # "al-Qaida" and "Al-Qaida" alike
            return all(
                work.t.caps[first + k] or not cap or work.t.norm[first + k] in particles
                for k, cap in enumerate(caps)
            )
        return any(work.t.caps[i] for i in range(first, end))
    return True


@lru_cache(maxsize=8192)
def _alias_caps(alias: str) -> tuple[bool, ...]:
    return tuple(word[:1].isupper() for word in ALIAS_WORD.findall(alias))


def _in_capitals_line(work: Work, first: int, end: int) -> bool:
    """An acronym inside ALL-CAPITALS text ("IS THIS THE END") is just a shouting word."""
    t = work.t
    for j in (first - 1, end):
        if 0 <= j < len(t) and len(t.raw[j]) >= 3 and t.raw[j].isupper() and t.raw[j].isalpha():
            gap = (
                t.text[t.ends[j] : t.starts[j + 1]]
                if j == first - 1
                else t.text[t.ends[end - 1] : t.starts[j]]
            )
            if "\n" not in gap and t.norm[j] not in work.cat.acronyms:
                return True
    return False
