"""Search terms: the one tokenizer shared by indexing and querying.

Case and diacritics are folded (Erdoğan = Erdogan), words are stemmed with the Snowball English
stemmer (PyStemmer, a C extension: stemming is the hot loop of ingest), and function words are
dropped. An all-capitals short word whose lower case is a function word ("US", "IS") is kept as an
acronym term in capitals, so "US-backed" still matches "US" and "IS" is not the verb "is". A
dotted acronym is one word, the term of its letters without the dots: "U.S." is "US" (not the
pronoun "us"), "U.N." is "UN", as AP-style outlets write what others write without dots.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache

import Stemmer

from text.data import text_lines
from text.memo import Memo

_WORD = re.compile(r"[^\W_]+")
# Letters NFKD does not decompose into a base letter plus a combining mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ı": "i",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_MAX_TOKEN = 40  # longer "words" (URLs, base64, a 5 MB line) are not search terms


@cache
def stopwords() -> frozenset[str]:
    return frozenset(line.strip() for line in text_lines("text", "stopwords.txt"))


_stemmer = Stemmer.Stemmer("english")


@cache
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def fold(text: str) -> str:
    """The text without diacritics, case kept: "Erdoğan" -> "Erdogan", "Guðmundur" ->
    "Gudmundur". The one folding of Sitrep: index terms, fingerprints and names all use it."""
    if text.isascii():
        return text
    # Only non-ASCII runs change: news text in English has a few (quotes, dashes, accented
    # names), each folded on its own (the same as folding the whole text, see _fold_run) and
    # mostly found in _folded_runs, rather than decomposing every character of the text.
    return _NON_ASCII.sub(_fold_match, text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(run: str) -> str:
    """A run of non-ASCII characters folded: the extra folds, compatibility decomposition
    (NFKD), combining marks dropped. Folding runs one by one is folding the text: the extra
    folds and the decomposition go character by character, and the only reordering NFKD does
    is of combining marks, which ASCII characters bound and which are all dropped."""
    decomposed = unicodedata.normalize("NFKD", run.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_folded_runs: Memo[str] = Memo(_fold_run, 100_000)


def _fold_match(match: re.Match) -> str:
    return _folded_runs[match.group()]


def fold_lower(text: str) -> str:
    """fold(), then lower case: the form in which names are compared."""
    return fold(text).lower()


def term(word: str) -> str | None:
    """The index term for one word, or None if the word is not searchable."""
    if len(word) > _MAX_TOKEN:
        return None
    folded = fold(word)
    lower = folded.lower()
    if lower in stopwords():
        if folded.isupper() and len(folded) >= 2:
            return folded  # acronym: "US", "IS"
        return None
    return _stem(lower)


# A dotted acronym: capitals each followed by a dot, two or more ("U.S.", "U.N.", "H.W."), as
# extract/name_tokens.py tokenizes it, so that the index words of a text are its name tokens.
# Lower-case ones ("a.m.", "e.g.") stay apart: they are abbreviations, not names.
_ACRONYM = r"[A-Z](?:\.[A-Z])+\."
_DOTTED_ACRONYM = re.compile(_ACRONYM)
_SEARCH_WORD = re.compile(f"{_ACRONYM}|{_WORD.pattern}")


def _word_term(word: str) -> str | None:
    """term(word), a dotted acronym's being that of its letters: "U.S." -> "US"."""
    return term(word.replace(".", "")) if "." in word else term(word)


# word -> its term: one dictionary hit per word instead of folding, a stop-word test and a
# stemmer call (the hot loop of ingest).
_term_of: Memo[str | None] = Memo(_word_term, 500_000)


# ASCII letters and digits kept, every other byte a space: the words of an ASCII text as _WORD
# finds them ([^\W_] is str.isalnum()), cut out at C speed without a match per word.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def words(text: str) -> list[str]:
    """The words of a text (runs of letters and digits), as _WORD.findall finds them. Most
    passages are ASCII: theirs are cut out with a byte table, in half the time."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(text)


def _holds_acronym(text: str) -> bool:
    """Whether the text holds a dotted acronym; most texts are spared the pattern by their
    lack of a dot."""
    return "." in text and _DOTTED_ACRONYM.search(text) is not None


def search_words(text: str) -> list[str]:
    """The words of a text as search terms are made of them: words(), except that a dotted
    acronym ("U.S.") is one word, as extract/name_tokens.py has it. Most texts hold none,
    and are cut by words() at its speed."""
    if _holds_acronym(text):
        return _SEARCH_WORD.findall(text)
    return words(text)


def terms(text: str) -> list[str]:
    """Index terms of a text, in order, duplicates kept (BM25 needs term frequencies)."""
    # filter(None, ...) drops the words that are no term (None) as `if t` did, without a
    # bytecode step per word: a list comprehension here was a twentieth of ingest.
    return list(filter(None, map(_term_of.__getitem__, search_words(text))))


def term_set(text: str) -> set[str]:
    """set(terms(text)), without the list."""
    return set(filter(None, map(_term_of.__getitem__, search_words(text))))


def passage_terms(passage: str, title_terms: list[str], limit: int) -> list[str]:
    """A passage's index terms as ingest stores them: its own, then its title's, at most limit
    (the index keeps passage lengths in 16 bits, and text in a script written without spaces
    can make one passage of a whole article)."""
    found = terms(passage)  # a new list: extended in place rather than copied twice
    found += title_terms
    if len(found) > limit:
        del found[limit:]
    return found


def indexed_words(title: str, passages: Iterable[str]) -> set[str]:
    """Every word an article's passages were indexed under: each passage's own and its title's
    (what taking the article out of the index must look through). A text holding a dotted
    acronym also gives the terms of its letters one by one ("U.S.": u), as stores made before
    pipeline version 40 indexed it, so that re-indexing such a store finds those postings
    without looking through every term."""
    found: set[str] = set()
    for text in (title, *passages):
        found.update(terms(text))
        if _holds_acronym(text):
            found.update(filter(None, map(term, words(text))))
    return found


def term_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for each searchable word: used to highlight matches in quotes."""
    spans = []
    for match in _SEARCH_WORD.finditer(text):
        t = _term_of[match.group()]
        if t:
            spans.append((match.start(), match.end(), t))
    return spans


def phrase_key(text: str) -> list[str]:
    """Every word of a phrase, stop words included, folded and stemmed (phrase matching); a
    dotted acronym is one word, its letters without the dots ("U.S." as "US")."""
    return [
        _stem(fold(w.replace(".", "")).lower())
        for w in _SEARCH_WORD.findall(text)
        if len(w) <= _MAX_TOKEN
    ]


def spans_terms(
    text: str,
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
    ends: Sequence[int],
    text_words: Sequence[str],
    title_terms: list[str],
    limit: int,
) -> list[list[str]]:
    """passage_terms(text[s:e], title_terms, limit) of each span (s, e), from the words of the
    whole text found once (text_words, each starting at starts[i] and ending at ends[i]: every
    maximal run of letters and digits, as extract/name_tokens.py tokenizes, where a dotted
    acronym such as "U.S." is one word, as it is of search_words()). The words of a span are
    then those lying inside it, each looked up once for the whole text, rather than the span
    cut out again: the words of the text that lie inside a span are the words of the span's own
    text. A span that cuts a word has its words found as before."""
    all_terms = list(map(_term_of.__getitem__, text_words))
    out: list[list[str]] = []
    for s, e in spans:
        i = bisect_left(starts, s)
        j = bisect_left(starts, e, i)
        found = all_terms[i:j]
        if (i and ends[i - 1] > s) or (j > i and ends[j - 1] > e):
            out.append(passage_terms(text[s:e], title_terms, limit))  # as before
            continue
        kept: list[str] = list(filter(None, found))
        kept += title_terms
        if len(kept) > limit:
            del kept[limit:]
        out.append(kept)
    return out
