"""Headlines, list items and factbox lines run together into one sentence: a flattened page
prints them one after the other with no stop between them, and the sentence splitter takes
the run for one sentence ("Shelling in Orsk, north of the capital Rebel fighters confront
tanks near Velm Protests after Friday prayers in ..."; "the figure may include armed
defectors Tally does not include serving members of the security forces In Orskia, troops
...").

One such opening inside a sentence is also what a name does after a lower-case word ("the
capital Velm was shelled", "said Varga on Monday"), so a sentence is taken for a run only
where two segments open in it without punctuation:

- after a lower-case word that may end a segment, a sentence opener, a courtesy title with
  its name and verb ("... for this larger force Mr Varga said ..."; a title alone is no
  opening: "thanked Mr Varga for"), or an everyday word
  the article nowhere else writes in capitals inside a sentence, followed by a lower-case
  word that is no function word ("... the capital Rebel fighters confront ...";
  text.clutter_lead_caption tells these, as for a caption run into a lead); a people's
  adjective (extract/demonyms.json, or of its shape: PEOPLESHAPE of text/clutter.txt) is a
  name, not an opening ("armed Orskian rebels", "the northern Velmish region");
- after a capitalised word ending in a letter (a name, a weekday closing a headline), a
  sentence opener or question word (RUNOPENER of text/clutter.txt) and a lower-case word
  ("... speak on Orsk Monday What does ...");
- in a sentence another opening already tells for a run, after a name of one word that
  follows a place's preposition and that the article also writes without the word after it,
  an everyday word as above ("... north of Velm Protests after Friday prayers in ...": the
  item ends on its place, the next item opens).

An opener followed by a function word in capitals opens a title, not a segment ("the film
This Is It in an effort ...", "his novel In The Heat of ..."), and an opener after such a
word goes on the title ("Is It"): prose writes those words in lower case inside a
sentence, a title in title case.

Each segment of a run is a headline, an item or a line of its own: segments() gives where
they lie, for a chronology to show the one that tells its date (commands/timeline_entries.py)
rather than the whole run, whose other segments are other items.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import demonym_countries
from text.clutter_defines import clutter_shape
from text.clutter_lead_caption import everyday_opener, opens_plain_segment, subject_and_verb
from text.data import text_sections

RUN_OPENINGS = 2  # one opening is as often a name as a glued segment
_WORD = re.compile(r"\S+")
_TRAILING = re.compile(r"\s+$")


@cache
def _place_prepositions() -> frozenset[str]:
    return frozenset(text_sections("extract", "run_together.txt").get("place prepositions", ()))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    # the [define] lines alone: a timeline does not pay for all of text/clutter.txt's patterns
    names = ("RUNOPENER", "OPENER", "FUNCTION", "PEOPLESHAPE")
    return tuple(re.compile(clutter_shape(name)) for name in names)


def _opens_a_title(after: str, function: re.Pattern[str]) -> bool:
    """Whether the word after an opener is a function word in capitals ("This Is It")."""
    return after[:1].isupper() and function.fullmatch(after.lower()) is not None


def segment_openings(sentence: str, text: str, at_least: int = 0) -> list[int]:
    """The indexes of the sentence's words (split on white space) at which a segment run
    into the one before it opens. text: the whole article, to tell a name from an everyday
    word (the sentence itself when the article is not at hand). With fewer than at_least
    places where one may open by the words alone, none is looked for in the article (the
    search of it for each word costs most): [] then."""
    run_opener, opener, function, people = _patterns()
    words = [(m.start(), m.group()) for m in _WORD.finditer(sentence)]
    demonyms = demonym_countries()
    found: list[int] = []
    plain_words: list[int] = []  # openings by the words alone, the article still to ask
    named: list[int] = []  # everyday words after a name, the article still to ask
    for i in range(1, len(words) - 1):
        last, word, after = words[i - 1][1], words[i][1], words[i + 1][1]
        if not word[:1].isupper() or _opens_a_title(after, function):
            continue
        if last[:1].islower() or last[:1].isdigit():
            # an opener needs nothing after it ("... security forces In Orskia, troops ...");
            # an everyday word needs a lower-case word that is no function word: before one,
            # it is a name as the object ("... killed nine Orskians on ...")
            plain = (
                opener.fullmatch(word) is not None
                # a subject and its verb after a courtesy title ("... for this larger UN
                # observer force Mr Varga said ..."): a title is no opener alone ("met Mr Varga")
                or subject_and_verb(words, i)
                or (
                    after[:1].islower()
                    and function.fullmatch(after) is None
                    and word.lower() not in demonyms
                    and people.fullmatch(word) is None
                )
            )
            if plain:
                plain_words.append(i)
        elif (
            last[:1].isupper()
            and last[-1].isalpha()
            # a title's word goes on the title ("This Is It in ..."): no opening after it
            and function.fullmatch(last.lower()) is None
            and after[:1].islower()
        ):
            if run_opener.fullmatch(word):
                found.append(i)
            elif _after_a_lone_name(words, i, people, demonyms):
                named.append(i)
    if len(found) + len(plain_words) + len(named) < at_least:
        return []
    found.extend(i for i in plain_words if opens_plain_segment(words, i, text))
    # an everyday word after a name opens a segment only in a sentence another opening already
    # tells for a run, and only after a name the article writes without it
    if found:
        found.extend(
            i
            for i in named
            if everyday_opener(words[i][1], text) and _alone_elsewhere(words, i, text)
        )
    return sorted(found)


def _after_a_lone_name(
    words: list[tuple[int, str]], i: int, people: re.Pattern[str], demonyms: dict[str, str]
) -> bool:
    """Whether word i, in capitals, follows a name of one word after a place's preposition
    ([place prepositions] of extract/run_together.txt: "... north of Velm Protests after
    Friday prayers ..."): a list's item ending on a place runs into the next item's opening
    word. A name of two words or more goes on with such a word as often ("the Free Orskian
    Army said", "the United Kingdom"), and so does a people's adjective ("the Orskian Army"):
    neither is asked."""
    before, last = words[i - 2][1] if i >= 2 else "", words[i - 1][1]
    return (
        before in _place_prepositions()
        and last.lower() not in demonyms
        and people.fullmatch(last) is None
    )


def _alone_elsewhere(words: list[tuple[int, str]], i: int, text: str) -> bool:
    """Whether the article writes the name before word i elsewhere without the word after it:
    "Velm" alone elsewhere is a name of its own, "Middle" only before "East" is part of one."""
    name, word = words[i - 1][1], words[i][1]
    alone = len(re.findall(rf"\b{re.escape(name)}\b", text))
    together = len(re.findall(rf"\b{re.escape(name)}\s+{re.escape(word)}\b", text))
    return alone > together


def runs_together(sentence: str, text: str | None = None) -> bool:
    """Whether the sentence is segments run together (RUN_OPENINGS openings or more)."""
    return len(segment_openings(sentence, text or sentence, RUN_OPENINGS)) >= RUN_OPENINGS


def segments(sentence: str, text: str | None = None) -> list[tuple[int, int]]:
    """Where the segments of a run lie in the sentence, as (start, end) offsets, each without
    the white space after it; the whole sentence as one span when it is no run (fewer than
    RUN_OPENINGS openings)."""
    openings = segment_openings(sentence, text or sentence, RUN_OPENINGS)
    if len(openings) < RUN_OPENINGS:
        return [(0, len(sentence))]
    words = [m.start() for m in _WORD.finditer(sentence)]
    starts = [0, *(words[i] for i in openings)]
    ends = [*starts[1:], len(sentence)]
    spans = []
    for start, end in zip(starts, ends, strict=True):
        trailing = _TRAILING.search(sentence, start, end)
        spans.append((start, trailing.start() if trailing else end))
    return spans
