"""Shared benchmark helpers: the evaluation corpus, timing, percentiles, and writing tables
into a marked section of a document under docs/."""

from __future__ import annotations

import json
import re
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
NEWS = EVAL / "news-corpus.jsonl"


def require(path: Path) -> None:
    if not path.exists():
        print(f"skipped: {path} is absent (evaluation data lives in ../shared/eval)")
        sys.exit(0)


def news_records(limit: int | None = None) -> Iterator[dict]:
    """Articles of the news corpus as ingest records, in file order."""
    with NEWS.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            r = json.loads(line)
            yield {"title": r.get("title"), "text": r["text"], "published": r.get("date"),
                   "source": r.get("source"), "url": r["id"]}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.2f}" if seconds < 0.1 else f"{seconds * 1000:,.0f}"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def write_section(doc: Path, name: str, body: str) -> None:
    """Replace <!-- bench:NAME --> ... <!-- /bench:NAME --> in doc (appended if absent)."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
    print(f"wrote the {name} table into {doc.relative_to(ROOT)}")
