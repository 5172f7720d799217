"""The shapes of page clutter, read from text/clutter.txt, and the choice of those a text can
hold. `text.clutter` sets apart what they match; this module only reads and chooses them.

Each shape has a kind (where in the text it is looked for), a label (what clutter it is), its
compiled pattern, the pattern as written, examples (which tests run) and "needs": strings of
which the text must hold one for the pattern to be tried, a cheap test that spares most texts
most patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ahocorasick_rs import AhoCorasick

from text.data import text_lines
from text.pattern_source import class_end, group_end, structure

KINDS = ("start", "every", "paragraph", "credit", "end", "lead", "before", "inline")
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True, eq=False)
class Shape:
    kind: str
    label: str
    expanded: str  # the pattern with its macros expanded
    flags: int
    source: str  # the pattern as written in the data file
    examples: tuple[str, ...]
    needs: tuple[str, ...]  # the text must hold one of these for the pattern to be tried
    # the pattern's first-character test: char -> whether a match can start with it
    firsts: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    # Rewritten and compiled when first tried, not when the file is read: a text is tried
    # against about 20 of the 185 shapes, and compiling them all took a new process over a
    # second, which every one-article `sitrep ingest` paid.
    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self._rewritten, self.flags)

    @cached_property
    def opening(self) -> Opening | None:
        """Where the pattern can start, when its opening says (see _opening)."""
        return _opening(self._rewritten, self.flags)

    @cached_property
    def _rewritten(self) -> str:
        return greedy_lookaheads(self.expanded, self.flags)

    def can_start_with(self, char: str) -> bool:
        """Whether a non-empty match of the pattern can open with char (read from the parsed
        pattern, remembered per character): a paragraph whose first character no match can
        open with is spared the pattern."""
        known = self.firsts.get(char)
        if known is None:
            known = self.firsts[char] = _can_start_with(self.pattern, char)
        return known


@cache
def shapes() -> tuple[Shape, ...]:
    """The shapes of text/clutter.txt, in file order, macros expanded."""
    return _read()[0]


def compile_all() -> None:
    """Compile every shape now (a long-lived process, in its warm-up), not as texts need them."""
    for shape in shapes():
        shape.pattern, shape.opening  # noqa: B018  (cached properties, read for their effect)


@cache
def macros() -> dict[str, str]:
    """The [define] macros of text/clutter.txt, expanded."""
    return _read()[1]


@cache
def macro_pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """A [define] macro of text/clutter.txt compiled on its own, once a process: for the steps
    that look for one shape (a comment thread's stamp, a letter's signature) outside the
    shapes' scan."""
    return re.compile(macros()[name], flags)


@cache
def _read() -> tuple[tuple[Shape, ...], dict[str, str], dict[str, str]]:
    defined: dict[str, str] = {}
    written: dict[str, str] = {}  # the [define] macros as written, for "needs" naming one
    section: tuple[str, str] = ("", "")
    raw: list[tuple[str, str, str, list[str], list[str]]] = []
    for line in text_lines("text", "clutter.txt"):
        if line.startswith("[") and line.rstrip().endswith("]"):
            kind, _, label = line.strip()[1:-1].partition(" ")
            section = (kind, label)
            continue
        if section[0] == "define":
            name, _, pattern = line.partition(" = ")
            written[name.strip()] = pattern.strip()
            defined[name.strip()] = word_trie(expand(pattern.strip(), defined))
        elif line.startswith("e.g. "):
            raw[-1][3].append(line[5:].replace("{NL}", "\n"))
        elif line.startswith("needs: "):
            listed = line[len("needs: ") :].replace("{BAR}", "\0").replace("{NL}", "\n")
            for need in listed.split("|"):
                raw[-1][4].extend(_needs_named(need.replace("\0", "|"), written))
        else:
            raw.append((section[0], section[1], line.strip(), [], []))
    out = []
    for kind, label, pattern, examples, needs in raw:
        if kind not in KINDS:
            raise ValueError(f"clutter.txt: unknown section kind {kind!r}")
        flags = re.MULTILINE if kind == "end" else 0
        expanded = expand(pattern, defined)
        out.append(Shape(kind, label, expanded, flags, pattern, tuple(examples), tuple(needs)))
    return tuple(out), defined, written


_NAMED_NEED = re.compile(r"(.*?)\{([A-Z]+)\}(.*)", re.DOTALL)
# "-": "ITAR-TASS"; "•", "·": the bullets of {BULLET}
_PLAIN_WORDS = re.compile(r"\(\?:([A-Za-z •·-]+(?:\|[A-Za-z •·-]+)*)\)")


@cache
def macro_words(name: str) -> tuple[str, ...]:
    """The plain words a [define] macro of text/clutter.txt lists ("(?:Photo|Picture|Image)"),
    for a step's plain test before its pattern."""
    words = _PLAIN_WORDS.fullmatch(_read()[2].get(name, ""))
    if words is None:
        raise ValueError(f"clutter.txt: {{{name}}} is no macro of plain words")
    return tuple(words[1].split("|"))


def _needs_named(need: str, written: dict[str, str]) -> list[str]:
    """A "needs" string, or, for "before{NAME}after" where NAME is a [define] macro listing
    plain words ("(?:Meanwhile|However|Since then)"), each of its words between before and
    after, so that a shape need not list a macro's words again. A need naming any other macro
    is an error: left as it stands, it could never occur in a text and the shape would never be
    tried."""
    named = _NAMED_NEED.fullmatch(need)
    if named is None:
        return [need]
    before, name, after = named.groups()
    words = _PLAIN_WORDS.fullmatch(written.get(name, ""))
    if words is None or "{" in after:
        raise ValueError(f"clutter.txt: needs {need!r}: {{{name}}} is no macro of plain words")
    return [before + word + after for word in words[1].split("|")]


_LOOKBEHIND = "(?<="
_ZERO_WIDTH_ESCAPES = "bBAZ"
_LINE_STARTS = ("^", "(?<![^\\n])")  # "^" only under re.MULTILINE


@dataclass(frozen=True)
class Opening:
    """Where a pattern can start, read from how it opens: right after a plain lookbehind
    ("(?<=[.!?] )..."), at a line's start ("^..." under re.MULTILINE), or either
    ("(?:^|(?<=[.)] ))..."), or branches of a top-level alternation that each open so. A search
    for such a pattern tries every position of the text, where the opening holds at few: each
    way of opening is searched as its characters followed by the rest of the pattern ("[.!?]
    (?:...)", "\\n(?:...)", or " (?<=[a-z] )(?:...)": see _scan), which the engine scans for at
    C speed, a literal or a class first; the pattern itself is then matched at the nearest start
    found (see _search). at_start: the pattern may also start at the text's start."""

    # each way's scan, and the width of what it reads before the pattern's start
    scans: tuple[tuple[re.Pattern[str], int], ...]
    at_start: bool


def _opening(expanded: str, flags: int) -> Opening | None:
    """The Opening of a pattern that opens with a plain lookbehind (a run of characters,
    classes and escapes, no group, alternation, repetition or anchor), a line start, or a
    group of these as alternatives; or of an alternation at the top level each of whose
    branches so opens (the pattern matches where its nearest branch does, the first branch
    there winning, which matching the pattern at that start gives); None for any other pattern
    (searched as written)."""
    branches = _top_branches(expanded)
    if len(branches) > 1 and _NUMBERED_REFERENCE.search(expanded):
        return None  # a branch scanned alone would number its groups otherwise
    scans: list[tuple[re.Pattern[str], int]] = []
    at_start = False
    for branch in branches:
        opened = _ways(branch, flags)
        if opened is None:
            return None
        ways, rest = opened
        try:
            scans.extend(_scan(way, rest, flags) for way in ways)
        except re.error:  # a branch naming a group of another one: searched as written
            return None
        at_start = at_start or "" in ways
    return Opening(tuple(scans), at_start)


_NUMBERED_REFERENCE = re.compile(r"\\[1-9]")
# the commonest letter of English prose: a class that holds it is met at most characters
_PROSE_LETTER = "e"


def _top_branches(expanded: str) -> list[str]:
    """The branches of an alternation at the pattern's top level (the pattern alone when it
    has none)."""
    cuts = [index for index, char, depth in structure(expanded) if char == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(expanded)], strict=True)
    return [expanded[start + 1 : end] for start, end in bounds]


def _ways(expanded: str, flags: int) -> tuple[list[str], str] | None:
    """The ways a pattern (with no alternation at its top level) opens, each the characters of
    a plain lookbehind or "" for a line start, and the rest of the pattern; None when it
    does not open so."""
    ways: list[str] = []
    if expanded.startswith("(?:"):
        index, in_group = 3, True
    else:
        index, in_group = 0, False
    while True:
        line_start = next((o for o in _LINE_STARTS if expanded.startswith(o, index)), None)
        if line_start is not None:
            if line_start == "^" and not flags & re.MULTILINE:
                return None
            ways.append("")
            index += len(line_start)
        elif expanded.startswith(_LOOKBEHIND, index):
            end = _lookbehind_end(expanded, index + len(_LOOKBEHIND))
            if end is None:
                return None
            ways.append(expanded[index + len(_LOOKBEHIND) : end])
            index = end + 1
        else:
            return None
        if not in_group:
            break
        if expanded.startswith("|", index):
            index += 1
            continue
        if not expanded.startswith(")", index):
            return None
        index += 1
        break
    rest = expanded[index:]
    if not _opens_then(rest):
        return None
    return ways, rest


def _scan(way: str, rest: str, flags: int) -> tuple[re.Pattern[str], int]:
    """The pattern a way of opening is searched for with, and the width of what it reads before
    the pattern's start: the way's characters and the rest ("[.!?] (?:...)", "\\n(?:...)" for
    a line start). Where the way opens with a class that holds letters and ends on plain
    characters ("[a-z] ", "[\\w.!?] "), those characters come first and the way is a lookbehind
    after them (" (?<=[a-z] )(?:...)"): the engine scans for a pattern's first character, and
    such a class would have it try the pattern at nearly every character of a text."""
    if not way:
        return re.compile(f"\n(?:{rest})", flags), 1
    items = _plain_items(way)
    literal = len(items)
    while literal > 0 and _is_literal(items[literal - 1], flags):
        literal -= 1
    if 0 < literal < len(items) and re.compile(items[0], flags).match(_PROSE_LETTER):
        tail = "".join(items[literal:])
        return re.compile(f"{tail}(?<={way})(?:{rest})", flags), _width(tail)
    return re.compile(f"{way}(?:{rest})", flags), _width(way)


def _plain_items(plain: str) -> list[str]:
    """The characters, classes and escapes of a plain run, each as written."""
    items, index = [], 0
    while index < len(plain):
        if plain[index] == "\\":
            end = index + 2
        elif plain[index] == "[":
            end = class_end(plain, index) or len(plain)
        else:
            end = index + 1
        items.append(plain[index:end])
        index = end
    return items


def _is_literal(item: str, flags: int) -> bool:
    """Whether a character, class or escape of a plain run matches one character only, as
    written (under the flags, as the pattern reads it)."""
    from re import _constants as c  # type: ignore[attr-defined]

    parsed = _parsed(item, flags)
    return len(parsed) == 1 and parsed[0][0] is c.LITERAL


def _opens_then(rest: str) -> bool:
    """Whether the pattern is its opening followed by rest: rest has no "|" outside its
    groups and classes (an alternation at the top level would take rest apart from the
    opening), and its parentheses and classes are closed."""
    for _, char, depth in structure(rest):
        if depth < 0 or (char == "|" and depth == 0) or char == "[":
            return False
        if not char:
            return depth == 0
    return False


def _lookbehind_end(expanded: str, index: int) -> int | None:
    """The index of the ")" closing a lookbehind whose characters start at index, when they
    are a plain run of characters, classes and escapes; else None."""
    in_class = False
    while index < len(expanded):
        char = expanded[index]
        if char == "\\":
            if not in_class and expanded[index + 1 : index + 2] in ("", *_ZERO_WIDTH_ESCAPES):
                return None
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if expanded[index + 1 : index + 2] == "^":
                index += 1
            if expanded[index + 1 : index + 2] == "]":  # a "]" first in a class is a member
                index += 1
        elif char == ")":
            return index
        elif char in "()|*+?{}^$":
            return None
        index += 1
    return None


def _width(plain: str) -> int:
    """The characters a plain run of characters, classes and escapes reads."""
    width, index, in_class = 0, 0, False
    while index < len(plain):
        char = plain[index]
        if char == "\\":
            width += not in_class
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class, width = True, width + 1
            if plain[index + 1 : index + 2] == "^":
                index += 1
            if plain[index + 1 : index + 2] == "]":
                index += 1
        else:
            width += 1
        index += 1
    return width


def _can_start_with(pattern: re.Pattern[str], char: str) -> bool:
    """Whether a match of pattern can consume char first. Lookarounds and anchors are read
    as holding (they only restrict), an ignored case or a construct not known here as any
    character: the answer may be yes where no match is, never no where one is."""
    first = _first_class(pattern.pattern, pattern.flags)
    return first is None or first.match(char) is not None


@cache
def _first_class(source: str, flags: int) -> re.Pattern[str] | None:
    """A pattern of one character that matches what a match of source can open with, read
    from its leading atoms (or the whole parsed); None for any character."""
    if flags & re.IGNORECASE:
        return None
    leading = _leading_atoms(source, flags)
    if leading is None:
        leading = _parsed(source, flags)
    pieces, _ = _first_pieces(leading, flags)
    if pieces is None:
        return None
    return re.compile("|".join(pieces) if pieces else "(?!)")


def _first_pieces(items: list, flags: int) -> tuple[list[str] | None, bool]:
    """(one-character patterns for what the items can consume first, or None for anything;
    whether they can match empty)."""
    pieces: list[str] = []
    for item in items:
        found, empty = _item_pieces(item, flags)
        if found is None:
            return None, True
        pieces.extend(found)
        if not empty:
            return pieces, False
    return pieces, True


_CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": "\\d",
    "CATEGORY_NOT_DIGIT": "\\D",
    "CATEGORY_SPACE": "\\s",
    "CATEGORY_NOT_SPACE": "\\S",
    "CATEGORY_WORD": "\\w",
    "CATEGORY_NOT_WORD": "\\W",
}


def _item_pieces(item: tuple, flags: int) -> tuple[list[str] | None, bool]:
    from re import _constants as c  # type: ignore[attr-defined]

    op, av = item
    if op is c.LITERAL:
        return [re.escape(chr(av))], False
    if op is c.NOT_LITERAL:
        return [f"[^{re.escape(chr(av))}]"], False
    if op is c.ANY:
        return ["[\\s\\S]" if flags & re.DOTALL else "."], False
    if op is c.IN:
        members, negated = [], False
        for member, value in av:
            if member is c.NEGATE:
                negated = True
            elif member is c.LITERAL:
                members.append(re.escape(chr(value)))
            elif member is c.RANGE:
                members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif member is c.CATEGORY and str(value) in _CATEGORY_ESCAPES:
                members.append(_CATEGORY_ESCAPES[str(value)])
            else:
                return None, True
        return [f"[{'^' if negated else ''}{''.join(members)}]"], False
    if op is c.BRANCH:
        pieces: list[str] = []
        empty = False
        for alternative in av[1]:
            found, alternative_empty = _first_pieces(list(alternative), flags)
            if found is None:
                return None, True
            pieces.extend(found)
            empty = empty or alternative_empty
        return pieces, empty
    if op is c.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return None, True
        return _first_pieces(list(sub), flags | add_flags)
    if op is c.ATOMIC_GROUP:
        return _first_pieces(list(av), flags)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, sub = av
        found, empty = _first_pieces(list(sub), flags)
        return found, empty or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True
    return None, True  # a group reference, a conditional: anything


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH = ("^", "\\b", "\\B", "\\A")
_COUNTED = re.compile(r"\{\d*(?:,\d*)?\}")


@cache
def _leading_atoms(source: str, flags: int) -> list | None:
    """The parsed atoms a pattern opens with, up to the first that cannot match empty, each
    parsed on its own: what a match can open with is read from them, without parsing the
    whole pattern (its lookarounds and anchors, which consume nothing, are passed over
    unparsed). None where this reading does not follow the pattern (an alternation at its top
    level, a numbered escape, an atom that does not parse alone): the whole is parsed then."""
    from re import _parser  # type: ignore[attr-defined]

    if not _opens_then(source):  # an alternation at the top level
        return None
    items: list = []
    index = 0
    while index < len(source):
        if source.startswith(_LOOKAROUNDS, index):
            end = group_end(source, index)
            if end is None or source[end : end + 1] in ("*", "+", "?", "{"):
                return None
            index = end
            continue
        zero = next((z for z in _ZERO_WIDTH if source.startswith(z, index)), None)
        if zero is not None:
            index += len(zero)
            continue
        char = source[index]
        if char in "|)":
            return None
        if char == "(":
            end = group_end(source, index)
        elif char == "[":
            end = class_end(source, index)
        elif char == "\\":
            if source[index + 1 : index + 2] in ("", *"xuUN0123456789"):
                return None
            end = index + 2
        else:
            end = index + 1
        if end is None:
            return None
        if source[end : end + 1] in ("*", "+", "?"):
            end += 1
        elif source[end : end + 1] == "{":
            counted = _COUNTED.match(source, end)
            if counted is None:
                return None
            end = counted.end()
        if end > index + 1 and source[end - 1] in "*+?}" and source[end : end + 1] in "?+":
            end += 1  # lazy or possessive
        try:
            atom = list(_parser.parse(source[index:end], flags).data)
        except re.error:
            return None
        items.extend(atom)
        if not _can_be_empty(atom):
            return items
        index = end
    return items


def _can_be_empty(items: list) -> bool:
    """Whether parsed items can match the empty string (yes where unsure)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return False
        if op is c.BRANCH and not any(_can_be_empty(list(alt)) for alt in av[1]):
            return False
        if op is c.SUBPATTERN and not _can_be_empty(list(av[3])):
            return False
        if op is c.ATOMIC_GROUP and not _can_be_empty(list(av)):
            return False
        if (
            op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
            and av[0] > 0
            and not _can_be_empty(list(av[2]))
        ):
            return False
    return True


@cache
def _parsed(source: str, flags: int) -> list:
    from re import _parser  # type: ignore[attr-defined]

    return list(_parser.parse(source, flags).data)


def greedy_lookaheads(expanded: str, flags: int) -> str:
    """The pattern with the lazy repeats inside its lookaheads made greedy ("(?=[^.!?]*? The)"
    as "(?=[^.!?]* The)"), where that changes nothing a match is. A lookahead holds when some
    way of matching its body exists: which way is tried first cannot change whether one exists,
    only what groups inside it capture (none may), and an atomic group or possessive repeat
    around the repeat would keep only the first way (none may be). The engine scans a greedy
    repeat of one character class at C speed and tries what follows only where its first
    character is; a lazy one tries what follows after every character (the caption shapes'
    lookaheads read a whole clause so at the start of every paragraph). The rewritten pattern
    is parsed and compared with the written one, node by node; any other difference (or a
    pattern this reading does not follow) keeps the pattern as written."""
    if "(?=" not in expanded and "(?!" not in expanded:
        return expanded
    if not any(lazy in expanded for lazy in ("*?", "+?", "}?", "??")):
        return expanded
    rewritten, depth_in, stack, index, in_class = [], 0, [], 0, False
    quantified = False  # the last token was a repeat: a "?" after it makes it lazy
    while index < len(expanded):
        char = expanded[index]
        if char == "\\":
            rewritten.append(expanded[index : index + 2])
            index += 2
            quantified = False
            continue
        if in_class:
            in_class = char != "]"
            rewritten.append(char)
            index += 1
            continue
        if char == "?" and quantified:
            quantified = False
            index += 1
            if depth_in == 0:
                rewritten.append(char)
            continue
        if char == "[":
            in_class = True
            rewritten.append(char)
            index += 1
            for skip in ("^", "]"):
                if expanded.startswith(skip, index):
                    rewritten.append(skip)
                    index += 1
            quantified = False
            continue
        if char == "(":
            ahead = expanded.startswith(("(?=", "(?!"), index)
            stack.append(ahead)
            depth_in += ahead
            quantified = False
        elif char == ")":
            if not stack:
                return expanded
            depth_in -= stack.pop()
            quantified = False
        else:
            quantified = char in "*+?}"
        rewritten.append(char)
        index += 1
    candidate = "".join(rewritten)
    if candidate == expanded:
        return expanded
    try:
        same = _same_but_greedy(_parsed(expanded, flags), _parsed(candidate, flags), False)
    except re.error:
        return expanded
    return candidate if same else expanded


def _same_but_greedy(old: object, new: object, ahead: bool) -> bool:
    """Whether two parsed patterns are equal but for lazy repeats made greedy inside
    lookaheads that capture nothing and hold no atomic group, possessive repeat or
    reference (ahead: inside such a lookahead)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if isinstance(old, _parser.SubPattern):
        old = old.data
    if isinstance(new, _parser.SubPattern):
        new = new.data
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        if len(old) != len(new):
            return False
        if len(old) == 2 and old[0] in (c.ASSERT, c.ASSERT_NOT) and old[0] is new[0]:
            direction, body = old[1]
            if direction == 1 and _plain(body):
                return new[1][0] == direction and _same_but_greedy(body, new[1][1], True)
        if len(old) == 2 and old[0] is c.MIN_REPEAT and new[0] is c.MAX_REPEAT and ahead:
            return _same_but_greedy(old[1], new[1], ahead)
        if len(old) == 2 and old[0] in (c.ATOMIC_GROUP, c.POSSESSIVE_REPEAT):
            ahead = False
        return all(_same_but_greedy(o, n, ahead) for o, n in zip(old, new, strict=True))
    return old == new


def _plain(body: object) -> bool:
    """A lookahead's body without a capturing group, atomic group, possessive repeat,
    reference or conditional."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if isinstance(body, _parser.SubPattern):
        body = body.data
    if isinstance(body, (list, tuple)):
        if len(body) == 2 and body[0] is c.SUBPATTERN and body[1][0] is not None:
            return False
        if len(body) == 2 and body[0] in (
            c.ATOMIC_GROUP,
            c.POSSESSIVE_REPEAT,
            c.GROUPREF,
            c.GROUPREF_EXISTS,
        ):
            return False
        return all(_plain(item) for item in body)
    return True


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


_UNSEEN = object()
# What the patterns gave on the texts of one article, kept over the passes of set_apart (a
# further pass reads mostly the paragraphs, regions and text the first read): the shapes chosen
# for a region, each shape's match of a paragraph and its search of a text.
Memo = dict[tuple[Any, ...], Any]
_BY_FIRST: dict[tuple[Shape, ...], dict[str, tuple[Shape, ...]]] = {}
_MAX_CHOICES = 4096  # choices of shapes whose first-character tables are kept


@dataclass(frozen=True)
class Chosen:
    """Some shapes of one kind, each compiled once (in `shapes`), tried in file order. Combining
    them into one alternation would compile a new pattern for every subset the "needs" choose,
    which cost more than the matching it saves."""

    shapes: tuple[Shape, ...]
    # what each shape's pattern gave on a text, kept by the caller over the passes of one
    # article (a further pass reads mostly the same paragraphs), or None
    memo: Memo | None = field(default=None, compare=False)
    # first character -> the shapes a non-empty match can open with it (shared by every
    # choice of the same shapes)
    by_first: dict[str, tuple[Shape, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(_BY_FIRST) >= _MAX_CHOICES and self.shapes not in _BY_FIRST:
            _BY_FIRST.clear()  # the needs choose ever more subsets over a long ingest
        object.__setattr__(self, "by_first", _BY_FIRST.setdefault(self.shapes, {}))

    def opening_with(self, text: str) -> tuple[Shape, ...]:
        """The shapes a non-empty match at the start of text can be of (by its first
        character); all of them for an empty text."""
        char = text[:1]
        if not char:
            return self.shapes
        shapes = self.by_first.get(char)
        if shapes is None:
            shapes = self.by_first[char] = tuple(s for s in self.shapes if s.can_start_with(char))
        return shapes

    def _matched(self, shape: Shape, text: str, whole: bool) -> re.Match[str] | None:
        memo = self.memo
        if memo is None:
            return shape.pattern.fullmatch(text) if whole else shape.pattern.match(text)
        key = (shape, text, whole)
        found = memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = memo[key] = (
                shape.pattern.fullmatch(text) if whole else shape.pattern.match(text)
            )
        return found  # type: ignore[no-any-return]

    def _searched(self, shape: Shape, text: str, start: int, stop: int) -> re.Match[str] | None:
        memo = self.memo
        if memo is None:
            return _search(shape, text, start, stop)
        key = (shape, text, start, stop)
        found = memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = memo[key] = _search(shape, text, start, stop)
        return found  # type: ignore[no-any-return]

    def fullmatch(self, text: str) -> Found | None:
        for shape in self.opening_with(text):
            if (match := self._matched(shape, text, True)) is not None:
                return Found(shape, match)
        return None

    def match(self, text: str) -> Found | None:
        """The first shape that takes a non-empty prefix of text."""
        for shape in self.opening_with(text):
            if (match := self._matched(shape, text, False)) is not None and match.end():
                return Found(shape, match)
        return None

    def search(self, text: str, start: int = 0, end: int | None = None) -> Found | None:
        """The leftmost match of any shape; at one position, the first shape in file order."""
        best: Found | None = None
        stop = len(text) if end is None else end
        for shape in self.shapes:
            match = self._searched(shape, text, start, stop)
            if match is not None and (best is None or match.start() < best.match.start()):
                best = Found(shape, match)
        return best

    def scanner(self, text: str) -> Callable[[int], Found | None]:
        """search(text, position) for positions that only move forward, as text is read from
        one match to the next: each shape's next match is kept until the position passes its
        start (no match of it starts before, so it is also the leftmost from any later position
        up to its start), so that a text with many matches is not searched again by every shape
        after each of them (a live blog's dozens of stamps)."""
        ahead: dict[Shape, re.Match[str] | None] = {}

        def at(position: int) -> Found | None:
            best: Found | None = None
            for shape in self.shapes:
                if shape not in ahead or (
                    (kept := ahead[shape]) is not None and kept.start() < position
                ):
                    ahead[shape] = self._searched(shape, text, position, len(text))
                match = ahead[shape]
                if match is not None and (best is None or match.start() < best.match.start()):
                    best = Found(shape, match)
            return best

        return at

    def every(self, text: str, start: int = 0) -> list[Found]:
        """Every position where a shape matches (the first shape there), in text order."""
        found: dict[int, Found] = {}
        for shape in self.shapes:
            position = start
            while (match := self._searched(shape, text, position, len(text))) is not None:
                found.setdefault(match.start(), Found(shape, match))
                position = match.start() + 1
        return [found[position] for position in sorted(found)]


def _search(shape: Shape, text: str, start: int, stop: int) -> re.Match[str] | None:
    """shape.pattern.search(text, start, stop). A pattern with an Opening can only start where
    it holds: each way it opens is searched with the rest of the pattern after it, and the
    pattern is matched at the nearest start any finds (the leftmost match search would find;
    a lookbehind has one width, so a way's leftmost hit is its leftmost start). A lookbehind
    reads the text before start, so its scan starts that much earlier."""
    opening = shape.opening
    if opening is None:
        return shape.pattern.search(text, start, stop)
    if opening.at_start and start == 0 and (match := shape.pattern.match(text, 0, stop)):
        return match
    nearest = -1
    for scan, width in opening.scans:
        found = scan.search(text, max(0, start - width), stop)
        if found is not None and (nearest < 0 or found.start() + width < nearest):
            nearest = found.start() + width
    if nearest < 0:
        return None
    return shape.pattern.match(text, nearest, stop)


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


def active(kind: str, region: str, memo: Memo | None = None) -> Chosen:
    """The shapes of a kind that the region of text they look at can hold (by their "needs"):
    one scan of the region, far cheaper than the patterns. In file order. memo: see Chosen."""
    if memo is None:
        return Chosen(_chooser(kind).choose(region))
    key = (kind, region)
    chosen = memo.get(key)
    if chosen is None:
        chosen = memo[key] = _chooser(kind).choose(region)
    return Chosen(chosen, memo)
