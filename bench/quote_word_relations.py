"""Write text/word_relations.tsv and text/phrase_relations.tsv: English words and phrases
related in WordNet 3.0, for `quote` to count one for the other (text/word_relations.py).

Usage: .venv/bin/python bench/quote_word_relations.py [--senses K] [WORDNET_DIR]

WORDNET_DIR holds WordNet 3.0's database files (data.*, index.*, *.exc), as Debian's package
wordnet-base installs them in /usr/share/wordnet (the default). Three kinds of relation:

- derived: two words joined by a "derivationally related form" link between two of their
  senses (invite / invitee, destroy / destruction, sever / severance);
- synonym: two words sharing a synset that is among the first K senses of both (WordNet lists
  a word's senses most frequent first, from sense-tagged text), so that a word's rare senses
  bring no synonyms: "kid" / "child" are in the first sense of each, "make" / "piss" only in
  the first of "piss";
- inflected: an irregular inflection and its lemma (fled / flee, children / child) from
  WordNet's exception lists, for lemmas of the lines above, so that a typed form finds them.

Phrases (text/phrase_relations.tsv): WordNet's own multiword lemmas (verb + particle, "throw
out"; other collocations, "lay to rest") and the single words they share a synset with, among
the first K senses of both, as for synonyms; each phrase of two or three lower-case words of
letters, in use as a phrase (wordfreq's zipf of the phrase at least SYNONYM_ZIPF), whose
search terms (particles are no search terms) differ from the word's. A word's line lists its
phrases and, for a phrase whose first word is a verb with irregular forms, those forms too
("drive out": "drove out", "driven out"), since the stemmer does not merge them; a phrase's
line lists its words, and an irregular form of a phrase has a line naming its lemma, so that
a typed "threw out" finds what "throw out" does.

Kept: single lower-case words of three letters or more (no phrase, no hyphen, no capital,
no abbreviation like "ab") whose search terms differ (so
that the stemmer does not already merge them) and both of which are in use (wordfreq zipf at
least DERIVED_ZIPF or SYNONYM_ZIPF: rare words cost file size and help few questions). The
file is shipped; `quote` reads it, nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "text" / "word_relations.tsv"
PHRASES_OUT = OUT.with_name("phrase_relations.tsv")
WORD_PHRASE_POS = ("v",)  # a word gets verb phrases: "young woman" is no phrase for "missing"
PHRASE_WORDS = (2, 3)  # words in a phrase kept: longer ones are names and idioms
DERIVED_ZIPF = 2.0  # derivations are few and close ("invitee" is at 2.1) ...
SYNONYM_ZIPF = 3.0  # ... synonyms many and looser: only common words
MIN_LETTERS = 3  # "ab" is an abbreviation (of "bachelor of arts"), not a word to search by
SENSES = 2
# Irregular forms the stemmer merges with their lemma listed too ("expelled", "buried": the
# detachment rules reach neither): measured, not kept (docs/QUALITY.md); the phrase file lists them.
MERGED_FORMS = False
POS_FILES = (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r"))
ABOUT = (
    "English words related in WordNet 3.0, for `quote` to count a passage holding one for a "
    "question asking the other, and to say so ('matched invited for invitees'). Each line: a "
    "word, then tab-separated: the words derived from it or it from them (WordNet's "
    "'derivationally related form' links); its synonyms, words sharing a synset among the "
    "first {senses} senses of each (WordNet lists a word's senses most frequent first); and, "
    "for an irregular form, its lemma (WordNet's exception lists). Single lower-case words "
    "whose search terms differ and whose wordfreq zipf frequency is at least {derived} (derived) "
    "or {synonym} (synonym)."
)
SOURCE = (
    "WordNet 3.0 (Princeton University), the database files of Debian's package wordnet-base "
    "1:3.0 (/usr/share/wordnet), read by bench/quote_word_relations.py --senses {senses}"
)
# Pairs whose first senses differ in the news, taken out of what WordNet relates: a truce or a
# deadline expires ("the truce had expired") and nobody dies; "dice" is the noun die.
TAKEN_OUT = frozenset(
    {("death", "expiry"), ("die", "expire"), ("expire", "perish"), ("dice", "die")}
)
TAKEN_OUT_NOTE = (
    "Taken out, as pairs whose first senses differ in the news: 'expire' and 'expiry' (a truce "
    "or a deadline running out: 'the truce had expired') for 'die', 'perish' and 'death', and "
    "'dice' (the noun die) for the verb 'die'."
)
LICENCE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to "
    "use, copy, modify and distribute this database for any purpose and without fee or royalty "
    "is granted, provided this notice and the following statements appear on all copies. THIS "
    "DATABASE IS PROVIDED 'AS IS' AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR "
    "WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be "
    "used in advertising or publicity pertaining to distribution of the database."
)

PHRASES_ABOUT = (
    "English phrases and words sharing a WordNet 3.0 synset among the first {senses} senses of "
    "each, for `quote` to count a passage holding the phrase, as a phrase, for a question "
    "asking the word, and a passage holding the word for a question asking the phrase ('matched "
    "throw out for expel'). Each line: a word or a phrase, then tab-separated: its phrases "
    "(for a word; comma-separated, irregular forms of a phrase's verb included) or its words "
    "(for a phrase), and, for an irregular form of a phrase, its lemma. Phrases of 2 or 3 "
    "lower-case words of letters; words of three letters or more; both at wordfreq zipf {zipf} "
    "or more; search terms that differ."
)

Synsets = dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str, str]]]]


def read_synsets(wordnet: Path) -> Synsets:
    """(pos, offset) -> (its words as written, its pointers: symbol, offset, pos, ends)."""
    synsets: Synsets = {}
    for name, pos in POS_FILES:
        for line in (wordnet / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # the licence at the top of each file
                continue
            parts = line.split(" | ")[0].split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i].split("(")[0] for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(parts[at])):
                pointers.append((parts[at + 1], parts[at + 2], parts[at + 3], parts[at + 4]))
                at += 4
            synsets[(pos, parts[0])] = (words, pointers)
    return synsets


def read_senses(wordnet: Path) -> dict[tuple[str, str], list[str]]:
    """(lemma, pos) -> its synsets' offsets, most frequent sense first."""
    out: dict[tuple[str, str], list[str]] = {}
    for name, pos in POS_FILES:
        for line in (wordnet / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            out[(parts[0], pos)] = parts[-int(parts[2]) :]
    return out


def derived(synsets: Synsets) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for words, pointers in synsets.values():
        for symbol, offset, pos, ends in pointers:
            if symbol != "+":
                continue
            target = synsets[("a" if pos == "s" else pos, offset)][0]
            a, b = words[int(ends[:2], 16) - 1], target[int(ends[2:], 16) - 1]
            pairs.add((min(a, b), max(a, b)))
    return pairs


def synonyms(
    synsets: Synsets, senses: dict[tuple[str, str], list[str]], k: int
) -> set[tuple[str, str]]:
    first = {key: set(offsets[:k]) for key, offsets in senses.items()}
    pairs: set[tuple[str, str]] = set()
    for (lemma, pos), offsets in first.items():
        for offset in offsets:
            for word in synsets[(pos, offset)][0]:
                other = word.lower()
                if other != lemma and offset in first.get((other, pos), ()):
                    pairs.add((min(lemma, other), max(lemma, other)))
    return pairs


def usable(a: str, b: str, zipf: float) -> bool:
    from wordfreq import zipf_frequency

    from text import tokens

    if not all(w.isalpha() and w.islower() and len(w) >= MIN_LETTERS for w in (a, b)):
        return False
    ta, tb = tokens.terms(a), tokens.terms(b)
    if len(ta) != 1 or len(tb) != 1 or ta == tb:
        return False
    return min(zipf_frequency(a, "en"), zipf_frequency(b, "en")) >= zipf


def inflections(wordnet: Path, lemmas: set[str], merged: bool = False) -> set[tuple[str, str]]:
    """(form, lemma) from the exception lists, for lemmas; merged: also forms the stemmer
    already merges with their lemma."""
    from text import tokens

    out = set()
    for name, _ in POS_FILES:
        for line in (wordnet / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            for base in bases:
                differ = merged or tokens.terms(form) != tokens.terms(base)
                if base in lemmas and form.isalpha() and differ and form != base:
                    out.add((form, base))
    return out


def _phrase(words: str) -> str | None:
    """A multiword lemma as a phrase to keep ("throw_out" -> "throw out"), or None."""
    parts = words.split("_")
    if len(parts) not in PHRASE_WORDS or not all(p.isalpha() and p.islower() for p in parts):
        return None
    return " ".join(parts)


def phrase_pairs(
    synsets: Synsets, senses: dict[tuple[str, str], list[str]], k: int
) -> set[tuple[str, str, str]]:
    """(phrase, word, part of speech) sharing a synset among the first k senses of each, kept
    as usable() keeps single words: in use (the phrase's own zipf), search terms that differ."""
    from wordfreq import zipf_frequency

    from text import tokens

    first = {key: set(offsets[:k]) for key, offsets in senses.items()}
    pairs: set[tuple[str, str, str]] = set()
    for (lemma, pos), offsets in first.items():
        if "_" not in lemma:
            continue
        for offset in offsets:
            written = synsets[(pos, offset)][0]
            phrase = next((_phrase(w) for w in written if w.lower() == lemma), None)
            if phrase is None:  # a name ("Soviet_Union") or a long idiom
                continue
            for word in written:
                if "_" in word or word != word.lower() or offset not in first.get((word, pos), ()):
                    continue
                if not (word.isalpha() and len(word) >= MIN_LETTERS):
                    continue
                terms = tokens.terms(word)
                if len(terms) != 1 or set(terms) == set(tokens.terms(phrase)):
                    continue
                if min(zipf_frequency(word, "en"), zipf_frequency(phrase, "en")) >= SYNONYM_ZIPF:
                    pairs.add((phrase, word, pos))
    return pairs


def phrase_forms(wordnet: Path, phrases: set[str]) -> dict[str, set[str]]:
    """Each verb phrase's irregular forms from the verb exception list ("drive out": "drove out",
    "driven out"), forms the stemmer does not merge with the lemma."""
    from text import tokens

    irregular: dict[str, set[str]] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        for base in bases:
            if form.isalpha() and tokens.phrase_key(form) != tokens.phrase_key(base):
                irregular.setdefault(base, set()).add(form)
    out: dict[str, set[str]] = {}
    for phrase in phrases:
        head, rest = phrase.split(" ", 1)
        out[phrase] = {f"{form} {rest}" for form in irregular.get(head, ())}
    return out


def write_phrases(wordnet: Path, synsets: Synsets, senses: dict, k: int, out: Path) -> int:
    pairs = phrase_pairs(synsets, senses, k)
    forms = phrase_forms(wordnet, {p for p, _, pos in pairs if pos == "v"})
    table: dict[str, tuple[set[str], set[str]]] = {}
    for phrase, word, pos in pairs:
        if pos in WORD_PHRASE_POS:
            table.setdefault(word, (set(), set()))[0].update({phrase, *forms.get(phrase, ())})
        table.setdefault(phrase, (set(), set()))[0].add(word)
    for phrase, inflected in forms.items():
        for form in inflected:
            table.setdefault(form, (set(), set()))[1].add(phrase)
    # a word's irregular forms, whether or not the stemmer merges them ("expelled", "buried":
    # WordNet's detachment rules reach neither), so that a typed form finds its phrases
    for form, lemma in inflections(wordnet, {w for _, w, _ in pairs}, merged=True):
        if form not in table:
            table[form] = (set(), {lemma})
        elif not table[form][0]:
            table[form][1].add(lemma)
    header = "".join(
        f"# {line}\n"
        for part in (
            PHRASES_ABOUT.format(senses=k, zipf=SYNONYM_ZIPF),
            "Source: " + SOURCE.format(senses=k),
            "Licence: " + LICENCE,
        )
        for line in textwrap.wrap(part, 96)
    )
    body = "".join(
        f"{key}\t{','.join(sorted(others))}\t{','.join(sorted(lemmas))}\n"
        for key, (others, lemmas) in sorted(table.items())
    )
    out.write_text(header + body, encoding="utf-8")
    return len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senses", type=int, default=SENSES, help="first senses for synonyms")
    parser.add_argument("--out", default=str(OUT), help=argparse.SUPPRESS)
    parser.add_argument("--phrases-out", default=str(PHRASES_OUT), help=argparse.SUPPRESS)
    parser.add_argument("wordnet", nargs="?", default="/usr/share/wordnet")
    args = parser.parse_args()
    wordnet = Path(args.wordnet)
    if not (wordnet / "data.noun").exists():
        sys.exit(f"no WordNet database in {wordnet}: apt-get install wordnet-base")
    synsets = read_synsets(wordnet)
    rows = [(a, b, "derived") for a, b in sorted(derived(synsets)) if usable(a, b, DERIVED_ZIPF)]
    if args.senses:
        senses = read_senses(wordnet)
        pairs = synonyms(synsets, senses, args.senses)
        n = write_phrases(wordnet, synsets, senses, args.senses, Path(args.phrases_out))
        print(f"wrote {args.phrases_out}: {n} phrase / word pairs", file=sys.stderr)
        rows += [(a, b, "synonym") for a, b in sorted(pairs) if usable(a, b, SYNONYM_ZIPF)]
    rows = [(a, b, kind) for a, b, kind in rows if (a, b) not in TAKEN_OUT]
    lemmas = {w for a, b, _ in rows for w in (a, b)}
    table: dict[str, tuple[set[str], set[str], set[str]]] = {}
    for a, b, kind in rows:
        column = 0 if kind == "derived" else 1
        for word, other in ((a, b), (b, a)):
            table.setdefault(word, (set(), set(), set()))[column].add(other)
    for form, lemma in inflections(wordnet, lemmas, merged=MERGED_FORMS):
        table.setdefault(form, (set(), set(), set()))[2].add(lemma)
    header = "".join(
        f"# {line}\n"
        for part in (
            ABOUT.format(senses=args.senses, derived=DERIVED_ZIPF, synonym=SYNONYM_ZIPF),
            "Source: " + SOURCE.format(senses=args.senses),
            TAKEN_OUT_NOTE,
            "Licence: " + LICENCE,
        )
        for line in textwrap.wrap(part, 96)
    )
    body = "".join(
        f"{word}\t{' '.join(sorted(d))}\t{' '.join(sorted(s))}\t{' '.join(sorted(i))}\n"
        for word, (d, s, i) in sorted(table.items())
    )
    Path(args.out).write_text(header + body, encoding="utf-8")
    counts = {kind: sum(1 for r in rows if r[2] == kind) for kind in ("derived", "synonym")}
    print(f"wrote {args.out}: {counts} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
