"""What a `quote` query searches for: the words typed, other words for them, and how much
each weighs.

People ask in their own words, not the article's: "killed" for "assassinated", "Daesh" for
"ISIS", "how many" for a number. A plan keeps the typed search terms at full weight and adds
alternatives at a lower one, each remembered with the words it stands for, so that an answer
found through one can say so:

- synonyms of conflict news (text/synonyms.json, each group with its source);
- other names of the actors and places the query names (catalogue and gazetteer);
- other spellings of the names typed, as the store holds them (commands/spellings.py);
- a continent and the adjective of it and its people (text/place_words.py: "Europeans" for
  "Europe");
- a typed word's associates, learned from the store's own passages (commands/quote_associations.py:
  words found with it in one passage far more often than chance), for a typed word no other
  way finds another word for (off by default: docs/QUALITY.md);
- pseudo-relevance feedback (RM3, Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004): words
  that the best first-round passages share, added for a second round.

The best passages for the plan are then re-ranked by closeness in meaning to the question as
typed (commands/quote.py, text/meaning.py), which finds no passage of its own.

Weights are multiplicities of query terms (the index's BM25 counts a repeated term again), so
every passage score stays an exact BM25 score of a weighted query. A typed name and its other
spellings and names in one word are one query term (Plan.groups: frequencies summed, the idf
of the passages holding any of them, as Lucene's SynonymQuery), at the typed word's weight.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING

from store import vocabulary
from store.articles import EVERYONE, Viewer
from text import expand, tokens
from text.expand import Alternative

if TYPE_CHECKING:
    import sqlite_utils

ASKED_WEIGHT = 4  # a typed word's term counts four times ...
OTHER_WEIGHT = 2  # ... a synonym's or another name's twice ...
FEEDBACK_WEIGHT = 1  # ... a feedback term's or an associate's once
# An associate is a word found near the typed one, not another word for it: it ranks, and
# covers none of the question (docs/QUALITY.md measured it covering too).
NOT_COVERING = ("feedback", "association")
# An alternative term found in more than this share of passages tells passages apart too little
# to be worth its noise ("forces", "state").
MAX_OTHER_SHARE = 0.05
COMMON_AT_LEAST = 50  # ... but in a small store no term held by this few passages is common
FEEDBACK_PASSAGES = 10
FEEDBACK_TERMS = 8
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|scores?|hundreds?|thousands?|millions?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Methods:
    """Which ways of bridging vocabulary a search uses (all but feedback by default: see
    docs/QUALITY.md for what each one gained)."""

    synonyms: bool = True
    aliases: bool = True
    spellings: bool = True  # other romanisations of the names typed, found in the store
    forms: bool = True  # words of the typed words' families: invitee for invited ...
    thesaurus: bool = True  # ... and their frequent senses' synonyms (text/word_relations.py)
    compounds: bool = True  # "airbases" for "air bases" typed, and "air bases" for "airbases"
    # a continent and the adjective of it and its people: "Europeans" for "Europe"
    # (text/place_words.py)
    place_words: bool = True
    # names the skeleton leaves alone, spelled a change or two away (commands/quote_names.py)
    close_names: bool = True
    # an acronym typed, its long form as the store defines it (commands/quote_acronyms.py)
    acronyms: bool = True
    # a typed name and its other spellings and names in one word scored as one BM25 term, as
    # Lucene's SynonymQuery: frequencies summed, the idf of the passages holding any of them
    one_term_names: bool = True
    # a typed word's associates learned from the store (commands/quote_associations.py), for a
    # word no other way finds another word for
    associations: bool = False
    feedback: bool = False
    coverage: bool = True  # rank by how much of the question a passage covers, and refuse
    # to answer when no passage covers enough of it
    meaning: bool = True  # re-rank a wider BM25 pool by closeness in meaning (text/meaning.py)


PLAIN = Methods(
    synonyms=False,
    aliases=False,
    spellings=False,
    forms=False,
    thesaurus=False,
    compounds=False,
    place_words=False,
    close_names=False,
    acronyms=False,
    one_term_names=False,
    associations=False,
    feedback=False,
    coverage=False,
    meaning=False,
)
LEXICAL = Methods(meaning=False)  # every lexical way, no model: the fast path


@dataclass
class Plan:
    asked: list[str]  # typed search terms, question frames left out
    phrases: list[list[str]]  # quoted phrases: must appear as they are
    quantity: bool = False  # the question asks for a number
    question: str = ""  # as typed
    alternatives: list[Alternative] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)
    # whether another name or spelling, in one word, of one word typed is scored as one term
    # with it (Methods.one_term_names)
    one_term_names: bool = False

    def phrase_terms(self) -> dict[str, list[tuple[str, ...]]]:
        """Terms that only phrase alternatives bring, none of whose words are searched for
        ("war" and "plane" of "war planes" for "warplanes"), each with the phrases it comes
        from: they are not searched for, and count only in the passages holding one of those
        phrases (commands/quote.py adds them there)."""
        other = set(self.asked) | {
            t
            for alt in self.alternatives
            if not phrase_of(alt) or words_searched(alt)
            for t in alt.terms
        }
        out: dict[str, list[tuple[str, ...]]] = {}
        for alt in self.alternatives:
            for t in alt.terms if phrase_of(alt) else ():
                if t not in other:
                    out.setdefault(t, []).append(phrase_of(alt))
        return out

    def groups(self) -> dict[str, tuple[str, ...]]:
        """Typed terms scored together with their other names and spellings in one word (when
        one_term_names), each with its group: the typed term first."""
        if not self.one_term_names:
            return {}
        asked = set(self.asked)
        out: dict[str, list[str]] = {}
        taken: set[str] = set()
        for alt in self.alternatives:
            if not _one_name(alt) or phrase_of(alt):
                continue
            term = alt.terms[0]
            if term in asked or term in taken:
                continue
            (word,) = _terms_of(alt.asked)
            if word in asked:
                out.setdefault(word, [word]).append(term)
                taken.add(term)
        return {word: tuple(group) for word, group in out.items()}

    def weighted_terms(self) -> list[str | tuple[str, ...]]:
        """The query for the index: each term as often as it weighs; a group of terms scored
        as one (groups()) is a tuple, weighing what its typed term does."""
        groups = self.groups()
        terms: list[str | tuple[str, ...]] = [
            groups.get(t, t) for t in self.asked for _ in range(ASKED_WEIGHT)
        ]
        asked = set(self.asked)
        seen: set[str] = {t for group in groups.values() for t in group}
        unsearched = set(self.phrase_terms())
        for alt in self.alternatives:
            weight = FEEDBACK_WEIGHT if alt.via in ("feedback", "association") else OTHER_WEIGHT
            for t in alt.terms:
                if t not in asked and t not in seen and t not in unsearched:
                    seen.add(t)
                    terms.extend([t] * weight)
        return terms

    def wanted(self) -> set[str]:
        """Every term a highlight may point at."""
        return set(self.asked) | {t for alt in self.alternatives for t in alt.terms}

    def coverage_measure(
        self,
    ) -> Callable[[set[str], frozenset[tuple[str, ...]]], float]:
        """A passage's coverage, given its terms: the share of the question's weight (idf of its
        typed terms) that it covers, directly or through an alternative of the words it stands
        for. What depends only on the plan (the question's weight, each alternative's typed
        terms) is worked out once, for every passage the question weighs; the covered terms
        are gathered and summed in the order they always were, so the shares are the same
        floats."""
        idf = self.idf
        total = sum(idf.get(t, 0.0) for t in set(self.asked))
        if total <= 0:
            return _everything
        asked = self.asked
        others = [
            (
                frozenset(alt.terms),
                [t for t in tokens.terms(alt.asked) if t in idf],
                phrase_of(alt),
            )
            for alt in self.alternatives
            if alt.via not in NOT_COVERING
        ]
        zeros = repeat(0.0)

        def measure(
            passage_terms: set[str], held: frozenset[tuple[str, ...]] = NO_PHRASES
        ) -> float:
            """held: the phrase alternatives' phrases the passage holds as phrases (a phrase
            alternative covers only there)."""
            covered = {t for t in asked if t in passage_terms}
            for terms, stands_for, phrase in others:
                if terms <= passage_terms and (not phrase or phrase in held):
                    covered.update(stands_for)
            return sum(map(idf.get, covered, zeros)) / total

        return measure


def make_plan(
    db: sqlite_utils.Database,
    query: str,
    methods: Methods,
    phrases: list[list[str]],
    unquoted: str,
    aliases: list[tuple[str, str]] | None,
    viewer: Viewer = EVERYONE,
) -> Plan:
    """aliases: (name as typed, another name) pairs; None looks them up in the catalogue and
    gazetteer. viewer: whose passages an alternative may be learnt from."""
    drop, quantity = expand.question_frame(query) if methods.coverage else (set(), False)
    asked = [t for t in tokens.terms(query) if t not in drop]
    if not asked:  # a question made only of its frame ("how many?"): search what there is
        asked = tokens.terms(query)
    plan = Plan(asked, phrases, quantity, query, one_term_names=methods.one_term_names)
    alternatives: list[Alternative] = []
    if methods.synonyms:
        alternatives.extend(expand.synonyms(unquoted))
    if methods.aliases:
        if aliases is None:
            from commands.subjects import alternative_names

            aliases = alternative_names(unquoted)
        alternatives.extend(
            Alternative(typed, name, tuple(tokens.terms(name)), "alias") for typed, name in aliases
        )
    vias = frozenset(
        v for v, on in (("form", methods.forms), ("thesaurus", methods.thesaurus)) if on
    )
    if vias:
        from text import word_relations

        typed = set(asked)
        alternatives.extend(
            a for a in word_relations.related_words(unquoted, vias) if _terms_of(a.asked) <= typed
        )
    if methods.spellings:
        from commands.spellings import other_spellings

        known = {w for typed, _ in aliases or [] for w in typed.split()}
        alternatives.extend(
            Alternative(typed, term, (term,), "spelling")
            for typed, term in other_spellings(db, unquoted, known)
        )
        if methods.close_names:
            from commands.quote_names import close_names

            alternatives.extend(close_names(db, unquoted, known))
    if methods.acronyms:
        from commands.quote_acronyms import expansions

        alternatives.extend(expansions(db, unquoted, viewer))
    if methods.compounds:
        alternatives.extend(compounds(unquoted))
    if methods.place_words:
        from text.place_words import place_words

        alternatives.extend(place_words(unquoted))
    # One read of the store's counts for the alternatives' terms and the typed ones.
    n, _ = vocabulary.passages_and_generation(db)
    weighed = set(asked) if methods.coverage else set()
    df = vocabulary.document_frequencies(
        db, [*weighed, *(t for alt in alternatives for t in alt.terms)]
    )
    plan.alternatives = _useful(plan, alternatives, df, _common_for(n))
    if methods.associations:
        # after the other ways' alternatives are known to be in the store: a typed word they
        # bridge is not given words merely found near it
        from commands.quote_associations import associated

        learned = associated(db, unquoted, asked, plan.alternatives)
        counts = vocabulary.document_frequencies(db, [a.terms[0] for a in learned])
        plan.alternatives += _useful(plan, learned, counts, _common_for(n))
    for t in weighed:
        # A word no passage holds weighs as much as the rarest word there is.
        plan.idf[t] = vocabulary.idf(n, max(df[t], 1))
    return plan


NO_PHRASES: frozenset[tuple[str, ...]] = frozenset()  # a passage holding none


def _everything(passage_terms: set[str], held: frozenset[tuple[str, ...]] = NO_PHRASES) -> float:
    return 1.0


def phrase_of(alt: Alternative) -> tuple[str, ...]:
    """The phrase an alternative must be found as (text/word_relations.PhraseAlternative),
    or () for one whose terms are enough."""
    return getattr(alt, "phrase", ())


def words_searched(alt: Alternative) -> bool:
    """Whether a phrase alternative's words are searched for too, not only counted where the
    phrase stands (commands/quote_names.SearchedPhrase)."""
    return getattr(alt, "searched", False)


def _one_name(alt: Alternative) -> bool:
    """Whether an alternative is another name or spelling, in one word, of one word typed."""
    return (
        alt.via in ("alias", "spelling") and len(alt.terms) == 1 and len(_terms_of(alt.asked)) == 1
    )


def _terms_of(words: str) -> set[str]:
    return set(tokens.terms(words))


def _useful(
    plan: Plan, alternatives: list[Alternative], df: dict[str, int], limit: float
) -> list[Alternative]:
    """Alternatives whose terms are all in the store (df: passages holding each of their
    terms) and none in more than limit passages, without repeats; a phrase, or another name or
    spelling in one word of one word typed, however many passages hold it. A phrase whose words
    are searched for too (words_searched) is kept as a phrase alone when one of them is in more
    than limit passages."""
    asked = set(plan.asked)
    kept: list[Alternative] = []
    seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for alt in alternatives:
        terms = tuple(t for t in alt.terms if t not in asked)
        key = (alt.terms, phrase_of(alt))
        if not terms or key in seen:
            continue
        # A phrase's words may be common ("air" of "air base"): the phrase is what is looked
        # for. A name's usual spelling may be common too ("Gaddafi" for "Qadhafi" typed): it is
        # the name, not a word that finds everything.
        wanted = bool(key[1]) or _one_name(alt)
        if all(0 < df[t] <= limit or (wanted and df[t] > 0) for t in terms):
            seen.add(key)
            if words_searched(alt):
                if all(df[t] <= limit for t in terms):
                    # its words are searched as a plain alternative's are: a later plain
                    # alternative of the same words is a repeat
                    seen.add((alt.terms, ()))
                else:
                    from text.word_relations import PhraseAlternative

                    alt = PhraseAlternative(alt.asked, alt.said, alt.terms, alt.via, key[1])
            kept.append(alt)
    return kept


@cache
def _everyday_words() -> str:
    """text/common_words.txt as it is, one word a line (most frequent first): a word is looked
    for in it, not parsed into a set (what text/spelling.py's is_common_word does costs a cold
    `quote` 1.2 ms of CPU; sorting a copy to bisect, 2 ms; keeping that copy in text/compiled.py's
    cache, 0.6 to 0.9 ms to read: more than compounds() spends searching, docs/PERFORMANCE.md)."""
    from text.data import data_path

    with open(data_path("text", "common_words.txt"), encoding="utf-8") as handle:
        return "\n" + handle.read()


def _everyday(word: str) -> bool:
    """Whether a lower-case word, as written, is an everyday English word (wordfreq zipf at
    least 3.5: text/common_words.txt), as text/spelling.is_common_word says. A frequent word is
    found near the file's start; a word the file does not hold costs a search of all of it (56
    microseconds)."""
    return f"\n{word}\n" in _everyday_words()


def _everyday_or_its_form(word: str) -> bool:
    """Whether a lower-case word is an everyday word or a regular inflection of one ("seasons",
    "mandated", "shedding" with its consonant doubled)."""
    from text.word_relations import _ENDINGS, MIN_LEMMA

    if _everyday(word):
        return True
    for ending, replacement in _ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        bases = [base + replacement]
        if not replacement and len(base) > 1 and base[-1] == base[-2]:
            bases.append(base[:-1])  # "shedd" -> "shed"
        if any(len(b) >= MIN_LEMMA and _everyday(b) for b in bases):
            return True
    return False


MIN_PART = 3  # letters of each word of a compound split in two: "air" + "bases"
MIN_COMPOUND = 2 * MIN_PART


def compounds(query: str) -> list[Alternative]:
    """Other spellings of compounds: two words typed side by side (or hyphenated) as one
    ("air bases" -> "airbases"; the store's vocabulary decides whether it is used), and a word
    typed as two everyday English words (text/common_words.txt) that a passage must hold as a
    phrase ("airbases" -> "air bases", "warplanes" -> "war planes")."""
    from text.word_relations import ENDINGS, PhraseAlternative

    spans = tokens.term_spans(query)
    found: list[Alternative] = []
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:], strict=False):
        if query[e1:s2] in (" ", "-"):
            joined = query[s1:e1] + query[s2:e2]
            term = tokens.term(joined)
            if term:
                found.append(Alternative(query[s1:e2], joined.lower(), (term,), "spelling"))
    for start, end, _ in spans:
        word = query[start:end]
        # a lower-case word, or the question's first with only its first letter capitalised
        # (as text/word_relations' name check has it): a capital elsewhere is a name's
        opening = start == spans[0][0] and not query[:start].strip()
        typed = word[0].lower() + word[1:] if opening else word
        if len(word) < MIN_COMPOUND or not (typed.isalpha() and typed.islower()):
            continue
        word = typed.lower()
        if _everyday_or_its_form(word):  # "season" is no "sea son", "downed" no "dow ned"
            continue
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:cut], word[cut:]
            if right in ENDINGS:  # "bomb" + "ing" is an inflection, not two words
                continue
            # both everyday words ("war" + "planes"; "warp" + "lanes" too, a phrase that a
            # passage seldom holds, and counted only where one does)
            if not (_everyday(left) and _everyday(right)):
                continue
            if tokens.term(left) and tokens.term(right):  # no function word: "over all"
                phrase = f"{left} {right}"
                key = tuple(tokens.phrase_key(phrase))
                terms = tuple(tokens.terms(phrase))
                found.append(PhraseAlternative(query[start:end], phrase, terms, "spelling", key))
    return found


def feedback(
    db: sqlite_utils.Database, plan: Plan, first_round: list[tuple[int, float, str]]
) -> list[Alternative]:
    """RM3's expansion terms: P(t|R) = sum over the best passages D of P(D|Q) * P(t|D), with
    P(D|Q) the passage's share of the first round's scores and P(t|D) = tf / |D|. Terms of the
    query, too common ones and numbers are left out."""
    top = first_round[:FEEDBACK_PASSAGES]
    total = sum(score for _, score, _ in top)
    if not top or total <= 0:
        return []
    weights: dict[str, float] = {}
    for _, score, text in top:
        terms = tokens.terms(text)
        if not terms:
            continue
        for t, tf in Counter(terms).items():
            weights[t] = weights.get(t, 0.0) + (score / total) * tf / len(terms)
    known = plan.wanted()
    limit = _common(db)
    out: list[Alternative] = []
    for t in sorted(weights, key=lambda term: (-weights[term], term)):
        if len(out) == FEEDBACK_TERMS:
            break
        if t in known or t.isdigit() or len(t) < 3:
            continue
        df = vocabulary.document_frequencies(db, [t])[t]
        if 1 < df <= limit:
            out.append(Alternative("", t, (t,), "feedback"))
    return out


def _common(db: sqlite_utils.Database) -> float:
    """Passages a term may be in and still be worth searching for as another word."""
    return _common_for(vocabulary.passages_and_generation(db)[0])


def _common_for(n_passages: int) -> float:
    return max(MAX_OTHER_SHARE * n_passages, COMMON_AT_LEAST)


def has_number(text: str) -> bool:
    return bool(_NUMBER.search(text))
