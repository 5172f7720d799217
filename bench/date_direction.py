"""What the direction benches (bench/weekday_direction.py, bench/month_direction.py) share:
the corpus's articles, the values a tagger gives sampled mentions, the same values from the
code at a previous revision, a mention's sentence to judge it by, and the scores.

Run as a script (by previous_values, with the previous tree on PYTHONPATH), it reads
{"sources": [...], "picked": [[article id, offset], ...]} on stdin and prints the values that
tree's tagger gives; it imports nothing of this tree then.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "news-corpus.jsonl"


def articles(sources: tuple[str, ...]) -> dict[str, dict]:
    """The dated articles of the news corpus from sources, by id."""
    out = {}
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r.get("source") in sources and r.get("date"):
                out[r["id"]] = r
    return out


def values(corpus: dict[str, dict], picked: list[tuple[str, int]]) -> dict[str, str | None]:
    """The value the tagger in sys.path gives each picked mention, by "article id|offset"."""
    from text.dates import tag_dates

    tagged: dict[str, dict[int, str | None]] = {}  # each article tagged once, not per mention
    out: dict[str, str | None] = {}
    for article_id, offset in picked:
        if article_id not in tagged:
            r = corpus[article_id]
            by_start: dict[int, str | None] = {}
            for m in tag_dates(r["text"], r["date"]):
                by_start.setdefault(m.start, m.value)  # the first mention at an offset
            tagged[article_id] = by_start
        out[f"{article_id}|{offset}"] = tagged[article_id].get(offset)
    return out


def previous_values(
    rev: str, sources: tuple[str, ...], picked: list[tuple[str, int]]
) -> dict[str, str | None]:
    """The same mentions resolved by the code at rev (bench/baseline.py's checkout)."""
    from bench import baseline

    tree = baseline.checkout(rev)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve())],
        input=json.dumps({"sources": list(sources), "picked": picked}),
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, str | None] = json.loads(done.stdout)
    return found


def sentence(text: str, offset: int, width: int = 320) -> str:
    """The sentence around offset, its spaces collapsed: what a mention is judged by."""
    begin = max(
        [m.end() for m in re.finditer(r"[.!?\n]\s", text[max(0, offset - width) : offset])] or [0]
    )
    begin += max(0, offset - width)
    stop = re.search(r"[.!?\n]\s", text[offset : offset + width])
    end = offset + stop.end() if stop else offset + width
    return " ".join(text[begin:end].split())


def score(part: list[str], verdicts: dict, got: dict[str, str | None]) -> tuple[int, int]:
    """(right, judged): a date is right when it is the one read, a word that names no date
    when the tagger gives it no value; mentions reading could not date are left out."""
    judged = [
        k
        for k in part
        if k in verdicts and (verdicts[k]["value"] is not None or not verdicts[k]["date"])
    ]
    return sum(got.get(k) == verdicts[k]["value"] for k in judged), len(judged)


def rows(
    parts: dict[str, list[str]],
    names: dict[str, str],
    verdicts: dict,
    old: dict[str, str | None],
    new: dict[str, str | None],
    previous: str,
) -> list[str]:
    """The table of each part's judged mentions and those right by each code."""
    out = [
        f"| part | judged | right, previous ({previous}) | right, this tree |",
        "|---|---:|---:|---:|",
    ]
    for name, part in parts.items():
        right_old, judged = score(part, verdicts, old)
        right_new, _ = score(part, verdicts, new)
        out.append(f"| {names[name]} | {judged} | {right_old} | {right_new} |")
    return out


if __name__ == "__main__":
    asked = json.loads(sys.stdin.read())
    corpus = articles(tuple(asked["sources"]))
    print(json.dumps(values(corpus, [(a, o) for a, o in asked["picked"]])))
