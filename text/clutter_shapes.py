"""The shapes of page clutter, read from text/clutter.txt, and the choice of those a text can
hold. `text.clutter` sets apart what they match; this module only reads and chooses them.

Each shape has a kind (where in the text it is looked for), a label (what clutter it is), its
compiled pattern, the pattern as written, examples (which tests run) and "needs": strings of
which the text must hold one for the pattern to be tried, a cheap test that spares most texts
most patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text.data import text_lines

KINDS = ("start", "every", "paragraph", "credit", "end", "lead", "before", "inline")
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True)
class Shape:
    kind: str
    label: str
    pattern: re.Pattern[str]
    source: str  # the pattern as written in the data file
    examples: tuple[str, ...]
    needs: tuple[str, ...]  # the text must hold one of these for the pattern to be tried


@cache
def shapes() -> tuple[Shape, ...]:
    """The shapes of text/clutter.txt, in file order, macros expanded."""
    return _read()[0]


@cache
def macros() -> dict[str, str]:
    """The [define] macros of text/clutter.txt, expanded."""
    return _read()[1]


@cache
def _read() -> tuple[tuple[Shape, ...], dict[str, str]]:
    defined: dict[str, str] = {}
    section: tuple[str, str] = ("", "")
    raw: list[tuple[str, str, str, list[str], list[str]]] = []
    for line in text_lines("text", "clutter.txt"):
        if line.startswith("[") and line.rstrip().endswith("]"):
            kind, _, label = line.strip()[1:-1].partition(" ")
            section = (kind, label)
            continue
        if section[0] == "define":
            name, _, pattern = line.partition(" = ")
            defined[name.strip()] = expand(pattern.strip(), defined)
        elif line.startswith("e.g. "):
            raw[-1][3].append(line[5:].replace("{NL}", "\n"))
        elif line.startswith("needs: "):
            listed = line[len("needs: ") :].replace("{BAR}", "\0").replace("{NL}", "\n")
            raw[-1][4].extend(n.replace("\0", "|") for n in listed.split("|"))
        else:
            raw.append((section[0], section[1], line.strip(), [], []))
    out = []
    for kind, label, pattern, examples, needs in raw:
        if kind not in KINDS:
            raise ValueError(f"clutter.txt: unknown section kind {kind!r}")
        flags = re.MULTILINE if kind == "end" else 0
        out.append(
            Shape(
                kind,
                label,
                re.compile(expand(pattern, defined), flags),
                pattern,
                tuple(examples),
                tuple(needs),
            )
        )
    return tuple(out), defined


def expand(pattern: str, macros: dict[str, str]) -> str:
    return _MACRO.sub(lambda m: macros[m.group(1)], pattern)


@cache
def of_kind(kind: str) -> tuple[Shape, ...]:
    """The shapes of a kind; "end" shapes that end anchored at the end of the text (\\Z) are
    kind "tail"."""
    if kind in ("end", "tail"):
        return tuple(
            s
            for s in shapes()
            if s.kind == "end" and s.source.endswith(("\\Z", "\\Z)")) == (kind == "tail")
        )
    return tuple(s for s in shapes() if s.kind == kind)


@dataclass(frozen=True)
class Found:
    shape: Shape
    match: re.Match[str]

    def groups(self) -> dict[str, str]:
        return {name: value for name, value in self.match.groupdict().items() if value}


@dataclass(frozen=True)
class Chosen:
    """Some shapes of one kind, each compiled once (in `shapes`), tried in file order. Combining
    them into one alternation would compile a new pattern for every subset the "needs" choose,
    which cost more than the matching it saves."""

    shapes: tuple[Shape, ...]

    def fullmatch(self, text: str) -> Found | None:
        for shape in self.shapes:
            if (match := shape.pattern.fullmatch(text)) is not None:
                return Found(shape, match)
        return None

    def match(self, text: str) -> Found | None:
        """The first shape that takes a non-empty prefix of text."""
        for shape in self.shapes:
            if (match := shape.pattern.match(text)) is not None and match.end():
                return Found(shape, match)
        return None

    def search(self, text: str, start: int = 0, end: int | None = None) -> Found | None:
        """The leftmost match of any shape; at one position, the first shape in file order."""
        best: Found | None = None
        stop = len(text) if end is None else end
        for shape in self.shapes:
            match = shape.pattern.search(text, start, stop)
            if match is not None and (best is None or match.start() < best.match.start()):
                best = Found(shape, match)
        return best

    def every(self, text: str, start: int = 0) -> list[Found]:
        """Every position where a shape matches (the first shape there), in text order."""
        found: dict[int, Found] = {}
        for shape in self.shapes:
            position = start
            while (match := shape.pattern.search(text, position)) is not None:
                found.setdefault(match.start(), Found(shape, match))
                position = match.start() + 1
        return [found[position] for position in sorted(found)]


@cache
def _needs_of(kind: str) -> tuple[str, ...]:
    return tuple(sorted({need for shape in of_kind(kind) for need in shape.needs}))


def active(kind: str, region: str) -> Chosen:
    """The shapes of a kind that the region of text they look at can hold (by their "needs").
    One scan of the region per string: far cheaper than the patterns."""
    present = {need for need in _needs_of(kind) if need in region}
    return Chosen(
        tuple(
            shape
            for shape in of_kind(kind)
            if not shape.needs or not present.isdisjoint(shape.needs)
        )
    )
