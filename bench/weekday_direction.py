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
import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.date_direction import articles, previous_values, rows, sentence, values  # noqa: E402

VERDICTS = ROOT / "bench" / "weekday_direction.json"
SOURCES = ("t17", "fa-kes")
SEED = 17
SIZE = 60
DEV = 40
CHANGED = 20
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previous", default="400bdf0", help="git revision to compare with")
    parser.add_argument("--show", choices=("dev", "held_out", "changed"), help="print each mention")
    parser.add_argument("--write", action="store_true", help="update docs/QUALITY.md")
    args = parser.parse_args()
    from bench.common import publish

    corpus = articles(SOURCES)
    picked = sample(corpus)
    keys = [f"{a}|{o}" for a, o in picked]
    every = all_bare(corpus)
    new = values(corpus, every)
    old = previous_values(args.previous, SOURCES, every)
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
    table = rows(parts, names, verdicts, old, new, args.previous)
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
            *table,
        ]
    )
    publish(body, "weekday_direction", write=args.write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
