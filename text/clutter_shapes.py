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

from ahocorasick_rs import AhoCorasick

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
    # the lookbehind the pattern opens with, on its own, and its width (see _opening)
    opening: tuple[re.Pattern[str], int] | None = None


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
            defined[name.strip()] = word_trie(expand(pattern.strip(), defined))
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
        expanded = expand(pattern, defined)
        out.append(
            Shape(
                kind,
                label,
                re.compile(expanded, flags),
                pattern,
                tuple(examples),
                tuple(needs),
                _opening(expanded, flags),
            )
        )
    return tuple(out), defined


_LOOKBEHIND = "(?<="
_ZERO_WIDTH_ESCAPES = "bBAZ"


def _opening(expanded: str, flags: int) -> tuple[re.Pattern[str], int] | None:
    """The lookbehind a pattern opens with ("(?<=[.!?] )..."), compiled on its own, and its
    width: when it is a plain run of characters, classes and escapes (no group, alternation,
    repetition or anchor) at least two characters wide. A search for such a pattern tries
    every position of the text, where the lookbehind holds only after a sentence end or a
    paragraph break: the lookbehind found on its own (a scan the engine does at C speed) names
    those positions, and the pattern is matched there alone (see _search)."""
    if not expanded.startswith(_LOOKBEHIND):
        return None
    width, index, in_class = 0, len(_LOOKBEHIND), False
    while index < len(expanded):
        char = expanded[index]
        if char == "\\":
            if not in_class:
                if expanded[index + 1 : index + 2] in ("", *_ZERO_WIDTH_ESCAPES):
                    return None
                width += 1
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class, width = True, width + 1
            if expanded[index + 1 : index + 2] == "^":
                index += 1
            if expanded[index + 1 : index + 2] == "]":  # a "]" first in a class is a member
                index += 1
        elif char == ")":
            break
        elif char in "()|*+?{}^$":
            return None
        else:
            width += 1
        index += 1
    else:
        return None
    if width < 2:  # a one-character lookbehind (a space) holds at too many positions
        return None
    return re.compile(expanded[len(_LOOKBEHIND) : index], flags), width


_WORD_LIST = re.compile(r"\(\?:([A-Za-z'’]+(?:\|[A-Za-z'’]+)+)\)")


def word_trie(pattern: str) -> str:
    """A macro that is a list of plain words, "(?:The|A|An|And|...)", as the same words
    grouped by their letters, "(?:A(?:n(?:d)?)?|The|...)": the engine tries one branch per
    first letter instead of every word in turn (the word lists are tried at every space of
    every paragraph a caption shape reads). The words matched are the same, so a macro used
    inside a lookahead, where the order of the words cannot matter, finds what it found.
    Any other pattern is returned as it is."""
    listed = _WORD_LIST.fullmatch(pattern)
    if listed is None:
        return pattern
    trie: dict = {}
    for word in listed.group(1).split("|"):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branches(trie)})"


def _branches(node: dict) -> str:
    return "|".join(re.escape(char) + _rest(child) for char, child in sorted(node.items()) if char)


def _rest(node: dict) -> str:
    """What may follow a node's letter: its branches, optional when a word ends there."""
    if not node.keys() - {""}:
        return ""
    branches = _branches(node)
    if "" in node:
        return f"(?:{branches})?"
    return branches if len(node) == 1 else f"(?:{branches})"


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
            match = _search(shape, text, start, stop)
            if match is not None and (best is None or match.start() < best.match.start()):
                best = Found(shape, match)
        return best

    def every(self, text: str, start: int = 0) -> list[Found]:
        """Every position where a shape matches (the first shape there), in text order."""
        found: dict[int, Found] = {}
        for shape in self.shapes:
            position = start
            while (match := _search(shape, text, position, len(text))) is not None:
                found.setdefault(match.start(), Found(shape, match))
                position = match.start() + 1
        return [found[position] for position in sorted(found)]


def _search(shape: Shape, text: str, start: int, stop: int) -> re.Match[str] | None:
    """shape.pattern.search(text, start, stop). A pattern that opens with a plain lookbehind
    (Shape.opening) can only match right after where that lookbehind's own pattern matches:
    it is matched at those positions alone, in order, the first match being the one search
    would find. The lookbehind has one width, so where its pattern matches is where it holds;
    a lookbehind reads the text before start, so the scan starts that much earlier."""
    if shape.opening is None:
        return shape.pattern.search(text, start, stop)
    before, width = shape.opening
    position = max(0, start - width)
    while (found := before.search(text, position, stop)) is not None:
        if found.end() >= start and (match := shape.pattern.match(text, found.end(), stop)):
            return match
        position = found.start() + 1
    return None


@dataclass(frozen=True)
class _Chooser:
    """The shapes of one kind a text can hold. Which needs it holds is found in one scan of it
    for all the needs of two or more characters (an Aho-Corasick automaton: every occurrence,
    overlapping ones too), where a substring test for each cost more than a third of setting
    clutter apart. Single characters (and the empty need) are nearly always there: `in` finds
    them at once, where the automaton would list every occurrence. The few needs found then
    name their shapes through an index, instead of every shape testing its needs."""

    shapes: tuple[Shape, ...]
    free: frozenset[int]  # the shapes without needs, always tried
    by_need: dict[str, tuple[int, ...]]  # a need -> the shapes it lets be tried
    single: tuple[str, ...]
    longer: tuple[str, ...]
    automaton: AhoCorasick | None

    def needs_in(self, region: str) -> set[str]:
        found = {need for need in self.single if need in region}
        if self.automaton is None:
            return found
        try:
            found.update(self.automaton.find_matches_as_strings(region, overlapping=True))
        except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
            found.update(need for need in self.longer if need in region)
        return found

    def choose(self, region: str) -> tuple[Shape, ...]:
        chosen = set(self.free)
        for need in self.needs_in(region):
            chosen.update(self.by_need[need])
        return tuple(self.shapes[index] for index in sorted(chosen))


@cache
def _chooser(kind: str) -> _Chooser:
    shapes = of_kind(kind)
    by_need: dict[str, list[int]] = {}
    for index, shape in enumerate(shapes):
        for need in shape.needs:
            by_need.setdefault(need, []).append(index)
    longer = tuple(need for need in by_need if len(need) > 1)
    return _Chooser(
        shapes,
        frozenset(index for index, shape in enumerate(shapes) if not shape.needs),
        {need: tuple(indices) for need, indices in by_need.items()},
        tuple(need for need in by_need if len(need) <= 1),
        longer,
        AhoCorasick(longer) if longer else None,
    )


def active(kind: str, region: str) -> Chosen:
    """The shapes of a kind that the region of text they look at can hold (by their "needs"):
    one scan of the region, far cheaper than the patterns. In file order."""
    return Chosen(_chooser(kind).choose(region))
