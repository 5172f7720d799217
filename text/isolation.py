"""HTML and PDF parsing in a child interpreter under time and memory limits.

HTML and PDF parsers are large C and Python code bases fed hostile bytes: a page of nested tags
or a PDF stream that inflates to gigabytes can take minutes or all memory, and C code cannot be
interrupted from a thread. So each parse runs in a fresh interpreter under an address-space
limit and a CPU-time limit, and the caller kills it when its wall-clock time has passed.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from text.document import Document, InputError
from text.parsers import ParseLimits, read_html, read_pdf

WHAT = {"pdf": "PDF", "html": "HTML page"}
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
CHILD = "from text.isolation import parse_child; parse_child()"
# Each parse may take its memory limit (text.read.PARSE_MEMORY); the bot may be parsing
# several uploads at once.
_parse_slots = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))


def parse_isolated(kind: str, data: bytes, name: str, limits: ParseLimits) -> Document:
    """Parse HTML or PDF in a fresh interpreter under time and memory limits.

    A fresh interpreter rather than a fork: the caller may be the multi-threaded bot (forking
    it can deadlock the child on a lock another thread held) and it needs no cooperation from
    the caller's main module, unlike multiprocessing. It costs an interpreter start and the
    parser's import, about 0.35 s for HTML and 0.2 s for PDF. The answer comes back as JSON,
    never pickle, so even a parser subverted by its input cannot run code in this process.
    """
    what = WHAT[kind]
    header = json.dumps({"kind": kind, "name": name, **asdict(limits)}).encode() + b"\n"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (_PROJECT_ROOT, os.environ.get("PYTHONPATH")))),
    }
    with _parse_slots:
        try:
            done = subprocess.run(
                [sys.executable, "-c", CHILD],
                input=header + data,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                timeout=limits.seconds,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise InputError(
                f"{name}: the {what} took longer than {limits.seconds:g} s to "
                "read, so it was not added"
            ) from None
        except OSError as err:
            raise InputError(
                f"{name}: the {what} parser could not start ({err.strerror or err})"
            ) from None
    try:
        outcome = json.loads(done.stdout)
        error = outcome.get("error")
        document = None if error else Document(**outcome["document"])
    except (ValueError, TypeError, KeyError, AttributeError):
        error = f"{name}: the {what} could not be read (the parser ran out of memory or crashed)"
    if error or document is None:
        raise InputError(str(error))
    return document


def parse_child() -> None:
    """The child's side: a JSON header line and the input on stdin, one JSON answer on stdout.
    Parsers may print; that goes to stderr (discarded), never into the answer."""
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    header = json.loads(sys.stdin.buffer.readline())
    data = sys.stdin.buffer.read()
    kind, name = header.pop("kind"), header.pop("name")
    limits = ParseLimits(**header)
    what = WHAT[kind]
    if kind == "pdf":  # imported before the limits, which are for the parse alone
        import pypdf  # noqa: F401
    else:
        import trafilatura  # noqa: F401
    _confine(limits)
    try:
        parse = read_pdf if kind == "pdf" else read_html
        outcome: dict[str, object] = {"document": asdict(parse(data, name, limits))}
    except InputError as err:
        outcome = {"error": str(err)}
    except MemoryError:
        outcome = {
            "error": f"{name}: the {what} needs more memory than allowed to read, so it "
            "was not added"
        }
    except Exception as err:  # noqa: BLE001 - any parser failure on hostile bytes is the input's
        outcome = {"error": f"{name}: the {what} could not be read ({type(err).__name__})"}
    with os.fdopen(answer_fd, "wb") as answer:
        answer.write(json.dumps(outcome).encode())


def _confine(limits: ParseLimits) -> None:
    """Limit this (child) process: address space on top of what it maps already, and CPU time
    as a backstop should the parent die before it can kill a runaway parse."""
    import resource

    seconds = math.ceil(limits.seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        with open("/proc/self/statm") as handle:
            mapped = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        mapped = 0
    ceiling = mapped + limits.memory
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
