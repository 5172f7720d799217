"""The entry judge tried in the timeline: `timeline SUBJECT --limit 10` on the conflict store by
the entry rules alone and by the rules with the judge, in one process, scored against the
verdicts of bench/timeline_audit.json.

Usage: .venv/bin/python bench/timeline_judge_trial.py SET [--weights FILE] [--list] [--held-out]

Rules and judge: each date's entry is the first report in the rules' order that passes the rules
and that the judge (bench/timeline_judge_fit.py's features, the weights and threshold of FILE)
does not refuse; a date whose reports it all refuses is passed over for the next date in rank
order. Bound: when that leaves fewer entries than the rules alone give, the rules' entries of
the dates it lacks fill it back to the rules' count, so the judge never shortens a timeline.
All candidate dates are read at once (timeline.FEW_REPORTS raised), which gives the rules the
entries they give anyway and lets the bound be applied once.

SET is an unseen set of the verdicts (as "unseen_7"): its dev subjects are run (--held-out:
its held-out ones, totals only). --list prints the entries with no verdict yet, whole.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.timeline_audit import VERDICTS, key, tally  # noqa: E402
from bench.timeline_judge_fit import FEATURES, Report, features, likeness, normal  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
WEIGHTS = ROOT / "bench" / "timeline_judge_prospective.json"
LIMIT = 10


def probability(report: Report, model: dict) -> float:
    values = features(report)
    z = model["bias"] + sum(model["weights"][f] * values[f] for f in FEATURES)
    return 1 / (1 + math.exp(-z))


def judged(model: dict) -> Callable[[], None]:
    """Patch the timeline to use the judge; returns the undo."""
    from commands import timeline
    from commands import timeline_entries as te
    from text.tokens import terms

    rules_dated, rules_representative = te.dated_entries, te.representative
    counts: dict[str, int] = {}

    def refused(e, events, levels, published, spellings) -> bool:  # noqa: ANN001
        text = normal(e.text)
        named = te._spelled(spellings).search(text) if spellings else None
        others = [set(terms(o.text)) for o in events if o.article_id != e.article_id]
        report = Report(
            text=text,
            date=e.date,
            date_how=e.date_how,
            published=published(e.article_id) if published else None,
            level=levels.get(e.id, 0),
            named_at=named.start() if named else (0 if not spellings else -1),
            reports=counts.get(e.date, len(events)),
            articles=len({o.article_id for o in events}),
            like=likeness(set(terms(e.text)), others),
            date_text=" ".join(e.date_text.split()),
        )
        return probability(report, model) < model["threshold"]

    def representative(events, levels, place_names=(), *rest):  # noqa: ANN001, ANN002
        args = list(rest) + [None] * (9 - len(rest))
        published, names, copied = args[3], args[6], args[8]
        spellings = tuple(dict.fromkeys((*names, *place_names)))

        def out(e) -> bool:  # noqa: ANN001
            return (copied is not None and copied(e)) or refused(
                e, events, levels, published, spellings
            )

        return rules_representative(events, levels, place_names, *args[:8], out)

    def dated_entries(db, chosen: Sequence[str], events, levels, reports, want, *rest):  # noqa: ANN001, ANN002
        counts.clear()
        counts.update(reports)
        te.representative = representative
        try:
            with_judge = rules_dated(db, chosen, events, levels, reports, want, *rest)
        finally:
            te.representative = rules_representative
        rules = rules_dated(db, chosen, events, levels, reports, want, *rest)
        dates = {e.date for e in with_judge}
        fill = [e for e in rules if e.date not in dates]
        return with_judge + fill[: max(0, len(rules) - len(with_judge))]

    few = timeline.FEW_REPORTS
    timeline.FEW_REPORTS = 10**9
    timeline.dated_entries = dated_entries

    def undo() -> None:
        timeline.dated_entries = rules_dated
        timeline.FEW_REPORTS = few

    return undo


def entries_of(db, subject: str) -> list[dict]:  # noqa: ANN001
    from commands import timeline

    answer = timeline.run(db, subject, limit=LIMIT)
    doc = answer.to_json() if answer else {}
    return [
        {
            "date": e["date"],
            "text": e["text"],
            "context": e.get("context"),
            "article": e["sources"][0]["article"]["origin"],
            "sources": len(e["sources"]),
        }
        for e in doc.get("entries", [])
    ]


def main() -> None:
    from commands import timeline
    from store.db import connect

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set")
    parser.add_argument("--weights", type=Path, default=WEIGHTS)
    parser.add_argument("--list", action="store_true", help="print entries with no verdict")
    parser.add_argument("--held-out", action="store_true", help="the set's held-out subjects")
    args = parser.parse_args()
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    verdicts = audit["verdicts"]
    subjects = audit[args.set]["held_out" if args.held_out else "dev"]
    model = json.loads(args.weights.read_text(encoding="utf-8"))
    db = connect(STORE)
    few = timeline.FEW_REPORTS
    timeline.FEW_REPORTS = 10**9
    found = {"rules": {s: entries_of(db, s) for s in subjects}}
    timeline.FEW_REPORTS = few
    undo = judged(model)
    found["rules and judge"] = {s: entries_of(db, s) for s in subjects}
    undo()
    listed: set[str] = set()
    for by_subject in found.values():
        for subject, entries in by_subject.items():
            for e in entries:
                k = key(subject, e)
                if args.list and k not in verdicts and k not in listed:
                    listed.add(k)
                    print(json.dumps({"key": k, **e}, ensure_ascii=False))
    print(
        "| answer | subject | entries | judged | event | date | reads alone | all three | clutter |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, by_subject in found.items():
        rows = subjects if not args.held_out else []
        for subject in [*rows, None]:
            chosen = [subject] if subject else subjects
            shown = [(s, e) for s in chosen for e in by_subject[s]]
            judged_ = [verdicts[key(s, e)] for s, e in shown if key(s, e) in verdicts]
            c = tally(len(shown), judged_)
            label = subject or f"all {len(subjects)}"
            print(f"| {name} | {label} | " + " | ".join(str(v) for v in c) + " |")


if __name__ == "__main__":
    main()
