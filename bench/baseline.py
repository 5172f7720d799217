"""The code as it stood before a change, checked out beside the working tree, so that a
benchmark can measure the previous method and the new one in the same run.

    tree = baseline.checkout()          # bench/out/baseline-<rev>/, made once
    out = baseline.run(tree, "bench/timeline17.py", "--json")

The baseline tree runs with this tree's virtual environment; PYTHONPATH puts its packages
ahead of the editable install, so `import text` there imports the baseline's text/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from bench.common import ROOT

# The last commit before the quality work: the method each quality table compares against.
DEFAULT_REV = "38a60cf"


def checkout(rev: str = DEFAULT_REV) -> Path:
    """A read-only copy of the repository at rev under bench/out/ (git archive; no worktree)."""
    full = subprocess.run(
        ["git", "rev-parse", "--short=12", rev],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    tree = ROOT / "bench" / "out" / f"baseline-{full}"
    if not (tree / "pyproject.toml").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.Popen(["git", "archive", full], cwd=ROOT, stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(tree)], stdin=archive.stdout, check=True)
        if archive.wait() != 0:
            raise RuntimeError(f"git archive {rev} failed")
    return tree


def run(tree: Path, script: str, *args: str, timeout: float | None = None) -> str:
    """Run one of tree's scripts (a path relative to it) with this environment's Python and
    return its standard output."""
    return _python(tree, [str(tree / script), *args], timeout)


def run_code(tree: Path, code: str, *args: str, timeout: float | None = None) -> str:
    """Run code (python -c) against tree's modules, as run does a script."""
    return _python(tree, ["-c", code, *args], timeout)


def probe(tree: Path, script: str, *args: str, rows: Iterable[dict]) -> dict[str, dict]:
    """Run script (a path, often the calling bench's own file) against tree's modules with rows
    as JSON lines on its standard input, and return the JSON lines it prints, by their id."""
    stdin = "".join(json.dumps(row) + "\n" for row in rows)
    out = _python(tree, [script, *args], None, stdin)
    return {row["id"]: row for row in map(json.loads, out.splitlines())}


def _python(tree: Path, argv: list[str], timeout: float | None, stdin: str | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, *argv],
        cwd=tree,
        env=env,
        input=stdin,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.stdout
