"""Imports go one way: bot/ and cli/ -> commands/ -> extract/ -> text/, and commands/ ->
store/; store/ never imports extract/ (docs/ARCHITECTURE.md). A test, so an upward import
fails here rather than in review."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYER = {"text": 0, "store": 0, "extract": 1, "commands": 2, "bot": 3, "cli": 3}
# `sitrep serve` is the CLI starting the Slack bot: the one front end that launches the other.
ALLOWED = {("cli/main.py", "bot.main")}


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_no_module_imports_upwards_or_across() -> None:
    wrong = []
    for package, rank in LAYER.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            for name in _imports(path):
                other = name.split(".")[0]
                if other == package or other not in LAYER or (where, name) in ALLOWED:
                    continue
                if LAYER[other] >= rank:
                    wrong.append(f"{where} imports {name}")
    assert wrong == []
