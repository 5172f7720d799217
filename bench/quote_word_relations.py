"""Write text/word_relations.tsv: English words related in WordNet 3.0, for `quote` to count
one for the other (text/word_relations.py).

Usage: .venv/bin/python bench/quote_word_relations.py [--senses K] [WORDNET_DIR]

WORDNET_DIR holds WordNet 3.0's database files (data.*, index.*, *.exc), as Debian's package
wordnet-base installs them in /usr/share/wordnet (the default). Four kinds of relation:

- derived: two words joined by a "derivationally related form" link between two of their
  senses (invite / invitee, destroy / destruction, sever / severance);
- synonym: two words sharing a synset that is among the first K senses of both (WordNet lists
  a word's senses most frequent first, from sense-tagged text), so that a word's rare senses
  bring no synonyms: "kid" / "child" are in the first sense of each, "make" / "piss" only in
  the first of "piss";
- similar: an adjective and the head of its cluster (WordNet's "similar to" links: toxic /
  poisonous, jobless / unemployed), the two senses among the first K of each word, listed
  for a word WordNet knows only as an adjective (not "right", a noun and a verb too, whose
  adjective senses would bring "exact" to "human rights"; nor "escaped", a form of the verb
  escape); they are written in the synonyms' column;
- inflected: an irregular inflection and its lemma (fled / flee, children / child) from
  WordNet's exception lists, for lemmas of the lines above, so that a typed form finds them.

It also writes text/noun_compounds.txt: WordNet's nouns of two everyday words ("civil war",
"death toll", "nerve gas"), whose words mean the compound and not each word alone, so that
`quote` takes no relations for a word typed inside one ("civil" of "civil war" brings no
"civilian").

WordNet's multiword lemmas ("throw out" for "expel") were written to a second file and
measured as phrases for a word typed, and not kept (docs/QUALITY.md, "Tried and not kept";
the code that wrote them is at commit 86dc923).

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
COMPOUNDS_OUT = OUT.parent / "noun_compounds.txt"
DERIVED_ZIPF = 2.0  # derivations are few and close ("invitee" is at 2.1) ...
SYNONYM_ZIPF = 3.0  # ... synonyms many and looser: only common words
MIN_LETTERS = 3  # "ab" is an abbreviation (of "bachelor of arts"), not a word to search by
SENSES = 2
COMPOUND_ZIPF = 3.0  # both words of a compound in use, as a question's words are
POS_FILES = (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r"))
ABOUT = (
    "English words related in WordNet 3.0, for `quote` to count a passage holding one for a "
    "question asking the other, and to say so ('matched invited for invitees'). Each line: a "
    "word, then tab-separated: the words derived from it or it from them (WordNet's "
    "'derivationally related form' links); its synonyms, words sharing a synset among the "
    "first {senses} senses of each (WordNet lists a word's senses most frequent first), and "
    "for a word WordNet knows only as an adjective, the head adjectives of its clusters "
    "('similar to' links, among the first {senses} senses of each); and, "
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
COMPOUNDS_ABOUT = (
    "WordNet 3.0's nouns of two words, both in use (wordfreq zipf at least 3) and one of them "
    "a word of text/word_relations.tsv, one a line, "
    "sorted: a word typed inside one of them means the compound, and `quote` takes no other "
    "words for it (text/word_relations.py)."
)
LICENCE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to "
    "use, copy, modify and distribute this database for any purpose and without fee or royalty "
    "is granted, provided this notice and the following statements appear on all copies. THIS "
    "DATABASE IS PROVIDED 'AS IS' AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR "
    "WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be "
    "used in advertising or publicity pertaining to distribution of the database."
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


def similar(
    synsets: Synsets, senses: dict[tuple[str, str], list[str]], k: int
) -> set[tuple[str, str]]:
    """(word, other): an adjective of a satellite synset and one of its head synset ('&',
    "similar to"), or the other way round, each sense among the first k of its word, for a word
    that is only an adjective (only_adjective)."""
    first = {key: set(offsets[:k]) for key, offsets in senses.items()}
    pairs: set[tuple[str, str]] = set()
    for (pos, offset), (words, pointers) in synsets.items():
        if pos != "a":
            continue
        for symbol, target, _, _ in pointers:
            if symbol != "&":
                continue
            for a in (w.lower() for w in words):
                for b in (w.lower() for w in synsets[("a", target)][0]):
                    if a == b:
                        continue
                    if offset in first.get((a, "a"), ()) and target in first.get((b, "a"), ()):
                        pairs.add((a, b))
                        pairs.add((b, a))
    return {(a, b) for a, b in pairs if only_adjective(a, senses)}


def only_adjective(word: str, senses: dict[tuple[str, str], list[str]]) -> bool:
    """Whether WordNet knows word, and each base its regular endings give ("escaped" ->
    escape), as no noun and no verb."""
    from text.word_relations import regular_bases

    bases = {word, *regular_bases(word)}
    return not any((base, pos) in senses for base in bases for pos in ("n", "v"))


def noun_compounds(wordnet: Path, related: set[str]) -> list[str]:
    """WordNet's nouns of two lower-case words, both in use (wordfreq zipf at least
    COMPOUND_ZIPF), one of them a word of related (the words that have relations: the others
    need no guard), as "first second", sorted."""
    from wordfreq import zipf_frequency

    out = set()
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" ", 1)[0].split("_")
        if len(parts) != 2 or not all(p.isalpha() and p.islower() for p in parts):
            continue
        if not related.intersection(parts):
            continue
        if min(zipf_frequency(p, "en") for p in parts) >= COMPOUND_ZIPF:
            out.add(" ".join(parts))
    return sorted(out)


def _words_related(table: dict[str, tuple[set[str], set[str], set[str]]]) -> set[str]:
    """The words of the table that have related words, and the irregular forms of those."""
    return {word for word, (d, s, i) in table.items() if d or s or i}


def usable(a: str, b: str, zipf: float) -> bool:
    from wordfreq import zipf_frequency

    from text import tokens

    if not all(w.isalpha() and w.islower() and len(w) >= MIN_LETTERS for w in (a, b)):
        return False
    ta, tb = tokens.terms(a), tokens.terms(b)
    if len(ta) != 1 or len(tb) != 1 or ta == tb:
        return False
    return min(zipf_frequency(a, "en"), zipf_frequency(b, "en")) >= zipf


def inflections(wordnet: Path, lemmas: set[str]) -> set[tuple[str, str]]:
    """(form, lemma) from the exception lists, for lemmas, forms the stemmer does not already
    merge with their lemma."""
    from text import tokens

    out = set()
    for name, _ in POS_FILES:
        for line in (wordnet / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            for base in bases:
                differ = tokens.terms(form) != tokens.terms(base)
                if base in lemmas and form.isalpha() and differ and form != base:
                    out.add((form, base))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senses", type=int, default=SENSES, help="first senses for synonyms")
    parser.add_argument("--out", default=str(OUT), help=argparse.SUPPRESS)
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
        rows += [(a, b, "synonym") for a, b in sorted(pairs) if usable(a, b, SYNONYM_ZIPF)]
        close = similar(synsets, senses, args.senses)
        rows += [(a, b, "similar") for a, b in sorted(close) if usable(a, b, SYNONYM_ZIPF)]
    rows = [(a, b, kind) for a, b, kind in rows if (a, b) not in TAKEN_OUT]
    lemmas = {w for a, b, _ in rows for w in (a, b)}
    table: dict[str, tuple[set[str], set[str], set[str]]] = {}
    for a, b, kind in rows:
        column = 0 if kind == "derived" else 1
        # a similar pair is listed for its first word alone (similar() gives both ways where
        # both are only adjectives)
        for word, other in ((a, b),) if kind == "similar" else ((a, b), (b, a)):
            table.setdefault(word, (set(), set(), set()))[column].add(other)
    for form, lemma in inflections(wordnet, lemmas):
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
    counts = {
        kind: sum(1 for r in rows if r[2] == kind) for kind in ("derived", "synonym", "similar")
    }
    print(f"wrote {args.out}: {counts} pairs", file=sys.stderr)
    compounds = noun_compounds(wordnet, _words_related(table))
    compounds_out = Path(args.out).with_name(COMPOUNDS_OUT.name)
    about = f"{COMPOUNDS_ABOUT} Source: {SOURCE.format(senses=args.senses)}. Licence: {LICENCE}"
    compounds_out.write_text(
        "".join(f"# {line}\n" for line in textwrap.wrap(about, 96))
        + "".join(f"{c}\n" for c in compounds),
        encoding="utf-8",
    )
    print(f"wrote {compounds_out}: {len(compounds)} compounds", file=sys.stderr)


if __name__ == "__main__":
    main()
