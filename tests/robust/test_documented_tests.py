"""docs/RELIABILITY.md and docs/SECURITY.md name the test that checks each guarantee; each named
test exists, so a renamed or deleted test cannot leave a claim without its check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# `path.py::test_name`, or `…::test_name` for another test of the file named before it; a name
# may be cut short with "…" ("test_web_api…" or "…needs_too_much_memory…").
REFERENCE = re.compile(r"`((?:[\w/]+\.py)|…)(?:::([\w…\[\]-]+))?`")


def _named_tests(doc: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    last = ""
    for match in REFERENCE.finditer((ROOT / "docs" / doc).read_text(encoding="utf-8")):
        path, name = match.group(1), match.group(2)
        path = last if path == "…" else path
        last = path
        if name and Path(path).name.startswith("test_"):
            found.append((path, name))
    return found


@pytest.mark.parametrize("doc", ["RELIABILITY.md", "SECURITY.md"])
def test_every_test_the_docs_name_exists(doc: str) -> None:
    missing = []
    named = _named_tests(doc)
    for path, name in named:
        # RELIABILITY.md names tests of tests/robust/ by file name alone.
        places = (ROOT / "tests" / path, ROOT / "tests" / "robust" / path, ROOT / path)
        file = next((f for f in places if f.is_file()), None)
        base = name.split("[")[0]
        pattern = re.escape(base.strip("…")).replace("…", r"\w*")
        pattern = (r"\w*" if base.startswith("…") else "") + pattern
        pattern += r"\w*" if base.endswith("…") else r"\b"
        if file is None or not re.search(r"def " + pattern, file.read_text(encoding="utf-8")):
            missing.append(f"{path}::{name}")
    assert len(named) >= 10 and missing == []
