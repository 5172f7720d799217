"""A photo caption run into the lead: the picture's caption printed between a page's headline and
the story's first sentence, with nothing to close it, as flattened BBC pages print them ("Orsk
ferries resume <headline> Many crews have not yet returned to the harbour <caption> The Orsk
Council said on Monday that ... .").

The shapes of text/clutter.txt find a caption run into a sentence opener and a lower-case word
("... came tumbling down Experts say ..."). Here the lead may open otherwise: with "The", "A" or
"An" before a name ("... about the uprising The Orsk Service's correspondent ..."), or with an
everyday word in capitals ("... in ruins Continued shelling ..."). Such a boundary also stands
inside sentences ("the memoir A Journey", "the Kurdish minority"), so it is taken only where the
whole first sentence of the article reads headline, caption, lead:

- only the first paragraph's first sentence is read, once, after all other clutter is gone;
- the caption is a clause of five to forty-five words without sentence punctuation, quotation
  marks, a first or second person, a reporting verb or a sentence opening inside it ("... from
  the well BP has said ..."), holding a finite verb ("have not yet made up", "is leaving",
  "walks"), ending on a lower-case word that is neither a function word nor the participle of
  a verb group (a sentence cut there goes on: "is stopping Red Cross teams");
- a headline stands before it, with no such verb, three to fourteen words, not opening as a
  sentence does ("The six-times ..."), ending on a word of letters ("At least 21 | Orsk
  pilgrims were killed ..." is a lead). Without a headline the boundary alone does not tell a
  caption from a lead whose sentence goes on after a name or a title ("... were killed in
  central Orsk on Sunday", "... has written a memoir A Journey which ..."): a caption opening
  the text is left to the shapes, which need an opener and a lower-case word after it;
- an everyday word that opens the lead must not stand in capitals inside a sentence anywhere
  else in the text, nor elsewhere in capitals only (then it is a name or a people's adjective:
  "Kurdish", "European", "Haiti");
- the lead after it runs on for six words or more to the sentence's stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from text.clutter_shapes import macros
from text.data import text_lines

MIN_CAPTION_WORDS, MAX_CAPTION_WORDS = 5, 45
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 14
MIN_LEAD_WORDS = 6
SENTENCE_CHARS = 700  # a first sentence longer than this is no headline, caption and lead
_STOP = re.compile(r"[.!?][\"”’']?(?=\s|$)")
_WORD = re.compile(r"\S+")
_CAPITALISED = re.compile(r"[A-Z][a-z'’-]*")
_LOWER_FIRST = re.compile(r"[a-z0-9]")
_NOT_IN_CAPTION = re.compile(r"[;:|()\"“”]|``|''")
_NOT_IN_HEADLINE = re.compile(r"[;|()\"“”]")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    defined = macros()
    verb = re.compile(rf"\b(?:{defined['CAPTIONAUX']}|{defined['CAPTIONVERB']})\b")
    function = re.compile(rf"(?i:{defined['FUNCTION']}|{defined['WEEKDAY']}|{defined['MONTH']})$")
    # a first or second person (a standfirst's "We are to blame ..."), or a reporting verb (a
    # wire sentence: "... Tour de France winner Lance Armstrong has said he ...")
    person = re.compile(
        r"\b(?:I|me|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our|said|says|told|according)\b"
        rf"|\b[a-z][\w'’-]* [A-Z][\w'’.-]* (?:{defined['CAPTIONAUX']})\b"
    )
    opener = re.compile(defined["OPENER"])
    return verb, function, person, opener


@cache
def _aux() -> re.Pattern[str]:
    return re.compile(macros()["CAPTIONAUX"])


@cache
def _everyday() -> frozenset[str]:
    return frozenset(text_lines("text", "common_words.txt"))


def lead_caption(paragraph: str, text: str, titled: bool = False) -> tuple[int, int] | None:
    """Where the caption between the headline and the lead stands in the article's first
    paragraph (start, end offsets), or None. text: the whole article, to tell a name from an
    everyday word. titled: the headline was found apart, so the paragraph opens with the
    caption, and no boundary tells where it ends."""
    if titled:
        return None
    stop = _STOP.search(paragraph, 0, SENTENCE_CHARS)
    if stop is None:
        return None
    words = [(m.start(), m.group()) for m in _WORD.finditer(paragraph, 0, stop.start())]
    boundaries = _boundaries(words, text)
    first = next(boundaries, None)
    if first is None or not _is_headline(paragraph, words, first):
        return None
    later = next(boundaries, None)
    if later is not None and _is_caption(paragraph, words, first, later):
        return words[first][0], _end_of(words, later)
    return None


def _boundaries(words: list[tuple[int, str]], text: str) -> Iterator[int]:
    """The words a sentence may open at, in order; a string test first spares most words the
    patterns (a capitalised word after one in lower case)."""
    for i in range(1, len(words) - MIN_LEAD_WORDS + 1):
        last, word = words[i - 1][1][:1], words[i][1][:1]
        if word.isupper() and (last.islower() or last.isdigit()) and _opens(words, i, text):
            yield i


def _end_of(words: list[tuple[int, str]], boundary: int) -> int:
    start, word = words[boundary - 1]
    return start + len(word)


def _opens(words: list[tuple[int, str]], i: int, text: str) -> bool:
    """Whether a sentence may open at word i, after a caption's last word."""
    _, function, _, opener = _patterns()
    aux = _aux()
    last, word, after = words[i - 1][1], words[i][1], words[i + 1][1]
    if not _LOWER_FIRST.match(last) or not last[-1].isalnum() or function.match(last):
        return False
    if not _CAPITALISED.fullmatch(word):
        return False
    if i >= 2 and last.endswith(("ing", "ed")) and aux.fullmatch(words[i - 2][1]):
        return False  # a verb group cut: "... is stopping Red Cross teams ..."
    if opener.fullmatch(word):
        return True  # "... the uprising The Orsk Service's ...", "... future Many Orsk ..."
    if not _LOWER_FIRST.match(after):
        return False
    if word.lower() not in _everyday() or function.match(word):
        return False
    # an everyday word in capitals inside a sentence elsewhere (besides here) is a name or a
    # people's adjective ("the Kurdish crews"); so is one the text never writes in lower case
    # but prints in capitals elsewhere too ("Orsk earthquake ... the moment Orsk was shaken")
    inside = re.compile(rf"(?<=[\w,'’] ){re.escape(word)}\b")
    if len(inside.findall(text)) > 1:
        return False
    capitalised = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return capitalised <= 1 or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _is_caption(paragraph: str, words: list[tuple[int, str]], first: int, boundary: int) -> bool:
    verb, _, person, _ = _patterns()
    count = boundary - first
    if not MIN_CAPTION_WORDS <= count <= MAX_CAPTION_WORDS:
        return False
    run = paragraph[words[first][0] : _end_of(words, boundary)]
    return (
        _CAPITALISED.match(run) is not None
        and _NOT_IN_CAPTION.search(run) is None
        and not re.search(r"[.!?]", run)
        and person.search(run) is None
        and verb.search(run) is not None
    )


def _is_headline(paragraph: str, words: list[tuple[int, str]], boundary: int) -> bool:
    verb, _, _, opener = _patterns()
    run = paragraph[: _end_of(words, boundary)]
    return (
        MIN_HEADLINE_WORDS <= boundary <= MAX_HEADLINE_WORDS
        and not opener.fullmatch(words[0][1])
        and words[boundary - 1][1].isalpha()
        and _NOT_IN_HEADLINE.search(run) is None
        and not re.search(r"[.!?]", run)
        and verb.search(run) is None
    )
