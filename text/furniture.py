"""Page furniture dropped paragraph by paragraph: navigation, share and subscribe lines, cookie
notices, "Related" blocks and their teaser cards, photo captions and credits, and pull quotes or
captions that repeat the body. The patterns live in boilerplate.txt."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from text.clutter_defines import box_quote_words, clutter_shape
from text.clutter_named_box import named_box
from text.data import text_sections
from text.endings import CLOSERS, final_mark
from text.paragraphs import SECTION_BREAK, Paragraphs

MAX_CAPTION_WORDS = 45
MAX_CAPTION_CHARS = 600  # 45 words and a credit
MAX_CREDIT_CHARS = 120
MAX_TEASER_TITLE_WORDS = 20
MAX_TEASER_SNIPPET_WORDS = 80
MAX_BOILERPLATE_WORDS = 80
MAX_BOILERPLATE_CHARS = 200  # interface labels are short; longer paragraphs are not tried
MIN_REPEAT_WORDS = 6  # shorter repeats (an outlet's name as a heading, "Context") are content
MAX_CONTAINED_WORDS = 60  # pull quotes and captions are short; a longer repeat is content
# a sentence told twice in a row is a page's copy from this length on; a shorter one may be the
# writer's own ("Sleep two hours, wake up and cry. Sleep two hours, wake up and cry.", a joke)
MIN_REPEATED_SENTENCE_WORDS = 8
# where one sentence ends and the next begins: a stop, spaces, a capital or an opening quote
_SENTENCE_GAP = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)])) +(?=[\"“‘(]?[A-Z])")
# the commonest sentence ends, one of which a sentence told twice in a row shows (a quick test)
_ENDS = (". ", '." ', ".” ", "? ", "! ")
_WORDS = re.compile(r"[^\W_]+")


def _boilerplate_sections() -> dict[str, tuple[str, ...]]:
    return text_sections("text", "boilerplate.txt")


@cache
def _boilerplate_line() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["line"])
    return re.compile(rf"(?:{alternatives})\W*", re.IGNORECASE)


@cache
def _cookie_notice() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["cookie"])
    return re.compile(alternatives, re.IGNORECASE)


@cache
def _teaser_heading() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["teaser-heading"])
    return re.compile(rf"(?:{alternatives})\W*", re.IGNORECASE)


@cache
def _credit_hints() -> re.Pattern[str]:
    """Any credit hint, lower-cased, as one pattern: one scan of a paragraph's end, where a
    substring test for each hint cost a Python generator step per hint."""
    hints = (hint.lower() for hint in _boilerplate_sections()["credit-hint"])
    return re.compile("|".join(map(re.escape, hints)))


@cache
def _credit_at_end() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["credit"])
    return re.compile(rf"(?:{alternatives})[\s.]*$")


def drop_boilerplate(items: Paragraphs) -> Paragraphs:
    """Drop paragraphs that are page furniture: navigation, share and subscribe lines, cookie
    notices, publication stamps left without their date."""
    line = _boilerplate_line()
    cookie = _cookie_notice()

    def furniture(paragraph: str) -> bool:
        if len(paragraph) <= MAX_BOILERPLATE_CHARS and line.fullmatch(paragraph):
            return True
        return (
            "ookie" in paragraph
            and _word_count(paragraph) <= MAX_BOILERPLATE_WORDS
            and cookie.search(paragraph) is not None
        )

    return [(s, "" if furniture(p) else p) for s, p in items]


def drop_teasers(items: Paragraphs) -> Paragraphs:
    """Drop "Latest articles", "Related", "Read more" headings and the teaser cards after them."""
    heading = _teaser_heading()
    out: Paragraphs = []
    in_teasers = False
    for separator, paragraph in items:
        if not paragraph:
            out.append((separator, paragraph))
        elif heading.fullmatch(paragraph):
            in_teasers = True
            out.append((separator, ""))
        elif in_teasers and separator != SECTION_BREAK and _is_teaser(paragraph):
            out.append((separator, ""))
        else:
            in_teasers = False
            out.append((separator, paragraph))
    return out


def _is_teaser(paragraph: str) -> bool:
    words = _word_count(paragraph)
    if paragraph.rstrip(CLOSERS).endswith(("...", "…")):
        return words <= MAX_TEASER_SNIPPET_WORDS
    return words <= MAX_TEASER_TITLE_WORDS and final_mark(paragraph) not in ".,;:"


def drop_captions(items: Paragraphs) -> Paragraphs:
    """Drop photo credits and captions: a credit alone, or a short paragraph ending in one.
    A caption goes with an article: a text that is one paragraph (a wire flash ending in
    "(AFP)", sent on purpose) is the article itself."""
    credit = _credit_at_end()
    hints = _credit_hints()
    if sum(1 for _, p in items if p) <= 1:
        return items

    def caption(paragraph: str) -> bool:
        if not paragraph or len(paragraph) > MAX_CAPTION_CHARS:
            return False
        tail = paragraph[-MAX_CREDIT_CHARS:]
        if hints.search(tail.lower()) is None:
            return False
        match = credit.search(tail)
        if match is None:
            return False
        start = len(paragraph) - len(tail) + match.start()
        return _word_count(paragraph[:start]) <= MAX_CAPTION_WORDS

    return [(s, "" if caption(p) else p) for s, p in items]


def drop_repeats(items: Paragraphs) -> Paragraphs:
    """Drop the repeated copy of a paragraph: a caption or byline printed twice, or a pull quote
    that repeats words of the body verbatim. The longer original is kept. A BBC pull-quote box's
    quotation is read out of its paragraph first (`_without_box_quotes`): the paragraph it is run
    into is longer than the story's own copy of those words, which would otherwise go as the
    repeat, and then the box as clutter (text/clutter.py), losing the story's sentence."""
    text = "\n\n".join(p for _, p in items)
    paragraphs = [p for _, p in items if p]
    closing = box_quote_words() + " "
    boxed = {a for a, b in pairwise(paragraphs) if b.startswith(closing) and _box_quote(a)}
    keys = [
        _word_key(_without_box_quotes(p, text)) if p and p not in boxed else "" for _, p in items
    ]
    sizes = [key.count(" ") - 1 for key in keys]
    # Only a longer paragraph can contain a shorter one: lay them out longest first, so that
    # each candidate is looked for in the part of the haystack that can hold it.
    # (reverse keeps the order of equal sizes, as a key of -size did, without a lambda call each)
    order = sorted(range(len(keys)), key=sizes.__getitem__, reverse=True)
    haystack = ""
    ends: dict[int, int] = {}  # size -> end of the paragraphs strictly longer than that size
    for i in order:
        ends.setdefault(sizes[i], len(haystack))
        haystack += keys[i] + "\n"
    seen: set[str] = set()
    out: Paragraphs = []
    for (separator, paragraph), key, size in zip(items, keys, sizes, strict=True):
        repeated = size >= MIN_REPEAT_WORDS and key in seen
        contained = (
            MIN_REPEAT_WORDS <= size <= MAX_CONTAINED_WORDS
            and haystack.find(key, 0, ends[size]) >= 0
        )
        seen.add(key)
        out.append((separator, "" if repeated or contained else paragraph))
    return out


@cache
def _box_quote_end() -> re.Pattern[str]:
    return re.compile(clutter_shape("BOXQUOTEEND"))


@cache
def _box_quote_paragraph() -> re.Pattern[str]:
    return re.compile(clutter_shape("BOXQUOTEPARAGRAPH"))


def _box_quote(paragraph: str) -> bool:
    """Whether a paragraph right above one opening on "End Quote" is a pull-quote box's
    quotation standing alone (BOXQUOTEPARAGRAPH in text/clutter.txt): read as no paragraph by
    drop_repeats, so that the story's own copy of its words is not taken for a repeat of it
    (the clutter step sets the box apart)."""
    return _box_quote_paragraph().fullmatch(paragraph.strip()) is not None


def _without_box_quotes(paragraph: str, text: str) -> str:
    """The paragraph without the quotations of pull-quote boxes run into it and their "End
    Quote" (BOXQUOTEEND in text/clutter.txt): what is left is the story's (and the speaker's);
    and without a box closed by its speaker's name (text.clutter_named_box), speaker and all.
    text: the paragraphs' text, where a named box's speaker is looked for."""
    box = named_box(paragraph, text)
    if box is not None:
        paragraph = f"{paragraph[: box[0]]} {paragraph[box[1] :]}"
    if box_quote_words() not in paragraph:
        return paragraph
    return _box_quote_end().sub(" ", paragraph)


def drop_repeated_sentences(items: Paragraphs) -> Paragraphs:
    """Drop the second of two identical sentences in a row within a paragraph: a standfirst that
    the story's first sentence repeats (FA-KES pages flattened to one line: "Turkish shelling
    killed at least 20 civilians ... on Sunday. Turkish shelling killed at least 20 civilians
    ... on Sunday. The Syrian Observatory ..."), a pull quote or a teaser printed beside the
    sentence it repeats. No word of the article goes: the first copy stays. drop_repeats drops
    whole paragraphs printed twice; this is the same within one."""
    out: Paragraphs = []
    for separator, paragraph in items:
        # most paragraphs hold no sentence twice in a row: a split at each sentence end of one
        # kind (at C speed) tells, before the sentences are cut out properly
        if not any(_twice_in_a_row(paragraph, end) for end in _ENDS if end in paragraph):
            out.append((separator, paragraph))
            continue
        pieces = _SENTENCE_GAP.split(paragraph)
        kept = [pieces[0]]
        for piece in pieces[1:]:
            if piece == kept[-1] and piece.count(" ") + 1 >= MIN_REPEATED_SENTENCE_WORDS:
                continue
            kept.append(piece)
        out.append((separator, paragraph if len(kept) == len(pieces) else " ".join(kept)))
    return out


def _twice_in_a_row(paragraph: str, end: str) -> bool:
    return any(a == b for a, b in pairwise(paragraph.split(end)))


# ASCII letters and digits kept, every other byte a space: the words of an ASCII text, as
# _WORDS finds them ([^\W_] is str.isalnum()), at C speed.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def _word_key(paragraph: str) -> str:
    """The paragraph's words, lower-cased, joined by one space and with one space around them,
    so that a key found inside another is made of whole words. Most paragraphs are ASCII: their
    words are cut out with a byte table, in half the time of a regex that makes a string of
    every word (0.16 -> 0.08 ms per article)."""
    lowered = paragraph.lower()
    if lowered.isascii():
        words = lowered.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    else:
        words = _WORDS.findall(lowered)
    return " " + " ".join(words) + " "


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))
