"""Pull quotes: words of the story printed again in a box beside it, which a flattened page runs
into the paragraph the box stood beside ('Unlike in Orsk there is no daylight between the
council and the army" The harbour master ...').

Their shape: a paragraph opens with a run of words without sentence punctuation that ends on a
lower-case word and a closing quotation mark, right before a capitalised word (a quotation in
prose closes after its own punctuation: 'army." The'), and the run's words are found again, in
the same order, elsewhere in the text. The repeat tells a pull quote from a quotation that lost
its full stop, and it holds on any site: no outlet's words are needed. The box's attribution
after the quote, a run of capitalised words up to where a sentence starts ('... army" Quote
Ilsa Marrow Orsk Council The harbour master ...'), goes with it.

A box may print the words without quotation marks, and shortened ('The council is grateful for
the work the engineers were doing to keep the port open Ilsa Marrow said ...' beside 'The council
is grateful for the work the engineers were doing on the quay: helping to keep the port open.').
Such a run opens its paragraph, holds no sentence punctuation, ends on a lower-case word that is
not a function word right before a capitalised one, and its first eight words open a quotation
elsewhere in the text, with its last five close after them; the words after the run are not
found there (a paragraph printed twice is not a pull quote: its run goes on in the other copy;
a standfirst repeats the story's own sentence, not a quotation).

A box may also stand between two sentences with its speaker after a dash, as pages flattened to
one line print it ('... at the capital. Rescue crews are still searching the rubble. - Kel Varga
harbour pilot The latest ...'): one sentence, a dash, a name of two to four capitalised words
(all of them: a name is not cut short) and at most six words of their role, in lower case or
an acronym ("former FSA deputy chief of staff"), right before a capitalised word; its first
eight words are found again elsewhere in the text. Without the repeat a sentence and a dash
before a name is prose ('... was delayed. - Kel Varga told the council ...' is not matched: a
verb is no role's last word before a capital, and the words are said once).

A box may also restate words the story prints in a sentence of its own or inside a quotation
that opens earlier, with no mark at all ('Any pay sent to this address would end up with a
fraudster Would-be donors have ...' beside '... and any pay sent to this address would end up
with a fraudster."'). Such a run opens a paragraph other than the first, holds no sentence
punctuation, and ends on a word that is no function word right before a capitalised word or
an opening mark; its eight or more words are printed again in another paragraph (a programme
note printed twice on one line is no box), in the same case but for the first letter (a
headline's capitals, a list's "Once in a blue moon", are not the story's "once in a blue
moon"), not after a capitalised word or a number (a list's item: "P2 Orsk pilot sues the
harbour board."), and there a stop, a comma or a closing mark ends them. There the clause
closes, here a sentence runs on: the run is the copy, and the story keeps its own. A paragraph
printed twice is no such run (its copy goes on the same way).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from text.clutter_shapes import macros

MIN_QUOTE_WORDS = 8  # a shorter run may repeat by chance ("the government said on Monday")
MIN_RUN_CHARS, MAX_RUN_CHARS = 30, 300
_OPENING_RUN = re.compile(
    rf"[\"“]?([A-Z][^.!?;:\"“”\n]{{{MIN_RUN_CHARS},{MAX_RUN_CHARS}}}?[a-z])[\"”] (?=[A-Z])"
)
# where the run's closing mark and the space after it can stand (an opening mark before it)
_FIRST_CLOSE, _LAST_CLOSE = MIN_RUN_CHARS + 2, MAX_RUN_CHARS + 5
_WORD = re.compile(r"[^\W_]+")
LAST_WORDS = 5  # the run's last words, found again after its first ones
NEXT_WORDS = 2  # the words after the run, which a copy of the paragraph would repeat
HEAD_CHARS = 16  # a paragraph that opens no quotation's first characters is no pull quote
_BEFORE_OPENING = ' \n:(“"'
NEAR_CHARS = 300  # how far after the first words' copy the last ones may stand (a cut box)
_UNMARKED_REGION = re.compile(rf"[^.!?;:\"“”\n]{{{MIN_RUN_CHARS},{MAX_RUN_CHARS}}}")
_RESTATED_REGION = re.compile(rf"[^.!?;:\n]{{{MIN_RUN_CHARS},{MAX_RUN_CHARS}}}")
_RUN_INTO = re.compile(r"(?<=[\w'’\"”]) (?=[A-Z\"“])")  # a space before a capital or a mark
_CLOSES = r"[\"”'’]?[.,;:!?\"”]"  # what ends the copy's clause


def _positions(text: str, needle: str) -> Iterator[int]:
    """Where needle stands in text, by string search: a pattern opening with a class of marks
    would be tried at every position, and most texts hold few of these marks."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def word_key(text: str) -> str:
    """The words of text, lower-cased, one space between and around them: a key found inside
    another is made of whole words."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _key(words: list[str]) -> str:
    """The words as word_key gives them, to be found inside a text's word_key."""
    return " " + " ".join(words).lower() + " "


def strip_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The pull quotes opening paragraphs, taken off them (paragraphs is changed in place):
    those closed by a quotation mark, then those printed without one, then those with their
    speaker after a dash anywhere in a paragraph, then those restating the story's words run
    into the sentence after them."""
    taken = _strip_marked(paragraphs)
    taken += _strip_unmarked(paragraphs)
    taken += _strip_attributed(paragraphs)
    return taken + _strip_restated(paragraphs)


_DASHES = (" - ", " – ", " — ")
_SPEAKER = re.compile(
    r"(?>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?: (?:[a-z][\w'’-]*|[A-Z]{2,6})){0,6}?"
    r"(?= [A-Z][a-z]|$)"
)
_SENTENCE_STOP = re.compile(r"[.!?]")
MIN_BOX_CHARS, MAX_BOX_CHARS = 30, 300


def _strip_attributed(paragraphs: list[str]) -> list[str]:
    """Pull quotes with their speaker after a dash, anywhere in a paragraph: a sentence before
    a speaker (_boxes_with_speakers) whose first words are found again elsewhere in the text."""
    taken: list[str] = []
    text_key = None
    for index, paragraph in enumerate(paragraphs):
        found = []
        for box, dash, end in _boxes_with_speakers(paragraph):
            words = _WORD.findall(paragraph[box:dash])
            if len(words) < MIN_QUOTE_WORDS:
                continue
            if text_key is None:
                text_key = word_key("\n".join(paragraphs))
            if text_key.count(_key(words[:MIN_QUOTE_WORDS])) >= 2:
                found.append((box, end))
        taken += [paragraph[start:end] for start, end in sorted(found)]
        for start, end in sorted(found, reverse=True):  # from the end: offsets hold
            before, after = paragraph[:start].rstrip(), paragraph[end:].lstrip()
            paragraph = f"{before} {after}" if before and after else before or after
        paragraphs[index] = paragraph
    return taken


def _boxes_with_speakers(paragraph: str) -> Iterator[tuple[int, int, int]]:
    """(where the sentence starts, the dash, where the speaker ends) for each dash with a
    speaker's shape after it (a cheap anchored match) and one sentence right before it. Found
    from the dashes, which most paragraphs lack."""
    for dash in _DASHES:
        if dash not in paragraph:
            continue  # most paragraphs: the same search, without a generator for it
        for at in _positions(paragraph, dash):
            speaker = _SPEAKER.match(paragraph, at + len(dash))
            if speaker is not None and (box := _box_before(paragraph, at)) is not None:
                yield box, at, speaker.end()


def _box_before(paragraph: str, dash: int) -> int | None:
    """Where the one sentence that ends right before a dash starts (a sentence end and a space
    before it, or the paragraph's start), or None: it must end on a stop (a closing quotation
    mark may follow) and hold no other."""
    end = dash
    if paragraph[end - 1 : end] in ('"', "”"):
        end -= 1
    if paragraph[end - 1 : end] not in (".", "!", "?"):
        return None
    lowest = max(0, dash - MAX_BOX_CHARS)
    stop = None
    for mark in _SENTENCE_STOP.finditer(paragraph, lowest, end - 1):
        stop = mark
    start = lowest if stop is None else stop.end()
    if stop is None and lowest > 0:
        return None  # a longer run than one box
    if start and paragraph[start : start + 1] in ('"', "”"):
        start += 1
    if start and paragraph[start : start + 1] != " ":
        return None  # a stop inside a word ("U.S.", "3.5")
    start += 1 if start else 0
    if dash - start < MIN_BOX_CHARS or not paragraph[start : start + 1].isupper():
        return None
    return start


def _strip_marked(paragraphs: list[str]) -> list[str]:
    joined = "\n".join(paragraphs)
    taken = []
    text_key = None
    for index in _closing_near_the_start(joined, paragraphs):
        paragraph = paragraphs[index]
        run = _OPENING_RUN.match(paragraph)
        if run is None:
            continue
        key = word_key(run.group(1))
        if text_key is None:
            text_key = word_key(joined)
        if key.count(" ") - 1 < MIN_QUOTE_WORDS or text_key.count(key) < 2:
            continue
        end = run.end()
        if (attribution := _attribution().match(paragraph, end)) is not None:
            end = attribution.end()
        taken.append(paragraph[:end].strip())
        paragraphs[index] = paragraph[end:].lstrip()
    return taken


def _closing_near_the_start(joined: str, paragraphs: list[str]) -> list[int]:
    """The paragraphs with a closing quotation mark and a space where a pull quote's can stand:
    found by a string search of the whole text (a pattern that opens with a class is tried at
    every position; most texts hold no or few such marks)."""
    marks = [at for mark in ('" ', "” ") for at in _positions(joined, mark)]
    if not marks:
        return []
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1
    found = set()
    for at in marks:
        index = bisect_right(starts, at) - 1
        if _FIRST_CLOSE <= at - starts[index] < _LAST_CLOSE:
            found.add(index)
    return sorted(found)


@cache
def _attribution() -> re.Pattern[str]:
    """Two to ten capitalised words, not opening a sentence, up to where one starts."""
    opener = macros()["OPENER"]
    return re.compile(rf"(?!{opener}\b)(?:[A-Z][\w'’.-]* ){{2,10}}?(?={opener} [a-z])")


def _strip_unmarked(paragraphs: list[str]) -> list[str]:
    joined = "\n".join(paragraphs)
    quotations = _quotation_heads(joined)
    if not quotations:
        return []
    taken = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        start, offset = offset, offset + len(paragraph) + 1
        # A cheap test first: the paragraph opens as a quotation of the text does.
        if paragraph[:HEAD_CHARS] not in quotations:
            continue
        region = _UNMARKED_REGION.match(paragraph)
        if region is None or not paragraph[:1].isupper():
            continue
        words = _WORD.findall(region.group())
        if len(words) < MIN_QUOTE_WORDS + 1:
            continue
        if not _quoted_elsewhere(joined, start, len(region.group()), words[:MIN_QUOTE_WORDS]):
            continue
        end = _unmarked_run_end(joined, start, paragraph, region.end())
        if end:
            taken.append(paragraph[:end])
            paragraphs[index] = paragraph[end:].lstrip()
    return taken


def _quotation_heads(joined: str) -> set[str]:
    """The first characters of every quotation in the text (after an opening mark, one that
    stands at the start or after a space, a line break, a colon, a bracket or another mark,
    and after the space a tokenized page may have left), found by a string search for the
    marks (a pattern opening with a class of marks is tried at every position)."""
    heads = set()
    for mark in ('"', "“"):
        for at in _positions(joined, mark):
            if not at or joined[at - 1] in _BEFORE_OPENING:
                head = joined[at + 1 : at + 2 + HEAD_CHARS]
                head = head[1:] if head[:1] == " " else head[:HEAD_CHARS]
                if len(head) == HEAD_CHARS:
                    heads.add(head)
    return heads


def _quoted_elsewhere(joined: str, start: int, length: int, words: list[str]) -> bool:
    """Whether words open a quotation elsewhere in the text: what a box prints without its
    marks is a speaker's words, quoted in the story (a standfirst or a paragraph printed twice
    repeats the story's own sentences)."""
    quoted = re.compile(r"[\"“] ?" + r"\W+".join(map(re.escape, words)), re.IGNORECASE)
    return any(not start - 2 <= found.start() < start + length for found in quoted.finditer(joined))


def _unmarked_run_end(joined: str, start: int, paragraph: str, limit: int) -> int:
    """Where the unmarked pull quote opening paragraph (at start in joined) ends, or 0."""
    best = 0
    for boundary in _boundary().finditer(paragraph, 0, limit + 1):
        run = paragraph[: boundary.end()]
        words = _WORD.findall(run)
        if len(run) < MIN_RUN_CHARS or len(words) < MIN_QUOTE_WORDS:
            continue
        other = word_key(joined[:start] + "\n" + joined[start + len(run) :])
        first = _key(words[:MIN_QUOTE_WORDS])
        last = _key(words[-LAST_WORDS:])
        after = _WORD.findall(paragraph[boundary.end() : boundary.end() + 60])[:NEXT_WORDS]
        going_on = _key([*words[-LAST_WORDS:], *after])
        at = other.find(first)
        while at >= 0:
            near = other.find(last, at, at + len(word_key(run)) + NEAR_CHARS)
            if near >= 0 and going_on not in other:
                best = boundary.end()
                break
            at = other.find(first, at + 1)
    return best


@cache
def _boundary() -> re.Pattern[str]:
    """A lower-case word that is not a function word, right before a capitalised one."""
    function = macros()["FUNCTION"]
    return re.compile(rf"\b(?!(?:{function})\b)[a-z][\w'’-]*(?= [A-Z])")


def _strip_restated(paragraphs: list[str]) -> list[str]:
    """Pull quotes restating the story's words without any mark: a run opening a paragraph
    other than the first, run into the next sentence, whose words another paragraph prints
    where its clause closes (see the module's description)."""
    joined = "\n".join(paragraphs)
    text_key = lowered = None
    taken = []
    for index in range(1, len(paragraphs)):
        paragraph = paragraphs[index]
        # a string test first: the paragraph's first characters (but the first letter, whose
        # case the copy may change) stand elsewhere in the text too; most paragraphs' do not
        if not paragraph[:1].isupper() or joined.count(paragraph[1:HEAD_CHARS]) < 2:
            continue
        region = _RESTATED_REGION.match(paragraph)
        if region is None:
            continue
        words = _WORD.findall(region.group())
        if len(words) < MIN_QUOTE_WORDS + 1:
            continue
        first = _key(words[:MIN_QUOTE_WORDS])
        # the text's word key holds the words of the lower-cased text: first words it holds
        # twice each stand twice there, which a string count tells before the key is made
        if lowered is None:
            lowered = joined.lower()
        if any(lowered.count(word) < 2 for word in first.split()):
            continue
        if text_key is None:
            text_key = word_key(joined)
        if text_key.count(first) < 2:
            continue  # the first words are printed once: no copy of the run stands elsewhere
        others = "\n".join(paragraphs[:index] + paragraphs[index + 1 :])
        end = _restated_run_end(paragraph, region.end(), others, text_key)
        if end:
            taken.append(paragraph[:end])
            paragraphs[index] = paragraph[end:].lstrip()
    return taken


def _restated_run_end(paragraph: str, limit: int, others: str, text_key: str) -> int:
    """Where the run opening paragraph ends, whose words others print where a clause closes,
    or 0: the first such end, after a word that is no function word, before a capital or a
    mark. text_key: the words of the whole text (word_key), to look for a copy by string
    search before a pattern reads its case and what closes it."""
    function = _function()
    for space in _RUN_INTO.finditer(paragraph, 0, limit + 1):
        run = paragraph[: space.start()]
        words = _WORD.findall(run)
        if len(words) < MIN_QUOTE_WORDS or function.fullmatch(words[-1]):
            continue
        if text_key.count(_key(words)) < 2:
            return 0  # the run's words are printed once, and so are any longer run's
        first, rest = words[0], words[1:]
        copy = (
            rf"(?<![\w'’])(?<![A-Z0-9] )(?i:{re.escape(first[:1])}){re.escape(first[1:])}\W+"
            + r"\W+".join(map(re.escape, rest))
            + _CLOSES
        )
        if re.search(copy, others):
            return space.start()
    return 0


@cache
def _function() -> re.Pattern[str]:
    return re.compile(f"(?i:{macros()['FUNCTION']})")
