"""Entry audit: the top entries of five subjects, previous and new method, re-scored against
verdicts given by reading each entry (bench/timeline_audit.json).

Usage: .venv/bin/python bench/timeline_audit.py [--list]

Entries come from bench/out/conflict-timelines.json, written by bench/timeline_speed.py
(`timeline SUBJECT --limit 10` on the conflict store of bench/common.py, three methods in the
same run: commit 38a60cf, commit START_REV and this tree). A verdict is keyed by subject,
date, the cited article, the first 60 characters of the entry and whether it has a context,
whichever method gave it; it
records whether the entry is a real event about the subject, has the right date, reads on its
own (with its context, when it has one), and whether it is clutter (a dateline, byline,
caption, comment, list or navigation line), with a short reason.
Entries without a verdict are listed as unjudged (--list prints them whole).

HELD_OUT subjects were judged after the entry rules from START_REV were written and are shown
only as totals: the rules were never written from their entries, so they tell how the rules
do on a subject not read while writing them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, publish  # noqa: E402
from bench.timeline17 import START_REV  # noqa: E402
from text.sentences import split_sentences  # noqa: E402

ENTRIES = ROOT / "bench" / "out" / "conflict-timelines.json"
VERDICTS = ROOT / "bench" / "timeline_audit.json"
SUBJECTS = ("Syria", "Aleppo", "Raqqa", "Islamic State", "Mosul")
HELD_OUT = ("Benghazi",)  # judged for its totals only, and only for START_REV and the new
# the methods of bench/out/conflict-timelines.json, as the table names them
METHODS = {"previous": "38a60cf", "start": START_REV, "new": "new"}
# Spellings that count as naming the subject in an entry's sentence, for the leak columns: an
# entry that does not name its subject came in through the subject's scope (extract/scope.py).
NAMES = {
    "Syria": ("Syria", "Damascus", "Assad"),
    "Aleppo": ("Aleppo",),
    "Raqqa": ("Raqqa", "Raqa"),
    "Mosul": ("Mosul",),
    "Islamic State": ("Islamic State", "IS ", "ISIS", "ISIL", "Daesh", "jihadist"),
    "Benghazi": ("Benghazi",),
}


def names_subject(subject: str, entry: dict) -> bool:
    text = f"{entry.get('context') or ''} {entry['text']}"
    return any(n in text for n in NAMES[subject])


def key(subject: str, entry: dict) -> str:
    """An entry shown with the sentence before as its context is judged apart from the same
    sentence shown bare, and from the same sentence shown with two or more sentences before
    it: whether it reads on its own may differ."""
    shown = f"{subject}|{entry['date']}|{entry['article']}|{entry['text'][:60]}"
    context = entry.get("context")
    if not context:
        return shown
    # a context of two sentences or more (the one before leaning on its own sentence before,
    # and so on) is judged apart from a shorter context of the same entry
    told = len(split_sentences(context, 0, len(context)))
    return shown + (f"|with context of {told} sentences" if told > 1 else "|with context")


def context_key(subject: str, entry: dict) -> str:
    """The key of an entry shown with one context in particular (a short hash of it): a change
    to how a context is chosen may show the same sentence with another context, which key
    does not tell apart from the one judged before."""
    context = " ".join((entry.get("context") or "").split())
    digest = hashlib.sha1(context.encode("utf-8")).hexdigest()[:10]
    return f"{key(subject, entry)}|context {digest}"


def verdict_key(verdicts: dict, subject: str, entry: dict) -> str:
    """The key the entry's verdict is kept under: the one given for its context in particular
    when there is one (context_key), else key."""
    if entry.get("context") and (told := context_key(subject, entry)) in verdicts:
        return told
    return key(subject, entry)


def tally(entries: int, judged: list[dict]) -> list[int]:
    """Entries, judged, real events, right dates, readable alone, all three, clutter."""
    return [
        entries,
        len(judged),
        sum(v["event"] for v in judged),
        sum(v["date"] for v in judged),
        sum(v["readable"] for v in judged),
        sum(v["event"] and v["date"] and v["readable"] for v in judged),
        sum(v["clutter"] for v in judged),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print unjudged entries whole")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results = json.loads(ENTRIES.read_text(encoding="utf-8"))
    verdicts = (
        json.loads(VERDICTS.read_text(encoding="utf-8"))["verdicts"] if VERDICTS.exists() else {}
    )
    lines = [
        "| method | subject | entries | judged | real event about the subject | right date "
        "| reads alone | all three | clutter | not naming the subject | of those, not "
        "about it (leak) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    totals: dict[str, list[int]] = {}
    for method, label in METHODS.items():
        for subject in SUBJECTS:
            entries = results[method]["subjects"][subject]["entries"]
            judged = [verdicts[key(subject, e)] for e in entries if key(subject, e) in verdicts]
            for e in entries:
                if key(subject, e) not in verdicts and args.list:
                    print(json.dumps({"key": key(subject, e), **e}, ensure_ascii=False))
            unnamed = [
                verdicts.get(key(subject, e)) for e in entries if not names_subject(subject, e)
            ]
            counts = [
                *tally(len(entries), judged),
                len(unnamed),
                sum(1 for v in unnamed if v and not v["event"]),
            ]
            total = totals.setdefault(label, [0] * len(counts))
            for i, c in enumerate(counts):
                total[i] += c
            lines.append(f"| {label} | {subject} | " + " | ".join(map(str, counts)) + " |")
    for method, t in totals.items():
        share = t[5] / t[1] if t[1] else 0.0
        lines.append(
            f"| **{method}** | all five | {t[0]} | {t[1]} | {t[2]} | {t[3]} | {t[4]} | "
            f"**{t[5]} ({share:.0%})** | {t[6]} | {t[7]} | {t[8]} |"
        )
    for method in ("start", "new"):
        held = [
            (subject, e)
            for subject in HELD_OUT
            for e in results[method]["subjects"][subject]["entries"]
        ]
        if args.list:
            for subject, e in held:
                if key(subject, e) not in verdicts:
                    print(json.dumps({"key": key(subject, e), **e}, ensure_ascii=False))
        judged = [verdicts[key(sub, e)] for sub, e in held if key(sub, e) in verdicts]
        unnamed = [verdicts.get(key(sub, e)) for sub, e in held if not names_subject(sub, e)]
        good = sum(v["event"] and v["date"] and v["readable"] for v in judged)
        share = good / len(judged) if judged else 0.0
        lines.append(
            f"| **{METHODS[method]}** | held out ({', '.join(HELD_OUT)}) | {len(held)} | "
            f"{len(judged)} | {sum(v['event'] for v in judged)} | "
            f"{sum(v['date'] for v in judged)} | {sum(v['readable'] for v in judged)} | "
            f"**{good} ({share:.0%})** | {sum(v['clutter'] for v in judged)} | {len(unnamed)} | "
            f"{sum(1 for v in unnamed if v and not v['event'])} |"
        )
    publish(
        "Produced by `.venv/bin/python bench/timeline_audit.py` from the verdicts in "
        "`bench/timeline_audit.json`.\n\n" + "\n".join(lines),
        "timeline_audit",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
