"""Factboxes run into a story, told by the shape of a box's items rather than by their words.

Flattened BBC pages print a factbox where it stood in the page, without its title, each item a
line with no stop of its own; the list's numbers are printed at the end of the item before
them, and the box's last item runs on into the story's next sentence:

    Talks on the harbour's future 2.
    Ferries to sail on the winter timetable 3.
    Crews to be paid for the weeks lost However, the council said the plan ...

or, a box of labelled items (dates, steps), all on one line:

    3 May: Orsk council to close the quay Following 48 hours: ferries to sail at night
    Next step: All parties to meet the unions On Monday, the council said ...

A story's own list does not look so: its sentences close on a stop, and a story numbering its
points puts the number before the point. So:

- a numbered box is a run of paragraphs, each one item that ends, with no stop inside it, on
  the next item's number and a full stop, the numbers following one another from 2 (the first
  item's own number, printed before it, is lost with the box's title), at least MIN_ITEMS
  items with the last; the last item is the next paragraph, whole when it has no stop at its
  end, or up to where the story's sentence opens;
- a labelled box is a paragraph opening on a label and a colon, with at least MIN_ITEMS items
  each after its label: a label is one to MAX_LABEL_WORDS words opening in capitals or digits
  with no word of FACTBOXLABELNOT (text/clutter.txt: a speaker's "Kel Varga said: ...", a
  pronoun's "He added: ..."), no punctuation and no quotation; an item holds no stop nor
  quotation mark, and the next label runs on after its last word;
- a box's items are points, not a ranking or a table: every item opens on a word in capitals
  (a poll's "Much danger: 29 per cent" is a table's figures) and is MIN_ITEM_WORDS words or
  more, half of them in lower case, with no word of FACTBOXITEMNOT (a clause's finite verb,
  pronoun or conjunction: "He says that is why"); and the paragraph before a numbered box does
  not end on "1." (a list whose first number is printed is the text's own: "Top albums 1.");
- where one item ends and the next label or the story's sentence opens is the last (for a
  label, in capitals or digits) or first (for the story, in capitals) word after a lower-case
  word that is no function word ("... villages | Following 48 hours:", "... peacefully |
  However, the ..."), as text.clutter_clause_caption reads a caption's end; the story's
  sentence then runs on for MIN_STORY_WORDS words or more to its stop. Where no such place is
  found, the box is not taken: its words stay in the story.

The box is set apart as a caption, which stays available but never forms a passage. What is
left of the paragraph is the story's sentence, which holds no box, so the text cleans to
itself.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_shapes import macros

MIN_ITEMS = 3  # a box lists three points or more; two lines ending on numbers may be a score
MIN_ITEM_WORDS = 3  # "Authorities to free detainees"; a ranking's "Blackstar" is a title
MAX_ITEM_WORDS = 40  # a box's item is one line
MAX_LABEL_WORDS = 6  # "06:00 local time on 3 May"
MIN_STORY_WORDS = 6  # the story's sentence after the box's last item
_NUMBERED = re.compile(r"^(?P<item>[A-Z][^\n]*?[^\s.!?:;,]) (?P<number>\d{1,2})\.$")
_STOP_INSIDE = re.compile(r"[.!?][\"”’')]?(?=\s)")
_QUOTATION = re.compile(r"[\"“”]|``|''")
_LABEL_COLON = re.compile(r"(?<=\S):\s+(?=\S)")
_WORD = re.compile(r"\S+")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9][\w'’:.,-]*")
_CAPITAL = re.compile(r"(?:[\"“]|``)?[A-Z]")  # a sentence may open on a quotation
_LIST_OPENED = re.compile(r"(?:^|\s)1\.$")
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")
_LABEL_PUNCTUATION = re.compile(r"[,;()\[\]!?|–—]")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "not_label": re.compile(defined["FACTBOXLABELNOT"]),
        "not_item": re.compile(defined["FACTBOXITEMNOT"]),
    }


def factboxes(paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The factboxes among paragraphs, each as its pieces (paragraph index, end): the box is
    paragraphs[index][:end] for each piece, the rest of a paragraph being the story's."""
    boxes: list[list[tuple[int, int]]] = []
    index = 0
    while index < len(paragraphs):
        box = _numbered_box(paragraphs, index)
        if box:
            boxes.append(box)
            index = box[-1][0] + 1
            continue
        end = _labelled_box(paragraphs[index])
        if end is not None:
            boxes.append([(index, end)])
        index += 1
    return boxes


def _numbered_box(paragraphs: list[str], start: int) -> list[tuple[int, int]]:
    """The numbered box whose first item opens paragraphs[start], or an empty list."""
    if _numbered(paragraphs[start]) is None:
        return []  # most paragraphs: the pattern's test is only paid where the end says "N."
    if start > 0 and _LIST_OPENED.search(paragraphs[start - 1].rstrip()):
        return []  # "Top albums 1.": a list whose first number is printed is the text's own
    pieces: list[tuple[int, int]] = []
    expected = 2
    index = start
    while index < len(paragraphs):
        found = _numbered(paragraphs[index])
        if found is None or int(found.group("number")) != expected:
            break
        if not _is_item(found.group("item")):
            break
        pieces.append((index, len(paragraphs[index])))
        expected += 1
        index += 1
    if not pieces:
        return []
    end = None
    if index < len(paragraphs):
        last = paragraphs[index]
        if _is_item(last.strip()) and not _STOP_INSIDE.search(last + " "):
            end = len(last)
        else:
            end = _story_opens(last)
    if end is None:
        # the last item not told from the story (or taken by another step): the numbered
        # items alone, when they are a box's length
        return pieces if len(pieces) >= MIN_ITEMS else []
    return [*pieces, (index, end)] if len(pieces) + 1 >= MIN_ITEMS else []


def _numbered(paragraph: str) -> re.Match[str] | None:
    """The paragraph read as a numbered item ending on the next item's number, or None; a
    paragraph that does not end on a digit and a stop is not tried (the pattern's lazy item
    would scan it to the end)."""
    end = paragraph.rstrip()
    if not end.endswith(".") or not end[-2:-1].isdigit():
        return None
    return _NUMBERED.match(end.lstrip())


def _labelled_box(paragraph: str) -> int | None:
    """Where the labelled box opening the paragraph ends, or None."""
    if paragraph.count(":") < MIN_ITEMS:
        return None  # fewer colons than a box has labels
    colons = list(_LABEL_COLON.finditer(paragraph))
    if len(colons) < MIN_ITEMS or not _is_label(paragraph[: colons[0].start()]):
        return None
    for colon, after in zip(colons, colons[1:], strict=False):
        segment = paragraph[colon.end() : after.start()]
        label = _last_boundary(segment)
        if label is None or not _is_item(segment[:label]) or not _is_label(segment[label:]):
            return None
    rest = paragraph[colons[-1].end() :]
    if _is_item(rest.strip()) and not _STOP_INSIDE.search(rest + " "):
        return len(paragraph)  # the box is the whole paragraph
    end = _story_opens(rest)
    return None if end is None else colons[-1].end() + end


def _is_item(item: str) -> bool:
    """Whether words read as one item of a box: a phrase of MIN_ITEM_WORDS to MAX_ITEM_WORDS
    words, half of them or more in lower case (a ranking's or a results table's names and
    titles are no points), with no stop, no quotation and no word of FACTBOXITEMNOT (a
    clause's finite verb, pronoun or conjunction: the story's sentence, not a box's point)."""
    words = item.split()
    lower = sum(1 for word in words if word[:1].islower())
    return (
        MIN_ITEM_WORDS <= len(words) <= MAX_ITEM_WORDS
        and words[0][:1].isupper()  # a point opens on a word, a table's cell on a figure
        and 2 * lower >= len(words)
        and not _STOP_INSIDE.search(item)
        and not _QUOTATION.search(item)
        and not any(_defined()["not_item"].fullmatch(word) for word in words)
    )


def _is_label(label: str) -> bool:
    """Whether words read as an item's label: a date, a time or a heading's few words."""
    words = label.split()
    return (
        0 < len(words) <= MAX_LABEL_WORDS
        and _CAPITAL_OR_DIGIT.fullmatch(words[0]) is not None
        and not _LABEL_PUNCTUATION.search(label)
        and not _QUOTATION.search(label)
        and not _STOP_INSIDE.search(label + " ")
        and not any(_defined()["not_label"].fullmatch(word) for word in words)
    )


def _boundaries(text: str, digits: bool = True) -> list[int]:
    """The offsets of every word in capitals (or digits, when digits: a label's date or time)
    after a lower-case word that is no function word: where one item of a box may end and
    what follows open."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    function = _defined()["function"]
    opens = _CAPITAL_OR_DIGIT if digits else _CAPITAL
    return [
        words[i][0]
        for i in range(1, len(words))
        if opens.match(words[i][1])
        and words[i][1] != "I"
        and _LOWER_WORD.fullmatch(words[i - 1][1])
        and not function.fullmatch(words[i - 1][1])
    ]


def _last_boundary(segment: str) -> int | None:
    found = _boundaries(segment)
    return found[-1] if found else None


def _story_opens(text: str) -> int | None:
    """Where the story's sentence opens after a box's last item in text: the first boundary,
    the item before it one item, the sentence after it running on to its stop. A sentence
    opens in capitals: "... off | 1km from the coast" is the item's own number."""
    found = _boundaries(text, digits=False)
    if not found:
        return None
    end = found[0]
    story = text[end:]
    stop = _STOP_INSIDE.search(story + " ")
    if not _is_item(text[:end]) or stop is None:
        return None
    if len(story[: stop.start()].split()) < MIN_STORY_WORDS:
        return None
    return end
