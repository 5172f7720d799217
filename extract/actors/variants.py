"""Pass 3: other spellings of catalogue names. Transliteration variants share a name's
consonant skeleton (text/spelling.py); misspellings are one edit from a catalogue word or
close to a catalogue phrase; either grows over the given names before it."""

from __future__ import annotations

# rapidfuzz (about 20 ms of imports) is imported in the functions that reach for it: a
# question names mostly catalogue actors and never needs a fuzzy match.
from extract.actors.catalogued import first_of_other_name
from extract.actors.per_catalogue import PerCatalogue, per_catalogue
from extract.actors.spellings import names_of, run_like_name, spelled_like
from extract.actors.work import Work
from extract.catalogue import Catalogue
from extract.lexicon import lexicon
from extract.name_tokens import phrase_key
from text.spelling import is_article, is_common_word, name_skeleton, word_skeleton


def skeleton_pass(work: Work) -> None:
    """Transliteration variants of catalogue names ("Moammar Gadhafi", "Muammar Qadhafi",
    "Abdul Fatah al-Sisi"): a run of capitalised words whose consonant skeleton is that of one
    actor's name of two words or more; or one word of five letters or more whose skeleton is that
    of one actor's one-word name and which looks like it ("Qadhafi", "Mursi"), standing alone:
    after a given name that is not the actor's it names someone else."""
    t = work.t
    r = lexicon()
    per = per_catalogue(work.cat)
    n = len(t)
    raw, norm, caps, joins, owner = t.raw, t.norm, t.caps, t.joins, work.owner
    resume = 0
    others = work.others_names
    may_start = per.skeleton_starts
    particles, not_names = r.particles, r.not_names
    for i in work.capitals:
        if owner[i] >= 0 or i < resume:
            continue
        word = norm[i]
        if word in particles:
            if i + 1 >= n or not may_start[norm[i + 1]]:
                continue
        elif not may_start[word]:
            continue  # no catalogue name starts so: most capitalised words
        if raw[i].isupper() or word in not_names:
            continue
        run_end = i + 1
        while (
            run_end < n
            and run_end - i < 5
            and joins[run_end - 1]
            and owner[run_end] < 0
            and (caps[run_end] or norm[run_end] in r.particles)
        ):
            run_end += 1
        while run_end > i + 1 and norm[run_end - 1] in r.particles:
            run_end -= 1
        found = False
        # the skeletons of the run's leading words, as far as a catalogue name can start so
        # (what name_skeleton() of the text would give, without re-reading it for each length)
        shapes: list[str] = []
        shape = ""
        for k in range(i, run_end):
            hyphen = k + 1 < n and t.gap(k) in ("-", "–")
            shape += "" if is_article(norm[k], hyphen) else word_skeleton(norm[k])
            if shape not in per.skeleton_prefixes:
                break
            shapes.append(shape)
        for size in range(len(shapes), 1, -1):
            keys = per.skeleton_phrases.get(shapes[size - 1])
            if keys and len(keys) == 1:
                key = next(iter(keys))
                if _everyday_last_word(per, key, norm[i + size - 1]):
                    break  # "John Gray" is not John Kerry, "Cook It" not al-Qaeda
                if not _run_like_name(work, key, i, i + size, shapes[size - 1]):
                    break  # "John Kiogora" is not John Kerry, "Tea Party" not the Dawa Party
                work.claim(i, i + size, key, "variant")
                resume = i + size
                found = True
                break
        if found or len(norm[i]) < 5:
            continue
        if run_end > i + 1:
            continue  # part of a longer name this catalogue does not know
        if norm[i] in others or _after_unknown_given_name(work, i):
            # someone else's surname, here or earlier in the article: "Deutch" after "John
            # Deutch" is he, not Daesh ("Daech")
            others.add(norm[i])
            continue
        word = norm[i] if norm[i] not in r.particles else ""
        alike = per.skeleton_words.get(word_skeleton(word), ())
        if not alike:
            continue
        from rapidfuzz import fuzz  # here, not at the top: most words have no look-alike

        # "Baghdad" is not "Baghdadi": a word that another ends is no spelling of it
        looks = [
            (alias, key)
            for alias, key in alike
            if fuzz.ratio(word, alias) >= 70
            and not alias.startswith(word)
            and not word.startswith(alias)
            # "Parade" is a word, not Mohamed ElBaradei's name ("Qaeda" is al-Qaeda's)
            and not _everyday_last_word(per, key, word)
        ]
        if len({key for _, key in looks}) != 1:
            continue  # no actor, or two: a word like two actors' names is neither's
        key = looks[0][1]
        owners = per.word_owners.get(word, frozenset())
        if owners and key not in owners:
            continue  # "Salman" is King Salman's name, no spelling of Omar Suleiman's
        spellings = [alias for alias, _ in looks]
        if key not in owners and not spelled_like([word], spellings):
            # "Morrissey" adds a syllable to "Morsi" and "Morsy"; "Shiastan" ends in a
            # consonant, "Sistani" in a vowel
            continue
        # "Adana" is a city, not Abu Muhammad al-Adnani: a place's own name is no spelling
        if not _names_a_place(raw[i]):
            work.claim(i, i + 1, key, "variant")


def _run_like_name(work: Work, key: str, first: int, end: int, shape: str) -> bool:
    """Each word of the run (titles and particles aside) looks like a word of one of the
    actor's names with the run's skeleton: the run is that name written otherwise."""
    actor = work.cat.actors[key]
    names = [n for n in names_of(actor) if name_skeleton(n) == shape] or names_of(actor)
    return run_like_name(list(work.t.norm[first:end]), names)


def _names_a_place(word: str) -> bool:
    """The word is a place's own name (curated place, province or gazetteer city), asked only
    of a word that looks like one actor's name."""
    from extract.place_lookup import is_place_name

    return is_place_name(word)


def _after_unknown_given_name(work: Work, i: int) -> bool:
    """Token i follows (through particles: "Ammar al-Assad") a capitalised word no actor has
    claimed that is no title: it ends a longer name the catalogue does not know, someone
    else's."""
    t, r = work.t, lexicon()
    norm, joins = t.norm, t.joins
    prev = i - 1
    while prev > 0 and norm[prev] in r.particles and joins[prev - 1]:
        prev -= 1  # "Ammar al-Assad": the word before the article
    return (
        prev >= 0
        and joins[prev]
        and t.caps[prev]
        and work.owner[prev] < 0
        and norm[prev] not in r.title_words
        and norm[prev] not in r.not_names
    )


def _everyday_last_word(per: PerCatalogue, key: str, word: str) -> bool:
    """The (last) word of a run is an everyday English word that no name of the actor has: the
    run is someone else's name or plain words that share the skeleton ("John Gray" and John
    Kerry, "Cook It" and al-Qaeda, "Parade" and ElBaradei), not another spelling."""
    return is_common_word(word) and key not in per.word_owners.get(word, ())


def grow_variants(work: Work) -> None:
    """A person's one-word name grows over the given names before it when the whole has the
    skeleton of one of their names: "Moammar al-Qadhafi" after "Qadhafi" was found alone."""
    t = work.t
    r = lexicon()
    per = per_catalogue(work.cat)
    for ident, span in enumerate(work.spans):
        first, end, key = span.first, span.end, span.key
        if end - first != 1 or first == 0 or work.kind(ident) != "person":
            continue
        start = first
        best = None
        while (
            start > 0
            and first - start < 4
            and t.joins[start - 1]
            and work.owner[start - 1] < 0
            and (t.caps[start - 1] or t.norm[start - 1] in r.particles)
        ):
            start -= 1
            if t.caps[start] and key in per.skeleton_phrases.get(
                name_skeleton(t.text[t.starts[start] : t.ends[end - 1]]), ()
            ):
                best = start
        stop = None
        grow = end
        while (
            grow < len(t)
            and grow - end < 3
            and t.joins[grow - 1]
            and work.owner[grow] < 0
            and (t.caps[grow] or t.norm[grow] in r.particles)
        ):
            grow += 1  # "Saddam Husayn" after "Saddam" was found
            if t.caps[grow - 1] and key in per.skeleton_phrases.get(
                name_skeleton(
                    t.text[t.starts[best if best is not None else first] : t.ends[grow - 1]]
                ),
                (),
            ):
                stop = grow
        if best is not None or stop is not None:
            work.release(ident)
            work.claim(first if best is None else best, stop or end, key, "variant")


# ---------------------------------------------------------------- pass 3b: misspellings


def fuzzy_pass(work: Work) -> None:
    t, cat = work.t, work.cat
    r = lexicon()
    n = len(t)
    raw, norm, caps, joins, owner = t.raw, t.norm, t.caps, t.joins, work.owner
    particles = r.particles
    memo = per_catalogue(cat).fuzzy
    resume = 0
    for i in work.capitals:
        if i < resume or owner[i] >= 0 or raw[i].isupper():
            continue
        run_end = i + 1
        while (
            run_end < n
            and run_end - i < 4
            and joins[run_end - 1]
            and owner[run_end] < 0
            and (caps[run_end] or norm[run_end] in particles)
        ):
            run_end += 1
        if run_end - i >= 2:
            phrase = " ".join(norm[i:run_end])
            if phrase in memo:
                key = memo[phrase]
            else:
                key = memo[phrase] = _fuzzy_phrase(cat, phrase)
            if key:
                work.claim(i, run_end, key, "fuzzy")
                resume = run_end
                continue
        if norm[i] in work.others_names or _after_unknown_given_name(work, i):
            work.others_names.add(norm[i])
            continue  # "Muhammad Rifaa al-Tahtawi" is not Mohamed Hussein Tantawi
        word = norm[i]
        if word in memo:
            key = memo[word]
        else:
            key = memo[word] = (
                _fuzzy_word(cat, word)
                if len(word) >= 6 and word not in r.not_names and word not in cat.index
                else None
            )
        if key and not first_of_other_name(work, key, i):
            work.claim(i, i + 1, key, "fuzzy")


def _fuzzy_word(cat: Catalogue, word: str) -> str | None:
    """A catalogue word one edit away, when that edit is not an ending: "Erdogen" is Erdogan,
    but "Pakistani", "Germans" and "Franco" are words of their own, not misspellings."""
    found: set[str] = set()
    for size in (len(word) - 1, len(word), len(word) + 1):
        for alias, key in cat.single_words.get((word[0], size), ()):
            if size == len(word) or min(size, len(word)) >= 8:
                limit = 1
            else:
                continue
            if alias[:1] != word[:1] or alias[-1] != word[-1]:
                continue
            if word.startswith(alias) or alias.startswith(word):
                continue
            from rapidfuzz.distance import Levenshtein  # only for a word that got this far

            if Levenshtein.distance(word, alias, score_cutoff=limit) <= limit:
                actor = cat.actors.get(key)
                if actor is not None and actor.kind == "state" and len(word) < 8:
                    continue  # short country names collide with surnames ("Greene")
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _fuzzy_phrase(cat: Catalogue, phrase: str) -> str | None:
    from rapidfuzz import fuzz, process

    bucket = cat.phrases.get((phrase[0], phrase.count(" ") + 1))
    if not bucket:
        return None
    best = process.extractOne(phrase, bucket[0], scorer=fuzz.ratio, score_cutoff=90)
    return bucket[1][best[2]] if best else None


def extend_pass(work: Work) -> None:
    """Grow a match over the given names before it: "Recep Tayyip Erdogen", "Jabha Al-Nusra"."""
    t, cat = work.t, work.cat
    phrase_names = per_catalogue(cat).phrase_names
    for ident, span in enumerate(work.spans):
        first, end, key = span.first, span.end, span.key
        if first == 0 or key not in cat.actors:
            continue
        names = phrase_names.get(key)
        if names is None:
            actor = cat.actors[key]
            names = [phrase_key(a) for a in (actor.name, *actor.aliases)]
            names = phrase_names[key] = names if any(" " in name for name in names) else []
        if not names:
            continue
        current = " ".join(t.norm[first:end])
        best = None
        for grow in (1, 2, 3):
            start = first - grow
            if start < 0 or not t.joins[start] or work.owner[start] >= 0:
                break
            if t.norm[start] in lexicon().not_names or not (
                t.caps[start] or t.norm[start] in lexicon().particles
            ):
                break
            phrase = " ".join(t.norm[start:end])
            from rapidfuzz import fuzz

            # among names as long as the grown phrase, it must be closer than the match was
            same = [name for name in names if name.count(" ") == phrase.count(" ")]
            grown = max((fuzz.ratio(phrase, name) for name in same), default=0.0)
            if grown >= 85 and grown > max(fuzz.ratio(current, name) for name in same):
                best = start
        if best is not None and t.caps[best]:
            work.release(ident)
            work.claim(best, end, key, "fuzzy")
