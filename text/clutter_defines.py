"""The shapes of text/clutter.txt's [define] section ("WEEKDAY", "LIVEUPDATE"), read from the
file's lines alone: parsing all of the file's patterns (text/clutter_shapes.py) costs a process
about 0.17 s of CPU, which a timeline, or the question whether a stored article is a live blog,
does not otherwise pay."""

from __future__ import annotations

import re
from functools import cache

from text.data import text_lines

_SHAPE_NAME = re.compile(r"\{([A-Z]+)\}")


@cache
def clutter_shape(name: str) -> str:
    """A shape of the [define] section, the shapes it names expanded."""
    section = ""
    for line in text_lines("text", "clutter.txt"):
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()[1:-1]
        elif section == "define" and line.partition(" = ")[0].strip() == name:
            shape = line.partition(" = ")[2].strip()
            return _SHAPE_NAME.sub(lambda m: clutter_shape(m.group(1)), shape)
    raise KeyError(f"no shape {name} in text/clutter.txt")


def box_quote_words() -> str:
    """The words that close a BBC pull-quote box on a flattened page ("End Quote": BOXQUOTEWORDS
    in text/clutter.txt), for the plain test that spares a text without a box the box's
    patterns."""
    return clutter_shape("BOXQUOTEWORDS")
