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
  sentence does ("The six-times ..."), ending on a word of letters, or on the closing mark of
  the quotation a BBC headline ends on ("... 'paid quickly'"; "At least 21 | Orsk pilgrims
  were killed ..." is a lead). Without a headline the boundary alone does not tell a
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
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from text.clutter_defines import clutter_shape
from text.data import text_lines

MIN_CAPTION_WORDS, MAX_CAPTION_WORDS = 5, 45
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 14
MIN_LEAD_WORDS = 6
MAX_SUBJECT_WORDS = 5  # "The Los Angeles County Coroner's office has ..."
SENTENCE_CHARS = 700  # a first sentence longer than this is no headline, caption and lead
_STOP = re.compile(r"[.!?][\"”’']?(?=\s|$)")
_WORD = re.compile(r"\S+")
_CAPITALISED = re.compile(r"[A-Z][a-z'’-]*")
_LOWER_FIRST = re.compile(r"[a-z0-9]")
_NOT_IN_CAPTION = re.compile(r"[;:|()\"“”]|``|''")
_SUBJECT_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_TITLES = ("Mr", "Mrs", "Ms", "Dr")
_MARKED = frozenset(("The", "A", "An", *_TITLES))
_QUOTES = frozenset("'‘’`\"“”")
_NOT_IN_HEADLINE = re.compile(r"[;|()\"“”]")
# a sentence's words, (offset, word): a tuple where kept and shared (sentence_words)
Words = Sequence[tuple[int, str]]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # the shapes read from the [define] lines alone (text.clutter_defines): a timeline asks
    # where a run-together sentence's segments open (extract/run_together.py) without paying
    # for all of text/clutter.txt's patterns; every use below asks only whether they match
    defined = clutter_shape
    verb = re.compile(rf"\b(?:{defined('CAPTIONAUX')}|{defined('CAPTIONVERB')})\b")
    function = re.compile(rf"(?i:{defined('FUNCTION')}|{defined('WEEKDAY')}|{defined('MONTH')})$")
    # a first or second person (a standfirst's "We are to blame ..."), or a reporting verb (a
    # wire sentence: "... Tour de France winner Lance Armstrong has said he ...")
    person = re.compile(
        r"\b(?:I|me|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our|said|says|told|according)\b"
        rf"|\b[a-z][\w'’-]* [A-Z][\w'’.-]* (?:{defined('CAPTIONAUX')})\b"
    )
    opener = re.compile(defined("OPENER"))
    return verb, function, person, opener


@cache
def _aux() -> re.Pattern[str]:
    return re.compile(clutter_shape("CAPTIONAUX"))


@cache
def everyday_words() -> frozenset[str]:
    """The everyday English words of text/common_words.txt."""
    return frozenset(text_lines("text", "common_words.txt"))


def lead_caption(paragraph: str, text: str, titled: bool = False) -> tuple[int, int] | None:
    """Where the caption between the headline and the lead stands in the article's first
    paragraph (start, end offsets), or None. text: the whole article, to tell a name from an
    everyday word. titled: the headline was found apart, so the paragraph opens with the
    caption, and no boundary tells where it ends."""
    if titled:
        return None
    words = sentence_words(paragraph)
    if words is None:
        return None
    boundaries = _boundaries(words, text)
    first = next(boundaries, None)
    if first is None or not is_headline(paragraph, words, first):
        return None
    later = next(boundaries, None)
    if later is None or not is_caption(paragraph, words, first, later):
        return None
    named = [
        i
        for i in (first, later)
        if not _opens(words, i, text, bare=False) and not subject_and_verb(words, i)
    ]
    if named:
        # a boundary told only by a name and its verb: the other must be told plainly, the
        # caption must be a plain clause and the headline must not end where it goes on
        # ("... erupts near | Orsk Aid agencies say ...", "... club | Kel Varga has ...
        # captain | Ilsa Marrow had ...", "... was named by the sports daily | A Gazeta on
        # Sunday ...")
        other = later if named == [first] else first
        caption = [word for _, word in words[first:later]]
        if (
            len(named) > 1
            or not _opens_plainly(words, other)
            or not plain_clause(caption, text)
            or ends_open([word for _, word in words[:first]], text)
        ):
            return None
    return words[first][0], end_of(words, later)


def paragraphs_at(text: str, starts: Iterable[int]) -> set[int]:
    """The indices of the text's paragraphs (blank-line apart) that hold each of starts: the
    blank lines found once, where counting them again before every start took time growing
    with the text's length times its starts."""
    breaks = [m.start() for m in re.finditer("\n\n", text)]
    # a start counts the blank lines wholly before it, as text.count("\n\n", 0, start) does
    return {bisect_right(breaks, start - 2) for start in starts}


def sentence_words(paragraph: str, alone: bool = False) -> Words | None:
    """The words (offset, word) of the paragraph's first sentence, before its stop, or None
    when no stop ends one within SENTENCE_CHARS. alone: None too when more follows the stop
    (a paragraph of more than one sentence)."""
    end = _sentence_end(paragraph)
    if end is None or (alone and end[1]):
        return None
    return _words_before(paragraph, end[0])


# The caption steps read the same paragraphs' first sentence again and again (the first
# paragraph by seven of them, each paragraph further down by two or three, and again on a
# further pass of text.clutter.set_apart): what it gives is kept for the last paragraphs read,
# a pure function of the paragraph, as a tuple, since the steps share it.
_KEPT_PARAGRAPHS = 256


@lru_cache(maxsize=_KEPT_PARAGRAPHS)
def _sentence_end(paragraph: str) -> tuple[int, bool] | None:
    """Where the paragraph's first sentence's stop starts and whether more follows it, or None
    when no stop ends one within SENTENCE_CHARS."""
    stop = _STOP.search(paragraph, 0, SENTENCE_CHARS)
    if stop is None:
        return None
    return stop.start(), bool(paragraph[stop.end() :].strip())


@lru_cache(maxsize=_KEPT_PARAGRAPHS)
def _words_before(paragraph: str, end: int) -> Words:
    return tuple((m.start(), m.group()) for m in _WORD.finditer(paragraph, 0, end))


def plain_clause(
    run: list[str], text: str, before_noun: bool = False, before_adverbial: bool = False
) -> bool:
    """Whether words read as one plain clause, as a caption does, and not as one that goes on
    into the name after it: no comma or dash, and none of the words of GLUEDNOTFIRST,
    GLUEDJOINING, GLUEDNOTLAST, GLUEDDETERMINER or GLUEDLAST (text/clutter.txt) where they
    stand ("... has warned that the sprawling Orsk oil slick ...", "... the new Orsk
    administration is ..."). before_noun: the sentence after them opens with "The", "A" or
    "An" and a lower-case word ("... 25 June 2011 The doctor ..."), which no phrase of theirs
    runs on into: an "and" or "or" before their last word joins two nouns ("a keen sailor
    and climber"), and a determiner before it closes its noun. before_adverbial: the sentence
    after them opens with a capitalised preposition whose adverbial a comma closes ("... aid to
    Orsk | In Port Varn, the rescuers ..."), which no phrase of theirs runs on into: their last
    words are not read."""
    found = _glued()
    if not run or any(word in {"-", "–", "—"} or word.endswith(",") for word in run):
        return False
    if any(word[:1] in _QUOTES or word[-1:] in _QUOTES for word in run):
        return False  # a headline's quotation: "Orsk team 'can not afford mission'"
    if found["GLUEDNOTFIRST"].fullmatch(run[0]):
        return False
    if any(found["GLUEDJOINING"].fullmatch(word) for word in run):
        return False
    if before_adverbial:
        return True
    tail = run[-3:]
    for index, word in enumerate(tail):
        if not found["GLUEDNOTLAST"].fullmatch(word):
            continue
        after = tail[index + 1] if index + 1 < len(tail) else ""
        before = tail[index - 1] if index else run[-4] if len(run) > 3 else ""
        if word == "and" and before[:1].isupper() and after[:1].isupper():
            continue  # a name's "and": "... for the Orsk Search and Rescue Team"
        # "to" before its noun ("... response to the spill") closes no clause
        if before_noun and word != "to" and index == len(tail) - 2:
            continue
        if word != "to" or not found["GLUEDDETERMINER"].fullmatch(after.lower()):
            return False
    if before_noun:
        return found["GLUEDLAST"].fullmatch(run[-1]) is None
    return not ends_open(run, text)


def ends_open(run: list[str], text: str) -> bool:
    """Whether the words end where a noun phrase or a clause goes on into the next word: on a
    preposition or a noun that heads a clause without "that" (GLUEDLAST), or on a determiner
    and one word (GLUEDDETERMINER) that may be an adjective ("the new | Orsk administration")
    rather than a noun: one the text nowhere else ends a phrase with, before a stop or a
    comma ("the spill," elsewhere: "... response to the spill | BP is set ...")."""
    found = _glued()
    if found["GLUEDLAST"].fullmatch(run[-1]):
        return True
    if len(run) < 2 or not found["GLUEDDETERMINER"].fullmatch(run[-2].lower()):
        return False
    closed = re.compile(rf"(?<![\w'’-]){re.escape(run[-1])}(?=[.,;:!?])")
    return len(closed.findall(text)) == 0


@cache
def _glued() -> dict[str, re.Pattern[str]]:
    defined = clutter_shape  # the [define] lines alone (text.clutter_defines)
    names = ("GLUEDNOTFIRST", "GLUEDNOTLAST", "GLUEDDETERMINER", "GLUEDLAST")
    found = {name: re.compile(defined(name)) for name in names}
    found["GLUEDJOINING"] = re.compile(f"(?i:{defined('GLUEDJOINING')})")
    return found


def ends_on_name(words: Words, boundary: int) -> bool:
    """Whether the words before `boundary` end on a name after a function word ("... removed
    from the Orsk Gazette", "... at Varga's School"), which may close a caption where the
    sentence after it opens plainly."""
    _, function, _, _ = _patterns()
    j = boundary - 1
    while j > 0 and words[j][1][:1].isupper():
        j -= 1
    return (
        0 < j < boundary - 1
        and function.match(words[j][1]) is not None
        and words[boundary - 1][1][-1].isalnum()
    )


def may_end_caption(words: Words, i: int) -> bool:
    """Whether word i - 1 may close a caption: a lower-case word that is neither a function
    word nor the participle of a verb group cut there ("... is stopping Red Cross teams ...")."""
    _, function, _, _ = _patterns()
    last = words[i - 1][1]
    if not _LOWER_FIRST.match(last) or not last[-1].isalnum() or function.match(last):
        return False
    return not (i >= 2 and last.endswith(("ing", "ed")) and _aux().fullmatch(words[i - 2][1]))


def _boundaries(words: Words, text: str) -> Iterator[int]:
    """The words a sentence may open at, in order; a string test first spares most words the
    patterns (a capitalised word after one in lower case)."""
    for i in range(1, len(words) - MIN_LEAD_WORDS + 1):
        last, word = words[i - 1][1][:1], words[i][1][:1]
        if word.isupper() and (last.islower() or last.isdigit()) and _opens(words, i, text):
            yield i


def subject_and_verb(words: Words, i: int, bare: bool = False) -> bool:
    """Whether a sentence opens at word i with its subject and its finite verb (LEADVERB):
    "The", "A", "An" or a courtesy title, at most MAX_SUBJECT_WORDS words of a noun phrase
    that are no function words, then the verb ("The Orsk Red Cross has been ...", "Mr Varga
    said ..."; a title names one person: "Mr Varga's backers have" is not). bare: the subject
    may also open on a name ("Kel Varga was ..."), where a boundary is told otherwise too."""
    word = words[i][1]
    marked = word in _MARKED
    if not marked and not (bare and (_CAPITALISED.fullmatch(word) or word.isupper())):
        return False
    _, function, _, _ = _patterns()
    first = i + 1 if marked else i
    verb = _lead_verb()
    for count, (_, later) in enumerate(
        words[first : first + 1 + MAX_SUBJECT_WORDS], start=first - i
    ):
        if count and verb.fullmatch(later):
            return word not in _TITLES or count == 2
        if function.fullmatch(later) or not _SUBJECT_WORD.fullmatch(later):
            return False
        if _glued()["GLUEDDETERMINER"].fullmatch(later.lower()):
            return False  # "... tells Orsk TV all new drilling is ...": no subject's start
    return False


@cache
def _lead_verb() -> re.Pattern[str]:
    return re.compile(clutter_shape("LEADVERB"))


def name_before(words: Words, i: int) -> bool:
    """Whether a name after a lower-case word stands among the three words before word i: a
    subject that opens there ("... the storm Orsk Port chief executive | Kel Varga will
    ..."), so word i opens no sentence."""
    for j in range(max(1, i - 3), i):
        if not words[j][1][:1].isupper():
            continue
        start = j
        while start > 0 and words[start - 1][1][:1].isupper():
            start -= 1
        before = words[start - 1][1] if start > 0 else ""
        if _LOWER_FIRST.match(before) and before[-1].isalnum():
            return True  # not after a stop or a colon: "Orsk earthquake: Day by day"
    return False


def _opens_plainly(words: Words, i: int) -> bool:
    """Whether a sentence opens at word i beyond doubt: with a lead's opener and a lower-case
    word after it ("Estimates of ...", "Six years on ..."; an everyday word may be a name:
    "... club Tottenham have ..."), or with "The", "A", "An" or a title, its subject and its
    verb ("A Orsk woman is waiting ...")."""
    opens = _lead_opener().fullmatch(words[i][1]) is not None
    lower = i + 1 < len(words) and _LOWER_FIRST.match(words[i + 1][1]) is not None
    return (opens and lower) or subject_and_verb(words, i)


@cache
def _lead_opener() -> re.Pattern[str]:
    return re.compile(clutter_shape("LEADOPENER"))


def end_of(words: Words, boundary: int) -> int:
    """Where the word before `boundary` ends: the end of a caption or a headline there."""
    start, word = words[boundary - 1]
    return start + len(word)


def _opens(words: Words, i: int, text: str, bare: bool = True) -> bool:
    """Whether a sentence may open at word i, after a caption's last word. bare: also where
    a name opens it with its verb after it (subject_and_verb)."""
    _, _, _, opener = _patterns()
    word, after = words[i][1], words[i + 1][1]
    if not may_end_caption(words, i):
        return False
    if subject_and_verb(words, i) or (
        bare and subject_and_verb(words, i, bare=True) and not name_before(words, i)
    ):
        return True  # "... oil spill Mr Varga has been ...", "... after 11 days Kel Varga was ..."
    if not _CAPITALISED.fullmatch(word):
        return False
    if opener.fullmatch(word):
        return True  # "... the uprising The Orsk Service's ...", "... future Many Orsk ..."
    if not _LOWER_FIRST.match(after):
        return False
    return everyday_opener(word, text)


def everyday_opener(word: str, text: str) -> bool:
    """Whether a word in capitals inside a sentence is an everyday word opening another one
    run into it ("... the capital Rebel fighters ..."), not a name. text: the whole article."""
    _, function, _, _ = _patterns()
    if word.lower() not in everyday_words() or function.match(word):
        return False
    # an everyday word in capitals inside a sentence elsewhere (besides here) is a name or a
    # people's adjective ("the Kurdish crews"); so is one the text never writes in lower case
    # but prints in capitals elsewhere too ("Orsk earthquake ... the moment Orsk was shaken")
    inside = re.compile(rf"(?<=[\w,'’] ){re.escape(word)}\b")
    if len(inside.findall(text)) > 1:
        return False
    capitalised = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return capitalised <= 1 or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def is_caption(
    paragraph: str, words: Words, first: int, boundary: int, verb_read: bool = False
) -> bool:
    """Whether words `first` to `boundary` read as a caption: MIN_CAPTION_WORDS to
    MAX_CAPTION_WORDS of them opening on a capital, with no sentence punctuation, quotation
    marks, first or second person or reporting verb, and a verb of CAPTIONAUX or CAPTIONVERB.
    verb_read: the caller found the caption's verb by a shape of its own (a past tense before
    its object, text.clutter_head_caption)."""
    verb, _, person, _ = _patterns()
    count = boundary - first
    if not MIN_CAPTION_WORDS <= count <= MAX_CAPTION_WORDS:
        return False
    run = paragraph[words[first][0] : end_of(words, boundary)]
    return (
        _CAPITALISED.match(run) is not None
        and _NOT_IN_CAPTION.search(run) is None
        and not re.search(r"[.!?]", run)
        and person.search(run) is None
        and (verb_read or verb.search(run) is not None)
    )


def is_headline(paragraph: str, words: Words, boundary: int) -> bool:
    """Whether the words before `boundary` read as a headline: MIN_HEADLINE_WORDS to
    MAX_HEADLINE_WORDS of them, not opening as a sentence does (OPENER), ending on a word of
    letters or its quotation's closing mark, with no sentence punctuation and no verb of a
    clause (CAPTIONAUX, CAPTIONVERB)."""
    verb, _, _, opener = _patterns()
    run = paragraph[: end_of(words, boundary)]
    return (
        MIN_HEADLINE_WORDS <= boundary <= MAX_HEADLINE_WORDS
        and not opener.fullmatch(words[0][1])
        # a headline may end on its quotation ("Orsk fund claims to be 'paid quickly'")
        and words[boundary - 1][1].rstrip("'’").isalpha()
        and _NOT_IN_HEADLINE.search(run) is None
        and not re.search(r"[.!?]", run)
        and verb.search(run) is None
    )


def opens_plain_segment(words: Words, i: int, text: str) -> bool:
    """Whether a sentence may open at word i after a lower-case word, told by its opener or
    by an everyday word the text writes as one (not by a name and its verb, which a sentence
    also holds: "... said the envoy Kel Varga has ..."). text: the whole article."""
    return _opens(words, i, text, bare=False)
