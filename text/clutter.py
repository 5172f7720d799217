"""Page clutter set apart from an article's own text, with what it tells kept as metadata.

Web pages, wire feeds and pasted text wrap an article in furniture that is not its text: page
stamps and wire datelines ("LONDON (Reuters) -"), bylines, photo captions, "Story highlights"
blocks, teasers of other stories, tag lists, share and newsletter lines, site footers and reader
comments. Left in, they become passages, events and relations ("IS NATO SUPPORTING BIN LADEN NOW
???" read as a relation). `set_apart` takes them out of a cleaned article text and returns them
labelled, together with what the clutter says about the article: the outlet, place and date of a
dateline and the author of a byline. The shapes are data (text/clutter.txt), each with examples.

Runs on text that `text.clean.clean` has repaired (one paragraph a line, blank lines between).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LEAD_CHARS = 300  # "lead" shapes are looked for this far into the text
START_PARAGRAPHS = 3  # datelines, stamps and bylines open one of the first paragraphs
MAX_START_STRIPS = 4  # a stamp, a byline, a dateline, a short-link widget in a row
MAX_HIGHLIGHT_POINTS = 6  # the points under "Story highlights"
MAX_HIGHLIGHT_WORDS = 30
KINDS = ("start", "paragraph", "end", "lead")
_MACRO = re.compile(r"\{([A-Z]+)\}")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Shape:
    kind: str
    label: str
    pattern: re.Pattern[str]
    source: str  # the pattern as written in the data file
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Clutter:
    label: str
    text: str


@dataclass
class Sorted:
    """An article's own text, the clutter set apart from it, and what the clutter told."""

    text: str
    clutter: list[Clutter] = field(default_factory=list)
    outlet: str | None = None
    place: str | None = None
    date: str | None = None  # as printed, see dateline_date
    author: str | None = None

    def labels(self) -> list[str]:
        return [c.label for c in self.clutter]


# ----------------------------------------------------------------------------- data


@cache
def shapes() -> tuple[Shape, ...]:
    """The shapes of text/clutter.txt, in file order, macros expanded."""
    text = resources.files("text").joinpath("clutter.txt").read_text(encoding="utf-8")
    macros: dict[str, str] = {}
    section: tuple[str, str] = ("", "")
    raw: list[tuple[str, str, str, list[str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            kind, _, label = line.strip()[1:-1].partition(" ")
            section = (kind, label)
            continue
        if section[0] == "define":
            name, _, pattern = line.partition(" = ")
            macros[name.strip()] = _expand(pattern.strip(), macros)
        elif line.startswith("e.g. "):
            raw[-1][3].append(line[5:])
        else:
            raw.append((section[0], section[1], line.strip(), []))
    out = []
    for kind, label, pattern, examples in raw:
        if kind not in KINDS:
            raise ValueError(f"clutter.txt: unknown section kind {kind!r}")
        flags = re.MULTILINE if kind == "end" else 0
        out.append(Shape(kind, label, re.compile(_expand(pattern, macros), flags), pattern,
                         tuple(examples)))
    return tuple(out)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return _MACRO.sub(lambda m: macros[m.group(1)], pattern)


@cache
def _of_kind(kind: str) -> tuple[Shape, ...]:
    return tuple(s for s in shapes() if s.kind == kind)


# ----------------------------------------------------------------------------- setting apart


def set_apart(text: str) -> Sorted:
    """The article's own text with every paragraph and prefix of clutter taken out."""
    result = Sorted(text)
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    paragraphs = _cut_end_matter(paragraphs, result)
    paragraphs = _drop_clutter_paragraphs(paragraphs, result)
    _strip_starts(paragraphs, result)
    _strip_lead(paragraphs, result)
    result.text = "\n\n".join(p for p in paragraphs if p.strip())
    return result


def _cut_end_matter(paragraphs: list[str], result: Sorted) -> list[str]:
    """Comments, tag lists and footers close a page: from the first of them on, all is clutter.
    Never the first paragraph's start: a text that opens so is not an article's end."""
    for index, paragraph in enumerate(paragraphs):
        for shape in _of_kind("end"):
            match = shape.pattern.search(paragraph)
            if match is None or (index == 0 and match.start() == 0):
                continue
            kept = paragraph[: match.start()].rstrip()
            rest = [paragraph[match.start():], *paragraphs[index + 1:]]
            result.clutter.append(Clutter(shape.label, "\n\n".join(rest)))
            return [*paragraphs[:index], kept] if kept else paragraphs[:index]
    return paragraphs


def _drop_clutter_paragraphs(paragraphs: list[str], result: Sorted) -> list[str]:
    kept: list[str] = []
    highlights = 0  # points still to take under a "Story highlights" heading
    for paragraph in paragraphs:
        if (highlights and len(paragraph.split()) <= MAX_HIGHLIGHT_WORDS
                and paragraph.rstrip("\"'”’)")[-1:] not in ".!?"):
            # The points are headline-like: short, without a full stop.
            result.clutter.append(Clutter("highlights", paragraph))
            highlights -= 1
            continue
        highlights = 0
        shape = _whole_paragraph_shape(paragraph)
        if shape is None:
            kept.append(paragraph)
            continue
        result.clutter.append(Clutter(shape.label, paragraph))
        if shape.label == "highlights":
            highlights = MAX_HIGHLIGHT_POINTS
        if shape.label == "byline" and result.author is None:
            match = shape.pattern.fullmatch(paragraph)
            result.author = match.groupdict().get("author") if match else None
    return kept


def _whole_paragraph_shape(paragraph: str) -> Shape | None:
    if len(paragraph) > 700:
        return None  # every shape is shorter: spare long paragraphs the patterns
    for shape in _of_kind("paragraph"):
        if shape.pattern.fullmatch(paragraph):
            return shape
    return None


def _strip_starts(paragraphs: list[str], result: Sorted) -> None:
    for index in range(min(START_PARAGRAPHS, len(paragraphs))):
        paragraph = paragraphs[index]
        for _ in range(MAX_START_STRIPS):
            for shape in _of_kind("start"):
                match = shape.pattern.match(paragraph)
                if match and match.end():
                    _keep_metadata(match, result)
                    result.clutter.append(Clutter(shape.label, match.group().strip()))
                    paragraph = paragraph[match.end():].lstrip(" |-–—:_")
                    break
            else:
                break
        paragraphs[index] = paragraph


def _strip_lead(paragraphs: list[str], result: Sorted) -> None:
    if not paragraphs:
        return
    first = paragraphs[0]
    for shape in _of_kind("lead"):
        match = shape.pattern.search(first, 0, LEAD_CHARS)
        if match and match.end():
            _keep_metadata(match, result)
            result.clutter.append(Clutter(shape.label, match.group()))
            first = (first[: match.start()].rstrip() + " " + first[match.end():].lstrip()).strip()
    paragraphs[0] = first


def _keep_metadata(match: re.Match[str], result: Sorted) -> None:
    found = {k: v for k, v in match.groupdict().items() if v}
    if "outlet" in found and result.outlet is None:
        result.outlet = found["outlet"]
    if "place" in found and result.place is None:
        result.place = found["place"]
    date = found.get("date") or found.get("date2")
    if date and result.date is None:
        result.date = date
    if "author" in found and result.author is None:
        result.author = found["author"]
