"""A shared reader of Sitrep's knowledge files: the JSON and TXT files beside the code using them.
(text/spelling.py and bot/labels.py still read their own files directly; they should move here.)

Each file is read and parsed once per process (several modules share demonyms.json, for
example), so the parsed value is shared: callers read it and build their own structures from it,
and never change it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def json_file(package: str, name: str) -> Any:
    """The parsed JSON file `name` shipped in `package` ("text", "extract")."""
    return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


@cache
def text_lines(package: str, name: str) -> tuple[str, ...]:
    """The lines of the text file `name` in `package` that are neither blank nor comments
    (a "#" first, after any indentation), trailing line breaks removed, indentation kept."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def text_sections(package: str, name: str) -> dict[str, tuple[str, ...]]:
    """The lines of `name` (as text_lines, stripped) grouped under their `[section]` headers;
    lines before the first header are under ""."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text_lines(package, name):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        sections.setdefault(current, []).append(stripped)
    return {section: tuple(lines) for section, lines in sections.items()}
