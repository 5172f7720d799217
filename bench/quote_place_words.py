"""Write text/place_words.tsv: a continent (or a mountain range, a river, a planet) and the
adjective of it and its people, as WordNet 3.0 relates them ("Europe" / "European", "Africa" /
"African"), for `quote` to count one for the other (text/place_words.py).

Usage: .venv/bin/python bench/quote_place_words.py [WORDNET_DIR]

WORDNET_DIR holds WordNet 3.0's database files, as Debian's package wordnet-base installs them
in /usr/share/wordnet (the default). A capitalised adjective's "pertainym" link ("of or
relating to Europe or the people of Europe") names the noun it pertains to; that noun, when
WordNet files it among PLACE_FILES, or when it is a
phrase ("United_States") the synset's other lemmas of one word ("America"), is the place. The
people's noun needs no line of its own: "Europeans" and "Syrians" are searched by the
adjective's stem (text/tokens.py), so "European" stands for them too.

Kept: single capitalised words (no phrase, no abbreviation in capitals: "GB", "US" are left to
text/synonyms.json), both in use (wordfreq zipf at least MIN_ZIPF), whose search terms differ
(the stemmer does not already merge them).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "text" / "place_words.tsv"
WORDNET_DIR = Path("/usr/share/wordnet")
# WordNet's lexicographer files: noun.object holds continents, seas and mountain ranges
# ("Europe", "Africa", "Alps"); noun.location the countries, regions and cities ("Syria",
# "Bangladesh", "Kurdistan"), left out: text/synonyms.json pairs the conflicts' countries with
# their people's word already, more countries' adjectives gained no question (docs/QUALITY.md,
# "Tried after, and not kept"), and a country's adjective often says where people come from
# rather than what the country does ("Bangladeshi migrant workers" at Libya's border, for a
# question on refugees crossing into Bangladesh). A person's ("Darwinian"), a faith's
# ("Muslim") or a people's ("Jewish") noun is no place's.
PLACE_FILES = frozenset({"17"})
EVERY_PLACE_FILES = frozenset({"15", "17"})  # countries too: measured, not kept
MIN_ZIPF = 2.0  # "Algerian" is at 2.8, "Yemeni" at 2.6: rarer words cost lines and help few
ABOUT = (
    "A continent, mountain (range), river or planet and the adjective of it and its people, for "
    "`quote` to count a passage holding one for a question asking the other, and to say so "
    "('matched Europeans for Europe'). Each line: a word in lower case, then its related words "
    "(space-separated) as written. Pairs: a capitalised adjective and the noun its WordNet "
    "'pertainym' link names (or, when that noun is a phrase, the one-word lemmas of its "
    "synset), a noun WordNet files in noun.object (not the countries of noun.location), both "
    "single capitalised words in use (wordfreq zipf at least {zipf}) whose search terms differ."
)
SOURCE = (
    "WordNet 3.0 (Princeton University), the database files of Debian's package wordnet-base "
    "1:3.0 (/usr/share/wordnet), read by bench/quote_place_words.py"
)
LICENCE = (
    "WordNet 3.0 licence: permission to use, copy, modify and distribute this software and "
    "database for any purpose and without fee or royalty is granted, provided that the "
    "copyright notice and these statements appear in all copies (Copyright 2006 by Princeton "
    "University)."
)


def _synsets(
    path: Path,
) -> dict[str, tuple[str, list[str], list[tuple[str, ...]]]]:
    """{offset: (lexicographer file, lemmas, pointers as (symbol, offset, pos, source/target))}
    of a data file."""
    out = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
            at = 4 + 2 * count
            pointers = [
                tuple(fields[at + 1 + 4 * i : at + 5 + 4 * i]) for i in range(int(fields[at]))
            ]
            out[offset] = (fields[1], lemmas, pointers)
    return out


def _capitalised_word(lemma: str) -> bool:
    """A single capitalised word, not an abbreviation in capitals ("GB") nor a phrase."""
    return lemma.isalpha() and lemma[0].isupper() and lemma[1:].islower() and len(lemma) > 2


def pairs(wordnet: Path, files: frozenset[str] = PLACE_FILES) -> set[tuple[str, str]]:
    """(adjective, place) pairs, as WordNet writes them, of places in WordNet's lexicographer
    files (files)."""
    from wordfreq import zipf_frequency

    from text import tokens

    nouns = _synsets(wordnet / "data.noun")
    found: set[tuple[str, str]] = set()
    for _, lemmas, pointers in _synsets(wordnet / "data.adj").values():
        for symbol, offset, pos, source_target in pointers:
            if symbol != "\\" or pos != "n" or nouns[offset][0] not in files:
                continue
            source, target = int(source_target[:2], 16), int(source_target[2:], 16)
            adjectives = lemmas if source == 0 else [lemmas[source - 1]]
            noun_lemmas = nouns[offset][1]
            named = noun_lemmas if target == 0 else [noun_lemmas[target - 1]]
            places = [n for n in named if _capitalised_word(n)] or [
                n for n in noun_lemmas if _capitalised_word(n)
            ]
            for adjective in adjectives:
                if not _capitalised_word(adjective):
                    continue
                for place in places:
                    if tokens.terms(adjective) == tokens.terms(place):
                        continue
                    if min(zipf_frequency(w, "en") for w in (adjective, place)) < MIN_ZIPF:
                        continue
                    found.add((adjective, place))
    return found


def related(found: set[tuple[str, str]]) -> dict[str, list[str]]:
    """{word in lower case: the words it is paired with, as written, sorted}: each (adjective,
    place) pair both ways, as text/place_words.tsv's lines hold them."""
    out: dict[str, set[str]] = {}
    for adjective, place in found:
        out.setdefault(adjective.lower(), set()).add(place)
        out.setdefault(place.lower(), set()).add(adjective)
    return {word: sorted(others) for word, others in out.items()}


def write(found: set[tuple[str, str]], out: Path) -> int:
    lines_of = related(found)
    header = [
        *textwrap.wrap(ABOUT.format(zipf=MIN_ZIPF), 94),
        *textwrap.wrap(f"Source: {SOURCE}.", 94),
        *textwrap.wrap(LICENCE, 94),
    ]
    lines = [f"# {line}" for line in header]
    lines += [f"{word}\t{' '.join(lines_of[word])}" for word in sorted(lines_of)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines_of)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", default=WORDNET_DIR, type=Path)
    args = parser.parse_args()
    found = pairs(args.wordnet)
    words = write(found, OUT)
    print(f"{len(found)} pairs, {words} words -> {OUT}")


if __name__ == "__main__":
    main()
