"""A shared reader of Sitrep's knowledge files: the JSON and TXT files beside the code using them.
(text/spelling.py and bot/labels.py still read their own files directly; they should move here.)

Each file is read and parsed once per process (several modules share demonyms.json, for
example), so the parsed value is shared: callers read it and build their own structures from it,
and never change it.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from importlib import import_module
from typing import Any


def data_path(package: str, name: str) -> str:
    """The path of the file `name` shipped in `package` ("text", "extract", "commands").
    Sitrep's packages are directories on disk (never a zip), so the file is beside the
    package's __init__; importlib.resources would find the same file but costs every command
    line about 20 ms of imports (zipfile, tempfile, inspect) before it reads a byte."""
    module = sys.modules.get(package) or import_module(package)
    return os.path.join(os.path.dirname(str(module.__file__)), name)


def _read(package: str, name: str) -> str:
    with open(data_path(package, name), encoding="utf-8") as handle:
        return handle.read()


@cache
def json_file(package: str, name: str) -> Any:
    """The parsed JSON file `name` shipped in `package` ("text", "extract")."""
    return json.loads(_read(package, name))


@cache
def text_lines(package: str, name: str) -> tuple[str, ...]:
    """The lines of the text file `name` in `package` that are neither blank nor comments
    (a "#" first, after any indentation), trailing line breaks removed, indentation kept."""
    text = _read(package, name)
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
