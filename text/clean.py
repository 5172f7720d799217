"""Clean decoded article text into prose: a chain of small steps, each its own tested function.

Articles arrive as copy-pasted web pages or PDF text layers: words hyphenated at line ends, hard
line wraps, drop capitals torn off their word, navigation labels, teaser cards, photo captions and
pull quotes. The steps repair or remove these without changing a single word of the article, so
that every later quote is verbatim. Decisions about words use wordfreq's English frequencies
(a dictionary lookup once loaded); patterns and word lists live in data files beside this module.

After `clean`, paragraphs are separated by one blank line ("\n\n"); a run of three or more blank
lines in the input, which separates articles in a pasted collection, is kept as SECTION_BREAK.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from wordfreq import zipf_frequency

SECTION_BREAK = "\n\n\n\n"

# zipf thresholds: 1 is once per billion words, 3 once per million, 6 once per thousand.
KNOWN_WORD = 2.0  # rarer "words" in wordfreq are mostly run-together compounds (wellknown)
COMMON_WORD = 3.0  # a fragment this frequent is a word in its own right ("backed", "change")
PREFIXED_WORD = 3.5  # prefix + word this common is written closed: "remain", "export"
FREQUENT_WORD = 4.0  # a restored drop capital must make a word at least this frequent
MAX_WRAP_WIDTH = 100  # lines of a wrapped layout (PDF column, e-mail) are shorter than this
SHORT_LINE = 0.7  # ... and a line ending a paragraph stops short of the others
MAX_CAPTION_WORDS = 45
MAX_TEASER_TITLE_WORDS = 20
MAX_TEASER_SNIPPET_WORDS = 80
MAX_BOILERPLATE_WORDS = 80
MIN_REPEAT_WORDS = 3  # "Serge Jordan, CWI" printed twice is a repeat; "Context" twice is not
MIN_CONTAINED_WORDS = 6  # shorter phrases recur in prose naturally
MAX_CONTAINED_WORDS = 60  # pull quotes and captions are short; a longer repeat is content

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ODD_SPACE = re.compile("[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATOR = re.compile("\r\n?|[\u2028\u2029\x85]")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")

# A word fragment, a hyphen, a line break (at most two blank lines, as between columns), and the
# rest of the word; or a hyphen followed by one space inside a line ("Rus- sia"), left over from
# an extraction that turned the line break into a space.
_HYPHEN_BREAK = re.compile(
    r"(?P<left>[^\W\d_]+)-(?:[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*| (?=[a-z]))(?P<right>[^\W\d_]+)"
)
# A capital alone on its line, the rest of its word further down: "T \n\nhe seventh round".
_DROP_CAPITAL_ALONE = re.compile(
    r"(?m)^(?P<indent>[ \t]*)(?P<letter>[A-Z])[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<rest>[a-z]+)\b"
)
# A capital split off by a space at the start of a paragraph: "T he seventh round".
_DROP_CAPITAL_SPACED = re.compile(
    r"(?:\A|(?<=\n\n))(?P<indent>[ \t]*)(?P<letter>[B-HJ-Z]) (?P<rest>[a-z]+)\b"
)
# A paragraph whose first letter was lost entirely: " ith the once seemingly".
_LOST_CAPITAL = re.compile(r"(?:\A|(?<=\n\n))(?P<indent>[ \t]*)(?P<rest>[a-z]+)(?=[ ,;])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪◦●■\-–*]|\d{1,2}[.)])[ \t]+\S")
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_ENDS_MID_SENTENCE = re.compile(r"[^\W_][,]?\s*$|,\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-z]")
_PARAGRAPH_SPLIT = re.compile(r"(\n{2,})")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +([,;]|\.(?!\.))")
_COMMA_GLUED = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])")
_DOUBLE_COMMA = re.compile(r",(?: ?,)+")
_WORDS = re.compile(r"[^\W_]+")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*\s*$")
_TERMINAL = re.compile(r"[.,;:][\"'”’)\]]*\s*$")


# ----------------------------------------------------------------------------- data files


def _data_lines(name: str) -> list[str]:
    text = resources.files("text").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@cache
def hyphen_prefixes() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("hyphen_prefixes.txt"))


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
def _teaser_heading() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in _boilerplate_sections()["teaser-heading"])
    return re.compile(rf"(?:{alternatives})\W*", re.IGNORECASE)


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
    """NFC, one kind of line break, no invisible or control characters, no soft hyphens."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_SEPARATOR.sub("\n", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)  # a soft hyphen at a line end always joins
    text = text.replace("\u00ad", "")
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)


def rejoin_hyphenated(text: str) -> str:
    """Join words hyphenated at a line break; keep the hyphen of real compounds."""
    return _HYPHEN_BREAK.sub(_rejoin, text)


def _rejoin(match: re.Match[str]) -> str:
    left, right = match.group("left"), match.group("right")
    before = match.string[match.start() - 1] if match.start() else ""
    if before.isdigit():  # "2nd-\nlargest"
        return f"{left}-{right}"
    return left + right if joins_across_hyphen(left, right) else f"{left}-{right}"


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
        # "de-feat" is "defeat"; "de-conflict" and "re-election" keep their hyphen.
        return joined >= KNOWN_WORD and (joined >= PREFIXED_WORD or joined > zipf(right))
    if joined >= KNOWN_WORD:
        return True
    # An unknown joined form: two words make a compound ("regime-change", "Kurdish-dominated");
    # otherwise it is a rare word or a name cut in two ("Lavren-tiev").
    left_is_word = len(left) >= 3 and (zipf(left) >= COMMON_WORD or left[0].isupper())
    right_is_word = len(right) >= 2 and zipf(right) >= COMMON_WORD
    return not (left_is_word and right_is_word)


def restore_drop_capitals(text: str) -> str:
    """Reattach a drop capital to its word, or restore a lost one, where the evidence is clear.

    "T \\n\\nhe seventh round" -> "The seventh round". A paragraph that opens with a fragment that
    is no word (" ith the once") gets the one capital letter that makes it a frequent word, if
    exactly one does.
    """
    text = _DROP_CAPITAL_ALONE.sub(_attach_capital, text)
    text = _DROP_CAPITAL_SPACED.sub(_attach_capital, text)
    return _LOST_CAPITAL.sub(_restore_capital, text)


def _attach_capital(match: re.Match[str]) -> str:
    letter, rest = match.group("letter"), match.group("rest")
    joined = zipf(letter + rest)
    if joined >= COMMON_WORD and (zipf(rest) < COMMON_WORD or joined > zipf(rest)):
        return match.group("indent") + letter + rest
    return match.group(0)


def _restore_capital(match: re.Match[str]) -> str:
    rest = match.group("rest")
    if zipf(rest) >= COMMON_WORD or not _opens_paragraph(match.string, match.start()):
        return match.group(0)
    candidates = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if zipf(c + rest) >= FREQUENT_WORD]
    if len(candidates) != 1:
        return match.group(0)
    return match.group("indent") + candidates[0] + rest


def _opens_paragraph(text: str, start: int) -> bool:
    """A lowercase start after a blank line is a column break mid-sentence unless the text
    before it ended a sentence or was a heading."""
    before = text[:start].rstrip()
    if not before:
        return True
    last_line = before.rsplit("\n", 1)[-1]
    return bool(_ENDS_SENTENCE.search(last_line)) or len(_WORDS.findall(last_line)) <= 12


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
                wrapped and _ends_paragraph(previous, width)):
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
    mid_sentence = bool(_ENDS_MID_SENTENCE.search(previous)) or previous.rstrip().endswith("/")
    if blank_run:
        return mid_sentence and bool(_STARTS_LOWER.match(line)) and not line[:1].isspace()
    if line[:1].isspace():
        return False  # an indented line opens a paragraph (or a block in a PDF layout)
    if wrapped:
        return True
    return mid_sentence and bool(_STARTS_LOWER.match(line))


def _wrap_width(lines: list[str]) -> int:
    """The typical line length if most consecutive lines break mid-sentence and lines are short
    (a wrapped layout), else 0."""
    pairs = 0
    broken = 0
    lengths: list[int] = []
    for line, following in zip(lines, lines[1:], strict=False):
        if not line.strip():
            continue
        lengths.append(len(line.strip()))
        if following.strip():
            pairs += 1
            if not _ENDS_SENTENCE.search(line):
                broken += 1
    if pairs < 4 or not lengths:
        return 0
    lengths.sort()
    median = lengths[len(lengths) // 2]
    return median if broken >= pairs / 2 and median <= MAX_WRAP_WIDTH else 0


def _ends_paragraph(line: str, width: int) -> bool:
    """In a wrapped layout, a sentence that stops well short of the margin ends its paragraph."""
    return bool(_ENDS_SENTENCE.search(line)) and len(line.strip()) < SHORT_LINE * width


def _join_lines(parts: list[str]) -> str:
    joined = parts[0]
    for part in parts[1:]:
        # "Syria/" + "Lebanon" is one token; everything else was separated by the line break.
        joined += part if joined.endswith("/") else " " + part
    return joined


def normalise_spaces(text: str) -> str:
    """One plain space between words; no space before a comma or full stop; words untouched."""
    text = _ODD_SPACE.sub(" ", text)
    text = _MULTI_SPACE.sub(" ", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _COMMA_GLUED.sub(", ", text)
    text = _MULTI_SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def strip_boilerplate(text: str) -> str:
    """Drop paragraphs that are page furniture: navigation, share and subscribe lines, cookie
    notices, publication stamps left without a date."""
    pattern = _boilerplate_line()
    return _filter_paragraphs(text, lambda p: not (
        _word_count(p) <= MAX_BOILERPLATE_WORDS and pattern.fullmatch(p) is not None))


def strip_teasers(text: str) -> str:
    """Drop "Latest articles", "Related", "Read more" headings and the teaser cards after them."""
    heading = _teaser_heading()
    items = _split_paragraphs(text)
    keep: list[tuple[str, str]] = []
    in_teasers = False
    for separator, paragraph in items:
        if heading.fullmatch(paragraph):
            in_teasers = True
            keep.append((separator, ""))
        elif in_teasers and separator != SECTION_BREAK and _is_teaser(paragraph):
            keep.append((separator, ""))
        else:
            in_teasers = False
            keep.append((separator, paragraph))
    return _render(keep)


def _is_teaser(paragraph: str) -> bool:
    words = _word_count(paragraph)
    if _ELLIPSIS_END.search(paragraph):
        return words <= MAX_TEASER_SNIPPET_WORDS
    return words <= MAX_TEASER_TITLE_WORDS and not _TERMINAL.search(paragraph)


def strip_captions(text: str) -> str:
    """Drop photo credits and captions: a credit alone, or a short paragraph ending in one."""
    credit = _credit_at_end()

    def keep(paragraph: str) -> bool:
        match = credit.search(paragraph)
        if match is None:
            return True
        return _word_count(paragraph[: match.start()]) > MAX_CAPTION_WORDS

    return _filter_paragraphs(text, keep)


def drop_repeated_paragraphs(text: str) -> str:
    """Drop the repeated copy of a paragraph: a caption or byline printed twice, or a pull quote
    that repeats words of the body verbatim. The longer original is kept."""
    items = _split_paragraphs(text)
    keys = [" " + " ".join(_WORDS.findall(p.lower())) + " " for _, p in items]
    haystack = "\n".join(keys)
    copies: dict[str, int] = {}
    for key in keys:
        copies[key] = copies.get(key, 0) + 1
    seen: set[str] = set()
    keep: list[tuple[str, str]] = []
    for item, key in zip(items, keys, strict=True):
        words = key.count(" ") - 1
        repeated = words >= MIN_REPEAT_WORDS and key in seen
        contained = (MIN_CONTAINED_WORDS <= words <= MAX_CONTAINED_WORDS
                     and haystack.count(key) > copies[key])
        seen.add(key)
        # An emptied paragraph hands its separator (maybe a section break) on to the next one.
        keep.append((item[0], "") if repeated or contained else item)
    return _render(keep)


def tidy(text: str) -> str:
    """No empty paragraphs; one blank line between paragraphs; section breaks kept once."""
    return _render(_split_paragraphs(text)).strip("\n")


STEPS: tuple[Callable[[str], str], ...] = (
    normalise_unicode,
    rejoin_hyphenated,
    restore_drop_capitals,
    unwrap_lines,
    normalise_spaces,
    strip_boilerplate,
    strip_teasers,
    strip_captions,
    drop_repeated_paragraphs,
    tidy,
)


def clean(text: str) -> str:
    """Apply every cleaning step in order."""
    for step in STEPS:
        text = step(text)
    return text


# ----------------------------------------------------------------------------- paragraphs


def _split_paragraphs(text: str) -> list[tuple[str, str]]:
    """(separator before, paragraph) pairs; the separator is "", "\n\n" or SECTION_BREAK."""
    parts = _PARAGRAPH_SPLIT.split(text)
    items: list[tuple[str, str]] = []
    separator = ""
    for index, part in enumerate(parts):
        if index % 2:
            separator = SECTION_BREAK if len(part) >= 4 or separator == SECTION_BREAK else "\n\n"
            continue
        if part.strip():
            items.append(("" if not items else separator or "\n\n", part))
            separator = ""
        elif index and len(parts[index - 1]) >= 4:
            separator = SECTION_BREAK
    return items


def _render(items: list[tuple[str, str]]) -> str:
    """Join paragraphs; an empty paragraph passes a section break on to the next one."""
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


def _filter_paragraphs(text: str, keep: Callable[[str], bool]) -> str:
    """Drop paragraphs for which keep() is False; a section break before one survives it."""
    return _render([(s, p if keep(p) else "") for s, p in _split_paragraphs(text)])


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))
