"""A page's headline or a subheading run into the sentence after it, with no stop between them.

Flattened pages lose the line break after a heading: the headline runs into the lead ("Ferry
sinks off Orsk NGO At least 31 people ...") and a subheading into its paragraph's first
sentence ("... corroborated. HARBOUR ROAD On Friday fighting broke out ...", "Orsk Province Army
units shelled ..."). The heading is the article's text, but no part of the sentence: it is made
a paragraph of its own, so that sentences, passages and timeline entries open where the story
does. A heading opens a paragraph or follows a sentence's stop, and is told from a sentence
opening with a name ("Orsk Province Army units shelled ..." against "Orsk Liberation Front
fighters took ...") by what the words after it are: a sentence's opening, which no heading's
words go on into.

- the article's own headline, as given with it, opening the text and followed by a capitalised
  word or a figure with no stop between (three words or more);
- words in capitals (two or more, one of them of four letters or more: not "A U.S. agency" or
  "UK PM"), then a capitalised word opening a clause: an opener or weekday ({OPENER},
  {WEEKDAY} of text/clutter.txt) or a capitalised word before a word in lower case
  ("HARBOUR ROAD On Friday ...", "CREWS STRIKE; PORT CLOSES While the ...");
- words in title case (two to ten, every word capitalised but the small words of a title, [title
  small word] of text/run_in_heading.txt; no initial, not ending on a possessive), then an
  article ([article after heading]: "The", "A", "An") and a word before a word in lower case
  ("Navy Denies The navy source said ..."); two words of which neither is an everyday English
  word (text/common_words.txt), before the article and a word in lower case, are a person's
  name that the sentence goes on to tell of ("Kel Varga The singer said ..."; but "Deir Ezzor
  The Syrian army ..."); a heading of one word, not opening the text, before the article and a
  word in lower case, a demonym or an abbreviation ("Orsk The Varnish army shelled ...");
- one to three capitalised words, no demonym (extract/demonyms.json: "Syrian Army units" is a
  subject) and no opener, before a clause's subject that never goes on a name before it
  ([clause subject] of text/run_in_heading.txt: "Orsk Province Army units shelled ...");
- at a paragraph's start, two to six words before " -- " and a capitalised word, none of them a
  word a speaker breaking off his sentence says ([not in dashed heading]: "Federal budget -- In
  Varnholt, ..." but not "I ask -- I call upon ...");
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from text.clutter_lead_caption import everyday_words
from text.clutter_shapes import macros
from text.data import json_file, text_sections
from text.sentences import abbreviations
from text.word_frequency import zipf

MIN_TITLE_WORDS = 3  # a one- or two-word title ("Orsk") opens many a sentence as a name
MIN_AFTER_TITLE_WORDS = 6  # the lead run on after the headline, to its paragraph's end
MIN_CAPITAL_LETTERS = 4  # "A U.S. agency", "UK PM Kel Varga": no heading in capitals
MAX_TITLED_WORDS = 10
NAME_WORDS = 2  # "Kel Varga The singer said ...": a person's name before "The", no heading
MAX_TITLED_CHARS = 160  # ten words of a title and the article after them
MAX_DASHED_WORDS = 6
MIN_DASHED_SENTENCE_WORDS = 6  # "Let me in -- Varga." is a quotation's signature

# a sentence's stop inside a paragraph, with its closing quotation mark or bracket; the stop
# opens the pattern and the character before it is looked behind from there, so that the engine
# scans for ".", "!" or "?" rather than trying the look-behind at every position
_STOP = re.compile(r"[.!?](?<=[a-z0-9%\"'”’)][.!?])[\"'”’)]*[ \t]+")
_WORD = r"[\w'’-]"


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    return text_sections("text", "run_in_heading.txt")


def _alternatives(section: str) -> str:
    return "|".join(re.escape(word) for word in _sections()[section])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    m = macros()
    capital = r"[A-Z][A-Z0-9'’.&-]*"
    last = r"[A-Z][A-Z0-9'’.&-]*[A-Z0-9.]"  # not "A": "BEIRUT A Russian jet ..."
    small = rf"(?:{_alternatives('title small word')})"
    article = rf"(?:{_alternatives('article after heading')})"
    titled = rf"[A-Z][a-z0-9'’-]*[a-z0-9]|[A-Z]{{2,}}|{small}"
    # an opener before a word in lower case, a capitalised one or an abbreviation and a word in
    # lower case ("The ICC issued"; not "A DISGRACE", "A 3rd"), or a compound ("Orsk-based")
    opener = (
        rf"(?:(?:{m['OPENER']}|{m['WEEKDAY']}) (?=[A-Z]?[a-z]|[A-Z]{{2,}} [a-z])"
        rf"|[A-Z][a-z'’]+ [a-z0-9\"“]|[A-Z][a-z]+-[a-z]+ )"
    )
    return {
        "capitals": re.compile(
            rf"(?P<head>{capital}(?:[;,]? {capital})*[;,]? {last}) (?={opener})"
        ),
        "titled": re.compile(
            rf"(?P<head>[A-Z]{_WORD}*(?: (?:{titled})){{0,{MAX_TITLED_WORDS - 1}}})"
            rf" (?={article} {_WORD}+ [a-z])"
        ),
        "placed": re.compile(
            rf"(?P<head>[A-Z]{_WORD}+(?: [A-Z]{_WORD}+){{0,2}})"
            rf" (?=(?:{_alternatives('clause subject')}) [a-z])"
        ),
        "dashed": re.compile(
            rf"(?P<head>[A-Z]{_WORD}*(?: {_WORD}+){{1,{MAX_DASHED_WORDS - 1}}} --)"
            r" (?=[A-Z\"“])"
        ),
        # after a heading of one word: the article before a word in lower case, a
        # demonym or an abbreviation ("Orsk The harbour ...", "Orsk The US envoy ...")
        "one word": re.compile(
            rf" {article} (?:[a-z]|(?:{'|'.join(_demonyms())}|[A-Z]{{2,}}) [a-z])"
        ),
        # what a paragraph holds wherever a heading in capitals or in title case ends in it:
        # two words in capitals ("HARBOUR ROAD "), or a capitalised word before an article
        # and a word in lower case ("Denies The navy s"); a paragraph holding neither is read
        # no further for those two shapes
        "heading end": re.compile(
            # from a word's start only: a long run of capitals is not tried again at each letter
            rf"(?<![\w'’.&-])(?:{capital}[;,]? {last} |[A-Z]{_WORD}* {article} {_WORD}+ [a-z])"
        ),
        # the article and a word in lower case after a person's name: "Kel Varga The singer
        # said ...", "... A presenter for ..." (not "Deir Ezzor The Syrian army ...")
        "described": re.compile(rf" {article} [a-z]"),
        # an article that closes a title-case heading within its words
        "article": re.compile(f" {article} "),
        "opener": re.compile(rf"(?:{m['OPENER']})\b"),
        "function": re.compile(rf"(?:{m['FUNCTION']})\Z"),
    }


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(json_file("extract", "demonyms.json")["demonyms"])


@cache
def _not_dashed() -> frozenset[str]:
    return frozenset(_sections()["not in dashed heading"])


def run_in_headings(
    paragraph: str, title: str | None = None, opening: bool = False
) -> list[tuple[int, int]]:
    """(start, end) of each heading run into the sentence after it in the paragraph. opening:
    the paragraph opens the text; title: the article's headline, looked for there."""
    return [(start, end) for start, end, _ in heading_shapes(paragraph, title, opening)]


def text_run_in_headings(
    paragraphs: Sequence[str], title: str | None = None
) -> list[list[tuple[int, int]]]:
    """run_in_headings of each of a text's paragraphs, the first opening it."""
    # the subjects a province's heading stands before are rare: looked for once in the text;
    # and a text holding none, no " -- " and no end of a heading in capitals or title case has
    # no heading but its headline opening it
    text = "\n\n".join(paragraphs)
    placed = _holds_subject(text)
    if not (placed or " -- " in text or _patterns()["heading end"].search(text)):
        first = _shapes(paragraphs[0], title, True, False) if paragraphs and title else []
        return [[(start, end) for start, end, _ in first]] + [[] for _ in paragraphs[1:]]
    return [
        [(start, end) for start, end, _ in _shapes(paragraph, title, index == 0, placed)]
        for index, paragraph in enumerate(paragraphs)
    ]


def heading_shapes(
    paragraph: str, title: str | None = None, opening: bool = False
) -> list[tuple[int, int, str]]:
    """run_in_headings with the name of the shape that told each heading ("title", "capitals",
    "titled", "placed", "dashed")."""
    return _shapes(paragraph, title, opening, _holds_subject(paragraph))


def _holds_subject(text: str) -> bool:
    """Whether text holds a clause's subject that a province's heading stands before: the
    "placed" shape is tried only then."""
    return any(subject in text for subject in _sections()["clause subject"])


def _shapes(
    paragraph: str, title: str | None, opening: bool, placed: bool
) -> list[tuple[int, int, str]]:
    # the other shapes need the title (the text's opening), a clause's subject or " -- "
    if not (
        (opening and title)
        or placed
        or " -- " in paragraph
        or _patterns()["heading end"].search(paragraph)
    ):
        return []
    found = []
    for at in _starts(paragraph):
        head = opening and at == 0
        told = _heading_at(paragraph, at, title if head else None, head, placed)
        if told is not None:
            found.append((at, *told))
    return found


def _starts(paragraph: str) -> list[int]:
    """The paragraph's start and each place after a sentence's stop (not an abbreviation's)."""
    starts = [0]
    for stop in _STOP.finditer(paragraph):
        word = paragraph[paragraph.rfind(" ", 0, stop.start()) + 1 : stop.start()].lower()
        if paragraph[stop.start()] == "." and word in abbreviations():
            continue
        starts.append(stop.end())
    return starts


def _heading_at(
    paragraph: str, at: int, title: str | None, opens_text: bool, placed: bool
) -> tuple[int, str] | None:
    if title is not None and (end := _title_run_in(paragraph, title)) is not None:
        return end, "title"
    p = _patterns()
    found = p["capitals"].match(paragraph, at)
    if found and _capitals(found["head"]):
        return found.end("head"), "capitals"
    closed = p["article"].search(paragraph, at, at + MAX_TITLED_CHARS) is not None
    found = p["titled"].match(paragraph, at) if closed else None
    if found and _titled(found["head"], paragraph[at:], opens_text):
        return found.end("head"), "titled"
    found = p["placed"].match(paragraph, at) if placed else None
    if found and _placed(found["head"]):
        return found.end("head"), "placed"
    # " -- " is looked for first: the pattern's words before it are tried at length
    found = p["dashed"].match(paragraph, at) if at == 0 and " -- " in paragraph else None
    if found and _dashed(found["head"], paragraph[found.end() :]):
        return found.end("head"), "dashed"
    return None


def _capitals(head: str) -> bool:
    return max(len(re.sub(r"[^A-Z]", "", w)) for w in head.split()) >= MIN_CAPITAL_LETTERS


def _title_run_in(paragraph: str, title: str) -> int | None:
    head = " ".join(title.split())
    if len(head.split()) < MIN_TITLE_WORDS or head[-1] in ".!?:;,":
        return None
    if not paragraph.startswith(head + " "):
        return None
    rest = paragraph[len(head) + 1 :]
    if not re.match(r"[A-Z0-9\"“]", rest) or len(rest.split()) < MIN_AFTER_TITLE_WORDS:
        return None  # "<headline> NGO": the title as given left out the source's name
    return len(head)


def _titled(head: str, after: str, opens_text: bool) -> bool:
    words = head.split()
    if len(words) == 1 and (
        opens_text  # "Kel Varga The singer was seen ...": a caption's name, a teaser's word
        or _patterns()["opener"].match(head)
        or not _patterns()["one word"].match(after, len(head))
    ):
        return False  # "However The ...": a stop left out; "Kel The Great said ...": a name
    if any(after.startswith(name) for name in _sections()["name holding The"]):
        return False
    if (
        len(words) == NAME_WORDS
        and not any(w.lower() in everyday_words() for w in words)
        and _patterns()["described"].match(after, len(head))
    ):
        return False  # a name, no everyday English word in it, and the words on who it is
    return (
        re.search("[a-z]", head) is not None  # a sentence in capitals is no title-case heading
        and words[-1][0].isupper()
        and not re.search(r"['’]s?\Z", words[-1])
        and all(len(w) > 1 for w in words if w[0].isupper())
    )


# "yesterday" 4.9, "then" 6.1; place names lie under it ("damascus" 3.6, "hama" 2.7)
COMMON_WORD_ZIPF = 4.0


def _placed(head: str) -> bool:
    """A place's name ("Damascus Countryside", "Idleb"); one capitalised word that is a common
    English word in lower case is the sentence's own opener ("Yesterday Army units ...")."""
    words = head.split()
    return (
        (len(words) >= 2 or zipf(words[0].lower()) < COMMON_WORD_ZIPF)
        and not _patterns()["opener"].match(words[0])
        and not any(w in _demonyms() for w in words)
    )


def _dashed(head: str, rest: str) -> bool:
    """No word a speaker breaking off says, and a sentence after it that is no speaker's going on
    ("-- I think ...") or speaker's label ("-- KEL VARGA: ..."), nor a list closed by a dash."""
    words = head[:-3].split()
    after = rest.split()
    return (
        not any(w in _not_dashed() for w in words)
        and len(after) >= MIN_DASHED_SENTENCE_WORDS
        and after[0] not in _sections()["not after dashed heading"]
        and not after[0].endswith(":")
        and " -- " not in rest
    )
