"""What an acronym a `quote` query types stands for, as the store defines it: "HRW" finds
"Human Rights Watch" where a passage says "Human Rights Watch (HRW)".

News writes an organisation's name in full the first time, its acronym in brackets after it,
and often the name alone in a later story. A question typed with the acronym ("how many people
did HRW interview") then shares nothing with the passage that names the organisation in full.
The store is its own dictionary: among the first passages indexed under the acronym, a
definition is the words just before "(ACRONYM)" whose capitals spell it, function words allowed
between them (the short form in brackets after its long form, as Schwartz & Hearst's
"A simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003,
finds them). The name most often so written is searched as a phrase: it counts only in the
passages holding it so, and is said as another name (`matched Human Rights Watch for HRW`).
(Ingest's actor pass, extract/actors/acronyms.py, reads definitions too, but keeps them for the
actors it tells apart in an article; the catalogue may know an acronym with no long form: "HRW"
alone. This reads the store's text as a question needs it.)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from commands.quote_names import SearchedPhrase
from text import tokens

if TYPE_CHECKING:
    import sqlite_utils

    from text.expand import Alternative

ACRONYM_READ = 40  # passages indexed under the acronym read, at most, for its definition
MIN_LETTERS, MAX_LETTERS = 2, 6  # "UN" to "UNHCR"; longer runs of capitals are shouting

# an acronym as typed: capitals only, a whole word ("HRW", "HRW's")
_ACRONYM = re.compile(rf"\b[A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}}\b")
# a word of the text before a bracket, with what joins it to the next
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _long_form(before: str, acronym: str) -> str | None:
    """The words at the end of before whose capitals, read in order, spell acronym: the fewest
    such words, the first of them capitalised; lower-case words between them only when they are
    function words ("International Committee of the Red Cross"). None when none do."""
    tail = before[-200:].rstrip()
    if tail.endswith((".", "!", "?", ";", ":")):
        return None
    words = list(_WORD.finditer(tail))
    letters = ""
    for match in reversed(words):
        word = match.group()
        if word[0].isupper():
            letters = word[0] + letters
        elif tokens.term(word) is not None:  # a content word in lower case ends the name
            return None
        if not acronym.endswith(letters):
            return None
        if letters == acronym:
            return tail[match.start() :]
    return None


def definitions(texts: list[str], acronym: str) -> Counter[str]:
    """How often each long form is written before "(acronym)" in texts."""
    found: Counter[str] = Counter()
    mark = f"({acronym})"
    for text in texts:
        at = text.find(mark)
        while at >= 0:
            name = _long_form(text[:at], acronym)
            if name:
                found[" ".join(name.split())] += 1
            at = text.find(mark, at + len(mark))
    return found


def expansions(db: sqlite_utils.Database, query: str) -> list[Alternative]:
    """The long form the store gives each acronym typed in query, as a phrase searched for it
    (also when the catalogue knows the acronym: it may know no long form, "HRW" only)."""
    from store.articles import passage_texts
    from store.term_postings import first_indexed

    found: list[Alternative] = []
    for acronym in dict.fromkeys(_ACRONYM.findall(query)):
        term = tokens.term(acronym)
        if term is None:
            continue
        pids = first_indexed(db, term, ACRONYM_READ)
        texts = [text for text, _ in passage_texts(db, pids).values()]
        counts = definitions(texts, acronym)
        if not counts:
            continue
        name = max(counts, key=lambda n: (counts[n], -len(n)))
        terms = tuple(dict.fromkeys(tokens.terms(name)))
        if terms and term not in terms:
            key = tuple(tokens.phrase_key(name))
            found.append(SearchedPhrase(acronym, name, terms, "alias", key))
    return found
