"""Pass 4: people with roles: a title before a name ("Kremlin spokesman Dimitri Peskov"), a
role after it ("Nicholas Heras, a Middle East security fellow at ..."), and capitalised words
next to a speech verb ("..., said Abd Salam")."""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.actors.work import Work, capitalised, headline, last_token_before
from extract.lexicon import lexicon
from text.spelling import is_article
from text.tokens import stopwords


def _name_end(work: Work, j: int, limit: int = 5) -> int:
    """End of a person's name starting at token j (j itself if there is none)."""
    t = work.t
    r = lexicon()
    n = len(t)
    end = j
    while end < n and end - j < limit:
        word, norm = t.raw[end], t.norm[end]
        if end > j:
            gap = t.gap(end - 1)
            initial_dot = len(t.raw[end - 1]) == 1 and gap in (". ", ".")
            if not (t.joins[end - 1] or initial_dot):
                break
        if capitalised(word) and norm not in r.not_names and norm not in r.title_words:
            if word.isupper() and len(word) > 1 and norm in work.cat.acronyms:
                break
            end += 1
        elif (
            norm in r.particles
            and end + 1 < n
            and t.joins[end]
            and t.caps[end + 1]
            and end > j
            and (len(norm) > 2 or norm in ("al", "el") or t.gap(end) == "-")
        ):
            end += 1  # "al-Abadi", "bin Laden", "de Mistura"; "as-", "ash-" only hyphenated
        else:
            break
    while end > j and t.norm[end - 1] in r.particles:
        end -= 1
    return end


def titles_pass(work: Work) -> None:
    t = work.t
    r = lexicon()
    n = len(t)
    resume = 0
    for i in r.titles.starts(t, work.title_firsts):
        if i < resume or work.owner[i] >= 0:
            continue
        matched = next(r.titles.matches_at(t, i), None)
        if matched is None:
            continue
        size, _ = matched
        title_end = i + size
        j = title_end
        role_end = title_end
        # "Commander of the YPG Sipan Hamo": the organisation belongs to the role.
        if j + 1 < n and t.norm[j] == "of":
            k = j + 1 + (t.norm[j + 1] == "the")
            if k < n and work.owner[k] >= 0:
                org_end = work.spans[work.owner[k]].end
                if work.kind(work.owner[k]) != "person":
                    j = role_end = org_end
        comma = False
        if j < n and j > 0 and t.gap(j - 1).strip() == ",":
            comma = True
        elif j > 0 and j < n and not t.joins[j - 1]:
            resume = title_end
            continue
        first = _role_start(work, i, comma)
        if comma and first == i and t.norm[i - 1 : i] not in (("the",), ("a",), ("an",)):
            resume = title_end
            continue
        if j < n and _attach_person(work, j, t.starts[first], t.ends[role_end - 1]):
            for b in range(first, title_end):
                if work.owner[b] < 0:
                    work.blocked.add(b)
        resume = title_end


def _role_start(work: Work, title: int, comma: bool) -> int:
    """Where the role begins: the capitalised qualifier before a title ("Kremlin spokesman")."""
    t = work.t
    r = lexicon()
    first = title
    steps = 0
    while first > 0 and steps < 4:
        prev = first - 1
        gap = t.gap(prev)
        if not t.joins[prev] and gap not in ("’ ", "' "):
            break
        if gap == ".":
            break  # "in Syria.Turkish foreign minister X": a sentence's end that lost its space
        word = t.raw[prev]
        # "the group's military commander, X": lower-case words qualify the title, up to a
        # function word ("killing of their rebel military commander, X" is no role "of ...")
        lower_qualifier = comma and not capitalised(word) and t.norm[prev] not in stopwords()
        if t.norm[prev] in r.qualifier_prefixes and capitalised(word) and capitalised(t.raw[first]):
            first = prev  # "South African President": the compass word opens the qualifier
            break
        if lower_qualifier or (capitalised(word) and t.norm[prev] not in r.not_names):
            first = prev
        elif word == "s" and prev > 0 and gap.strip() == "" and t.gap(prev - 1) in ("’", "'"):
            first = prev  # "Russia’s envoy"
        elif is_article(t.norm[prev], gap in ("-", "–")) and capitalised(t.raw[first]):
            first = prev  # "al Qaeda leader", "Ahrar al-Sham leader": a name keeps its article
        else:
            break
        steps += 1
    while first < title and t.norm[first] in ("the", "a", "an"):
        first += 1
    return first


_CUT_WORD = re.compile(r"-[a-z]")


def _attach_person(work: Work, j: int, role_start: int, role_end: int) -> bool:
    t = work.t
    role = t.text[role_start:role_end]
    if work.owner[j] >= 0:
        ident = work.owner[j]
        if work.kind(ident) == "person":
            work.set_role(work.spans[ident].key, role)
            return True
        return False
    end = _name_end(work, j)
    if end - j < 2 or not work.free(j, end):
        return False
    if any(t.norm[k] in lexicon().org_heads for k in range(j, end)):
        return False  # "Texas General Land Office" names an office, not a person
    if end < len(t) and lexicon().org_heads.get(t.norm[end]) == "media":
        return False  # "the Emir of al-Nusra Front Al-Alam news website said": an outlet
    if _CUT_WORD.match(t.text, t.ends[end - 1]):
        return False  # "Secretary General Ban Ki-moons office": the name goes on in lower case
    name = t.text[t.starts[j] : t.ends[end - 1]]
    key = work.discover(name, "person")
    work.claim(j, end, key, "title", discovered=key in work.local)
    work.set_role(key, role)
    return True


_APPOSITIVE_STOP = re.compile(r"[,.;:()“”\"!?]")


def appositive_pass(work: Work) -> None:
    """ "Nicholas Heras, a Middle East security fellow at the Centre for ...": role after a name."""
    t = work.t
    # A role needs a title word in lower case ("fellow") among its first 20 words, and most
    # commas have none: only commas up to 21 tokens before such a word are looked at, in order.
    heads = [i for i in work.title_heads if not t.caps[i]]
    done = 0  # commas before this offset were looked at
    for head in heads:
        since = max(done, t.ends[head - 21] if head >= 21 else 0)
        for comma in _COMMA.finditer(t.text, since, t.starts[head]):
            _appositive(work, heads, comma.start())
        done = max(done, t.starts[head])


_COMMA = re.compile(r",[ \t\n]+")


def _appositive(work: Work, heads: list[int], comma: int) -> None:
    """The role after the comma at offset `comma`, if any, given to the name before it."""
    t = work.t
    r = lexicon()
    n = len(t)
    name_last = last_token_before(t, comma)
    if name_last is None or t.ends[name_last] != comma:
        return
    k = name_last + 1
    if k >= n:
        return
    if t.norm[k] in ("who", "which", "whose", "that", "where", "when"):
        return  # "Al-Obeidy, who is being accompanied by a U.N. representative"
    if t.raw[k][:1].isdigit() or t.norm[k] in _NOT_A_ROLE_START:
        return  # "Gaddafi, as the legitimate representative", "New York, 21 March 2012 ..."
    determiner = t.norm[k] in ("a", "an", "the")
    role_first = k + determiner
    head = bisect_left(heads, role_first)
    if head == len(heads) or heads[head] >= role_first + 20:
        return
    # the role runs to the next punctuation, at most a dozen words
    role_last = role_first
    has_title = False
    while role_last < n and role_last - role_first < 20:
        if t.norm[role_last] in r.title_heads and not t.caps[role_last]:
            has_title = True
        if role_last + 1 >= n or _APPOSITIVE_STOP.search(t.gap(role_last)):
            break
        if t.norm[role_last + 1] in r.speech and role_last > role_first:
            if not determiner:
                # "... its leader, Muammar Gaddafi, Russia's ambassador to the alliance said":
                # no article and no comma before the verb, the words are its subject, not the
                # name's role ("Jalil al-Galal, an NTC spokesman in Tripoli said" is a role)
                return
            break
        role_last += 1
    if not has_title or _clause(work, role_first, role_last):
        return
    if _titles_another(work, role_first, role_last):
        return
    role_last = _trim_role(work, role_first, role_last)
    ident = work.owner[name_last]
    role = t.text[t.starts[role_first] : t.ends[role_last]]
    if ident >= 0:
        if work.kind(ident) == "person" and work.spans[ident].end == name_last + 1:
            work.set_role(work.spans[ident].key, role)
        return
    first = name_last
    while (
        first > 0
        and t.joins[first - 1]
        and name_last - first < 4
        and (t.caps[first - 1] or t.norm[first - 1] in r.particles)
    ):
        first -= 1
    while first < name_last and not t.caps[first]:
        first += 1
    if name_last - first < 1 or _name_end(work, first) != name_last + 1:
        return
    if not work.free(first, name_last + 1):
        return
    name = t.text[t.starts[first] : t.ends[name_last]]
    key = work.discover(name, "person")
    work.claim(first, name_last + 1, key, "title", discovered=key in work.local)
    work.set_role(key, role)


def _titles_another(work: Work, first: int, last: int) -> bool:
    """A lower-case title in the words after the comma is followed by a capitalised name: it
    introduces another person ("Gaddafi, his son Saif al-Islam and intelligence chief Abdullah
    al-Senussi"), whose title it is, and the words are a list, not the first name's role."""
    t = work.t
    r = lexicon()
    return any(
        t.norm[i] in r.title_heads
        and not t.caps[i]
        and t.caps[i + 1]
        and t.norm[i + 1] not in r.org_heads
        and not _APPOSITIVE_STOP.search(t.gap(i))
        for i in range(first, last)
    )


# An appositive is a noun phrase: after the comma, a preposition or a conjunction opens an
# adverbial or another clause, not a role.
_NOT_A_ROLE_START = frozenset(
    {
        "as",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "after",
        "before",
        "during",
        "and",
        "but",
        "or",
        "if",
        "while",
        "when",
        "since",
        "despite",
        "according",
    }
)
# Words of a clause, not of a role: "Vitaly Churkin, denied reports that he had threatened
# Qatar's prime minister" gives Churkin no role.
_CLAUSE_WORDS = frozenset(
    {
        "that",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "did",
        "does",
        "do",
        "not",
    }
)


# "a correspondent for The New York Times": a capitalised "The" after these opens a name
_BEFORE_A_NAME = frozenset({"of", "for", "at", "with", "to", "in", "from", "by", "on", "and"})


def _clause(work: Work, first: int, last: int) -> bool:
    """The words after a name's comma are a clause, not a role: a finite verb, a pronoun or
    "that" among them, or a capitalised "The" that starts another sentence run into this one
    (not one that opens a name after a preposition)."""
    t = work.t
    speech = lexicon().speech
    return any(
        t.norm[i] in _CLAUSE_WORDS
        or (i == first and t.norm[i] in speech)
        or (i > first and t.raw[i] in ("The", "A", "An") and t.norm[i - 1] not in _BEFORE_A_NAME)
        for i in range(first, last + 1)
    )


def _trim_role(work: Work, first: int, last: int) -> int:
    """Drop a trailing " in Paris" (where the organisation is) from a role."""
    t = work.t
    for i in range(last, first, -1):
        if t.norm[i] == "in" and i + 1 <= last and t.caps[i + 1] and i > first + 1:
            return i - 1
    return last


def speech_pass(work: Work) -> None:
    """Two to four capitalised words next to a speech verb: "..., said Abd Salam Ali"."""
    t = work.t
    r = lexicon()
    n = len(t)
    for i in work.speech:
        # "<Name> said"
        last = i - 1
        if last >= 1 and work.owner[last] < 0 and t.caps[last] and t.joins[last]:
            first = last
            while (
                first > 0
                and last - first < 3
                and t.joins[first - 1]
                and work.owner[first - 1] < 0
                and (t.caps[first - 1] or t.norm[first - 1] in r.particles)
            ):
                first -= 1
            while first < last and not t.caps[first]:
                first += 1
            _speaker(work, first, last + 1)
        # "said <Name>"
        j = i + 1
        if j < n and t.joins[i] and work.owner[j] < 0 and t.caps[j]:
            _speaker(work, j, _name_end(work, j, 4))


def _speaker(work: Work, first: int, end: int) -> None:
    t = work.t
    r = lexicon()
    if end - first < 2 or not work.free(first, end):
        return
    if _name_end(work, first) < end:
        return
    words = t.norm[first:end]
    if any(
        w in r.org_heads or w in r.demonyms or w in r.not_names or w in r.generic for w in words
    ):
        return
    if any(t.raw[i].isupper() and len(t.raw[i]) > 1 for i in range(first, end)):
        return
    if headline(work, first):
        return
    name = t.text[t.starts[first] : t.ends[end - 1]]
    key = work.discover(name, "person")
    work.claim(first, end, key, "phrase", discovered=key in work.local)
