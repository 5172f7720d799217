"""The verdicts read for a rule's moves, shared by the censuses that tag texts with a rule and
without it (bench/*_moves.py). A move is a dict with the mention's "article", "offset" and its
value with the rule, "after"; a reads file holds one JSON object a line with the same keys and
the "verdict" given by reading it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

Reads = dict[tuple[str | int, int], dict]


def load_reads(path: Path) -> Reads:
    """The reads of path by (article, offset); none when the file is not written yet."""
    reads: Reads = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            read = json.loads(line)
            reads[(read["article"], read["offset"])] = read
    return reads


def verdict(reads: Reads, move: dict) -> str:
    """The verdict read for this move, or "not read" (a read of another value does not count)."""
    read = reads.get((move["article"], move["offset"]))
    return (
        str(read["verdict"]) if read is not None and read["after"] == move["after"] else "not read"
    )


def report(moved: list[dict], reads: Reads, unread: bool = False) -> None:
    """Print the moves counted by verdict and the read mentions no longer moved; unread: then
    each move not read yet, one JSON line, for reading it."""
    keys = {(m["article"], m["offset"]) for m in moved}
    verdicts = Counter(verdict(reads, m) for m in moved)
    left = Counter(read["verdict"] for k, read in reads.items() if k not in keys)
    print(f"moves: {len(moved)}: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))
    print("read, no longer moved: " + ", ".join(f"{v} {n}" for v, n in sorted(left.items())))
    if unread:
        for m in moved:
            if verdict(reads, m) == "not read":
                print(json.dumps(m, ensure_ascii=False))
