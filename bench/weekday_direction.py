"""Which way a bare weekday ("on Friday", "Tuesday's protests") resolves from the publication
date: a fixed-seed sample of weekday mentions in the Timeline17 and FA-KES articles of the
news corpus, resolved by this tree's tagger and by the code at --previous in the same run,
scored against the dates given by reading (bench/weekday_direction.json).

    .venv/bin/python bench/weekday_direction.py                 # totals, dev and held-out
    .venv/bin/python bench/weekday_direction.py --show dev      # each dev mention, to judge

The sample is drawn once per seed: one bare weekday mention from each of SIZE articles, in
the order the seed shuffles them; the first DEV are the development part, from which rules
may be written, the rest held out, looked at only as totals. A second sample, CHANGED
mentions of all the articles' bare weekdays that this tree and --previous resolve
differently, drawn with the same seed after the rules were written, is judged as held out.
A verdict is the date the weekday names, judged from the article (its other dates, what the
sentence tells, the article's stored date), or null when reading cannot tell.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "eval" / "news-corpus.jsonl"
VERDICTS = ROOT / "bench" / "weekday_direction.json"
SOURCES = ("t17", "fa-kes")
SEED = 17
SIZE = 60
DEV = 40
CHANGED = 20
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def articles() -> dict[str, dict]:
    out = {}
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r.get("source") in SOURCES and r.get("date"):
                out[r["id"]] = r
    return out


def sample(corpus: dict[str, dict]) -> list[tuple[str, int]]:
    """(article id, offset) of SIZE bare weekday mentions, one per article, seed-shuffled."""
    from text.dates import tag_dates

    ids = sorted(corpus)
    random.Random(SEED).shuffle(ids)
    picked: list[tuple[str, int]] = []
    for article_id in ids:
        r = corpus[article_id]
        bare = [m for m in tag_dates(r["text"], r["date"]) if m.text in WEEKDAYS]
        if bare:
            picked.append((article_id, random.Random(f"{SEED}:{article_id}").choice(bare).start))
        if len(picked) == SIZE:
            break
    return picked


def all_bare(corpus: dict[str, dict]) -> list[tuple[str, int]]:
    """(article id, offset) of every bare weekday mention of the articles, by this tree."""
    from text.dates import tag_dates

    return [
        (article_id, m.start)
        for article_id in sorted(corpus)
        for m in tag_dates(corpus[article_id]["text"], corpus[article_id]["date"])
        if m.text in WEEKDAYS
    ]


def values(corpus: dict[str, dict], picked: list[tuple[str, int]]) -> dict[str, str | None]:
    """The value the tagger in sys.path gives each picked mention."""
    from text.dates import tag_dates

    out: dict[str, str | None] = {}
    for article_id, offset in picked:
        r = corpus[article_id]
        found = [m for m in tag_dates(r["text"], r["date"]) if m.start == offset]
        out[f"{article_id}|{offset}"] = found[0].value if found else None
    return out


def previous_values(rev: str, picked: list[tuple[str, int]]) -> dict[str, str | None]:
    """The same mentions resolved by the code at rev (bench/baseline.py's checkout)."""
    from bench import baseline

    tree = baseline.checkout(rev)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--values"],
        input=json.dumps(picked),
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def sentence(text: str, offset: int, width: int = 320) -> str:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previous", default="400bdf0", help="git revision to compare with")
    parser.add_argument("--show", choices=("dev", "held_out", "changed"), help="print each mention")
    parser.add_argument("--write", action="store_true", help="update docs/QUALITY.md")
    parser.add_argument("--values", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.values:  # run by previous_values() under the previous tree's PYTHONPATH
        picked = [tuple(p) for p in json.loads(sys.stdin.read())]
        print(json.dumps(values(articles(), picked)))  # type: ignore[arg-type]
        return
    sys.path.insert(0, str(ROOT))
    from bench.common import publish

    corpus = articles()
    picked = sample(corpus)
    keys = [f"{a}|{o}" for a, o in picked]
    every = all_bare(corpus)
    new = values(corpus, every)
    old = previous_values(args.previous, every)
    # The second sample: mentions the two codes resolve differently, drawn after the rules
    # were written and judged as held out.
    changed = sorted(k for k in new if k in old and old[k] != new[k])
    random.Random(SEED).shuffle(changed)
    verdicts = json.loads(VERDICTS.read_text())["verdicts"] if VERDICTS.exists() else {}
    parts = {"dev": keys[:DEV], "held_out": keys[DEV:], "changed": changed[:CHANGED]}
    if args.show:
        for key in parts[args.show]:
            article_id, offset = key.split("|")
            r = corpus[article_id]
            published = date.fromisoformat(r["date"])
            verdict = verdicts.get(key, {}).get("value", "?")
            print(
                f"{key}  published {r['date']} {WEEKDAYS[published.weekday()]}"
                f"  old {old[key]}  new {new[key]}  verdict {verdict}"
            )
            print("   ", sentence(r["text"], int(offset)))
        return
    names = {
        "dev": "dev (first 40 of the sample)",
        "held_out": "held out (last 20 of the sample)",
        "changed": "20 of the mentions resolved differently (held out)",
    }
    rows = [
        f"| part | judged | right, previous ({args.previous}) | right, this tree |",
        "|---|---:|---:|---:|",
    ]
    for name, part in parts.items():
        right_old, judged = score(part, verdicts, old)
        right_new, _ = score(part, verdicts, new)
        rows.append(f"| {names[name]} | {judged} | {right_old} | {right_new} |")
    differ = sum(old[k] != new[k] for k in keys)
    body = "\n".join(
        [
            "Bare weekdays (`bench/weekday_direction.py --write`): one bare weekday from each"
            f" of {SIZE} Timeline17 and FA-KES articles of the news corpus (seed {SEED}),"
            " resolved by this tree and by the previous code in the same run and scored against"
            " the date read from the article (`bench/weekday_direction.json`; mentions whose"
            " date reading cannot tell are left out, a word naming no date is right when left"
            f" without a value). {differ} of the {SIZE} sampled mentions resolve differently;"
            f" of all {len(every)} bare weekdays of those articles, {len(changed)} do, and 20 of"
            " them, drawn with the same seed after the rules were written, are judged too.",
            "",
            *rows,
        ]
    )
    publish(body, "weekday_direction", write=args.write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
