"""Clean decoded article text into prose: a chain of small steps, each its own tested function.

Articles arrive as copy-pasted web pages or PDF text layers: words hyphenated at line ends, hard
line wraps, drop capitals torn off their word, navigation labels, teaser cards, photo captions and
pull quotes. The steps repair or remove these without changing a single word of the article, so
that every later quote is verbatim. Decisions about words use wordfreq's English frequencies
(a dictionary lookup once loaded); patterns and word lists live in data files beside this module.

Text steps (str -> str) repair words and lines; paragraph steps then drop whole paragraphs. After
`clean`, paragraphs are separated by one blank line ("\n\n"); a run of three or more blank lines
in the input, which separates articles in a pasted collection, is kept as SECTION_BREAK.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from wordfreq import zipf_frequency

from text import ptb
from text.data import text_lines
from text.surrogates import replace_lone_surrogates

SECTION_BREAK = "\n\n\n\n"

# zipf thresholds: 1 is once per billion words, 3 once per million, 6 once per thousand.
KNOWN_WORD = 2.0  # rarer "words" in wordfreq are mostly run-together compounds (wellknown)
COMMON_WORD = 3.0  # a fragment this frequent is a word in its own right ("backed", "change")
PREFIXED_WORD = 3.5  # prefix + word this common is written closed: "remain", "export"
PREFIX_MARGIN = 1.0  # ... as is one nearly as common as the word after the prefix: "revolts"
COMPOUND_MARGIN = 2.0  # a joined word far rarer than both halves is a compound: "long-term"
FREQUENT_WORD = 4.0  # a restored drop capital must make a word at least this frequent
MAX_WRAP_WIDTH = 100  # lines of a wrapped layout (PDF column, e-mail) are shorter than this
MIN_WRAPPED_PAIRS = 4  # fewer consecutive lines say nothing about a layout
SHORT_LINE = 0.7  # ... and a line ending a paragraph stops short of the others
MAX_CAPTION_WORDS = 45
MAX_CAPTION_CHARS = 600  # 45 words and a credit
MAX_CREDIT_CHARS = 120
MAX_TEASER_TITLE_WORDS = 20
MAX_TEASER_SNIPPET_WORDS = 80
MAX_BOILERPLATE_WORDS = 80
MAX_BOILERPLATE_CHARS = 200  # interface labels are short; longer paragraphs are not tried
MIN_REPEAT_WORDS = 6  # shorter repeats (an outlet's name as a heading, "Context") are content
MAX_CONTAINED_WORDS = 60  # pull quotes and captions are short; a longer repeat is content

# Zero-width characters, byte-order marks and control characters (line breaks and tabs excepted).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200d\u2060\ufeff]")
_ODD_SPACE = re.compile("[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATOR = re.compile("\r\n?|[\u2028\u2029\x85]")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")

# A hyphen, then a line break (at most two blank lines, as between columns) or one space inside a
# line ("Rus- sia", where an extraction turned the break into a space), then letters. The word
# before it is found from there: a pattern that starts with a literal is scanned fast.
_HYPHEN_GAP = re.compile(r"-(?:[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*| (?=[a-z]))(?=[^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
# The rest of a word after a drop capital; a capital split off by a space ("T he seventh");
# a paragraph whose first letter was lost entirely (" ith the once seemingly").
_WORD_REST = re.compile(r"[ \t]*(?P<rest>[a-z]+)\b")
_SPACED_CAPITAL = re.compile(r"(?P<indent>[ \t]*)(?P<letter>[B-HJ-Z]) (?P<rest>[a-z]+)\b")
_LOST_CAPITAL = re.compile(r"(?P<indent>[ \t]*)(?P<rest>[a-z]+)(?=[ ,;])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪◦●■\-–*]|\d{1,2}[.)])[ \t]+\S")
_STARTS_LOWER = re.compile(r"\s*[a-z]")
_CLOSERS = "\"'”’)]» \t\n"
_SENTENCE_END = ".!?…:;"
_PARAGRAPH_SPLIT = re.compile(r"(\n{2,})")
_MULTI_SPACE = re.compile(r" {2,}")
# Literal first, for a fast scan; then the rare punctuation after the space, before the look
# back at the word (nearly every space follows one): 0.043 -> 0.032 ms per article.
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,;]|\.(?!\.))(?<=\w )")
_COMMA_GLUED = re.compile(r",(?<=[a-z],)(?=[A-Z][a-z])")
_DOUBLE_COMMA = re.compile(r",(?: ?,)+")
_WORDS = re.compile(r"[^\W_]+")


# ----------------------------------------------------------------------------- small helpers


def final_mark(text: str) -> str:
    """The last character of text before trailing spaces, closing quotes and brackets."""
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def ends_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark, ellipsis, colon or semicolon."""
    return final_mark(text) in _SENTENCE_END if text.strip() else False


def _ends_mid_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in ",/")


# ----------------------------------------------------------------------------- data files


def _data_lines(name: str) -> list[str]:
    return list(text_lines("text", name))


@cache
def hyphen_prefixes() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("hyphen_prefixes.txt"))


@cache
def closed_prefixes() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("closed_prefixes.txt"))


@cache
def _boilerplate_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _data_lines("boilerplate.txt"):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        sections.setdefault(current, []).append(stripped)
    return sections


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
def _credit_hints() -> tuple[str, ...]:
    return tuple(hint.lower() for hint in _boilerplate_sections()["credit-hint"])


@cache
def _credit_at_end() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["credit"])
    return re.compile(rf"(?:{alternatives})[\s.]*$")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English frequency of a word on the zipf scale (0 = unknown), case-folded."""
    return zipf_frequency(word.lower(), "en")


# ----------------------------------------------------------------------------- the steps


def normalise_unicode(text: str) -> str:
    """NFC, one kind of line break, no invisible or control characters, no soft hyphens, and no
    lone surrogates (a broken JSON escape in a Slack message makes one; UTF-8, and so the
    store, cannot hold it): each becomes U+FFFD."""
    if not text.isascii():  # a flag of the string: most articles need none of these scans
        text = replace_lone_surrogates(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        # Four scans for one character each are far cheaper than the alternation's scan, and
        # most texts have none (0.053 -> 0.0003 ms per article).
        text = _LINE_SEPARATOR.sub("\n", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text)  # a soft hyphen at a line end always joins
        text = text.replace("\u00ad", "")
    return _INVISIBLE.sub("", text)


def rejoin_hyphenated(text: str) -> str:
    """Join words hyphenated at a line break; keep the hyphen of real compounds."""
    out: list[str] = []
    done = 0
    for gap in _HYPHEN_GAP.finditer(text):
        left = _WORD_BEFORE.search(text, max(done, gap.start() - 60), gap.start())
        right = _WORD_AFTER.match(text, gap.end())
        if left is None or right is None:
            continue
        if (left.start() and text[left.start() - 1].isdigit()) or not joins_across_hyphen(
            left.group(), right.group()
        ):
            # A real hyphen: drop the line break, but leave "pre- and post-war" as it was.
            if "\n" not in gap.group():
                continue
            joined = f"{left.group()}-{right.group()}"
        else:
            joined = left.group() + right.group()
        out.append(text[done : left.start()])
        out.append(joined)
        done = right.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def joins_across_hyphen(left: str, right: str) -> bool:
    """Was "left-" + line break + "right" one word hyphenated for layout, not a compound?"""
    if right[0].isupper() and not (left.isupper() and right.isupper()):
        return False  # "Syrian-Jordanian", "al-Qaeda", "pro-Assad"
    if len(left) == 1:
        return False  # layout never leaves one letter behind: "e-mail", "U-turn", "X-ray"
    if left.isupper() and not right.isupper():
        return False  # an acronym and a word: "US-backed", "SDF-aligned", "UN-mandated"
    joined = zipf(left + right)
    if left.lower() in hyphen_prefixes():
        # "de-feat" is "defeat", "re-main" "remain"; "de-conflict", "re-election" stay.
        return joined >= KNOWN_WORD and (
            joined >= PREFIXED_WORD or joined >= zipf(right) - PREFIX_MARGIN
        )
    if joined >= KNOWN_WORD and left.lower() in closed_prefixes():
        return True  # "over-state" is "overstate", "inter-national" "international"
    if joined >= KNOWN_WORD:
        # A known word, unless both halves are much more common words on their own:
        # "over-stated" is "overstated", "long-term" stays ("longterm" is rare).
        return joined >= min(zipf(left), zipf(right)) - COMPOUND_MARGIN
    if left.isupper():
        return False  # capitals on both sides and no known word: "AL-QAWALISH", "ITAR-TASS"
    # An unknown joined form: two words make a compound ("regime-change", "Kurdish-dominated",
    # "so-called"), and so does a name before a common word ("Gadhafi-controlled"); otherwise
    # it is a rare word or a name cut in two ("Lavren-tiev").
    right_common = zipf(right)
    left_is_word = zipf(left) >= COMMON_WORD or (left[0].isupper() and zipf(left) >= KNOWN_WORD)
    if left_is_word and len(right) >= 2 and right_common >= COMMON_WORD:
        return False
    return not (left[0].isupper() and len(right) >= 3 and right_common >= FREQUENT_WORD)


def restore_drop_capitals(text: str) -> str:
    """Reattach a drop capital to its word, or restore a lost one, where the evidence is clear.

    "T \\n\\nhe seventh round" -> "The seventh round". A paragraph that opens with a fragment that
    is no word (" ith the once") gets the one capital letter that makes it a frequent word, if
    exactly one does.
    """
    lines = text.split("\n")
    out: list[str] = []
    previous = ""  # the last line with text
    changed = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = _next_text_line(lines, index) if len(stripped) == 1 else None
        rest = _WORD_REST.match(lines[following]) if following is not None else None
        if rest and "A" <= stripped <= "Z" and _capital_fits(stripped, rest.group("rest")):
            line = line[: len(line) - len(line.lstrip())] + stripped + lines[following].lstrip()
            index = following  # the blank lines between the letter and its word go too
            changed = True
        elif stripped and (not out or not out[-1].strip()):
            fixed = _fix_paragraph_start(line, previous)
            changed = changed or fixed != line
            line = fixed
        out.append(line)
        previous = line if line.strip() else previous
        index += 1
    return "\n".join(out) if changed else text


def _next_text_line(lines: list[str], index: int) -> int | None:
    for following in range(index + 1, min(index + 4, len(lines))):
        if lines[following].strip():
            return following
    return None


def _capital_fits(letter: str, rest: str) -> bool:
    """The letter and the fragment make a common word, more common than the fragment alone."""
    joined = zipf(letter + rest)
    return joined >= COMMON_WORD and (zipf(rest) < COMMON_WORD or joined > zipf(rest))


def _fix_paragraph_start(line: str, previous: str) -> str:
    spaced = _SPACED_CAPITAL.match(line)
    if spaced and _capital_fits(spaced.group("letter"), spaced.group("rest")):
        return spaced.group("indent") + spaced.group("letter") + line[spaced.start("rest") :]
    lost = _LOST_CAPITAL.match(line)
    if lost is None or zipf(lost.group("rest")) >= COMMON_WORD or not _opens_paragraph(previous):
        return line
    rest = lost.group("rest")
    candidates = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if zipf(c + rest) >= FREQUENT_WORD]
    if len(candidates) != 1:
        return line
    return lost.group("indent") + candidates[0] + line[lost.start("rest") :]


def _opens_paragraph(previous: str) -> bool:
    """A lowercase start after a blank line is a column break mid-sentence unless the text
    before it ended a sentence or was a heading."""
    return not previous.strip() or ends_sentence(previous) or len(_WORDS.findall(previous)) <= 12


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines into paragraphs; paragraphs end up separated by one blank line.

    A text is hard-wrapped (a PDF column, an e-mail) when most lines stop mid-sentence; then lines
    are joined unless the next is indented or a list item. Otherwise each line is a paragraph,
    unless it stops mid-sentence and the next line goes on in lower case. Across blank lines,
    text is joined only where a sentence visibly continues (a column or page break). Runs of three
    or more blank lines become SECTION_BREAK.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    wrapped = width > 0
    paragraphs: list[list[str]] = []
    breaks: list[str] = []
    blank_run = 0
    previous = ""
    for line in lines:
        if not line.strip():
            blank_run += 1
            continue
        if not paragraphs:
            paragraphs.append([line.strip()])
            breaks.append("")
        elif blank_run >= 3:
            paragraphs.append([line.strip()])
            breaks.append(SECTION_BREAK)
        elif _continues(previous, line, blank_run, wrapped) and not (
            wrapped and _ends_paragraph(previous, width)
        ):
            paragraphs[-1].append(line.strip())
        else:
            paragraphs.append([line.strip()])
            breaks.append("\n\n")
        previous = line
        blank_run = 0
    out: list[str] = []
    for separator, parts in zip(breaks, paragraphs, strict=True):
        out.append(separator)
        out.append(_join_lines(parts))
    return "".join(out)


def _continues(previous: str, line: str, blank_run: int, wrapped: bool) -> bool:
    if _LIST_ITEM.match(line):
        return False
    mid_sentence = _ends_mid_sentence(previous)
    if blank_run:
        return mid_sentence and bool(_STARTS_LOWER.match(line)) and not line[:1].isspace()
    if line[:1].isspace():
        return False  # an indented line opens a paragraph (or a block in a PDF layout)
    if wrapped:
        return True
    return mid_sentence and bool(_STARTS_LOWER.match(line))


def _wrap_width(lines: list[str]) -> int:
    """The typical line length if the text is hard-wrapped, else 0.

    Wrapped prose: most lines stop mid-sentence, many of the next lines go on in lower case, and
    lines are short. A menu or a list of headlines stops without punctuation too, but its lines
    start with capitals.
    """
    pairs = broken = lower = 0
    lengths: list[int] = []
    for line, following in zip(lines, lines[1:], strict=False):
        if not line.strip():
            continue
        lengths.append(len(line.strip()))
        if following.strip():
            pairs += 1
            broken += not ends_sentence(line)
            lower += bool(_STARTS_LOWER.match(following))
    if pairs < MIN_WRAPPED_PAIRS:
        return 0
    lengths.sort()
    median = lengths[len(lengths) // 2]
    wrapped = broken >= pairs / 2 and lower >= pairs / 3 and median <= MAX_WRAP_WIDTH
    return median if wrapped else 0


def _ends_paragraph(line: str, width: int) -> bool:
    """In a wrapped layout, a sentence that stops well short of the margin ends its paragraph."""
    return ends_sentence(line) and len(line.strip()) < SHORT_LINE * width


def _join_lines(parts: list[str]) -> str:
    joined = parts[0]
    for part in parts[1:]:
        # "Syria/" + "Lebanon" is one token; everything else was separated by the line break.
        joined += part if joined.endswith("/") else " " + part
    return joined


def normalise_spaces(text: str) -> str:
    """One plain space between words; no space before a comma or full stop; words untouched."""
    text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if ",," in text or ", ," in text:
        text = _DOUBLE_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _COMMA_GLUED.sub(", ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# Paragraph steps work on (separator before, paragraph) pairs, parsed once for the whole chain;
# a dropped paragraph becomes "" so that the separator before it (maybe a section break) survives.
Paragraphs = list[tuple[str, str]]


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
    if paragraph.rstrip(_CLOSERS).endswith(("...", "…")):
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
        lowered = tail.lower()
        if not any(hint in lowered for hint in hints):
            return False
        match = credit.search(tail)
        if match is None:
            return False
        start = len(paragraph) - len(tail) + match.start()
        return _word_count(paragraph[:start]) <= MAX_CAPTION_WORDS

    return [(s, "" if caption(p) else p) for s, p in items]


def drop_repeats(items: Paragraphs) -> Paragraphs:
    """Drop the repeated copy of a paragraph: a caption or byline printed twice, or a pull quote
    that repeats words of the body verbatim. The longer original is kept."""
    keys = [_word_key(p) if p else "" for _, p in items]
    sizes = [key.count(" ") - 1 for key in keys]
    # Only a longer paragraph can contain a shorter one: lay them out longest first, so that
    # each candidate is looked for in the part of the haystack that can hold it.
    order = sorted(range(len(keys)), key=lambda i: -sizes[i])
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


PARAGRAPH_STEPS: tuple[Callable[[Paragraphs], Paragraphs], ...] = (
    drop_boilerplate,
    drop_teasers,
    drop_captions,
    drop_repeats,
)

TEXT_STEPS: tuple[Callable[[str], str], ...] = (
    normalise_unicode,
    ptb.restore,  # before anything that reads punctuation or words
    rejoin_hyphenated,
    restore_drop_capitals,
    unwrap_lines,
    normalise_spaces,
)


def clean(text: str) -> str:
    """Apply every cleaning step in order: the text steps, then the paragraph steps."""
    for step in TEXT_STEPS:
        text = step(text)
    items = split_paragraphs(text)
    for paragraph_step in PARAGRAPH_STEPS:
        items = paragraph_step(items)
    return render_paragraphs(items)


# ----------------------------------------------------------------------------- paragraphs


def split_paragraphs(text: str) -> Paragraphs:
    """(separator before, paragraph) pairs; the separator is "", "\n\n" or SECTION_BREAK."""
    items: Paragraphs = []
    separator = ""
    for index, part in enumerate(_PARAGRAPH_SPLIT.split(text)):
        if index % 2:
            if len(part) >= len(SECTION_BREAK):
                separator = SECTION_BREAK
            continue
        part = part.strip("\n")
        if part.strip():
            items.append(("" if not items else separator or "\n\n", part))
            separator = ""
    return items


def render_paragraphs(items: Paragraphs) -> str:
    """Join paragraphs; a dropped (empty) paragraph passes a section break on to the next one."""
    out: list[str] = []
    pending = ""
    for separator, paragraph in items:
        if separator == SECTION_BREAK:
            pending = SECTION_BREAK
        if not paragraph.strip():
            continue
        if out:
            out.append(pending or "\n\n")
        out.append(paragraph)
        pending = ""
    return "".join(out)


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))
