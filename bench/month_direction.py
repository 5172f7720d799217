"""Which year a month without one takes ("in September", "by March", "on 3 July",
"September's vote"): a fixed-seed sample of yearless month and day+month mentions in the
Timeline17 and FA-KES articles of the news corpus, resolved by this tree's tagger and by the
code at --previous in the same run, scored against the dates given by reading
(bench/month_direction.json).

    .venv/bin/python bench/month_direction.py                 # totals, dev and held-out
    .venv/bin/python bench/month_direction.py --show dev      # each dev mention, to judge
    .venv/bin/python bench/month_direction.py --show fresh    # each fresh mention, to judge

The sample is drawn once per seed: one yearless month mention from each of SIZE articles, in
the order the seed shuffles them. Clauses with no past marker hold about a third of such
mentions (2,343 of 6,583 at 3c29e82), so the draw over-samples them: while fewer than
NON_PAST of them are picked, an article that has one gives one of those, else it gives any of
its mentions; the clause's tense is text.dates.context.tense_of's. The first DEV picked are
the development part, from which rules may be written, the rest held out, looked at only as
totals. Mentions of the corpus's other articles (CHANGED_SOURCES, none read to write the
rules) that this tree and --previous resolve differently were drawn twice with the same seed
after the rules were written: the first draw's 40 verdicts, held out when judged (31 right
against 5 for 3c29e82), led to the rules' last guards, and the second draw kept them beside
16 new ones, so these "changed" verdicts are development. A fresh draw, FRESH of the
mentions resolved differently that no verdict of that sample covers, is judged after the
rules as held out ("fresh"). A verdict is the date the
mention names, judged from the article (its other dates, what the sentence tells, the
article's stored date), or null when reading cannot tell.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.date_direction import articles, previous_values, rows, sentence, values  # noqa: E402

VERDICTS = ROOT / "bench" / "month_direction.json"
SOURCES = ("t17", "fa-kes")
# The changed samples are drawn from the corpus's other articles, none read to write the rules.
CHANGED_SOURCES = ("entities",)
FRESH = 20
SEED = 17
SIZE = 250
DEV = 150
NON_PAST = 125
MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
# A direction or a year in the span decides the year by itself: "next March", "March 2011".
DECIDED = re.compile(r"\b(?:last|next|this|coming|past|previous|year)\b|\d{4}", re.IGNORECASE)


def yearless(text: str, published: str) -> list:
    """The mentions of a month or a day and month whose year the publication date decides."""
    from text.dates import tag_dates

    return [
        m
        for m in tag_dates(text, published)
        if m.precision in ("month", "day")
        and m.how in ("relative", "inferred")
        and m.value
        and MONTH.search(m.text)
        and not DECIDED.search(m.text)
    ]


def sample(corpus: dict[str, dict]) -> tuple[list[tuple[str, int]], int, set[str]]:
    """(article id, offset) of SIZE mentions, one per article, seed-shuffled, with the number
    of articles read to draw them and the keys of those in a clause with no past marker."""
    from text.dates.context import tense_of

    ids = sorted(corpus)
    random.Random(SEED).shuffle(ids)
    picked: list[tuple[str, int]] = []
    open_keys: set[str] = set()
    for read, article_id in enumerate(ids, 1):
        r = corpus[article_id]
        found = yearless(r["text"], r["date"])
        if not found:
            continue
        open_ = [m for m in found if tense_of(r["text"], m.start, m.end) != "past"]
        chooser = random.Random(f"{SEED}:{article_id}")
        chosen = chooser.choice(open_ if len(open_keys) < NON_PAST and open_ else found)
        picked.append((article_id, chosen.start))
        if chosen in open_:
            open_keys.add(f"{article_id}|{chosen.start}")
        if len(picked) == SIZE:
            return picked, read, open_keys
    return picked, len(ids), open_keys


def all_yearless(corpus: dict[str, dict]) -> list[tuple[str, int]]:
    """(article id, offset) of every yearless month mention of the articles, by this tree."""
    return [
        (article_id, m.start)
        for article_id in sorted(corpus)
        for m in yearless(corpus[article_id]["text"], corpus[article_id]["date"])
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previous", default="3c29e82", help="git revision to compare with")
    parser.add_argument(
        "--show", choices=("dev", "held_out", "changed", "fresh"), help="print each mention"
    )
    parser.add_argument("--write", action="store_true", help="update docs/QUALITY.md")
    args = parser.parse_args()
    from bench.common import publish

    corpus = articles(SOURCES + CHANGED_SOURCES)
    picked, read, open_keys = sample({k: r for k, r in corpus.items() if r["source"] in SOURCES})
    keys = [f"{a}|{o}" for a, o in picked]
    others = all_yearless({k: r for k, r in corpus.items() if r["source"] in CHANGED_SOURCES})
    new = values(corpus, picked + others)
    old = previous_values(args.previous, SOURCES + CHANGED_SOURCES, picked + others)
    # The mentions of the other articles the two codes resolve differently. Those judged so
    # far ("changed" verdicts, kept whatever the rules now give) led to the rules' last guards:
    # development. The fresh draw: the rest, seed-shuffled, judged as held out.
    changed = sorted(f"{a}|{o}" for a, o in others if old[f"{a}|{o}"] != new[f"{a}|{o}"])
    verdicts = json.loads(VERDICTS.read_text())["verdicts"] if VERDICTS.exists() else {}
    judged_changed = sorted(k for k, v in verdicts.items() if v["part"] == "changed")
    fresh = [k for k in changed if verdicts.get(k, {}).get("part") in (None, "fresh")]
    random.Random(SEED).shuffle(fresh)
    parts = {
        "dev": keys[:DEV],
        "held_out": keys[DEV:],
        "changed": judged_changed,
        "fresh": fresh[:FRESH],
    }
    if args.show:
        for key in parts[args.show]:
            article_id, offset = key.split("|")
            r = corpus[article_id]
            start = int(offset)
            tense = "no past marker" if key in open_keys else "past or not sampled by tense"
            verdict = verdicts.get(key, {}).get("value", "?")
            print(
                f"{key}  published {r['date']}  tense {tense}  old {old.get(key)}"
                f"  new {new.get(key)}  verdict {verdict}"
            )
            print("   ", sentence(r["text"], start))
        return
    non_past = len(open_keys)
    names = {
        "dev": f"dev (first {DEV} of the sample)",
        "held_out": f"held out (last {SIZE - DEV} of the sample)",
        "changed": "mentions resolved differently, judged while writing the rules (dev)",
        "fresh": f"{FRESH} other mentions resolved differently (held out)",
    }
    table = rows(parts, names, verdicts, old, new, args.previous)
    differ = sum(old[k] != new[k] for k in keys)
    body = "\n".join(
        [
            "Months without a year (`bench/month_direction.py --write`): one yearless month or"
            f" day+month mention from each of {SIZE} Timeline17 and FA-KES articles of the news"
            f" corpus (seed {SEED}; {read} articles read to find them), {non_past} of them in"
            " a clause with no past marker (over-sampled), resolved by this tree and by the"
            " previous code in the same run and scored against the date read from the article"
            " (`bench/month_direction.json`; mentions whose date reading cannot tell are left"
            f" out). {differ} of the {SIZE} sampled mentions resolve differently; of all"
            f" {len(others)} yearless month mentions of the corpus's {len({a for a, _ in others})}"
            f" other articles, {len(changed)} do. Those judged while the rules were written"
            f" ({len(judged_changed)}: two draws of such mentions, the first of which, held out"
            " when judged, led to the rules' last guards) are development now; a fresh draw of"
            f" {FRESH} of the others, judged after, is held out.",
            "",
            *table,
        ]
    )
    publish(body, "month_direction", write=args.write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
